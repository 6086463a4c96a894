"""An English-speaking browser on the demo province: every step screenshotted and checked.

english_page opens Debian's Chromium (as tests/browser.chromium_page) with an English
locale and Accept-Language "en-US,en;q=0.9". The application must still answer in
Vietnamese. While the test runs it collects:
- every console message of type "error" and every uncaught page error;
- every response with a status of 400 or more (the URL and the status);
- at each step (Browser.step), the English interface words the page shows (english.py),
  and a page whose <html lang> is not Vietnamese;
and saves a full-page screenshot of each step under $NGOAIVU_SCREENSHOTS (when set) or
the test's tmp_path, one folder per test, files numbered in order.

Browser.check() at the end of a test fails with everything collected, so one run reports
all problems of a flow, not only the first.
"""

import io
import os
import re
import tempfile
from pathlib import Path

import pytest
from playwright.sync_api import expect

from ngoaivu.demo.users import DEMO_PASSWORD
from tests.browser import CHROMIUM, FLAGS
from tests.e2e.english import VISIBLE_TEXT_JS, english_words

ACCEPT_LANGUAGE = "en-US,en;q=0.9"
PHONE = {"width": 390, "height": 844}


class Browser:
    def __init__(self, page, base_url, folder):
        self.page = page
        self.base_url = base_url
        self.folder = folder
        self.console_errors = []
        self.bad_responses = []
        self.english = []
        self.not_vietnamese = []
        self.other = []  # anything else a step found wrong, kept so that the flow goes on
        self.shots = 0
        page.on("console", self._console)
        page.on("pageerror", lambda error: self.console_errors.append(f"{page.url}: uncaught {error}"))
        page.on("response", self._response)

    def _console(self, message):
        if message.type == "error":
            self.console_errors.append(f"{self.page.url}: {message.text}")

    def _response(self, response):
        if response.status >= 400:
            self.bad_responses.append(f"{response.status} {response.request.method} {response.url}")

    def url(self, path):
        return self.base_url + path

    def goto(self, path):
        return self.page.goto(self.url(path))

    def sign_in(self, username, path="/"):
        """Sign out whoever was signed in, then sign in as username from the sign-in page."""
        self.page.context.clear_cookies()
        self.goto(path)
        self.page.wait_for_selector("#id_username")
        self.step(f"dang-nhap-{username}")
        self.page.fill("#id_username", username)
        self.page.fill("#id_password", DEMO_PASSWORD)
        self.page.click("button[type=submit]")
        self.page.wait_for_load_state()
        assert self.page.locator("#id_username").count() == 0, f"{username} could not sign in"

    def step(self, name, vietnamese=True):
        """Screenshot the page as it is now and check its text (vietnamese=False: a page meant to be foreign)."""
        page = self.page
        page.wait_for_load_state()
        self.shots += 1
        slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        page.screenshot(path=str(self.folder / f"{self.shots:02d}-{slug}.png"), full_page=True)
        if not vietnamese:
            return
        lang = page.evaluate("document.documentElement.lang")
        if not lang.startswith("vi"):
            self.not_vietnamese.append(f"step {name!r} {page.url}: <html lang={lang!r}>")
        for found in english_words(page.evaluate(VISIBLE_TEXT_JS)):
            self.english.append(f"step {name!r} {page.url}: {found}")

    def select(self, selector, value):
        """Choose an option of a <select>, enhanced (Tom Select keeps it in the DOM, hidden) or not."""
        enhanced = self.page.eval_on_selector(
            selector,
            """(select, value) => {
                if (select.tomselect) { select.tomselect.setValue(value); return true; }
                return false;
            }""",
            value,
        )
        if not enhanced:
            self.page.select_option(selector, value)
        assert self.page.eval_on_selector(selector, "s => s.value") == value, f"{selector} did not take {value}"

    def search_unit(self, selector, query, text):
        """Choose a unit the page does not hold: type in its picker, then click the option with text."""
        self.page.click(f"{selector} + .ts-wrapper .ts-control")
        self.page.locator(f"{selector} + .ts-wrapper .ts-control input").fill(query)
        self.page.locator(f"{selector}-ts-dropdown .option", has_text=text).first.click()
        self.page.wait_for_load_state("networkidle")
        expect(self.page.locator(".ts-dropdown:visible")).to_have_count(0)

    def confirm_if_asked(self, button=None):
        """Follow a confirmation page (a form with confirmed=1) if the step shows one."""
        form = self.page.locator("main form:has(input[name=confirmed])")
        if form.count():
            self.step("xac-nhan")
            (
                form.locator(f"button:has-text('{button}')") if button else form.locator("button[type=submit]")
            ).first.click()
            self.page.wait_for_load_state()
            return True
        return False

    def problems(self):
        parts = []
        for title, items in (
            ("English text in the Vietnamese interface", self.english),
            ("page not in Vietnamese", self.not_vietnamese),
            ("responses 4xx/5xx", self.bad_responses),
            ("console errors", self.console_errors),
            ("other problems", self.other),
        ):
            if items:
                parts.append(f"{title}:\n  " + "\n  ".join(dict.fromkeys(items)))
        return "\n".join(parts)

    def check(self):
        problems = self.problems()
        assert not problems, f"{problems}\n(screenshots: {self.folder})"


@pytest.fixture
def screenshots(request, tmp_path):
    root = os.environ.get("NGOAIVU_SCREENSHOTS")
    folder = (Path(root) if root else tmp_path / "screenshots") / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def demo_site(transactional_db, live_server):
    """The demo province, committed so that the live server's thread sees it (flushed after the test)."""
    from django.core.management import call_command

    call_command("load_demo", stdout=io.StringIO())
    return live_server


@pytest.fixture
def english_page(demo_site, screenshots):
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            profile,
            executable_path=CHROMIUM,
            headless=True,
            args=FLAGS,
            locale="en-US",
            extra_http_headers={"Accept-Language": ACCEPT_LANGUAGE},
            accept_downloads=True,
        )
        context.set_default_timeout(30_000)
        try:
            page = context.pages[0] if context.pages else context.new_page()
            browser = Browser(page, demo_site.url, screenshots)
            yield browser
        finally:
            print(f"\nscreenshots: {screenshots}")
            context.close()
