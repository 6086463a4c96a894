"""Totals and their parts: where the parts of a total begin ("trong đó", "gồm", "Trong 28 LHS
Lào, có …", a bracket year by year, the list items after "… như sau:"), and what each part is."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .aid_money import other_money
from .lexicon import SCOPES as _SCOPES
from .grouping import TIME_WORD
from .mentions import Group, Mention
from .other_counts import NOT_A_COUNT_AFTER
from .restated import VALUES, rounds
from .structure import Block
from .text import BRACKET, as_json_number, parse_number

_PART = _SCOPES["part"]
_PART_AFTER_TOTAL = _SCOPES["part_after_total"]
_YTD = _SCOPES["ytd"]


@dataclass
class Lead:
    """ "Tổng số lượt CBCCVC xuất cảnh là 5126 lượt, cụ thể như sau:" and the "- Năm 2007: 535
    lượt" items after it: the items are parts of the total. A lead without a figure ("Theo số
    liệu từ năm 2007 đến hết tháng 9 năm 2013, … như sau:", "a/ Mục đích xuất cảnh:") passes on
    the span it names and starts a new breakdown of the same total."""

    path: tuple
    total: tuple | None = None  # (fact, units)
    scope: str | None = None  # "ytd" when the lead names a span to date
    new_breakdown: bool = False


def part_label(sentence: str, group: Group, left: int, right: int, after_form: bool) -> tuple[str, bool]:
    """What a part is, and whether it is written after its figure: the words between the
    previous part and the figure ("Nhật Bản 04 đoàn"), else those after it up to the next comma,
    "và" or figure ("05 đoàn do lãnh đạo tỉnh tiếp", "10 đoàn Lào, 8 đoàn Campuchia"); once a
    list names its parts after the figures, it goes on so."""
    after = sentence[group.end : right]
    after = re.split(r"[,;:)]|\s(?:và|với)\s", after)[0]
    after = after[: after.rfind("(")] if "(" in after else after  # "tỉnh Chăm Pa Sắc (Nam Lào)"
    label = " ".join(after.split()).strip(" .-")
    before = sentence[left : group.start]
    # "… nước ngoài (250 Lào, 50 Campuchia)": a figure opening a bracket is named after it, unless
    # nothing follows it there ("Trung Quốc (650 người)")
    if not after_form and not (label and re.search(r"\(\s*$", before)):
        named = _NAME_AND_COLON.search(before)  # "Lào: 30 lưu học sinh": the short name before the colon
        before = named[1] if named else before[max(before.rfind(";"), before.rfind(":")) + 1 :]
        before = _RANKED.split(before)[-1]  # "…, nhiều nhất là Lào với 10 đoàn", "chủ yếu đến từ Trung Quốc (…)"
        before = _PART_AFTER_TOTAL.sub("", _PART.sub("", before)).strip(" ,;:-–()")
        before = re.sub(r"^(?:có|là|gồm|và)(?:\s+|$)", "", before).strip()
        before = re.sub(r"\s+(?:có|là|đạt|với)$", "", before)  # "năm 2015 có 4 dự án", "Lào với 10 đoàn"
        if re.search(r"[^\W\d_]", before):
            return " ".join(before.split()), False
    if not label:  # "1 lao động Trung Quốc; 1 lao động Hàn Quốc": the words of the figure name it
        words = sentence[group.start : group.end].split("(")[0]  # "9 dự án (18,2 tỷ đồng)": its worth aside
        label = " ".join(re.sub(r"^[\d.,\s]+", "", words).split())
    return label, True


_NAME_AND_COLON = re.compile(r"(?:^|[;:])[\s\-+•–]*([^\W\d_]+(?:\s+[^\W\d_]+){0,4})\s*:\s*$")

_LISTED = re.compile(
    r"(?:^|[,;:]|\b(?:là|như|gồm|và|tại|ở))\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*\([^()]{0,40}$"
)


def parts_marker(sentence: str, mentions: list[Mention], has_total: bool):
    """Where the parts of a total begin: "trong đó" after a total (of this sentence or an earlier
    one of the paragraph), "gồm" after a figure of this sentence. Without a total before it,
    "(trong đó có 14 tổ chức … 17 dự án)" states figures of its own."""
    marker = _PART.search(sentence)
    if marker is not None and (has_total or any(m.start < marker.start() for m in mentions)):
        return marker
    opening = re.match(r"[\W_]*", sentence)
    marker = _PART_AFTER_TOTAL.match(sentence, opening.end() if opening else 0)
    if marker is not None and has_total:
        return marker  # "… 25 dự án. Bao gồm 10 dự án y tế, 15 dự án giáo dục."
    if mentions:
        marker = _PART_AFTER_TOTAL.search(sentence, mentions[0].end)
        if marker is not None and (
            any(m.start >= marker.end() for m in mentions) or _COLON_ITEM.search(sentence, marker.end())
        ):
            return marker  # "… 42 lưu học sinh, gồm Lào: 30; …" too
    marker = _AMONG.search(sentence)
    if marker is not None and any(marker.start("figure") == m.start for m in mentions):
        return marker  # "trong gần 21.000 LHS …, số LHS Campuchia … khoảng 4.000 người"
    return None


# A total named in words, with no figure of its own, before the list of its parts: "Số lưu học sinh
# Lào học tập tại trường gồm: 240 học sinh …; 17 cao học; 119 ĐH", "Tổng số tàu bị bắt bao gồm:"
_NAMED_TOTAL = re.compile(r"[\W_]*(?:tổng\s+)?số\s+(?:lượng\s+)?[^\W\d_][^\d,;:.()]{0,80}?\s(?:bao\s+)?gồm\s*:", re.I)


def total_not_stated(sentence: str, mentions: list[Mention], stated_before: bool) -> re.Match | None:
    """Where the parts of a total the text does not state begin: a total named in words and a colon
    ("Số lưu học sinh … gồm: 240 …"), or "Trong đó, …" opening a text with no figure before it (an
    excerpt that starts on the breakdown: "Trong đó, Indonesia bắt 132 tàu (997 ngư dân); Malaysia …")."""
    if not mentions:
        return None
    named = _NAMED_TOTAL.match(sentence)
    if named is not None and named.end() <= mentions[0].start:
        return named
    opening = OPENS_WITH_PART.match(sentence)
    if (
        opening is not None
        and not stated_before
        and _FIRST_PART_NEAR.fullmatch(sentence, opening.end(), mentions[0].start) is not None
    ):
        return opening  # not "Trong đó, có những nội dung hoạt động nổi bật như: vận động 4 tổ chức …"
    return None


# the few words from "Trong đó" to the first part: "Trong đó, Indonesia bắt 132 tàu"
_FIRST_PART_NEAR = re.compile(r"[^:;()\d]{0,40}")


# A total named as the whole the rest of the sentence picks from: "trong gần 21.000 lưu học sinh
# nước ngoài đang học tập tại Việt Nam, số lưu học sinh Campuchia chiếm …"
_AMONG = re.compile(
    # … or "có" before the first part: "Trong số 5.832 lao động nước ngoài tại dự án này có 4.120 người …"
    r"(?<!\w)trong\s+(?:tổng\s+)?(?:số\s+)?(?:(?:gần|khoảng|hơn|trên)\s+)?(?P<figure>\d[\d.,]*)\s[^\d,;:.()]{1,80}?"
    r"(?:,|\scó\s+(?=(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?\d))",
    re.I,
)


def listed_labels(sentence: str, groups: list[Group]) -> dict[int, str]:
    """Figures listed in brackets after names, two or more in a sentence: "Kiên Giang (09 vụ/13
    tàu/114 ngư dân), Cà Mau (04 vụ/08 tàu/28 ngư dân)" → {start of a figure: its name}."""
    out = {}
    for group in groups:
        m = _LISTED.search(sentence, max(0, group.start - 80), group.start)
        if m is not None and all(word[0].isupper() for word in m["label"].split()):
            out[group.start] = m["label"]
    return out if len(out) >= 2 else {}


