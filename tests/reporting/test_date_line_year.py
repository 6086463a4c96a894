"""A draft is dated in the year it is written, not its period's: the report on 2025 drafted in December 2026
reads «ngày … tháng … năm 2026»; an issued one, its day of issue."""

from datetime import date

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report, to_document


def test_a_draft_is_dated_in_the_year_it_is_written_an_issued_report_on_its_day(units, clock):
    clock(2026, 12, 7)
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2025")
    assert to_document(report).date_line == "Quảng Ngãi, ngày      tháng      năm 2026"
    report.issued_on = date(2027, 1, 5)
    assert to_document(report).date_line.endswith("năm 2027")
