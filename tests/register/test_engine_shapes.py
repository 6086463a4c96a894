"""The engine's statements, compiled once per shape and reused with other dates and units, send what
a fresh build sends and give the figures of the register rows themselves, cut units included."""

from datetime import date, timedelta

import pytest
from django.db import connection
from django.db.models import Count, Sum, Value
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.lineage import Scope
from ngoaivu.core.models import Succession, Unit
from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import BY_CODE, CATALOGUE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import DECREE_09
from ngoaivu.register import counting, engine, statements
from ngoaivu.register import models as m
from ngoaivu.register.engine import evaluate, evaluate_by_scope, rows, series
from tests.register.rows import make

CODES = [indicator.code for indicator in CATALOGUE]
MODELS = {indicator.model for indicator in CATALOGUE}
DAYS = [date(2023, 6, 10), date(2024, 2, 10), date(2024, 8, 20), date(2024, 11, 5)]
DAYS += [date(2025, 2, 10), date(2025, 5, 10), date(2025, 8, 15)]
END = date(2025, 12, 31)
BASIS = "Quyết định thử về tổ chức"
PERIODS = [
    parse("2025"),
    parse("2025-H1"),
    parse("2025-02"),
    parse("2024-Q4"),
    parse("2025-03", DECREE_09),
    parse("2024-11-15..2025-03-10"),
    parse("2025", as_of=date(2025, 5, 20)),
]


def unit(code, kind=Unit.Kind.DEPARTMENT, parent=None):
    return Unit.objects.create(code=code, name=f"Đơn vị thử {code}", kind=kind, parent=parent)


def add_rows(owner, number):
    """One row a day of DAYS in several areas: flows, stocks, a year field, distinct counts."""
    for index, day in enumerate(DAYS):
        size = 1 + index + 10 * number
        later = day + timedelta(days=40)
        updates = [
            (m.IncomingDelegation, {"start_date": day, "person_visits": size}),
            (m.FishingIncident, {"occurred_on": day, "fishermen": size, "released_on": later if index % 2 else None}),
            (m.FishingIncident, {"occurred_on": day, "fishermen": 2, "kind": "obstructed"}),
            (m.AbtcApplication, {"received_on": day, "decided_on": later, "status": "approved", "enterprise": "A"}),
            (m.ForeignResident, {"arrived_on": day, "persons": size, "departed_on": later if index % 3 else None}),
            (m.StaffMember, {"joined_on": day, "left_on": later if index % 2 else None}),
            (m.Agreement, {"signed_on": day, "status": "signed"} if index % 2 else {"status": "drafting"}),
        ]
        if index < 3:
            updates.append((m.AssignedTask, {"year": 2023 + index}))
        for model, fields in updates:
            model.objects.filter(pk=make(model, owner).pk).update(**fields)


@pytest.fixture
def world(db):
    """The Văn phòng took duties from the Sở on 01/3/2025 and from the school on 01/10/2024, both of
    which went on (counted up to the day before), and took over an ended Sở of another province
    on 01/7/2025 (counted whole); another province's Sở stands apart."""
    province = unit("XP", Unit.Kind.PROVINCE)
    committee = unit("XP-UB", Unit.Kind.PEOPLES_COMMITTEE, province)
    office = unit("XP-VP", Unit.Kind.OFFICE, committee)
    department = unit("XP-S", parent=committee)
    school = unit("XP-DH", Unit.Kind.UNIVERSITY, province)
    merged = unit("XK-S", parent=unit("XK", Unit.Kind.PROVINCE))
    apart = unit("XR-S", parent=unit("XR", Unit.Kind.PROVINCE))
    for number, owner in enumerate([office, department, school, merged, apart]):
        add_rows(owner, number)
    links = [(department, date(2025, 3, 1), "duties"), (school, date(2024, 10, 1), "duties")]
    links.append((merged, date(2025, 7, 1), "merge"))
    for predecessor, day, kind in links:
        Succession.objects.create(
            predecessor=predecessor, successor=office, kind=kind, effective_on=day, legal_basis=BASIS
        )
    Unit.objects.filter(pk=merged.pk).update(ended_on=date(2025, 7, 1), is_active=False)
    return {"office": office, "department": department, "school": school, "apart": apart, "committee": committee}


