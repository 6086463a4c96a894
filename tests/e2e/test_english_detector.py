"""The English-text detector itself (english.py), without a browser."""

import pytest

from tests.e2e.english import english_words


@pytest.mark.parametrize(
    "text, words",
    [
        ("Trang 1 of 3", ["of"]),
        ("Lưu Save", ["Save"]),
        ('No results found for "abc"', ["No results"]),
        ("Log  out", ["Log out"]),  # a phrase, whatever the spaces between its words
        ("[aria-label] Month ; [aria-label] Year", ["Month", "Year"]),
        ("Save Save Save", ["Save"]),  # each word once per page
        # Vietnamese words that look English in lower case, and names of the data: not English.
        ("Tháng 5 năm 2021, in tài liệu, to lớn, May mặc", []),
        ("Tổ chức Cứu trợ Trẻ em (Save the Children)", []),
        ("Svalbard và Jan Mayen", []),
        ("Thẻ ABTC, APEC, tải PDF, DOCX, Excel, mã QR, 100 USD", []),
        ("Homestay, Saved, Pages", []),  # whole words only
        ("save, search, page", []),  # case-sensitive
    ],
)
def test_english_words(text, words):
    assert [found.split("'")[1] for found in english_words(text)] == words
