"""A unit's reporter answers in a real browser: the figures typed are the figures stored."""

import pytest

from ngoaivu.collection.models import Submission
from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_an_amount_with_thousands_dots_is_saved_as_typed(live_server, users, outgoing):
    submission = outgoing().submissions.get(unit__code="VP")
    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/yeu-cau/don-vi/{submission.pk}/", "reporter")
        page.fill("#id_v__aid__count", "01")
        page.fill("#id_v__aid__value", "460.000.000")
        page.click("button[name=save]")
        assert "Đã lưu bản nháp." in page.locator(".messages").inner_text()
        submission = Submission.objects.get(pk=submission.pk)
        assert submission.values["aid"] == {"count": 1, "value": 460_000_000}
        assert page.input_value("#id_v__aid__value") == "460.000.000"

        page.fill("#id_v__aid__value", "7,037 tỷ")
        page.fill("#id_v__aid__count", "1,5")  # no count has a decimal part: refused, nothing saved
        page.click("button[name=save]")
        assert "Ghi số nguyên" in page.locator("#id_v__aid__count_error").inner_text()
        assert page.input_value("#id_v__aid__count") == "1,5"
        assert Submission.objects.get(pk=submission.pk).values["aid"]["value"] == 460_000_000

        page.fill("#id_v__aid__count", "01")
        page.click("button[name=save]")
        assert Submission.objects.get(pk=submission.pk).values["aid"]["value"] == 7_037_000_000


def test_the_send_button_asks_about_a_figure_its_section_says_none_of_before_sending(live_server, users, outgoing):
    submission = outgoing().submissions.get(unit__code="DHPVD")
    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/yeu-cau/don-vi/{submission.pk}/", "other")
        page.fill("#id_v__training_courses__count", "2")
        page.fill("#id_v__training_courses__participants", "125")
        page.locator("textarea[name^='s__I.2']").first.fill(
            "Trong tháng, Trường chưa tổ chức lớp tập huấn về hội nhập quốc tế."
        )
        page.click("button[name=submit]")
        assert "nhưng số liệu là 02 lớp" in page.locator("#id_v__training_courses__count_warning").inner_text()
        assert Submission.objects.get(pk=submission.pk).status == "not_started"
        page.check("#id_warnings_checked")
        page.click("button[name=submit]")
        assert "Đã gửi báo cáo." in page.locator(".messages").inner_text()
        assert Submission.objects.get(pk=submission.pk).status == "submitted"


def test_recipients_are_chosen_by_kind_of_unit_with_check_all(live_server, users, units):
    with chromium_page() as page:
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        sign_in(page, f"{live_server.url}/yeu-cau/tao/yeu-cau-di/", "officer")
        group = page.locator(".units-by-kind fieldset", has_text="Sở Ngoại vụ")
        group.locator("[data-check-all]").check()
        boxes = group.locator("input[name=recipients]")
        assert boxes.count() >= 1 and all(boxes.nth(i).is_checked() for i in range(boxes.count()))
        other = page.locator(".units-by-kind fieldset", has_text="Trường Đại học Phạm Văn Đồng")
        assert not other.locator("input[name=recipients]").first.is_checked()
        group.locator("[data-check-all]").uncheck()
        assert not any(boxes.nth(i).is_checked() for i in range(boxes.count()))
        assert not errors


def test_enter_in_a_figure_box_saves_the_draft(live_server, users, outgoing):
    # The form's first button decides what Enter does: «Lưu nháp», not «Đọc tệp» nor «Dùng số này».
    submission = outgoing().submissions.get(unit__code="VP")
    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/yeu-cau/don-vi/{submission.pk}/", "reporter")
        page.fill("#id_v__aid__count", "03")
        page.press("#id_v__aid__count", "Enter")
        page.wait_for_load_state()
        assert page.locator(".messages").inner_text().strip() == "Đã lưu bản nháp."
        assert Submission.objects.get(pk=submission.pk).values["aid"]["count"] == 3
