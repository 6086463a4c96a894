"""Every URL of the project, as every demo role, against the expected permission matrix (matrix.py).

1. The resolver is walked (nested includes, the API router, the admin): a pattern with no row in
   the matrix and no rule covering it fails test_every_url_pattern_is_in_the_matrix, by name.
2. Each row is requested as each demo user and as an anonymous visitor, with its path parameters
   filled with objects of the demo province: one of the user's own unit and one of another unit.
   Pages get GETs only. Writes are sent only where the role may not do them, and must then be
   refused and change nothing (every table's row count and the target objects' fields compared).

A case where the project does not do what README says is a strict xfail, listed in
matrix.DISCREPANCIES with the outcome it gives.
"""

import json
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import parse_qs, urlsplit

import pytest
from django.apps import apps
from django.conf import settings
from django.db import connection, transaction
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, resolve, reverse

from tests.core import matrix as M

# The matrix's requests and refusals are views and plain ORM filters: the same on PostgreSQL.
pytestmark = pytest.mark.one_database

# --- The resolver ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Pattern:
    name: str  # namespace:name, or "" for a pattern without a name
    route: str  # the full route, prefixes included
    has_format: bool  # a format-suffix pattern of Django REST framework

    @property
    def key(self):
        return self.name or self.route


def walk(resolver=None, prefix="", namespace=""):
    """Every URLPattern under resolver, with its full route and namespaced name."""
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            inner = ":".join(n for n in (namespace, entry.namespace) if n)
            yield from walk(entry, prefix + str(entry.pattern), inner)
        elif isinstance(entry, URLPattern):
            pattern = entry.pattern
            params = set(getattr(pattern, "converters", {})) | set(
                getattr(getattr(pattern, "regex", None), "groupindex", {})
            )
            name = f"{namespace}:{entry.name}" if namespace and entry.name else (entry.name or "")
            yield Pattern(name, prefix + str(pattern), "format" in params)


def covering_rule(pattern, named_rows):
    """The matrix.COVERED_BY_RULE entry that covers a pattern without a row, or None."""
    for rule in M.COVERED_BY_RULE:
        what, regex, _why = rule
        if (
            (what == "name" and pattern.name and re.match(regex, pattern.name))
            or (what == "route" and not pattern.name and re.match(regex, pattern.route))
            or (what == "format" and pattern.has_format and pattern.name in named_rows)
        ):
            return rule
    return None


def test_every_url_pattern_is_in_the_matrix():
    rows = {row.name for row in M.ROWS}
    patterns = list(walk())
    missing = [p for p in patterns if p.key not in rows and covering_rule(p, rows) is None]
    assert not missing, "URL patterns with no row in tests/core/matrix.py (add one per pattern):\n" + "\n".join(
        f"  {p.key!r}  (route {p.route!r})" for p in missing
    )
    stale = rows - {p.key for p in patterns}
    assert not stale, f"rows of tests/core/matrix.py for URLs that no longer exist: {sorted(stale)}"
    keys = [row.key for row in M.ROWS]
    assert len(keys) == len(set(keys)), "two rows with one key: give them labels"
    for key, methods, roles, cases, got, reason in M.DISCREPANCIES:
        assert key in keys and reason and got != M.ALLOWED, (key, methods)


def test_the_matrix_is_well_formed():
    vocabulary = {M.OK, M.LOGIN, M.ADMIN_LOGIN, M.FORBIDDEN, M.HIDDEN, M.NOT_ALLOWED, M.UNAUTHORIZED, M.ALLOWED}
    assert len({check.id for check in CHECKS}) == len(CHECKS)
    for check in CHECKS:
        assert check.expected in vocabulary, check.id
    for row in M.ROWS:
        for method, table in row.methods().items():
            for key in table if isinstance(table, dict) else {}:
                for part in key.split(","):
                    assert part in {"*", *M.ROLES, *M.USERS}, (row.key, method, part)
                value = table[key]
                if isinstance(value, dict):
                    assert set(value) == {"own", "other"} and has_objects(row), (row.key, method, key)


# --- The checks -----------------------------------------------------------------------------


def has_objects(row):
    return any(isinstance(v, M.Obj) for v in [*row.kwargs.values(), *row.args])


def expected(table, username, case):
    """The outcome a table gives username for case: username, then role, then "*"."""
    if not isinstance(table, dict):
        value = table
    else:
        role = M.USERS[username]
        by_key = {}
        for key, value in table.items():
            for part in key.split(","):
                by_key[part] = value
        value = by_key.get(username, by_key.get(role, by_key.get("*")))
        assert value is not None, f"no outcome for {username} ({role})"
    if isinstance(value, dict):
        value = value[case]
    return value