def scopes(world):
    """Scopes of several shapes: two cut days, one, none; one unit; ids; the whole register."""
    office, apart = world["office"], world["apart"]
    return [
        office.scope(END),
        office.scope(date(2024, 12, 31)),
        office.scope(date(2024, 6, 30)),
        apart.scope(END),
        Scope.of([world["committee"].pk]),
        [office.pk, world["department"].pk],
        None,
    ]


def from_rows(code, period, scope):
    """{measure: Figure} of one indicator from rows(): the ORM's own filter of the register rows,
    built anew for each window, without the engine's statements."""
    indicator, windows = BY_CODE[code], counting.windows(period)
    figures = {}
    for measure in indicator.measures:
        values = []
        for name in counting.WINDOWS:
            queryset = rows(code, windows[name], scope)
            if measure.field is None:
                values.append(queryset.count())
            elif measure.distinct:
                values.append(queryset.aggregate(n=Count(measure.field, distinct=True))["n"])
            else:
                values.append(int(queryset.aggregate(n=Sum(measure.field))["n"] or 0))
        figures[measure.name] = Figure(*values)
    return figures


def test_a_cut_unit_counts_up_to_its_last_day(world):
    figures = evaluate(["incoming_delegations", "tasks"], parse("2025"), world["office"].scope(END))
    # 2025: the office's 5+6+7, the Sở's 15 of 10/02 (not after 28/02), the merged Sở's 35+36+37;
    # the school gave its duties away in 2024. 2024: 2+3+4, the Sở's 12+13+14, the school's 22+23
    # (not 05/11), the merged Sở's 32+33+34.
    assert (
        figures["incoming_delegations"]["persons"].period,
        figures["incoming_delegations"]["persons"].last_year,
    ) == (
        141,
        192,
    )
    # Tasks placed by year: the office's and the merged Sở's; the Sở's 2025 task stays its own, its
    # 2024 one counts; the school's 2024 one does not.
    assert (figures["tasks"]["count"].period, figures["tasks"]["count"].last_year) == (2, 3)


def test_reused_statements_send_what_a_fresh_build_sends(world):
    by_model = engine.indicators_by_model(CODES)
    for units in scopes(world):
        scope = engine.as_scope(units)
        for label, indicators in by_model.items():
            first = None
            for period in PERIODS:
                reused, arguments = engine.report_statement(label, indicators, period, scope)
                fresh, _ = engine.report_statement(label, indicators, period, scope, fresh=True)
                assert reused.sql == fresh.sql, (label, period)
                assert reused.params_for(arguments) == fresh.params_for(arguments), (label, period)
                first = first or reused
                assert reused is first  # compiled once for the shape, whatever the period
    # Units of one shape share a statement too.
    office = [world["apart"].pk]
    other = [world["committee"].pk]
    assert (
        engine.report_statement("register.Article", by_model["register.Article"], PERIODS[0], Scope.of(office))[0]
        is engine.report_statement("register.Article", by_model["register.Article"], PERIODS[1], Scope.of(other))[0]
    )


def test_figures_are_those_of_the_rows_for_periods_and_scopes(world):
    for units in scopes(world)[::2]:  # two cut days, none, one unit, the whole register
        for period in PERIODS[::2]:
            figures = evaluate(CODES, period, units)
            for code in CODES:
                assert figures[code] == from_rows(code, period, engine.as_scope(units)), (code, period, units)


