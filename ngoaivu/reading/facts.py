"""Figures stated in a report → facts in the indicator vocabulary of pure/indicators.py.

A figure is a number written in digits followed by its unit ("17 đoàn", "35 lượt người",
"04 tàu cá", "7,037 tỷ đồng"), or a boat counted in words ("một tàu cá", "chiếc tàu … cùng
11 ngư dân": one boat). Figures joined by "với", "cùng", "của", "/" make one fact
("17 đoàn với 35 lượt người", "04 doanh nhân của 03 doanh nghiệp", "02 tàu/19 ngư dân").
The indicator comes from the unit and the words around it (nearest first; for fishing, a
"vẫn chưa được trả về" after the figure first), then the headings above; the words are data in
lexicon.py. The scope from the markers before it: "tăng/giảm", "so với … thêm" (change);
"trong đó" after a total, "gồm" after a figure, names with bracketed figures after a total
(part); "tính chung 8 tháng", "từ đầu năm", "tính đến tháng 10", "từ năm 2008 đến nay",
"trong 5 năm qua", "nâng tổng số … lên" (ytd); "vẫn còn", "hiện có" (stock); else the period.
Plans ("dự kiến", a "phương hướng" section) are not facts; a headline restated by the text is
the text's fact.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal

from ngoaivu.pure.periods import Period

from .lexicon import BOAT_CUES as _BOAT_CUES
from .lexicon import COUNT_WORDS as _COUNT_WORDS
from .lexicon import CUMULATIVE_AFTER as _CUMULATIVE_AFTER
from .lexicon import CUES as _CUES
from .lexicon import FISHING_PARAGRAPH as _FISHING_PARAGRAPH
from .lexicon import ON_BOARD as _ON_BOARD
from .lexicon import SCOPES as _SCOPES
from .lexicon import SIMPLE as _SIMPLE
from .lexicon import STILL_HELD_AFTER as _STILL_HELD_AFTER
from .lexicon import STUDENTS_PRESENT as _PRESENT
from .lexicon import THERE_ARE as _THERE_ARE
from .lexicon import TOPICS as _TOPICS
from .lexicon import STUDENT_ARRIVAL as _STUDENT_ARRIVAL
from .lexicon import STUDENT_ARRIVAL_AFTER as _STUDENT_ARRIVAL_AFTER
from .lexicon import UNITS as _UNITS
from .lexicon import WORD_COUNT_UNITS as _WORD_COUNT_UNITS
from .money import MONEY, parse_money
from .periods_vi import time_expressions
from .structure import Block
from .text import NUMBER, as_json_number, parse_number, sentences

# Thousands grouped by commas, as English-style pages write them: "3,286,743 USD". Two groups
# or more: a Vietnamese decimal comma is written once ("7,037 tỷ đồng").
_COMMA_GROUPED = r"(?<![\w.,])\d{1,3}(?:,\d{3}){2,}(?![\w.,/%])"
_QUANTITY = re.compile(
    rf"(?P<number>{_COMMA_GROUPED}|{NUMBER.pattern})\s*(?:(?P<money>{MONEY})|"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _UNITS)
    + r")(?![\w])",
    re.I,
)
_HEDGE = re.compile(
    r"(?:^|[\s(])(?P<hedge>gần\s+như|gần|hơn|khoảng|ước\s+đạt|ước\s+tính|ước|trên|xấp\s+xỉ|ít\s+nhất"
    r"|tối\s+thiểu|tối\s+đa|dưới|chừng|lên\s+tới|lên\s+đến|tới)\s*$",
    re.I,
)
_CHANGE = re.compile(
    r"(?:^|[\s(])(?P<dir>tăng|giảm|nhiều\s+hơn|ít\s+hơn)(?:\s+(?:thêm|được|là|gần|hơn|khoảng))?\s*$", re.I
)
_MORE = re.compile(r"(?:^|\s)(?:thêm|nhiều\s+hơn)\s*$", re.I)
_COMPARED = re.compile(r"so\s+với", re.I)
_YTD = _SCOPES["ytd"]
_PERIOD_MARK = _SCOPES["period"]
_PART = _SCOPES["part"]
_PART_AFTER_TOTAL = _SCOPES["part_after_total"]
_STOCK = _SCOPES["stock"]
_PLAN = _SCOPES["plan"]

_WORD_COUNT = re.compile(
    r"(?<!\w)(?P<word>"
    + "|".join(_COUNT_WORDS)
    + r")\s+(?:"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _UNITS if key in _WORD_COUNT_UNITS)
    + r")(?![\w])",
    re.I,
)
# A boat named without a number but as one boat: "chiếc tàu", "tàu cá … mang số hiệu …",
# "tàu của anh …", then "cùng / với N ngư dân".
_BOAT_NOUN = re.compile(r"(?<![\w])(?:(?P<chiec>chiếc)\s+)?tàu(?:\s+cá|\s+đánh\s+cá)?(?![\w])", re.I)
_ONE_BOAT = re.compile(
    r"số\s+hiệu|\bcủa\s+(?:ông|anh|bà|chủ\s+tàu|ngư\s+dân)\b"
    # the registration number right after the boat: "tàu QB 1825-TS cùng", "tàu QNg-95031 với"
    r"|^\s*(?-i:[A-ZĐ][A-Za-zĐđ]{0,2})\s*-?\s*\d{3,6}(?:\s*-?\s*TS)?\s*(?:cùng|với|gồm|chở|có)\s*$",
    re.I,
)
_WITH_FISHERMEN = re.compile(r"(?:cùng|với|và|gồm|chở|có)(?:\s+với)?\s*$", re.I)
_JOIN = {
    frozenset({"groups", "persons"}),
    frozenset({"boats", "fishermen"}),
    frozenset({"businesspeople", "enterprises"}),
    frozenset({"aid_items", "money"}),
}
# "38 tỷ đồng (năm 2015 có 4 dự án …": a bracket that opens on a time holds figures of its own
_GAP_STOP = re.compile(r"[;.]|trong\s+đó|\btăng\b|\bgiảm\b|\(\s*(?:năm|tháng|quý|giai\s+đoạn)\s", re.I)
# The words that tie a figure to the one before it farther than the usual reach: "26 đoàn PCPNN
# đến hoạt động tại tỉnh, với số lượng 243 người", "1,086 triệu USD (…) từ các tổ chức … thông
# qua 14 dự án viện trợ".
_LINK = re.compile(
    r"(?:(?<!\w)với|(?<!\w)cùng|thông\s+qua|(?<!\w)của)\s+(?:tổng\s+)?(?:số\s+(?:lượng\s+)?|số\s+người\s+)?(?:là\s+)?$",
    re.I,
)


@dataclass
class Mention:
    start: int
    end: int
    unit: str
    value: object  # Decimal, or a dict for money
    qualifier: str | None
    implicit: bool = False  # "chiếc tàu … cùng 11 ngư dân": one boat, no number written
    named_before: bool = False  # "số người đến tăng 46": the unit is named before the figure


@dataclass
class _Group:
    mentions: list = field(default_factory=list)

    @property
    def start(self):
        return self.mentions[0].start

    @property
    def end(self):
        return self.mentions[-1].end

    def units(self):
        return {m.unit for m in self.mentions}


# A change whose unit is named before its figure: "số người đến tăng 46", "số tàu bị bắt giảm 3".
_NAMED_BEFORE_UNITS = {"lượt người": "persons", "người": "persons", "lượt khách": "persons", "đoàn": "groups"}
_NAMED_BEFORE_UNITS.update({"tàu": "boats", "tàu cá": "boats", "ngư dân": "fishermen"})
_NAMED_BEFORE = re.compile(
    r"(?<!\w)số\s+(?P<noun>lượt\s+người|lượt\s+khách|người|đoàn|tàu\s+cá|tàu|ngư\s+dân)(?!\w)"
    r"(?:\s+[^\s\d,.;:()]+){0,4}?\s+(?:tăng|giảm)(?:\s+(?:thêm|là))?\s+"
    r"(?P<number>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/%]|[.,]\d|\s*(?:%|lần|phần))",
    re.I,
)


def _mentions(sentence: str) -> list[Mention]:
    found = list(_digit_mentions(sentence))
    taken = [(m.start, m.end) for m in found]
    for m in _NAMED_BEFORE.finditer(sentence):
        if not any(a < m.end("number") and m.start("number") < b for a, b in taken):
            unit = _NAMED_BEFORE_UNITS[" ".join(m["noun"].lower().split())]
            value = parse_number(m["number"])
            if value is not None:
                found.append(Mention(m.start("number"), m.end("number"), unit, value, None, named_before=True))
    for m in _WORD_COUNT.finditer(sentence):
        unit = next(key for key in _WORD_COUNT_UNITS if m[key])
        count = _COUNT_WORDS[m["word"].lower()]
        # "một ngư dân" is as often "a fisherman" (ông A, một ngư dân ở xã B) as a count
        if not any(a < m.end() and m.start() < b for a, b in taken) and (unit == "boats" or count > 1):
            found.append(Mention(m.start(), m.end(), unit, Decimal(count), None))
    found.sort(key=lambda m: m.start)
    return _implicit_boats(sentence, found)


def _implicit_boats(sentence: str, mentions: list[Mention]) -> list[Mention]:
    """A fishermen figure after a boat named as one boat without a number ("chiếc tàu … cùng
    11 ngư dân", "tàu cá … mang số hiệu … với 7 ngư dân") counts that boat: 1."""
    out: list[Mention] = []
    for m in mentions:
        previous = out[-1] if out else None
        if m.unit == "fishermen":
            left = previous.end if previous else 0
            before = sentence[left : m.start]
            boats = [
                b
                for b in _BOAT_NOUN.finditer(before)
                if m.start - (left + b.start()) <= 160
                and not re.search(r"(?:trên|dưới)\s+$", before[: b.start()], re.I)
            ]
            if boats and _WITH_FISHERMEN.search(before):
                boat = boats[-1]
                between = before[boat.end() :]
                if not re.search(r"[;:]|\d\s*(?:tàu|chiếc)", between) and (boat["chiec"] or _ONE_BOAT.search(between)):
                    start = left + boat.start()
                    out.append(Mention(start, left + boat.end(), "boats", Decimal(1), None, implicit=True))
        out.append(m)
    return out


_PER_ITEM = re.compile(r"\s*/\s*[^\W\d_]")


def _digit_mentions(sentence: str):
    skip_to = 0  # the "(tương đương 58,3 tỷ đồng)" of an amount already read
    for m in _QUANTITY.finditer(sentence):
        if m.start() < skip_to:
            continue
        unit = next(key for key in ("money", *(k for k, _ in _UNITS)) if m[key])
        before = sentence[max(0, m.start() - 30) : m.start()]
        hedge = _HEDGE.search(before)
        value: dict | Decimal | None
        grouped = re.fullmatch(_COMMA_GROUPED, m["number"]) is not None
        if unit == "money":
            token = m[0].replace(",", "") if grouped else m[0]
            value = parse_money(token, sentence[m.end() : m.end() + 80])
            if value is None or _PER_ITEM.match(sentence, m.end()):
                continue  # not "5.800.000 đồng/giếng", a price per item
            skip_to = m.end() + value.get("consumed", 0)
        else:
            value = Decimal(m["number"].replace(",", "")) if grouped else parse_number(m["number"])
            if value is None:
                continue
        yield Mention(m.start(), m.end(), unit, value, " ".join(hedge["hedge"].lower().split()) if hedge else None)


_ASIDE = re.compile(r"\((?!\s*(?:năm|tháng|quý|giai\s+đoạn)\s)[^()]*\)")
_WITH = re.compile(r"\s*,?\s*(?:với|gồm|và)\s+(?:tổng\s+số\s+)?", re.I)


def _groups(sentence: str, mentions: list[Mention]) -> list[_Group]:
    groups: list[_Group] = []
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
                groups.append(_Group([mention]))  # "10 dự án và 8 phi dự án với tổng vốn X": X is both's
                continue
            if units == {"groups"} and mention.unit == "staff" and _WITH.fullmatch(gap):
                mention.unit = "persons"  # "241 đoàn với 392 cán bộ, công chức": the delegations' members
                current.mentions.append(mention)
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
            if (
                mention.unit not in units
                and (len(gap) <= limit or (len(gap) <= 120 and _LINK.search(gap)))
                and not _GAP_STOP.search(gap)
                and any(frozenset({u, mention.unit}) in _JOIN for u in units)
            ):
                current.mentions.append(mention)
                continue
        groups.append(_Group([mention]))
    return groups


def _item_list(sentence: str, groups: list[_Group]) -> bool:
    """The last two groups are counts of aid items listed together ("6 dự án và 18 phi dự án"):
    an amount after them is their total, not the last one's."""
    if len(groups) < 2 or groups[-2].units() != {"aid_items"}:
        return False
    return re.fullmatch(r"\s*(?:,|và|,\s*và)\s*", sentence[groups[-2].end : groups[-1].start], re.I) is not None


def _nearest(cues: dict, sentence: str, start: int, end: int):
    best, best_distance = None, None
    for name, cue in cues.items():
        for m in cue.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            distance = max(distance, 0) + (0 if m.end() <= start else 5)  # words before weigh a little more
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
    return best


def _crew(group: _Group, sentence: str, paragraph: str, mentions: Sequence[Mention]) -> bool:
    """ "N người" in a paragraph about fishermen, with what befell them in its own clause
    (caught, held, freed): the men of a boat."""
    if not _FISHING_PARAGRAPH.search(paragraph) or not re.fullmatch(
        r"người", sentence[group.start : group.end].split()[-1], re.I
    ):
        return False
    return _in_own_clause(_BOAT_CUES, sentence, group, mentions) is not None


def _in_own_clause(cues: dict, sentence: str, group: _Group, mentions: Sequence[Mention]) -> str | None:
    """The cue of the figure's own clause, between the commas around it and the figures before
    and after: "49 đoàn lãnh đạo các nước thăm Việt Nam, 37 đoàn lãnh đạo Việt Nam thăm các
    nước" (each its own), before the nearest cue of the whole sentence."""
    others = [m for m in mentions if m not in group.mentions]
    left = max([m.end for m in others if m.end <= group.start] + [0])
    right = min([m.start for m in others if m.start >= group.end] + [len(sentence)])
    cut = max(sentence.rfind(",", left, group.start), sentence.rfind(";", left, group.start))
    left = max(left, cut + 1)
    stop = re.compile(r"[,;]").search(sentence, group.end, right)
    right = stop.start() if stop else right
    found = _nearest(cues, sentence[left:right], group.start - left, group.end - left)
    return found


_NOW_OPENING = re.compile(r"\W*(?:hiện\s+(?:nay|tại|giờ)?|đến\s+nay|tới\s+nay)(?!\w)[^.;]*$", re.I)
_HELD_AFTER = re.compile(r"[^.;,]{0,40}?\bbị\s+(?:\S+\s+){0,4}?(?:tạm\s+|bắt\s+|giam\s+)?giữ", re.I)
# "gồm thuyền trưởng Nguyễn Hữu Mỹ và 10 thuyền viên": the crew besides the master, a
# breakdown of the men counted before, not a figure of its own.
_BESIDES_MASTER = re.compile(r"thuyền\s+trưởng[^.;\d]{0,60}?\s+và\s*$", re.I)


def _fishing(sentence: str, group: _Group, mentions: Sequence[Mention]) -> str | None:
    """The incident a boats/fishermen figure belongs to: "… 12 ngư dân bị bắt ngày 24-3, đến
    nay vẫn chưa được trả về" is still detained whatever cue stands nearer; else the nearest."""
    following = [m.start for m in mentions if m.start >= group.end]
    clause = sentence[group.end : min(following) if following else len(sentence)]
    if _STILL_HELD_AFTER.search(clause):
        return "fishermen_still_detained"
    # "Hiện tàu cá NT-91567 cùng 11 ngư dân trên bị tạm giữ tại cảng …": "hiện" opens the
    # sentence, the detention follows the figure: they are held now.
    if _NOW_OPENING.match(sentence[: group.start]) and _HELD_AFTER.match(clause):
        return "fishermen_still_detained"
    # "25 ngư dân, gồm 13 … cùng 12 … bị phía Trung Quốc tạm giữ đã trở về an toàn": after the
    # last figure, a detention that qualifies the men and then their release, the predicate.
    last = max((m.end for m in mentions), default=group.end)
    own = sentence[group.end : max(last, group.end)]
    tail = sentence[max(last, group.end) :]
    held = _BOAT_CUES["boats_detained"].search(tail)
    if held is not None and _BOAT_CUES["boats_released"].search(tail, held.end()):
        if not any(cue.search(own) for cue in _BOAT_CUES.values()):
            return "boats_released"
    return _nearest(_BOAT_CUES, sentence, group.start, group.end)


def _indicator(
    group: _Group,
    sentence: str,
    context: str,
    mentions: Sequence[Mention] = (),
    paragraph: str = "",
    headline: str = "",
) -> str | None:
    units = group.units()
    if units == {"persons"} and _crew(group, sentence, paragraph, mentions):
        group.mentions[0].unit = "fishermen"  # "Bây giờ 8 người đã được về, còn 3 người bị giữ lại"
        units = {"fishermen"}
    if units & {"money", "aid_items"}:
        aid = _TOPICS["aid"]
        if (
            aid.search(sentence)
            or ("money" in units and aid.search(context))
            or (
                not _OTHER_FUNDS.search(sentence)
                and (
                    ("money" in units and aid.search(_whole_sentence(paragraph, sentence)))
                    or (_AID_TOTAL.search(sentence) and aid.search(paragraph))
                )
            )
        ):
            return "aid" if "aid_items" in units or "money" in units else None
        if units <= {"aid_items"} or "money" in units:
            return None
    if units & {"businesspeople", "enterprises"}:
        abtc = _TOPICS["abtc"]
        return "abtc" if abtc.search(sentence) or abtc.search(context) else None
    if units & {"boats", "fishermen"}:
        if units == {"fishermen"} and _BESIDES_MASTER.search(sentence[max(0, group.start - 80) : group.start]):
            return None
        if (
            "fishermen" in units
            and "boats" not in units
            and not re.search(r"ngư\s+dân|thuyền\s+viên", sentence, re.I)
            and not _FISHING_PARAGRAPH.search(paragraph)
        ):
            return None
        return _fishing(sentence, group, mentions)
    if "groups" in units or units == {"receptions"}:
        found = _in_own_clause(_CUES, sentence, group, mentions) or _nearest(_CUES, sentence, group.start, group.end)
        if found is None:
            for heading in reversed(context.split("\n")):
                found = _nearest(_CUES, heading, len(heading), len(heading))
                if found:
                    break
        if units == {"receptions"} and found != "courtesy_receptions":
            return None
        return found
    if units == {"persons"}:
        found = _nearest(
            {k: v for k, v in _CUES.items() if k.endswith("delegations")}, sentence, group.start, group.end
        )
        return found if found and re.search(r"lượt", sentence[group.start : group.end], re.I) else None
    (unit,) = units if len(units) == 1 else (None,)
    if unit == "foreign_workers":
        return "foreign_experts"
    if unit == "students":
        # Foreign students, said next to the figure, in the paragraph or in the headline of a
        # text about them ("Trường … tiếp nhận 10 sinh viên Lào" over "… đào tạo 40 học sinh
        # tỉnh Xiêng Khoảng").
        window = sentence[max(0, group.start - 60) : group.end + 60]
        written = sentence[group.start : group.end]
        # pupils ("học sinh") are foreign only when named so: "nước ngoài" may be the donors'
        pupils = re.search(r"(?<!lưu\s)(?<!du\s)học\s+sinh", written, re.I) is not None
        if _not_counted_students(sentence, group):
            return None
        if (
            not re.search(r"(?:lưu|du)\s+học\s+sinh|LHS|DHS", written, re.I)
            and (pupils or not re.search(r"Lào|Campuchia|nước\s+ngoài|lưu\s+học", window))
            and not any(_FOREIGN_STUDENTS.search(text) for text in (window, paragraph, headline))
        ):
            return None
    if unit in _SIMPLE:
        indicator, cue = _SIMPLE[unit]
        # students passed their own test of being foreign above
        if (
            cue is None
            or unit == "students"
            or cue.search(sentence)
            or (unit in ("conferences", "cases") and cue.search(context))
        ):
            if indicator == "foreign_students" and (_student_arrivals(sentence, group) or _cumulative(sentence, group)):
                return "foreign_student_arrivals"
            return indicator
    return None


# Projects counted to date in a paragraph about aid: "Lũy kế từ trước đến nay, … đã và đang
# triển khai khoảng 269 chương trình, dự án, với tổng số … 392,085 tỉ đồng".
_AID_TOTAL = re.compile(r"lũy\s+kế|luỹ\s+kế|tổng\s+(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí|mức)", re.I)
# Money that is not aid though the sentence speaks of NGOs before a ";": investment, loans.
_OTHER_FUNDS = re.compile(r"(?-i:FDI|ODA)|đầu\s+tư|vốn\s+vay|vay\s+ưu\s+đãi", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


def _whole_sentence(paragraph: str, piece: str) -> str:
    """The sentence a piece cut at ";" belongs to: "Liên hiệp vận động các tổ chức PCPNN tài trợ
    …; kết quả đã tiếp nhận … 70,8 tỷ đồng." The money's topic may be named before the ";"."""
    at = paragraph.find(piece) if piece else -1
    if at < 0:
        return piece
    starts = [m.end() for m in _SENTENCE_STOP.finditer(paragraph, 0, at)]
    end = _SENTENCE_STOP.search(paragraph, at + len(piece))
    return paragraph[starts[-1] if starts else 0 : end.start() if end else len(paragraph)]


_STUDENTS = {"foreign_students", "foreign_student_arrivals"}
_FOREIGN_STUDENTS = re.compile(r"(?:học\s+sinh|sinh\s+viên)\s+(?:\w+\s+){0,3}?(?:Lào|Campuchia)|lưu\s+học\s+sinh|LHS")


def _student_part(indicator: str, total: str, sentence: str, group: _Group, mentions: Sequence[Mention]) -> str:
    """A part of a students total counts what its total counts ("tuyển sinh 74 LHS, trong đó
    72 LHS theo học tiếng Việt": arrivals), unless its own words say the students are there now
    ("trong đó 26 lưu học sinh đang theo học")."""
    if indicator == total or {indicator, total} != _STUDENTS:
        return indicator
    following = [m.start for m in mentions if m.start >= group.end]
    own = sentence[group.end : min(following) if following else len(sentence)]
    return indicator if _PRESENT.search(own) else total


def _cumulative(sentence: str, group: _Group) -> bool:
    """ "2.248 lưu học sinh đã và đang theo học": everyone who came, counted to date."""
    return _CUMULATIVE_AFTER.search(sentence[group.end : group.end + 60]) is not None


def _student_arrivals(sentence: str, group: _Group) -> bool:
    """ "Tiếp nhận 45 lưu học sinh Lào sang học" counts arrivals; "đang học", "hiện có" the
    students present (a stock)."""
    if _STUDENT_ARRIVAL_AFTER.search(sentence[group.end : group.end + 60]):
        return True  # "… 51 học sinh nước CHDCND Lào sang học tập"
    before = sentence[max(0, group.start - 60) : group.start]
    verb = None
    for verb in _STUDENT_ARRIVAL.finditer(before):
        pass
    if verb is None or _STOCK.search(sentence):
        return False
    gap = before[verb.end() :]
    # "tiếp nhận 45", "tiếp nhận và đào tạo 40": the verb governs the figure
    if len(gap) > 12 and not _COORDINATED.fullmatch(gap):
        return False
    # "đón … trở lại" is a return
    return not re.search(r"trở\s+lại|quay\s+lại", sentence[group.end : group.end + 40], re.I)


_COORDINATED = re.compile(r"\s*(?:và|,)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*(?:được\s+)?", re.I)


def _not_counted_students(sentence: str, group: _Group) -> bool:
    """ "gần 400 lưu học sinh Lào tốt nghiệp", "200 lưu học sinh … tham dự": graduates and
    guests of an event are no students of the register. The figure's clause runs past a
    bracket it stands in ("23 sinh viên (20 …, 3 sinh viên Lào) tốt nghiệp")."""
    after = sentence[group.end :]
    if sentence[: group.start].count("(") > sentence[: group.start].count(")"):
        after = after[after.find(")") + 1 :] if ")" in after else after
    clause = re.split(r"[,;.:]", re.sub(r"\([^()]*\)", "", after), maxsplit=1)[0]
    return _NOT_COUNTED_STUDENTS.search(clause) is not None


_NOT_COUNTED_STUDENTS = re.compile(r"tốt\s+nghiệp|tham\s+dự|tham\s+gia(?!\s+học)", re.I)


_MEASURE = {
    "foreign_workers": "persons",
    "groups": "groups",
    "persons": "persons",
    "boats": "boats",
    "fishermen": "fishermen",
    "businesspeople": "businesspeople",
    "enterprises": "enterprises",
}


def _measures(indicator: str, group: _Group, sign: int) -> dict:
    out = {}
    for m in group.mentions:
        if m.unit == "money":
            out["value"] = as_json_number(m.value["value"] * sign)
            out["currency"] = m.value["currency"]
            if m.value.get("value_vnd") is not None:
                out["value_vnd"] = as_json_number(m.value["value_vnd"] * sign)
            continue
        value = as_json_number(m.value * sign)
        if indicator in ("incoming_delegations", "outgoing_delegations"):
            out[_MEASURE.get(m.unit, "count")] = value
        elif indicator == "foreign_experts":
            out["persons"] = value
        elif indicator in ("foreign_press_crews",):
            out["count" if m.unit == "groups" else "persons"] = value
        elif m.unit in _MEASURE and indicator not in ("courtesy_receptions",):
            out[_MEASURE[m.unit]] = value
        else:
            out["count"] = value
    return out


@dataclass
class FactContext:
    period: Period | None = None
    facts: list = field(default_factory=list)
    breakdowns: list = field(default_factory=list)  # (total fact, [part facts], sentence)
    seen: dict = field(default_factory=dict)
    last_total: tuple | None = None  # (fact, units) of the last figure stated outside a breakdown, any paragraph
    headline: str = ""  # the opening paragraph: what a press text is about
    lead: Lead | None = None  # a paragraph ending in ":" that the list items after it continue


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


def _is_change(sentence: str, group: _Group) -> re.Match | None:
    """ "tăng 60 ngư dân", "giảm gần 5 đoàn": the figure is a difference."""
    return _CHANGE.search(re.sub(r"\s*(?:gần\s+như|gần|hơn|khoảng|trên)\s*$", "", sentence[: group.start]))


def _scope(sentence: str, group: _Group, indicator: str, period: Period | None, default: str = "period"):
    """(scope, sign) from the words before the figure; default: the scope when no word says one
    (the ytd of a span that opened the sentence before a ";")."""
    before = sentence[: group.start]
    change = _is_change(sentence, group)
    if change:
        word = change["dir"].lower()
        return "change", -1 if word.startswith(("giảm", "ít")) else 1
    if _MORE.search(before) and _COMPARED.search(sentence):
        return "change", 1  # "so với cùng kỳ năm 2017, tiếp nhận thêm 1 dự án"
    if indicator == "fishermen_still_detained":
        return "stock", 1
    if indicator in ("foreign_students", "staff", "foreign_experts") and _STOCK.search(sentence):
        return "stock", 1
    marks = [(m.end(), "ytd") for m in _YTD.finditer(before)]
    marks += [(m.end(), "period") for m in _PERIOD_MARK.finditer(before)]
    for expr in time_expressions(before):
        if expr.months:
            within = period.month_count() if period else None
            if within and expr.months > within:
                marks.append((expr.end, "ytd"))
            elif within and expr.months <= within:
                marks.append((expr.end, "period"))
    if marks:
        return max(marks)[1], 1
    if indicator == "foreign_student_arrivals" and _cumulative(sentence, group):
        return "ytd", 1
    if indicator in ("foreign_students", "staff", "foreign_experts") and _THERE_ARE.search(before):
        return "stock", 1  # "Tại tỉnh có gần 100 lưu học sinh Lào": how many there are
    if indicator in ("foreign_students", "staff") and default == "period":
        return "stock", 1  # students who did not arrive in the period are students present
    return default, 1


# "từ năm 2008 (đến năm 2020)": the ends of a span of years, not the figure's year
_SPAN_END = re.compile(r"từ\s*$|từ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s*$", re.I)
_COMPARISON = re.compile(r"(?:cùng\s+kỳ|so\s+với|hơn|trước)[^,;]{0,20}$", re.I)


def _year(sentence: str, group: _Group) -> int | None:
    """The year the sentence names for this figure: the last one before it, else one after
    it that is not a comparison ("so với cùng kỳ năm 2020")."""
    years = [e for e in time_expressions(sentence) if e.year]
    # "từ năm 2008 đến nay": the start of a span of years, not the figure's year
    before = [e for e in years if e.end <= group.start and not _SPAN_END.search(sentence[: e.start])]
    if before:
        return before[-1].year
    # not a comparison ("so với cùng kỳ năm 2020"), nor the year of a bracket's own figures
    after = [
        e
        for e in years
        if e.start >= group.end
        and not _COMPARISON.search(sentence[group.end : e.start])
        and not _OPENS_ON_TIME.search(sentence, group.end, e.end)
    ]
    return after[0].year if after else None


def _label(sentence: str, group: _Group, left: int, right: int, after_form: bool) -> tuple[str, bool]:
    """What a part is, and whether it is written after its figure: the words between the
    previous part and the figure ("Nhật Bản 04 đoàn"), else those after it up to the next comma,
    "và" or figure ("05 đoàn do lãnh đạo tỉnh tiếp", "10 đoàn Lào, 8 đoàn Campuchia"); once a
    list names its parts after the figures, it goes on so."""
    if not after_form:
        before = sentence[left : group.start]
        before = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
        before = _PART_AFTER_TOTAL.sub("", _PART.sub("", before)).strip(" ,;:-–(")
        before = re.sub(r"^(?:có|là|gồm|và)(?:\s+|$)", "", before).strip()
        before = re.sub(r"\s+(?:có|là|đạt)$", "", before)  # "năm 2015 có 4 dự án"
        if re.search(r"[^\W\d_]", before):
            return " ".join(before.split()), False
    after = sentence[group.end : right]
    after = re.split(r"[,;:)]|\s(?:và|với)\s", after)[0]
    after = after[: after.rfind("(")] if "(" in after else after  # "tỉnh Chăm Pa Sắc (Nam Lào)"
    return " ".join(after.split()).strip(" .-"), True


_LISTED = re.compile(r"(?:^|[,;:]|\b(?:là|như|gồm|và))\s*(?P<label>[^\W\d_]+(?:\s+[^\W\d_]+){0,3})\s*\([^()]{0,40}$")


def _parts_marker(sentence: str, mentions: list[Mention], has_total: bool):
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
        if marker is not None and any(m.start >= marker.end() for m in mentions):
            return marker
    return None


def _listed_labels(sentence: str, groups: list[_Group]) -> dict[int, str]:
    """Figures listed in brackets after names, two or more in a sentence: "Kiên Giang (09 vụ/13
    tàu/114 ngư dân), Cà Mau (04 vụ/08 tàu/28 ngư dân)" → {start of a figure: its name}."""
    out = {}
    for group in groups:
        m = _LISTED.search(sentence, max(0, group.start - 80), group.start)
        if m is not None and all(word[0].isupper() for word in m["label"].split()):
            out[group.start] = m["label"]
    return out if len(out) >= 2 else {}


def _same_kind(part_units: set, total_units: set) -> bool:
    """A part counts what its total counts, maybe in fewer words: "850 lao động nước ngoài,
    trong đó 400 lao động Trung Quốc"."""
    if total_units == {"foreign_workers"}:
        return part_units <= {"foreign_workers", "fishermen", "persons"}
    return part_units <= total_units


_RESTATED_TOTAL = re.compile(r"[\W_]*trong\s+(?:số\s+)?(?P<figure>\d[\d.]*)\s+[^\d,;:.]{1,40}?[,:]\s*(?:có\s+)?", re.I)


def _bracketed_after(sentence: str, group: _Group, total_end: int) -> bool:
    """The figure stands in a bracket opened after the total on a time: "trong 2 năm … 38 tỷ
    đồng (năm 2015 có 4 dự án …; năm 2016 có 17 dự án …)", the total year by year."""
    opened = sentence.rfind("(", total_end, group.start)
    return (
        opened >= 0 and ")" not in sentence[opened : group.start] and _OPENS_ON_TIME.match(sentence, opened) is not None
    )


_OPENS_ON_TIME = re.compile(r"\(\s*(?:năm|tháng|quý|giai\s+đoạn)\s", re.I)


def _restated_total(sentence: str, paragraph_facts: list) -> tuple[re.Match | None, dict | None]:
    """ "Trong 28 LHS Lào, có …": a sentence that opens by naming a total the paragraph stated
    breaks it down; the total is not stated again."""
    m = _RESTATED_TOTAL.match(sentence)
    if m is None:
        return None, None
    figure = parse_number(m["figure"])
    total = next((f for f in reversed(paragraph_facts) if f["scope"] != "part" and figure in f.values()), None)
    return (m, total) if total is not None else (None, None)


_OPENS_WITH_PART = re.compile(r"[\W_]*trong\s+(?:số\s+)?(?:đó|này)\b", re.I)


def facts_of_block(block: Block, ctx: FactContext) -> None:
    if block.plan or block.part == "title":
        return
    context = "\n".join(block.path)
    first_new = len(ctx.facts)
    last_total = None  # (fact, units) of the last figure stated outside a breakdown
    if _OPENS_WITH_PART.match(block.text) and ctx.last_total is not None:
        last_total = ctx.last_total  # a paragraph "Trong đó, …" breaks down the total just before it
    # a lead goes on into the sections under it, not into the next section
    lead = ctx.lead if ctx.lead is not None and block.path[: len(ctx.lead.path)] == ctx.lead.path else None
    in_list = lead is not None and lead.total is not None and _LIST_ITEM.match(block.text) is not None
    if lead is not None and in_list:
        last_total = lead.total
    parts_go_on = False  # "Trong đó, … 09 đoàn; làm việc với lãnh đạo tỉnh là 02 đoàn": the parts run on after ";"
    item_counted = False  # a list item adds its first figure to the breakdown
    opens_breakdown = False
    span_goes_on = False  # "Từ năm 2021 đến nay, tỉnh đã cử 62 đoàn …; đón 165 đoàn …": the span runs on after ";"
    for _offset, raw in sentences(block.text):
        sentence = raw.strip()
        mentions = list(_mentions(sentence))
        carried = "ytd" if span_goes_on or (lead is not None and lead.scope == "ytd" and not in_list) else "period"
        opens_span = _YTD.search(sentence[: mentions[0].start] if mentions else sentence)
        span_goes_on = sentence.endswith(";") and (span_goes_on or opens_span is not None)
        continuing = parts_go_on and last_total is not None
        parts_go_on = False
        if lead is not None and opens_breakdown:
            lead.new_breakdown = True
        # "a/ Thẩm quyền quyết định:", maybe run into the item before it: the next items are another breakdown
        opens_breakdown = in_list and sentence.endswith(":")
        if not mentions:
            continue
        part_at = _parts_marker(sentence, mentions, last_total is not None)
        restated, total = _restated_total(sentence, ctx.facts[first_new:])
        if restated is not None:  # "Trong 28 LHS Lào, có 26 LHS tỉnh Xiêng Khoảng, …"
            part_at = restated
            last_total = (total, {m.unit for m in mentions if m.start < restated.end()})
        continuing = continuing and part_at is None
        parts_go_on = (part_at is not None or continuing) and sentence.endswith(";")
        left = part_at.end() if part_at else 0
        groups = _groups(sentence, mentions)
        total_end = None  # where the total stated in this sentence ends
        after_form = False
        listed = _listed_labels(sentence, groups)
        for group in groups:
            if _PLAN.search(sentence[: group.start]) or (restated is not None and group.start < restated.end()):
                continue
            is_part = in_list or continuing or (part_at is not None and part_at.end() <= group.start)
            if (
                not is_part
                and total_end is not None
                and last_total is not None
                and _bracketed_after(sentence, group, total_end)
                and "year" not in last_total[0]
            ):
                is_part = True  # not "năm 2022 đạt 50 tỷ đồng (năm 2021: 30 tỷ đồng)", another year's figure
            listed_label = None  # a part named before its bracket: "Kiên Giang (09 vụ/13 tàu), Cà Mau (…)"
            if not is_part and group.start in listed and ctx.last_total is not None:
                is_part, listed_label = True, listed[group.start]
            indicator = _indicator(group, sentence, context, mentions, block.text, ctx.headline)
            if indicator is None and is_part and last_total and _same_kind(group.units(), last_total[1]):
                indicator = last_total[0]["indicator"]
            elif indicator is None and listed_label and ctx.last_total and _same_kind(group.units(), ctx.last_total[1]):
                indicator = ctx.last_total[0]["indicator"]
            elif indicator is None and _is_change(sentence, group) and last_total and group.units() <= last_total[1]:
                indicator = last_total[0]["indicator"]  # "Con số này tăng 60 ngư dân so với năm 2015."
            if indicator is None:
                continue
            if listed_label is not None and (ctx.last_total is None or ctx.last_total[0]["indicator"] != indicator):
                is_part, listed_label = False, None  # listed, but not the parts of the total before
            if is_part and last_total is not None:
                indicator = _student_part(indicator, last_total[0]["indicator"], sentence, group, mentions)
            scope, sign = _scope(sentence, group, indicator, ctx.period, carried)
            if is_part and scope != "change":
                scope = "part"
            if scope == "part" and last_total is not None and any(f is last_total[0] for f in ctx.facts[first_new:]):
                group = _amount_of_total(ctx, sentence, group, last_total[0])
                if not group.mentions:
                    continue
            if indicator == "foreign_students" and scope == "ytd":
                indicator = "foreign_student_arrivals"  # "từ năm 2002 đến nay … gần 1.600 LHS": all who came
            fact = {"indicator": indicator, "scope": scope, **_measures(indicator, group, sign)}
            year = None if scope == "change" else _year(sentence, group)
            if year:
                fact["year"] = year
            fact["qualifier"] = next((m.qualifier for m in group.mentions if m.qualifier), None)
            if scope == "part" and listed_label is not None:
                fact["label"] = listed_label
            elif scope == "part":
                later = [g.start for g in groups if g.start > group.start]
                fact["label"], after_form = _label(sentence, group, left, min(later, default=len(sentence)), after_form)
            fact["text"] = sentence
            kept = _add(ctx, fact)
            left = max(group.end, part_at.end() if part_at else 0)
            if scope == "part" and listed_label is None:  # a list "nhiều là …" is a selection, not a breakdown
                total = last_total[0] if last_total else None
                if total is not None and total["indicator"] == indicator and not (in_list and item_counted):
                    if not ctx.breakdowns or ctx.breakdowns[-1][0] is not total or (lead and lead.new_breakdown):
                        ctx.breakdowns.append((total, [], sentence))
                        if lead is not None:
                            lead.new_breakdown = False
                    ctx.breakdowns[-1][1].append(kept)
                    item_counted = True  # "- 2476 lượt người, trong đó … 1040 lượt người": one item
            elif not is_part and scope in ("period", "ytd", "stock") and group.start not in listed:
                last_total = (kept, group.units())
                ctx.last_total = last_total
                total_end = group.end
    if lead is not None and opens_breakdown:
        lead.new_breakdown = True
    ctx.lead = _next_lead(block, lead, in_list, last_total, ctx.facts[first_new:])
    _drop_restated_in_paragraph(ctx, first_new)


_LIST_ITEM = re.compile(r"\s*[-+•–]\s")
_TOTAL_AMOUNT = re.compile(r"tổng\s+(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí|mức)[^,;.\d]{0,30}$", re.I)


def _amount_of_total(ctx: FactContext, sentence: str, group: _Group, total: dict) -> _Group:
    """ "34 chương trình, …, trong đó có 18 …; 16 khoản … với tổng vốn tài trợ là gần 40 tỷ đồng":
    the total amount after the parts is the total's, not the last part's."""
    moved = [
        m
        for m in group.mentions
        if m.unit == "money" and "value" not in total and _TOTAL_AMOUNT.search(sentence[max(0, m.start - 60) : m.start])
    ]
    if not moved or total["indicator"] != "aid":
        return group
    ctx.seen.pop(fact_key(total), None)
    total.update(_measures("aid", _Group(moved[:1]), 1))
    ctx.seen[fact_key(total)] = total
    return _Group([m for m in group.mentions if m is not moved[0]])


def _next_lead(block: Block, lead: Lead | None, in_list: bool, last_total, new_facts: list) -> Lead | None:
    """What the paragraphs after this one continue: a total ending in ":", a lead without a
    figure, or the list this item belongs to; a paragraph with figures of its own ends it."""
    ends_lead = block.text.rstrip().endswith(":")
    if ends_lead and last_total is not None and any(f is last_total[0] for f in new_facts):
        return Lead(block.path, total=last_total)
    if in_list:
        return lead
    if _mentions(block.text):
        return None
    if not ends_lead:
        return lead  # an aside between the items: "Xuất cảnh vì việc công chủ yếu là …"
    scope = "ytd" if _YTD.search(block.text) else (lead.scope if lead else None)
    return Lead(block.path, total=lead.total if lead else None, scope=scope, new_breakdown=True)


def _drop_restated_in_paragraph(ctx: FactContext, first_new: int) -> None:
    """A figure the same paragraph states again with more detail is one fact, the detailed one:
    "2 tàu cá Việt Nam đã bị … bắt giữ. … về việc 2 tàu cá cùng 14 ngư dân bị … bắt giữ". Only
    counts of several (two boats, not "một tàu", which is as often another boat)."""
    new = ctx.facts[first_new:]
    for fact in list(new):
        values = {k: fact[k] for k in _VALUES if k in fact}
        if not values or any(not isinstance(v, (int, float)) or v < 2 for k, v in values.items() if k != "currency"):
            continue
        if any(
            other is not fact
            and other["indicator"] == fact["indicator"]
            and other["scope"] == fact["scope"]
            and other["scope"] != "part"
            and len([k for k in _VALUES if k in other]) > len(values)
            and all(other.get(k) == v for k, v in values.items())
            for other in new
        ) and not any(total is fact for total, _parts, _sentence in ctx.breakdowns):  # a total with its parts stays
            ctx.facts.remove(fact)
            ctx.seen.pop(fact_key(fact), None)


_VALUES = (
    "groups",
    "persons",
    "count",
    "value",
    "currency",
    "value_vnd",
    "enterprises",
    "businesspeople",
    "boats",
    "fishermen",
)


def fact_key(fact: dict) -> tuple:
    return (fact["indicator"], fact["scope"], tuple(fact.get(k) for k in _VALUES), fact.get("label"))


def _add(ctx: FactContext, fact: dict) -> dict:
    key = fact_key(fact)
    first = ctx.seen.get(key)
    if first is None:
        ctx.seen[key] = fact
        ctx.facts.append(fact)
        return fact
    if "year" not in first and "year" in fact:
        first["year"] = fact["year"]
    return first


def extract_facts(blocks: list[Block], period: Period | None = None) -> FactContext:
    ctx = FactContext(period=period)
    opening = _body_texts(blocks)
    ctx.headline = opening[0] if opening else ""
    for block in blocks:
        facts_of_block(block, ctx)
    _drop_restated_headline(blocks, ctx)
    return ctx


def _body_texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.part != "title" and not b.plan and _DATELINE.fullmatch(b.text) is None]


def _drop_restated_headline(blocks: list[Block], ctx: FactContext) -> None:
    """A figure of the opening sentence (a press headline: "Cấp phép cho gần 1.400 lao động
    nước ngoài") that the text states again with more detail or its scope is one fact, the body's."""
    texts = _body_texts(blocks)
    pieces = sentences(texts[0]) if texts else []
    if not pieces:
        return
    opening = pieces[0][1].strip()
    for fact in [f for f in ctx.facts if f["text"] == opening]:
        values = {k: fact[k] for k in _VALUES if k in fact}
        if any(
            other is not fact
            and other["indicator"] == fact["indicator"]
            and other["scope"] != "part"  # a part is not the total restated
            and (
                all(other.get(k) == v or _rounds(v, other.get(k), fact.get("qualifier")) for k, v in values.items())
                or _restates_in_dong(fact, other)
            )
            for other in ctx.facts
        ):
            ctx.facts.remove(fact)


def _restates_in_dong(headline: dict, body: dict) -> bool:
    """A headline amount in đồng that is the body's foreign amount as it gives it in đồng: "vận
    động được 25 tỷ đồng" for "1,086 triệu USD (tương đương xấp xỉ 25 tỷ đồng)"."""
    vnd = body.get("value_vnd")
    if headline.get("currency") != "VND" or vnd is None or "value" not in headline:
        return False
    if any(
        k in headline and headline[k] != body.get(k) for k in _VALUES if k not in ("value", "currency", "value_vnd")
    ):
        return False
    return headline["value"] == vnd or _rounds(headline["value"], vnd, headline.get("qualifier"))


# A line that only dates the page: "29/11/2016 - 19:21", "Thứ Hai, 04/12/2017, 16:33 [GMT+7]".
_DATELINE = re.compile(
    r"(?:\d{1,2}:\d{2}\s*[|,\-–]?\s*)?"  # the time first: "16:20 | 31/07/2019 GMT+7"
    r"[^\d\n]{0,12}?\d{1,2}/\d{1,2}/\d{4}[\s,\-–|]*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\[?GMT\s*[+-]\s*\d+\]?)?\s*"
)


def _rounds(headline, body, hedge: str | None) -> bool:
    """A headline's round figure for the body's exact one: "trên 3 triệu USD" for 3,286,743 USD,
    "gần 1.400" for 1.386 (the same leading digit's worth)."""
    if hedge is None or not isinstance(headline, (int, float)) or not isinstance(body, (int, float)) or headline <= 0:
        return False
    step = 10 ** (len(str(int(headline))) - 1)
    if hedge in ("trên", "hơn"):
        return headline < body < headline + step
    if hedge in ("gần", "gần như"):
        return headline - step < body < headline
    return hedge in ("khoảng", "xấp xỉ", "chừng") and abs(body - headline) < step
