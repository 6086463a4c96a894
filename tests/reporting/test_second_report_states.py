"""«Lập báo cáo» for a period the unit already has a report of: what it says of that report, and the words of
its link, follow the report's state; only a draft is opened to be edited (reporting/forms.py)."""

from datetime import date

import pytest
from django.test import Client

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report

pytestmark = pytest.mark.django_db
OPENING = "Đơn vị đã có báo cáo cùng mẫu cho kỳ này: «{title}» ({status})."
CLOSING = "Đánh dấu «Vẫn lập thêm một dự thảo» nếu cần thêm một bản (ví dụ trả lời một văn bản khác)."


@pytest.fixture
def asked(units, users):
    """The «Lập báo cáo» page posted for a period whose report is in status, and that report."""
    template = ReportTemplate.objects.get(code="general")
    client = Client()
    client.force_login(users["officer"])

    def ask(status):
        report = create_report(units["sngv"], template, "2021-08", users["officer"])
        issued = {"number": 85, "numbered_year": 2021, "issued_on": date(2021, 9, 5)} if status == "issued" else {}
        Report.objects.filter(pk=report.pk).update(status=status, **issued)
        data = {"unit": units["sngv"].pk, "template": template.pk, "period_code": "2021-08", "second_draft": ""}
        response = client.post("/bao-cao/tao/", data)
        assert response.status_code == 200 and Report.objects.count() == 1
        return response, report

    return ask


def test_an_approved_report_is_looked_at_and_said_to_be_approved(asked):
    response, report = asked(Report.Status.APPROVED)
    assert response.context["form"].errors["period_code"] == [
        f"{OPENING.format(title=report.title, status='đã duyệt')} Báo cáo đã duyệt không sửa được nữa; nếu cần "
        f"sửa, người duyệt trả lại (ghi lý do) để soạn lại trước khi ban hành. {CLOSING}"
    ]
    page = response.content.decode()
    assert f'<a href="/bao-cao/{report.pk}/">Xem «{report.title}»</a> (đã duyệt)' in page
    assert "Mở báo cáo đã có để sửa" not in page and f"Mở «{report.title}»" not in page


def test_an_issued_report_is_looked_at_and_a_correction_is_another_document(asked):
    response, report = asked(Report.Status.ISSUED)
    assert response.context["form"].errors["period_code"] == [
        f"{OPENING.format(title=report.title, status='đã ban hành')} Báo cáo đã ban hành giữ nguyên, không sửa "
        f"được; nếu cần đính chính, lập văn bản khác bằng một dự thảo mới. {CLOSING}"
    ]
    page = response.content.decode()
    assert f'<a href="/bao-cao/{report.pk}/">Xem «{report.title}»</a> (đã ban hành)' in page
    assert "Mở báo cáo đã có để sửa" not in page


def test_a_submitted_report_waits_for_its_approver(asked):
    response, report = asked(Report.Status.SUBMITTED)
    said = response.context["form"].errors["period_code"][0]
    assert "Báo cáo đang chờ duyệt: muốn cập nhật, người duyệt trả lại để sửa." in said
    assert f"Xem «{report.title}»" in response.content.decode()


def test_a_draft_is_still_opened_to_be_edited(asked):
    response, report = asked(Report.Status.DRAFT)
    assert response.context["form"].errors["period_code"] == [
        f"Đơn vị đã có báo cáo cùng mẫu cho kỳ này: «{report.title}» (dự thảo). Mở báo cáo đã có để sửa, hoặc "
        "đánh dấu «Vẫn lập thêm một dự thảo» nếu cần thêm một bản (ví dụ trả lời một văn bản khác)."
    ]
    assert f'<a href="/bao-cao/{report.pk}/">Mở «{report.title}»</a> (dự thảo)' in response.content.decode()
