"""A unit reporter's report list asks as many queries for many reports as for few: whether a report of the
focal point counts the province's rows is decided for all of them from the focal point's days read once,
by the rule one report's page follows (Report.counts_province)."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.models import Succession
from ngoaivu.reporting.models import Report, ReportTemplate


def _reports(unit, codes):
    general = ReportTemplate.objects.get(code="general")
    return [
        Report.objects.create(unit=unit, template=general, period_code=code, year=int(code[:4]), title=f"Kỳ {code}")
        for code in codes
    ]


def _listed(client):
    with CaptureQueriesContext(connection) as queries:
        page = client.get("/bao-cao/")
    assert page.status_code == 200
    return {report.pk for report in page.context["reports"]}, len(queries)


def test_the_list_of_a_focal_units_reporter_asks_no_more_queries_for_more_reports(client_for, units):
    # The Văn phòng is the focal point from 01/3/2025, the duty handed over by the Sở, which ended then.
    units["sngv"].ended_on, units["sngv"].is_active = date(2025, 3, 1), False
    for unit in (units["sngv"], units["vp"]):
        unit.coordinates_province = True
        unit.save()
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    client = client_for("reporter")  # a reporter of the Văn phòng
    client.get("/bao-cao/")  # the session and the caches warmed up
    few = _reports(units["vp"], ["2024-01", "2026-01"])
    listed, asked = _listed(client)
    more = _reports(units["vp"], [f"2024-{month:02d}" for month in range(2, 13)] + ["2025-02", "2025-03", "2026-02"])
    # The Sở's, whose work the office took over: the quarter it ended in ends after it handed the duty over.
    more += _reports(units["sngv"], ["2024-05", "2025-Q1"])
    listed, asked_again = _listed(client)
    assert asked_again == asked
    # The office's own work before it was the focal point is read; its province-wide reports are not, nor
    # the Sở's of the time it was the focal point.
    own_work = {report.pk for report in few + more if report.unit == units["vp"] and report.period_code < "2025-03"}
    assert listed == own_work | {more[-1].pk}
    # The same rule for one report: its page opens exactly when the list shows it.
    for report in few + more:
        assert report.counts_province() == (report.pk not in listed)
        assert client.get(f"/bao-cao/{report.pk}/").status_code == (200 if report.pk in listed else 404)
