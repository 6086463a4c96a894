"""The scope of a figure (period, year to date, stock, change) and the year it is of, from the
words before it and the period of the document: "tăng 60 ngư dân" (change), "tính chung 8
tháng" in a monthly report (ytd), "hiện có" (stock), "giai đoạn 2020-2024" (that span)."""

from __future__ import annotations

import re

from ngoaivu.pure.periods import Period

from .breakdowns import OPENS_ON_TIME
from .growth import first_count
from .lexicon import AVERAGE as _AVERAGE
from .lexicon import AVERAGE_OPENING as _AVERAGE_OPENING
from .lexicon import PER_YEAR_AFTER as _PER_YEAR_AFTER
from .lexicon import SCOPES as _SCOPES
from .lexicon import THERE_ARE as _THERE_ARE
from .mentions import Group
from .periods_vi import time_expressions, to_period
from .students import cumulative
from .text import BRACKET
from .workers import permits_issued

_YTD = _SCOPES["ytd"]
_PERIOD_MARK = _SCOPES["period"]
_STOCK = _SCOPES["stock"]
_PLAN = _SCOPES["plan"]

_CHANGE = re.compile(
    r"(?:^|[\s(])(?P<dir>tăng|giảm|nhiều\s+hơn|ít\s+hơn)(?:\s+(?:thêm|được|là|gần|hơn|khoảng))?\s*$", re.I
)
_MORE = re.compile(r"(?:^|\s)(?:thêm|nhiều\s+hơn)\s*$", re.I)
_COMPARED = re.compile(r"so\s+với", re.I)


def is_change(sentence: str, group: Group) -> re.Match | None:
    """ "tăng 60 ngư dân", "giảm gần 5 đoàn": the figure is a difference."""
    return _CHANGE.search(
        re.sub(r"\s*(?:gần\s+như|gần|hơn|khoảng|trên|tới|lên\s+tới)\s*$", "", sentence[: group.start])
    )


# "Đến nay" before these is how things stand now: a stock, or what became of the crew of one
# incident ("Đến nay, 12 ngư dân đã được trả về"), not a count since the year began.
_NOT_COUNTED_TO_DATE = (
    "foreign_students",
    "staff",
    "foreign_experts",
    "fishermen_still_detained",
    "boats_detained",
    "boats_released",
    "boats_obstructed",
)
# what the register counts at a moment, however the sentence counts it
_HOW_THINGS_STAND = ("fishermen_still_detained", "agreements_in_progress", "agreements_postponed")
_FROM_JANUARY = _SCOPES["from_january"]
_THIS_YEAR = re.compile(r"(?:trong|từ\s+đầu)\s+năm\s+nay", re.I)
TO_DATE = re.compile(r"\W*(?:đến|tới)\s+nay(?!\w)", re.I)
_TO_DATE_IN_CLAUSE = re.compile(r"[,;:]\s*(?:và\s+)?(?:đến|tới)\s+nay,?\s+(?:[^\s,;.\d]+\s+){0,3}$", re.I)


