"""Periods as reports write them: "tháng 8/2021", "Quý III năm 2021", "6 tháng đầu năm
2021", "9 tháng", "năm 2023", "từ ngày 15/12/2020 đến ngày 14/6/2021".

Turned into ngoaivu.pure.periods.Period values (a pure module) so that labels and
comparisons are the report generator's own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ngoaivu.pure.periods import CUSTOM, HALF, MONTH, NINE_MONTHS, QUARTER, YEAR, Period

_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_D = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_EXPR = re.compile(
    rf"(?P<custom>từ\s+ngày\s+{_D}\s+đến\s+(?:hết\s+)?ngày\s+{_D})"
    r"|(?P<span>(?<![\d/])(?P<n>\d{1,2})\s+tháng(?!\s+\d)(?:\s+(?P<side>đầu|cuối))?(?:\s+năm)?"
    r"(?:\s+(?P<span_year>\d{4}))?(?![\d/]))"
    r"|(?P<quarter>quý\s+(?P<q>IV|I{1,3}|[1-4])(?![\w])(?:\s*(?:/|-|năm)\s*(?P<q_year>\d{4}))?)"
    r"|(?P<month>(?<![\d]\s)tháng\s+(?P<m>\d{1,2})(?![\d])(?!\s*[-–]\s*\d)(?:\s*(?:/|-)\s*(?P<m_year>\d{4})"
    r"|\s+năm\s+(?P<m_year2>\d{4}))?(?![\d/]))"
    r"|(?P<whole>(?:cả\s+)?năm\s+(?P<y>\d{4})(?![\d/-]))",
    re.I,
)
_DATE_BEFORE = re.compile(r"(?:ngày\s+)?\d{1,2}\s*$", re.I)


@dataclass(frozen=True)
class TimeExpr:
    start: int
    end: int
    kind: str  # month, quarter, half, nine_months, year, custom, span
    year: int | None
    index: int = 1
    months: int | None = None  # for a span "8 tháng": 8
    text: str = ""


def time_expressions(text: str):
    """Every period expression in text, in order. A date "ngày 24 tháng 8 năm 2022" is not one."""
    for m in _EXPR.finditer(text):
        if m["custom"]:
            yield TimeExpr(m.start(), m.end(), CUSTOM, int(m.group(7)), text=m[0])
        elif m["span"]:
            n = int(m["n"])
            year = int(m["span_year"]) if m["span_year"] else None
            if not 1 <= n <= 12:
                continue
            side = (m["side"] or "").lower()
            if n == 6:
                kind, index = HALF, 2 if side == "cuối" else 1
            elif n == 9:
                kind, index = NINE_MONTHS, 1
            elif n == 3 and side == "đầu":
                kind, index = QUARTER, 1
            elif n == 12:
                kind, index = YEAR, 1
            else:
                kind, index = "span", 1
            yield TimeExpr(m.start(), m.end(), kind, year, index, months=n, text=m[0])
        elif m["quarter"]:
            q_year = m["q_year"]
            yield TimeExpr(
                m.start(), m.end(), QUARTER, int(q_year) if q_year else None, _ROMAN[m["q"].upper()], text=m[0]
            )
        elif m["month"]:
            if _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "ngày 24 tháng 8 năm 2022" is a date
            month = int(m["m"])
            m_year = m["m_year"] or m["m_year2"]
            if 1 <= month <= 12:
                yield TimeExpr(m.start(), m.end(), MONTH, int(m_year) if m_year else None, month, text=m[0])
        elif m["whole"]:
            if re.search(r"tháng\s+\d{1,2}\s*$", text[max(0, m.start() - 12) : m.start()], re.I):
                continue
            yield TimeExpr(m.start(), m.end(), YEAR, int(m["y"]), text=m[0])


def to_period(expr: TimeExpr, default_year: int | None = None) -> Period | None:
    year = expr.year or default_year
    if expr.kind == CUSTOM:
        m = re.search(_D + r".*?" + _D, expr.text, re.S)
        if m is None:
            return None
        try:
            start = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            end = date(int(m.group(6)), int(m.group(5)), int(m.group(4)))
        except ValueError:
            return None
        if end < start:
            return None
        return Period(CUSTOM, end.year, custom_start=start, custom_end=end)
    if year is None or expr.kind == "span" or not 1900 <= year <= 2200:
        return None
    return Period(expr.kind, year, expr.index)


_SPAN_START = re.compile(r"(?<!\w)(?:từ|kể\s+từ|sau|trước)\s+$", re.I)


def find_period(text: str, default_year: int | None = None) -> dict | None:
    """The first period named in text (a title), as {"kind", "year", "index", "label"}; not the
    start of a span ("từ năm 2017 đến nay", "kể từ năm 2006"), which is no period of the text."""
    for expr in time_expressions(text or ""):
        if _SPAN_START.search(text, 0, expr.start):
            continue
        period = to_period(expr, default_year)
        if period:
            return period.as_dict()
    return None


def opening_span_year(text: str) -> int | None:
    """The year of months counted from its start when they are the first period text names: "Trong 7
    tháng đầu năm 2016, …", "11 tháng năm 2023": no period of the calendar, but the text's year."""
    for expr in time_expressions(text or ""):
        if _SPAN_START.search(text, 0, expr.start):
            continue
        if expr.kind == "span" and expr.year and not re.match(r"\S+\s+tháng\s+cuối", expr.text, re.I):
            return expr.year if 1900 <= expr.year <= 2200 else None
        return None
    return None
