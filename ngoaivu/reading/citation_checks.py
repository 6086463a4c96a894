"""Checks of the documents a report cites: a unit code the register does not know
(unknown_unit_code), a number and a date naming different years (reference_year_mismatch)."""

from __future__ import annotations

import re
from datetime import date

from ngoaivu.pure.wording import format_date

from .checks import check

# Abbreviations of document kinds in a number ("06/2021/QĐ-UBND"): the unit code follows them.
DOC_CODES = {
    "QĐ",
    "NQ",
    "KH",
    "TB",
    "BC",
    "TTr",
    "CT",
    "KL",
    "CTr",
    "HD",
    "NĐ",
    "TT",
    "TTLT",
    "QC",
    "QyĐ",
    "ĐA",
    "GM",
    "GP",
    "CĐ",
    "CV",
    "BB",
    "HĐ",
    "PA",
    "TTg",
    "QĐi",
    "KH-LT",
    "BC-LT",
    "CTHĐ",
    "PL",
    "L",
    "TC",
    "GUQ",
    "GXN",
    "GGT",
    "BGN",
    "PTr",
}
NATIONAL_CODES = {
    "CP",
    "TTG",
    "QH",
    "UBTVQH",
    "TW",
    "TƯ",
    "BCT",
    "BNG",
    "BCA",
    "BQP",
    "BTC",
    "BKHĐT",
    "BNV",
    "BTP",
    "BGDĐT",
    "BYT",
    "BLĐTBXH",
    "BTTTT",
    "BVHTTDL",
    "BTNMT",
    "BNNPTNT",
    "BXD",
    "BGTVT",
    "BKHCN",
    "VPCP",
    "NHNN",
    "TTCP",
    "KTNN",
    "TANDTC",
    "VKSNDTC",
    "UBDT",
    "CTN",
    "LS",
    "NG",
    "BCĐ",
    "BBT",
    "BTCTW",
    "BĐNTW",
    "BTGTW",
    "UBKTTW",
    "VPTW",
    "ĐU",
    "TU",
    "HU",
    "QU",
    "BCS",
}


def unit_code_of(number: str) -> str | None:
    """The issuing unit's code in a document number: "1353/SNgV-ĐN" → SNgV,
    "06/2021/QĐ-UBND" → UBND, "22-NQ/TW" → TW."""
    party = re.fullmatch(r"\d+[a-zA-Z]?-[^/]+/(.+)", number)
    if party:
        return party[1].split("-")[0]
    parts = number.split("/")
    codes = [p for p in parts[1:] if not p.isdigit()]
    if not codes:
        return None
    pieces = codes[-1].split("-")
    if len(pieces) >= 2 and pieces[0] in DOC_CODES:
        return pieces[1]
    return pieces[0]


def unit_code_checks(references: list[dict], known_unit_codes) -> list[dict]:
    if known_unit_codes is None:
        return []
    known = {str(c).strip().upper() for c in known_unit_codes if c}
    out, seen = [], set()
    for ref in references:
        number = ref["number"]
        if re.fullmatch(r"\d+[a-zA-Z]?-[^/]+/.+", number):
            continue  # Party-style numbers name Party organs, not units of the register
        code = unit_code_of(number)
        if not code or code in seen:
            continue
        upper = code.upper()
        if upper in known or upper in NATIONAL_CODES or re.fullmatch(r"QH\d+|UBTVQH\d+", upper):
            continue
        seen.add(code)
        out.append(
            check(
                "unknown_unit_code",
                f"Mã đơn vị «{code}» trong số hiệu «{number}» không có trong danh sách đơn vị của hệ thống.",
                ref.get("text") or number,
            )
        )
    return out


_YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d{2})/")
_LEGISLATURE = re.compile(r"(?:QH|UBTVQH)\d*$")


def number_year(number: str) -> int | None:
    """The year a document's number names ("22/2016/TT-BTTTT": 2016), which must be its date's; None for a
    number without one, and for laws and ordinances, numbered by the year of their session
    ("24/1999/PL-UBTVQH10 ngày 28/4/2000")."""
    year = _YEAR_IN_NUMBER.search(number)
    return None if year is None or _LEGISLATURE.search(number) else int(year[1])


def reference_year_checks(references: list[dict]) -> list[dict]:
    """A cited document whose number and date name different years: "Thông tư số
    22/2016/TT-BTTTT ngày 19/10/2012" is miscited, one of the two is wrong."""
    out = []
    for ref in references:
        year = number_year(ref["number"])
        if year is None or not ref.get("date") or int(ref["date"][:4]) == year:
            continue
        text = ref.get("text") or ""
        at = text.find(ref["number"])
        if at < 0 or "ngày" not in text[at:].lower():
            continue  # the date is the one of a sentence that cites it ("Ngày 5/3/2015, … theo Quyết định …")
        day = format_date(date.fromisoformat(ref["date"]))
        out.append(
            check(
                "reference_year_mismatch",
                f"Số hiệu «{ref['number']}» mang năm {year} nhưng ngày ban hành ghi {day}.",
                ref.get("text") or ref["number"],
            )
        )
    return out
