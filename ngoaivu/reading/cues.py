"""Which indicator a figure counts: from its unit and the cue words around it (nearest first;
for fishing, a "vẫn chưa được trả về" after the figure first, then the paragraph's cue for a
dated count), then the headings above. The words are data in lexicon.py."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import ABROAD as _ABROAD
from .lexicon import BOAT_CUES as _BOAT_CUES
from .lexicon import CITIZENS_PROTECTED as _CITIZENS_PROTECTED
from .lexicon import CUES as _CUES
from .lexicon import ENTRIES as _ENTRIES
from .lexicon import FISHING_PARAGRAPH as _FISHING_PARAGRAPH
from .lexicon import FOREIGN_STUDENTS as _FOREIGN_STUDENTS
from .lexicon import FOREIGN_WORKERS as _FOREIGN_WORKERS
from .lexicon import PEOPLE_PHRASES as _PEOPLE_PHRASES
from .lexicon import SCOPES as _SCOPES
from .lexicon import SIMPLE as _SIMPLE
from .lexicon import STILL_HELD_AFTER as _STILL_HELD_AFTER
from .lexicon import TOPICS as _TOPICS
from .mentions import Group, Mention
from .students import cumulative, not_counted_students, student_arrivals


_CLAUSE_STOP = re.compile(r"[,;]")


def nearest(cues: dict, sentence: str, start: int, end: int):
    best, best_distance = None, None
    for name, cue in cues.items():
        for m in cue.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            distance = max(distance, 0) + (0 if m.end() <= start else 5)  # words before weigh a little more
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
    return best


def _named_kind(cues: dict, sentence: str, at: int):
    """ "đón 01 đoàn phóng viên nước ngoài": a cue that begins right after the count's own noun
    names what was counted, whatever cue stands nearer before ("đón"), unless that one sends it abroad."""
    start = len(sentence) - len(sentence[at:].lstrip())
    return next((name for name, cue in cues.items() if cue.match(sentence, start)), None)


def _crew(group: Group, sentence: str, paragraph: str, mentions: Sequence[Mention]) -> bool:
    """ "N người" in a paragraph about fishermen, with what befell them in its own clause
    (caught, held, freed): the men of a boat."""
    if not _FISHING_PARAGRAPH.search(paragraph) or not re.fullmatch(
        r"người", sentence[group.start : group.end].split()[-1], re.I
    ):
        return False
    return _in_own_clause(_BOAT_CUES, sentence, group, mentions) is not None


def _in_own_clause(cues: dict, sentence: str, group: Group, mentions: Sequence[Mention]) -> str | None:
    """The cue of the figure's own clause, between the commas around it and the figures before
    and after: "49 đoàn lãnh đạo các nước thăm Việt Nam, 37 đoàn lãnh đạo Việt Nam thăm các
    nước" (each its own), before the nearest cue of the whole sentence."""
    others = [m for m in mentions if m not in group.mentions]
    left = max([m.end for m in others if m.end <= group.start] + [0])
    right = min([m.start for m in others if m.start >= group.end] + [len(sentence)])
    cut = max(sentence.rfind(",", left, group.start), sentence.rfind(";", left, group.start))
    left = max(left, cut + 1)
    stop = _CLAUSE_STOP.search(sentence, group.end, right)
    right = stop.start() if stop else right
    return nearest(cues, sentence[left:right], group.start - left, group.end - left)


