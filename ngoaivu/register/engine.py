"""Evaluate catalogue indicators in the database: one aggregate query per register model.

Every measure is computed for four windows at once — the period, the year to date, the same
period last year and last year's year to date — with conditional aggregates, so a report
costs one query per model whatever the number of figures.

A report's SQL depends on its shape only (the indicators, how many units, how many of them cut on
which days), not on its dates and unit ids: each shape is compiled once and run again with the
new values (statements.py).
"""

from collections import defaultdict
from functools import reduce
from operator import or_
from typing import NamedTuple

from django.apps import apps
from django.db import connections
from django.db.models import Count, DateField, F, IntegerField, Q, Sum, Value
from django.db.models.expressions import RawSQL

from ngoaivu.core.lineage import Scope
from ngoaivu.pure.indicators import BY_CODE, Figure
from ngoaivu.register import statements

WINDOWS = ("period", "ytd", "last_year", "last_year_ytd")
GROUP = "engine_scope"  # the selected scope column of a report's statement
MAPPING = "engine_scope_map"  # evaluate_by_scope's rows (unit id, scope, last day, last year)
MAPPING_ROWS = 5000  # units per grouped statement, which keeps statements of a national register small


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
        return Q(**{f"{indicator.date_field}__lte": day}) & _open_on(indicator, day)
    return Q(**{f"{indicator.date_field}__gte": window.start, f"{indicator.date_field}__lte": window.end})


def _open_on(indicator, day):
    """The rows of a stock not ended on day: no end, or one the stock still holds them on
    (Indicator.open_on_lookup: a student leaving on day still studies on it)."""
    return Q(**{f"{indicator.stock_end_field}__isnull": True}) | Q(**{indicator.open_on_lookup(): day})


def _aggregate(measure, condition):
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
    return _kept(indicator, _cuts(scope))


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
    return [(day, _last_year(day), ids) for day, ids in scope.cuts().items()]


def _last_year(day):
    # A row placed by year counts when its whole year lies before the change.
    return day.year if (day.month, day.day) == (12, 31) else day.year - 1


def _kept(indicator, cuts):
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


def _mapped_cut(indicator):
    """kept() over evaluate_by_scope's mapping: each unit's last day (and year) is a column of it."""
    field = indicator.year_field or indicator.date_field
    if field is None:
        return Q()
    bound = "scope_last_year" if indicator.year_field else "scope_last_day"
    return Q(**{f"{bound}__isnull": True}) | Q(**{f"{field}__lte": F(bound)})


def _base(model, scope):
    queryset = model._default_manager.all()
    if scope is not None:
        queryset = queryset.filter(unit__in=scope.unit_ids)
    return queryset


def _by_model(codes):
    by_model = defaultdict(list)
    for code in codes:
        indicator = BY_CODE[code]
        by_model[indicator.model].append(indicator)
    return by_model


# Arguments: the values a statement's shape leaves open, {key: value}; a key ending in "year"
# holds a year number (see statements.stand_ins_for).


def _window_arguments(period):
    spans = windows(period)
    arguments = {}
    for name, window in spans.items():
        arguments.update({(name, "start"): window.start, (name, "end"): window.end, (name, "year"): window.year})
    # The days any window reaches, and those a stock is read on (see _reach).
    arguments[("reach", "start")] = min(window.start for window in spans.values())
    arguments[("reach", "end")] = max(window.end for window in spans.values())
    days = (period.end, spans["last_year"].end)
    arguments[("stock", "start")], arguments[("stock", "end")] = min(days), max(days)
    return arguments


def _spans(values):
    spans = {name: Span(values[(name, "start")], values[(name, "end")], values[(name, "year")]) for name in WINDOWS}
    spans["reach"] = Span(values[("reach", "start")], values[("reach", "end")])
    spans["stock"] = Span(values[("stock", "start")], values[("stock", "end")])
    return spans


def _scope_arguments(scope):
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


def _scope_from(values, shape):
    """The unit ids (None: every unit) and cuts that _scope_arguments took apart."""
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


def _reach(indicators, spans):
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
        open_ = [_open_on(ends[key], stock.start) for key in sorted(ends)]
        if field in flows:
            lower = reduce(or_, [Q(**{f"{field}__gte": reach.start}), *open_])
            parts.append(Q(**{f"{field}__lte": reach.end}) & lower)
        else:
            parts.append(Q(**{f"{field}__lte": stock.end}) & reduce(or_, open_))
    return reduce(or_, parts)


def _aggregates(indicators, spans, keep):
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
                aggregates[f"{indicator.code}__{measure.name}__{name}"] = _aggregate(measure, condition)
    return aggregates


def _figures(indicators, row):
    return {
        indicator.code: {
            measure.name: Figure(*(int(row.get(f"{indicator.code}__{measure.name}__{w}") or 0) for w in WINDOWS))
            for measure in indicator.measures
        }
        for indicator in indicators
    }


