"""What a figure counts, as conditions of the database: the windows of a period (the period, the year
to date, the same period last year and its year to date), the rows of a scope a figure keeps (a unit that
went on after giving its duties away counts up to the day before only), the rows a statement need read,
and the conditional aggregates of the indicators' measures. register/engine.py builds and runs the
statements of them; the values a statement's shape leaves open are the arguments made here.
"""

from collections import defaultdict
from functools import reduce
from operator import or_
from typing import NamedTuple

from django.db.models import Count, F, Q, Sum

from ngoaivu.core.lineage import Scope
from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import BY_CODE

WINDOWS = ("period", "ytd", "last_year", "last_year_ytd")


class Span(NamedTuple):
    """A window as a statement reads it: a Period's dates and year, or their stand-ins."""

    start: object
    end: object
    year: object = None


def windows(period):
    last = period.same_period_last_year()
    return {"period": period, "ytd": period.year_to_date(), "last_year": last, "last_year_ytd": last.year_to_date()}


def window_condition(indicator, window, stock_window):
    """Rows of indicator that fall in window (a Period)."""
    if indicator.year_field:
        return Q(**{indicator.year_field: window.year})
    if indicator.date_field is None:
        return Q()  # a current state, such as agreements now under review
    if indicator.is_stock:
        # A stock is read on the window's last day; the year to date has the same stock.
        day = stock_window.end
        return Q(**{f"{indicator.date_field}__lte": day}) & open_on(indicator, day)
    return Q(**{f"{indicator.date_field}__gte": window.start, f"{indicator.date_field}__lte": window.end})


def open_on(indicator, day):
    """The rows of a stock not ended on day: no end, or one the stock still holds them on
    (Indicator.open_on_lookup: a student leaving on day still studies on it)."""
    return Q(**{f"{indicator.stock_end_field}__isnull": True}) | Q(**{indicator.open_on_lookup(): day})


def measure_aggregate(measure, condition):
    if measure.field is None:
        return Count("pk", filter=condition)
    if measure.distinct:
        return Count(measure.field, filter=condition, distinct=True)
    return Sum(measure.field, filter=condition)  # None when no row: read as 0


def as_scope(units):
    """units: a Scope, unit ids (every day of each) or None (the whole register)."""
    return units if units is None or isinstance(units, Scope) else Scope.of(units)


def kept(indicator, scope):
    """A predecessor that went on after giving away duties counts up to the day before only."""
    return kept_by_cuts(indicator, _cuts(scope))


def cut(scope, field, by_year=False):
    """The rows of scope dated by field (a date, or a year number when by_year) that count: a cut
    unit's up to its last day. No field: a current state, the predecessor's open matters count."""
    return _cut_condition(_cuts(scope), field, by_year)


def scoped(model, units, field, by_year=True):
    """The rows of model that units' figures count, cut as the indicators are (cut) by field: a year
    number, or a date when not by_year. The lists a report names beside its figures are these rows."""
    queryset, scope = model.objects.all(), as_scope(units)
    if scope is None:
        return queryset
    return queryset.filter(unit__in=scope.unit_ids).filter(cut(scope, field, by_year=by_year))


def _cuts(scope):
    """[(last day, last year, unit ids)] of the units of scope counted up to a day only."""
    if scope is None:
        return []
    return [(day, last_counted_year(day), ids) for day, ids in scope.cuts().items()]


def last_counted_year(day):
    # A row placed by year counts when its whole year lies before the change.
    return day.year if (day.month, day.day) == (12, 31) else day.year - 1


def kept_by_cuts(indicator, cuts):
    if indicator.year_field:
        return _cut_condition(cuts, indicator.year_field, by_year=True)
    return _cut_condition(cuts, indicator.date_field)


def _cut_condition(cuts, field, by_year=False):
    condition = Q()
    if field is None:
        return condition
    for day, year, ids in cuts:
        condition &= ~Q(unit_id__in=ids) | Q(**{f"{field}__lte": year if by_year else day})
    return condition


def mapped_cut(indicator):
    """kept() over evaluate_by_scope's mapping: each unit's last day (and year) is a column of it."""
    field = indicator.year_field or indicator.date_field
    if field is None:
        return Q()
    bound = "scope_last_year" if indicator.year_field else "scope_last_day"
    return Q(**{f"{bound}__isnull": True}) | Q(**{f"{field}__lte": F(bound)})


def scope_rows(model, scope):
    queryset = model._default_manager.all()
    if scope is not None:
        queryset = queryset.filter(unit__in=scope.unit_ids)
    return queryset


