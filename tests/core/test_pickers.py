"""The calendar of the date boxes (flatpickr) and the searchable lists (Tom Select), in a browser
whose language is English: dates still read dd/mm/yyyy, typing still works, an unreadable date
reaches the server, and a list finds "Hàn Quốc" from "han quoc"."""

import os
import time
import re
import tempfile
from contextlib import contextmanager
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from ngoaivu.core.models import Unit
from ngoaivu.register.models import IncomingDelegation
from tests.browser import CHROMIUM, FLAGS, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@contextmanager
def english_page():
    """A page of a browser set to American English, with every console error and page error kept
    in page.problems."""
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as profile, sync_playwright() as playwright:
        browser = playwright.chromium.launch_persistent_context(
            profile, executable_path=CHROMIUM, headless=True, args=FLAGS, locale="en-US", timezone_id="Asia/Ho_Chi_Minh"
        )
        try:
            page = browser.new_page()
            page.problems = []
            page.on("console", lambda m: page.problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda error: page.problems.append(str(error)))
            yield page
        finally:
            browser.close()


@pytest.fixture
def many_units(units):
    # More than 15 units, so that the unit lists get a search box.
    for n in range(1, 15):
        Unit.objects.create(name=f"UBND huyện số {n}", code=f"H{n:02}", parent=units["province"])
    return units


def test_date_box_calendar_and_typing(live_server, users, many_units):
    with english_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")
        assert page.evaluate("navigator.language") == "en-US"

        page.click("#id_start_date")
        calendar = page.locator(".flatpickr-calendar.open")
        calendar.wait_for()
        weekdays = calendar.locator(".flatpickr-weekday").all_inner_texts()
        assert [w.strip() for w in weekdays] == ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]  # Monday first
        month = calendar.locator(".flatpickr-monthDropdown-months")
        assert re.fullmatch(r"Tháng (\d|1[0-2])", month.locator("option:checked").inner_text())
        shown_month = int(month.input_value()) + 1
        shown_year = int(calendar.locator("input.cur-year").input_value())

        calendar.locator(".flatpickr-day:not(.prevMonthDay):not(.nextMonthDay)", has_text=re.compile(r"^15$")).click()
        assert page.input_value("#id_start_date") == f"15/{shown_month:02}/{shown_year}"
        assert not page.locator(".flatpickr-calendar.open").count()

        # Typed, not picked: kept as typed, and what the form posts.
        page.fill("#id_start_date", "")
        page.locator("#id_start_date").press_sequentially("05/03/2021")
        page.keyboard.press("Tab")
        assert page.input_value("#id_start_date") == "05/03/2021"

        # A date that does not exist stays in the box, for the server to refuse beside the field.
        page.locator("#id_end_date").press_sequentially("31/02/2021")
        page.keyboard.press("Tab")
        assert page.input_value("#id_end_date") == "31/02/2021"

        page.fill("#id_title", "Đoàn Tỉnh Gyeongsangbuk")
        page.fill("#id_person_visits", "4")
        page.select_option("#id_purpose", "study")
        page.select_option("#id_country", "KR")  # as the other browser tests do, under the search box
        page.select_option("#id_unit", str(many_units["sngv"].pk))
        page.click("button:has-text('Lưu')")
        error = page.locator(".has-error").filter(has=page.locator("#id_end_date"))
        assert error.locator(".error").inner_text().strip()
        assert page.input_value("#id_end_date") == "31/02/2021"
        assert page.input_value("#id_start_date") == "05/03/2021"
        assert not IncomingDelegation.objects.exists()

        page.fill("#id_end_date", "07/03/2021")
        page.keyboard.press("Tab")  # the calendar closes when the box is left
        page.click("button:has-text('Lưu')")
        page.wait_for_selector("h1:has-text('Đoàn Tỉnh Gyeongsangbuk')")
        row = IncomingDelegation.objects.get()
        assert (row.start_date, row.end_date) == (date(2021, 3, 5), date(2021, 3, 7))
        assert "05/03/2021" in page.locator("main").inner_text()

        # Enter in a date box of the filters still sends the form, the date as typed.
        page.goto(f"{live_server.url}/so-theo-doi/doan-vao/")
        page.click("#id_date_from")
        page.keyboard.type("5/3/2021")
        page.keyboard.press("Enter")
        page.wait_for_url(re.compile(r"date_from="))
        assert parse_qs(urlsplit(page.url).query)["date_from"] == ["05/03/2021"]
        assert page.locator("table.list tbody tr").count() == 1
        assert not page.problems, page.problems


