"""A synthetic national register for the benchmark: the 34 provinces of 2025 × 2021–2025, over a million rows.

    .venv/bin/python bench/generate.py [--scale 1.0] [--database-url URL] [--reset] [--seed 2025]

The provinces are those of ngoaivu/pure/provinces_2025 (NEW_PROVINCES, in its order: codes T01–T34).
Each has a province unit, its UBND, its Sở Ngoại vụ and ten units under the UBND. A province formed
by the 2025 merger is the row of the old province whose name it keeps; each other old province it was
formed from is an ended unit (ended_on = EFFECTIVE, inactive) with a small tree of its own (UBND,
Sở Ngoại vụ, four units below, all ended), linked to the new province by a Succession (merge,
effective on EFFECTIVE, the resolution's clause as legal basis, carrying its records).

Rows are spread over a territory's old provinces: a row whose every date falls before EFFECTIVE goes
to one of the old provinces it was formed from (each as likely), so in part to an ended predecessor's
units; a row with a date on or after EFFECTIVE, or still open (a detainee not released, a resident not
gone, an agreement not signed or still valid, a task not done, a staff member still working), goes to
the new province's units. The rows per province and year, and so the total (1,132,200 at scale 1.0),
are those of before the predecessors existed; over a quarter of them land on the predecessors.
Values respect the models' constraints. Rows go in with bulk_create (no history rows, which the
benchmark does not need).
"""

import argparse
import random
import sys
import time
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from common import database_url, describe_database, setup_django

from ngoaivu.pure.provinces_2025 import EFFECTIVE, NEW_PROVINCES, NewProvince, OldProvince, old_by_code

PROVINCES = [province.name for province in NEW_PROVINCES]
YEARS = range(2021, 2026)
# (code, name, kind) of the units under each UBND besides the Sở Ngoại vụ.
UNITS_BELOW = [
    ("VP", "Văn phòng UBND", "office"),
    ("STC", "Sở Tài chính", "department"),
    ("SCT", "Sở Công Thương", "department"),
    ("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch", "department"),
    ("SGDDT", "Sở Giáo dục và Đào tạo", "department"),
    ("SNNMT", "Sở Nông nghiệp và Môi trường", "department"),
    ("CA", "Công an tỉnh", "department"),
    ("BQLKKT", "Ban Quản lý Khu kinh tế", "department"),
    ("UBX1", "UBND phường Trung tâm", "commune"),
    ("DH", "Trường Đại học", "university"),
]
# The units under an ended predecessor's UBND besides its Sở Ngoại vụ.
PREDECESSOR_BELOW = ("VP", "SCT", "CA", "DH")
COUNTRIES = [
    "JP",
    "KR",
    "CN",
    "US",
    "LA",
    "KH",
    "TH",
    "FR",
    "DE",
    "AU",
    "SG",
    "IN",
    "RU",
    "GB",
    "CA",
    "NZ",
    "IT",
    "NL",
    "BE",
    "SE",
    "TW",
    "MY",
    "ID",
    "PH",
]
BATCH = 5000


class Maker:
    """Draws one territory's rows; every draw comes from one seeded random.Random."""

    def __init__(self, rng, territory):
        self.rng, self.code = rng, territory.code
        self.current = territory.spread  # the new province's units, its Sở Ngoại vụ repeated to hold the most rows
        self.before = [territory.spread] + [predecessor.spread for predecessor in territory.predecessors]
        self.enterprises = [f"Công ty {territory.code}-{i:03d}" for i in range(120)]
        self.counters = {}

    def unit(self, last_day):
        """A unit for a row whose last date is last_day (None: still open, or undated). Before the
        merger, each old province of the territory is as likely; from it on, and for open matters,
        only the new province's units: an ended unit holds nothing dated on or after its end."""
        if last_day is not None and last_day < EFFECTIVE:
            return self.rng.choice(self.rng.choice(self.before))
        return self.rng.choice(self.current)

    def day(self, year):
        return date(year, 1, 1) + timedelta(days=self.rng.randrange(365))

    def later(self, day, most, least=0):
        return day + timedelta(days=self.rng.randint(least, most))

    def country(self):
        return self.rng.choice(COUNTRIES)

    def pick(self, *choices):
        return self.rng.choice(choices)

    def serial(self, key):
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]


def last(*days):
    """The latest of a row's dates, None when one of them is still open (None)."""
    return None if None in days else max(days)


