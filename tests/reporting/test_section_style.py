"""The section editor asks about a date that is none, or markup pasted with a text, as it asks about a bare
count (reporting/style.py)."""

import io

import pytest
from django.test import Client
from docx import Document

from ngoaivu.reporting.forms import section_warnings
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


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


def test_a_large_figure_without_its_thousands_dots_is_asked_about_naming_its_official_writing():
    said = section_warnings({"text": "Thu 1234567,5 đồng; tổng số 1234567 lượt người."})
    assert said == {
        "text": "Số từ 1.000 trở lên nên có dấu chấm phân cách hàng nghìn: «1234567,5 đồng» → «1.234.567,5 đồng»; "
        "«1234567 lượt» → «1.234.567 lượt»."
    }
    unflagged = (
        "Năm 2026, theo Báo cáo số 85/BC-STP và Quyết định số 12/2026/QĐ-UBND, thu 1.234.567,5 đồng; "
        "liên hệ 0255 3822 123, mã số thuế 4300123456, mã bưu chính 570000."
    )
    assert section_warnings({"text": unflagged}) == {}


def test_markup_pasted_into_a_section_is_asked_about_naming_it():
    said = section_warnings({"text": "Đón 03 đoàn<br>&nbsp;<script>alert(1)</script>."})
    assert said == {
        "text": "Nội dung có mã định dạng HTML; báo cáo sẽ in nguyên các ký tự này như đã viết: «<br>»; «&nbsp;»; "
        "«<script>»; «</script>». Nên xóa các mã này."
    }
    assert section_warnings({"text": "Kính gửi: <tên cơ quan>; tỷ lệ a < b; Hợp tác R&D."}) == {}


@pytest.mark.django_db
def test_markup_is_asked_about_escaped_then_saved_and_printed_as_written(units, users):
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    section = report.sections.get(key="I.1.b")
    client = Client()
    client.force_login(users["officer"])
    url = f"/bao-cao/{report.pk}/muc/{section.pk}/"
    text = 'Đón 02 đoàn <b>khách</b>&nbsp;quốc tế.<script>alert("x")</script></w:t><w:t>'
    asked = client.post(url, {"text": text, "version": section.version})
    page = asked.content.decode()
    assert asked.status_code == 200 and "«&lt;b&gt;»; «&lt;/b&gt;»; «&amp;nbsp;»; «&lt;script&gt;»" in page
    assert "<script>alert" not in page and "<b>khách" not in page  # the page shows the text, runs none of it
    seal = asked.context["form"].warnings_seal
    saved = client.post(url, {"text": text, "version": section.version, "warnings_checked": "1", "warnings_seen": seal})
    assert saved.status_code == 302
    section.refresh_from_db()
    assert section.text == text
    docx = Document(io.BytesIO(client.get(f"/bao-cao/{report.pk}/tai-ve.docx").content))
    assert text in [paragraph.text for paragraph in docx.paragraphs]
