"""What bench/load needs before gunicorn starts: the synthetic register at the asked scale, and users.

    .venv/bin/python bench/load_setup.py --database-url URL [--scale 1.0] [--out bench/var/load-users.json]

1. Counts the rows of every area; when they are not those generate.py makes at this scale,
   rebuilds the database with generate.py --reset (the whole schema of the bench database).
2. Creates (or resets) the users the load signs in with: an officer per province (unit: its
   Sở Ngoại vụ) and a unit reporter per province (one of the units below its UBND), with one
   password that passes the project's validators, and an API token each.
3. Removes what earlier load runs left: their reports, sessions and django-axes failures, so
   that no sign-in is locked out and the report list does not grow from run to run.
4. VACUUM ANALYZE, as autovacuum would have done. Migrates and collects the static files
   (into bench/var/static), as `ngoaivu serve` does.
5. Writes the accounts and the areas to list (JSON) for bench/locustfile.py.
"""

import argparse
import json
import subprocess
import sys
from pathlib import Path

from common import BENCH_DIR, VAR_DIR, setup_django
from generate import AREAS as MAKERS, PROVINCES, STAFF_PER_PROVINCE, UNITS_BELOW, YEARS

PASSWORD = "Taiday-2025-ngoaivu"  # 10+ characters, letters and digits, not a common password
PREFIXES = ("load-officer-", "load-reporter-")


def expected_counts(scale):
    """{model name: rows} that generate.py writes at this scale."""
    counts = {}
    for make, per_year in MAKERS:
        counts[make.__name__] = round(per_year * scale) * len(YEARS) * len(PROVINCES)
    counts["staff"] = round(STAFF_PER_PROVINCE * scale) * len(PROVINCES)
    return counts


def actual_counts():
    """{maker name: rows} now in the database, or None when it has no register yet."""
    from django.db import connection
    from django.db.utils import DatabaseError

    from ngoaivu.core import models as core
    from ngoaivu.register import models as register

    models = {
        "incoming": register.IncomingDelegation,
        "outgoing": register.OutgoingDelegation,
        "reception": register.CourtesyReception,
        "agreement": register.Agreement,
        "conference": register.Conference,
        "integration": register.IntegrationActivity,
        "economic": register.EconomicDiplomacyEvent,
        "abtc": register.AbtcApplication,
        "aid": register.ForeignAid,
        "consular": register.ConsularCase,
        "fishing": register.FishingIncident,
        "resident": register.ForeignResident,
        "overseas": register.OverseasVietnameseActivity,
        "bulletin": register.Bulletin,
        "article": register.Article,
        "press": register.PressCrew,
        "cultural": register.CulturalEvent,
        "border": register.BorderActivity,
        "task": register.AssignedTask,
        "document": core.LegalDocument,
        "staff": register.StaffMember,
    }
    try:
        if core.Unit.objects.filter(code__in=[f"T{n:02d}" for n in range(1, len(PROVINCES) + 1)]).count() != len(
            PROVINCES
        ):
            return None
        return {name: model.objects.count() for name, model in models.items()}
    except DatabaseError:  # no tables yet
        connection.close()
        return None


def ensure_register(url, scale):
    wanted = expected_counts(scale)
    found = actual_counts()
    if found == wanted:
        print(f"register: reused ({sum(found.values()):,} rows, scale {scale})", flush=True)
        return
    from django.db import connection

    connection.close()
    print(f"register: building at scale {scale} (generate.py --reset)…", flush=True)
    subprocess.run(
        [sys.executable, str(BENCH_DIR / "generate.py"), "--database-url", url, "--scale", str(scale), "--reset"],
        check=True,
    )
    if actual_counts() != wanted:
        sys.exit("register: the rebuilt database does not have the expected rows")


def ensure_users():
    from axes.models import AccessAttempt, AccessFailureLog
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.password_validation import validate_password
    from django.contrib.sessions.models import Session

    from ngoaivu.accounts.models import ApiToken
    from ngoaivu.core.models import Role, Unit, User
    from ngoaivu.reporting.models import Report, ReportTemplate

    hashed = make_password(PASSWORD)  # once: hashing is slow on purpose, and these are bench accounts
    units = {unit.code: unit for unit in Unit.objects.filter(code__startswith="T")}
    accounts = {"officers": [], "reporters": []}
    for number in range(1, len(PROVINCES) + 1):
        code = f"T{number:02d}"
        below = UNITS_BELOW[(number - 1) % len(UNITS_BELOW)][0]
        for kind, role, unit_code in (
            ("officers", Role.OFFICER, f"{code}-SNgV"),
            ("reporters", Role.REPORTER, f"{code}-{below}"),
        ):
            prefix = PREFIXES[0] if kind == "officers" else PREFIXES[1]
            unit = units[unit_code]
            user, _created = User.objects.get_or_create(username=f"{prefix}{code.lower()}")
            user.role, user.unit, user.is_active = role, unit, True
            user.last_name = f"Tải thử {unit.name}"
            validate_password(PASSWORD, user)
            user.password = hashed
            user.save()
            _token, key = ApiToken.issue(user, "locust")
            accounts[kind].append(
                {
                    "username": user.username,
                    "password": PASSWORD,
                    "token": key,
                    "unit": unit.pk,
                    # An officer drafts the province's report (its unit and those below); a reporter its own.
                    "report_unit": units[code].pk if role == Role.OFFICER else unit.pk,
                }
            )
    names = [a["username"] for kind in accounts.values() for a in kind]
    bench_users = User.objects.filter(username__in=names)
    reports = Report.objects.filter(created_by__in=bench_users)
    removed = reports.count()
    reports.delete()
    AccessAttempt.objects.filter(username__in=names).delete()
    AccessFailureLog.objects.filter(username__in=names).delete()
    Session.objects.all().delete()  # the bench database has no other users
    templates = {t.code: t.pk for t in ReportTemplate.objects.filter(is_active=True)}
    print(
        f"users: {len(accounts['officers'])} officers, {len(accounts['reporters'])} reporters "
        f"(password {PASSWORD}); {removed} reports of earlier runs removed",
        flush=True,
    )
    return accounts, templates


def vacuum():
    """What autovacuum does on a server where it is on (on this machine's it is off): after the bulk
    load and the deletions above, visibility maps and statistics are up to date."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")


def areas():
    """The areas a user lists: top-level ones that hold rows, with the filters each offers."""
    from ngoaivu.register.area_registry import AREAS

    found = []
    for area in AREAS.values():
        if area.parent_field or not area.model.objects.exists():
            continue
        found.append(
            {
                "slug": area.slug,
                "date": bool(area.date_field),
                "country": bool(area.country_field),
                "search": bool(area.search_fields),
            }
        )
    return found


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--out", default=str(VAR_DIR / "load-users.json"))
    args = parser.parse_args()
    if not args.database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("bench/load runs on PostgreSQL only")
    setup_django(args.database_url)
    from django.core.management import call_command

    ensure_register(args.database_url, args.scale)
    call_command("migrate", interactive=False, verbosity=0)  # also installs the shipped report templates
    call_command("collectstatic", interactive=False, verbosity=0)  # as `ngoaivu serve` does (into bench/var)
    accounts, templates = ensure_users()
    vacuum()
    listed = areas()
    Path(args.out).write_text(
        json.dumps(
            {"scale": args.scale, "templates": templates, "areas": listed, **accounts}, ensure_ascii=False, indent=1
        )
    )
    print(f"areas: {len(listed)} with rows; accounts written to {args.out}", flush=True)


if __name__ == "__main__":
    main()
