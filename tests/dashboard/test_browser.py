"""The statistics page in headless Chromium: Chart.js draws every chart, the table view and CSV follow."""

import pytest

from ngoaivu.register.models import IncomingDelegation, OutgoingDelegation
from tests.browser import chromium_page, sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_charts_are_drawn_with_their_tables_and_csv(live_server, users, units, tmp_path):
    for month, country in ((3, "KR"), (3, "JP"), (7, "KR")):
        IncomingDelegation.objects.create(
            unit=units["sngv"], title="Đoàn khách", country=country, start_date=f"2021-{month:02d}-10", person_visits=3
        )
    OutgoingDelegation.objects.create(
        unit=units["sngv"], title="Đoàn công tác", countries=["LA", "KR"], start_date="2020-05-04", persons=4
    )
    with chromium_page() as page:
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        sign_in(page, f"{live_server.url}/dang-nhap/?next=/thong-ke/%3Fperiod%3D2021", "officer")
        assert page.locator("h1").inner_text() == "Thống kê năm 2021"
        page.wait_for_selector("#doan-theo-thang[data-drawn=true]")
        assert not errors
        for slug in ("doan-theo-thang", "doan-theo-quoc-gia"):
            canvas = page.locator(f"#{slug} canvas")
            drawn = canvas.evaluate("c => c.toDataURL()")
            blank = canvas.evaluate(
                "c => { const b = document.createElement('canvas');"
                " b.width = c.width; b.height = c.height; return b.toDataURL(); }"
            )
            assert drawn != blank, slug
        # Nothing to draw: a sentence, not an empty frame.
        assert page.locator("#vien-tro-theo-nha-tai-tro canvas").count() == 0
        assert "Không có số liệu" in page.locator("#vien-tro-theo-nha-tai-tro").inner_text()

        section = page.locator("#doan-theo-quoc-gia")
        section.get_by_text("Bảng số liệu").click()
        cells = section.locator("tbody tr").first.locator("td").all_inner_texts()
        assert cells == ["Hàn Quốc", "2", "0"]

        with page.expect_download() as download:
            section.get_by_role("link", name="Tải CSV").click()
        path = tmp_path / "chart.csv"
        download.value.save_as(path)
        assert download.value.suggested_filename == "doan-theo-quoc-gia-2021.csv"
        assert path.read_text(encoding="utf-8-sig").splitlines()[1] == "Hàn Quốc,2,0"

        page.select_option("select[name=period_kind]", "year")
        page.fill("input[name=period_year]", "2020")
        page.click("button:has-text('Xem')")
        page.wait_for_selector("#doan-theo-quoc-gia[data-drawn=true]")
        assert page.locator("h1").inner_text() == "Thống kê năm 2020"
        labels = page.locator("#doan-theo-quoc-gia tbody td:first-child").all_text_contents()  # table closed
        assert sorted(labels) == ["Hàn Quốc", "Lào"]


# A cell's words on one line: its text's boxes, one per line it takes.
LINES = "td => { const r = document.createRange(); r.selectNodeContents(td); return new Set([...r.getClientRects()].map(b => Math.round(b.top))).size; }"


def test_a_short_figure_phrase_stays_on_one_line_in_the_register_cards(live_server, users, units, tmp_path):
    """«không có» beside a long area title at 1300 px: on one line, the title wrapping, no card overflowing."""
    with chromium_page() as page:
        page.set_viewport_size({"width": 1300, "height": 900})
        sign_in(page, f"{live_server.url}/dang-nhap/?next=/", "officer")
        cells = page.locator(".tiles td.num")
        assert cells.count() > 10
        for index in range(cells.count()):
            cell = cells.nth(index)
            assert cell.evaluate(LINES) == 1, cell.inner_text()
        for card in page.locator(".tiles .card").all():
            assert card.evaluate("c => c.scrollWidth <= c.clientWidth")
        page.screenshot(path=tmp_path / "home.png", full_page=True)
