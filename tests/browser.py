"""Headless Chromium (Debian's /usr/bin/chromium) driven by Playwright, for the browser tests."""

import os
import tempfile
from contextlib import contextmanager

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# Without these the browser's background connections hit the closed network and stall it.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage"]


@contextmanager
def chromium_page():
    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses to run
    # beside one unless told that this test process is not serving async code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS, locale="vi-VN")
        try:
            yield browser.new_page()
        finally:
            browser.close()
