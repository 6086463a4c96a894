"""Evaluate catalogue indicators in the database: one aggregate query per register model.

Every measure is computed for four windows at once — the period, the year to date, the same
period last year and last year's year to date — with conditional aggregates, so a report
costs one query per model whatever the number of figures.
"""

from collections import defaultdict

from django.apps import apps
from django.db.models import Case, CharField, Count, Q, Sum, Value, When

from ngoaivu.core.lineage import Scope
from ngoaivu.pure.indicators import BY_CODE, Figure

WINDOWS = ("period", "ytd", "last_year", "last_year_ytd")


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
        return Q(**{f"{indicator.date_field}__lte": day}) & (
            Q(**{f"{indicator.stock_end_field}__isnull": True}) | Q(**{f"{indicator.stock_end_field}__gt": day})
        )
    return Q(**{f"{indicator.date_field}__gte": window.start, f"{indicator.date_field}__lte": window.end})


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
    if indicator.year_field:
        return cut(scope, indicator.year_field, by_year=True)
    return cut(scope, indicator.date_field)


def cut(scope, field, by_year=False):
    """The rows of scope dated by field (a date, or a year number when by_year) that count: a cut
    unit's up to its last day. No field: a current state, the predecessor's open matters count."""
    condition = Q()
    if scope is None or field is None:
        return condition
    for day, ids in scope.cuts().items():
        # A row placed by year counts when its whole year lies before the change.
        limit = (day.year if (day.month, day.day) == (12, 31) else day.year - 1) if by_year else day
        condition &= ~Q(unit_id__in=ids) | Q(**{f"{field}__lte": limit})
    return condition


def _base(model, scope):
    queryset = model._default_manager.all()
    if scope is not None:
        queryset = queryset.filter(unit__in=scope.unit_ids)
    return queryset


def _plan(codes, period, scope):
    """{model label: (indicators, {alias: aggregate})} for the indicators named."""
    by_model = defaultdict(list)
    for code in codes:
        indicator = BY_CODE[code]
        by_model[indicator.model].append(indicator)
    spans = windows(period)
    plan = {}
    for model_label, indicators in by_model.items():
        aggregates = {}
        for indicator in indicators:
            for name, window in spans.items():
                stock_window = spans["last_year"] if name.startswith("last_year") else period
                condition = (
                    Q(**indicator.condition)
                    & window_condition(indicator, window, stock_window)
                    & kept(indicator, scope)
                )
                for measure in indicator.measures:
                    aggregates[f"{indicator.code}__{measure.name}__{name}"] = _aggregate(measure, condition)
        plan[model_label] = (indicators, aggregates)
    return plan


def _figures(indicators, row):
    return {
        indicator.code: {
            measure.name: Figure(*(int(row.get(f"{indicator.code}__{measure.name}__{w}") or 0) for w in WINDOWS))
            for measure in indicator.measures
        }
        for indicator in indicators
    }


def evaluate(codes, period, units=None):
    """{code: {measure: Figure}} for the indicators named, over the rows of units (see as_scope)."""
    scope = as_scope(units)
    results = {}
    for model_label, (indicators, aggregates) in _plan(codes, period, scope).items():
        row = _base(apps.get_model(model_label), scope).aggregate(**aggregates)
        results.update(_figures(indicators, row))
    return results


def evaluate_by_scope(codes, period, scopes):
    """{scope: {code: {measure: Figure}}} for several disjoint scopes — the provinces of a
    national register — with one grouped query per model instead of one report per scope.

    scopes: {key: Scope or [unit ids]}; a unit belongs to one scope at most.
    """
    scopes = {key: as_scope(units) for key, units in scopes.items()}
    every = Scope({pk: day for scope in scopes.values() for pk, day in scope.until.items()})
    scope_of = Case(
        *(When(unit_id__in=scope.unit_ids, then=Value(str(key))) for key, scope in scopes.items()),
        default=Value(None),
        output_field=CharField(),
    )
    results = {key: {} for key in scopes}
    keys = {str(key): key for key in scopes}
    for model_label, (indicators, aggregates) in _plan(codes, period, every).items():
        rows = (
            apps.get_model(model_label)
            ._default_manager.annotate(scope=scope_of)
            .exclude(scope=None)
            .values("scope")
            .order_by()
            .annotate(**aggregates)
        )
        seen = set()
        for row in rows:
            results[keys[row["scope"]]].update(_figures(indicators, row))
            seen.add(row["scope"])
        for key in set(keys) - seen:  # a scope without rows in this model: zeros
            results[keys[key]].update(_figures(indicators, {}))
    return results


def rows(code, period, units=None):
    """The register rows one indicator counts in the period."""
    indicator, scope = BY_CODE[code], as_scope(units)
    condition = Q(**indicator.condition) & window_condition(indicator, period, period) & kept(indicator, scope)
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


def series(code, periods, units=None):
    """{measure: [value per period]} of one indicator over several periods, in one query.

    The periods are the points of a chart: months of a year, or years. A stock is read on
    each period's last day, so the points of "still detained" are month-end figures.
    """
    indicator, scope = BY_CODE[code], as_scope(units)
    aggregates = {}
    for index, window in enumerate(periods):
        condition = Q(**indicator.condition) & window_condition(indicator, window, window) & kept(indicator, scope)
        for measure in indicator.measures:
            aggregates[f"{measure.name}__{index}"] = _aggregate(measure, condition)
    row = _base(apps.get_model(indicator.model), scope).aggregate(**aggregates) if aggregates else {}
    return {
        measure.name: [int(row.get(f"{measure.name}__{index}") or 0) for index in range(len(periods))]
        for measure in indicator.measures
    }