# "nâng tổng số tàu cá bị giữ ở đây lên 34 tàu": those held there now
_HELD_TOTAL = re.compile(r"nâng\s+tổng\s+số\s+[^.;\d]{0,30}?bị\s+(?:tạm\s+)?giữ[^.;\d]{0,20}?lên\s+$", re.I)
_NOW_OPENING = re.compile(r"\W*(?:hiện\s+(?:nay|tại|giờ)?|đến\s+nay|tới\s+nay)(?!\w)[^.;]*$", re.I)
# "Vào thời điểm cuối năm 2017, có tới gần 200 ngư dân bị giam giữ ở đây": held at a moment, a stock
_AT_A_MOMENT = re.compile(r"(?<!\w)(?:tại|vào|ở|đến)\s+thời\s+điểm(?!\s+(?:bị\s+)?bắt)[^.;]*$", re.I)
_WHOLE_AFTER_SOME = re.compile(
    r"(?<![\w.,/])\d[\d.]*\s+(?:\S+\s+){0,4}?trong\s+(?:tổng\s+số\s+|số\s+)?(?:(?:gần|hơn|khoảng|trên)\s+)?$", re.I
)
_DETAINED_AFTER = re.compile(r"[^.;,]{0,40}?(?<!\w)bị\s+(?:\S+\s+){0,4}?(?:tạm\s+)?(?:bắt|giữ|giam)", re.I)
_HELD_AFTER = re.compile(r"[^.;,]{0,40}?\bbị\s+(?:\S+\s+){0,4}?(?:tạm\s+|bắt\s+|giam\s+)?giữ", re.I)
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


def _trainees(sentence: str, group: Group, paragraph: str) -> bool:
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


_SENDING = re.compile(r"(?:đưa|tiễn|đón)\s+(?:\S+\s+)?$", re.I)
_HOME = re.compile(r"(?<!\w)về\s+(?:nước|quê)", re.I)
_TO_RECRUIT = re.compile(r"(?<!\w)tuyển(?:\s+(?:thêm|dụng|mới))?\s+(?:thêm\s+|khoảng\s+|hơn\s+|trên\s+)?$", re.I)
_BROUGHT_HOME = re.compile(r"[^.;,]{0,80}?(?<!\w)về\s+(?:nước|quê|Việt\s+Nam)", re.I)
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
# named foreign right after their unit: "gần 1.000 sinh viên quốc tế", "50 sinh viên Hàn Quốc"
_INTERNATIONAL = re.compile(rf"\s+(?:quốc\s+tế|{_ABROAD})", re.I)
# "250.000 du học sinh Việt Nam": abroad, not here
_VIETNAMESE = re.compile(r"\s+Việt\s+Nam(?!\s+(?:học|du\s+học))", re.I)
# a count of a time ("Năm 2015, tỉnh có …", "Từ đầu năm đến nay, …"), not a story's figure
_DATED_STATISTIC = re.compile(
    r"\W*(?:riêng\s+)?(?:trong\s+|tính\s+)?(?:năm\s+\d{4}|\d+\s+tháng|quý|tháng\s+\d|từ\s+đầu\s+năm|đến\s+nay)", re.I
)
# "gồm thuyền trưởng Nguyễn Hữu Mỹ và 10 thuyền viên", "chồng và 10 ngư dân" (the master is her
# husband): the crew besides the master, a breakdown of the men counted before, not a figure; not
# "2 thuyền trưởng và 18 thuyền viên", the masters counted too (parts of a total, both of them).
_BESIDES_MASTER = re.compile(r"(?<!\d)(?<!\d\s)(?:thuyền\s+trưởng|chồng)[^.;\d]{0,60}?\s+và\s*$", re.I)
# "tàu bị bắt giữ cùng với ông Thảnh còn có 4 ngư dân khác", "ngoài thuyền trưởng còn 6 thuyền viên":
# the men besides one named, told by the man they are with, no figure of their own either.
_BESIDES_NAMED = re.compile(
    r"(?<!\w)(?:cùng\s+với|ngoài)\s+(?:ông|anh|thuyền\s+trưởng|chủ\s+tàu)(?!\w)[^.;\d]{0,40}?"
    r"\s+còn(?:\s+có)?\s*$",
    re.I,
)
# a return waited for, not yet come: "người thân … vẫn từng ngày ngóng tin và chờ đợi con tàu … trở về"
_AWAITED = re.compile(r"(?<!\w)(?:chờ|đợi|ngóng|mong|trông)(?!\w)[^.;]{0,40}$", re.I)


