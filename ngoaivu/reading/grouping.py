"""Figures that belong together in a sentence: "17 đoàn với 35 lượt người", "02 tàu/19 ngư dân",
"04 doanh nhân của 03 doanh nghiệp": the mentions of one fact, grouped (mentions.py finds them)."""

from __future__ import annotations

import re

from .lexicon import ON_BOARD as _ON_BOARD
from .lexicon import SCOPES as _SCOPES
from .mentions import Group, Mention

# "… gồm …" after a total opens its parts (the lexicon's words for it)
_PARTS_AFTER = _SCOPES["part_after_total"]
_JOIN = {
    frozenset({"groups", "persons"}),
    frozenset({"boats", "fishermen"}),
    frozenset({"businesspeople", "enterprises"}),
    frozenset({"aid_items", "money"}),
    frozenset({"courses", "students"}),
    frozenset({"courses", "persons"}),
}
# A bracket or colon that opens on a time holds figures of that time: "38 tỷ đồng (năm 2015 có …".
TIME_WORD = r"(?:năm|tháng|quý|giai\s+đoạn)\s"
# "28 dự án …: Giai đoạn 2006 – 2010 đạt 20 triệu USD", "… 1,5 triệu USD và hiện nay đang triển khai 4 dự án":
# figures of another time
_GAP_STOP = re.compile(
    rf"[;.]|trong\s+đó|\btăng\b|\bgiảm\b|[(:]\s*{TIME_WORD}|(?:,|(?<!\w)và)\s+hiện\s+(?:nay|tại)(?!\w)"
    # a clause of another deed: "… 64 cá nhân đi công tác nước ngoài, đón tiếp 85 đoàn …"
    r"|,\s*(?:đã\s+)?(?:đón\s+tiếp|tiếp\s+đón|đón|cử)(?!\w)",
    re.I,
)
# The words that tie a figure to the one before it farther than the usual reach: "26 đoàn PCPNN
# đến hoạt động tại tỉnh, với số lượng 243 người", "1,086 triệu USD (…) từ các tổ chức … thông
# qua 14 dự án viện trợ".
_LINK = re.compile(
    r"(?:(?<!\w)với|(?<!\w)cùng|thông\s+qua|(?<!\w)của)\s+(?:tổng\s+)?(?:số\s+(?:lượng\s+)?|số\s+người\s+)?(?:là\s+)?$",
    re.I,
)

_ASIDE = re.compile(rf"\((?!\s*{TIME_WORD})[^()]*\)")
_WITH = re.compile(r"\s*,?\s*(?:với|gồm|và)\s+(?:tổng\s+số\s+)?", re.I)
_WITH_END = re.compile(
    r"(?<!\w)(?:với|có)\s+(?:(?:sự\s+)?tham\s+dự\s+của\s+)?(?:gần\s+|khoảng\s+|hơn\s+|trên\s+)?$", re.I
)
# People said foreign right after their figure: "120 đại biểu nước ngoài", "45 khách quốc tế".
FOREIGN_AFTER = re.compile(r"\s*(?:nước\s+ngoài|quốc\s+tế)(?!\w)", re.I)


