"""Mistakes a report can carry, found from what the reader already took out of it: here those of
its header and its period; the sums of its breakdowns are checked in part_sums.py, the documents it
cites in citation_checks.py.

blank_number     "Số: /BC-VP": the number was never filled in.
blank_date       "ngày  tháng 11 năm 2024": the day (or month) was never filled in.
year_mismatch    the report's own period, or the plan's next period, named with another
                 year ("tháng 9/2020" in the plan of the report for tháng 8/2021) — a
                 sentence copied from an older report; or a report dated before its period.
parts_total_mismatch  the parts after "trong đó" do not add up to the total before them (part_sums.py).
unknown_unit_code     a unit code in a cited number that the register does not know (only
                 when the caller gives the known codes; citation_checks.py).
reference_year_mismatch  a cited number and its date name different years (citation_checks.py).
impossible_date  "ngày 31/02/2021": a day the calendar does not have, typed wrong.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

from ngoaivu.pure.periods import MONTH, YEAR, Period

from .doc_numbers import DATE_ANY, date_from
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


def check(code: str, message: str, text: str | None) -> dict:
    return {"code": code, "message": message, "text": text}


def header_checks(meta: dict, period: Period | None = None) -> list[dict]:
    out = []
    signed = meta.get("date")
    report = (meta.get("kind") or "").upper() == "BÁO CÁO"  # a plan is dated before the years it plans
    if report and signed and period is not None and date.fromisoformat(signed) < period.start:
        # "ngày 28 tháng 9 năm 2020" over a report of quý III năm 2021: the date line of an older one.
        out.append(
            check(
                "year_mismatch",
                f"Ngày ban hành «{' '.join((meta.get('date_text') or signed).split())}» trước kỳ báo cáo "
                f"{period.label()}; có thể chép từ báo cáo cũ.",
                meta.get("date_text"),
            )
        )
    if meta.get("number_blank"):
        out.append(
            check("blank_number", f"Số văn bản chưa được điền («{meta.get('number_text')}»).", meta.get("number_text"))
        )
    if meta.get("date_blank"):
        out.append(
            check("blank_date", f"Ngày ban hành chưa được điền đủ («{meta.get('date_text')}»).", meta.get("date_text"))
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
                    check(
                        "year_mismatch",
                        f"«{' '.join(expr.text.split())}» ghi năm {expr.year}, trong khi báo cáo là kỳ "
                        f"{period.label()} (dự kiến năm {expected}); có thể chép từ báo cáo cũ.",
                        block.text,
                    )
                )
    return out


def date_checks(blocks: list[Block]) -> list[dict]:
    """The days a report writes that the calendar does not have ("31/02/2021", "15/13/2021"): each once,
    said as the register's date boxes say it, so that the officer asks the unit for the right one."""
    out, seen = [], set()
    for block in blocks:
        for found in DATE_ANY.finditer(block.text):
            written = " ".join(found[0].split())
            if date_from(found) is not None or written in seen:
                continue
            seen.add(written)
            day, month, year = (int(found[name] or found[f"{name}2"]) for name in ("d", "m", "y"))
            if 1 <= month <= 12:
                reason = f"tháng {month}/{year} chỉ có {calendar.monthrange(year, month)[1]} ngày"
            else:
                reason = "tháng chỉ từ 1 đến 12"
            out.append(check("impossible_date", f"Ngày {written} không có: {reason}.", block.text))
    return out
