"""A figure written bare after a subject that names what it counts: "Số lưu học sinh Lào đang học
tập tại trường là 120.", "số người Trung Quốc đang làm việc tại đây là 311.", and the number a
bulletin has reached ("Bản tin ra số 11": eleven issues). mentions.py reads it in the unit the
subject names."""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal

from .lexicon import FOREIGN_WORKERS
from .text import parse_number

# the subject's noun, by unit; workers first ("số người Trung Quốc đang làm việc")
_NOUNS = [
    ("foreign_workers", FOREIGN_WORKERS),
    (
        "students",
        r"(?:lưu|du)\s+học\s+sinh(?!\s+Việt\s+Nam)|(?-i:LHS|DHS)|sinh\s+viên\s+(?:nước\s+ngoài|quốc\s+tế|Lào|Campuchia)",
    ),
    ("groups", r"(?:lượt\s+)?đoàn(?:\s+khách)?"),
    ("boats", r"tàu\s+cá|tàu\s+thuyền"),
    ("fishermen", r"ngư\s+dân"),
]
_SUBJECT = re.compile(
    r"(?<!\w)số\s+(?:lượng\s+)?(?:"
    + "|".join(f"(?P<{unit}>{noun})" for unit, noun in _NOUNS)
    + r")[^\d,;.:()]{0,60}?\s(?:là|đạt)\s+(?:(?:khoảng|gần|hơn|trên)\s+)?"
    r"(?P<number>\d{1,3}(?:\.\d{3})+|\d+)(?=\s*(?:[.,](?!\d)|[;)]|$))",
    re.I,
)


# the number a bulletin has reached, its issues so far: "Bản tin ra số 11", "bản tin đã phát hành đến số 24"
_ISSUE_REACHED = re.compile(
    r"(?<!\w)bản\s+tin(?:\s+[^\W\d_]+){0,4}?\s+(?:đã\s+)?(?:ra|phát\s+hành|xuất\s+bản)\s+(?:(?:được|đến|tới)\s+)?số\s+"
    r"(?P<number>\d{1,4})(?![\d/.,-]\d)",
    re.I,
)


def subject_figures(sentence: str) -> Iterator[tuple[int, int, str, Decimal]]:
    """(start, end, unit, value) of each bare figure whose subject names its unit."""
    for m in _SUBJECT.finditer(sentence):
        unit = next(name for name, _noun in _NOUNS if m[name])
        value = parse_number(m["number"])
        if value is not None and value > 0:
            yield m.start("number"), m.end("number"), unit, value
    for m in _ISSUE_REACHED.finditer(sentence):
        value = parse_number(m["number"])
        if value is not None and value > 0:
            yield m.start("number"), m.end("number"), "bulletins", value