def group_mentions(sentence: str, mentions: list[Mention]) -> list[Group]:
    groups: list[Group] = []
    for mention in mentions:
        current = groups[-1] if groups else None
        if current is not None:
            gap = _ASIDE.sub(" ", sentence[current.end : mention.start])  # "(giảm 34% so với năm 2021)"
            units = current.units()
            limit = 160 if mention.unit == "money" else 45
            if current.mentions[-1].implicit and mention.unit == "fishermen":
                current.mentions.append(mention)
                continue
            if (
                units == {"boats"}
                and mention.unit == "persons"
                and re.fullmatch(r"người", sentence[mention.start : mention.end].split()[-1], re.I)
                and len(gap) <= 45
                and not _GAP_STOP.search(gap)
            ):
                mention.unit = "fishermen"  # "02 tàu cá cùng 15 người": the men on board
                current.mentions.append(mention)
                continue
            if mention.unit == "money" and units == {"aid_items"} and _item_list(sentence, groups):
                groups.append(Group([mention]))  # "10 dự án và 8 phi dự án với tổng vốn X": X is both's
                continue
            if units == {"groups"} and mention.unit == "staff" and _WITH.fullmatch(gap):
                mention.unit = "persons"  # "241 đoàn với 392 cán bộ, công chức": the delegations' members
                current.mentions.append(mention)
                continue
            if (
                units == {"conferences"}
                and mention.unit == "persons"
                and len(gap) <= 45
                and _WITH_END.search(gap)
                and not _GAP_STOP.search(gap)
                and FOREIGN_AFTER.match(sentence, mention.end)
            ):
                current.mentions.append(mention)  # "03 hội nghị quốc tế với 120 đại biểu nước ngoài": its delegates
                continue
            if units == {"fishermen"} and mention.unit == "boats" and _ON_BOARD.search(gap) and len(gap) <= 120:
                current.mentions.append(mention)  # "57 ngư dân … là các lao động đi trên 10 tàu cá"
                continue
            if (
                mention.named_before
                and mention.unit not in units
                and re.match(r"\s*(?:,\s*)?(?:và\s+)?số\s", gap, re.I)
                and any(frozenset({u, mention.unit}) in _JOIN for u in units)
            ):
                current.mentions.append(mention)  # "tăng 6 lượt đoàn và số người đến tăng 46": one change
                continue
            if _amount_past_change(sentence, groups, mention, gap):
                groups[-2].mentions.append(mention)  # "31 dự án, tăng 18 dự án so với cùng kỳ, với tổng … 47,79 tỉ"
                continue
            if units == {"money"} and mention.unit == "aid_items" and _PARTS_AFTER.search(gap):
                groups.append(Group([mention]))  # "… và 88.831 USD gồm các tổ chức: X tài trợ 3 dự án": a part
                continue
            if (
                mention.unit not in units
                and (len(gap) <= limit or (len(gap) <= 120 and _LINK.search(gap)))
                and not _GAP_STOP.search(gap)
                and any(frozenset({u, mention.unit}) in _JOIN for u in units)
            ):
                current.mentions.append(mention)
                continue
        groups.append(Group([mention]))
    return groups


# a change said of the figure before: "31 dự án, tăng 18 dự án so với cùng kỳ, với tổng mức tài trợ là …"
_CHANGE_END = re.compile(r"(?<!\w)(?:tăng|giảm)(?:\s+(?:thêm|được|là|gần|hơn|khoảng|trên))?\s*$", re.I)
_COMPARED_CLAUSE = re.compile(r"(?<!\w)so\s+với[^,;.()]*,", re.I)


def _amount_past_change(sentence: str, groups: list[Group], mention: Mention, gap: str) -> bool:
    """An amount after a change and its comparison ("tăng 18 dự án so với cùng kỳ, với tổng mức tài
    trợ là 47,79 tỉ đồng") is the amount of the figure the change is said of, not the change's own,
    unless it is a change itself ("…, tăng 2 tỷ đồng")."""
    if mention.unit != "money" or len(groups) < 2:
        return False
    current, before = groups[-1], groups[-2]
    return (
        "money" not in before.units()
        and frozenset({"money", *before.units()}) in _JOIN
        and len(before.units()) == 1
        and _CHANGE_END.search(sentence, 0, current.start) is not None
        and _CHANGE_END.search(sentence, 0, before.start) is None
        and _COMPARED_CLAUSE.search(gap) is not None
        and _CHANGE_END.search(sentence, 0, mention.start) is None
        and not re.search(r"[;.]|trong\s+đó", sentence[before.end : mention.start], re.I)
    )


def _item_list(sentence: str, groups: list[Group]) -> bool:
    """The last two groups are counts of aid items listed together ("6 dự án và 18 phi dự án"):
    an amount after them is their total, not the last one's."""
    if len(groups) < 2 or groups[-2].units() != {"aid_items"}:
        return False
    return re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", sentence[groups[-2].end : groups[-1].start], re.I) is not None
