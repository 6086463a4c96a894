"""A long word without spaces breaks inside its cell or value: the record's page and the list stay as wide
as the screen (the pages as rendered, with the site's stylesheet, measured in Chromium)."""

from datetime import date
from pathlib import Path

import pytest

from ngoaivu.register.models import ForeignAid
from tests.browser import chromium_page

pytestmark = pytest.mark.browser

CSS = Path(__file__).parents[2] / "ngoaivu" / "static" / "ngoaivu" / "site.css"


def width_of(html, viewport):
    """The page's width in Chromium at that screen width, its stylesheet inlined (no server needed)."""
    html = html.replace("</head>", f"<style>{CSS.read_text()}</style></head>", 1)
    with chromium_page() as page:
        page.set_viewport_size({"width": viewport, "height": 800})
        page.set_content(html)
        return page.evaluate("document.documentElement.scrollWidth")


def test_a_long_word_stays_within_the_screen(client_for, units):
    aid = ForeignAid.objects.create(
        title="Khoản " + "ViệnTrợ" * 35,  # within the field's 255 characters, as PostgreSQL holds it
        donor="Tổ chức " + "X" * 240,
        country="KR",
        value_vnd=1_000_000,
        approved_on=date(2021, 3, 12),
        unit=units["sngv"],
    )
    client = client_for("officer")
    for url in (f"/so-theo-doi/vien-tro/{aid.pk}/", "/so-theo-doi/vien-tro/"):
        html = client.get(url).content.decode()
        assert "X" * 240 in html or "ViệnTrợ" * 35 in html
        for viewport in (1280, 390):
            width = width_of(html, viewport)
            assert width <= viewport, f"{url} is {width}px wide on a {viewport}px screen"
