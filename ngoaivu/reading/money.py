"""Amounts of money as reports write them: "7,037 tỷ đồng", "2,5 triệu USD (tương đương
58,3 tỷ đồng)", "1.234.567,89 USD" → whole currency units (7037000000 VND)."""

from __future__ import annotations

import re
from decimal import Decimal

from .text import LOWER, NUMBER, parse_number

_SCALES = {"nghìn": 1000, "ngàn": 1000, "triệu": 1_000_000, "tỷ": 1_000_000_000, "tỉ": 1_000_000_000}
_CURRENCIES = [
    ("VND", r"đồng(?!\s+(?:chí|bào|nghiệp|thời|hương|đội))|VNĐ|VND|vnđ"),  # not "100 đồng chí"
    ("USD", r"USD|đô\s*-?\s*la\s+Mỹ|đô\s*-?\s*la|US\$"),
    ("EUR", r"EUR|Euro|euro"),
    ("JPY", r"JPY|yên\s+Nhật|Yên\s+Nhật|yên|Yên"),
    ("KRW", r"KRW|won\s+Hàn\s+Quốc|won|Won"),
    ("AUD", r"AUD|đô\s*-?\s*la\s+Úc"),
    ("GBP", r"GBP|bảng\s+Anh"),
    ("CNY", r"CNY|NDT|nhân\s+dân\s+tệ"),
    ("CHF", r"CHF|franc\s+Thụy\s+Sĩ"),
    ("SGD", r"SGD"),
    ("CAD", r"CAD"),
]
_SCALE = r"(?:nghìn|ngàn|triệu|tỷ|tỉ)"
# The unit part after the number (the number itself is matched by the caller).
# "hơn 8 tỷ;": milliards with no currency after them are đồng, as Vietnamese writes them
_BARE_BILLIONS = r"(?:tỷ|tỉ)(?=\s*(?:[;,.)]|$))"
MONEY = rf"(?:(?:{_SCALE}\s+)?(?:" + "|".join(p for _c, p in _CURRENCIES) + rf")(?![\w])|{_BARE_BILLIONS})"
_UNIT = re.compile(rf"(?P<scale>{_SCALE})?\s*(?P<currency>" + "|".join(p for _c, p in _CURRENCIES) + ")", re.I)
_CURRENCY_RES = [(code, re.compile(rf"(?:{pattern})$", re.I)) for code, pattern in _CURRENCIES]
_EQUIVALENT_HEAD = (
    r"(?:\s*\([^()]{0,80}\))?"  # an aside first: "24,6 tỷ đồng (không tính …), tương đương 1,2 triệu USD"
    # "(tương đương …", ", khoảng …"; or with no mark: "4.317.784 USD tương đương 99,3 tỷ đồng"
    r"(?:\s*[(,]\s*(?:tương\s+đương|tương\s+ứng|quy\s+đổi|khoảng|~|≈)|\s+(?:tương\s+đương|tương\s+ứng|quy\s+đổi))\s*(?:với\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên|xấp\s+xỉ|chừng|ước|ước\s+tính)\s+)?"
)
_EQUIVALENT = re.compile(
    rf"{_EQUIVALENT_HEAD}(?P<number>{NUMBER.pattern})\s*(?P<scale>{_SCALE})?\s*(?:đồng|VNĐ|VND|vnđ)(?![\w])",
    re.I,
)
# An amount in đồng followed by its worth in a foreign currency: "25,4 tỷ đồng (tương đương
# 1.104.469 USD)" is one amount, the VND one; the bracket is not a figure of its own.
_FOREIGN_EQUIVALENT = re.compile(
    rf"{_EQUIVALENT_HEAD}(?P<number>{NUMBER.pattern})\s*(?P<scale>{_SCALE})?\s*(?:"
    + "|".join(p for c, p in _CURRENCIES if c != "VND")
    + r")(?![\w])",
    re.I,
)

# "Ủy ban châu Âu viện trợ741.397,30 Euro": a PDF's lost space glues an amount to the word before
# it; only a number the currency follows is parted, so codes like "H5N1" stay whole.
_GLUED_AMOUNT = re.compile(
    rf"(?<=[{LOWER}])(?=(?:\d{{1,3}}(?:\.\d{{3}})+|\d+)(?:,\d+)?\s*{MONEY})",
)


def unglue_amounts(text: str) -> str:
    """The text with a space put back between a word and an amount glued to it."""
    return _GLUED_AMOUNT.sub(" ", text)


def _currency(word: str) -> str | None:
    word = " ".join(word.split())
    for code, pattern in _CURRENCY_RES:
        if pattern.fullmatch(word):
            return code
    return None


def parse_money(text: str, after: str = "") -> dict | None:
    """{"value": Decimal, "currency": "VND", "value_vnd": Decimal | None} for "7,037 tỷ đồng";
    after: the text that follows, for "(tương đương 58,3 tỷ đồng)"."""
    number = NUMBER.match(text.strip())
    if not number:
        return None
    amount = parse_number(number[0])
    unit = _UNIT.search(text, number.end())
    if amount is not None and unit is None and re.match(rf"\s*{_BARE_BILLIONS}", text[number.end() :]):
        return {"value": amount * _SCALES["tỷ"], "currency": "VND", "value_vnd": None}
    if amount is None or unit is None:
        return None
    currency = _currency(unit["currency"])
    if currency is None:
        return None
    scale = _SCALES.get((unit["scale"] or "").lower(), 1)
    if scale == 1 and re.fullmatch(r"\d{1,3},\d{3}", number[0]):
        # "180,000 USD", "500,000 đồng": an amount has two decimals at most, so three digits after
        # the comma, with no "triệu" or "tỷ" after them, are its thousands
        amount = Decimal(number[0].replace(",", ""))
    value = amount * scale
    out = {"value": value, "currency": currency, "value_vnd": None}
    if currency != "VND":
        m = _EQUIVALENT.match(after)
        if m:
            vnd = parse_number(m["number"])
            if vnd is not None:
                out["value_vnd"] = vnd * _SCALES.get((m["scale"] or "").lower(), 1)
                out["consumed"] = m.end()
    else:
        m = _FOREIGN_EQUIVALENT.match(after)
        if m:
            out["consumed"] = m.end()
    return out
