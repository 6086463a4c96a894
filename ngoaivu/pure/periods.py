"""Reporting periods: month, quarter, 6 and 9 months, year, custom range. Pure Python.

Two conventions. Calendar periods run from the first to the last day. The reporting regime
of Nghị định 09/2019/NĐ-CP closes the books on the 14th: a month runs from the 15th of the
month before to the 14th, and a year from 15/12 of the year before to 14/12.
"""

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .messages import MessageError, gettext_noop
from .wording import format_date

CALENDAR = "calendar"
DECREE_09 = "decree09"

MONTH, QUARTER, HALF, NINE_MONTHS, YEAR, CUSTOM = "month", "quarter", "half", "nine_months", "year", "custom"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


class PeriodError(MessageError, ValueError):
    """A period written in a way we cannot read; the message (and its params) is for the user."""


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

# whatever the server's locale (calendar.month_name follows it)
ENGLISH_MONTHS = "January February March April May June July August September October November December".split()
# The period in words, one message per kind ("%(month_name)s" is the English month's name).
LABELS: dict = {
    # xgettext:no-python-format (English names the month, "August 2021", from another param)
    MONTH: gettext_noop("tháng %(index)s/%(year)s"),
    QUARTER: gettext_noop("quý %(roman)s năm %(year)s"),  # lower case inside a sentence, as seed 001 writes it
    HALF: (gettext_noop("6 tháng đầu năm %(year)s"), gettext_noop("6 tháng cuối năm %(year)s")),
    NINE_MONTHS: gettext_noop("9 tháng đầu năm %(year)s"),
    YEAR: gettext_noop("năm %(year)s"),
    CUSTOM: gettext_noop("từ ngày %(start)s đến ngày %(end)s"),
}


