"""A draft for a unit that has ended since its period (the Sở Ngoại vụ, until 28/02/2025) is made, under the
unit's name and signer of then, and its page says so plainly; its date line leaves the year blank instead of
dating the ended unit's document today. An approved report of the unit is still issued under its name, dated
the day of issue."""

import io
from datetime import date

from django.core.management import call_command
from docx import Document

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import to_document
from ngoaivu.reporting.workflow import transition
from tests.reporting.succession import sngv_ends_in_february_2025

NOTICE = (
    "Sở Ngoại vụ chỉ hoạt động đến ngày 28/02/2025 (công việc do Văn phòng UBND tỉnh tiếp nhận). Báo cáo này được "
    "lập dưới tên và người ký của Sở Ngoại vụ tại thời điểm đó; năm ở dòng ngày tháng để trống, sẽ ghi theo ngày "
    "ban hành. Kiểm tra lại người ký trước khi trình duyệt."
)
BLANK_YEAR = "Quảng Ngãi, ngày      tháng      năm      "


def _new_draft(client, units, period_code="2021-08"):
    data = {
        "unit": units["sngv"].pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code": period_code,
        "standalone": "1",
    }
    response = client.post("/bao-cao/tao/", data)
    assert response.status_code == 302, response.context["form"].errors
    return Report.objects.get(unit=units["sngv"], period_code=period_code)


def _date_line(content):
    return Document(io.BytesIO(content)).tables[0].cell(1, 1).text


def test_a_draft_of_an_ended_unit_is_made_and_says_so_with_the_year_of_its_date_left_blank(
    units, users, client_for, clock
):
    sngv_ends_in_february_2025(units)
    clock(2026, 3, 10)
    client = client_for("officer")
    report = _new_draft(client, units)
    # made as the unit of then: its name in the header, its leader to sign
    assert (report.status, report.unit, report.signer_title) == ("draft", units["sngv"], "GIÁM ĐỐC")
    document = to_document(report)
    assert document.issuer == "SỞ NGOẠI VỤ" and document.date_line == BLANK_YEAR
    page = client.get(f"/bao-cao/{report.pk}/")
    assert page.context["ended"] == NOTICE
    html = page.content.decode()
    assert f'id="ended-unit" role="status"><p>{NOTICE}</p>' in html
    assert BLANK_YEAR in html and "năm 2026" not in html
    assert _date_line(client.get(f"/bao-cao/{report.pk}/tai-ve.docx").content) == BLANK_YEAR


def test_an_approved_report_of_the_ended_unit_is_issued_under_its_name_dated_the_day_of_issue(
    units, users, client_for, clock
):
    sngv_ends_in_february_2025(units)
    clock(2026, 3, 10)
    report = _new_draft(client_for("officer"), units)
    transition(report, "submit", users["officer"])
    transition(report, "approve", users["leader"])
    transition(report, "issue", users["leader"], today=date(2026, 3, 12))
    report.refresh_from_db()
    document = to_document(report)
    assert (report.status, report.number_label) == ("issued", "01/BC-SNgV")
    assert document.issuer == "SỞ NGOẠI VỤ"
    assert document.date_line == "Quảng Ngãi, ngày 12 tháng 3 năm 2026"
    page = client_for("officer").get(f"/bao-cao/{report.pk}/")
    assert page.context["ended"] == "" and 'id="ended-unit"' not in page.content.decode()


def test_a_unit_still_working_has_no_notice_and_its_draft_the_year_it_is_written_in(units, users, client_for, clock):
    clock(2026, 3, 10)
    client = client_for("officer")
    report = _new_draft(client, units, "2025")
    assert to_document(report).date_line == "Quảng Ngãi, ngày      tháng      năm 2026"
    page = client.get(f"/bao-cao/{report.pk}/")
    assert page.context["ended"] == "" and 'id="ended-unit"' not in page.content.decode()


def test_the_command_line_draft_says_so_too(units, clock, tmp_path):
    sngv_ends_in_february_2025(units)
    clock(2026, 3, 10)
    out, err = tmp_path / "bao-cao.docx", io.StringIO()
    call_command("make_report", unit="SNgV", period="2021-08", format="docx", out=str(out), stderr=err)
    assert NOTICE in err.getvalue()
    assert _date_line(out.read_bytes()) == BLANK_YEAR
