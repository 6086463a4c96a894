"""Evaluate catalogue indicators in the database: one aggregate query per register model.

Every measure is computed for four windows at once — the period, the year to date, the same
period last year and last year's year to date — with conditional aggregates, so a report
costs one query per model whatever the number of figures.

A report's SQL depends on its shape only (the indicators, how many units, how many of them cut on
which days), not on its dates and unit ids: each shape is compiled once and run again with the
new values (statements.py).

The conditions the statements are made of (windows, scopes and their cuts, aggregates) are counting.py's.
"""

from django.apps import apps
from django.db import connections
from django.db.models import DateField, IntegerField, Q, Value
from django.db.models.expressions import RawSQL

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.register import statements

from .counting import (
    Span,
    measure_aggregate,
    window_aggregates,
    scope_rows,
    indicators_by_model,
    row_figures,
    kept_by_cuts,
    last_counted_year,
    mapped_cut,
    open_on,
    reach_condition,
    arguments_of_scope,
    scope_from,
    spans_from,
    arguments_of_period,
    as_scope,
    kept,
    window_condition,
)

GROUP = "engine_scope"  # the selected scope column of a report's statement
MAPPING = "engine_scope_map"  # evaluate_by_scope's rows (unit id, scope, last day, last year)
MAPPING_ROWS = 5000  # units per grouped statement, which keeps statements of a national register small


def _one_scope(model, indicators, shape):
    """build(values) of one model's report over one scope (shape: see arguments_of_scope)."""

    def build(values):
        spans = spans_from(values)
        ids, cuts = scope_from(values, shape)
        queryset = model._default_manager.all()
        if ids is not None:
            queryset = queryset.filter(unit__in=ids)
        aggregates = window_aggregates(indicators, spans, lambda indicator: kept_by_cuts(indicator, cuts))
        # One group of every row: a values() query compiles without being run.
        grouped = queryset.filter(reach_condition(indicators, spans)).values(**{GROUP: Value(0)})
        return grouped.annotate(**aggregates).order_by()

    return build


def report_statement(model_label, indicators, period, scope, fresh=False):
    """(Statement, arguments) of one model's indicators over scope; fresh: compiled anew with the
    values themselves, not taken from the cache."""
    scope_arguments, shape = arguments_of_scope(scope)
    arguments = {**arguments_of_period(period), **scope_arguments}
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
    scope_arguments, shape = arguments_of_scope(as_scope(units))
    arguments = {**arguments_of_period(period), **scope_arguments}
    results = {}
    for model_label, indicators in indicators_by_model(codes).items():
        rows = _report_statement(model_label, indicators, arguments, shape).rows(arguments)
        results.update(row_figures(indicators, rows[0] if rows else {}))
    return results


def _mapped(model, indicators, cuts):
    """build(values) of one model's report grouped by the scopes of the mapping joined in."""

    def build(values):
        spans = spans_from(values)
        quote = connections[model._default_manager.db].ops.quote_name

        def column(name, field):
            return RawSQL(f"{quote(MAPPING)}.{quote(name)}", (), output_field=field)

        queryset = model._default_manager.all()
        keep = lambda indicator: Q()  # noqa: E731
        if cuts:
            queryset = queryset.alias(
                scope_last_day=column("last_day", DateField()), scope_last_year=column("last_year", IntegerField())
            )
            keep = mapped_cut
        aggregates = window_aggregates(indicators, spans, keep)
        grouped = queryset.filter(reach_condition(indicators, spans)).values(**{GROUP: column("scope", IntegerField())})
        return grouped.annotate(**aggregates).order_by()

    return build


