"""The officer's choice lists: no two choices of a list bear the same name.

An officer picking "Ai-len" or "Áo" must know which country is recorded. Checked on the
incoming delegation form and its list's filters (countries, units), in the English-speaking
browser like the rest of the suite.
"""

import pytest

pytestmark = [pytest.mark.browser]

PAGES = ["/so-theo-doi/doan-vao/them/", "/so-theo-doi/doan-vao/", "/so-theo-doi/doan-ra/them/"]


def test_no_two_choices_of_a_list_share_a_name(english_page):
    b, page = english_page, english_page.page
    b.sign_in("chuyenvien", PAGES[0])
    for path in PAGES:
        b.goto(path)
        b.step(f"danh sach chon {path}")
        lists = page.eval_on_selector_all(
            "main select",
            "ss => ss.map(s => [s.name, [...s.options].filter(o => o.value).map(o => [o.value, o.text.trim()])])",
        )
        for name, options in lists:
            by_text = {}
            for value, text in options:
                by_text.setdefault(text, []).append(value)
            for text, values in by_text.items():
                if len(values) > 1:
                    b.other.append(f"{path} select {name!r}: {', '.join(values)} are all named «{text}»")
    b.check()