def test_searchable_lists(live_server, users, many_units):
    with english_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")

        # The country list: found without accents, and the choice is the select's value.
        # Typed into the list's own search box, which takes the focus once Tom Select is ready; filled at
        # once, as keys typed one by one under load may reach it before it is ready and be lost.
        page.click("#id_country + .ts-wrapper .ts-control")
        search = page.locator("#id_country + .ts-wrapper .ts-control input")
        expect(search).to_be_focused()
        search.fill("han quoc")
        options = page.locator("#id_country-ts-dropdown .option")
        expect(options).to_have_text(["Hàn Quốc"])
        options.first.click()
        assert page.input_value("#id_country") == "KR"
        assert "Hàn Quốc" in page.locator("#id_country + .ts-wrapper .ts-control").inner_text()

        # "đ" is folded too: "dai hoc" finds the university among the units.
        page.click("#id_unit + .ts-wrapper .ts-control")
        search = page.locator("#id_unit + .ts-wrapper .ts-control input")
        expect(search).to_be_focused()
        # Many units: the list asks the server, which may take a while on a loaded machine. The first
        # units come at once on focus, before anything is typed; waited for, so that their late answer
        # cannot be what the list shows after the search.
        units = page.locator("#id_unit-ts-dropdown .option")
        expect(units).not_to_have_count(0, timeout=15_000)
        expect(units.filter(has_text="UBND huyện số 1")).not_to_have_count(0)
        search.fill("dai hoc")
        expect(search).to_have_value("dai hoc")
        expect(units).to_have_text([str(many_units["dh"])], timeout=15_000)

        # The unit filter of the list keeps its empty choice "Tất cả", shown and choosable.
        page.goto(f"{live_server.url}/so-theo-doi/doan-vao/")
        control = page.locator("#id_unit + .ts-wrapper .ts-control")
        assert control.inner_text().strip() == "Tất cả"
        control.click()
        assert page.locator("#id_unit-ts-dropdown .option").first.inner_text().strip() == "Tất cả"
        page.locator("#id_unit-ts-dropdown .option", has_text="Sở Ngoại vụ").click()
        assert page.input_value("#id_unit") == str(many_units["sngv"].pk)
        control.click()
        page.locator("#id_unit-ts-dropdown .option").first.click()
        assert page.input_value("#id_unit") == ""
        page.click("button:has-text('Lọc')")
        page.wait_for_url(re.compile(r"\?"))
        assert parse_qs(urlsplit(page.url).query, keep_blank_values=True)["unit"] == [""]
        assert page.locator("#id_unit + .ts-wrapper .ts-control").inner_text().strip() == "Tất cả"

        # A short list stays a plain select.
        assert not page.locator("#id_purpose + .ts-wrapper").count()
        assert not page.problems, page.problems


def test_pages_work_without_the_libraries(live_server, users, many_units):
    # As when node_modules is absent: the files are missing, the boxes and lists stay plain.
    with english_page() as page:
        page.route("**/static/vendor/**", lambda route: route.fulfill(status=404, body=""))
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")
        page.fill("#id_title", "Đoàn không có thư viện")
        page.select_option("#id_country", "KR")
        page.select_option("#id_purpose", "study")
        page.fill("#id_start_date", "05/03/2021")
        page.fill("#id_person_visits", "2")
        page.select_option("#id_unit", str(many_units["sngv"].pk))
        assert not page.locator(".ts-wrapper, .flatpickr-calendar").count()
        page.click("button:has-text('Lưu')")
        page.wait_for_selector("h1:has-text('Đoàn không có thư viện')")
        assert IncomingDelegation.objects.get().start_date == date(2021, 3, 5)
        # Only the missing files are reported, no script error.
        assert all("404" in problem or "Failed to load" in problem for problem in page.problems), page.problems


def choose(page, option):
    """Click an option of a searched list: the list closes, and a search answered late does not
    open it again over the buttons below."""
    option.click()
    page.wait_for_load_state("networkidle")
    expect(page.locator(".ts-dropdown:visible")).to_have_count(0)


