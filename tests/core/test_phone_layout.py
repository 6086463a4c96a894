"""On a phone (390 × 844): the page's content comes before the menu, and a wide table scrolls in its
own place instead of pushing the whole page sideways."""

import datetime as dt

import pytest

from ngoaivu.register.models import IncomingDelegation
from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_list_on_a_phone(live_server, users, units):
    for n in range(3):
        IncomingDelegation.objects.create(
            title=f"Đoàn Hiệp hội Doanh nghiệp Hàn Quốc tại Thành phố Hồ Chí Minh số {n}",
            country="KR",
            host_level="provincial",
            purpose="work",
            start_date=dt.date(2021, 3, 12 + n),
            groups=1,
            person_visits=12_345,
            unit=units["sngv"],
        )
    with chromium_page() as page:
        page.set_viewport_size({"width": 390, "height": 844})
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/", "officer")
        page.wait_for_selector("table.list")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the page is {width}px wide"
        table = page.locator("table.list")
        assert table.evaluate("t => t.scrollWidth > t.clientWidth")  # the table scrolls, the page does not
        heading = page.locator("main h1").bounding_box()
        menu = page.locator("#menu").bounding_box()
        assert heading["y"] < 844 and heading["y"] < menu["y"]  # the content first
        page.click(".topbar .to-menu")  # and the menu one tap away
        assert page.url.endswith("#menu")
        assert page.locator(".topbar .brand").bounding_box()["height"] < 40  # "Ngoại vụ" on one line
        # the charts' page too: each card as wide as the phone
        page.goto(f"{live_server.url}/thong-ke/")
        page.wait_for_selector("main h1")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"the statistics page is {width}px wide"


def test_tab_on_a_phone_goes_to_the_skip_link_first_and_it_leads_past_the_menu(live_server, users, units):
    with chromium_page() as page:
        page.set_viewport_size({"width": 390, "height": 844})
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")
        page.wait_for_selector("main form")
        page.keyboard.press("Tab")
        skip = page.locator(".skip-link")
        assert skip.evaluate("link => link === document.activeElement")
        box = skip.bounding_box()
        assert box["y"] >= 0 and box["height"] > 0  # seen when focused
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        assert page.evaluate("document.activeElement.closest('main') !== null")  # the form, not the menu
