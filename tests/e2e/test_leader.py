"""The leader (lanhdao), in an English-speaking browser: from the home page to the report waiting for
approval, approves it (confirmation page), then issues it («Ban hành, cấp số»), the confirmation page
naming the number and the date the report will bear.

The demo holds a report of the Sở Ngoại vụ in every state; this test takes the one waiting
for approval. (The officer's test makes its own report and takes it through the same steps.)
"""

import pytest
from django.utils import timezone

from ngoaivu.reporting.models import Report

pytestmark = [pytest.mark.browser]


def test_leader_approves_the_waiting_report_and_issues_it(english_page):
    b, page = english_page, english_page.page
    waiting = Report.objects.filter(status=Report.Status.SUBMITTED, unit__code="SNgV").order_by("pk").first()
    assert waiting, "the demo has no report of the Sở Ngoại vụ waiting for approval"

    b.sign_in("lanhdao")
    b.step("trang chu lanh dao")
    link = page.locator("main").get_by_role("link", name=waiting.title)
    assert link.count(), "the home page does not list the report waiting for the leader"
    link.first.click()
    page.wait_for_load_state()
    b.step("bao cao cho duyet")
    assert page.locator("h1").inner_text().strip() == waiting.title

    page.locator("main").get_by_role("link", name="Duyệt").first.click()
    page.wait_for_load_state()
    assert b.confirm_if_asked("Duyệt"), "approving asks for no confirmation"
    b.step("da duyet")
    assert "Đã duyệt báo cáo." in page.locator("main").inner_text()
    waiting.refresh_from_db()
    assert waiting.status == Report.Status.APPROVED

    page.locator("main").get_by_role("link", name="Ban hành, cấp số").first.click()
    page.wait_for_load_state()
    b.step("xac nhan ban hanh")
    confirmation = page.locator("main").inner_text()
    assert timezone.localdate().strftime("%d/%m/%Y") in confirmation, confirmation
    page.locator("main form:has(input[name=confirmed]) button[type=submit]").first.click()
    page.wait_for_load_state()
    b.step("da ban hanh")
    waiting.refresh_from_db()
    assert waiting.status == Report.Status.ISSUED
    assert waiting.number_label in confirmation  # the number announced is the number given
    assert f"Đã ban hành báo cáo số {waiting.number_label}." in page.locator("main").inner_text()
    b.check()
