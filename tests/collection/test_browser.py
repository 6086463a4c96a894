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
