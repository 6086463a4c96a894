"""The count a growth started from: "Sau 8 năm học, từ 34 LHS Lào ban đầu, đến nay nhà trường đã
đào tạo gần 750 LHS". It is the first count (the first students taken in, the first projects), of
its own time, not one counted to date as the figure it grew to."""

from __future__ import annotations

import re

from .mentions import Group

_FROM = re.compile(r"(?<!\w)từ\s+(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)
_AT_FIRST = re.compile(r"[^,;.\d]{0,40}?(?<!\w)(?:ban|lúc|thuở)\s+đầu(?!\w)", re.I)


def first_count(sentence: str, group: Group) -> bool:
    """ "từ 34 LHS Lào ban đầu": "từ" before the figure, "ban đầu" (or "lúc đầu") after its words."""
    return _FROM.search(sentence, 0, group.start) is not None and _AT_FIRST.match(sentence, group.end) is not None