@dataclass(frozen=True)
class Check:
    row: M.Row
    method: str
    username: str
    case: str
    expected: str

    @property
    def id(self):
        return f"{self.row.key}|{self.method}|{self.username}|{self.case}"


def all_checks():
    for row in M.ROWS:
        cases = ["own", "other"] if has_objects(row) else ["-"]
        for method, table in row.methods().items():
            for username in row.users or M.USERS:
                for case in cases:
                    outcome = expected(table, username, case)
                    if outcome != M.ALLOWED:  # a write the role may do is not sent
                        yield Check(row, method.upper(), username, case, outcome)


CHECKS = list(all_checks())


def discrepancy(check):
    """The matrix.DISCREPANCIES entry for a check, or None."""
    for entry in M.DISCREPANCIES:
        key, method, roles, cases, _got, _reason = entry
        names = set(roles.split(","))
        if (
            key == check.row.key
            and check.method in method.split(",")
            and cases in ("*", check.case)
            and names & {"*", check.username, M.USERS[check.username]}
        ):
            return entry
    return None


def param(check):
    entry = discrepancy(check)
    if entry is None:
        return pytest.param(check, id=check.id)
    *_, got, reason = entry
    return pytest.param(
        check,
        id=check.id,
        marks=pytest.mark.xfail(
            strict=True, raises=AssertionError, reason=f"{reason} (gives {got}, should give {check.expected})"
        ),
    )


# --- The demo province, with an object of each kind for each unit ---------------------------

UNITS = ("SNgV", "VP", "DHPVD")


@dataclass
class World:
    objects: dict  # kind → {"own": {unit code: object}, "other": {unit code: object}}
    values: dict  # Val name → value
    sessions: dict  # username → session key
    units: dict  # username → unit code


@pytest.fixture(scope="module")
def world(demo, django_db_blocker, tmp_path_factory):
    media = override_settings(MEDIA_ROOT=str(tmp_path_factory.mktemp("media")))  # the units' uploaded files
    # PDFs are made by background tasks, which the tests queue and leave: who may download is decided before.
    media.enable()
    try:
        with django_db_blocker.unblock():
            yield build_world()
    finally:
        media.disable()