def _fishing(sentence: str, group: Group, mentions: Sequence[Mention]) -> str | None:
    """The incident a boats/fishermen figure belongs to: "… 12 ngư dân bị bắt ngày 24-3, đến
    nay vẫn chưa được trả về" is still detained whatever cue stands nearer; else the nearest."""
    following = [m.start for m in mentions if m.start >= group.end]
    clause = sentence[group.end : min(following) if following else len(sentence)]
    if _WHOLE_AFTER_SOME.search(sentence, 0, group.start):
        # "11 trong số 15 thuyền viên bị bắt … đã trở về": the whole the 11 are of, the men detained
        # as its clause says; else men told of before, no figure of their own
        return "boats_detained" if _DETAINED_AFTER.match(clause) else None
    still = _STILL_HELD_AFTER.search(clause)
    if still and _THE_REST.match(still.group()) and _released_since(sentence, group.end):
        return "boats_released"  # "34 ngư dân còn lại trong tổng số 122 ngư dân đã rời Philippines về Việt Nam"
    if still or _HELD_TOTAL.search(sentence, max(0, group.start - 80), group.start):
        return "fishermen_still_detained"
    # "Hiện tàu cá NT-91567 cùng 11 ngư dân trên bị tạm giữ tại cảng …": "hiện" opens the
    # sentence, the detention follows the figure: they are held now.
    if (_NOW_OPENING.match(sentence[: group.start]) or _AT_A_MOMENT.search(sentence, 0, group.start)) and (
        _HELD_AFTER.match(clause)
    ):
        return "fishermen_still_detained"
    # "nhận lại 7 tàu cá của những ngư dân Việt Nam bị Philippines bắt giữ": the detention after the
    # figure says which boats; the predicate before it, in its clause, what befell them
    if _HELD_AFTER.match(sentence, group.mentions[0].end):
        # from the clause's start, past any figure before and its own clause ("8 người đã được về, còn 3 …")
        opening = sentence.rfind(";", 0, group.start) + 1
        before = [m.end for m in mentions if m.end <= group.start]
        if before:
            comma = _CLAUSE_STOP.search(sentence, max(before), group.start)
            opening = max(opening, comma.end() if comma else group.start)
        if (
            nearest(_BOAT_CUES, sentence[opening : group.start], group.start - opening, group.start - opening)
            == "boats_released"
        ):
            return "boats_released"
    # "25 ngư dân, gồm 13 … cùng 12 … bị phía Trung Quốc tạm giữ đã trở về an toàn": after the
    # last figure, a detention that qualifies the men and then their release, the predicate.
    last = max((m.end for m in mentions), default=group.end)
    own = sentence[group.end : max(last, group.end)]
    tail = sentence[max(last, group.end) :]
    held = _BOAT_CUES["boats_detained"].search(tail)
    if held is not None and _SENDING.search(sentence, max(0, group.start - 20), group.start):
        if _HOME.search(tail, held.end()):
            return "boats_released"  # "đưa 2 ngư dân bị Papua New Guinea bắt giữ do … về nước": sent home
    back = _BOAT_CUES["boats_released"].search(tail, held.end()) if held is not None else None
    if held is not None and back is not None and not _AWAITED.search(tail, held.end(), back.start()):
        if not any(cue.search(own) for cue in _BOAT_CUES.values()):
            return "boats_released"
    if _BOAT_CUES["boats_detained"].search(clause) and _BOAT_CUES["boats_obstructed"].search(clause):
        return "boats_detained"  # "bị … tịch thu giấy tờ và tạm giữ": held, whatever was done to them first
    return nearest(_BOAT_CUES, sentence, group.start, group.end)


# a boat of another country, named right after its count: "một tàu Thái Lan", "2 tàu cá Trung Quốc"
# (not "tàu anh Thành", the master's: a country's name is capitalised)
_FOREIGN_BOAT = re.compile(
    rf"\s+(?:(?:đánh\s+)?cá\s+)?(?:mang\s+quốc\s+tịch\s+)?(?=(?-i:[A-ZĐÚÝ]))(?!Việt\s+Nam){_ABROAD}", re.I
)


