"""Mistakes a report can carry, found from what the reader already took out of it.

blank_number     "Số: /BC-VP": the number was never filled in.
blank_date       "ngày  tháng 11 năm 2024": the day (or month) was never filled in.
year_mismatch    the report's own period, or the plan's next period, named with another
                 year ("tháng 9/2020" in the plan of the report for tháng 8/2021) — a
                 sentence copied from an older report; or a report dated before its period.
parts_total_mismatch  the parts after "trong đó" do not add up to the total before them.
unknown_unit_code     a unit code in a cited number that the register does not know (only
                 when the caller gives the known codes).
"""

from __future__ import annotations

import re
from datetime import date

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import MONTH, YEAR, Period
from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.wording import format_count, format_date


from .lexicon import AID_STAGE_WORDS, alternation
from .periods_vi import time_expressions
from .structure import Block

# The plan named just before a period: "phương hướng, nhiệm vụ quý III năm 2019", "dự kiến
# công tác tháng 9/2021" (not any "nhiệm vụ": "các nhiệm vụ còn lại của quý IV năm 2020").
_PLAN_BEFORE = re.compile(
    r"(?:phương\s+hướng(?:\s*,?\s*nhiệm\s+vụ)?|dự\s+kiến)(?:\s+(?:công\s+tác|trọng\s+tâm))?\s*$", re.I
)
_COMPARE = re.compile(
    r"(?:cùng\s+kỳ|so\s+với|năm\s+trước|năm\s+ngoái|kỳ\s+trước|\btừ\b|giai\s+đoạn|đến|như|bằng"
    r"|hơn|sau|trước)[^.;]{0,25}$",
    re.I,
)
_MEASURE_WORDS = {
    "groups": "đoàn",
    "persons": "người",
    "count": "",
    "boats": "tàu",
    "fishermen": "ngư dân",
    "enterprises": "doanh nghiệp",
    "businesspeople": "doanh nhân",
    "value": "",
}
# Words that make the parts a selection, not the whole: "… trong đó 6 dự án mới được phê duyệt".
_PARTIAL = re.compile(
    r"còn\s+lại|khác|chủ\s+yếu|nhiều\s+nhất|điển\s+hình|tiêu\s+biểu|như\s*:|\bnhư\b|một\s+số|(?<!\w)mới(?!\w)", re.I
)
_LEFT_OPEN = re.compile(r"(?:…|\.\.\.)\s*$")


def _rounding(value) -> int:
    """The unit a round figure is rounded to: 750 → 10, 75.000 → 1.000, 15 → 1."""
    step = 1
    while int(value) % (step * 10) == 0:
        step *= 10
    return step


def _span(value, hedge: str | None) -> tuple:
    """What a hedged figure may stand for, as far as its rounding goes: "hơn 7.300" is 7.300 up to
    7.400, "gần 750" 740 up to 750; an exact figure is itself."""
    if hedge is None or value <= 0 or value != int(value):
        return value, value
    step = _rounding(value)
    if hedge in ("trên", "hơn"):
        return value, value + step
    if hedge in ("gần", "gần như"):
        return value - step, value
    if hedge in ("khoảng", "xấp xỉ", "chừng", "ước", "ước tính"):
        return value - step, value + step
    return value, value


def _as_stated(whole, hedge: str | None, parts: list[tuple]) -> bool:
    """Parts that add up to what a hedged round total says: "gần 750" for 741, "trên 75.000" for
    75.323, "hơn 15.000" for "hơn 7.300 … và 7.600". The hedge covers the rounding of each
    figure only: "hơn 15" is not 16."""
    low = sum(_span(value, part_hedge)[0] for value, part_hedge in parts)
    high = sum(_span(value, part_hedge)[1] for value, part_hedge in parts)
    if low == high and hedge is None:
        return False
    bottom, top = _span(whole, hedge)
    if hedge in ("trên", "hơn"):
        return low < top and high >= bottom
    if hedge in ("gần", "gần như"):
        return low <= top and high > bottom
    if bottom != top:  # "khoảng 750"
        return low < top and high > bottom
    return low <= whole <= high


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


def _check(code: str, message: str, text: str | None) -> dict:
    return {"code": code, "message": message, "text": text}


