"""Reading a period as it is typed: a code ("2021-Q2"), the period in words ("quý II năm 2021") or the
period picker's parts, each checked, with the user's message when it does not read. Pure Python."""

import re
import unicodedata
from datetime import date

from .messages import gettext_noop
from .periods import CALENDAR, CUSTOM, HALF, MONTH, NINE_MONTHS, QUARTER, YEAR, Period, PeriodError

YEAR_OUT_OF_RANGE = gettext_noop("Năm %(year)s nằm ngoài khoảng báo cáo được (%(first)s–%(last)s).")
BAD_RANGE = gettext_noop("Khoảng thời gian «%(text)s» không hợp lệ; ghi dạng 2021-01-01..2021-03-12.")
END_BEFORE_START = gettext_noop("Ngày kết thúc không được trước ngày bắt đầu.")
UNKNOWN_PERIOD = gettext_noop(
    "Không hiểu kỳ báo cáo «%(text)s»; ghi như «6 tháng đầu năm 2021», «quý II năm 2021», «tháng 8/2021», "
    "«năm 2021», hoặc 2021-H1, 2021-Q2, 2021-08, 2021."
)
PICK_KIND = gettext_noop("Chọn kỳ báo cáo.")
PICK_YEAR = gettext_noop("Nhập năm của kỳ báo cáo, ví dụ 2021.")
PICK_DATES = gettext_noop("Nhập ngày bắt đầu và ngày kết thúc của khoảng thời gian.")
# A month, quarter or half whose number is none of the year's: said with the number, whichever way it came
# (the picker's choice, a code, the period in words), by check_number().
NO_SUCH_NUMBER = {
    MONTH: gettext_noop("Tháng %(number)s không có: chọn tháng từ 1 đến 12."),
    QUARTER: gettext_noop("Quý %(number)s không có: chọn quý từ I đến IV."),
    HALF: gettext_noop("Kỳ 6 tháng số %(number)s không có: chọn 6 tháng đầu năm hoặc 6 tháng cuối năm."),
}
NUMBERS = {MONTH: 12, QUARTER: 4, HALF: 2}
SHOWN_NUMBER = 12  # what is shown back of a number that is none: enough to recognise it

PATTERNS = [
    (re.compile(r"^(\d{4})-(\d{1,2})$"), MONTH),
    (re.compile(r"^(\d{4})-Q(\d{1,2})$", re.I), QUARTER),
    (re.compile(r"^(\d{4})-H(\d{1,2})$", re.I), HALF),
    (re.compile(r"^(\d{4})-9M$", re.I), NINE_MONTHS),
    (re.compile(r"^(\d{4})$"), YEAR),
]


def check_number(kind, number):
    """The number of a month (1–12), quarter (1–4) or half (1–2) of kind, as an int; PeriodError naming
    the number otherwise («Tháng 13 không có: chọn tháng từ 1 đến 12.»). The one rule for every picker."""
    text = str(number).strip()
    written = text.isascii() and text.isdigit()
    if written and 1 <= int(text) <= NUMBERS[kind]:
        return int(text)
    raise PeriodError(NO_SUCH_NUMBER[kind], number=str(int(text)) if written else text[:SHOWN_NUMBER])


FIRST_YEAR, LAST_YEAR = 1945, 2999  # a comparison reaches back a year: no date before year 1


def _check_year(year):
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise PeriodError(YEAR_OUT_OF_RANGE, year=year, first=FIRST_YEAR, last=LAST_YEAR)


def parse(text, convention=CALENDAR, as_of=None):
    """A code ("2021-08", "2020-Q1", "2021-H1", "2021-9M", "2021", "2021-01-01..2021-03-12") or the
    period in words ("tháng 8/2021", "quý II năm 2020", "6 tháng đầu năm 2021", "năm 2021")."""
    text = (text or "").strip()
    if as_of is not None:
        _check_year(as_of.year)
    if ".." in text:
        first, _sep, last = text.partition("..")
        try:
            start, end = date.fromisoformat(first.strip()), date.fromisoformat(last.strip())
        except ValueError:
            raise PeriodError(BAD_RANGE, text=text) from None
        return _range_period(start, end, convention, as_of)
    for pattern, kind in PATTERNS:
        match = pattern.match(text)
        if match:
            year = int(match.group(1))
            _check_year(year)
            index = check_number(kind, match.group(2)) if kind in NUMBERS else 1
            return Period(kind, year, index, convention=convention, as_of=as_of)
    period = _from_words(text, convention, as_of)
    if period is None:
        raise PeriodError(UNKNOWN_PERIOD, text=text)
    return period


# The words a period is written in, as label() writes them and officers type them, after
# lowercasing and collapsing spaces: "6 tháng đầu năm 2021", "quý ii/2021", "tháng 8 năm 2021".
_year_after = r"(?:/|-|\s+năm\s+|\s+)(\d{4})$"
WORD_PATTERNS = [
    (re.compile(r"^tháng\s+(\d{1,2})" + _year_after), MONTH),
    (re.compile(r"^quý\s+(iv|i{1,3}|\d{1,2})" + _year_after), QUARTER),
    (re.compile(r"^6\s+tháng\s+(đầu|cuối)\s+năm\s+(\d{4})$"), HALF),
    (re.compile(r"^9\s+tháng\s+(?:đầu\s+)?năm\s+()(\d{4})$"), NINE_MONTHS),
    (re.compile(r"^(?:cả\s+)?năm\s+()(\d{4})$"), YEAR),
]
_INDEX_WORDS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "đầu": 1, "cuối": 2, "": 1}


def _from_words(text, convention, as_of):
    text = unicodedata.normalize("NFC", " ".join(text.lower().split()))
    for pattern, kind in WORD_PATTERNS:
        match = pattern.match(text)
        if match:
            word, year = match.group(1), int(match.group(2))
            index = check_number(kind, word) if word.isdigit() else _INDEX_WORDS[word]
            _check_year(year)
            return Period(kind, year, index, convention=convention, as_of=as_of)
    return None


# The period picker: one choice for the kind and its number, a year, and dates for a range.
# A choice reads "month:8", "quarter:2", "half:1", "nine_months", "year" or "custom".
def picker_choice(period):
    """The picker's choice that shows a period."""
    if period.kind in (MONTH, QUARTER, HALF):
        return f"{period.kind}:{period.index}"
    return period.kind


def from_picker(choice, year, start=None, end=None, convention=CALENDAR):
    """The period the picker's parts name, or PeriodError saying which part is missing.

    The dates count only for a range and the year only for a named period: the page hides the
    other boxes, so what they still hold is not the user's choice."""
    kind, _sep, number = (choice or "").partition(":")
    if kind == CUSTOM:
        if start is None or end is None:
            raise PeriodError(PICK_DATES)
        return _range_period(start, end, convention)
    if kind in NUMBERS and number:
        index = check_number(kind, number)
    elif kind in (NINE_MONTHS, YEAR) and not number:
        index = 1
    else:
        raise PeriodError(PICK_KIND)
    if year is None:
        raise PeriodError(PICK_YEAR)
    _check_year(year)
    return Period(kind, year, index, convention=convention)


def _range_period(start, end, convention, as_of=None):
    if end < start:
        raise PeriodError(END_BEFORE_START)
    _check_year(start.year)
    _check_year(end.year)
    return Period(CUSTOM, end.year, convention=convention, custom_start=start, custom_end=end, as_of=as_of)
