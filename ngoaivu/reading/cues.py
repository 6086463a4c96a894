"""Which indicator a figure counts: from its unit and the cue words around it (nearest first;
for fishing, a "vẫn chưa được trả về" after the figure first, then the paragraph's cue for a
dated count), then the headings above. The words are data in lexicon/; the rules of a topic
are beside it: fishing.py (boats and fishermen), aid_money.py (aid and other money), workers.py
(foreign workers), training.py (courses); nearest_cue.py finds the cue nearest a figure."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .aid_money import lent_after, lent_money, sponsored, told_as_aid
from .fishing import crew, fishing_incident, fishing_indicator
from .lexicon import ABROAD as _ABROAD
from .lexicon import BOAT_CUES as _BOAT_CUES
from .lexicon import CITIZENS_PROTECTED as _CITIZENS_PROTECTED
from .lexicon import CUES as _CUES
from .lexicon import ENTRIES as _ENTRIES
from .lexicon import FOREIGN_STUDENTS as _FOREIGN_STUDENTS
from .lexicon import PEOPLE_PHRASES as _PEOPLE_PHRASES
from .lexicon import SCOPES as _SCOPES
from .lexicon import SIMPLE as _SIMPLE
from .lexicon import TOPICS as _TOPICS
from .mentions import Group, Mention
from .nearest_cue import in_own_clause, named_kind, nearest
from .students import cumulative, not_counted_students, student_arrivals
from .training import come_to_study, course_kind, trainees, trained_here
from .workers import about_work_permits, foreigners_at_work, permits_issued, permitted, workers_not_counted


_BROUGHT_HOME = re.compile(r"[^.;,]{0,80}?(?<!\w)về\s+(?:nước|quê|Việt\s+Nam)", re.I)
# cases that are breaches of the law, in the words after their count: "12 trường hợp người nước ngoài vi
# phạm", "30 vụ với 41 người nước ngoài vi phạm quy định về cư trú"
_BREACHES = re.compile(r"[^.;,]{0,60}?(?<!\w)vi\s+phạm(?!\w)", re.I)
# named foreign right after their unit: "gần 1.000 sinh viên quốc tế", "50 sinh viên Hàn Quốc"
_INTERNATIONAL = re.compile(rf"\s+(?:quốc\s+tế|{_ABROAD})", re.I)
# "250.000 du học sinh Việt Nam": abroad, not here
_VIETNAMESE = re.compile(r"\s+Việt\s+Nam(?!\s+(?:học|du\s+học))", re.I)
# people going abroad, right after their figure: "64 cá nhân đi công tác nước ngoài", "80 hội viên sang Lào"
_GOES_ABROAD = re.compile(
    r"\s+(?:đi|sang|ra)\s+(?:(?:công\s+tác|học\s+tập|làm\s+việc|thăm|khảo\s+sát)\s+)?(?:(?:tại|ở)\s+)?" + _ABROAD, re.I
)


# the staff of a school or a hospital, named with their posts: "60 cán bộ, giảng viên", "cán bộ, giáo viên"
_TEACHERS = re.compile(
    r"\s*(?:,|và)?\s*(?:giảng\s+viên|giáo\s+viên|y\s+bác\s+sĩ|bác\s+sĩ|nhân\s+viên\s+y\s+tế)(?!\w)", re.I
)


# the members of a delegation counted: "Đoàn gồm 52 đại biểu quốc tế", "đoàn công tác của tỉnh gồm 8 người"
_MEMBERS = re.compile(r"(?<!\w)đoàn(?:\s+[^\W\d_]+){0,6}?\s+gồm\s+(?:có\s+)?(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)


# a delegation named in the sentence, whose members the foreigners counted are
_DELEGATION = re.compile(r"(?<!\w)đoàn(?!\w)", re.I)


def indicator_of(
    group: Group,
    sentence: str,
    context: str,
    mentions: Sequence[Mention] = (),
    paragraph: str = "",
    headline: str = "",
) -> str | None:
    units = group.units()
    if units == {"persons"} and crew(group, sentence, paragraph, mentions):
        group.mentions[0].unit = "fishermen"  # "Bây giờ 8 người đã được về, còn 3 người bị giữ lại"
        units = {"fishermen"}
    if units & {"money", "aid_items"}:
        if sponsored(sentence, group):
            return None
        if lent_after(sentence, group):
            return None  # "231 dự án vốn tổ chức phi Chính phủ (NGO) và vốn vay ưu đãi (ODA)", "29 dự án vốn ODA"
        if lent_money(sentence, paragraph):
            return None  # "… từ nguồn vốn tài trợ của Ngân hàng Thế giới, với tổng mức đầu tư trên 814 tỉ đồng"
        if told_as_aid(units, sentence, context, paragraph, headline, group):
            return "aid" if "aid_items" in units or "money" in units else None
        if units <= {"aid_items"} or "money" in units:
            return None
    if units & {"businesspeople", "enterprises"}:
        abtc = _TOPICS["abtc"]
        return "abtc" if abtc.search(sentence) or abtc.search(context) else None
    if units == {"work_permits"} or (units == {"cases"} and about_work_permits(sentence, group)):
        # the workers given a permit; not permits extended or revoked, nor cases of exemption
        return "foreign_experts" if permits_issued(sentence, group) else None
    if units == {"fishermen"} and permitted(sentence, group):
        return "foreign_experts"  # "cấp giấy phép cho 3.284 lao động": workers, not men at sea
    if units & {"boats", "fishermen"}:
        return fishing_indicator(units, group, sentence, mentions, paragraph)
    if "groups" in units or units == {"receptions"}:
        found = in_own_clause(_CUES, sentence, group, mentions) or nearest(_CUES, sentence, group.start, group.end)
        if found != "outgoing_delegations":  # "cử 01 đoàn phóng viên đi …" is sent abroad all the same
            found = named_kind(_CUES, sentence, group.mentions[0].end) or found
        if found is None and not re.search(r"chuyến", sentence[group.start : group.end], re.I):
            # the headings above, for "đoàn" (a visit names its own way: "5 chuyến thăm các huyện" is none)
            for heading in reversed(context.split("\n")):
                found = nearest(_CUES, heading, len(heading), len(heading))
                if found:
                    break
        if units == {"receptions"} and found != "courtesy_receptions":
            return None
        return found
    if units == {"individuals"}:
        return "outgoing_delegations" if _GOES_ABROAD.match(sentence, group.end) else None
    if units <= _PRIVATE_TRIP_UNITS and _private_trip(sentence, group):
        return "private_trips"  # "02 cán bộ, công chức đi nước ngoài về việc riêng": allowed, not sent
    if units == {"persons"}:
        if come_to_study(sentence, group):
            return "foreign_student_arrivals"  # "20 con em của tỉnh Luông Pha Băng, nước Lào đến học tập tại …"
        if trainees(sentence, group, paragraph):
            return course_kind(sentence)  # "tập huấn … cho gần 100 đại biểu": the participants of a course
        if foreigners_at_work(sentence, group, paragraph, headline) and not workers_not_counted(sentence, group):
            return "foreign_experts"
        found = nearest({k: v for k, v in _CUES.items() if k.endswith("delegations")}, sentence, group.start, group.end)
        if found == "outgoing_delegations" and _CUES["private_trips"].search(sentence, group.end):
            found = "private_trips"  # allowed to go on private business, not sent
        if found == "incoming_delegations" and not _DELEGATION.search(sentence):
            found = None  # "Hằng tháng có 14.000 lượt người nước ngoài đến địa bàn tỉnh": visitors, no delegation
        if found and re.search(r"lượt", sentence[group.start : group.end], re.I):
            return found
        if _MEMBERS.search(sentence, 0, group.start):  # "Đoàn gồm 52 đại biểu quốc tế …": its members
            found = found or ("incoming_delegations" if _INTERNATIONAL.match(sentence, group.end) else None)
            if found:
                return found
        told = in_own_clause(_PEOPLE_PHRASES, sentence, group, mentions) if _PEOPLE_PHRASES else None
        if told in _BOAT_CUES:
            group.mentions[0].unit = "fishermen"  # "12 người bị bắt giữ" where an administrator says so
            return fishing_incident(sentence, group, mentions) or told  # still held, released… as for fishermen
        return told
    if units in ({"courses", "students"}, {"courses", "persons"}):
        units = {"courses"}  # "02 lớp bồi dưỡng … cho 150 học viên": the courses and who attended
    if units == {"conferences", "persons"}:
        units = {"conferences"}  # "03 hội nghị … với 120 đại biểu nước ngoài": joined only when foreign (mentions)
    (unit,) = units if len(units) == 1 else (None,)
    if unit == "foreign_workers":
        return None if workers_not_counted(sentence, group) else "foreign_experts"
    if unit == "students":
        # Foreign students, said next to the figure, in the paragraph or in the headline of a
        # text about them ("Trường … tiếp nhận 10 sinh viên Lào" over "… đào tạo 40 học sinh
        # tỉnh Xiêng Khoảng").
        # the words after the figure up to its parts: in "gần 500 sinh viên, trong đó sinh viên nước
        # ngoài là gần 70 sinh viên" only the part is named foreign
        after = sentence[group.end : group.end + 60]
        parts = _SCOPES["part"].search(after)
        window = sentence[max(0, group.start - 60) : group.end] + (after[: parts.start()] if parts else after)
        written = sentence[group.start : group.end]
        # pupils ("học sinh") are foreign only when named so: "nước ngoài" may be the donors'
        pupils = re.search(r"(?<!lưu\s)(?<!du\s)học\s+sinh", written, re.I) is not None
        if not_counted_students(sentence, group) or _VIETNAMESE.match(sentence, group.end):
            return None  # nor "250.000 du học sinh Việt Nam" abroad
        if (
            not re.search(r"(?:lưu|du)\s+học\s+sinh|LHS|DHS", written, re.I)
            and (pupils or not re.search(r"Lào|Campuchia|nước\s+ngoài|lưu\s+học", window))
            and not _INTERNATIONAL.match(sentence, group.end)
            and not any(_FOREIGN_STUDENTS.search(text) for text in (window, paragraph, headline))
        ):
            return None
    if unit == "citizens":
        # not those flown home ("tổ chức hơn 700 chuyến bay đón hơn 200.000 công dân về nước"): a count
        # of passengers; nor the citizens of cases counted ("15 vụ việc liên quan đến 25 công dân")
        home = _BROUGHT_HOME.match(sentence, group.end) or any(m.unit == "cases" for m in mentions)
        protected = any(_CITIZENS_PROTECTED.search(text) for text in (sentence, paragraph, headline))
        return "consular_cases" if protected and not home else None
    if unit == "cases" and _BREACHES.match(sentence, group.end):
        return None  # "xử lý 30 vụ người nước ngoài vi phạm quy định về cư trú": a sanction, no consular case
    if unit == "staff" and trained_here(sentence, group, paragraph, headline):
        return "foreign_student_arrivals"
    if unit == "staff" and _TEACHERS.match(sentence, group.end):
        return None  # "Khoa có tổng số gần 60 cán bộ, giảng viên": a school's staff, not the office's
    if unit in _SIMPLE:
        counted = dict(_SIMPLE[unit])  # the indicators counting this unit, with their cues
        indicator = _SIMPLE[unit][0][0]
        if len(counted) > 1:  # "đã ký kết 03 thỏa thuận; 02 thỏa thuận đang xin ý kiến"
            indicator = nearest({k: v for k, v in counted.items() if v}, sentence, group.start, group.end) or indicator
        cue = counted[indicator]
        # students passed their own test of being foreign above
        if (
            cue is None
            or unit == "students"
            or cue.search(sentence)
            or (unit in ("conferences", "cases") and cue.search(context))
        ):
            if indicator == "foreign_students" and (student_arrivals(sentence, group) or cumulative(sentence, group)):
                return "foreign_student_arrivals"
            return course_kind(sentence) if indicator == "training_courses" else indicator
    return None


# The units a private trip is counted in (the lexicon's entry): "01 lượt cán bộ", "02 cán bộ, công chức".
_PRIVATE_TRIP_UNITS = frozenset(
    unit for entry in _ENTRIES if entry["indicator"] == "private_trips" for unit in entry["units"]
)


def _private_trip(sentence: str, group: Group) -> bool:
    """People going abroad on their own business, said in the figure's clause after it: "02 cán bộ,
    công chức đi nước ngoài về việc riêng"."""
    private = _CUES.get("private_trips")
    end = re.compile(r"[;.]").search(sentence, group.end)
    clause = sentence[group.end : end.start() if end else len(sentence)]
    return bool(private and private.search(clause) and _CUES["outgoing_delegations"].search(clause))