def build_world():
    """An object of each kind for SNgV, VP and DHPVD: the demo's where it has one, else one made here."""
    from django.contrib.contenttypes.models import ContentType
    from django.core.files.base import ContentFile
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from ngoaivu.collection.models import ReportRequest, Submission
    from ngoaivu.collection.services import keep_file
    from ngoaivu.core.models import Succession, Unit, User
    from ngoaivu.procedures.models import Translation
    from ngoaivu.register.models import ReportReading
    from ngoaivu.register.area_registry import AREAS
    from ngoaivu.reporting.models import ReportTemplate
    from ngoaivu.reporting.services import create_report
    from tests.register.rows import make_row

    users = {u.username: u for u in User.objects.select_related("unit")}
    for username, role in M.USERS.items():
        assert username == "anonymous" or users[username].role == role, username
    unit = {code: Unit.objects.get(code=code) for code in (*UNITS, "SCT", "UBND")}
    objects = {}

    def by_unit(kind, own, other=None):
        objects[kind] = {"own": own, "other": {code: other or own[M.OTHER_UNIT[code]] for code in UNITS}}

    for slug, area in AREAS.items():
        rows = {code: area.model.objects.filter(unit=unit[code]).order_by("pk").first() for code in UNITS}
        by_unit(f"area:{slug}", {code: row or make_row(slug, unit[code]) for code, row in rows.items()})
    by_unit("record", objects[f"area:{M.SLUG}"]["own"])
    by_unit(
        "history", {code: row.history.order_by("history_id").first() for code, row in objects["record"]["own"].items()}
    )
    by_unit("procedure", objects["area:thu-tuc-hanh-chinh"]["own"])

    general = ReportTemplate.objects.get(code="general")
    reports, sections = {}, {}
    for code in UNITS:  # a draft of each unit's own, whatever reports the demo has and in what state
        reports[code] = create_report(unit[code], general, "2021-08", users["chuyenvien"])
        section = reports[code].sections.order_by("position").first()
        section.text += "\n(Đoạn do chuyên viên viết thêm.)"  # edited: regenerating shows a difference, saves nothing
        section.save()
        sections[code] = section
    by_unit("report", reports)
    by_unit("section", sections)

    def request(direction, code):
        return ReportRequest.objects.create(
            direction=direction,
            unit=unit[code],
            template=general,
            period_code="2021-08",
            deadline=date(2021, 9, 10),
            subject=f"Báo cáo tháng 8/2021 ({code})",
        )

    # An incoming request of each unit still waiting for its report, the demo's where the unit has one
    # (the demo's request to SNgV is answered already), else one made here.
    open_incoming = ReportRequest.objects.filter(direction="incoming", report__isnull=True).order_by("pk")
    incoming = {code: open_incoming.filter(unit=unit[code]).first() for code in UNITS}
    by_unit("incoming", {code: item or request("incoming", code) for code, item in incoming.items()})
    # A demo's outgoing request, sent by SNgV, that asks VP and DHPVD among others and whose answers they
    # can still write (none accepted yet), the first if the demo has several; SNgV answers it here too.
    # Another, sent by the committee to the Sở Công Thương only, is no business of any of the three.
    asking = ReportRequest.objects.filter(direction="outgoing", unit=unit["SNgV"])
    for code in ("VP", "DHPVD"):
        asking = asking.filter(submissions__unit=unit[code], submissions__status__in=Submission.PENDING)
    outgoing = asking.distinct().order_by("pk").first()
    assert outgoing is not None, "the demo has no open outgoing request of SNgV to VP and DHPVD"
    Submission.objects.get_or_create(request=outgoing, unit=unit["SNgV"])
    unrelated = request("outgoing", "UBND")
    Submission.objects.create(request=unrelated, unit=unit["SCT"])
    by_unit("outgoing", {code: outgoing for code in UNITS}, other=unrelated)
    submissions = {code: outgoing.submissions.get(unit=unit[code]) for code in UNITS}
    for code, submission in submissions.items():
        keep_file(submission, f"Báo cáo của {code}".encode(), "text")  # the unit's uploaded report
    by_unit("submission", submissions)

    by_unit("user", {"SNgV": users["chuyenvien"], "VP": users["vanphong"], "DHPVD": users["daihoc"]})
    readings = {}
    for code, user in objects["user"]["own"].items():  # a report each of these users read
        readings[code] = ReportReading(user=user, file_name="bao-cao.txt", state=ReportReading.State.DONE)
        readings[code].file.save("bao-cao.txt", ContentFile(f"Báo cáo của {code}".encode()))
    by_unit("reading", readings)
    by_unit("unit", {code: unit[code] for code in UNITS})
    by_unit("unit_history", {code: unit[code].history.order_by("history_id").first() for code in UNITS})
    # Not confirmed: nobody is asked for a code when signing in.
    by_unit(
        "device",
        {
            code: TOTPDevice.objects.create(user=user, name="Ứng dụng xác thực", confirmed=False)
            for code, user in objects["user"]["own"].items()
        },
    )

    for kind, table in objects.items():
        for code in UNITS:
            own, other = table["own"][code], table["other"][code]
            assert code in owners(own) and code not in owners(other), (kind, code, own, other)

    published = Translation.objects.filter(language="en", status=Translation.Status.PUBLISHED)
    values = {
        "procedure_code": published.select_related("procedure").first().procedure.code,
        "template_code": general.code,
        "user_content_type": ContentType.objects.get_for_model(User).pk,
        "succession": Succession.objects.get(predecessor=unit["SNgV"], successor=unit["VP"]).pk,
        "unit_pk": unit["SNgV"].pk,
        "removed_section": 999999,  # no deletion in any report's history
    }

    sessions, codes = {}, {"anonymous": M.ANONYMOUS_UNIT}
    for username in list(M.USERS)[1:]:  # signed in once; each check sends the session cookie
        client = Client()
        client.force_login(users[username])
        sessions[username] = client.cookies[settings.SESSION_COOKIE_NAME].value
        codes[username] = users[username].unit.code
    return World(objects, values, sessions, codes)


def owners(obj):
    """The codes of the units an object belongs to."""
    from ngoaivu.collection.models import ReportRequest
    from ngoaivu.core.models import Unit

    if isinstance(obj, ReportRequest) and not obj.is_incoming:  # the sender's and the asked units'
        return {obj.unit.code, *obj.submissions.values_list("unit__code", flat=True)}
    if isinstance(obj, Unit):
        return {obj.code}
    if hasattr(obj, "history_id") and obj.instance_type is Unit:
        return {obj.code}
    for path in ("unit", "report.unit", "user.unit"):
        holder = obj
        for name in path.split("."):
            holder = getattr(holder, name, None)
        if isinstance(holder, Unit):
            return {holder.code}
    raise AssertionError(f"whose is {obj!r}?")


