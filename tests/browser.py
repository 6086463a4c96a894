"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for the browser tests."""

import os
import tempfile
from contextlib import contextmanager

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without these the browser's background connections hit the closed network and stall it.
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@contextmanager
def chromium_page():
    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
    # beside one unless told that this test process is not serving async code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS, locale="vi-VN"
        )
        try:
            yield browser.new_page()
        finally:
            browser.close()


def sign_in(page, url, username):
    """Open url, which asks to sign in first, and sign in as username."""
    from tests.conftest import PASSWORD

    page.goto(url)
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
