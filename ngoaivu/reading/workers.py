"""Foreign workers present, and those who are not: to be recruited, away, gone home, in quarantine;
people of a foreign nation counted in a text about foreign workers. For cues.py and facts.py."""

from __future__ import annotations

import re

from .lexicon import ABROAD as _ABROAD
from .lexicon import FOREIGN_WORKERS as _FOREIGN_WORKERS
from .mentions import Group


_TO_RECRUIT = re.compile(r"(?<!\w)tuyển(?:\s+(?:thêm|dụng|mới))?\s+(?:thêm\s+|khoảng\s+|hơn\s+|trên\s+)?$", re.I)
# away, or gone with their permits given back ("1.491 lao động đã trả giấy phép")
_AWAY = re.compile(
    r"[^.;,]{0,30}?(?:chưa\s+(?:quay\s+)?trở\s+lại|về\s+nước|về\s+quê|đã\s+trả\s+(?:lại\s+)?giấy\s+phép)", re.I
)
# workers in quarantine, a health count: "hơn 5.000 lao động Trung Quốc đang được cách ly, theo dõi",
# "các địa phương cách ly gần 300 người"
_QUARANTINED_AFTER = re.compile(
    r"[^.;,\d]{0,30}?(?<!\w)(?:đang\s+)?(?:được\s+|bị\s+)?(?:theo\s+dõi,?\s+)?cách\s+ly", re.I
)
_QUARANTINED_BEFORE = re.compile(r"(?<!\w)cách\s+ly\s+(?:\S+\s+){0,2}$", re.I)


def workers_not_counted(sentence: str, group: Group) -> bool:
    """Workers to be recruited ("đồng ý cho tuyển dụng 10.820 lao động nước ngoài") or away
    ("25.480 lao động nước ngoài chưa quay trở lại Việt Nam", "gần 26.400 lao động đã về nước ăn
    Tết") or in quarantine are no workers present."""
    before = sentence[max(0, group.start - 40) : group.start]
    return bool(
        _TO_RECRUIT.search(before)
        or _QUARANTINED_BEFORE.search(before)
        or _AWAY.match(sentence, group.end)
        or _QUARANTINED_AFTER.match(sentence, group.end)
    )


# work permits issued to the people counted, the one pattern of both: "đã cấp giấy phép cho gần 1.400 lao
# động", "cấp mới, cấp lại giấy phép lao động cho 379 trường hợp", "cấp giấy phép lao động cho 140 người nước
# ngoài" (not "193 người không được cấp phép", "926 người có giấy phép")
PERMITS_ISSUED = re.compile(
    r"(?<!\w)c[ấá]p\s+(?:(?:mới|lại)\s*,?\s*(?:c[ấá]p\s+)?)*(?:giấy\s+phép|phép)(?:\s+lao\s+động)?\s+cho\s+(?:\S+\s+){0,3}$",
    re.I,
)


# the issuing just before a count of permits: "đã cấp 356 giấy phép lao động", "cấp mới, cấp lại 379 giấy phép"
_ISSUING_BEFORE = re.compile(
    r"(?<!\w)c[ấá]p(?:\s+(?:mới|lại))?(?:\s*,\s*c[ấá]p\s+(?:mới|lại))*\s+(?:được\s+)?(?:thêm\s+)?"
    r"(?:tổng\s+(?:số|cộng)\s+)?(?:khoảng\s+|gần\s+|hơn\s+|trên\s+)?$",
    re.I,
)
# the people counted given a permit: "320 người nước ngoài được cấp giấy phép lao động"
_PERMITTED_AFTER = re.compile(
    r"(?:\s+(?:là\s+)?(?:người\s+)?"
    + _ABROAD
    + r")?\s*(?:đã\s+)?được\s+c[ấá]p(?:\s+(?:mới|lại))?(?:\s*,\s*c[ấá]p\s+(?:mới|lại))*\s+giấy\s+phép\s+lao\s+động",
    re.I,
)