def incoming(m, M, year):
    day, groups = m.day(year), m.pick(1, 1, 1, 1, 2, 3)
    end = m.later(day, 5)
    return M.IncomingDelegation(
        unit_id=m.unit(end),
        title="Đoàn công tác",
        country=m.country(),
        start_date=day,
        end_date=end,
        host_level=m.pick("provincial", "agency"),
        purpose=m.pick("work", "study", "survey", "investment", "aid"),
        groups=groups,
        person_visits=groups * m.rng.randint(1, 25),
    )


def outgoing(m, M, year):
    day = m.day(year)
    end = m.later(day, 14)
    return M.OutgoingDelegation(
        unit_id=m.unit(end),
        title="Đoàn ra",
        persons=m.rng.randint(1, 12),
        countries=[m.country()],
        start_date=day,
        end_date=end,
        nature=m.pick("official", "official", "official", "private"),
    )


def reception(m, M, year):
    day = m.day(year)
    return M.CourtesyReception(unit_id=m.unit(day), received_on=day, mission="Đại sứ quán", country=m.country())


def agreement(m, M, year):
    status = m.pick(
        "drafting",
        "party_review",
        "ministry_opinions",
        "signed",
        "in_force",
        "in_force",
        "postponed",
        "expired",
        "renewed",
    )
    signed = None if status in ("drafting", "party_review", "ministry_opinions", "postponed") else m.day(year)
    until = signed and m.later(signed, 5 * 365, 365)
    return M.Agreement(
        unit_id=m.unit(last(signed, until)),  # one not signed, or still valid on EFFECTIVE, the new province's
        title="Biên bản ghi nhớ hợp tác",
        kind=m.pick("agreement", "mou", "plan"),
        partner="Tỉnh đối tác",
        country=m.country(),
        status=status,
        signed_on=signed,
        valid_from=signed,
        valid_until=until,
    )


