"""Property-based check of the API against the OpenAPI schema it publishes: every operation, writes included.

schemathesis' lazy pytest loader (from_fixture) does not run under pytest 9 (it reads Function._nodeid), so
the operations are driven by hand: one Hypothesis run per operation. They go through the WSGI application in
this process, not through a server thread: twice as fast, and each test is rolled back like any other. The
operations are split into groups that pytest-xdist runs side by side.

Path parameters are drawn either by schemathesis or from the rows made here, so that detail operations also
meet real objects, among them a legal document that a delegation cites (its DELETE is a 409); a report draft
is also tried with bodies known to be valid. Every answer must not be a 5xx and must match the schema. The
reading operations are also sent what the schema forbids (a page "abc", a date "notadate", an empty filter),
which must then be refused, never a 5xx nor a 2xx.
"""

import datetime as dt

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.generation import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection, response_schema_conformance

from ngoaivu.accounts.models import ApiToken
from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.procedures.models import Procedure, Translation
from ngoaivu.register.area_registry import AREAS
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.templates_store import install_shipped_templates
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db

EXAMPLES = 6  # valid requests per operation (positive mode)
FORBIDDEN_EXAMPLES = 3  # requests the schema forbids, per reading operation (negative mode)
SLUGS = list(AREAS)
WRITES = ("post", "put", "patch", "delete")


def group_of(operation):
    method, path = operation.method.lower(), operation.path
    if method == "get":
        return "reads"
    if path.startswith("/api/register/"):
        slug = path.split("/")[3]
        return f"register-writes-{SLUGS.index(slug) % 2 + 1}"
    return "workflow"  # a report drafted and moved along, an answer to a request, a token


GROUPS = ["reads", "register-writes-1", "register-writes-2", "workflow"]


def make_rows(units, users):
    """{path prefix: the values its path parameter can take}, after making one row or more of each kind."""
    known = {f"/api/register/{slug}/": [make_row(slug, units["sngv"]).pk] for slug in AREAS}
    cited = make_row("van-ban", None)
    delegation = make_row("doan-ra", units["sngv"])
    delegation.dispatch_decision = cited
    delegation.save()
    known["/api/register/van-ban/"].append(cited.pk)
    procedure = make_row("thu-tuc-hanh-chinh", units["sngv"])
    procedure.code = "1.000105"  # a code with dots, as real ones have
    procedure.save()
    Translation.objects.create(procedure=procedure, language="en", status="published", name="Work permit")
    Translation.objects.create(procedure=procedure, language="zh", status="draft", name="工作许可证")
    general = ReportTemplate.objects.get(code="general")
    report = create_report(units["sngv"], general, "2021-08", users["officer"])
    asked = ReportRequest.objects.create(
        direction="outgoing",
        subject="Báo cáo tháng 8/2021",
        unit=units["sngv"],
        template=general,
        period_code="2021-08",
        deadline=dt.date(2021, 9, 10),
    )
    answers = [Submission.objects.create(request=asked, unit=units[code]) for code in ("vp", "dh")]
    received = ReportRequest.objects.create(
        direction="incoming",
        subject="Báo cáo năm 2024",
        unit=units["sngv"],
        template=general,
        period_code="2024",
        deadline=dt.date(2024, 12, 10),
    )
    known.update(
        {
            "/api/reports/": [report.pk],
            "/api/report-templates/": list(ReportTemplate.objects.values_list("code", flat=True)),
            "/api/requests/": [asked.pk, received.pk],
            "/api/submissions/": [s.pk for s in answers],
            "/api/procedures/": [procedure.pk],
            "/api/public/procedures/": list(Procedure.objects.values_list("code", flat=True)),
        }
    )
    return known


def known_values(known, path):
    prefixes = [prefix for prefix in known if path.startswith(prefix)]
    return known[max(prefixes, key=len)] if prefixes and "{" in path else []


