"""The public pages in headless Chromium, in each language: CJK text really renders (no tofu)."""

import re

import pytest

from playwright.sync_api import expect

from ngoaivu.procedures.models import Translation
from tests.browser import chromium_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PUB = Translation.Status.PUBLISHED
NAMES = {
    "en": "Issuance of a work permit to a foreign worker",
    "zh": "为在越南工作的外国劳动者颁发劳动许可证",
    "ko": "베트남에서 일하는 외국인 근로자의 노동허가서 발급",
    "ja": "ベトナムで働く外国人労働者への労働許可証の発行",
}


def test_public_pages_in_each_language_render_cjk(live_server, procedure, tmp_path):
    procedure(translations={lang: (PUB, name) for lang, name in NAMES.items()})
    with chromium_page() as page:
        page.set_viewport_size({"width": 390, "height": 844})  # a phone, after scanning a code
        for lang, name in NAMES.items():
            page.goto(f"{live_server.url}/tthc/{lang}/")
            page.get_by_role("link", name=name).click()
            heading = page.locator("#procedure-name")
            assert heading.inner_text().strip() == name
            shot = heading.screenshot(path=str(tmp_path / f"{lang}.png"))
            if lang != "en":
                # The same element with the text replaced by tofu boxes must look different.
                heading.evaluate("(el, n) => { el.textContent = '\\u25A1'.repeat(n); }", len(name))
                tofu = heading.screenshot()
                assert shot != tofu, lang
                has_font = page.evaluate(
                    """([text, lang]) => {
                    const c = document.createElement('canvas').getContext('2d');
                    const fam = {zh: 'Noto Sans CJK SC', ko: 'Noto Sans CJK KR', ja: 'Noto Sans CJK JP'}[lang];
                    return document.fonts.check('16px "' + fam + '"', text);
                }""",
                    [name, lang],
                )
                assert has_font, f"no CJK font for {lang}"
        page.goto(f"{live_server.url}/tthc/vi/")
        page.fill("input[name=q]", "giay phep lao dong")
        page.click("button[type=submit]")
        # expect() waits for the new page; count() would read whatever is loaded at that instant.
        expect(page).to_have_url(re.compile(r"q=giay"))
        expect(page.locator("ul.procedures li")).to_have_count(1)
        expect(page.locator("ul.procedures li")).not_to_contain_text("Không tìm thấy")
        page.fill("input[name=q]", "thị thực")
        page.click("button[type=submit]")
        expect(page).to_have_url(re.compile(r"q=th"))
        expect(page.locator("ul.procedures")).to_contain_text("Không tìm thấy")
        expect(page.locator("ul.procedures li")).to_have_count(1)


def test_kiosk_rotates_and_survives_a_network_loss(live_server, procedure):
    procedure(translations={lang: (PUB, name) for lang, name in NAMES.items()})
    procedure(
        code="1.002809",
        name="Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài",
        field="Đường bộ",
        agency="Sở Giao thông vận tải",
        translations={"en": (PUB, "Exchange of a foreign driving licence")},
    )
    with chromium_page() as page:
        page.goto(f"{live_server.url}/tthc/man-hinh/?slide=700&fetch=500")
        page.wait_for_selector("#slide h1")
        seen = set()
        page.route("**/du-lieu.json*", lambda route: route.abort())  # the network goes away
        for _ in range(12):
            seen.add(page.locator("#slide h1").inner_text())
            page.wait_for_timeout(300)
        assert len(seen) == 2
        assert "offline" in page.get_attribute("#status", "class")
        assert page.locator("#slide .codes img").count() >= 1
        page.unroute("**/du-lieu.json*")
        page.wait_for_function("() => !document.getElementById('status').classList.contains('offline')", timeout=5000)


