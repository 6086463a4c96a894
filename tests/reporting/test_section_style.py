"""The section editor asks about a date that is none as it asks about a bare count (reporting/style.py)."""

from ngoaivu.reporting.forms import section_warnings


def test_a_day_that_is_none_is_asked_about_beside_a_bare_count():
    said = section_warnings({"text": "Đón 3 đoàn; hội nghị ngày 30/02/2024, ký kết ngày 15/3/2024."})
    assert said == {
        "text": "Số đếm dưới 10 nên viết bằng hai chữ số theo văn phong hành chính: «3 đoàn» → «03 đoàn». "
        "Ngày 30/02/2024 không có: tháng 2/2024 chỉ có 29 ngày."
    }
    assert section_warnings({"text": "Đón 03 đoàn ngày 29/02/2024."}) == {}


def test_english_figures_and_two_digit_years_are_asked_about():
    said = section_warnings({"text": "Tiếp nhận 1,250 lượt người, viện trợ 1.5 tỷ đồng, họp ngày 10/3/24."})
    assert said == {
        "text": "Số viết theo kiểu tiếng Anh; văn bản hành chính dùng dấu chấm phân cách hàng nghìn và dấu phẩy "
        "thập phân: «1,250» → «1.250»; «1.5» → «1,5». "
        "Ngày «10/3/24» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy."
    }
    assert (
        section_warnings({"text": "Tiếp nhận 1.250 lượt người, viện trợ 1,5 tỷ đồng theo Quyết định 24/3/15/QĐ."}) == {}
    )
