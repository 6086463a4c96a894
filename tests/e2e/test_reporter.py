"""A unit's reporter answers a report request, and the office compiles the answers.

vanphong (Văn phòng UBND tỉnh) opens the request from the list of requests, «Lập báo cáo
trả lời», types two figures and a section's text, sends it; the officer (chuyenvien)
accepts the answer and opens the compilation table, then «Lập báo cáo tổng hợp». All in an
English-speaking browser, each step screenshotted and checked (conftest.Browser).
"""

import pytest

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.reporting.models import Report

pytestmark = [pytest.mark.browser]

ANSWER = "Văn phòng tổ chức 02 lớp tập huấn về hội nhập quốc tế với 60 lượt người tham dự."


def test_a_unit_answers_a_request_and_the_office_compiles(english_page):
    b, page = english_page, english_page.page
    submission = (
        Submission.objects.filter(
            unit__code="VP", request__direction=ReportRequest.Direction.OUTGOING, submitted_at__isnull=True
        )
        .order_by("pk")
        .first()
    )
    assert submission, "the demo has no request the Văn phòng has still to answer"
    request = submission.request

    b.sign_in("vanphong")
    b.step("trang chu don vi")
    page.locator("nav.sidebar").get_by_role("link", name="Yêu cầu báo cáo").click()
    page.wait_for_load_state()
    b.step("danh sach yeu cau")
    page.locator(f"main a[href='/yeu-cau/{request.pk}/']").first.click()
    page.wait_for_load_state()
    b.step("yeu cau")
    page.locator("main").get_by_role("link", name="Lập báo cáo trả lời").click()
    page.wait_for_load_state()
    b.step("form tra loi")

    # The template's figures, prefilled from the register: the unit types its own.
    page.fill("#id_v__training_courses__count", "2")
    page.fill("#id_v__training_courses__participants", "60")
    section = page.locator("main textarea[name^=s__]").nth(1)
    section.fill(ANSWER)
    page.locator("main").get_by_role("button", name="Lưu nháp").click()
    page.wait_for_load_state()
    b.step("da luu nhap")
    assert "Đã lưu bản nháp." in page.locator("main").inner_text()
    page.locator("main").get_by_role("button", name="Gửi báo cáo").click()
    page.wait_for_load_state()
    b.confirm_if_asked()
    b.step("da gui")
    assert "Đã gửi báo cáo." in page.locator("main").inner_text()
    submission.refresh_from_db()
    assert submission.submitted_at is not None
    assert submission.values["training_courses"] == {"count": 2, "participants": 60}

    # The office accepts the answer and compiles.
    b.sign_in("chuyenvien", f"/yeu-cau/{request.pk}/")
    b.step("van phong xem yeu cau")
    page.locator(f"main a[href='/yeu-cau/don-vi/{submission.pk}/']").first.click()
    page.wait_for_load_state()
    b.step("bao cao cua don vi")
    assert ANSWER in page.locator("main").inner_text()
    page.locator("main").get_by_role("button", name="Tiếp nhận").click()
    page.wait_for_load_state()
    b.confirm_if_asked()
    b.step("da tiep nhan")
    assert "Đã tiếp nhận báo cáo." in page.locator("main").inner_text()

    b.goto(f"/yeu-cau/{request.pk}/")
    page.locator("main").get_by_role("link", name="Bảng tổng hợp").click()
    page.wait_for_load_state()
    b.step("bang tong hop")
    table = page.locator("main table").first.inner_text()
    assert "Văn phòng UBND tỉnh" in table and "Tổng cộng" in table

    reports = Report.objects.count()
    page.locator("main").get_by_role("button", name="Lập báo cáo tổng hợp").click()
    page.wait_for_load_state()
    b.confirm_if_asked()
    b.step("bao cao tong hop")
    assert Report.objects.count() == reports + 1
    compiled = page.locator("main").inner_text()
    assert ANSWER.removeprefix("Văn phòng ") in compiled
    assert "02 lớp tập huấn về hội nhập quốc tế với 60 lượt người" in compiled
    b.check()
