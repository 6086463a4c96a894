"""The skip link: the first thing Tab reaches on every page, past the header and the side menu to the page's
own content (<main id="content">)."""

from html.parser import HTMLParser

import pytest

FOCUSABLE = {"a", "button", "input", "select", "textarea"}


class Focusables(HTMLParser):
    """The focusable elements of a page in their order, and the ids of its <main>."""

    def __init__(self):
        super().__init__()
        self.found, self.mains = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.mains.append(attrs.get("id"))
        if tag in FOCUSABLE and attrs.get("type") != "hidden" and (tag != "a" or "href" in attrs):
            self.found.append((tag, attrs))


@pytest.mark.parametrize("url", ["/", "/so-theo-doi/doan-vao/them/"])
def test_the_first_focusable_element_skips_to_the_pages_content(client_for, url):
    page = Focusables()
    page.feed(client_for("officer").get(url).content.decode())
    tag, attrs = page.found[0]
    assert (tag, attrs.get("class"), attrs.get("href")) == ("a", "skip-link", "#content")
    assert page.mains == ["content"]
    menu = [n for n, (_tag, a) in enumerate(page.found) if (a.get("href") or "").startswith("/so-theo-doi/")]
    assert len(menu) > 10  # the menu it skips


def test_the_skip_link_is_styled_from_the_stylesheet_seen_when_focused():
    from pathlib import Path

    css = (Path(__file__).parents[2] / "ngoaivu/static/ngoaivu/site.css").read_text()
    assert ".skip-link {" in css and ".skip-link:focus {" in css