def same_kind(part_units: set, total_units: set) -> bool:
    """A part counts what its total counts, maybe in fewer words: "850 lao động nước ngoài,
    trong đó 400 lao động Trung Quốc"."""
    if total_units == {"foreign_workers"}:
        return part_units <= {"foreign_workers", "fishermen", "persons"} | PEOPLE_NAMED_OTHERWISE
    if total_units & {"fishermen", "students"} and part_units == {"persons"}:
        return True  # "Trong 11 ngư dân …, có 5 người ở phường 6", "560 em, trong đó … 300 em": the people
    if total_units & PEOPLE and part_units and part_units <= PEOPLE_NAMED_OTHERWISE:
        return True  # "446 người, trong đó có 209 cán bộ, kỹ sư", "392 cán bộ (…, 55 trường hợp …)": the people
    if total_units == {"money"} and part_units == {"aid_items"}:
        return True  # "tổng giải ngân … là 53.718 triệu đồng. Trong đó có 13 chương trình, dự án …": the aid's projects
    return part_units <= total_units


# the units that count people, and those that name people by their post or as cases ("trường hợp")
PEOPLE = frozenset({"persons", "foreign_workers"})
PEOPLE_NAMED_OTHERWISE = frozenset({"staff", "cases", "posts"})


# "Trong 28 LHS Lào, có …", "Trong 11 ngư dân bị Brunei bắt giữ vào tối ngày 21/5, có 5 người …",
# "Trong tổng số 15 đoàn có 10 đoàn …"
# "Cũng theo kết quả rà soát …, trong số 202 lao động nêu trên, có: 75 người …"
_RESTATED_TOTAL = re.compile(
    r"[\W_]*(?:[^\d,;:.]{0,80},\s*)?trong\s+(?:tổng\s+)?(?:số\s+)?(?P<figure>\d[\d.]*)\s+(?:[^\d,;:.]|\d+/\d+){1,80}?"
    r"(?:[,:]\s*(?:có\s*:?\s*)?|\s+có\s*:?\s+)",  # "Trong tổng số 15 đoàn có 10 đoàn …"
    re.I,
)


