"""Every kind of page runs under the content security policy in a real browser: nothing refused."""

import pytest

from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGES = [
    "/",
    "/thong-ke/?period=2021",
    "/so-theo-doi/doan-vao/",
    "/so-theo-doi/doan-vao/them/",
    "/bao-cao/",
    "/bao-cao/tao/",
    "/yeu-cau/",
    "/thu-tuc/",
    "/thu-tuc/ma-qr/",
    "/quan-tri/",
    "/quan-tri/core/unit/",
    "/api/docs/",
    "/tthc/",
    "/tthc/vi/",
    "/tthc/man-hinh/",
]


def test_no_page_breaks_the_policy(live_server, users, incoming):
    incoming()
    with chromium_page() as page:
        refused = []
        page.on(
            "console",
            lambda message: refused.append(message.text) if "Content Security Policy" in message.text else None,
        )
        sign_in(page, f"{live_server.url}/dang-nhap/", "admin")
        for path in PAGES:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            assert "Content-Security-Policy" in {k.title(): v for k, v in response.headers.items()}, path
            page.wait_for_load_state("networkidle")
            assert not refused, (path, refused)
        # The language switch works without inline script.
        page.goto(live_server.url + "/so-theo-doi/doan-vao/")
        page.select_option("select[name=language]", "en")
        page.wait_for_selector("h1:has-text('Incoming delegations')")
        assert not refused, refused