def header_checks(meta: dict, period: Period | None = None) -> list[dict]:
    out = []
    signed = meta.get("date")
    report = (meta.get("kind") or "").upper() == "BÁO CÁO"  # a plan is dated before the years it plans
    if report and signed and period is not None and date.fromisoformat(signed) < period.start:
        # "ngày 28 tháng 9 năm 2020" over a report of quý III năm 2021: the date line of an older one.
        out.append(
            _check(
                "year_mismatch",
                f"Ngày ban hành «{' '.join((meta.get('date_text') or signed).split())}» trước kỳ báo cáo "
                f"{period.label()}; có thể chép từ báo cáo cũ.",
                meta.get("date_text"),
            )
        )
    if meta.get("number_blank"):
        out.append(
            _check("blank_number", f"Số văn bản chưa được điền («{meta.get('number_text')}»).", meta.get("number_text"))
        )
    if meta.get("date_blank"):
        out.append(
            _check("blank_date", f"Ngày ban hành chưa được điền đủ («{meta.get('date_text')}»).", meta.get("date_text"))
        )
    return out


# The leading number of a citation ("12" of "12/KH-UBND", "280" of "280 - CP"): a citation can be in a
# block only if its number is.
_LEADING_NUMBER = re.compile(r"(?<![\d/])\d+(?=\s?[/\-–])")


def _spans_by_number(spans: list[str]) -> dict[str, list[str]]:
    by_number: dict[str, list[str]] = {}
    for span in spans:
        numbers = _LEADING_NUMBER.findall(span or "")
        if numbers:
            by_number.setdefault(numbers[0], []).append(span)
    return by_number


def _mask(text: str, spans_by_number: dict[str, list[str]]) -> str:
    """The text with the citations in it blanked out ("Kế hoạch số 12/KH-UBND ngày 10/01/2023" names
    no period of the report); looked up by their numbers, as a long report cites hundreds."""
    for number in set(_LEADING_NUMBER.findall(text)):
        for span in spans_by_number.get(number, ()):
            if span in text:
                text = text.replace(span, " " * len(span))
    return text


def year_checks(blocks: list[Block], period: Period | None, reference_spans: list[str]) -> list[dict]:
    if period is None or period.kind not in ("month", "quarter", "half", "nine_months", "year"):
        return []
    if not any(b.part in ("title", "heading") for b in blocks):
        # No title, no headings: a press article or a passage, whose period is only a guess from
        # its first lines ("Năm 2014 có …" in a story of 2017); a report names its own period.
        return []
    following = period.next()
    plan_year = following.year if following is not None else None
    out, seen = [], set()
    spans_by_number = _spans_by_number(reference_spans)
    for block in blocks:
        if block.part == "footnote":
            continue
        text = _mask(block.text, spans_by_number)
        prominent = block.part in ("title", "heading", "intro", "closing")
        for expr in time_expressions(text):
            if expr.year is None or expr.kind == "span" or _COMPARE.search(text[max(0, expr.start - 40) : expr.start]):
                continue
            # The plan is named in a plan section, or by the words just before the period
            # ("… phương hướng, nhiệm vụ quý III năm 2019" in the closing sentence).
            plan = block.plan or bool(_PLAN_BEFORE.search(text[max(0, expr.start - 60) : expr.start]))
            same = expr.kind == period.kind and expr.index == period.index
            if same and expr.year == period.year:
                continue  # the report's own period
            plan_match = following is not None and expr.kind == following.kind and expr.index == following.index
            wrong = False
            if same and expr.year != period.year and not (plan_match and expr.year == plan_year):
                # A whole year ("năm 2022") is named for many reasons; only where the report
                # names its own period (title, headings, opening, closing) does it count.
                wrong = prominent or period.kind != YEAR
            elif plan_match and plan and expr.year != plan_year:
                wrong = True
            elif plan and expr.year < period.year and expr.kind in (MONTH, "quarter", "half"):
                wrong = True
            if wrong and (expr.text, block.text) not in seen:
                seen.add((expr.text, block.text))
                expected = plan_year if (plan_match and plan) else period.year
                out.append(
                    _check(
                        "year_mismatch",
                        f"«{' '.join(expr.text.split())}» ghi năm {expr.year}, trong khi báo cáo là kỳ "
                        f"{period.label()} (dự kiến năm {expected}); có thể chép từ báo cáo cũ.",
                        block.text,
                    )
                )
    return out


def _number(value) -> str:
    """As the report would write it: "5.156", "04", "1,5"."""
    return format_count(value) if isinstance(value, int) else format_number(round(value, 6))


_STAGES = [(stage, alternation(words)) for stage, words in AID_STAGE_WORDS.items()]


