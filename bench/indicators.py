"""Time every catalogue indicator for a province's annual report, against DuckDB on the same rows.

    .venv/bin/python bench/indicators.py [--database-url URL] [--period 2025] [--runs 20] [--provinces 3]
                                         [--no-duckdb] [--explain]

The provinces are those that exist on the period's last day: for 2025, the 34 of the 2025
reorganization; for an earlier year, also the old provinces that ended on 01/7/2025. A province's
figures count its territory as it stood on that day (province.scope(period.end)): from 2025 on,
the rows of the old provinces merged into it, so that its "cùng kỳ" is the same territory.

(a) one province-year: engine.evaluate(all codes, period, province.scope(period.end)), median and p95,
    for the province with the most units in its scope (a merger of three), the one with the fewest and between;
(b) all provinces in sequence, total wall time; all at once (evaluate_by_scope); the provinces'
    additive figures checked to add up to the national report's (the national roll-up);
(c) DuckDB over Parquet exports of the same rows, each row carrying the province whose territory
    held its unit on the period's last day (its predecessors' units included): same windows,
    measures and conditions, checked equal to ours.
Targets: one province-year under 100 ms at p95 on either database; the provinces' roll-up (all at
once) under 1 s on PostgreSQL and 2 s on SQLite, and on PostgreSQL within 4× DuckDB. Every figure is
printed with its ratio to DuckDB's same figure, measured in the same run (the machine's load moves both).
"""

import argparse
import math
import os
import statistics
import time

from common import VAR_DIR, database_url, describe_database, ms, secs, setup_django

from ngoaivu.pure.provinces_2025 import EFFECTIVE

TARGET_ONE = 0.100  # one province-year, p95
TARGET_ALL = {"postgresql": 1.0, "sqlite": 2.0}  # all provinces at once
TARGET_RATIO = {"postgresql": 4.0}  # all provinces at once, × DuckDB


def p95(values):
    ordered = sorted(values)
    return ordered[math.ceil(0.95 * len(ordered)) - 1]


def repeat(function, runs):
    durations = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        durations.append(time.perf_counter() - started)
    return durations


def spread(items, count):
    """count items spread over the list: the first, the last and some between."""
    if count >= len(items):
        return list(items)
    step = (len(items) - 1) / max(count - 1, 1)
    return [items[round(i * step)] for i in range(count)]


def verdict(seconds, target):
    return "meets" if seconds < target else "MISSES"


def captured_queries(function):
    """[(sql, params)] that function sends to the database."""
    from django.db import connection

    queries = []

    def capture(execute, sql, params, many, context):
        queries.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        function()
    return queries


def replay(queries):
    """Send the captured SQL again: the database's share of a report, without building the queries."""
    from django.db import connection

    with connection.cursor() as cursor:
        for sql, params in queries:
            cursor.execute(sql, params)
            cursor.fetchall()


def explain(queries):
    from django.db import connection

    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) "
    with connection.cursor() as cursor:
        for sql, params in queries:
            table = sql.split(' FROM "')[1].split('"')[0]
            cursor.execute(prefix + sql, params)
            plan = list(dict.fromkeys(str(row[-1]) for row in cursor.fetchall()))  # SQLite repeats lines
            print(f"  {table}:\n    " + "\n    ".join(plan))


def register_rows():
    from django.apps import apps

    from ngoaivu.pure.indicators import CATALOGUE

    return sum(apps.get_model(label)._default_manager.count() for label in {i.model for i in CATALOGUE})


def predecessors():
    """The ended units the register holds and their rows (none dated on or after the unit's end),
    and the rows dated before the 2025 merger."""
    from functools import reduce
    from operator import or_

    from django.apps import apps
    from django.db.models import F, Q

    from ngoaivu.core.models import Succession, Unit
    from ngoaivu.pure.indicators import CATALOGUE

    ended = Unit.objects.filter(ended_on__isnull=False)
    held = late = before = 0
    for label in sorted({indicator.model for indicator in CATALOGUE}):
        model = apps.get_model(label)
        days = [f.name for f in model._meta.concrete_fields if f.get_internal_type() == "DateField"]
        on_ended = model._default_manager.filter(unit__ended_on__isnull=False)
        held += on_ended.count()
        if days:
            late += on_ended.filter(reduce(or_, (Q(**{f"{n}__gte": F("unit__ended_on")}) for n in days))).count()
            dated_before = reduce(or_, (Q(**{f"{n}__lt": EFFECTIVE}) for n in days))
            before += model._default_manager.filter(dated_before).count()
    links = Succession.objects.filter(carries_records=True, predecessor__kind="province")
    return (
        f"predecessors: {ended.filter(kind='province').count()} ended provinces ({links.count()} successions "
        f"carrying records), {ended.count()} ended units holding {held:,} rows, {late} of them with a date on or "
        f"after the unit's end; rows dated before {EFFECTIVE:%d/%m/%Y} in the register: {before:,}"
    )


