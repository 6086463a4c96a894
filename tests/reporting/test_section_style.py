"""The section editor asks about a date that is none as it asks about a bare count (reporting/style.py)."""

from ngoaivu.reporting.forms import section_warnings


def test_a_day_that_is_none_is_asked_about_beside_a_bare_count():
    said = section_warnings({"text": "Đón 3 đoàn; hội nghị ngày 30/02/2024, ký kết ngày 15/3/2024."})
    assert said == {
        "text": "Số đếm dưới 10 nên viết bằng hai chữ số theo văn phong hành chính: «3 đoàn» → «03 đoàn». "
        "Ngày 30/02/2024 không có: tháng 2/2024 chỉ có 29 ngày."
    }
    assert section_warnings({"text": "Đón 03 đoàn ngày 29/02/2024."}) == {}