_THE_REST = re.compile(r"\s*(?:người\s+)?còn\s+lại", re.I)
_DONE = re.compile(r"(?<!\w)đã\s+(?:được\s+)?", re.I)


def _released_since(sentence: str, at: int) -> bool:
    """A release told as done, in the clause after a point of the sentence, its verb right after
    "đã (được)": "… còn lại trong tổng số 122 ngư dân đã rời Philippines về Việt Nam"; not "… còn lại
    vẫn bị tạm giữ, Sở đã đề nghị phía bạn thả"."""
    stop = _CLAUSE_STOP.search(sentence, at)
    done = _DONE.search(sentence, at, stop.start() if stop else len(sentence))
    released = _BOAT_CUES["boats_released"]
    return done is not None and bool(released.match(sentence, done.start()) or released.match(sentence, done.end()))


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


# people named by a foreign nation ("3.680 người Trung Quốc", "số người Trung Quốc … chỉ còn 446 người")
_NATIONALS = re.compile(r"(?<!\w)người\s+(?!Việt)" + _ABROAD, re.I)
_WORKERS_TOPIC = re.compile(_FOREIGN_WORKERS, re.I)


# people going abroad, right after their figure: "64 cá nhân đi công tác nước ngoài", "80 hội viên sang Lào"
_GOES_ABROAD = re.compile(
    r"\s+(?:đi|sang|ra)\s+(?:(?:công\s+tác|học\s+tập|làm\s+việc|thăm|khảo\s+sát)\s+)?(?:(?:tại|ở)\s+)?" + _ABROAD, re.I
)


def _foreigners_at_work(sentence: str, group: Group, paragraph: str, headline: str) -> bool:
    """People of a foreign nation counted in a text about foreign workers are workers: "trong tổng
    số hơn 5.000 lao động có 3.680 người Trung Quốc", "Hiện tại, số người Trung Quốc ở đây chỉ còn 446
    người" under a headline on the Chinese workers of a plant."""
    if not _NATIONALS.search(sentence, max(0, group.start - 80), group.end + 30):
        return False
    return bool(_WORKERS_TOPIC.search(paragraph) or _WORKERS_TOPIC.search(headline))


# "cử 03 công chức tham gia 02 lớp tập huấn do Sở Công Thương tổ chức": courses another body held.
_SENT_TO = re.compile(r"(?<!\w)cử\b[^.;]{0,80}?\btham\s+(?:gia|dự)\b", re.I)


def _course(sentence: str) -> str:
    return "training_attended" if _SENT_TO.search(sentence) else "training_courses"


