"""Courses and those taught: the participants of a course, a course another body held, officials of
another country taught here (students who came). For cues.py."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import ABROAD as _ABROAD
from .lexicon import FOREIGN_STUDENTS as _FOREIGN_STUDENTS
from .lexicon import SIMPLE as _SIMPLE
from .mentions import Group


# The course words are the lexicon's, for training_courses (an administrator's phrases included):
# "1.100 lượt cán bộ … được bồi dưỡng"; a course given to the people counted after it, "tập huấn
# công tác thông tin đối ngoại cho gần 100 đại biểu"; those attending, in a paragraph about a
# course, "Tham dự hội nghị có hơn 150 đại biểu".
_ATTENDING = re.compile(
    r"(?<!\w)(?:tham\s+dự|tham\s+gia|dự(?=\s+(?:hội|lớp|buổi|khóa|tập)))(?:\s+\S+){0,3}?\s+(?:có\s+)?(?:\S+\s+)?$", re.I
)


@lru_cache(maxsize=8)
def _course_patterns(course: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """Trained ("… được bồi dưỡng"), a course given for ("tập huấn … cho"), a paragraph about a course."""
    return (
        re.compile(rf"[^.;]{{0,60}}?được\s+(?:{course})", re.I),
        re.compile(rf"(?:{course})[^.;]{{0,120}}?\bcho\s+(?:\S+\s+)?$", re.I),
        re.compile(rf"{course}|lớp\s+(?:học|đào\s+tạo)", re.I),
    )


def trainees(sentence: str, group: Group, paragraph: str) -> bool:
    """People counted as a course's participants."""
    course = _SIMPLE["courses"][0][1]
    if course is None:
        return False
    trained, given_for, about_course = _course_patterns(course.pattern)
    before = sentence[max(0, group.start - 160) : group.start]
    return bool(
        trained.match(sentence, group.end)
        or given_for.search(before)
        or (_ATTENDING.search(before[-40:]) and about_course.search(paragraph))
    )


# "cử 03 công chức tham gia 02 lớp tập huấn do Sở Công Thương tổ chức": courses another body held.
_SENT_TO = re.compile(r"(?<!\w)cử\b[^.;]{0,80}?\btham\s+(?:gia|dự)\b", re.I)


def course_kind(sentence: str) -> str:
    return "training_attended" if _SENT_TO.search(sentence) else "training_courses"


_TAUGHT = re.compile(
    r"(?<!\w)(?:đào\s+tạo|dạy|bồi\s+dưỡng)(?!\w)[^.;]{0,60}?(?<!\w)cho\s+(?:gần\s+|khoảng\s+|hơn\s+|trên\s+)?$", re.I
)


def trained_here(sentence: str, group: Group, paragraph: str, headline: str) -> bool:
    """Officials of another country taught here are students who came: "đào tạo tiếng Việt cho 134 cán
    bộ, công chức … của các tỉnh Bắc Lào", "dạy tiếng Việt … cho 8 cán bộ của 2 tỉnh Svay Rieng và Prey
    Veng" in a text on Cambodian students."""
    if not _TAUGHT.search(sentence, max(0, group.start - 100), group.start):
        return False
    after = sentence[group.end : group.end + 100]
    return bool(
        re.search(_ABROAD, after, re.I) or _FOREIGN_STUDENTS.search(paragraph) or _FOREIGN_STUDENTS.search(headline)
    )


# people who come to study, their origin between: "20 con em của tỉnh Luông Pha Băng, nước Lào đến học
# tập tại Trường …", "15 người Campuchia sang học tiếng Việt"
_COME_TO_STUDY = re.compile(r"[^.;]{0,100}?(?<!\w)(?:sang|đến|về)\s+học(?!\w)", re.I)


def come_to_study(sentence: str, group: Group) -> bool:
    """People of another country come to study here are students who came."""
    come = _COME_TO_STUDY.match(sentence, group.end)
    return come is not None and re.search(_ABROAD, come.group(), re.I) is not None
