"""The check that the parts of a total add up to it (parts_total_mismatch): "1.200 lao động, trong
đó 700 …, 300 …" should come to 1.200, allowing for a hedged round total and for parts that pick
out some only."""

from __future__ import annotations

import re

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.wording import format_count

from .checks import check
from .lexicon import AID_STAGE_WORDS, alternation

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
                    check(
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