def test_all_scopes_at_once_equal_one_report_each_with_cut_units(world):
    for as_of, period in [(END, parse("2025")), (END, parse("2025-H1")), (date(2024, 12, 31), parse("2024-Q4"))]:
        grouped_scopes = {
            "office": world["office"].scope(as_of),
            "apart": world["apart"].scope(as_of),
            "committee": [world["committee"].pk],
            "empty": [],
        }
        statements.clear()
        with CaptureQueriesContext(connection) as queries:
            grouped = evaluate_by_scope(CODES, period, grouped_scopes)
        assert len(queries) == len(MODELS)  # compiling sends nothing
        for key, units in grouped_scopes.items():
            assert grouped[key] == evaluate(CODES, period, units), (key, period)
        with CaptureQueriesContext(connection) as queries:
            assert evaluate_by_scope(CODES, period.same_period_last_year(), grouped_scopes) == {
                key: evaluate(CODES, period.same_period_last_year(), units) for key, units in grouped_scopes.items()
            }
        assert len(queries) == len(MODELS) * len(grouped_scopes)  # the empty scope's report sends none


def test_grouped_statements_send_what_a_fresh_build_sends(world):
    by_model = engine.indicators_by_model(CODES)
    grouped_scopes = {"office": world["office"].scope(END), "apart": world["apart"].scope(END)}
    grouped_scopes = {key: engine.as_scope(units) for key, units in grouped_scopes.items()}
    for label, indicators in by_model.items():
        for period in PERIODS:
            reused, arguments, mapping = engine.scopes_statement(label, indicators, period, grouped_scopes)
            fresh, _, _ = engine.scopes_statement(label, indicators, period, grouped_scopes, fresh=True)
            assert "INNER JOIN" in reused.sql and reused.sql == fresh.sql
            assert reused.params_for(arguments) == fresh.params_for(arguments)
            assert mapping.startswith("WITH ") and "'2025-02-28'" in mapping  # the Sở's last day


def test_scopes_beyond_one_statements_mapping_go_in_several(world, monkeypatch):
    grouped_scopes = {"office": world["office"].scope(END), "apart": world["apart"].scope(END)}
    whole = evaluate_by_scope(CODES, parse("2025"), grouped_scopes)
    monkeypatch.setattr(engine, "MAPPING_ROWS", 2)  # the office's four units alone, then the other
    with CaptureQueriesContext(connection) as queries:
        assert evaluate_by_scope(CODES, parse("2025"), grouped_scopes) == whole
    assert len(queries) == 2 * len(MODELS)


def test_empty_scope_counts_nothing_without_a_query(world):
    with CaptureQueriesContext(connection) as queries:
        figures = evaluate(CODES, parse("2025"), [])
    assert len(queries) == 0
    assert all(figure == Figure(0, 0, 0, 0) for measures in figures.values() for figure in measures.values())


def test_series_reused_equal_the_months_figures(world):
    scope = world["office"].scope(END)
    for code in ("incoming_delegations", "fishermen_still_detained", "tasks", "abtc"):
        for year in ("2025", "2024"):
            months = parse(year).months()
            with CaptureQueriesContext(connection) as queries:
                points = series(code, months, scope)
            assert len(queries) == 1
            for name, values in points.items():
                assert values == [evaluate([code], month, scope)[code][name].period for month in months]
            reused, arguments = engine.series_statement(code, months, scope)
            fresh, _ = engine.series_statement(code, months, scope, fresh=True)
            assert reused.sql == fresh.sql and reused.params_for(arguments) == fresh.params_for(arguments)


def test_a_large_scope_keeps_its_cuts_by_year(world):
    """Thousands of units (ids without rows added here) give as many arguments: the year of a cut
    still gets a stand-in a year column takes."""
    scope = world["office"].scope(END)
    large = Scope({**scope.until, **dict.fromkeys(range(10**6, 10**6 + 3000))})
    assert evaluate(["tasks", "incoming_delegations"], parse("2025"), large) == evaluate(
        ["tasks", "incoming_delegations"], parse("2025"), scope
    )


def test_a_constant_equal_to_a_stand_in_is_refused(db):
    def build(values):
        queryset = m.IncomingDelegation.objects.filter(unit__in=[values[("unit", 0)]], person_visits=1_000_000_000)
        return queryset.values(one=Value(0)).annotate(n=Count("pk"))

    with pytest.raises(ValueError, match="stand-in"):
        statements.compile_statement(build, {("unit", 0): 1})