def conference(m, M, year):
    day, total = m.day(year), m.rng.randint(0, 300)
    foreign = m.rng.randint(0, total // 3) if total else 0
    end = m.later(day, 3)
    return M.Conference(
        unit_id=m.unit(end),
        title="Hội thảo quốc tế",
        organiser="Sở",
        start_date=day,
        end_date=end,
        format=m.pick("in_person", "online", "hybrid"),
        participants=total,
        foreign_participants=foreign,
    )


def integration(m, M, year):
    day = m.day(year)
    end = m.later(day, 3)
    return M.IntegrationActivity(
        unit_id=m.unit(end),
        title="Hội nhập quốc tế",
        kind=m.pick("training", "training", "plan", "committee", "other"),
        start_date=day,
        end_date=end,
        participants=m.rng.randint(0, 200),
    )


def economic(m, M, year):
    day = m.day(year)
    return M.EconomicDiplomacyEvent(
        unit_id=m.unit(day),
        title="Xúc tiến đầu tư",
        kind=m.pick("promotion", "business", "fair", "projects", "other"),
        held_on=day,
        country=m.country(),
    )


def abtc(m, M, year):
    received = m.day(year)
    status = m.pick("received", "appraised", "approved", "approved", "approved", "refused")
    decided = m.later(received, 60, 5) if status in ("approved", "refused") else None
    return M.AbtcApplication(
        unit_id=m.unit(last(received, decided)),
        enterprise=m.rng.choice(m.enterprises),
        businesspeople=m.rng.randint(1, 8),
        received_on=received,
        status=status,
        decided_on=decided,
    )


def aid(m, M, year):
    currency = m.pick("VND", "USD", "EUR", "JPY")
    value = m.rng.randint(1, 50_000) * 1_000_000
    day = m.day(year)
    return M.ForeignAid(
        unit_id=m.unit(day),
        title="Dự án viện trợ",
        donor="Tổ chức phi chính phủ",
        country=m.country(),
        kind=m.pick("emergency", "project", "non_project"),
        value_vnd=Decimal(value),
        currency=currency,
        value_original=None if currency == "VND" else Decimal(value // 25_000),
        approved_on=day,
    )


def consular(m, M, year):
    day, status = m.day(year), m.pick("open", "closed", "closed")
    closed = m.later(day, 90) if status == "closed" else None
    return M.ConsularCase(
        unit_id=m.unit(last(day, closed)),
        title="Vụ việc",
        kind=m.pick("protection", "foreigner", "document", "other"),
        country=m.country(),
        occurred_on=day,
        persons=m.rng.randint(1, 5),
        status=status,
        closed_on=closed,
    )


def fishing(m, M, year):
    day, kind = m.day(year), m.pick("detained", "detained", "obstructed", "robbed")
    released = m.later(day, 400, 10) if kind == "detained" and m.rng.random() < 0.85 else None
    return M.FishingIncident(
        unit_id=m.unit(last(day, released) if kind == "detained" else day),
        boat_number=f"{m.code} {m.rng.randint(10000, 99999)} TS",
        kind=kind,
        country=m.pick("CN", "MY", "ID", "TH", "PH"),
        occurred_on=day,
        fishermen=m.rng.randint(1, 30),
        released_on=released,
    )


def resident(m, M, year):
    day = m.day(year)
    departed = m.later(day, 4 * 365, 30) if m.rng.random() < 0.7 else None
    return M.ForeignResident(
        unit_id=m.unit(last(day, departed)),
        kind=m.pick("student", "student", "expert", "worker"),
        name="Nhóm",
        country=m.country(),
        persons=m.rng.randint(1, 20),
        arrival=m.pick("new", "returning"),
        arrived_on=day,
        departed_on=departed,
    )


def overseas(m, M, year):
    day = m.day(year)
    return M.OverseasVietnameseActivity(
        unit_id=m.unit(day),
        title="Hoạt động kiều bào",
        kind=m.pick("association", "investment", "visit", "event", "policy"),
        country=m.country(),
        held_on=day,
        persons=m.rng.randint(0, 50),
    )


def bulletin(m, M, year):
    day = m.day(year)
    unit = m.unit(day)
    return M.Bulletin(unit_id=unit, issue_number=m.serial(("bulletin", unit)), published_on=day, copies=500)


def article(m, M, year):
    day, language = m.day(year), m.pick("vi", "vi", "vi", "en", "zh", "ko", "ja", "lo")
    return M.Article(unit_id=m.unit(day), title="Tin đối ngoại", language=language, published_on=day)


def press(m, M, year):
    day = m.day(year)
    end = m.later(day, 7)
    return M.PressCrew(
        unit_id=m.unit(end),
        outlet="Đài truyền hình",
        country=m.country(),
        persons=m.rng.randint(1, 6),
        start_date=day,
        end_date=end,
    )


def cultural(m, M, year):
    day = m.day(year)
    return M.CulturalEvent(
        unit_id=m.unit(day),
        title="Giao lưu văn hóa",
        held_on=day,
        country=m.country(),
        participants=m.rng.randint(0, 500),
    )


def border(m, M, year):
    day = m.day(year)
    return M.BorderActivity(
        unit_id=m.unit(day),
        title="Tuyên truyền biển, đảo",
        held_on=day,
        kind=m.pick("propaganda", "publication", "training", "field_trip", "other"),
    )


# The last day of a task's due period, by AssignedTask.due (a task due on a date: that date).
DUE_MONTH_DAY = {"q1": (3, 31), "q2": (6, 30), "q1q2": (6, 30), "q3": (9, 30), "q4": (12, 31), "year": (12, 31)}


def task(m, M, year):
    due = m.pick("q1", "q2", "q1q2", "q3", "q4", "year", "date")
    progress = m.pick("not_started", "in_progress", "submitted", "done")
    due_date = m.day(year) if due == "date" else None
    completed = m.day(year) if progress == "done" else None
    due_end = due_date or date(year, *DUE_MONTH_DAY[due])
    return M.AssignedTask(
        unit_id=m.unit(max(due_end, completed) if progress == "done" else None),  # an unfinished task is open
        title="Nhiệm vụ",
        year=year,
        due=due,
        due_date=due_date,
        deadline_on=due_end,  # what AssignedTask.save() keeps, which bulk_create skips
        progress=progress,
        completed_on=completed,
    )


def document(m, M, year):
    day, issued = m.day(year), m.rng.random() < 0.8
    return M.LegalDocument(
        doc_type="Quyết định",
        number=f"{m.serial('document')}/QĐ-{m.code}",
        issued_on=day if issued else None,
        issued_year=year if issued else None,
        issuer="UBND tỉnh",
        unit_id=m.unit(day if issued else None),  # a draft is an open matter
        status="issued" if issued else "drafting",
    )


def staff(m, M, year):
    joined = date(2000, 1, 1) + timedelta(days=m.rng.randrange(26 * 365))
    left = m.later(joined, 15 * 365, 30) if m.rng.random() < 0.3 else None
    left = left if left and left <= date(2025, 12, 31) else None
    return M.StaffMember(
        unit_id=m.unit(left),  # who had not left by the merger works for the new province
        name="Cán bộ",
        division=m.pick("Văn phòng", "Lễ tân", "Hợp tác quốc tế"),
        joined_on=joined,
        left_on=left,
    )


# (maker, rows per province and year at scale 1.0); staff rows per province, not per year.
AREAS = [
    (incoming, 600),
    (outgoing, 500),
    (reception, 300),
    (agreement, 100),
    (conference, 200),
    (integration, 200),
    (economic, 250),
    (abtc, 400),
    (aid, 200),
    (consular, 500),
    (fishing, 150),
    (resident, 600),
    (overseas, 250),
    (bulletin, 50),
    (article, 1500),
    (press, 100),
    (cultural, 250),
    (border, 200),
    (task, 150),
    (document, 100),
]
STAFF_PER_PROVINCE = 300


@dataclass
class Predecessor:
    old: OldProvince
    code: str  # its unit's code: P + the old province's code
    spread: list  # unit ids to spread rows over


@dataclass
class Territory:
    new: NewProvince
    code: str  # T01–T34, in the order of NEW_PROVINCES
    keeps: OldProvince  # the old province whose row goes on as the new one: the one whose name it keeps
    predecessors: list  # [Predecessor]: the other old provinces it was formed from, ended
    spread: list = None


def territories():
    found = []
    for number, new in enumerate(NEW_PROVINCES, 1):
        olds = [old_by_code(code) for code in new.formed_from]
        keeps = next(old for old in olds if old.name == new.name)
        predecessors = [Predecessor(old, f"P{old.code}", None) for old in olds if old is not keeps]
        found.append(Territory(new, f"T{number:02d}", keeps, predecessors))
    return found


def create_tree(Unit, code, name, kind, below, ended_on=None):
    """A province unit, its UBND, its Sở Ngoại vụ and the units below the UBND; returns the unit ids
    to spread rows over (the Sở Ngoại vụ repeated so that it holds the most rows) and the province."""
    life = {"ended_on": ended_on, "is_active": False} if ended_on else {}
    province = Unit.objects.create(name=f"{kind[0].upper()}{kind[1:]} {name}", code=code, kind="province", **life)
    committee = Unit.objects.create(name=f"UBND {name}", code=f"{code}-UBND", kind="committee", parent=province, **life)
    office = Unit.objects.create(
        name=f"Sở Ngoại vụ {name}",
        short_name="SNgV",
        code=f"{code}-SNgV",
        kind="department",
        parent=committee,
        coordinates_province=False,
        **life,
    )
    below = Unit.objects.bulk_create(
        [
            Unit(name=f"{label} {name}", code=f"{code}-{short}", kind=kind, parent=committee, **life)
            for short, label, kind in below
        ]
    )
    return province, [committee.pk] + [office.pk] * 5 + [unit.pk for unit in below]


def create_units(Unit, Succession):
    """[Territory] with the unit ids to spread rows over; a province's scope is its unit, those below
    and, from EFFECTIVE on, its ended predecessors' trees (Unit.scope)."""
    found = territories()
    ended_below = [unit for unit in UNITS_BELOW if unit[0] in PREDECESSOR_BELOW]
    for territory in found:
        new = territory.new
        province, territory.spread = create_tree(Unit, territory.code, new.name, new.kind, UNITS_BELOW)
        for predecessor in territory.predecessors:
            old = predecessor.old
            ended, predecessor.spread = create_tree(
                Unit, predecessor.code, old.name, old.kind, ended_below, ended_on=EFFECTIVE
            )
            Succession.objects.create(
                predecessor=ended,
                successor=province,
                kind=Succession.Kind.MERGE,
                effective_on=EFFECTIVE,
                legal_basis=new.basis,  # RESOLUTION, Điều 1 khoản n
                carries_records=True,
            )
    return found


class Writer:
    """Collects rows per model and writes them with bulk_create, BATCH at a time."""

    def __init__(self):
        self.pending, self.counts, self.on_ended = {}, {}, 0

    def add(self, row, ended=()):
        """ended: the ids of ended units, whose rows are counted in on_ended."""
        self.on_ended += row.unit_id in ended
        model = type(row)
        rows = self.pending.setdefault(model, [])
        rows.append(row)
        if len(rows) >= BATCH:
            self.flush(model)

    def flush(self, model):
        rows = self.pending.pop(model, [])
        model.objects.bulk_create(rows, batch_size=BATCH)
        self.counts[model.__name__] = self.counts.get(model.__name__, 0) + len(rows)

    def close(self):
        for model in list(self.pending):
            self.flush(model)


def generate(scale, seed):
    from django.db import transaction

    from ngoaivu.core import models as core
    from ngoaivu.register import models as register

    class Models:  # register models and LegalDocument under one name for the makers
        pass

    for name in register.__all__:
        setattr(Models, name, getattr(register, name))
    Models.LegalDocument = core.LegalDocument

    rng, writer = random.Random(seed), Writer()
    with transaction.atomic():
        found = create_units(core.Unit, core.Succession)
        ended = {pk for territory in found for predecessor in territory.predecessors for pk in predecessor.spread}
        for territory in found:
            maker = Maker(rng, territory)
            for make, per_year in AREAS:
                for year in YEARS:
                    for _ in range(round(per_year * scale)):
                        writer.add(make(maker, Models, year), ended)
            for _ in range(round(STAFF_PER_PROVINCE * scale)):
                writer.add(staff(maker, Models, None), ended)
        writer.close()
    units = core.Unit.objects.count()
    predecessors = [predecessor for territory in found for predecessor in territory.predecessors]
    ended_units = core.Unit.objects.filter(ended_on__isnull=False).count()
    return units, writer.counts, (len(predecessors), ended_units, writer.on_ended)


def prepare(url, reset):
    """Migrate the bench database; refuse one that already has units unless reset, which empties it whole."""
    if reset and url.startswith("sqlite:///"):
        from pathlib import Path

        Path(url.removeprefix("sqlite:///")).unlink(missing_ok=True)
    setup_django(url)
    from django.core.management import call_command
    from django.db import connection

    if "core_unit" in connection.introspection.table_names():
        with connection.cursor() as cursor:
            cursor.execute("SELECT count(*) FROM core_unit")
            has_units = cursor.fetchone()[0] > 0
        if has_units and not reset:
            sys.exit(f"{url} already has units; run with --reset to empty it first.")
        if reset and connection.vendor == "postgresql":  # a fresh schema, also when migrations changed
            with connection.cursor() as cursor:
                cursor.execute("DROP SCHEMA public CASCADE; CREATE SCHEMA public")
    call_command("migrate", interactive=False, verbosity=0)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:  # a throw-away database: no need to wait for the disk
            cursor.execute("PRAGMA synchronous = OFF")


def analyze():
    """What PostgreSQL's autovacuum does shortly after a bulk load; SQLite's app never analyzes."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = about 1.1 million rows; 0.05 for a quick run")
    parser.add_argument("--database-url", help="default: $DATABASE_URL, else bench/var/bench.sqlite3")
    parser.add_argument(
        "--reset",
        action="store_true",
        help="empty the database first (SQLite: delete the file; PostgreSQL: drop the public schema)",
    )
    parser.add_argument("--seed", type=int, default=2025)
    args = parser.parse_args()

    started = time.perf_counter()
    prepare(database_url(args.database_url), args.reset)
    print(f"database: {describe_database()}")
    migrated = time.perf_counter()
    units, counts, (predecessors, ended_units, on_ended) = generate(args.scale, args.seed)
    analyze()
    finished = time.perf_counter()
    for model, count in sorted(counts.items(), key=lambda item: -item[1]):
        print(f"  {model:<28} {count:>10,} rows")
    total = sum(counts.values())
    print(f"  {'total':<28} {total:>10,} rows in {len(counts)} tables; {units} units, {len(PROVINCES)} provinces")
    print(
        f"  predecessors: {predecessors} old provinces ended on {EFFECTIVE:%d/%m/%Y} ({ended_units} ended units) "
        f"hold {on_ended:,} rows ({on_ended / max(total, 1):.0%}), every one dated before that day"
    )
    print(
        f"migrate {migrated - started:.1f} s, generate {finished - migrated:.1f} s "
        f"({total / (finished - migrated):,.0f} rows/s), scale {args.scale}, seed {args.seed}"
    )


if __name__ == "__main__":
    main()
