"""The security page in headless Chromium: a key's long name stays within the page."""

import pytest

from ngoaivu.accounts.models import ApiToken
from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_long_key_name_without_spaces_wraps_in_its_cell(live_server, users):
    ApiToken.issue(users["officer"], "MayChuTongHopSoLieu" * 5 + "Tinh1")  # 100 characters, no space or hyphen
    with chromium_page() as page:
        page.set_viewport_size({"width": 1280, "height": 800})
        sign_in(page, f"{live_server.url}/tai-khoan/bao-mat/", "officer")
        page.wait_for_selector("#api-tokens")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 1280, f"the page is {width}px wide"
        table = page.locator("#api-tokens")
        assert table.evaluate("t => t.scrollWidth <= t.parentElement.clientWidth"), "the table overflows its card"
