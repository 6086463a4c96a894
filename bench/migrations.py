"""How long a new database takes to migrate, through the squashed migrations (what `ngoaivu migrate` runs)
and through the chain they replace, and whether both give the same schema: tables, columns, indexes,
foreign keys and CHECK clauses, read from SQLite (the order of a table's columns aside).

    .venv/bin/python bench/migrations.py [--postgres postgres://postgres@127.0.0.1:5432]

Each database is made from nothing in a folder of its own under bench/var/migrations/, in a process of its
own. With --postgres the same is done on that server, in two databases of its own dropped at the end, and
their `pg_dump --schema-only` compared, each table's lines in the order of their text.
"""

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time

from common import BENCH_DIR, VAR_DIR

# The replaced chain, as a database that applied none of the squashed migrations would run it.
REPLACED_CHAIN = """
import django
django.setup()
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
executor = MigrationExecutor(connection)
loader = executor.loader = MigrationLoader(connection, replace_migrations=False)
executor.migrate([key for key in loader.graph.leaf_nodes() if not loader.disk_migrations[key].replaces])
"""


def migrated(name, arguments, database_url=None):
    """(seconds, path of the database) of a new database migrated by `python arguments…`: SQLite in a folder of
    its own, or the PostgreSQL database_url."""
    folder = VAR_DIR / "migrations" / name
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    unset = ("DATABASE_URL", "TASKS_BACKEND")
    env = {key: value for key, value in os.environ.items() if key not in unset}
    env.update(NGOAIVU_VAR_DIR=str(folder), DJANGO_SETTINGS_MODULE="ngoaivu.settings")
    if database_url:
        env["DATABASE_URL"] = database_url
    started = time.perf_counter()
    subprocess.run([sys.executable, *arguments], env=env, cwd=BENCH_DIR.parent, check=True)
    return time.perf_counter() - started, folder / "ngoaivu.sqlite3"


def checks(sql):
    """The CHECK (…) clauses of a CREATE TABLE statement, in order of their text."""
    found, at = [], 0
    while (at := sql.find("CHECK (", at)) >= 0:
        end, depth = at + len("CHECK "), 0
        while True:
            depth += {"(": 1, ")": -1}.get(sql[end], 0)
            end += 1
            if depth == 0:
                break
        found.append(sql[at:end])
        at = end
    return sorted(found)


def schema(path):
    """{table: (columns, indexes, foreign keys, checks)}, each in an order of its own."""
    database = sqlite3.connect(path)
    tables = database.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    described = {}
    for table, sql in tables.fetchall():
        columns = sorted(row[1:] for row in database.execute(f'PRAGMA table_info("{table}")'))
        indexes = []
        for _seq, index, unique, origin, partial in database.execute(f'PRAGMA index_list("{table}")').fetchall():
            named = [row[2] for row in database.execute(f'PRAGMA index_xinfo("{index}")') if row[5]]
            made = database.execute("SELECT sql FROM sqlite_master WHERE name = ?", (index,)).fetchone()
            shown = "(automatic)" if index.startswith("sqlite_autoindex") else index
            indexes.append((shown, unique, origin, partial, tuple(named), made[0] if made else None))
        keys = sorted(row[2:] for row in database.execute(f'PRAGMA foreign_key_list("{table}")'))
        described[table] = (columns, sorted(indexes, key=repr), keys, checks(sql))
    database.close()
    return described


def differences(before, after):
    """[line]: what one schema has that the other has not."""
    lines = [f"table only in the replaced chain's: {name}" for name in sorted(set(before) - set(after))]
    lines += [f"table only in the squashed one's: {name}" for name in sorted(set(after) - set(before))]
    for table in sorted(set(before) & set(after)):
        for part, old, new in zip(("columns", "indexes", "foreign keys", "checks"), before[table], after[table]):
            if old != new:
                lines.append(f"{table}: {part} differ")
    return lines


def dumped(database_url):
    """The statements of `pg_dump --schema-only`, comments left out and each table's lines sorted."""
    text = subprocess.run(["pg_dump", "--schema-only", database_url], capture_output=True, text=True, check=True).stdout
    text = "\n".join(line for line in text.splitlines() if not line.startswith(("--", "\\")))
    statements = set()
    for statement in filter(None, (part.strip() for part in text.split(";\n"))):
        if statement.startswith("CREATE TABLE"):
            head, *lines = statement.splitlines()
            statement = "\n".join([head, *sorted(line.strip().rstrip(",") for line in lines if line.strip() != ")")])
        statements.add(statement)
    return statements


def on_postgres(server):
    import psycopg

    names = {"squashed": "ngoaivu_bench_squashed", "replaced": "ngoaivu_bench_replaced"}
    with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
        for name in names.values():
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {name}")
    try:
        squashed_time, _ = migrated("pg-squashed", ["-m", "ngoaivu", "migrate", "-v0"], f"{server}/{names['squashed']}")
        chain_time, _ = migrated("pg-replaced", ["-c", REPLACED_CHAIN], f"{server}/{names['replaced']}")
        before, after = (dumped(f"{server}/{names[name]}") for name in ("replaced", "squashed"))
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as connection:
            for name in names.values():
                connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    print(f"PostgreSQL: squashed migrations {squashed_time:.1f} s, replaced chain {chain_time:.1f} s")
    print(
        f"pg_dump: {len(after)} statements; {len(before - after)} only in the replaced chain's, {len(after - before)} only in the squashed one's"
    )
    for statement in sorted(before ^ after):
        print(("  replaced: " if statement in before else "  squashed: ") + statement.replace("\n", " ")[:200])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--postgres", help="a server's address without a database, e.g. postgres://postgres@127.0.0.1:5432"
    )
    args = parser.parse_args()
    squashed_time, squashed = migrated("squashed", ["-m", "ngoaivu", "migrate", "-v0"])
    chain_time, chain = migrated("replaced", ["-c", REPLACED_CHAIN])
    print(f"SQLite: squashed migrations {squashed_time:.1f} s (the command, with Django's start and post_migrate)")
    print(f"SQLite: replaced chain {chain_time:.1f} s")
    before, after = schema(chain), schema(squashed)
    found = differences(before, after)
    print(
        f"schema: {len(after)} tables, {sum(len(t[1]) for t in after.values())} indexes, "
        f"{sum(len(t[2]) for t in after.values())} foreign keys, {sum(len(t[3]) for t in after.values())} checks; "
        + ("the same both ways" if not found else f"{len(found)} differences")
    )
    for line in found:
        print("  " + line)
    if args.postgres:
        on_postgres(args.postgres.rstrip("/"))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
