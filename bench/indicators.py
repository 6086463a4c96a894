"""Time every catalogue indicator for a province's annual report, against DuckDB on the same rows.

    .venv/bin/python bench/indicators.py [--database-url URL] [--period 2024] [--runs 20] [--provinces 3]
                                         [--no-duckdb] [--explain]

(a) one province-year: engine.evaluate(all codes, period, province.scope_ids()), median and p95;
(b) all 34 provinces in sequence, total wall time;
(c) DuckDB over Parquet exports of the same rows: same windows, measures and conditions,
    checked equal to ours.
Targets: one province-year under 200 ms, all provinces under 2 s.
"""

import argparse
import math
import os
import statistics
import time

from common import VAR_DIR, database_url, describe_database, ms, secs, setup_django

TARGET_ONE, TARGET_ALL = 0.200, 2.0


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


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", help="default: $DATABASE_URL, else bench/var/bench.sqlite3")
    parser.add_argument("--period", default="2024")
    parser.add_argument("--runs", type=int, default=20, help="runs per province in (a)")
    parser.add_argument("--provinces", type=int, default=3, help="provinces timed one by one in (a)")
    parser.add_argument("--rounds", type=int, default=3, help="runs of all provinces in (b); the median is kept")
    parser.add_argument("--no-duckdb", action="store_true")
    parser.add_argument("--explain", action="store_true", help="print the query plans of one report")
    args = parser.parse_args()

    setup_django(database_url(args.database_url))
    from django.db import connection

    from ngoaivu.core.models import Unit
    from ngoaivu.register.engine import evaluate, evaluate_by_scope
    from ngoaivu.pure.indicators import CATALOGUE
    from ngoaivu.pure.periods import parse

    period, codes = parse(args.period), [indicator.code for indicator in CATALOGUE]
    provinces = list(Unit.objects.filter(kind="province").order_by("pk"))
    if not provinces:
        raise SystemExit("No province in this database: run bench/generate.py first.")
    started = time.perf_counter()
    scopes = {province.pk: province.scope_ids() for province in provinces}
    scope_time = (time.perf_counter() - started) / len(provinces)
    report = lambda province: evaluate(codes, period, scopes[province.pk])  # noqa: E731
    queries = {province.pk: captured_queries(lambda: report(province)) for province in provinces}  # noqa: B023

    print(f"database: {describe_database()}")
    print(f"machine: {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
    print(
        f"register: {register_rows():,} rows, {len(provinces)} provinces, {len(scopes[provinces[0].pk])} units "
        f"in a province's scope (scope_ids() {ms(scope_time).strip()}, not counted below)"
    )
    print(
        f"report: {len(codes)} indicators, {len(queries[provinces[0].pk])} queries, period {args.period} "
        "and its 4 windows; 'SQL' = the same queries sent again, without building them"
    )

    print(f"\n(a) one province-year, {args.runs} runs each")
    one, one_sql, one_p95 = [], [], []
    for province in spread(provinces, args.provinces):
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
    national = repeat(lambda: evaluate(codes, period, None), args.rounds)
    print(f"  for comparison, one national report (units=None) over all rows: median {ms(statistics.median(national))}")

    if args.explain:
        print(f"\nquery plans ({connection.vendor}), {provinces[0].name}")
        explain(queries[provinces[0].pk])

    duck_one = duck_all = None
    if not args.no_duckdb:
        duck_one, duck_all = compare_with_duckdb(connection.vendor, period, provinces, ours, args)

    print(f"\n{'':32}{'ours':>12}{'DuckDB':>12}{'ours/DuckDB':>13}  target")
    row("one province-year (median)", statistics.median(one), duck_one, TARGET_ONE)
    row("one province-year (worst p95)", max(one_p95), None, TARGET_ONE)
    row("  of which SQL (median)", statistics.median(one_sql), None, None)
    row(f"all {len(provinces)} provinces", statistics.median(totals), duck_all, TARGET_ALL)
    row("  of which SQL", statistics.median(totals_sql), None, None)
    row(f"all {len(provinces)} provinces at once", statistics.median(grouped), duck_all, TARGET_ALL)


def row(label, ours, duck, target):
    duck_text = f"{ms(duck)}" if duck is not None else f"{'–':>11}"
    ratio = f"{ours / duck:12.1f}×" if duck else f"{'–':>13}"
    goal = f"  {ms(target).strip()}: {verdict(ours, target)}" if target else ""
    print(f"{label:<32}{ms(ours)} {duck_text}{ratio}{goal}")


def compare_with_duckdb(vendor, period, provinces, ours, args):
    import duck

    print("\n(c) DuckDB over Parquet")
    paths, export_time = duck.timed(duck.export, VAR_DIR / "parquet" / vendor)
    print(f"  export of {len(paths)} tables to {VAR_DIR / 'parquet' / vendor}: {secs(export_time).strip()}")
    report = duck.DuckReport(paths, period)
    medians = []
    for province in spread(provinces, args.provinces):
        report.province(province.pk)
        durations = repeat(lambda: report.province(province.pk), args.runs)
        medians.append(statistics.median(durations))
        print(f"  {province.name:<24} median {ms(medians[-1])}  p95 {ms(p95(durations))}")
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
    return statistics.median(medians), statistics.median(totals)


if __name__ == "__main__":
    main()