def indicator_of(
    group: Group,
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
        if _SPONSOR.search(sentence, 0, group.start) and not _NGO.search(sentence):
            return None
        if lent_after(sentence, group):
            return None  # "231 dự án vốn tổ chức phi Chính phủ (NGO) và vốn vay ưu đãi (ODA)", "29 dự án vốn ODA"
        if lent_money(sentence, paragraph):
            return None  # "… từ nguồn vốn tài trợ của Ngân hàng Thế giới, với tổng mức đầu tư trên 814 tỉ đồng"
        if (
            aid.search(sentence)
            or ("money" in units and aid.search(context))
            or (
                not _OTHER_FUNDS.search(sentence)
                and (
                    aid.search(_whole_sentence(paragraph, sentence))
                    or (_AID_TOTAL.search(sentence) and aid.search(paragraph))
                    # "giá trị giải ngân … đạt gần 350 nghìn USD" in a text about NGOs
                    or ("money" in units and _DISBURSED.search(sentence) and aid.search(headline))
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
        if any(m.unit == "boats" and _FOREIGN_BOAT.match(sentence, m.end) for m in group.mentions):
            return None  # "cùng bị bắt … có một tàu Thái Lan cùng 14 thuyền viên": a foreign boat and its crew
        before = sentence[max(0, group.start - 80) : group.start]
        if units == {"fishermen"} and (_BESIDES_MASTER.search(before) or _BESIDES_NAMED.search(before)):
            return None
        if (
            "fishermen" in units
            and "boats" not in units
            and not re.search(r"ngư\s+dân|thuyền\s+viên", sentence, re.I)
            and not _FISHING_PARAGRAPH.search(paragraph)
        ):
            return None
        found = _fishing(sentence, group, mentions)
        if found is None and paragraph and _DATED_STATISTIC.match(sentence):
            # "Năm 2015, tỉnh có 11 vụ … với 31 tàu, 260 ngư dân." after a sentence on detentions:
            # a count of a time takes the paragraph's nearest cue (not a story's figures)
            at = max(paragraph.find(sentence), 0) + group.start
            found = nearest(_BOAT_CUES, paragraph, at, at)
        return found
    if "groups" in units or units == {"receptions"}:
        found = _in_own_clause(_CUES, sentence, group, mentions) or nearest(_CUES, sentence, group.start, group.end)
        if found != "outgoing_delegations":  # "cử 01 đoàn phóng viên đi …" is sent abroad all the same
            found = _named_kind(_CUES, sentence, group.mentions[0].end) or found
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
        if _trainees(sentence, group, paragraph):
            return _course(sentence)  # "tập huấn … cho gần 100 đại biểu": the participants of a course
        if _foreigners_at_work(sentence, group, paragraph, headline) and not workers_not_counted(sentence, group):
            return "foreign_experts"
        found = nearest({k: v for k, v in _CUES.items() if k.endswith("delegations")}, sentence, group.start, group.end)
        if found == "outgoing_delegations" and _CUES["private_trips"].search(sentence, group.end):
            found = "private_trips"  # allowed to go on private business, not sent
        if found and re.search(r"lượt", sentence[group.start : group.end], re.I):
            return found
        told = _in_own_clause(_PEOPLE_PHRASES, sentence, group, mentions) if _PEOPLE_PHRASES else None
        if told in _BOAT_CUES:
            group.mentions[0].unit = "fishermen"  # "12 người bị bắt giữ" where an administrator says so
            return _fishing(sentence, group, mentions) or told  # still held, released… as for fishermen
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
    if unit == "staff" and _trained_here(sentence, group, paragraph, headline):
        return "foreign_student_arrivals"
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
            return _course(sentence) if indicator == "training_courses" else indicator
    return None


_TAUGHT = re.compile(
    r"(?<!\w)(?:đào\s+tạo|dạy|bồi\s+dưỡng)(?!\w)[^.;]{0,60}?(?<!\w)cho\s+(?:gần\s+|khoảng\s+|hơn\s+|trên\s+)?$", re.I
)


def _trained_here(sentence: str, group: Group, paragraph: str, headline: str) -> bool:
    """Officials of another country taught here are students who came: "đào tạo tiếng Việt cho 134 cán
    bộ, công chức … của các tỉnh Bắc Lào", "dạy tiếng Việt … cho 8 cán bộ của 2 tỉnh Svay Rieng và Prey
    Veng" in a text on Cambodian students."""
    if not _TAUGHT.search(sentence, max(0, group.start - 100), group.start):
        return False
    after = sentence[group.end : group.end + 100]
    return bool(
        re.search(_ABROAD, after, re.I) or _FOREIGN_STUDENTS.search(paragraph) or _FOREIGN_STUDENTS.search(headline)
    )


# Projects counted to date in a paragraph about aid: "Lũy kế từ trước đến nay, … đã và đang
# triển khai khoảng 269 chương trình, dự án, với tổng số … 392,085 tỉ đồng".
TOTAL_WORDS = r"tổng\s+(?:số\s+)?(?:vốn|giá\s+trị|kinh\s+phí|mức|tiền)"  # "tổng vốn", "tổng số tiền"
_AID_TOTAL = re.compile(rf"lũy\s+kế|luỹ\s+kế|{TOTAL_WORDS}", re.I)
# A sponsor who is a person or a business gives no foreign NGO aid: "ông Johnathan Hạnh Nguyễn - chủ
# tịch Tập đoàn Liên Thái Bình Dương … đã tài trợ toàn bộ số tiền vé cho 77 ngư dân với trị giá trên 500
# triệu đồng"
_SPONSOR = re.compile(
    r"(?<!\w)(?:(?i:ông|bà)\s+[A-ZĐ]|(?i:tập\s+đoàn|công\s+ty|doanh\s+nghiệp|nhà\s+hảo\s+tâm|mạnh\s+thường\s+quân))"
    r"[^.;]{0,120}?(?<!\w)(?i:tài\s+trợ)",
)
# ODA, loans and the development banks' money, which is no NGO aid in a sentence that names no NGO
_LENDING = (
    r"(?-i:ODA|WB|ADB)|vốn\s+vay|vay\s+ưu\s+đãi|ngân\s+hàng\s+(?:thế\s+giới|phát\s+triển\s+châu\s+á)|world\s+bank"
)
_LENDERS = re.compile(_LENDING, re.I)
# the same named in the figure's own words, after it and before a stop: "29 dự án vốn ODA"
_LENT_AFTER = re.compile(rf"[^.;,\d]{{0,80}}?(?:{_LENDING})", re.I)
_NGO = re.compile(r"PCPNN|phi\s+chính\s+phủ|viện\s+trợ", re.I)
# Money that is not aid though the sentence speaks of NGOs before a ";": investment, loans,
# counterpart funds.
_OTHER_FUNDS = re.compile(r"(?-i:FDI|ODA)|đầu\s+tư|vốn\s+vay|vay\s+ưu\s+đãi|đối\s+ứng", re.I)
_DISBURSED = re.compile(r"giải\s+ngân", re.I)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|$)")


_BUSINESSES = re.compile(r"(?<!\w)(?:doanh\s+nghiệp|công\s+ty|tập\s+đoàn|nhà\s+hảo\s+tâm|kiều\s+bào)(?!\w)", re.I)


def other_money(sentence: str) -> bool:
    """The sentence speaks of money that is no NGO aid: investment, loans, counterpart funds, a
    business's, an overseas Vietnamese's or a person's gift ("nhiều doanh nghiệp FDI … đóng góp
    hơn 3,1 tỷ đồng", "Kiều bào đóng góp hơn 18 tỷ đồng")."""
    return bool(_OTHER_FUNDS.search(sentence) or _SPONSOR.search(sentence) or _BUSINESSES.search(sentence))


def lent_after(sentence: str, group: Group) -> bool:
    """The figure's own words name ODA, a loan or a development bank: "29 dự án vốn ODA", no aid nor a
    part of an aid total."""
    return _LENT_AFTER.match(sentence, group.end) is not None


def lent_money(sentence: str, paragraph: str = "") -> bool:
    """The sentence (with what comes before its ";") speaks of ODA, loans or a development bank's money
    and names no NGO: "Tổng nguồn vốn ODA phân bổ cho dự án … là 24,2 tỉ đồng; dự án … VnSAT là 40 tỉ đồng"."""
    whole = _whole_sentence(paragraph, sentence) if paragraph else sentence
    return bool(_LENDERS.search(whole)) and not _NGO.search(whole)


def _whole_sentence(paragraph: str, piece: str) -> str:
    """The sentence a piece cut at ";" belongs to: "Liên hiệp vận động các tổ chức PCPNN tài trợ
    …; kết quả đã tiếp nhận … 70,8 tỷ đồng." The money's topic may be named before the ";"."""
    at = paragraph.find(piece) if piece else -1
    if at < 0:
        return piece
    starts = [m.end() for m in _SENTENCE_STOP.finditer(paragraph, 0, at)]
    end = _SENTENCE_STOP.search(paragraph, at + len(piece))
    return paragraph[starts[-1] if starts else 0 : end.start() if end else len(paragraph)]


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