def scope_of(sentence: str, group: Group, indicator: str, period: Period | None, default: str = "period"):
    """(scope, sign) from the words before the figure; default: the scope when no word says one
    (the ytd of a span that opened the sentence before a ";")."""
    # an aside does not part a span from its end: "Từ năm 2006 (khi …), đến nay qua 15 năm"
    before = BRACKET.sub(lambda m: " " * len(m[0]), sentence[: group.start])
    change = is_change(sentence, group)
    if change:
        word = change["dir"].lower()
        return "change", -1 if word.startswith(("giảm", "ít")) else 1
    if _MORE.search(before) and _COMPARED.search(sentence):
        return "change", 1  # "so với cùng kỳ năm 2017, tiếp nhận thêm 1 dự án"
    if indicator in _HOW_THINGS_STAND:
        return "stock", 1
    # workers are counted by the permits issued to them, whatever else the sentence says ("cả tỉnh có 320
    # người nước ngoài được cấp giấy phép lao động"); any other count of them, dated or not ("trong quý
    # 1/2018, … phát hiện 185 lao động chui"), is of workers present
    permits = indicator == "foreign_experts" and permits_issued(sentence, group)
    if indicator in ("foreign_students", "staff", "foreign_experts") and not permits and _STOCK.search(sentence):
        return "stock", 1
    if indicator == "foreign_experts" and not permits:
        return "stock", 1
    if first_count(sentence, group):
        return "period", 1  # "Sau 8 năm học, từ 34 LHS Lào ban đầu, đến nay …": the first count, not one to date
    marks = [(m.end(), "ytd") for m in _YTD.finditer(before)]
    if indicator not in _NOT_COUNTED_TO_DATE:
        # "Đến nay, nhà trường đã tiếp nhận 40 …", "…, đến nay 287 lưu học sinh … đã được tiếp nhận":
        # a flow counted to date
        to_date = TO_DATE.match(before) or _TO_DATE_IN_CLAUSE.search(before)
        if to_date is not None:
            marks.append((to_date.end(), "ytd"))
    marks += [(m.end(), "period") for m in _PERIOD_MARK.finditer(before)]
    this_year = _THIS_YEAR.search(before)
    if this_year is not None and (period is None or period.month_count() < 12):
        marks.append((this_year.end(), "ytd"))  # "Trong năm nay, … 666 ngư dân": the year so far
    from_january = _FROM_JANUARY.search(before)
    if from_january is not None and (period is None or period.month_count() <= 3):
        marks.append((from_january.end(), "ytd"))
    for expr in time_expressions(before):
        if expr.months:
            within = period.month_count() if period else None
            if within and expr.months > within:
                marks.append((expr.end, "ytd"))
            elif within and expr.months <= within:
                marks.append((expr.end, "period"))
    if marks:
        return max(marks)[1], 1
    if indicator == "foreign_student_arrivals" and cumulative(sentence, group):
        return "ytd", 1
    if indicator in ("foreign_students", "staff", "foreign_experts") and not permits and _THERE_ARE.search(before):
        return "stock", 1  # "Tại tỉnh có gần 100 lưu học sinh Lào": how many there are
    if indicator in ("foreign_students", "staff") and default == "period":
        return "stock", 1  # students who did not arrive in the period are students present
    if default == "ytd" and indicator in _NOT_COUNTED_TO_DATE and TO_DATE.match(sentence) is None:
        default = "period"  # "Đến nay, …; 12 ngư dân …" after the ";": how things stand, not a count to date
    if indicator == "aid" and UNDER_WAY.search(sentence[max(0, group.start - 200) : group.start]):
        return "ytd", 1  # "Hiện nay, tổ chức đang thực hiện 6 dự án": aid under way, counted to date
    return default, 1


UNDER_WAY = re.compile(r"(?<!\w)hiện\s+(?:nay|tại|có|đang)(?!\w)|đang\s+(?:triển\s+khai|thực\s+hiện)", re.I)


# "từ năm 2008 (đến năm 2020)": the ends of a span of years, not the figure's year
_SPAN_END = re.compile(r"từ\s*$|từ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s*$", re.I)
_BORN = re.compile(r"(?:sinh|SN)\s*$", re.I)
# "(chưa có số liệu năm 2019 để so sánh)", "bằng năm 2019": how a drafted annual report compares a whole year
_COMPARISON = re.compile(r"(?:cùng\s+kỳ|so\s+với|hơn|trước|bằng|chưa\s+có\s+số\s+liệu)[^,;]{0,20}$", re.I)


def year_of(sentence: str, group: Group) -> int | None:
    """The year the sentence names for this figure: the last one before it, else one after
    it that is not a comparison ("so với cùng kỳ năm 2020")."""
    # not a birth year: "Thuyền trưởng …, sinh năm 1974"
    years = [e for e in time_expressions(sentence) if e.year and not _BORN.search(sentence, 0, e.start)]
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
        and not OPENS_ON_TIME.search(sentence, group.end, e.end)
    ]
    return after[0].year if after else None


# "77 … ngư dân … sẽ về nước": what will happen is no figure of the period
_WILL = re.compile(r"[^\d,;.:()]{0,60}?(?<!\w)sẽ\s", re.I)
_REST = re.compile(r"\s*(?:người\s+)?còn\s+lại", re.I)  # "104 ngư dân còn lại sẽ về": the rest, held now
# "vận động được từ 1,5 đến 2 triệu USD", "đón từ 20 - 25 đoàn": the top of a range, no figure stated
_RANGE_TOP = re.compile(r"(?<!\w)từ\s+(?:khoảng\s+)?\d[\d.,]*\s*(?:đến|tới|-|–)\s*(?:khoảng\s+)?$", re.I)
# "(Tỷ giá quy đổi tại thời điểm tài trợ 01 USD tương đương 24.277 VNĐ)": a rate, no amount
_EXCHANGE_RATE = re.compile(r"tỷ\s+giá[^.;()]*$", re.I)


