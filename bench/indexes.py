"""Try indexes in the bench database only, with SQL, to measure them before any model declares them.

    .venv/bin/python bench/indexes.py create date     [--database-url URL]   # (unit_id, date field)
    .venv/bin/python bench/indexes.py create covering [--database-url URL]   # (unit_id, every column read)
    .venv/bin/python bench/indexes.py drop                                   # every bench_ index
    .venv/bin/python bench/indexes.py list

Then run bench/indicators.py again. The indexes are named bench_<table>_<n> so that drop finds them.
"""

import argparse

from common import by_model, columns, database_url, setup_django


def candidates(kind):
    """[(model label, table, [columns])] for one kind of index."""
    from django.apps import apps

    found = []
    for label, indicators in by_model().items():
        model = apps.get_model(label)
        db_column = lambda name: model._meta.get_field(name).column  # noqa: E731
        if kind == "covering":
            found.append((label, model._meta.db_table, ["unit_id"] + [db_column(name) for name in columns(indicators)]))
            continue
        dates = dict.fromkeys(i.date_field or i.year_field for i in indicators if i.date_field or i.year_field)
        found.extend((label, model._meta.db_table, ["unit_id", db_column(name)]) for name in dates)
    return found


def existing(connection):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute(
                "SELECT name, tbl_name FROM sqlite_master WHERE type = 'index' AND name LIKE 'bench\\_%' ESCAPE '\\'"
            )
        else:
            cursor.execute("SELECT indexname, tablename FROM pg_indexes WHERE indexname LIKE 'bench\\_%'")
        return cursor.fetchall()


def analyze(connection, cursor):
    """PostgreSQL's autovacuum would soon do it; on SQLite nothing ever does, so neither do we."""
    if connection.vendor == "postgresql":
        cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["create", "drop", "list"])
    parser.add_argument("kind", nargs="?", choices=["date", "covering"], default="date")
    parser.add_argument("--database-url", help="default: $DATABASE_URL, else bench/var/bench.sqlite3")
    args = parser.parse_args()
    setup_django(database_url(args.database_url))
    from django.db import connection

    with connection.cursor() as cursor:
        if args.action == "create":
            counters = {}
            for label, table, fields in candidates(args.kind):
                counters[table] = counters.get(table, 0) + 1
                name = f"bench_{table}_{args.kind}_{counters[table]}"
                cursor.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({', '.join(fields)})")
                print(f"  {label:<36} ({', '.join(fields)})")
            analyze(connection, cursor)
        elif args.action == "drop":
            for name, _table in existing(connection):
                cursor.execute(f"DROP INDEX {name}")
            analyze(connection, cursor)
    for name, table in existing(connection):
        print(f"  {table}: {name}")


if __name__ == "__main__":
    main()