def test_a_long_unit_list_is_searched_on_the_server(live_server, users, many_units):
    """The page holds only the chosen unit; typing asks /don-vi/tim/ for the others (accents or not),
    and the unit chosen is the one the form saves, or the one the list is filtered by."""
    with english_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")
        assert page.locator("#id_unit option").count() == 2  # the empty choice and the officer's unit
        assert not page.locator("#id_unit_search").count()  # the box for browsers without script is gone
        page.fill("#id_title", "Đoàn Đại học Khon Kaen")
        page.select_option("#id_country", "TH")
        page.fill("#id_start_date", "05/03/2021")
        page.keyboard.press("Tab")
        page.fill("#id_person_visits", "4")

        page.click("#id_unit + .ts-wrapper .ts-control")
        search = page.locator("#id_unit + .ts-wrapper .ts-control input")
        expect(search).to_be_focused()
        search.fill("huyen so 1")
        options = page.locator("#id_unit-ts-dropdown .option")
        expect(options).to_have_text(
            [
                "UBND huyện số 1",
                "UBND huyện số 10",
                "UBND huyện số 11",
                "UBND huyện số 12",
                "UBND huyện số 13",
                "UBND huyện số 14",
            ]
        )
        search.fill("huyen so 12")
        expect(options).to_have_text(["UBND huyện số 12"])
        choose(page, options.first)
        chosen = Unit.objects.get(code="H12")
        assert page.input_value("#id_unit") == str(chosen.pk)
        # sent with Enter from a text box: a list answered late may lie over the button under load
        page.press("#id_title", "Enter")
        page.wait_for_selector("h1:has-text('Đoàn Đại học Khon Kaen')")
        assert IncomingDelegation.objects.get().unit == chosen

        # The list's filter: the same search, and the list filtered by the unit chosen.
        page.goto(f"{live_server.url}/so-theo-doi/doan-vao/")
        page.click("#id_unit + .ts-wrapper .ts-control")
        search = page.locator("#id_unit + .ts-wrapper .ts-control input")
        expect(search).to_be_focused()
        search.fill("SỐ 12")
        choose(page, page.locator("#id_unit-ts-dropdown .option", has_text="UBND huyện số 12"))
        assert page.input_value("#id_unit") == str(chosen.pk)
        page.click("button:has-text('Lọc')")
        page.wait_for_url(re.compile(rf"unit={chosen.pk}"))
        assert page.locator("table.list tbody tr").count() == 1
        assert "UBND huyện số 12" in page.locator("#id_unit + .ts-wrapper .ts-control").inner_text()
        assert not page.problems, page.problems


def test_a_unit_chosen_at_once_stays_chosen_and_the_list_closed(live_server, users, many_units):
    """A quick officer types a last key and clicks the unit before the list has searched it (Tom
    Select waits 300 ms after a key) and the server answers slowly: the list, closed by the choice,
    does not open again over the form when that search and its answer come after it."""
    with english_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")

        def slowly(route):
            time.sleep(0.5)
            route.continue_()

        page.route("**/don-vi/tim/**", slowly)
        page.click("#id_unit + .ts-wrapper .ts-control")
        search = page.locator("#id_unit + .ts-wrapper .ts-control input")
        expect(search).to_be_focused()
        options = page.locator("#id_unit-ts-dropdown .option")
        expect(options.filter(has_text="UBND huyện số 12")).to_have_count(1)  # the first units, at once
        search.fill("huyen so 1")
        twelve = options.filter(has_text="UBND huyện số 12")
        expect(options).to_have_count(6)  # "số 1", "số 10" … "số 14"
        search.press("2")
        twelve.click()  # the list not yet narrowed to it
        chosen = Unit.objects.get(code="H12")
        assert page.input_value("#id_unit") == str(chosen.pk)
        page.wait_for_timeout(400)  # past Tom Select's wait after the last key
        page.wait_for_load_state("networkidle")  # and the search's late answer
        page.wait_for_timeout(200)
        expect(page.locator(".ts-dropdown:visible")).to_have_count(0)
        assert page.input_value("#id_unit") == str(chosen.pk)
        # the officer's own click opens it again, to choose another
        page.click("#id_unit + .ts-wrapper .ts-control")
        expect(page.locator(".ts-dropdown:visible")).to_have_count(1)
        assert not page.problems, page.problems


def test_typing_a_date_closes_the_calendar_so_a_click_on_the_next_box_picks_no_day(live_server, users, many_units):
    with english_page() as page:
        sign_in(page, f"{live_server.url}/so-theo-doi/doan-vao/them/", "officer")
        page.click("#id_start_date")
        page.locator(".flatpickr-calendar.open").wait_for()
        page.keyboard.type("12/05/2026")
        expect(page.locator(".flatpickr-calendar.open")).to_have_count(0)
        page.click("#id_end_date")  # not a day of a calendar lying over it
        page.keyboard.press("Escape")
        expect(page.locator(".flatpickr-calendar.open")).to_have_count(0)
        page.click("#id_title", timeout=5000)
        assert page.input_value("#id_start_date") == "12/05/2026"
        assert page.problems == []
