"""Indicators computed in the database on the demo province: the seeds' figures come out."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.models import Unit
from ngoaivu.register.engine import breakdown, evaluate, series
from ngoaivu.pure.indicators import BY_CODE, CATALOGUE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import DECREE_09


def province(code="SNgV"):
    return Unit.objects.get(code=code).scope()


def test_august_2021(demo, db):
    figures = evaluate(
        ["incoming_delegations", "boats_detained", "fishermen_still_detained"], parse("2021-08"), province()
    )
    incoming = figures["incoming_delegations"]
    assert (incoming["groups"].period, incoming["persons"].period) == (0, 0)
    assert (incoming["groups"].ytd, incoming["persons"].ytd) == (19, 54)
    assert (incoming["groups"].last_year_ytd, incoming["persons"].last_year_ytd) == (19, 56)
    assert (figures["boats_detained"]["boats"].period, figures["boats_detained"]["fishermen"].period) == (2, 19)
    # A stock: read on the last day, the same for the period and the year to date.
    assert figures["fishermen_still_detained"]["fishermen"].period == 42
    assert figures["fishermen_still_detained"]["fishermen"].ytd == 42


def test_first_half_2021(demo, db):
    figures = evaluate(
        ["incoming_delegations", "aid", "abtc", "boats_obstructed", "boats_detained"], parse("2021-H1"), province()
    )
    assert (figures["incoming_delegations"]["groups"].period, figures["incoming_delegations"]["persons"].period) == (
        17,
        35,
    )
    assert (
        figures["incoming_delegations"]["groups"].last_year,
        figures["incoming_delegations"]["persons"].last_year,
    ) == (14, 41)
    assert figures["incoming_delegations"]["groups"].diff == 3
    assert (figures["aid"]["count"].period, figures["aid"]["value"].period) == (3, 7037000000)
    assert (figures["abtc"]["businesspeople"].period, figures["abtc"]["enterprises"].period) == (4, 3)
    assert (figures["boats_obstructed"]["boats"].period, figures["boats_obstructed"]["fishermen"].period) == (4, 22)
    assert figures["boats_detained"]["boats"].period == 0


def test_one_query_per_model_whatever_the_number_of_figures(demo, db):
    codes = [indicator.code for indicator in CATALOGUE]
    models = {indicator.model for indicator in CATALOGUE}
    with CaptureQueriesContext(connection) as queries:
        evaluate(codes, parse("2021"), None)
    assert len(queries) == len(models)


def test_the_decree_09_month_runs_from_the_15th(demo, db):
    calendar = evaluate(["incoming_delegations"], parse("2021-07"), None)["incoming_delegations"]["groups"].period
    decree = evaluate(["incoming_delegations"], parse("2021-07", DECREE_09), None)["incoming_delegations"][
        "groups"
    ].period
    from ngoaivu.register.models import IncomingDelegation

    expected = IncomingDelegation.objects.filter(start_date__gte="2021-06-15", start_date__lte="2021-07-14").count()
    assert decree == expected and calendar == 2


def test_a_unit_counts_only_its_own_rows(demo, db):
    whole = evaluate(["foreign_student_arrivals"], parse("2021-H1"), None)["foreign_student_arrivals"]["count"].period
    school = evaluate(["foreign_student_arrivals"], parse("2021-H1"), province("DHPVD"))["foreign_student_arrivals"][
        "count"
    ].period
    assert whole == 199 and 0 < school < whole


def test_breakdown_by_host_and_country(demo, db):
    rows = dict(breakdown("incoming_delegations", "host_level", parse("2021-H1")))
    assert sum(values["groups"] for values in rows.values()) == 17
    assert set(rows) <= {"provincial", "agency"}


def test_every_indicator_has_a_vietnamese_name_and_units():
    for indicator in CATALOGUE:
        assert indicator.name and all(measure.unit for measure in indicator.measures), indicator.code
    assert BY_CODE["fishermen_still_detained"].is_stock


def _grouped_queries(unit_codes):
    """Each scope of evaluate_by_scope (the units' scopes at the end of 2021's first half) checked equal to
    one report of it; the number of queries the grouped call takes."""
    from ngoaivu.register.engine import evaluate_by_scope

    codes = [indicator.code for indicator in CATALOGUE]
    scopes = {code: Unit.objects.get(code=code).scope(date(2021, 6, 30)) for code in unit_codes}
    with CaptureQueriesContext(connection) as queries:
        grouped = evaluate_by_scope(codes, parse("2021-H1"), scopes)
    for code, ids in scopes.items():
        assert grouped[code] == evaluate(codes, parse("2021-H1"), ids)
    return len(queries), scopes


def test_all_scopes_at_once_equal_one_report_each(demo, db):
    # disjoint then (the office became the focal point in 2025): one query per model
    assert _grouped_queries(("VP", "DHPVD", "SCT"))[0] == len({indicator.model for indicator in CATALOGUE})


def test_scopes_that_share_units_are_each_counted_whole(demo, db):
    """A unit and one it holds, both asked: grouped apart, each scope counts every row of its units."""
    queries, scopes = _grouped_queries(("SNgV", "VP", "DHPVD"))
    assert set(scopes["VP"].until) & set(scopes["SNgV"].until)  # the office's rows are the province's too
    # the province alone, then the office and the university
    assert queries == 2 * len({indicator.model for indicator in CATALOGUE})


def test_monthly_points_add_up_to_the_year_in_one_query(demo, db):
    months = parse("2021").months()
    with CaptureQueriesContext(connection) as queries:
        points = series("incoming_delegations", months)
    assert len(queries) == 1
    year = evaluate(["incoming_delegations"], parse("2021"))["incoming_delegations"]
    assert sum(points["groups"]) == year["groups"].period
    assert sum(points["persons"]) == year["persons"].period
    assert (
        points["groups"][7]
        == evaluate(["incoming_delegations"], parse("2021-08"))["incoming_delegations"]["groups"].period
    )


def test_a_stock_point_is_the_figure_on_the_months_last_day(demo, db):
    points = series("fishermen_still_detained", parse("2021").months())
    assert points["fishermen"][7] == 42  # the seed's 31/8/2021
    assert series("fishermen_still_detained", [])["fishermen"] == []