def _mapping(scopes):
    """evaluate_by_scope's mapping of scopes ({key: Scope}): (column names, [(unit id, scope number,
    last day, last year)]), scopes numbered in their order; the last two columns only when a unit
    is cut."""
    mapped = [
        (pk, number, day, None if day is None else last_counted_year(day))
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
    arguments = arguments_of_period(period)
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
    """scopes ({key: Scope}) in groups of at most MAPPING_ROWS units (one larger scope alone), no unit in
    two scopes of a group: the mapping gives each unit one scope, so scopes that share units (a unit and
    its parent, both asked) are counted in different groups."""
    batches: list = []  # [(batch, its unit ids)]
    for key, scope in scopes.items():
        ids = set(scope.until)
        batch = next((b for b in batches if b[1].isdisjoint(ids) and len(b[1]) + len(ids) <= MAPPING_ROWS), None)
        if batch is None:
            batches.append(({key: scope}, ids))
        else:
            batch[0][key] = scope
            batch[1].update(ids)
    return [batch for batch, _ids in batches]


def evaluate_by_scope(codes, period, scopes):
    """{scope: {code: {measure: Figure}}} for several scopes — the provinces of a national register,
    the units answering a request — with one grouped query per model instead of one report per scope.

    scopes: {key: Scope or [unit ids]}, apart or sharing units (_batches). Each unit's scope
    and last day come in a mapping joined to the rows (a VALUES list).
    """
    scopes = {key: as_scope(units) for key, units in scopes.items()}
    results: dict = {key: {} for key in scopes}
    arguments = arguments_of_period(period)
    for batch in _batches(scopes):
        columns, mapped = _mapping(batch)
        before = {}  # {database alias: the mapping's WITH clause}
        for model_label, indicators in indicators_by_model(codes).items():
            found = {}
            if mapped:
                statement = _scopes_statement(model_label, indicators, arguments, len(columns) > 2)
                if statement.using not in before:
                    before[statement.using] = statements.mapping(statement.using, MAPPING, columns, mapped)
                found = {row[GROUP]: row for row in statement.rows(arguments, before[statement.using])}
            for number, key in enumerate(batch):  # a scope without rows in this model: zeros
                results[key].update(row_figures(indicators, found.get(number, {})))
    return results


def rows(code, period, units=None):
    """The register rows one indicator counts in the period."""
    indicator, scope = BY_CODE[code], as_scope(units)
    condition = Q(**indicator.condition) & window_condition(indicator, period, period) & kept(indicator, scope)
    return scope_rows(apps.get_model(indicator.model), scope).filter(condition)


def left(code, period, units=None):
    """The register rows a stock indicator held on some day of the period but no longer holds on its
    last day: the students who studied in the period and went home before it ended."""
    indicator, scope = BY_CODE[code], as_scope(units)
    if not indicator.is_stock:
        raise ValueError(f"{code} is no stock")
    condition = (
        Q(**indicator.condition)
        & Q(**{f"{indicator.date_field}__lte": period.end, indicator.open_on_lookup(): period.start})
        & ~open_on(indicator, period.end)
        & kept(indicator, scope)
    )
    return scope_rows(apps.get_model(indicator.model), scope).filter(condition)


def breakdown(code, by, period, units=None):
    """[(value, {measure: number})] of one indicator in the period, split by a field."""
    indicator = BY_CODE[code]
    if by not in indicator.breakdowns:
        raise ValueError(f"{code} cannot be split by {by}")
    queryset = rows(code, period, units)
    aggregates = {m.name: measure_aggregate(m, Q()) for m in indicator.measures}
    grouped = queryset.values(by).annotate(**aggregates).order_by(by)
    return [(row[by], {m.name: int(row[m.name] or 0) for m in indicator.measures}) for row in grouped]


def _series(model, indicator, count, shape):
    def build(values):
        ids, cuts = scope_from(values, shape)
        queryset = model._default_manager.all()
        if ids is not None:
            queryset = queryset.filter(unit__in=ids)
        aggregates = {}
        for index in range(count):
            window = Span(values[(index, "start")], values[(index, "end")], values[(index, "year")])
            condition = (
                Q(**indicator.condition) & window_condition(indicator, window, window) & kept_by_cuts(indicator, cuts)
            )
            for measure in indicator.measures:
                aggregates[f"{measure.name}__{index}"] = measure_aggregate(measure, condition)
        return queryset.values(**{GROUP: Value(0)}).annotate(**aggregates).order_by()

    return build


def series_statement(code, periods, units=None, fresh=False):
    """(Statement, arguments) of series(); fresh as in report_statement."""
    indicator, scope = BY_CODE[code], as_scope(units)
    model = apps.get_model(indicator.model)
    scope_arguments, shape = arguments_of_scope(scope)
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