def test_kiosk_shows_the_list_as_it_is_after_the_fade(live_server, procedure):
    procedure(translations={lang: (PUB, name) for lang, name in NAMES.items()})
    procedure(code="1.002809", name="Đổi giấy phép lái xe", translations={"en": (PUB, "Exchange of a driving licence")})
    kept = []

    def one_left(route):  # every refresh answers that one of the two was withdrawn
        procedures = route.fetch().json()["procedures"][:1]
        kept[:] = [procedures[0]["name"]]
        route.fulfill(json={"procedures": procedures})

    errors = []
    with chromium_page() as page:
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.route("**/du-lieu.json*", one_left)
        # The second slide and the first refresh are due at the same moment: the list shortens
        # during that slide's fade.
        page.goto(f"{live_server.url}/tthc/man-hinh/?slide=1000&fetch=1000")
        page.wait_for_timeout(2000)
        assert errors == []
        expect(page.locator("#slide h1")).to_have_text(kept[0])
        expect(page.locator("#counter")).to_have_text("1 / 1")


def test_kiosk_delays_from_the_address_are_kept_within_bounds(live_server, procedure):
    procedure(translations={lang: (PUB, name) for lang, name in NAMES.items()})
    procedure(code="1.002809", name="Đổi giấy phép lái xe", translations={"en": (PUB, "Exchange of a driving licence")})
    feeds = []
    with chromium_page() as page:
        page.route("**/du-lieu.json*", lambda route: (feeds.append(route.request.url), route.continue_()))
        page.goto(f"{live_server.url}/tthc/man-hinh/?slide=1&fetch=1")
        page.wait_for_selector("#slide h1")
        page.evaluate(
            """() => {
            window.slidesShown = 0;
            new MutationObserver(() => window.slidesShown++).observe(document.getElementById("counter"), {childList: true});
        }"""
        )
        page.wait_for_timeout(1500)
        assert len(feeds) <= 2
        assert page.evaluate("window.slidesShown") <= 2


@pytest.mark.parametrize("width, height, columns", [(1080, 1920, 2), (1920, 1080, 4)])
def test_kiosk_fills_the_screen_and_shows_each_name_whole(live_server, procedure, width, height, columns):
    long_name = "Investment registration certificate for a project not subject to investment policy approval"
    procedure(translations={lang: (PUB, long_name if lang == "en" else name) for lang, name in NAMES.items()})
    with chromium_page() as page:
        page.set_viewport_size({"width": width, "height": height})
        page.goto(f"{live_server.url}/tthc/man-hinh/?slide=60000")
        page.wait_for_selector("#slide .codes figure")
        page.wait_for_timeout(700)  # the fade
        figures = page.evaluate(
            """() => [...document.querySelectorAll(".codes figure")].map(figure => {
            const code = figure.querySelector("img").getBoundingClientRect(), name = figure.querySelector(".name");
            return {left: code.left, side: Math.min(code.width, code.height), bottom: figure.getBoundingClientRect().bottom,
                    name: name.textContent, clipped: name.scrollHeight > name.clientHeight};
        })"""
        )
        footer = page.locator("footer").bounding_box()
        assert len({f["left"] for f in figures}) == columns
        # as large as the landscape codes, a fifth of the width of 1920
        assert all(f["side"] >= 0.19 * max(width, height) for f in figures), figures
        assert all(f["bottom"] <= footer["y"] for f in figures), (figures, footer)
        assert [f["name"] for f in figures if f["clipped"]] == []
        expect(page.locator(".codes figure[lang=en] figcaption")).to_contain_text(long_name)


# The bottom of an empty inline-block appended to each link sits on the link's text baseline.
BASELINES = """links => links.map(link => {
    const probe = document.createElement('span');
    probe.style.display = 'inline-block';
    link.appendChild(probe);
    const baseline = probe.getBoundingClientRect().bottom;
    probe.remove();
    return Math.round(baseline);
})"""


def test_the_language_names_stand_on_one_line(live_server):
    # "Tiếng Việt" is set in a Latin font and 中文, 한국어, 日本語 in CJK fonts, whose lines are taller:
    # the names share the baseline, none sits higher than the others.
    with chromium_page() as page:
        page.set_viewport_size({"width": 900, "height": 400})
        for lang in ("en", "ko"):
            page.goto(f"{live_server.url}/tthc/{lang}/")
            baselines = page.eval_on_selector_all("header.pub nav a", BASELINES)
            assert len(baselines) == 5 and len(set(baselines)) == 1, (lang, baselines)
