"""What an indicator of the catalogue (pure/indicators.py) is made of, and the figure it yields.

Each indicator names a register model, the date that places a row in a period, an optional
condition, and its measures (a count of rows, a sum of a field, a count of distinct values).
A flow counts rows dated inside the period; a stock counts rows open on the period's last
day (fishermen still detained, students present, staff).
"""

from dataclasses import dataclass, field

from .messages import gettext_noop


# The word that joins a measure's figure to the one named before it, as the seeds write the pair: «17 đoàn
# với 35 lượt người» (seed 001), «04 doanh nhân của 03 doanh nghiệp» (seed 001), «02 tàu cá cùng 19 ngư dân»
# (seed 003). A change says it too: «tăng 02 doanh nhân của 01 doanh nghiệp» (pure/changes.py).
WITH = gettext_noop(" với ")
OF = gettext_noop(" của ")
ALONG = gettext_noop(" cùng ")


@dataclass(frozen=True)
class Measure:
    name: str  # "groups", "persons", "count", "value"…
    unit: str  # the word that follows the figure: "đoàn", "lượt người", "đồng"
    field: str | None = None  # summed field; None counts rows
    distinct: bool = False  # count distinct values of field
    after: str = WITH  # the word that joins it to the measure named before it (above)
    # Each row counted holds at least one, where no rule of the model says so because the figure may be left at
    # 0, not known («03 lớp», no «với 00 lượt người»: reporting/outlines/cooperation.py): a total above 0 is
    # at least the count of rows (register/measure_floors.py), as a delegation's persons are.
    at_least_one_each: bool = False


@dataclass(frozen=True)
class Indicator:
    code: str
    name: str
    model: str
    date_field: str | None
    measures: tuple
    condition: dict = field(default_factory=dict)
    stock_end_field: str | None = None  # a stock: open until this date (None = still open)
    # Whether the row is still in the stock on its end date: a student leaving on 30/06 still studies on
    # that day (a stay's last day); a fisherman released on 30/06 is no longer held that day.
    stock_end_inclusive: bool = False
    year_field: str | None = None  # rows placed by a year number instead of a date
    breakdowns: tuple = ()  # fields a report may split the figure by
    definition: str = ""

    @property
    def is_stock(self):
        return self.stock_end_field is not None

    def open_on_lookup(self):
        """The lookup of stock_end_field that a row still in the stock on a day passes, given that day:
        "departed_on__gte" when the end date is the row's last day in the stock, "released_on__gt" when
        it is the day the row left it. The one place this rule lives (register/engine.py reads it)."""
        return f"{self.stock_end_field}__{'gte' if self.stock_end_inclusive else 'gt'}"


@dataclass(frozen=True)
class Figure:
    """One measure of one indicator over the four windows a report compares."""

    period: int
    ytd: int
    last_year: int
    last_year_ytd: int

    @property
    def diff(self):
        return self.period - self.last_year

    @property
    def ytd_diff(self):
        return self.ytd - self.last_year_ytd

    def as_dict(self):
        return {
            "period": self.period,
            "ytd": self.ytd,
            "last_year": self.last_year,
            "last_year_ytd": self.last_year_ytd,
            "diff": self.diff,
            "ytd_diff": self.ytd_diff,
        }
