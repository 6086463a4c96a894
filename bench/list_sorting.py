"""Times the register's lists sorted by each column heading (register/views_list.py), paged by keyset
(core/keyset.py): the first page, and a deep one (the page after the row at --depth of the list, as
«Trang sau ›» reaches it), each way, as an officer reads the list (every unit's rows) and as a unit
reporter (its own unit's, here a Sở Ngoại vụ's: the unit that holds the most rows).

    .venv/bin/python bench/list_sorting.py [--area tin-bai …] [--depth 0.5] [--runs 3] [--explain] [--database-url URL]

It reads a database made by bench/generate.py (bench/run makes one at full scale, ~1,1 million rows;
`generate.py --scale 0.05 --reset` a quick one), migrated to the code measured. Each figure is the median
of --runs, in ms, the page as the list page reads it (without the count below the table).
--explain prints the plan of each deep page's query (EXPLAIN QUERY PLAN on SQLite, EXPLAIN ANALYZE on
PostgreSQL).
"""

import argparse
import statistics
import time

from common import database_url, describe_database, ms, setup_django

# The areas with the most rows in generate.py, 300 to 1500 per province and year (51.000 to 255.000 rows at
# scale 1.0): those whose lists sort only down an index (register/areas.py, sorted_by_index).
HEAVY = ["tin-bai", "doan-vao", "nguoi-nuoc-ngoai", "doan-ra", "lanh-su", "abtc", "le-tan"]


def lists(area, user):
    """The list's rows as the list page takes them, unsorted (views_list._listed without a filter)."""
    from ngoaivu.register.views import visible_rows

    return visible_rows(area, user).select_related(*area.related_fields())


def deep_token(queryset, keys, depth):
    """The link to the page after the row at depth (0–1) of the sorted list, as keyset_page writes it."""
    from django.db.models import F

    from ngoaivu.core.keyset import _encode

    total = queryset.count()
    if not total:
        return None
    aliases = {f"bench_{index}": F(key.path) for index, key in enumerate(keys)}
    row = queryset.annotate(**aliases).values_list(*aliases)[min(int(total * depth), total - 1)]
    return _encode(list(row))


def timed(function, runs):
    seconds = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        seconds.append(time.perf_counter() - started)
    return statistics.median(seconds)


def explain(function):
    """The plan of the last query function sends (the page's)."""
    from django.db import connection

    sent = []

    def capture(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        function()
    sql, params = sent[-1]
    prefix = "EXPLAIN QUERY PLAN " if connection.vendor == "sqlite" else "EXPLAIN (ANALYZE, COSTS OFF) "
    with connection.cursor() as cursor:
        cursor.execute(prefix + sql, params)
        lines = [str(row[-1]) for row in cursor.fetchall()]
    return "\n      ".join(dict.fromkeys(lines))


def reader(role):
    """An unsaved user of role; a reporter of the first province's Sở Ngoại vụ."""
    from ngoaivu.core.models import Role, Unit, User

    if role == Role.REPORTER:
        unit = Unit.objects.filter(name__startswith="Sở Ngoại vụ", ended_on__isnull=True).order_by("pk").first()
        return User(username="bench-reporter", role=role, unit=unit)
    return User(username="bench-officer", role=role)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--area", action="append", help=f"an area's slug, repeatable; default: {' '.join(HEAVY)}")
    parser.add_argument("--depth", type=float, default=0.5, help="where the deep page starts, 0–1 of the list")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--explain", action="store_true", help="print each deep page's plan")
    parser.add_argument("--database-url", help="default: $DATABASE_URL, else bench/var/bench.sqlite3")
    args = parser.parse_args()
    setup_django(database_url(args.database_url))

    from ngoaivu.core.keyset import keyset_page
    from ngoaivu.core.models import Role
    from ngoaivu.register.area_registry import AREAS
    from ngoaivu.register.views_list import PAGE_SIZE, ListOrder, ordered

    print(
        f"database: {describe_database()}; page {PAGE_SIZE} rows, deep page at {args.depth:.0%}, median of {args.runs}"
    )
    readers = {"officer": reader(Role.OFFICER), "reporter": reader(Role.REPORTER)}
    print(
        f"{'area':<18} {'column':<16} {'rows':>8} {'reader':<9} {'first ↑':>11} {'deep ↑':>11} {'first ↓':>11} {'deep ↓':>11}"
    )
    worst = 0.0
    for slug in args.area or HEAVY:
        area = AREAS[slug]
        for who, user in readers.items():
            base = lists(area, user)
            rows = base.count()
            for column in area.sortable_columns():
                figures = []
                for descending in (False, True):
                    queryset, keys = ordered(area, base, ListOrder(column, descending))
                    token = deep_token(queryset, keys, args.depth)

                    def first(queryset=queryset, keys=keys):
                        return keyset_page(queryset, PAGE_SIZE, keys=keys)

                    def deep(queryset=queryset, keys=keys, token=token):
                        return keyset_page(queryset, PAGE_SIZE, after=token, keys=keys)

                    first(), deep()  # warm the cache, as a page read a second time
                    figures += [timed(first, args.runs), timed(deep, args.runs)]
                    if args.explain:
                        print(
                            f"    {slug} {'-' if descending else ''}{column} ({who}), deep page:\n      {explain(deep)}"
                        )
                worst = max(worst, *figures)
                print(f"{slug:<18} {column:<16} {rows:>8} {who:<9} " + " ".join(ms(f) + "  " for f in figures))
    print(f"slowest page: {ms(worst).strip()}")


if __name__ == "__main__":
    main()
