"""The report's workflow steps (report_transition): each says what it will do, and acts only when confirmed."""

import re
import pytest
from django.test import Client

from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import WorkflowError, transition


@pytest.fixture
def report(units, users):
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


def saved(report):
    return Report.objects.values("status", "number", "issued_on", "version").get(pk=report.pk)


# action, who takes it, the steps before it, what its page says, the message after it, the state it leaves
STEPS = [
    (
        "submit",
        "officer",
        [],
        ["sẽ chuyển sang trạng thái «Chờ duyệt» và được trình lãnh đạo Sở Ngoại vụ duyệt", "Người duyệt", "leader"],
        "Đã trình duyệt báo cáo.",
        "submitted",
    ),
    (
        "return",
        "leader",
        ["submit"],
        ["sẽ trở lại trạng thái «Dự thảo» để Sở Ngoại vụ sửa tiếp", "phải được trình duyệt lại"],
        "Đã trả lại để chỉnh sửa.",
        "draft",
    ),
    (
        "approve",
        "leader",
        ["submit"],
        ["sẽ chuyển sang trạng thái «Đã duyệt»", "người duyệt vẫn trả lại được để soạn lại"],
        "Đã duyệt báo cáo.",
        "approved",
    ),
    (
        "issue",
        "leader",
        ["submit", "approve"],
        ["sẽ được ban hành với số 01/BC-SNgV, ngày", "số này không dùng lại được"],
        "Đã ban hành báo cáo số 01/BC-SNgV.",
        "issued",
    ),
]


@pytest.mark.parametrize("action, who, before, says, message, after", STEPS, ids=[s[0] for s in STEPS])
def test_a_step_asks_first_then_acts_when_confirmed(report, users, action, who, before, says, message, after):
    for step in before:
        transition(report, step, users["admin"])
    client = signed_in(users[who])
    url = f"/bao-cao/{report.pk}/{action}/"
    untouched = saved(report)
    # A GET (the button on the report is a link) and a POST without confirmed=1 both only ask.
    for response in (client.get(url), client.post(url)):
        page = response.content.decode()
        assert response.status_code == 200, action
        assert all(text in page for text in says), page
        assert f'action="{url}"' in page and '<input type="hidden" name="confirmed" value="1">' in page
        assert saved(report) == untouched
    # The page's own form: confirmed=1 and what it was shown with (the number an issue takes).
    hidden = dict(re.findall(r'<input type="hidden" name="(\w+)" value="([^"]*)">', page))
    if action == "return":
        hidden["reason"] = "Bổ sung số liệu đoàn vào."
    done = client.post(url, hidden, follow=True)
    assert done.redirect_chain == [(f"/bao-cao/{report.pk}/", 302)]
    assert message in done.content.decode()
    assert saved(report)["status"] == after


def test_the_report_offers_its_steps_as_links_to_their_confirmation(report, users):
    page = signed_in(users["officer"]).get(f"/bao-cao/{report.pk}/").content.decode()
    assert f'href="/bao-cao/{report.pk}/submit/">Trình duyệt</a>' in page
    assert f'action="/bao-cao/{report.pk}/submit/"' not in page  # no form on the report moves it at one click


def test_a_unit_without_a_leader_is_told_who_approves(units, users):
    report = create_report(units["vp"], ReportTemplate.objects.get(code="general"), "2021-08", users["reporter"])
    page = signed_in(users["reporter"]).get(f"/bao-cao/{report.pk}/submit/").content.decode()
    assert "Văn phòng UBND tỉnh chưa có tài khoản lãnh đạo nên người quản trị hệ thống sẽ duyệt." in page


def test_a_step_the_report_has_moved_past_is_refused_with_its_state(report, users):
    transition(report, "submit", users["officer"])
    untouched = saved(report)
    response = signed_in(users["officer"]).get(f"/bao-cao/{report.pk}/submit/", follow=True)
    assert response.redirect_chain == [(f"/bao-cao/{report.pk}/", 302)]
    assert "Báo cáo đang ở trạng thái «Chờ duyệt», không thể thực hiện thao tác này." in response.content.decode()
    assert saved(report) == untouched
    # Confirmed from an old page: refused the same way, nothing moves.
    response = signed_in(users["officer"]).post(f"/bao-cao/{report.pk}/submit/", {"confirmed": "1"}, follow=True)
    assert "không thể thực hiện thao tác này" in response.content.decode()
    assert saved(report) == untouched


