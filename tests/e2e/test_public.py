"""A foreigner, on a phone (390×844), no login, English browser: finds a procedure in the public pages.

The public pages are in the language the person picks; this one picks Tiếng Việt from the
chooser, searches "thẻ ABTC" and, without accents, "the abtc", and opens a procedure. The
chooser page shows every language on purpose: the text marked lang="en", "zh"… is left out
of the English check (english.py).
"""

import pytest

from tests.e2e.conftest import PHONE

pytestmark = [pytest.mark.browser]


def test_a_foreigner_finds_the_abtc_procedure_on_a_phone(english_page):
    b, page = english_page, english_page.page
    page.set_viewport_size(PHONE)
    b.goto("/tthc/")
    b.step("chon ngon ngu")
    page.locator("main").get_by_role("link", name="Tiếng Việt").click()
    page.wait_for_load_state()
    b.step("danh sach thu tuc")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"

    search = page.locator("main input[type=search], main input[name=q]").first
    search.fill("thẻ ABTC")
    search.press("Enter")
    page.wait_for_load_state()
    b.step("tim the abtc")
    results = page.locator("main a[href^='/tthc/vi/']")
    found = [text for text in results.all_inner_texts() if "ABTC" in text]
    assert found, page.locator("main").inner_text()

    search = page.locator("main input[type=search], main input[name=q]").first
    search.fill("the abtc")
    search.press("Enter")
    page.wait_for_load_state()
    b.step("tim khong dau")
    assert [text for text in page.locator("main a[href^='/tthc/vi/']").all_inner_texts() if "ABTC" in text] == found

    page.locator("main a[href^='/tthc/vi/']", has_text="ABTC").first.click()
    page.wait_for_load_state()
    b.step("thu tuc")
    assert "ABTC" in page.locator("h1").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "the page scrolls sideways"
    b.check()
