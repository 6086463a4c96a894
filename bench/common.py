"""What generate.py and indicators.py share: which database, Django set up on it, figures printed."""

import os
import sys
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
VAR_DIR = BENCH_DIR / "var"
DEFAULT_URL = f"sqlite:///{VAR_DIR / 'bench.sqlite3'}"

sys.path.insert(0, str(BENCH_DIR.parent))  # the ngoaivu package, also when it is not installed


def database_url(given=None):
    """--database-url, else $DATABASE_URL, else bench/var/bench.sqlite3 (never the app's var/)."""
    return given or os.environ.get("DATABASE_URL") or DEFAULT_URL


def setup_django(url):
    os.environ["DATABASE_URL"] = url
    os.environ["NGOAIVU_VAR_DIR"] = str(VAR_DIR)
    os.environ["DJANGO_SETTINGS_MODULE"] = "ngoaivu.settings"
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    import django

    django.setup()


def describe_database():
    from django.db import connection

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("select sqlite_version()")
            return f"SQLite {cursor.fetchone()[0]} ({connection.settings_dict['NAME']})"
        cursor.execute("show server_version")
        return f"PostgreSQL {cursor.fetchone()[0]} ({connection.settings_dict['NAME']})"


def by_model():
    """{model label: [indicators]} of the catalogue, in catalogue order."""
    from ngoaivu.pure.indicators import CATALOGUE

    grouped = {}
    for indicator in CATALOGUE:
        grouped.setdefault(indicator.model, []).append(indicator)
    return grouped


def columns(indicators):
    """The fields the indicators of one model read, besides unit."""
    names = set()
    for indicator in indicators:
        names.update(filter(None, (indicator.date_field, indicator.stock_end_field, indicator.year_field)))
        names.update(key.split("__")[0] for key in indicator.condition)
        names.update(measure.field for measure in indicator.measures if measure.field)
    return sorted(names)


def ms(seconds):
    return f"{seconds * 1000:8.1f} ms"


def secs(seconds):
    return f"{seconds:8.2f} s"
