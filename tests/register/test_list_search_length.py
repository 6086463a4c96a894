"""A list's search is as long as its box says (maxlength): a longer one, sent by hand, is refused beside the box
in words and lists nothing, rather than searched or answered by the server's «Địa chỉ quá dài» page."""

import re

from ngoaivu.core.search import SEARCH_LENGTH

URL = "/so-theo-doi/doan-vao/"
REFUSED = "Nội dung tìm kiếm chỉ được dài tối đa 200 ký tự (đang có {} ký tự): hãy rút gọn, giữ lại vài từ đặc trưng."


def test_the_search_box_says_how_long_a_search_may_be(client_for):
    page = client_for("officer").get(URL).content.decode()
    box = re.search(r'<input[^>]*name="q"[^>]*>', page).group(0)
    assert f'maxlength="{SEARCH_LENGTH}"' in box
    # the boxes of the forms keep theirs out: a paste there is refused in words, not cut (test_long_input.py)
    assert page.count("maxlength") == 1


def test_a_search_as_long_as_the_box_holds_is_searched(client_for, incoming):
    incoming(title="Đoàn JICA")
    query = "jica" + " " * (SEARCH_LENGTH - 8) + "đoàn"
    response = client_for("officer").get(URL, {"q": query})
    assert len(query) == SEARCH_LENGTH and [r.title for r, _cells in response.context["rows"]] == ["Đoàn JICA"]


def test_a_longer_search_is_refused_beside_the_box_not_searched(client_for, incoming):
    incoming(title="Đoàn JICA")
    query = "jica" + " " * SEARCH_LENGTH + "đoàn"  # its words would find the row
    response = client_for("officer").get(URL, {"q": query})
    assert response.status_code == 200 and response.context["rows"] == []
    assert response.context["filter"].form.errors["q"] == [REFUSED.format(208)]
    assert REFUSED.format(208) in response.content.decode()


def test_thousands_of_characters_are_told_in_words_with_the_thousands_dot(client_for, incoming):
    incoming(title="Đoàn JICA")
    query = " ".join(["jica"] * 600)  # 2.999 characters: under the address the server serves
    response = client_for("officer").get(URL, {"q": query})
    assert response.status_code == 200 and response.context["rows"] == []
    assert REFUSED.format("2.999") in response.content.decode()
