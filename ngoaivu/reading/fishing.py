"""What a count of boats or fishermen tells of an incident at sea: detained, still held, released,
obstructed; a foreign boat's crew, the men besides a master named, and the crew of "N người" in
a paragraph about fishermen. cues.py asks here for the figures counted in boats and fishermen."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import ABROAD as _ABROAD
from .lexicon import BOAT_CUES as _BOAT_CUES
from .lexicon import FISHING_PARAGRAPH as _FISHING_PARAGRAPH
from .lexicon import STILL_HELD_AFTER as _STILL_HELD_AFTER
from .mentions import Group, Mention
from .nearest_cue import CLAUSE_STOP, in_own_clause, nearest


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
_SENDING = re.compile(r"(?:đưa|tiễn|đón)\s+(?:\S+\s+)?$", re.I)
_HOME = re.compile(r"(?<!\w)về\s+(?:nước|quê)", re.I)
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


# a boat of another country, named right after its count: "một tàu Thái Lan", "2 tàu cá Trung Quốc"
# (not "tàu anh Thành", the master's: a country's name is capitalised)
_FOREIGN_BOAT = re.compile(
    rf"\s+(?:(?:đánh\s+)?cá\s+)?(?:mang\s+quốc\s+tịch\s+)?(?=(?-i:[A-ZĐÚÝ]))(?!Việt\s+Nam){_ABROAD}", re.I
)


# the men hurt, killed or missing in an incident, told in their own clause: "khiến hai ngư dân bị
# thương", "5 ngư dân mất tích". They are casualties, no count of the men detained, freed or obstructed.
_CASUALTIES = re.compile(r"[^.;,]{0,60}?(?<!\w)(?:bị\s+thương|thiệt\s+mạng|tử\s+vong|tử\s+nạn|mất\s+tích)(?!\w)", re.I)
_THE_REST = re.compile(r"\s*(?:người\s+)?còn\s+lại", re.I)
_DONE = re.compile(r"(?<!\w)đã\s+(?:được\s+)?", re.I)


def crew(group: Group, sentence: str, paragraph: str, mentions: Sequence[Mention]) -> bool:
    """ "N người" in a paragraph about fishermen, with what befell them in its own clause
    (caught, held, freed): the men of a boat."""
    if not _FISHING_PARAGRAPH.search(paragraph) or not re.fullmatch(
        r"người", sentence[group.start : group.end].split()[-1], re.I
    ):
        return False
    return in_own_clause(_BOAT_CUES, sentence, group, mentions) is not None


def fishing_incident(sentence: str, group: Group, mentions: Sequence[Mention]) -> str | None:
    """The incident a boats/fishermen figure belongs to: "… 12 ngư dân bị bắt ngày 24-3, đến
    nay vẫn chưa được trả về" is still detained whatever cue stands nearer; else the nearest."""
    following = [m.start for m in mentions if m.start >= group.end]
    clause = sentence[group.end : min(following) if following else len(sentence)]
    if _CASUALTIES.match(clause):
        return None
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
            comma = CLAUSE_STOP.search(sentence, max(before), group.start)
            opening = max(opening, comma.end() if comma else group.start)
        if (
            # up to the first figure's end, so that a cue may look ahead to the boats ("ký nhận từ …, 7 chiếc tàu")
            nearest(_BOAT_CUES, sentence[opening : group.mentions[0].end], group.start - opening, group.start - opening)
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
    told_before = _WHAT_CAME_BEFORE.match(sentence)
    if told_before is not None and told_before.end() <= group.start:
        # "Sau gần 50 ngày bị bắt giam, … 21 ngư dân đã … trở về": the opening clause tells what came
        # before; what befell the men is said after it
        rest = sentence[told_before.end() :]
        shift = told_before.end()
        found = nearest(_BOAT_CUES, rest, group.start - shift, group.end - shift)
        if found is not None:
            return found
    return nearest(_BOAT_CUES, sentence, group.start, group.end)


# a sentence opening on what came before its news: "Sau gần 50 ngày bị bắt giam, …", "Sau khi bị
# bắt, …" (up to the clause's comma)
_WHAT_CAME_BEFORE = re.compile(r"\W*sau\s+(?:khi\s+|(?:gần\s+|hơn\s+)?\d+\s+(?:ngày|tuần|tháng|năm)\s+)[^,;.:]*,", re.I)


def _released_since(sentence: str, at: int) -> bool:
    """A release told as done, in the clause after a point of the sentence, its verb right after
    "đã (được)": "… còn lại trong tổng số 122 ngư dân đã rời Philippines về Việt Nam"; not "… còn lại
    vẫn bị tạm giữ, Sở đã đề nghị phía bạn thả"."""
    stop = CLAUSE_STOP.search(sentence, at)
    done = _DONE.search(sentence, at, stop.start() if stop else len(sentence))
    released = _BOAT_CUES["boats_released"]
    return done is not None and bool(released.match(sentence, done.start()) or released.match(sentence, done.end()))


def fishing_indicator(
    units: set, group: Group, sentence: str, mentions: Sequence[Mention], paragraph: str
) -> str | None:
    """The indicator of a figure counted in boats or fishermen, or None when it counts none of the register's."""
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
    found = fishing_incident(sentence, group, mentions)
    if found is None and paragraph and _DATED_STATISTIC.match(sentence):
        # "Năm 2015, tỉnh có 11 vụ … với 31 tàu, 260 ngư dân." after a sentence on detentions:
        # a count of a time takes the paragraph's nearest cue (not a story's figures)
        at = max(paragraph.find(sentence), 0) + group.start
        found = nearest(_BOAT_CUES, paragraph, at, at)
    return found
