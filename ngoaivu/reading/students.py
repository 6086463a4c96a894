"""Foreign students: who came in the period (arrivals) and who are there now (a stock)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .growth import first_count
from .lexicon import CUMULATIVE_AFTER as _CUMULATIVE_AFTER
from .lexicon import NOT_COUNTED_STUDENTS as _NOT_COUNTED_STUDENTS
from .lexicon import SCOPES as _SCOPES
from .lexicon import STUDENT_ARRIVAL as _STUDENT_ARRIVAL
from .lexicon import STUDENT_ARRIVAL_AFTER as _STUDENT_ARRIVAL_AFTER
from .lexicon import STUDENTS_PRESENT as _PRESENT
from .mentions import Group, Mention

_STOCK = _SCOPES["stock"]

_STUDENTS = {"foreign_students", "foreign_student_arrivals"}


def student_part(indicator: str, total: str, sentence: str, group: Group, mentions: Sequence[Mention]) -> str:
    """A part of a students total counts what its total counts ("tuyển sinh 74 LHS, trong đó
    72 LHS theo học tiếng Việt": arrivals), unless its own words say the students are there now
    ("trong đó 26 lưu học sinh đang theo học")."""
    if indicator == total or {indicator, total} != _STUDENTS:
        return indicator
    following = [m.start for m in mentions if m.start >= group.end]
    own = sentence[group.end : min(following) if following else len(sentence)]
    return indicator if _PRESENT.search(own) else total


def cumulative(sentence: str, group: Group) -> bool:
    """ "2.248 lưu học sinh đã và đang theo học": everyone who came, counted to date."""
    return _CUMULATIVE_AFTER.search(sentence[group.end : group.end + 60]) is not None


def student_arrivals(sentence: str, group: Group) -> bool:
    """ "Tiếp nhận 45 lưu học sinh Lào sang học" counts arrivals; "đang học", "hiện có" the
    students present (a stock)."""
    if first_count(sentence, group):
        return True  # "từ 34 LHS Lào ban đầu, đến nay …": the first taken in
    if _STUDENT_ARRIVAL_AFTER.search(sentence[group.end : group.end + 60]):
        return True  # "… 51 học sinh nước CHDCND Lào sang học tập"
    if _ENTERED.search(sentence, group.end):
        return True  # "342 lưu học sinh của 3 tỉnh … đã được làm thủ tục nhập cảnh vào địa bàn tỉnh"
    opening = max(0, group.start - 60)
    before = sentence[opening : group.start]
    verb = None
    for verb in _STUDENT_ARRIVAL.finditer(before):
        pass
    # "tiếp nhận mới 120 lưu học sinh Lào, nâng tổng số lưu học sinh đang học tập lên 560 người": the
    # students present are the other figure's; a stock word counts in the figure's own clause only
    own_clause = before + sentence[group.start : group.end] + re.split(r"[,;]", sentence[group.end :], maxsplit=1)[0]
    if verb is None or _STOCK.search(own_clause):
        return False
    gap = before[verb.end() :]
    # "tiếp nhận 45", "tiếp nhận và đào tạo 40": the verb governs the figure. Students who come
    # back ("đón 185 lưu học sinh Lào trở lại tỉnh") are arrivals too, as the register keeps them.
    # the subject may open farther back: "Số lưu học sinh Lào được tỉnh tiếp nhận đào tạo trong năm 2022 là 75 người"
    subject = _NAMED_SUBJECT.search(sentence, max(0, group.start - 120), opening + verb.start())
    if subject and _SUBJECT_TO_FIGURE.fullmatch(gap):
        return True  # "Số lưu học sinh mới nhập học năm 2023 là 72 em": the subject says they came
    return len(gap) <= 12 or _COORDINATED.fullmatch(gap) is not None


# a subject "số (lượng) …" naming the students, then "là"/"đạt" before the figure
_NAMED_SUBJECT = re.compile(r"(?<!\w)số\s+(?:lượng\s+)?[^\d,;.]{0,40}$", re.I)
_SUBJECT_TO_FIGURE = re.compile(
    r"(?:[^\d,;.]|(?<!\d)\d{4}(?!\d)){0,40}\s(?:là|đạt|có)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?", re.I
)


_TAKING_PART = re.compile(r"tham\s+gia\s+của\s+(?:khoảng\s+|trên\s+|hơn\s+|gần\s+)?$", re.I)
_AWARDED = re.compile(
    r"(?:tặng|trao)\s+(?:\S+\s+){0,2}?(?:bằng|giấy)\s+khen|tuyên\s+dương|khen\s+thưởng|biểu\s+dương|vinh\s+danh", re.I
)
_ENTERED = re.compile(r"(?<!\w)nhập\s+cảnh(?!\w)", re.I)
# "tiếp nhận và đào tạo 40", "tiếp nhận đào tạo khoảng 1.200", "tiếp nhận và cách ly tập trung 45" (two verbs of
# two syllables): a second verb between the first and the figure
_COORDINATED = re.compile(
    r"(?:\s*(?:và|,)\s+[^\W\d_]+(?:\s+[^\W\d_]+){0,3}|\s+(?:đào\s+tạo|giảng\s+dạy|bồi\s+dưỡng))\s*(?:được\s+)?"
    r"(?:(?:khoảng|gần|hơn|trên|tổng\s+cộng)\s+)?",
    re.I,
)


def not_counted_students(sentence: str, group: Group) -> bool:
    """ "gần 400 lưu học sinh Lào tốt nghiệp", "200 lưu học sinh … tham dự": graduates and
    guests of an event are no students of the register. The figure's clause runs past a
    bracket it stands in ("23 sinh viên (20 …, 3 sinh viên Lào) tốt nghiệp")."""
    if _TAKING_PART.search(sentence, max(0, group.start - 40), group.start):
        return True  # "với sự tham gia của trên 3,5 nghìn lượt lưu học sinh Lào"
    if _AWARDED.search(re.split(r"[;.]", sentence[: group.start])[-1][-80:]):
        return True  # "tặng bằng khen và tuyên dương 35 lưu học sinh Lào tiêu biểu": the honoured few
    after = sentence[group.end :]
    if sentence[: group.start].count("(") > sentence[: group.start].count(")"):
        after = after[after.find(")") + 1 :] if ")" in after else after
    clause = re.split(r"[,;.:]", re.sub(r"\([^()]*\)", "", after), maxsplit=1)[0]
    return _NOT_COUNTED_STUDENTS.search(clause) is not None