def _stage(label: str) -> str | None:
    """The stage of an amount its words name (committed, disbursed…), None when they name none."""
    return next((stage for stage, words in _STAGES if words.search(label)), None)


def parts_checks(breakdowns) -> list[dict]:
    out = []
    for total, parts, sentence in breakdowns:
        if not parts:
            continue
        for measure, word in _MEASURE_WORDS.items():
            if measure not in total or not all(measure in p for p in parts):
                continue
            if measure == "value" and len({_stage(p.get("label") or "") for p in parts}) > 1:
                continue  # "cam kết 1,9 triệu USD, đã giải ngân 1,4 triệu USD": two stages, no sum
            whole = total[measure]
            added = sum(p[measure] for p in parts)
            partial_words = any(_PARTIAL.search(p.get("label") or "") for p in parts) or _PARTIAL.search(
                sentence[sentence.lower().find("trong đó") :] if "trong đó" in sentence.lower() else ""
            )
            if _as_stated(whole, total.get("qualifier"), [(p[measure], p.get("qualifier")) for p in parts]):
                continue  # "gần 750 LHS, trong đó có 548 …, 112 …, 81 …": 741 is near 750
            # a list left open ("Hàn Quốc chiếm 3% với 204 người…") or covering less than half
            # the total picks some parts out; it is not the whole to add up
            left_open = _LEFT_OPEN.search(parts[-1].get("text") or sentence)
            selection = partial_words or left_open or added * 2 < whole or _fewer_than_named(total, parts)
            if added > whole or (added < whole and len(parts) >= 2 and not selection):
                # The indicator's own unit word ("lượt người" of delegations), else the measure's.
                indicator = BY_CODE.get(total.get("indicator", ""))
                word = next((m.unit for m in indicator.measures if m.name == measure), word) if indicator else word
                if measure == "value" and total.get("currency") not in (None, "VND"):
                    word = total["currency"]  # "988.529,74 EUR", not "đồng"
                unit = f" {word}" if word else ""
                out.append(
                    _check(
                        "parts_total_mismatch",
                        f"Các số liệu chi tiết cộng lại {_number(added)}{unit}, "
                        f"khác tổng số {_number(whole)}{unit} nêu trước đó.",
                        sentence,
                    )
                )
                break
    return out


# "2.163 lao động đến từ 19 quốc gia": the total names how many it gathers
_GATHERS = re.compile(r"(?<![\d.,])(\d+)\s+(?:quốc\s+gia|nước|tỉnh|huyện|trường|tổ\s+chức|địa\s+phương)(?!\w)", re.I)


def _fewer_than_named(total: dict, parts: list) -> bool:
    """Fewer parts than the total says it gathers ("… đến từ 19 quốc gia. Trong đó, Đài Loan 1.240
    người, Trung Quốc 896 người"): the leading ones, picked out."""
    named = _GATHERS.search(total.get("text") or "")
    return named is not None and len(parts) < int(named[1])


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
            _check(
                "unknown_unit_code",
                f"Mã đơn vị «{code}» trong số hiệu «{number}» không có trong danh sách đơn vị của hệ thống.",
                ref.get("text") or number,
            )
        )
    return out


_YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d{2})/")
_LEGISLATURE = re.compile(r"(?:QH|UBTVQH)\d*$")


def reference_year_checks(references: list[dict]) -> list[dict]:
    """A cited document whose number and date name different years: "Thông tư số
    22/2016/TT-BTTTT ngày 19/10/2012" is miscited, one of the two is wrong."""
    out = []
    for ref in references:
        year = _YEAR_IN_NUMBER.search(ref["number"])
        if year is None or not ref.get("date") or ref["date"][:4] == year[1] or _LEGISLATURE.search(ref["number"]):
            continue  # laws and ordinances are numbered by the year of their session: "24/1999/PL-UBTVQH10 ngày 28/4/2000"
        text = ref.get("text") or ""
        at = text.find(ref["number"])
        if at < 0 or "ngày" not in text[at:].lower():
            continue  # the date is the one of a sentence that cites it ("Ngày 5/3/2015, … theo Quyết định …")
        day = format_date(date.fromisoformat(ref["date"]))
        out.append(
            _check(
                "reference_year_mismatch",
                f"Số hiệu «{ref['number']}» mang năm {year[1]} nhưng ngày ban hành ghi {day}.",
                ref.get("text") or ref["number"],
            )
        )
    return out
