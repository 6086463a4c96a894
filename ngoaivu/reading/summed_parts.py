"""Parts known by their sum: figures after a total, written without their unit or in a bracket
after it, that add up to it exactly. facts.py reads them as parts of that total."""

from __future__ import annotations

import re
from decimal import Decimal

from .mentions import Mention
from .text import NUMBER, parse_number

# A number before a word that counts something else or places it in time: "11 nước", "3 năm".
_OTHER_COUNT = re.compile(
    r"\s*(?:năm|tháng|ngày|giờ|tuần|tuổi|lần|nước|quốc\s+gia|tỉnh|huyện|xã|phường|tổ\s+chức|km|ha|tấn|hải\s+lý)(?!\w)",
    re.I,
)
_BARE_NUMBER = re.compile(rf"(?:{NUMBER.pattern})(?=\s+[^\W\d_])")
_PLACES_IN_TIME = re.compile(r"(?:năm|ngày|tháng|quý|số|khóa|khoá|thứ|lần)\s*$", re.I)
# a number after a name and before the next item, unit unsaid: "(Lào 90, Campuchia 30)", "Hàn Quốc: 95;",
# "trong đó: hệ đại học 120, hệ cao đẳng 60"
# "trong đó cấp Bộ trưởng: 30, cấp tỉnh: 12", "(do lãnh đạo tỉnh dẫn đầu: 30, …)": a longer name before a colon,
# after the word that opens the parts
_NAMED_NUMBER = re.compile(
    r"(?:^|[(,;:]|\svà)\s*(?:(?:trong\s+(?:số\s+)?đó|bao\s+gồm|gồm|cụ\s+thể)(?:\s+có)?\s*:?\s*)?"
    r"(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,3}(?:(?:\s+[^\W\d_]+){1,3}(?=\s*:))?)"
    rf"\s*:?\s+(?P<number>{NUMBER.pattern})(?=\s*(?:[,;)]|\.(?!\d)|$|\svà\s))",
    re.I,
)


def parts_adding_up(sentence: str, mentions: list[Mention], earlier_total: Mention | None) -> list[Mention]:
    """Parts known by their sum: figures after a total that add up to it exactly, written without
    their unit ("597 lưu học sinh (11 nước gồm 407 dự bị tiếng Việt, 45 đại học, 68 thạc sĩ, 11
    tiến sĩ, 66 ngắn hạn)", "42 SV, trong đó có 32 SV do trường tiếp nhận, 10 em còn lại …") or in
    a bracket after it ("40 chương trình, dự án (24 … chuyển tiếp, 15 … mới, 01 khoản …)"). A
    number alone says too little; a run that makes the total says they are its parts."""
    taken = [(m.start, m.end) for m in mentions]
    bare = []
    named = list(_NAMED_NUMBER.finditer(sentence))
    spans = [(b.start(), b.end()) for b in _BARE_NUMBER.finditer(sentence)]
    spans += [(n.start("number"), n.end("number")) for n in named]
    for b_start, b_end in sorted(set(spans)):
        value = parse_number(sentence[b_start:b_end])
        if (
            value is not None
            and not any(start < b_end and b_start < end for start, end in taken)
            and not _OTHER_COUNT.match(sentence, b_end)
            and not _PLACES_IN_TIME.search(sentence, 0, b_start)
        ):
            bare.append(Mention(b_start, b_end, "", value, None))
    totals = [m for m in mentions if m.unit != "money"] + ([earlier_total] if earlier_total else [])
    for total in totals:
        kin = [m for m in mentions if _kin(m.unit, total.unit) and m.start >= total.end]
        items = sorted([b for b in bare if b.start >= total.end and b.part_of is None] + kin, key=lambda m: m.start)
        for first in range(len(items)):
            run = _run_to(items[first:], total.value)
            if any(m.unit and m.unit != total.unit for m in run) and not _listed_after(sentence, total, run):
                continue  # people counted by their nation, of a total of workers, only so
            bracketed = all(any(m is k for k in kin) and _in_bracket_after(sentence, total.end, m.start) for m in run)
            if any(not m.unit for m in run) or (run and (bracketed or _listed_after(sentence, total, run))):
                for item in run:
                    if item.part_of is None:
                        item.unit, item.part_of = total.unit, total
    return sorted([*mentions, *(b for b in bare if b.part_of is not None)], key=lambda m: m.start)


# the gap from a total to the first of its parts listed after it, and between two parts: "312 người nước
# ngoài đang lao động, 180 người Trung Quốc, 132 người Hàn Quốc"
_TO_FIRST = re.compile(r"[^\d.;:()]{0,60}?[,:]\s*(?:có\s+|là\s+)?(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:?\s*)?")
_BETWEEN = re.compile(r"[^\d.;()]{0,40}?(?:,|;|\svà)\s*(?:[^\W\d_]+(?:\s+[^\W\d_]+){0,3}\s*:?\s*)?")


def _kin(unit: str, total_unit: str) -> bool:
    """The unit counts what the total's does: "312 người nước ngoài đang lao động, 180 người Trung Quốc"."""
    return unit == total_unit or (total_unit == "foreign_workers" and unit == "persons")


_RESTATED_BEFORE = re.compile(r"(?<!\w)trong\s+(?:tổng\s+)?(?:số\s+)?(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)


def _listed_after(sentence: str, total: Mention, run: list[Mention]) -> bool:
    """The figures that make the total are listed right after its clause, one after the other."""
    if (
        total.end == 0
        or _RESTATED_BEFORE.search(sentence, 0, total.start)
        or _TO_FIRST.fullmatch(sentence, total.end, run[0].start) is None
    ):
        return False
    return all(_BETWEEN.fullmatch(sentence, a.end, b.start) is not None for a, b in zip(run, run[1:]))


def _in_bracket_after(sentence: str, total_end: int, start: int) -> bool:
    """The figure stands in a bracket opened right after the total: "40 dự án (24 …, 15 …)"."""
    opened = sentence.rfind("(", total_end, start)
    return opened >= 0 and ")" not in sentence[opened:start] and sentence[total_end:opened].count(",") <= 1


def _run_to(items: list[Mention], total) -> list[Mention]:
    """The figures from the first on whose sum is the total, two at least."""
    running = Decimal(0)
    for end, item in enumerate(items):
        if not isinstance(item.value, Decimal):
            break
        running += item.value
        if running == total and end > 0:
            return items[: end + 1]
        if running > total:
            break
    return []
