"""An officer in Chromium sorts a filtered list by clicking a column's heading, then clicks it again."""

from datetime import date

import pytest

from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_clicking_a_heading_sorts_the_list_then_the_other_way(live_server, users, incoming):
    incoming(title="Đoàn Lào B", country="LA", start_date=date(2021, 3, 2))
    incoming(title="Đoàn Lào A", country="LA", start_date=date(2021, 3, 1))
    incoming(title="Đoàn Lào C", country="LA", start_date=date(2021, 3, 3))
    incoming(title="Đoàn Nhật", country="JP")
    with chromium_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/", "officer")
        page.select_option("#id_country", "LA")
        page.click("button:has-text('Lọc')")
        title_cells = page.locator("table.list tbody tr td:nth-child(2)")
        assert title_cells.all_inner_texts() == ["Đoàn Lào C", "Đoàn Lào B", "Đoàn Lào A"]  # newest first

        page.locator("table.list thead").get_by_role("link", name="Tên đoàn").click()
        page.wait_for_url("**sort=title**")
        assert title_cells.all_inner_texts() == ["Đoàn Lào A", "Đoàn Lào B", "Đoàn Lào C"]
        header = page.locator("table.list thead th", has_text="Tên đoàn")
        assert header.get_attribute("aria-sort") == "ascending" and "▲" in header.inner_text()

        page.locator("table.list thead").get_by_role("link", name="Tên đoàn").click()
        page.wait_for_url("**sort=-title**")
        assert title_cells.all_inner_texts() == ["Đoàn Lào C", "Đoàn Lào B", "Đoàn Lào A"]
        assert header.get_attribute("aria-sort") == "descending" and "▼" in header.inner_text()
        assert page.locator("#id_country").input_value() == "LA"  # the filter held