def indicators_by_model(codes):
    by_model = defaultdict(list)
    for code in codes:
        indicator = BY_CODE[code]
        by_model[indicator.model].append(indicator)
    return by_model


# Arguments: the values a statement's shape leaves open, {key: value}; a key ending in "year"
# holds a year number (see statements.stand_ins_for).


def arguments_of_period(period):
    spans = windows(period)
    arguments = {}
    for name, window in spans.items():
        arguments.update({(name, "start"): window.start, (name, "end"): window.end, (name, "year"): window.year})
    # The days any window reaches, and those a stock is read on (see reach_condition).
    arguments[("reach", "start")] = min(window.start for window in spans.values())
    arguments[("reach", "end")] = max(window.end for window in spans.values())
    days = (period.end, spans["last_year"].end)
    arguments[("stock", "start")], arguments[("stock", "end")] = min(days), max(days)
    return arguments


def spans_from(values):
    spans = {name: Span(values[(name, "start")], values[(name, "end")], values[(name, "year")]) for name in WINDOWS}
    spans["reach"] = Span(values[("reach", "start")], values[("reach", "end")])
    spans["stock"] = Span(values[("stock", "start")], values[("stock", "end")])
    return spans


def arguments_of_scope(scope):
    """({key: value}, shape) of a scope's unit ids and cuts; shape None for the whole register."""
    if scope is None:
        return {}, None
    arguments: dict = {("unit", index): pk for index, pk in enumerate(scope.unit_ids)}
    sizes = []
    for number, (day, year, ids) in enumerate(_cuts(scope)):
        arguments.update({("cut", number, "day"): day, ("cut", number, "year"): year})
        arguments.update({("cut", number, index): pk for index, pk in enumerate(ids)})
        sizes.append(len(ids))
    return arguments, (len(scope.until), tuple(sizes))


def scope_from(values, shape):
    """The unit ids (None: every unit) and cuts that arguments_of_scope took apart."""
    if shape is None:
        return None, []
    units, sizes = shape
    cuts = [
        (
            values[("cut", number, "day")],
            values[("cut", number, "year")],
            [values[("cut", number, i)] for i in range(n)],
        )
        for number, n in enumerate(sizes)
    ]
    return [values[("unit", index)] for index in range(units)], cuts


def reach_condition(indicators, spans):
    """The rows that can count in some window: a superset of every aggregate's rows, bounded on
    each date field so that the database reads only those through its (unit, date) indexes.
    Q() when a figure reads every row."""
    flows, stocks = set(), defaultdict(list)  # date fields; {date field: stock indicators}
    for indicator in indicators:
        if indicator.year_field or indicator.date_field is None:
            return Q()
        if indicator.is_stock:
            stocks[indicator.date_field].append(indicator)
        else:
            flows.add(indicator.date_field)
    reach, stock = spans["reach"], spans["stock"]
    parts = []
    for field in sorted(flows | set(stocks)):
        # A flow's row lies in the windows' span; a stock's row began by the last stock day (which
        # reach.end is not before) and had not ended by the first.
        ends = {(i.stock_end_field, i.open_on_lookup()): i for i in stocks[field]}
        open_ = [open_on(ends[key], stock.start) for key in sorted(ends)]
        if field in flows:
            lower = reduce(or_, [Q(**{f"{field}__gte": reach.start}), *open_])
            parts.append(Q(**{f"{field}__lte": reach.end}) & lower)
        else:
            parts.append(Q(**{f"{field}__lte": stock.end}) & reduce(or_, open_))
    return reduce(or_, parts)


def window_aggregates(indicators, spans, keep):
    """{alias: aggregate} of every measure of indicators over the four windows; keep(indicator):
    the condition of the rows the scope counts."""
    aggregates = {}
    for indicator in indicators:
        for name in WINDOWS:
            stock_window = spans["last_year"] if name.startswith("last_year") else spans["period"]
            condition = (
                Q(**indicator.condition) & window_condition(indicator, spans[name], stock_window) & keep(indicator)
            )
            for measure in indicator.measures:
                aggregates[f"{indicator.code}__{measure.name}__{name}"] = measure_aggregate(measure, condition)
    return aggregates


def row_figures(indicators, row):
    return {
        indicator.code: {
            measure.name: Figure(*(int(row.get(f"{indicator.code}__{measure.name}__{w}") or 0) for w in WINDOWS))
            for measure in indicator.measures
        }
        for indicator in indicators
    }
