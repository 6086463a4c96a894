"""The signature block's lines are upper-case on the page as in the DOCX, as Nghị định 30 writes them,
whatever case they were typed in; the report keeps them as typed."""

from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def test_a_lowercase_authority_is_shown_upper_case(units, users, client_for):
    report = create_report(units["vp"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    report.signer_authority, report.signer_title = "kt. chánh văn phòng", "phó chánh văn phòng"
    report.save()
    page = client_for("admin").get(f"/bao-cao/{report.pk}/").content.decode()
    assert "<strong>KT. CHÁNH VĂN PHÒNG</strong>" in page and "<strong>PHÓ CHÁNH VĂN PHÒNG</strong>" in page
    assert "kt. chánh văn phòng" not in page
    report.refresh_from_db()
    assert report.signer_authority == "kt. chánh văn phòng"