@dataclass(frozen=True)
class Period:
    kind: str
    year: int
    index: int = 1  # month 1–12, quarter 1–4, half 1–2; 1 for the others
    convention: str = CALENDAR
    custom_start: date | None = None
    custom_end: date | None = None
    as_of: date | None = None  # "Tính đến ngày 10/9/2021": figures stop there

    def _range(self) -> tuple[date, date]:
        """A range's first and last day: a custom period is always made with both."""
        if self.custom_start is None or self.custom_end is None:
            raise ValueError(f"A custom period without its dates: {self!r}")
        return self.custom_start, self.custom_end

    # The months the period covers, first and last (1–12), in its year.
    def _months(self):
        if self.kind == MONTH:
            return self.index, self.index
        if self.kind == QUARTER:
            return 3 * self.index - 2, 3 * self.index
        if self.kind == HALF:
            return (1, 6) if self.index == 1 else (7, 12)
        if self.kind == NINE_MONTHS:
            return 1, 9
        return 1, 12

    @property
    def start(self):
        if self.kind == CUSTOM:
            return self._range()[0]
        first, _last = self._months()
        return _month_start(self.year, first, self.convention)

    @property
    def end(self):
        if self.kind == CUSTOM:
            end = self._range()[1]
        else:
            _first, last = self._months()
            end = _month_end(self.year, last, self.convention)
        return min(end, self.as_of) if self.as_of else end

    @property
    def last_month(self):
        """The month the period closes in, which names the year-to-date ("8 tháng")."""
        if self.kind == CUSTOM:
            return self.end.month
        return self._months()[1]

    def months(self):
        """The months of the period, as month periods of the same convention, cut at as_of."""
        if self.kind == MONTH:
            return [self]
        if self.kind == CUSTOM:
            pairs = months_between(self.start, self.end)
        else:
            first, last = self._months()
            pairs = [(self.year, month) for month in range(first, last + 1)]
        months = [Period(MONTH, year, month, convention=self.convention) for year, month in pairs]
        if self.as_of:
            months = [month for month in months if month.start <= self.as_of]
            if months:
                months[-1] = replace(months[-1], as_of=self.as_of)
        return months

    def month_count(self):
        """How many months the period spans: 1 for a month, 12 for a year, counted for a range."""
        if self.kind == CUSTOM:
            return max(1, len(months_between(*self._range())))
        first, last = self._months()
        return last - first + 1

    def next(self):
        """The period a report's plan section speaks of: the next month, quarter, half or year,
        the fourth quarter after 9 months; None after a range of dates."""
        following = {
            MONTH: (MONTH, self.year + (self.index == 12), self.index % 12 + 1),
            QUARTER: (QUARTER, self.year + (self.index == 4), self.index % 4 + 1),
            HALF: (HALF, self.year + (self.index == 2), 2 if self.index == 1 else 1),
            NINE_MONTHS: (QUARTER, self.year, 4),
            YEAR: (YEAR, self.year + 1, 1),
        }.get(self.kind)
        if following is None:
            return None
        kind, year, index = following
        return Period(kind, year, index, convention=self.convention)

    def as_dict(self):
        """{"kind", "year", "index", "label"} (and "start", "end" of a range): what the reader stores."""
        out = {"kind": self.kind, "year": self.year, "index": self.index, "label": self.label()}
        if self.kind == CUSTOM:
            start, end = self._range()
            out["start"], out["end"] = start.isoformat(), end.isoformat()
        return out

    @classmethod
    def from_dict(cls, data):
        """The period as_dict() wrote; None for none."""
        if not data:
            return None
        if data["kind"] == CUSTOM:
            start, end = date.fromisoformat(data["start"]), date.fromisoformat(data["end"])
            return cls(CUSTOM, data["year"], custom_start=start, custom_end=end)
        return cls(data["kind"], data["year"], data["index"])

    def is_same_period(self, other):
        """Whether two periods are one report's: the same days, however named (the range 01/07/2021–30/09/2021
        is «quý III năm 2021»), with figures stopping on the same day. A cut-off day (as_of) stops the figures,
        not the period reported on: «quý III tính đến ngày 10/9/2021» is another report than the whole
        quarter's, and than the range 01/07/2021–10/09/2021; a cut-off on or after the last day cuts nothing."""
        whole, other_whole = replace(self, as_of=None), replace(other, as_of=None)
        return (whole.start, whole.end, self.end) == (other_whole.start, other_whole.end, other.end)

    def ends_the_year(self):
        """Whether the period runs to the reporting year's last day (31/12, or 14/12 under Nghị định
        09), so that its year to date is a whole year: «cả năm»."""
        return self.end == _month_end(self.end.year, 12, self.convention)

    def is_whole_year(self):
        """A year, not cut at a day: compared «so với năm 2020», not «so với cùng kỳ năm 2020»."""
        return self.kind == YEAR and self.ends_the_year()

    def year_to_date(self):
        """From the start of the reporting year to this period's end."""
        start = _month_start(self.year, 1, self.convention) if self.kind != CUSTOM else date(self.end.year, 1, 1)
        return Period(CUSTOM, self.year, convention=self.convention, custom_start=start, custom_end=self.end)

    def same_period_last_year(self):
        if self.kind == CUSTOM:
            return replace(
                self,
                year=self.year - 1,
                custom_start=_year_back(self.custom_start),
                custom_end=_year_back(self.custom_end),
                as_of=_year_back(self.as_of),
            )
        return replace(self, year=self.year - 1, as_of=_year_back(self.as_of))

    def label(self):
        """The period as reports name it: "tháng 8/2021", "quý I năm 2020", "6 tháng đầu năm 2021"."""
        message, params = self.label_message()
        return message % params

    def label_message(self) -> tuple[str, dict]:
        """The label as a marked message and its params, for the interface to show in the user's
        language (ngoaivu.core.period_field.in_words); label() is its Vietnamese text."""
        params: dict = {"year": self.year, "index": self.index}
        if self.kind == MONTH:
            return LABELS[MONTH], {**params, "month_name": ENGLISH_MONTHS[self.index - 1]}
        if self.kind == QUARTER:
            return LABELS[QUARTER], {**params, "roman": ROMAN[self.index]}
        if self.kind == HALF:
            return LABELS[HALF][self.index - 1], params
        if self.kind in (NINE_MONTHS, YEAR):
            return LABELS[self.kind], params
        start, end = self._range()
        return LABELS[CUSTOM], {**params, "start": format_date(start), "end": format_date(end)}

    def year_to_date_label(self):
        """ "8 tháng", as in "Tính chung 8 tháng"; a whole year is "cả năm". Figures that stop inside a
        month (a range, a cut-off date) say where: "thời gian từ đầu năm đến ngày 21/11/2026"."""
        end = self.end
        if end != _month_end(end.year, end.month, self.convention):
            return f"thời gian từ đầu năm đến ngày {format_date(end)}"
        months = self.last_month
        return "cả năm" if months == 12 else f"{months} tháng"

    def code(self):
        """The CLI spelling, which parse() reads back."""
        if self.kind == MONTH:
            return f"{self.year}-{self.index:02d}"
        if self.kind == QUARTER:
            return f"{self.year}-Q{self.index}"
        if self.kind == HALF:
            return f"{self.year}-H{self.index}"
        if self.kind == NINE_MONTHS:
            return f"{self.year}-9M"
        if self.kind == YEAR:
            return str(self.year)
        start, end = self._range()
        return f"{start.isoformat()}..{end.isoformat()}"


def _month_start(year, month, convention):
    if convention == DECREE_09:
        return date(year - 1, 12, 15) if month == 1 else date(year, month - 1, 15)
    return date(year, month, 1)


def _month_end(year, month, convention):
    if convention == DECREE_09:
        return date(year, month, 14)
    return date(year, month, calendar.monthrange(year, month)[1])


def _year_back(day):
    if day is None:
        return None
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


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


def same_period(stored, code, period, as_of=None):
    """Whether a stored period is period, however either was typed (Period.is_same_period): stored() reads it
    (a request's, a report's, by its own convention); one that no longer reads (a year now out of range) is
    compared by its code and its cut-off day as_of, which must stop the figures on the same day."""
    try:
        return stored().is_same_period(period)
    except PeriodError:
        return code == period.code() and replace(period, as_of=as_of).end == period.end


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


def months_between(start, end):
    """Whole calendar months touched from start to end, for charts per month."""
    months, cursor = [], date(start.year, start.month, 1)
    while cursor <= end:
        months.append((cursor.year, cursor.month))
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return months