def bracketed_after(sentence: str, group: Group, total_end: int) -> bool:
    """The figure stands in a bracket opened after the total on a time: "trong 2 năm … 38 tỷ
    đồng (năm 2015 có 4 dự án …; năm 2016 có 17 dự án …)", the total year by year."""
    opened = sentence.rfind("(", total_end, group.start)
    return (
        opened >= 0 and ")" not in sentence[opened : group.start] and OPENS_ON_TIME.match(sentence, opened) is not None
    )


OPENS_ON_TIME = re.compile(rf"\(\s*{TIME_WORD}", re.I)

# "do giá trị giải ngân của một số dự án không đạt kế hoạch (có 04 dự án … và 01 dự án …)": a bracket
# right after "một số …" names which of the whole these are
_SOME_OF = re.compile(r"(?<!\w)(?:một\s+số|một\s+vài|một\s+phần)\s[^\d()\[\].;:]{1,60}$", re.I)


def names_some(sentence: str, group: Group) -> bool:
    """The figure stands in a bracket that tells which are the "một số …" before it: a part."""
    opened = sentence.rfind("(", 0, group.start)
    return (
        opened >= 0 and ")" not in sentence[opened : group.start] and _SOME_OF.search(sentence, 0, opened) is not None
    )


# "số lao động người Trung Quốc chiếm tới 115 người": the share of a whole told before, in persons
_ACCOUNTS_FOR = re.compile(r"(?<!\w)chiếm\s+(?:(?:tới|đến|khoảng|gần|hơn|trên|xấp\s+xỉ)\s+)?$", re.I)


def accounts_for(sentence: str, group: Group) -> bool:
    """The figure follows "chiếm": what some of the total before account for, a part of it."""
    return _ACCOUNTS_FOR.search(sentence, max(0, group.start - 30), group.start) is not None


def restated_total(sentence: str, paragraph_facts: list) -> tuple[re.Match | None, dict | None]:
    """ "Trong 28 LHS Lào, có …": a sentence that opens by naming a total the paragraph stated
    breaks it down; the total is not stated again."""
    m = _RESTATED_TOTAL.match(sentence)
    if m is None:
        return None, None
    figure = parse_number(m["figure"])
    total = next((f for f in reversed(paragraph_facts) if f["scope"] != "part" and figure in f.values()), None)
    return (m, total) if total is not None else (None, None)