def _one_scope(model, indicators, shape):
    """build(values) of one model's report over one scope (shape: see _scope_arguments)."""

    def build(values):
        spans = _spans(values)
        ids, cuts = _scope_from(values, shape)
        queryset = model._default_manager.all()
        if ids is not None:
            queryset = queryset.filter(unit__in=ids)
        aggregates = _aggregates(indicators, spans, lambda indicator: _kept(indicator, cuts))
        # One group of every row: a values() query compiles without being run.
        grouped = queryset.filter(_reach(indicators, spans)).values(**{GROUP: Value(0)})
        return grouped.annotate(**aggregates).order_by()

    return build


def report_statement(model_label, indicators, period, scope, fresh=False):
    """(Statement, arguments) of one model's indicators over scope; fresh: compiled anew with the
    values themselves, not taken from the cache."""
    scope_arguments, shape = _scope_arguments(scope)
    arguments = {**_window_arguments(period), **scope_arguments}
    return _report_statement(model_label, indicators, arguments, shape, fresh), arguments


def _report_statement(model_label, indicators, arguments, shape, fresh=False):
    model = apps.get_model(model_label)
    build = _one_scope(model, indicators, shape)
    if fresh:
        return statements.compile_statement(build, arguments, stand_ins=False)
    key = (model._default_manager.db, "report", model_label, tuple(i.code for i in indicators), shape)
    return statements.prepared(key, build, arguments)


def evaluate(codes, period, units=None):
    """{code: {measure: Figure}} for the indicators named, over the rows of units (see as_scope)."""
    scope_arguments, shape = _scope_arguments(as_scope(units))
    arguments = {**_window_arguments(period), **scope_arguments}
    results = {}
    for model_label, indicators in _by_model(codes).items():
        rows = _report_statement(model_label, indicators, arguments, shape).rows(arguments)
        results.update(_figures(indicators, rows[0] if rows else {}))
    return results


def _mapped(model, indicators, cuts):
    """build(values) of one model's report grouped by the scopes of the mapping joined in."""

    def build(values):
        spans = _spans(values)
        quote = connections[model._default_manager.db].ops.quote_name

        def column(name, field):
            return RawSQL(f"{quote(MAPPING)}.{quote(name)}", (), output_field=field)

        queryset = model._default_manager.all()
        keep = lambda indicator: Q()  # noqa: E731
        if cuts:
            queryset = queryset.alias(
                scope_last_day=column("last_day", DateField()), scope_last_year=column("last_year", IntegerField())
            )
            keep = _mapped_cut
        aggregates = _aggregates(indicators, spans, keep)
        grouped = queryset.filter(_reach(indicators, spans)).values(**{GROUP: column("scope", IntegerField())})
        return grouped.annotate(**aggregates).order_by()

    return build


def _mapping(scopes):
    """evaluate_by_scope's mapping of scopes ({key: Scope}): (column names, [(unit id, scope number,
    last day, last year)]), scopes numbered in their order; the last two columns only when a unit
    is cut."""
    mapped = [
        (pk, number, day, None if day is None else _last_year(day))
        for number, scope in enumerate(scopes.values())
        for pk, day in sorted(scope.until.items())
    ]
    if any(day is not None for _pk, _number, day, _year in mapped):
        return ("unit_id", "scope", "last_day", "last_year"), mapped
    return ("unit_id", "scope"), [row[:2] for row in mapped]


def scopes_statement(model_label, indicators, period, scopes, fresh=False):
    """(Statement, arguments, WITH clause of the mapping) of one model's indicators grouped by
    scopes ({key: Scope}, numbered in their order); fresh as in report_statement."""
    columns, mapped = _mapping(scopes)
    arguments = _window_arguments(period)
    statement = _scopes_statement(model_label, indicators, arguments, len(columns) > 2, fresh)
    return statement, arguments, statements.mapping(statement.using, MAPPING, columns, mapped)


def _scopes_statement(model_label, indicators, arguments, cuts, fresh=False):
    # The mapping is written before the statement at each call: the statement depends on whether
    # units are cut, not on how many units there are.
    model = apps.get_model(model_label)
    using = model._default_manager.db
    build, splice = _mapped(model, indicators, cuts), statements.joined(model, using, MAPPING, "unit_id")
    if fresh:
        return statements.compile_statement(build, arguments, splice, stand_ins=False)
    key = (using, "scopes", model_label, tuple(i.code for i in indicators), cuts)
    return statements.prepared(key, build, arguments, splice)


def _batches(scopes):
    """scopes ({key: Scope}) in groups of at most MAPPING_ROWS units (one larger scope alone)."""
    batches: list = []
    batch: dict = {}
    size = 0
    for key, scope in scopes.items():
        if batch and size + len(scope.until) > MAPPING_ROWS:
            batches.append(batch)
            batch, size = {}, 0
        batch[key] = scope
        size += len(scope.until)
    return batches + [batch] if batch else batches


