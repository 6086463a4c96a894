"""Figures in a sentence: a number and its unit ("17 đoàn", "7,037 tỷ đồng", "một tàu cá"). The
figures that belong together are grouped by grouping.py; counts in words the lexicon lacks are
other_counts.py's."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .lexicon import COUNT_WORDS as _COUNT_WORDS
from .lexicon import FOREIGN_WORKERS as _FOREIGN_WORKERS
from .lexicon import UNITS as _UNITS
from .lexicon import WORD_COUNT_UNITS as _WORD_COUNT_UNITS
from .subject_figures import subject_figures
from .money import MONEY, parse_money
from .text import NUMBER, parse_number

# Thousands grouped by commas, as English-style pages write them: "3,286,743 USD". Two groups
# or more: a Vietnamese decimal comma is written once ("7,037 tỷ đồng").
_COMMA_GROUPED = r"(?<![\w.,])\d{1,3}(?:,\d{3}){2,}(?![\w.,/%])"
_QUANTITY = re.compile(
    # "gần 4.000 là lưu học sinh diện Hiệp định": the unit may follow a "là"
    # "gần 1,4 nghìn lưu học sinh": thousands written as a word
    rf"(?P<number>{_COMMA_GROUPED}|{NUMBER.pattern})\s*(?:(?P<money>{MONEY})|(?:là\s+)?(?:(?P<thousands>nghìn|ngàn)\s+)?(?:"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _UNITS)
    + r"))(?![\w])",
    re.I,
)
_HEDGE = re.compile(
    r"(?:^|[\s(])(?P<hedge>gần\s+như|gần|hơn|khoảng|ước\s+đạt|ước\s+tính|ước|trên|xấp\s+xỉ|ít\s+nhất"
    r"|tối\s+thiểu|tối\s+đa|dưới|chừng|lên\s+tới|lên\s+đến|tới)\s*$",
    re.I,
)

_WORD_COUNT = re.compile(
    r"(?<!\w)(?P<word>"
    + "|".join(_COUNT_WORDS)
    + r")\s+(?:"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _UNITS if key in _WORD_COUNT_UNITS)
    + r")(?![\w])",
    re.I,
)
# boats told before ("các tàu", "những tàu") listed by their registration numbers, each item with
# digits: "Các tàu bị bắt mang số hiệu KG 93668 TS, KG 90635 TS và "
_NAMED_ONE_BY_ONE = re.compile(
    r"(?<!\w)(?:các|những)\s+tàu(?!\w)[^.;\d]{0,40}?số\s+hiệu\s+(?:[^,.;\d]*\d[^,.;]*,\s*)*[^,.;\d]*\d[^,.;]*?\s+và\s+$",
    re.I,
)
# A boat named without a number but as one boat: "chiếc tàu", "tàu cá … mang số hiệu …",
# "tàu của anh …", then "cùng / với N ngư dân".
_BOAT_NOUN = re.compile(r"(?<![\w])(?:(?P<chiec>chiếc)\s+)?tàu(?:\s+cá|\s+đánh\s+cá)?(?![\w])", re.I)
_ONE_BOAT = re.compile(
    r"số\s+hiệu|\bcủa\s+(?:ông|anh|bà|chủ\s+tàu|ngư\s+dân)\b"
    # the registration number right after the boat: "tàu QB 1825-TS cùng", "tàu QNg-95031 với"
    # "tàu cá BTh 97660 TS, công suất 380CV, gồm"
    r"|^\s*(?-i:[A-ZĐ][A-Za-zĐđ]{0,2})\s*-?\s*\d{3,6}(?:\s*-?\s*TS)?(?:\s*,[^,;.]{1,40},)?\s*(?:cùng|với|và|gồm|chở|có|mang\s+theo)\s*$",
    re.I,
)
_WITH_FISHERMEN = re.compile(r"(?:cùng|với|và|gồm|chở|có|mang\s+theo)(?:\s+với)?\s*$", re.I)


@dataclass
class Mention:
    start: int
    end: int
    unit: str
    value: object  # Decimal, or a dict for money
    qualifier: str | None
    implicit: bool = False  # "chiếc tàu … cùng 11 ngư dân": one boat, no number written
    named_before: bool = False  # "số người đến tăng 46": the unit is named before the figure
    # the total a part adds up to with others: "gồm 407 dự bị tiếng Việt, 45 đại học" (breakdowns)
    part_of: Mention | None = None


@dataclass
class Group:
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
    # "số người đến tăng 46", and a part of it: "…, trong đó người nước ngoài tăng 15 so với cùng kỳ"
    r"(?<!\w)(?:số|trong\s+đó(?:\s+có)?,?)\s+(?P<noun>lượt\s+người|lượt\s+khách|người|đoàn|tàu\s+cá|tàu|ngư\s+dân)(?!\w)"
    r"(?:\s+[^\s\d,.;:()]+){0,4}?\s+(?:tăng|giảm)(?:\s+(?:thêm|là))?\s+"
    r"(?P<number>\d{1,3}(?:\.\d{3})+|\d+)(?![\w/%]|[.,]\d|\s*(?:%|lần|phần))",
    re.I,
)


# Some of a whole counted right after: "11 trong số 15 thuyền viên", "3 người trong tổng số 15 ngư dân"
_SOME_OF = re.compile(
    r"(?<![\w.,/])(?P<number>\d{1,3}(?:\.\d{3})+|\d{1,4})\s+(?:người\s+)?trong\s+(?:tổng\s+số\s+|số\s+)?"
    r"(?:(?:gần|hơn|khoảng|trên)\s+)?$",
    re.I,
)


def find_mentions(sentence: str) -> list[Mention]:
    found = list(_digit_mentions(sentence))
    taken = [(m.start, m.end) for m in found]
    for m in _NAMED_BEFORE.finditer(sentence):
        if not any(a < m.end("number") and m.start("number") < b for a, b in taken):
            unit = _NAMED_BEFORE_UNITS[" ".join(m["noun"].lower().split())]
            value = parse_number(m["number"])
            if value is not None:
                found.append(Mention(m.start("number"), m.end("number"), unit, value, None, named_before=True))
    for whole in list(found):  # "11 trong số 15 thuyền viên": the 11 are of the whole's unit
        some = _SOME_OF.search(sentence, 0, whole.start)
        taken = [(f.start, f.end) for f in found]
        if some is not None and not any(a < some.end("number") and some.start("number") < b for a, b in taken):
            value = parse_number(some["number"])
            if value is not None and value > 0:
                found.append(Mention(some.start("number"), some.end("number"), whole.unit, value, None))
    found.sort(key=lambda m: m.start)
    for m in _WORD_COUNT.finditer(sentence):
        unit = next(key for key in _WORD_COUNT_UNITS if m[key])
        count = _COUNT_WORDS[m["word"].lower()]
        # "một ngư dân" is as often "a fisherman" (ông A, một ngư dân ở xã B) as a count
        # "đợt thứ hai ngư dân … được trao trả"; "trong năm tàu cá …": a year, not five
        ordinal = re.search(r"(?<!\w)(?:thứ|trong|cuối|đầu|mỗi|hàng|cả|từng|qua)\s+$", sentence[: m.start()])
        # "Các tàu bị bắt mang số hiệu KG 93668 TS, KG 90635 TS và một tàu …": the boats told before,
        # named one by one; the last of them, unnumbered, is no count of its own
        listed = unit == "boats" and _NAMED_ONE_BY_ONE.search(sentence, 0, m.start()) is not None
        if (
            not any(a < m.end() and m.start() < b for a, b in taken)
            and (unit == "boats" or count > 1)
            and not ordinal
            and not listed
        ):
            found.append(Mention(m.start(), m.end(), unit, Decimal(count), None))
    taken = [(f.start, f.end) for f in found]
    for start, end, unit, value in subject_figures(sentence):  # "Số lưu học sinh … là 120."
        if not any(a < end and start < b for a, b in taken):
            found.append(Mention(start, end, unit, value, None, named_before=True))
    found.sort(key=lambda m: m.start)
    found = _last_item(sentence, found)
    for mention in found:
        if mention.unit == "persons":
            before = sentence[max(0, mention.start - 120) : mention.start]
            mention.unit = next((unit for unit, named in _PERSONS_NAMED_BEFORE if named.search(before)), mention.unit)
            if _STUDENTS_AFTER.match(sentence, mention.end):
                mention.unit = "students"  # "gần 4.000 người là lưu học sinh diện hiệp định"
            elif mention.unit == "persons":
                mention.unit = _named_in_clause(before) or mention.unit
    return _implicit_boats(sentence, found)


# The last people named in the clause before a "người" figure, when they are foreign students or
# workers: "lưu học sinh diện hiệp định gần 4.000 người", "số lưu học sinh Campuchia chiếm gần 1/5,
# với khoảng 4.000 người", "lao động nước ngoài làm việc tại Việt Nam tại thời điểm tháng 7/2012 là
# 77.087 người"; not "lưu học sinh và giảng viên, tổng cộng 35 người".
_WHO = re.compile(
    r"(?<!\w)(?P<students>(?:lưu|du)\s+học\s+sinh|(?-i:LHS|DHS))(?!\s+Việt\s+Nam)(?!\w)"
    rf"|(?<!\w)(?P<foreign_workers>{_FOREIGN_WORKERS})"
    r"|(?<!\w)(?:lao\s+động|chuyên\s+gia|giảng\s+viên|giáo\s+viên|cán\s+bộ|khách|đại\s+biểu|học\s+viên"
    r"|ngư\s+dân|thuyền\s+viên|thành\s+viên|người\s+dân|sinh\s+viên|học\s+sinh|công\s+dân)(?!\w)",
    re.I,
)


# A comma piece that goes on with the people of the piece before: "…, với khoảng 4.000 người".
_GOES_ON = re.compile(r"^\s*(?:với|chiếm|là|tổng\s+(?:số|cộng))(?!\w)", re.I)


def _named_in_clause(before: str) -> str | None:
    """Who the people last named before a "người" figure are, in its comma piece or the pieces it
    goes on from: "students", "foreign_workers", or None ("cho 2 người ở" in a room names none)."""
    pieces = re.split(r"[;:.()]", before)[-1].split(",")
    for piece in reversed(pieces):
        named = list(_WHO.finditer(piece))
        if named:
            return named[-1].lastgroup
        if not _GOES_ON.match(piece):
            return None
    return None


_STUDENTS_AFTER = re.compile(r"\s+là\s+(?:(?:lưu|du)\s+học\s+sinh|(?-i:LHS|DHS)|sinh\s+viên)(?!\s+Việt\s+Nam)", re.I)
_ABOUT = r"\s*(?:khoảng|gần|hơn|trên)?\s*$"
# Persons named just before as who they are: "lao động người nước ngoài 202 người", "lao động
# nước ngoài là 4.596 người", "lao động người Trung Quốc chiếm 76,49% với 5.149 người", "số lưu
# học sinh Lào đang học tập tại Việt Nam là 14.209 người".
_PERSONS_NAMED_BEFORE = [
    (
        "foreign_workers",
        re.compile(rf"(?:{_FOREIGN_WORKERS})(?:\s+chiếm\s+[\d,.]+\s*%)?\s*,?\s*(?:là|có|với|:)?{_ABOUT}", re.I),
    ),
    (
        "students",
        # not "số lưu học sinh Việt Nam đang học tập tại Lào"
        re.compile(
            rf"số\s+(?:(?:lưu|du)\s+học\s+sinh|(?-i:LHS|DHS)|sinh\s+viên)(?!\s+Việt\s+Nam)[^\d,;.:()]{{0,60}}?\s(?:là|có){_ABOUT}",
            re.I,
        ),
    ),
]


# "4.120 người Trung Quốc, 1.330 người Đài Loan, lao động các nước khác là 382.": the last item of a
# list, the others ("khác", "còn lại"), its number bare at the sentence's end, counts what the
# items before it count
_BARE_LAST = re.compile(
    r",[^,;.\d]{0,40}?(?<!\w)(?:khác|còn\s+lại)(?!\w)[^,;.\d]{0,20}?(?<!\w)là\s+"
    r"(?P<number>\d{1,3}(?:\.\d{3})*)\s*(?:[.;]\s*)?$",
    re.I,
)


def _last_item(sentence: str, found: list[Mention]) -> list[Mention]:
    bare = _BARE_LAST.search(sentence)
    if bare is None or len(found) < 2 or found[-1].end > bare.start() or found[-1].unit == "money":
        return found
    if found[-2].unit != found[-1].unit or bare.start() - found[-1].end > 40:
        return found  # a list: two items of one unit before it, the last just before
    value = parse_number(bare["number"])
    if value is None:
        return found
    return [*found, Mention(bare.start("number"), bare.end("number"), found[-1].unit, value, None, named_before=True)]


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
                # not the boat the men before belong to: "07 ngư dân thuộc tàu cá QB 93256 TS cùng 06 …"
                and not re.search(r"(?:trên|dưới|thuộc)\s+$", before[: b.start()], re.I)
            ]
            if boats and _WITH_FISHERMEN.search(before):
                boat = boats[-1]
                between = before[boat.end() :]
                if not re.search(r"[;:]|\d\s*(?:tàu|chiếc)", between) and (boat["chiec"] or _ONE_BOAT.search(between)):
                    start = left + boat.start()
                    out.append(Mention(start, left + boat.end(), "boats", Decimal(1), None, implicit=True))
        out.append(m)
        boat_after = _BOAT_AFTER.match(sentence, m.end) if m.unit == "fishermen" else None
        if boat_after is not None and not (previous and previous.unit == "boats" and m.start - previous.end < 60):
            plates = 1 + len(_PLATES.findall(boat_after["more"] or ""))  # "cùng tàu cá QNg-90123-TS và QNg-90456-TS": 2
            out.append(
                Mention(boat_after.start("boat"), boat_after.end("boat"), "boats", Decimal(plates), None, implicit=True)
            )
    return out


# "bắt tất cả 13 ngư dân trên tàu QNg 90127 TS", "đưa 5 ngư dân và tàu cá mang ký hiệu PY-96173-TS về
# nước": the men of one boat, named after them, by its number or by its master or owner ("3 ngư dân
# cùng tàu cá do anh Vũ Văn Tú … làm thuyền trưởng")
_PLATE = r"(?-i:[A-ZĐ][A-Za-zĐđ]{0,2})\s*-?\s*\d{3,6}(?:\s*-?\s*TS)?"
_BOAT_AFTER = re.compile(
    r"\s*(?:trên|của|và|cùng)\s+(?P<boat>(?:chiếc\s+)?tàu(?:\s+cá)?)\s+(?:(?:mang\s+)?(?:(?:số|ký)\s+hiệu\s+)?"
    rf"{_PLATE}(?P<more>(?:\s*(?:,|và)\s*{_PLATE})*)"
    r"|(?:do|của)\s+(?:ông|anh|chủ\s+tàu|thuyền\s+trưởng)\s+(?-i:[A-ZĐ]))",
    re.I,
)
_PLATES = re.compile(_PLATE)


_PER_ITEM = re.compile(r"\s*/\s*[^\W\d_]")
# "trên 7 tàu nói trên": the figure told before, pointed back at, no figure again
_SAID_ABOVE = re.compile(r"\s+(?:nói|kể|đã\s+nêu)\s+(?:ở\s+)?trên(?!\w)", re.I)  # right after the unit


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
            if m["thousands"]:
                value *= 1000
            if _SAID_ABOVE.match(sentence, m.end()):
                continue
        yield Mention(m.start(), m.end(), unit, value, " ".join(hedge["hedge"].lower().split()) if hedge else None)