# "… cho biết trong số SV do trường tiếp nhận, 1 em …, 10 em …": a whole named in words, no figure
_WHOLE_IN_WORDS = re.compile(r"(?<!\w)trong\s+số\s+(?P<name>[^\W\d_][^\d,;:.()]{2,60}?)\s*(?:,|\scó\s)", re.I)


def part_named_again(sentence: str, mentions: list[Mention], facts: list) -> tuple[re.Match | None, dict | None]:
    """ "… 42 SV, trong đó có 32 SV do trường tiếp nhận, … Trong số SV do trường tiếp nhận, 1 em …, 10 em …":
    a part read before, named again by its label as a whole, is broken down in turn (its parts nested)."""
    m = _WHOLE_IN_WORDS.search(sentence)
    if m is None or not any(x.start >= m.end() for x in mentions) or any(x.start < m.end() for x in mentions):
        return None, None
    name = " ".join(m["name"].lower().split())
    part = next(
        (
            f
            for f in reversed(facts)
            if f["scope"] == "part"
            and len((f.get("label") or "").split()) >= 2
            and " ".join(f["label"].lower().split()) in name
        ),
        None,
    )
    return (m, part) if part is not None else (None, None)


# "Trong đó, …" (or "Thế nhưng trong đó …"), "Cụ thể, …", and "Tiếp theo là Quảng Ninh với …" going
# on with the parts before
OPENS_WITH_PART = re.compile(
    r"[\W_]*(?:(?:thế\s+nhưng|nhưng|song),?\s+)?(?:trong\s+(?:số\s+)?(?:đó|này)\b|cụ\s+thể\s*[,:]|tiếp\s+(?:theo|đến)\s+là\b)",
    re.I,
)


LIST_ITEM = re.compile(r"\s*[-+•–]\s")


def next_lead(
    block: Block, lead: Lead | None, in_list: bool, last_total, new_facts: list, has_figures: bool
) -> Lead | None:
    """What the paragraphs after this one continue: a total ending in ":", a lead without a
    figure, or the list this item belongs to; a paragraph with figures of its own ends it."""
    ends_lead = block.text.rstrip().endswith(":")
    if ends_lead and last_total is not None and any(f is last_total[0] for f in new_facts):
        return Lead(block.path, total=last_total)
    if in_list:
        return lead
    if has_figures:
        return None
    if not ends_lead:
        return lead  # an aside between the items: "Xuất cảnh vì việc công chủ yếu là …"
    scope = "ytd" if _YTD.search(block.text) else (lead.scope if lead else None)
    return Lead(block.path, total=lead.total if lead else None, scope=scope, new_breakdown=True)


def earlier_total(sentence: str, last_total: tuple | None) -> Mention | None:
    """The total of the sentence before, as a figure, for a sentence opening on its parts."""
    if last_total is None or not OPENS_WITH_PART.match(sentence) or len(last_total[1]) != 1:
        return None
    values = [last_total[0][k] for k in VALUES if k in last_total[0] and k not in ("value", "value_vnd", "currency")]
    if len(values) != 1:
        return None
    (unit,) = last_total[1]
    return Mention(0, 0, unit, Decimal(str(values[0])), None)


# the gap to the next part of a list: "19.113 lao động Trung Quốc, 3.766 lao động Hàn Quốc"
_LISTED_ON = re.compile(r"[^;.\d]{0,40}")
# the first part right after "trong đó": not "trong đó có đại diện cho hơn 500 LHS", a figure of its own
_FIRST_PART = re.compile(r"\s*,?\s*(?:có\s+|là\s+|:\s*)?")  # "trong đó, 19.113 …" too


def lists_on(sentence: str, previous_end: int, start: int, listing: bool) -> bool:
    """The figure at start is the next part of a list whose last part ended at previous_end (the
    first part when not yet listing); a bracket between them is an aside ("… (chiếm 75%), 3.766 …")."""
    gap = BRACKET.sub("", sentence[previous_end:start])
    return (_LISTED_ON if listing else _FIRST_PART).fullmatch(gap) is not None


