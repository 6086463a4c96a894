"""«Công tác cải cách hành chính» (seeds 001 and 003): the procedures whose translations were published."""

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def _reform(code, period):
    report = create_report(Unit.objects.get(code=code), ReportTemplate.objects.get(code="general"), period)
    return report.sections.get(key="I.10")


def test_the_translations_published_are_said_with_their_languages(demo, db):
    section = _reform("SNgV", "2021-H1")
    # numbered after the demo's area of Laos (seed 003's «4.»), its key that of the template
    assert str(section) == "11. Công tác cải cách hành chính/thủ tục hành chính (TTHC)"
    assert section.text == (
        "Công bố bản dịch tiếng Anh, tiếng Trung, tiếng Hàn và tiếng Nhật của 22 thủ tục hành chính trên Trang "
        "thông tin công khai, phục vụ tổ chức, cá nhân nước ngoài tra cứu, thực hiện."
    )
    assert _reform("SNgV", "2021-08").text.startswith("Tiếp tục rà soát, cập nhật và công khai thủ tục hành chính")
    assert _reform("DHPVD", "2021-08").text == ""  # a unit that handles no procedure says nothing of them