# "04 dự án lập báo cáo để vận động tài trợ": projects offered to donors, no aid yet
_AID_SOUGHT = re.compile(
    r"[^\d,;.:()]{0,40}?(?<!\w)(?:để|nhằm)\s+(?:vận\s+động|kêu\s+gọi|xin)\s+(?:tài\s+trợ|viện\s+trợ)", re.I
)


def states_no_figure(sentence: str, group: Group) -> bool:
    """A plan ("dự kiến", "sẽ"), an average ("bình quân mỗi năm đạt khoảng 3,7 triệu USD"), a rate
    ("600 người/năm", an exchange rate), a range ("từ 20 đến 25 đoàn"), aid sought ("04 dự án … để
    vận động tài trợ"), a question: no figure of any period."""
    plan = _PLAN.search(sentence[: group.start])
    if plan is not None and plan[0].lower().startswith("sẽ") and group.units() & {"money", "aid_items"}:
        # aid is counted when it is committed: "tổ chức … sẽ tài trợ 181.000 USD trong 3 năm"
        plan = _PLAN.search(re.sub(r"(?<!\w)sẽ\s", "   ", sentence[: group.start], flags=re.I))
    return bool(
        plan
        or _AVERAGE.search(sentence, max(0, group.start - 60), group.start)
        or _AVERAGE_OPENING.match(sentence)
        or _PER_YEAR_AFTER.match(sentence, group.end)
        or _EXCHANGE_RATE.search(sentence, max(0, group.start - 80), group.start)
        or _RANGE_TOP.search(sentence, max(0, group.start - 40), group.start)
        or _AID_SOUGHT.match(sentence, group.end)
        or sentence.rstrip().endswith("?")  # a question asks of a figure, it does not report it
        or (_WILL.match(sentence, _past_whole(sentence, group.end)) and not _REST.match(sentence, group.end))
    )


# "77 trong tổng số 122 ngư dân … sẽ về nước": what is said of some of a whole follows the whole
_OF_WHOLE = re.compile(r"\s+(?:người\s+)?(?:còn\s+lại\s+)?trong\s+(?:tổng\s+số|số)?\s*(?:\S+\s+)?\d[\d.]*", re.I)


def _past_whole(sentence: str, end: int) -> int:
    whole = _OF_WHOLE.match(sentence, end)
    return whole.end() if whole else end


# «Cùng kỳ năm trước, Trường đón 05 đoàn.»: a sentence opening on last year's same period (not «so với cùng kỳ»)
_LAST_YEARS_OPENING = re.compile(r"^[^\d]*?(?<!với\s)(?:cùng\s+kỳ|năm\s+trước|năm\s+ngoái)(?!\w)", re.I)


def of_another_period(sentence: str, period: Period) -> bool:
    """Whether a sentence tells of a period other than period (a report's): it opens on last year's
    («Cùng kỳ năm trước, …»), or names a month, quarter, half or year that is not period («Trong tháng
    3/2026, …», «Năm 2025, …»), not as a comparison («so với cùng kỳ năm 2025») nor in brackets, whose
    figures are the sentence's own asides. Months counted from the year's start («4 tháng») are no other
    period: their scope says what they count (scope_of)."""
    told = BRACKET.sub(lambda m: " " * len(m[0]), sentence)
    if _LAST_YEARS_OPENING.search(told):
        return True
    for expr in time_expressions(told):
        named = to_period(expr, period.year)
        if named is None or _COMPARISON.search(told[: expr.start]):
            continue
        if (named.start, named.end) != (period.start, period.end):
            return True
    return False


def to_date_heading(sentence: str, group: Group, mentions) -> bool:
    """Whether a sentence's first figure, group, follows only a year to date's words and a colon, naming no
    kind of its own: "Lũy kế từ đầu năm: 06 đoàn, 30 lượt người." tells the last figure's kind to date."""
    before = sentence[: group.start]
    return mentions[0].start == group.start and before.rstrip().endswith(":") and _YTD.search(before) is not None