def roll_up(national, provinces):
    """Whether the provinces' additive figures (counts and sums, not distinct counts) add up to the
    national report's: the national roll-up counts every row once, predecessors' included."""
    from ngoaivu.pure.indicators import CATALOGUE
    from ngoaivu.register.counting import WINDOWS

    equal = total = 0
    first = None
    for indicator in CATALOGUE:
        for measure in indicator.measures:
            if measure.distinct:
                continue
            mine = tuple(getattr(national[indicator.code][measure.name], w) for w in WINDOWS)
            summed = tuple(sum(getattr(p[indicator.code][measure.name], w) for p in provinces) for w in WINDOWS)
            total += 1
            if mine == summed:
                equal += 1
            elif first is None:
                first = f"{indicator.code}.{measure.name}: national {mine}, provinces {summed}"
    verdict = "add up to" if equal == total else f"DO NOT add up to (first {first})"
    return (
        f"national roll-up: the {len(provinces)} provinces' figures {verdict} the national report's "
        f"({equal}/{total} additive figures)"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="default: $DATABASE_URL, else bench/var/bench.sqlite3")
    parser.add_argument("--period", default="2025", help="2025: the 34 provinces; 2024: the 63 of that day")
    parser.add_argument("--runs", type=int, default=20, help="runs per province in (a)")
    parser.add_argument("--provinces", type=int, default=3, help="provinces timed one by one in (a)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of all provinces in (b); the median is kept")
    parser.add_argument("--no-duckdb", action="store_true")
    parser.add_argument("--explain", action="store_true", help="print the query plans of one report")
    args = parser.parse_args()

    setup_django(database_url(args.database_url))
    from django.db import connection

    from ngoaivu.core.models import Unit
    from ngoaivu.register import statements
    from ngoaivu.register.engine import evaluate, evaluate_by_scope
    from ngoaivu.pure.indicators import CATALOGUE
    from ngoaivu.pure.period_parsing import parse

    period, codes = parse(args.period), [indicator.code for indicator in CATALOGUE]
    provinces = [unit for unit in Unit.objects.filter(kind="province").order_by("pk") if unit.exists_on(period.end)]
    if not provinces:
        raise SystemExit("No province in this database: run bench/generate.py first.")
    started = time.perf_counter()
    scopes = {province.pk: province.scope(period.end) for province in provinces}
    scope_time = (time.perf_counter() - started) / len(provinces)
    sizes = sorted(len(scope.until) for scope in scopes.values())
    by_size = sorted(provinces, key=lambda p: (-len(scopes[p.pk].until), p.pk))
    args.timed = spread(by_size, args.provinces)  # (a) and (c): the largest territory, the smallest, some between
    report = lambda province: evaluate(codes, period, scopes[province.pk])  # noqa: E731
    statements.clear()
    started = time.perf_counter()
    report(by_size[0])
    first_time = time.perf_counter() - started  # the statements of a scope's shape compiled
    queries = {province.pk: captured_queries(lambda: report(province)) for province in provinces}  # noqa: B023

    print(f"database: {describe_database()}")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    print(
        f"register: {register_rows():,} rows, {len(provinces)} provinces on {period.end:%d/%m/%Y}, "
        f"{sizes[0]}–{sizes[-1]} units in a province's scope (scope() {ms(scope_time).strip()}, not counted below)"
    )
    print(predecessors())
    print(
        f"report: {len(codes)} indicators, {len(queries[provinces[0].pk])} queries, period {args.period} "
        "and its 4 windows; 'SQL' = the same queries sent again, without building them"
    )
    print(
        f"statements: compiled once per shape (units, cuts) and reused; the first report, compiling them, "
        f"{ms(first_time).strip()}, not counted below"
    )

    print(f"\n(a) one province-year, {args.runs} runs each")
    one, one_sql, one_p95 = [], [], []
    for province in args.timed:
        report(province)  # warm the cache
        durations = repeat(lambda: report(province), args.runs)  # noqa: B023
        sql = repeat(lambda: replay(queries[province.pk]), args.runs)  # noqa: B023
        one.append(statistics.median(durations))
        one_p95.append(p95(durations))
        one_sql.append(statistics.median(sql))
        print(
            f"  {province.name:<24} median {ms(one[-1])}  p95 {ms(p95(durations))}   "
            f"SQL median {ms(one_sql[-1])}  p95 {ms(p95(sql))}"
        )

    print(f"\n(b) all {len(provinces)} provinces in sequence, {args.rounds} rounds")
    ours = {}
    totals = repeat(lambda: ours.update({p.pk: report(p) for p in provinces}), args.rounds)
    totals_sql = repeat(lambda: [replay(queries[p.pk]) for p in provinces], args.rounds)
    print(
        "  rounds "
        + ", ".join(secs(t).strip() for t in totals)
        + "; SQL "
        + ", ".join(secs(t).strip() for t in totals_sql)
    )
    grouped_result = {}
    grouped = repeat(lambda: grouped_result.update(evaluate_by_scope(codes, period, scopes)), args.rounds)
    same = all(grouped_result[p.pk] == ours[p.pk] for p in provinces)
    print(
        "  all provinces at once (evaluate_by_scope, one grouped query per model): "
        + ", ".join(secs(t).strip() for t in grouped)
        + f"; figures {'agree' if same else 'DIFFER'} with (b)"
    )
    national_result = {}
    national = repeat(lambda: national_result.update(evaluate(codes, period, None)), args.rounds)
    print(f"  for comparison, one national report (units=None) over all rows: median {ms(statistics.median(national))}")
    print("  " + roll_up(national_result, [ours[p.pk] for p in provinces]))

    if args.explain:
        print(f"\nquery plans ({connection.vendor}), {provinces[0].name}")
        explain(queries[provinces[0].pk])

    duck = {}
    if not args.no_duckdb:
        duck = compare_with_duckdb(connection.vendor, period, provinces, ours, args)

    target_all, ratio = TARGET_ALL.get(connection.vendor), TARGET_RATIO.get(connection.vendor)
    print(f"\n{'':36}{'ours':>11}{'DuckDB':>12}{'ours/DuckDB':>13}  target")
    row("one province-year (median)", statistics.median(one), duck.get("one"), TARGET_ONE)
    row("one province-year (worst p95)", max(one_p95), duck.get("one_p95"), TARGET_ONE)
    row("  of which SQL (median)", statistics.median(one_sql), duck.get("one"), None)
    row(f"all {len(provinces)} provinces in sequence", statistics.median(totals), duck.get("all"), None)
    row("  of which SQL", statistics.median(totals_sql), duck.get("all"), None)
    row(f"all {len(provinces)} provinces at once", statistics.median(grouped), duck.get("all"), target_all, ratio)


