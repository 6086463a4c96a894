"""Searching countries in Chromium (the pages as rendered, site.js and Tom Select inlined): accents typed are
accents meant («Hàn» finds Hàn Quốc, not Ghana nor Phần Lan), none typed matches ignoring them; a
delegation's «Nước đến» boxes are filtered the same way, a ticked one staying in sight."""

import pytest
from django.contrib.staticfiles import finders

from tests.browser import chromium_page

pytestmark = pytest.mark.browser

SCRIPTS = ["vendor/tom-select/js/tom-select.base.min.js", "ngoaivu/site.js"]


def open_page(page, html):
    scripts = "".join(f"<script>{open(finders.find(path), encoding='utf-8').read()}</script>" for path in SCRIPTS)
    page.set_content(html.replace("</head>", scripts + "</head>", 1))


def test_a_country_list_matches_accents_when_they_are_typed(client_for):
    html = client_for("officer").get("/so-theo-doi/vien-tro/them/").content.decode()
    with chromium_page() as page:
        open_page(page, html)
        names = {}
        for query in ("Hàn", "han"):
            page.click("#id_country-ts-control")
            page.fill("#id_country-ts-control", query)
            # Tom Select searches a moment after the last key: until then the list shows every country
            page.wait_for_function("q => document.getElementById('id_country').tomselect.lastQuery === q", arg=query)
            names[query] = page.locator("#id_country-ts-dropdown .option").all_inner_texts()
        assert "Hàn Quốc" in names["Hàn"]
        assert not {"Ghana", "Afghanistan", "Phần Lan"} & set(names["Hàn"])
        assert {"Hàn Quốc", "Ghana", "Afghanistan", "Phần Lan"} <= set(names["han"])


def test_the_destination_boxes_are_filtered_and_keep_what_is_ticked(client_for):
    html = client_for("officer").get("/so-theo-doi/doan-ra/them/").content.decode()
    with chromium_page() as page:
        open_page(page, html)

        def shown():
            rows = page.locator("#id_countries > div:visible")
            return [text.strip() for text in rows.all_inner_texts()]

        assert page.locator(".check-filter").count() == 1  # one filter above the list, none beside each box
        page.fill(".check-filter", "Hàn")
        assert "Hàn Quốc" in shown() and "Ghana" not in shown()
        page.check("#id_countries input[value=KR]")
        page.fill(".check-filter", "lao")
        assert "Lào" in shown() and "Hàn Quốc" in shown()  # ticked before: still in sight
        page.check("#id_countries input[value=LA]")
        assert page.locator("#id_countries input:checked").count() == 2  # a tick adds, never replaces