@pytest.fixture
def app():
    """The WSGI application, called in this thread: its requests share the test's transaction, which
    Django's handler would otherwise close at the end of each request (as the test client prevents too)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


_loaded = {}


def all_operations(app, user):
    """The schema's operations, loaded once per process (the schema itself is the same for every test)."""
    if "operations" not in _loaded:
        key = ApiToken.issue(user, "schemathesis")[1]
        schema = schemathesis.openapi.from_wsgi(
            "/api/schema/?format=json", app, headers={"Authorization": f"Token {key}"}
        )
        # A parameter the operation does not have is ignored, as most APIs do (a cache-busting "_=…"):
        # forbidden requests break the parameters it has.
        schema.config.generation.update(allow_extra_parameters=False)
        _loaded["operations"] = [result.ok() for result in schema.get_all_operations()]
    return _loaded["operations"]


def operations(app, user, group):
    chosen = [operation for operation in all_operations(app, user) if group_of(operation) == group]
    # Within an area, a row is deleted only after it was written.
    return sorted(chosen, key=lambda op: (op.path.rstrip("/").removesuffix("{id}"), op.method.lower() == "delete"))


def test_every_operation_is_in_a_group(users, app):
    found = all_operations(app, users["officer"])
    methods = {operation.method.lower() for operation in found}
    assert methods == {"get", *WRITES}
    # List and detail of every area, its four writes, and the rest: reports, requests, procedures, the token.
    assert len(found) >= 6 * len(AREAS) + 15
    assert {group_of(operation) for operation in found} == set(GROUPS)


@pytest.mark.parametrize("group", GROUPS)
def test_operations_conform(group, app, users, units, monkeypatch):
    install_shipped_templates()
    key = ApiToken.issue(users["officer"], "schemathesis")[1]
    auth = {"Authorization": f"Token {key}"}
    known = make_rows(units, users)
    valid_drafts = [
        {"unit": units["sngv"].pk, "template": "general", "period_code": "2021-Q3"},
        {
            "template": "integration",
            "period_code": "2024",
            "as_of": "2024-11-30",
            "letter": "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ",
        },
    ]
    # The PDF is made by a background task, which the tests queue and leave: the operation answers 202.

    chosen = operations(app, users["officer"], group)
    assert chosen

    for operation in chosen:
        values = known_values(known, operation.path)
        bodies = valid_drafts if (operation.method.upper(), operation.path) == ("POST", "/api/reports/") else []
        run(
            operation,
            GenerationMode.POSITIVE,
            EXAMPLES,
            [not_a_server_error, response_schema_conformance],
            auth,
            values,
            bodies,
        )
        if operation.method.lower() == "get":
            # Forbidden requests keep what was drawn: a real row's id would make a forbidden path valid.
            run(
                operation,
                GenerationMode.NEGATIVE,
                FORBIDDEN_EXAMPLES,
                [not_a_server_error, response_schema_conformance, rejected],
                auth,
            )


def rejected(ctx, response, case):
    """Schemathesis's check that bad data is refused, which takes an address too long to be read
    (414, core.long_address: thousands of drawn parameters) for a refusal too."""
    if response.status_code == 414:
        return None
    return negative_data_rejection(ctx, response, case)


def run(operation, mode, examples, checks, auth, values=(), bodies=()):
    """One Hypothesis run over an operation: each case sent, each answer checked."""

    @given(
        case=operation.as_strategy(generation_mode=mode),
        value=st.none() | st.sampled_from(values or [None]),
        body=st.none() | st.sampled_from(bodies or [None]),
    )
    @settings(max_examples=examples, deadline=None, database=None, suppress_health_check=list(HealthCheck))
    def check(case, value, body):
        if value is not None and case.path_parameters:
            (name,) = case.path_parameters
            case.path_parameters[name] = value
        if body is not None:
            case.body = dict(body)
        case.call_and_validate(headers=auth, checks=checks)

    check()