def row(label, ours, duck, target, ratio_target=None):
    """One line of the summary: our time, DuckDB's same figure, the ratio and the verdicts."""
    duck_text = f"{ms(duck)}" if duck is not None else f"{'–':>11}"
    ratio = ours / duck if duck else None
    ratio_text = f"{ratio:12.1f}×" if ratio is not None else f"{'–':>13}"
    goals = []
    if target:
        goals.append(f"< {ms(target).strip()}: {verdict(ours, target)}")
    if ratio_target and ratio is not None:
        goals.append(f"≤ {ratio_target:g}× DuckDB: {'meets' if ratio <= ratio_target else 'MISSES'}")
    print(f"{label:<36}{ms(ours)} {duck_text}{ratio_text}" + (f"  {'; '.join(goals)}" if goals else ""))


def compare_with_duckdb(vendor, period, provinces, ours, args):
    import duck

    print("\n(c) DuckDB over Parquet")
    paths, export_time = duck.timed(duck.export, VAR_DIR / "parquet" / vendor, period.end)
    print(
        f"  export of {len(paths)} tables to {VAR_DIR / 'parquet' / vendor}, each row with its unit's province "
        f"on {period.end:%d/%m/%Y}: {secs(export_time).strip()}"
    )
    report = duck.DuckReport(paths, period)
    medians, p95s = [], []
    for province in args.timed:
        report.province(province.pk)
        durations = repeat(lambda: report.province(province.pk), args.runs)
        medians.append(statistics.median(durations))
        p95s.append(p95(durations))
        print(f"  {province.name:<24} median {ms(medians[-1])}  p95 {ms(p95s[-1])}")
    theirs = {}
    totals = repeat(lambda: theirs.update(report.all_provinces()), args.rounds)
    print("  all provinces, one GROUP BY query per table: " + ", ".join(ms(t).strip() for t in totals))

    checked = [(p, theirs.get(p.pk, {})) for p in provinces]
    checked += [(p, report.province(p.pk)) for p in spread(provinces, 3)]  # the per-province queries too
    disagreements = 0
    for province, figures in checked:
        difference = duck.first_difference(ours[province.pk], figures)
        if difference:
            disagreements += 1
            print(f"  {province.name}: DIFFERS, first {difference}")
    example = ours[provinces[0].pk]["incoming_delegations"]["persons"]
    print(
        f"  check: DuckDB and ours {'agree' if not disagreements else 'DISAGREE'} on every figure of "
        f"{len(checked)} province reports ({len(provinces)} grouped + 3 one by one); "
        f"e.g. {provinces[0].name} incoming_delegations.persons = {example}"
    )
    return {"one": statistics.median(medians), "one_p95": max(p95s), "all": statistics.median(totals)}


if __name__ == "__main__":
    main()
