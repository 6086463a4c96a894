"""Reporting periods: month, quarter, 6 and 9 months, year, custom range. Pure Python.

Two conventions. Calendar periods run from the first to the last day. The reporting regime
of Nghị định 09/2019/NĐ-CP closes the books on the 14th: a month runs from the 15th of the
month before to the 14th, and a year from 15/12 of the year before to 14/12.
"""

import calendar
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
        """The CLI spelling, which period_parsing.parse() reads back."""
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


def same_period(stored, code, period, as_of=None):
    """Whether a stored period is period, however either was typed (Period.is_same_period): stored() reads it
    (a request's, a report's, by its own convention); one that no longer reads (a year now out of range) is
    compared by its code and its cut-off day as_of, which must stop the figures on the same day."""
    try:
        return stored().is_same_period(period)
    except PeriodError:
        return code == period.code() and replace(period, as_of=as_of).end == period.end


def months_between(start, end):
    """Whole calendar months touched from start to end, for charts per month."""
    months, cursor = [], date(start.year, start.month, 1)
    while cursor <= end:
        months.append((cursor.year, cursor.month))
        cursor = (cursor + timedelta(days=32)).replace(day=1)
    return months
