"""An approved report whose figures went stale before issue: its approver returns it to drafting, saying
why, from the report or from the issue page's warning; the office that issues it cannot; the API holds
to the same rule; the report's history keeps who returned it and why, and the draft's page says so."""

from datetime import date

import pytest
from django.test import Client

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import WorkflowError, transition


@pytest.fixture
def approved(units, users, incoming):
    incoming(start_date=date(2021, 8, 10), person_visits=5)
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])
    transition(report, "submit", users["officer"])
    transition(report, "approve", users["leader"])
    incoming(start_date=date(2021, 8, 20), person_visits=4)  # the register changes after approval
    return report


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def status(report):
    return Report.objects.get(pk=report.pk).status


def test_the_issue_page_of_stale_figures_links_the_approver_to_a_return(approved, users):
    issue = f"/bao-cao/{approved.pk}/issue/"
    page = signed_in(users["leader"]).get(issue).content.decode()
    assert "Lưu ý: 01 mục không còn khớp" in page
    assert f'href="/bao-cao/{approved.pk}/return/">Trả lại để soạn lại theo số liệu mới…</a>' in page
    # The officer issues it, but an approval is not the office's to undo.
    page = signed_in(users["officer"]).get(issue).content.decode()
    assert "Lưu ý: 01 mục không còn khớp" in page and "/return/" not in page
    assert signed_in(users["officer"]).post(f"/bao-cao/{approved.pk}/return/", {"confirmed": "1"}).status_code == 403
    report_page = signed_in(users["leader"]).get(f"/bao-cao/{approved.pk}/").content.decode()
    assert f'href="/bao-cao/{approved.pk}/return/">Trả lại</a>' in report_page


def test_the_approver_returns_it_with_a_reason_kept_in_its_history(approved, users):
    client = signed_in(users["leader"])
    url = f"/bao-cao/{approved.pk}/return/"
    page = client.get(url).content.decode()
    assert "đã duyệt, chưa ban hành, sẽ trở lại trạng thái «Dự thảo»" in page
    assert "Lưu ý: 01 mục không còn khớp" in page and 'name="reason"' in page
    # Without a reason: asked again, nothing moves.
    page = client.post(url, {"confirmed": "1", "reason": "  "}).content.decode()
    assert "Ghi lý do trả lại báo cáo đã duyệt." in page and status(approved) == "approved"
    done = client.post(url, {"confirmed": "1", "reason": "Số đoàn vào đã thay đổi."}, follow=True)
    assert "Đã trả lại để chỉnh sửa." in done.content.decode() and status(approved) == "draft"
    record = approved.history.order_by("-history_date", "-history_id").first()
    assert (record.status, record.history_change_reason, record.history_user) == (
        "draft",
        "Số đoàn vào đã thay đổi.",
        users["leader"],
    )
    page = signed_in(users["officer"]).get(f"/bao-cao/{approved.pk}/").content.decode()
    assert "Báo cáo được trả lại (từ trạng thái «Đã duyệt»)" in page and "Lý do: Số đoàn vào đã thay đổi." in page
    assert "tao-lai-so-lieu" in page  # a draft again: its stale sections are redrafted


def test_the_service_and_the_api_hold_to_the_same_rule(approved, users, api):
    with pytest.raises(WorkflowError, match="Ghi lý do trả lại báo cáo đã duyệt"):
        transition(approved, "return", users["leader"])
    url = f"/api/reports/{approved.pk}/transition/"
    assert api("officer").post(url, {"action": "return", "reason": "x"}, format="json").status_code == 403
    refused = api("leader").post(url, {"action": "return"}, format="json")
    assert refused.status_code == 400 and "Ghi lý do trả lại báo cáo đã duyệt" in refused.json()["detail"]
    assert status(approved) == "approved"
    assert api("leader").get(f"/api/reports/{approved.pk}/").json()["actions"] == ["return", "issue"]
    done = api("leader").post(url, {"action": "return", "reason": "Số liệu mới."}, format="json")
    assert done.status_code == 200 and done.json()["status"] == "draft"
    assert approved.history.order_by("-history_id").first().history_change_reason == "Số liệu mới."


def test_a_long_reason_is_kept_whole_and_one_over_the_limit_is_refused_beside_its_box(approved, users):
    client = signed_in(users["leader"])
    url = f"/bao-cao/{approved.pk}/return/"
    page = client.post(url, {"confirmed": "1", "reason": "x" * 1001}).content.decode()
    assert "Lý do trả lại dài 1.001 ký tự, vượt quá giới hạn 1.000 ký tự." in page and status(approved) == "approved"
    # Longer than the history's first 100-character column: PostgreSQL refused it with a 500.
    reason = "Số đoàn vào tháng 8 đã thay đổi sau khi duyệt; " * 4
    client.post(url, {"confirmed": "1", "reason": reason})
    record = approved.history.order_by("-history_date", "-history_id").first()
    assert (status(approved), record.history_change_reason) == ("draft", reason.strip())