# the one of the total's parts with the most: "Trường có nhiều lưu học sinh nhất là …"
_MOST = re.compile(r"(?:nhiều|lớn|cao|đông)\s+nhất", re.I)
_RANKED = re.compile(
    r"(?:nhiều|lớn|cao|đông)\s+nhất\s+là|tiếp\s+(?:theo|đến)\s+là|sau\s+đó\s+là|đứng\s+đầu\s+là"
    r"|(?:chủ\s+yếu|phần\s+lớn)\s+(?:là|(?:đến\s+)?từ|mang\s+quốc\s+tịch)",
    re.I,
)


def picked_out(sentence: str, group: Group, total_end: int | None) -> bool:
    """The figure is one of a total's parts picked out, not a breakdown to add up: the one with
    the most after a total of a sentence before ("Huyện Long Điền là địa phương có số tàu lớn nhất
    bị bắt giữ (110 tàu …)"), or the leading parts of this sentence's total ("đón 15 đoàn, nhiều
    nhất là Lào với 10 đoàn, tiếp theo là Campuchia 5 đoàn")."""
    if total_end is None:
        return _MOST.search(sentence, max(0, group.start - 100), group.start) is not None
    return _RANKED.search(sentence, total_end, group.start) is not None


# "… số lưu học sinh Campuchia chiếm gần 1/5, với khoảng 4.000 người": the figure before, in other words
_RESTATES = re.compile(r"(?<!\w)với\s+(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$", re.I)


def restates_before(sentence: str, group: Group) -> bool:
    """The figure gives the one just before it in other words."""
    return _RESTATES.search(sentence, 0, group.start) is not None


def _parts_so_far(breakdowns: list, total: dict) -> list:
    """The parts read of the total, when it is the one being broken down."""
    return breakdowns[-1][1] if breakdowns and breakdowns[-1][0] is total else []


def completes_breakdown(breakdowns: list, last_total: tuple | None, measures: dict) -> bool:
    """The figure is the last part of the total broken down just before: with the parts read, it
    makes the total, exactly or within its rounding ("hơn 800 triệu đồng": 625 + 203,2 triệu)."""
    if last_total is None:
        return False
    total, parts = last_total[0], _parts_so_far(breakdowns, last_total[0])
    keys = [k for k in VALUES if k in measures and k != "currency" and isinstance(measures[k], (int, float))]
    if len(keys) != 1 or not parts or measures.get("currency") != total.get("currency"):
        return False
    (key,) = keys
    if not isinstance(total.get(key), (int, float)) or any(not isinstance(p.get(key), (int, float)) for p in parts):
        return False
    made = sum(p[key] for p in parts) + measures[key]
    return made == total[key] or rounds(total[key], made, total.get("qualifier"))


# a sentence that turns from the parts to something else: "Ngoài ra, …", "Bên cạnh đó, …"
ASIDE_OPENING = re.compile(r"\W*(?:ngoài\s+ra|bên\s+cạnh\s+đó|mặt\s+khác|tuy\s+nhiên|đồng\s+thời)\b", re.I)


# an item's amount written after its use and a colon: "Hỗ trợ trao 29 suất quà cho người nghèo: 218.400.000 đồng"
_ITEM_AMOUNT = re.compile(r"[^\W\d_]\s*:\s*$")


def aid_item(breakdowns: list, items_of: dict | None, last_total: tuple | None, sentence: str, group: Group) -> bool:
    """An amount naming nothing of its own after an aid total, written after its use and a colon, and
    still within the total, is an item of it: "…: 105.600.000 đồng", "…: 218.400.000 đồng" after an aid
    of 572 triệu đồng. Not once the total is broken down otherwise ("trị giá 988.529,74 Euro, trong đó
    …"), nor money of another kind."""
    if group.units() != {"money"} or last_total is None or last_total[0]["indicator"] != "aid":
        return False
    total = last_total[0]
    if items_of is not total and any(t is total for t, _parts, _sentence in breakdowns):
        return False
    if ASIDE_OPENING.match(sentence) or other_money(sentence) or not _ITEM_AMOUNT.search(sentence, 0, group.start):
        return False
    money = group.mentions[0].value
    amount = {"value": as_json_number(money["value"]), "currency": money["currency"]}
    return _fits_within(breakdowns, total, amount)


