"""What the page «Nguồn số liệu» of a compiled report costs as the units asked grow: SQL queries and time
of one call of collection/compiled_sources.compiled_sources, and of the page itself, for a request of the
Sở Ngoại vụ to 5, 15 and 35 units, every answer prefilled from its register and accepted.

    .venv/bin/python bench/compiled_sources.py [--database-url URL] [--runs 3] [--units 5,15,35]

The demo is loaded into bench/var/compiled_sources.sqlite3 the first time (delete it to load again). The
units beyond the demo's are made once, each a department of the provincial People's Committee with four
incoming delegations and a detained boat in the month asked (2021-08), so that each adds rows to list.
Each figure is the median of --runs.
"""

import argparse
import datetime as dt
import statistics
import time

from common import VAR_DIR, describe_database, ms, setup_django

DEFAULT_URL = f"sqlite:///{VAR_DIR / 'compiled_sources.sqlite3'}"
PERIOD = "2021-08"
PREFIX = "BENCH"  # the code of the units this script adds


def load_demo():
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("load_demo", verbosity=0)  # says so and does nothing when the demo is there


def units_asked(count):
    """count units other than the Sở Ngoại vụ: the demo's units first, then units made for the bench."""
    from ngoaivu.core.models import Unit
    from ngoaivu.register.models import FishingIncident, IncomingDelegation

    parent = Unit.objects.get(code="UBND")
    units = list(Unit.objects.exclude(code__in=["SNgV", "UBND"]).filter(is_active=True).order_by("pk"))
    made = len([u for u in units if u.code.startswith(PREFIX)])
    for number in range(made, max(0, count - len(units)) + made):
        unit = Unit.objects.create(
            code=f"{PREFIX}{number:02d}",
            name=f"Sở thử nghiệm số {number + 1}",
            kind=Unit.Kind.DEPARTMENT,
            parent=parent,
        )
        for day in (3, 9, 17, 24):
            IncomingDelegation.objects.create(
                unit=unit,
                title=f"Đoàn khách ngày {day}/8",
                country="JP",
                start_date=dt.date(2021, 8, day),
                person_visits=4,
            )
        FishingIncident.objects.create(
            unit=unit, boat_number=f"QNg 9{number:04d} TS", country="CN", occurred_on=dt.date(2021, 8, 12), fishermen=7
        )
        units.append(unit)
    return units[:count]


def compiled_request(units):
    """A request of the Sở Ngoại vụ for PERIOD to units, every answer prefilled and accepted, compiled."""
    from ngoaivu.collection import compilation, services
    from ngoaivu.collection.models import ReportRequest, Submission
    from ngoaivu.core.models import Unit, User
    from ngoaivu.reporting.models import ReportTemplate

    user = User.objects.get(username="chuyenvien")
    subject = f"Báo cáo thử nghiệm gửi {len(units)} đơn vị"
    request = ReportRequest.objects.filter(subject=subject).first()
    if request is None:
        request = ReportRequest.objects.create(
            direction=ReportRequest.Direction.OUTGOING,
            subject=subject,
            requested_by="Sở Ngoại vụ",
            unit=Unit.objects.get(code="SNgV"),
            template=ReportTemplate.objects.get(code="general"),
            period_code=PERIOD,
            deadline=dt.date(2021, 9, 10),
            created_by=user,
        )
        for unit in units:
            submission = Submission.objects.create(request=request, unit=unit)
            services.prefill(submission)
            submission.status = Submission.Status.ACCEPTED
            submission.accepted_at = dt.datetime(2021, 9, 8, 9, tzinfo=dt.UTC)
            submission.save()
    if not request.report_id:
        compilation.compile_report(request, user)
        request.refresh_from_db()
    return request, user


def measure(runs, function):
    """(median queries, median seconds) of function() over runs."""
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    queries, durations = [], []
    for _ in range(runs):
        reset_queries()  # the log keeps 9.000 queries: a fuller one would be miscounted
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            function()
            durations.append(time.perf_counter() - started)
        queries.append(len(captured))
    return statistics.median(queries), statistics.median(durations)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database-url", default=DEFAULT_URL)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--units", default="5,15,35")
    args = parser.parse_args()
    setup_django(args.database_url)
    load_demo()
    from django.test import Client

    from ngoaivu.collection.compiled_sources import compiled_sources

    print(describe_database())
    print(f"{'units':>5} {'rows listed':>11} {'function: queries':>18} {'time':>9} {'page: queries':>14} {'time':>9}")
    for count in [int(n) for n in args.units.split(",")]:
        request, user = compiled_request(units_asked(count))
        client = Client()
        client.force_login(user)
        found = compiled_sources(request, user)
        listed = sum(
            len(part["rows"]) for s in found for i in s["indicators"] for w in i["windows"] for part in w["parts"]
        )
        queries, seconds = measure(args.runs, lambda: compiled_sources(request, user))  # noqa: B023
        page_queries, page_seconds = measure(
            args.runs,
            lambda: client.get(f"/yeu-cau/{request.pk}/nguon-so-lieu/").status_code == 200 or 1 / 0,  # noqa: B023
        )
        print(f"{count:>5} {listed:>11} {queries:>18} {ms(seconds):>9} {page_queries:>14} {ms(page_seconds):>9}")


if __name__ == "__main__":
    main()