def test_who_may_not_take_a_step_does_not_see_its_page(report, users):
    assert signed_in(users["officer"]).get(f"/bao-cao/{report.pk}/approve/").status_code == 403
    assert signed_in(users["viewer"]).get(f"/bao-cao/{report.pk}/submit/").status_code == 403
    assert signed_in(users["other_reporter"]).get(f"/bao-cao/{report.pk}/submit/").status_code == 404
    assert Client().get(f"/bao-cao/{report.pk}/submit/")["Location"].startswith("/dang-nhap/")


def test_an_issue_confirmed_for_a_number_taken_since_asks_again(report, users):
    for step in ("submit", "approve"):
        transition(report, step, users["admin"])
    client = signed_in(users["leader"])
    url = f"/bao-cao/{report.pk}/issue/"
    page = client.post(url, {"confirmed": "1", "number": "7"}).content.decode()
    assert "vừa được cấp cho báo cáo khác" in page and "sẽ được ban hành với số 01/BC-SNgV" in page
    assert saved(report)["status"] == "approved"


def test_the_issue_page_says_when_the_period_has_not_ended_or_the_unit_has(report, units, users, clock):
    from datetime import date

    from ngoaivu.core.models import Unit

    transition(report, "submit", users["officer"])
    transition(report, "approve", users["leader"])
    clock(2021, 8, 25)  # August's report, issued before August ends
    page = signed_in(users["officer"]).get(f"/bao-cao/{report.pk}/issue/").content.decode()
    assert "ngày ban hành 25/08/2021 trước ngày cuối kỳ báo cáo 31/08/2021" in page
    assert "đã thôi hoạt động" not in page
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2021, 9, 1), is_active=False)
    clock(2021, 9, 5)
    page = signed_in(users["officer"]).get(f"/bao-cao/{report.pk}/issue/").content.decode()
    assert "trước ngày cuối kỳ" not in page
    assert "Sở Ngoại vụ đã thôi hoạt động từ ngày 01/09/2021" in page


def test_a_step_that_does_not_exist_is_not_found(report, users):
    client = signed_in(users["officer"])
    assert client.get(f"/bao-cao/{report.pk}/xyz/").status_code == 404
    assert client.post(f"/bao-cao/{report.pk}/xyz/", {"confirmed": "1"}).status_code == 404
    assert saved(report)["status"] == "draft"


def test_a_submitted_report_is_returned_only_with_a_reason_on_the_page_the_api_and_the_service(report, users, api):
    transition(report, "submit", users["officer"])
    client = signed_in(users["leader"])
    url = f"/bao-cao/{report.pk}/return/"
    assert "Lý do trả lại (bắt buộc)" in client.get(url).content.decode()
    for blank in ("   ", "\u200b\u00a0"):  # an invisible character is no reason either, said beside the box
        page = client.post(url, {"confirmed": "1", "reason": blank}).content.decode()
        assert "Ghi lý do trả lại để người soạn biết cần sửa gì." in page and saved(report)["status"] == "submitted"
    refused = api("leader").post(
        f"/api/reports/{report.pk}/transition/", {"action": "return", "reason": " "}, format="json"
    )
    assert refused.status_code == 400 and refused.json()["detail"] == "Ghi lý do trả lại để người soạn biết cần sửa gì."
    with pytest.raises(WorkflowError, match="Ghi lý do trả lại để người soạn biết cần sửa gì."):
        transition(report, "return", users["leader"], reason="\n")
    assert saved(report)["status"] == "submitted"
    transition(report, "return", users["leader"], reason="Thiếu số liệu đoàn vào.")
    assert saved(report)["status"] == "draft"