# "cấp 210 trường hợp giấy phép lao động"
_PERMIT_NAMED_AFTER = re.compile(r"\s+giấy\s+phép\s+lao\s+động", re.I)
_PERMIT_IN_CLAUSE = re.compile(r"[^.;]{0,80}?giấy\s+phép\s+lao\s+động", re.I)
_PERMIT_BEFORE = re.compile(r"giấy\s+phép\s+lao\s+động[^.;]{0,40}$", re.I)


def permits_issued(sentence: str, group: Group) -> bool:
    """Whether the figure counts work permits issued, or the workers they were issued to: a flow of
    the span (scopes.py), where any other count of workers is of those present. "cấp giấy phép cho
    3.284 lao động", "cấp 356 giấy phép lao động", "320 người nước ngoài được cấp giấy phép lao động"."""
    if PERMITS_ISSUED.search(sentence, 0, group.start):
        return True
    if any(m.unit == "work_permits" for m in group.mentions) or _PERMIT_NAMED_AFTER.match(sentence, group.end):
        return _ISSUING_BEFORE.search(sentence, max(0, group.start - 60), group.start) is not None
    return _PERMITTED_AFTER.match(sentence, group.end) is not None


def about_work_permits(sentence: str, group: Group) -> bool:
    """Cases whose clause is about work permits are labour's, not consular ones: "75 trường hợp người
    nước ngoài được xác nhận không thuộc diện cấp giấy phép lao động", "cấp mới, cấp lại giấy phép lao
    động cho 379 trường hợp"."""
    return bool(
        _PERMIT_IN_CLAUSE.match(sentence, group.end)
        or _PERMIT_BEFORE.search(sentence, max(0, group.start - 60), group.start)
    )


# people named by a foreign nation ("3.680 người Trung Quốc", "số người Trung Quốc … chỉ còn 446 người")
_NATIONALS = re.compile(r"(?<!\w)người\s+(?!Việt)" + _ABROAD, re.I)
_WORKERS_TOPIC = re.compile(_FOREIGN_WORKERS, re.I)


# people said to work somewhere right after their count: "6.232 người làm việc tại 751 cơ quan, doanh nghiệp"
_AT_WORK_AFTER = re.compile(r"\s*(?:đang\s+)?làm\s+việc\s+(?:tại|cho|ở|trong)(?!\w)", re.I)
_FOREIGNERS = re.compile(r"(?<!\w)người\s+nước\s+ngoài", re.I)


def foreigners_at_work(sentence: str, group: Group, paragraph: str, headline: str) -> bool:
    """People of a foreign nation counted in a text about foreign workers are workers: "trong tổng
    số hơn 5.000 lao động có 3.680 người Trung Quốc", "Hiện tại, số người Trung Quốc ở đây chỉ còn 446
    người" under a headline on the Chinese workers of a plant. So are foreigners counted as they work:
    "hơn 7.400 người nước ngoài thường xuyên lưu trú … Trong đó, 6.232 người làm việc tại 751 cơ quan,
    doanh nghiệp"."""
    if _AT_WORK_AFTER.match(sentence, group.end) and _FOREIGNERS.search(paragraph):
        return True
    if not _NATIONALS.search(sentence, max(0, group.start - 80), group.end + 30):
        return False
    if permits_issued(sentence, group):
        return True  # "cấp mới giấy phép lao động cho 140 người nước ngoài": a work permit, a worker
    return bool(_WORKERS_TOPIC.search(paragraph) or _WORKERS_TOPIC.search(headline))


_WORKERS = re.compile(r"(?:người\s+)?lao\s+động", re.I)


def permitted(sentence: str, group: Group) -> bool:
    """Workers a work permit is issued to are foreign workers, a permit being for foreigners only:
    "cấp giấy phép cho 3.284 lao động" in a report on foreign workers."""
    written = sentence[group.start : group.end]
    return bool(_WORKERS.search(written)) and PERMITS_ISSUED.search(sentence, 0, group.start) is not None