def evaluate_by_scope(codes, period, scopes):
    """{scope: {code: {measure: Figure}}} for several disjoint scopes — the provinces of a
    national register — with one grouped query per model instead of one report per scope.

    scopes: {key: Scope or [unit ids]}; a unit belongs to one scope at most. Each unit's scope
    and last day come in a mapping joined to the rows (a VALUES list).
    """
    scopes = {key: as_scope(units) for key, units in scopes.items()}
    results: dict = {key: {} for key in scopes}
    arguments = _window_arguments(period)
    for batch in _batches(scopes):
        columns, mapped = _mapping(batch)
        before = {}  # {database alias: the mapping's WITH clause}
        for model_label, indicators in _by_model(codes).items():
            found = {}
            if mapped:
                statement = _scopes_statement(model_label, indicators, arguments, len(columns) > 2)
                if statement.using not in before:
                    before[statement.using] = statements.mapping(statement.using, MAPPING, columns, mapped)
                found = {row[GROUP]: row for row in statement.rows(arguments, before[statement.using])}
            for number, key in enumerate(batch):  # a scope without rows in this model: zeros
                results[key].update(_figures(indicators, found.get(number, {})))
    return results


def rows(code, period, units=None):
    """The register rows one indicator counts in the period."""
    indicator, scope = BY_CODE[code], as_scope(units)
    condition = Q(**indicator.condition) & window_condition(indicator, period, period) & kept(indicator, scope)
    return _base(apps.get_model(indicator.model), scope).filter(condition)


def left(code, period, units=None):
    """The register rows a stock indicator held on some day of the period but no longer holds on its
    last day: the students who studied in the period and went home before it ended."""
    indicator, scope = BY_CODE[code], as_scope(units)
    if not indicator.is_stock:
        raise ValueError(f"{code} is no stock")
    condition = (
        Q(**indicator.condition)
        & Q(**{f"{indicator.date_field}__lte": period.end, indicator.open_on_lookup(): period.start})
        & ~_open_on(indicator, period.end)
        & kept(indicator, scope)
    )
    return _base(apps.get_model(indicator.model), scope).filter(condition)


def breakdown(code, by, period, units=None):
    """[(value, {measure: number})] of one indicator in the period, split by a field."""
    indicator = BY_CODE[code]
    if by not in indicator.breakdowns:
        raise ValueError(f"{code} cannot be split by {by}")
    queryset = rows(code, period, units)
    aggregates = {m.name: _aggregate(m, Q()) for m in indicator.measures}
    grouped = queryset.values(by).annotate(**aggregates).order_by(by)
    return [(row[by], {m.name: int(row[m.name] or 0) for m in indicator.measures}) for row in grouped]


def _series(model, indicator, count, shape):
    def build(values):
        ids, cuts = _scope_from(values, shape)
        queryset = model._default_manager.all()
        if ids is not None:
            queryset = queryset.filter(unit__in=ids)
        aggregates = {}
        for index in range(count):
            window = Span(values[(index, "start")], values[(index, "end")], values[(index, "year")])
            condition = Q(**indicator.condition) & window_condition(indicator, window, window) & _kept(indicator, cuts)
            for measure in indicator.measures:
                aggregates[f"{measure.name}__{index}"] = _aggregate(measure, condition)
        return queryset.values(**{GROUP: Value(0)}).annotate(**aggregates).order_by()

    return build


def series_statement(code, periods, units=None, fresh=False):
    """(Statement, arguments) of series(); fresh as in report_statement."""
    indicator, scope = BY_CODE[code], as_scope(units)
    model = apps.get_model(indicator.model)
    scope_arguments, shape = _scope_arguments(scope)
    arguments = {}
    for index, window in enumerate(periods):
        arguments.update({(index, "start"): window.start, (index, "end"): window.end, (index, "year"): window.year})
    arguments.update(scope_arguments)
    build = _series(model, indicator, len(periods), shape)
    if fresh:
        return statements.compile_statement(build, arguments, stand_ins=False), arguments
    key = (model._default_manager.db, "series", code, len(periods), shape)
    return statements.prepared(key, build, arguments), arguments


def series(code, periods, units=None):
    """{measure: [value per period]} of one indicator over several periods, in one query.

    The periods are the points of a chart: months of a year, or years. A stock is read on
    each period's last day, so the points of "still detained" are month-end figures.
    """
    indicator = BY_CODE[code]
    row: dict = {}
    if periods:
        statement, arguments = series_statement(code, periods, units)
        found = statement.rows(arguments)
        row = found[0] if found else {}
    return {
        measure.name: [int(row.get(f"{measure.name}__{index}") or 0) for index in range(len(periods))]
        for measure in indicator.measures
    }