def _fits_within(breakdowns: list, total: dict, measures: dict) -> bool:
    """The figure measures what the total does, is smaller than it and, with the parts of it read
    so far, still within it: "…: 105.600.000 đồng", "…: 218.400.000 đồng" after an aid of 572 triệu
    đồng, items of it that name nothing of their own."""
    keys = [k for k in VALUES if k != "currency" and isinstance(measures.get(k), (int, float))]
    if not keys or measures.get("currency") != total.get("currency"):
        return False
    parts = _parts_so_far(breakdowns, total)
    for key in keys:
        if not isinstance(total.get(key), (int, float)) or not 0 < measures[key] < total[key]:
            return False
        made = sum(p[key] for p in parts if isinstance(p.get(key), (int, float))) + measures[key]
        if made > total[key] and not rounds(total[key], made, total.get("qualifier")):
            return False
    return True


def told_again(total: dict, indicator: str, measures: dict) -> bool:
    """A part with every measure of its total is the total told again, not a part of it: its parts
    ("…, trong đó …") are the total's."""
    return total["indicator"] == indicator and bool(measures) and all(total.get(k) == v for k, v in measures.items())


# A list item whose unit the first item gave: "gồm: 240 học sinh chương trình tiếng Việt; 17 cao học; 119 ĐH"
_ELIDED_ITEM = re.compile(r"\W{0,3}(?P<number>\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\w.,/\-–%]|\s*%)\s+(?P<word>[^\W\d_]+)")


def elided_item(sentence: str, units: set) -> list[Mention]:
    """The figure of a list item that names no unit, in a list of parts of one unit, read in that
    unit: "17 cao học;" after "gồm: 240 học sinh …;". Not a time or a measure ("3 năm;")."""
    m = _ELIDED_ITEM.match(sentence)
    if m is None or len(units) != 1 or m["word"].lower() in NOT_A_COUNT_AFTER:
        return []
    value = parse_number(m["number"])
    if value is None or value <= 0:
        return []
    # the figure alone: the words after it are the part's label
    return [Mention(m.start("number"), m.end("number"), next(iter(units)), value, None)]


# A list item that names its part and gives its figure alone after a colon: "- Lào: 30;", "- Cấp Bộ trưởng: 12."
_NAMED_ITEM = re.compile(
    r"\W{0,3}[^\W\d_]+(?:\s+[^\W\d_]+){0,7}\s*:\s*(?P<number>\d{1,3}(?:\.\d{3})+|\d{1,4})\s*[;.,]?\s*$"
)


def named_item(sentence: str, units: set) -> list[Mention]:
    """The figure of a list item "<name>: <number>" under a lead that states a total in one unit, read
    in that unit: "- Lào: 30;" after "… 42 lưu học sinh, cụ thể như sau:"."""
    m = _NAMED_ITEM.match(sentence)
    if m is None or len(units) != 1 or units == {"money"}:
        return []
    value = parse_number(m["number"])
    if value is None or value <= 0:
        return []
    return [Mention(m.start("number"), m.end("number"), next(iter(units)), value, None)]


# Parts named before a colon and counted in the total's unit, left unsaid: "…, trong đó Lào: 30; Campuchia: 12"
_COLON_ITEM = re.compile(
    r"(?<![^\W\d_])(?P<name>[^\W\d_]+(?:\s+[^\W\d_]+){0,6})\s*:\s*(?P<number>\d{1,3}(?:\.\d{3})+|\d{1,5})"
    r"(?=\s*(?:[,;)]|\.(?!\d)|$|\svà\s))"
)


def colon_items(sentence: str, mentions: list[Mention], start: int, units: set) -> list[Mention]:
    """The mentions with the parts after start written "<name>: <number>", read in the total's one unit."""
    if len(units) != 1 or units == {"money"}:
        return mentions  # an amount is written with its currency
    unit = next(iter(units))
    found = list(mentions)
    for m in _COLON_ITEM.finditer(sentence, start):
        value = parse_number(m["number"])
        if value is None or value <= 0 or any(x.start < m.end() and m.start("number") < x.end for x in mentions):
            continue
        found.append(Mention(m.start("number"), m.end("number"), unit, value, None))
    return sorted(found, key=lambda x: x.start)