def fill(value, world, check):
    if isinstance(value, M.Obj):
        return getattr(target(value, world, check), value.attr)
    if isinstance(value, M.Val):
        return world.values[value.name]
    return value


def target(obj, world, check):
    return world.objects[obj.kind][check.case][world.units[check.username]]


def url_of(check, world):
    row = check.row
    kwargs = {name: fill(value, world, check) for name, value in row.kwargs.items()}
    args = [fill(value, world, check) for value in row.args]
    if row.path:
        path = row.path.format(**kwargs)
    else:
        path = reverse(row.name, args=args or None, kwargs=kwargs or None)
    match = resolve(path)  # a 404 must come from the view, never from a URL that resolves elsewhere
    assert (match.route if row.path else match.view_name) == row.name, (path, match.view_name, match.route)
    return path, row.flow.format(**kwargs) if row.flow else ""


# --- Nothing changed ------------------------------------------------------------------------


def table_counts():
    """The row count of every table (sessions and sign-in logs aside), in one query."""
    tables = sorted(
        {
            m._meta.db_table
            for m in apps.get_models(include_auto_created=True)
            if m._meta.managed and not m._meta.proxy and m._meta.app_label not in ("sessions", "axes")
        }
    )
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(f"(SELECT COUNT(*) FROM {quote(t)})" for t in tables))
        return dict(zip(tables, cursor.fetchone()))


def watched(check, world):
    """The rows a refused write could have changed: the objects of the URL (a version: its record)."""
    rows = []
    for value in [*check.row.kwargs.values(), *check.row.args]:
        if isinstance(value, M.Obj):
            obj = target(value, world, check)
            model, pk = (obj.instance_type, obj.id) if hasattr(obj, "history_id") else (type(obj), obj.pk)
            rows.append((model, pk))
    return rows


def state(check, world):
    return table_counts(), [list(model.objects.filter(pk=pk).values()) for model, pk in watched(check, world)]


# --- The test -------------------------------------------------------------------------------


def outcome(response, path, flow):
    status = response.status_code
    if status in (200, 202):  # 202: the API's file is being made (the matrix queues tasks, never runs them)
        return M.OK
    if status == 302:
        location = response["Location"]
        parts = urlsplit(location)
        next_url = parse_qs(parts.query).get("next", [None])[0]
        if flow and location == flow:
            return M.OK
        if parts.path == "/dang-nhap/" and next_url == path:
            return M.LOGIN
        if (parts.path == "/quan-tri/login/" and next_url == path) or location == "/quan-tri/":  # (its logout)
            return M.ADMIN_LOGIN
        return f"302 to {location}"
    if status == 401 and response.get("WWW-Authenticate", "").startswith("Token"):
        return M.UNAUTHORIZED
    return {403: M.FORBIDDEN, 404: M.HIDDEN, 405: M.NOT_ALLOWED}.get(status, f"{status}")


def send(client, check, path):
    method, row = check.method.lower(), check.row
    if method == "get":
        return client.get(path)
    if row.api:
        return client.generic(method.upper(), path, json.dumps(row.data), content_type="application/json")
    if method == "post":
        return client.post(path, row.data)
    return client.generic(method.upper(), path, "")


@pytest.fixture
def db(demo, django_db_blocker):
    """This module's `db`: each check in a savepoint of the demo's transaction, rolled back after it.

    pytest-django's own `db` builds a TestCase per test: ~8 ms, some 15 s over the matrix. The name is
    kept so that pytest-django still creates the test database for these tests.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        yield
        transaction.set_rollback(True)


@pytest.mark.parametrize("check", [param(c) for c in CHECKS])
def test_permission_matrix(check, world, db):
    client = Client(raise_request_exception=False)
    if check.username != "anonymous":
        client.cookies[settings.SESSION_COOKIE_NAME] = world.sessions[check.username]
    path, flow = url_of(check, world)
    before = state(check, world) if check.method != "GET" else None
    response = send(client, check, path)
    if response.streaming:
        b"".join(response.streaming_content)  # read to the end: the test client then closes the file
    got = outcome(response, path, flow)
    where = f" to {response['Location']}" if response.has_header("Location") else ""
    known = discrepancy(check)
    if known is not None and got not in (check.expected, known[4]):  # neither fixed nor the known fault
        pytest.fail(f"{check.id}: known to give {known[4]}, now gives {got} (status {response.status_code}{where})")
    assert got == check.expected, (
        f"{check.method} {path} ({check.row.key}) as {check.username}, {check.case}: "
        f"expected {check.expected}, got {got} (status {response.status_code}{where})"
    )
    if before is not None:
        assert state(check, world) == before, f"a refused {check.method} {path} as {check.username} changed data"
