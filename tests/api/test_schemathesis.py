"""Property-based check of the API against the OpenAPI schema it publishes.

schemathesis' lazy pytest loader (from_fixture) does not run under pytest 9 (it reads
Function._nodeid), so the operations are driven by hand: one Hypothesis run per operation. Every
GET operation runs, and the POSTs that make a report, move it along and answer a request. Path
parameters are drawn either by schemathesis or from the rows made here, so that detail operations
also meet real objects; a report draft is also tried with a body known to be valid.
"""

import datetime as dt

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rest_framework.authtoken.models import Token
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.procedures.models import Procedure, Translation
from ngoaivu.register.areas import AREAS
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.templates_store import install_shipped_templates
from tests.register.rows import make_row

POSTS = r"^/api/(reports/|reports/\{id\}/transition/|submissions/\{id\}/answer/)$"


def make_rows(units, users):
    """{path prefix: the values its path parameter can take}, after making one row or more of each kind."""
    known = {f"/api/register/{slug}/": [make_row(slug, units["sngv"]).pk] for slug in AREAS}
    procedure = make_row("thu-tuc-hanh-chinh", units["sngv"])
    procedure.code = "1.000105"  # a code with dots, as real ones have
    procedure.save()
    Translation.objects.create(procedure=procedure, language="en", status="published", name="Work permit")
    Translation.objects.create(procedure=procedure, language="zh", status="draft", name="工作许可证")
    general = ReportTemplate.objects.get(code="general")
    report = create_report(units["sngv"], general, "2021-08", users["officer"])
    asked = ReportRequest.objects.create(
        direction="outgoing", subject="Báo cáo tháng 8/2021", unit=units["sngv"], template=general,
        period_code="2021-08", deadline=dt.date(2021, 9, 10))
    answers = [Submission.objects.create(request=asked, unit=units[code]) for code in ("vp", "dh")]
    received = ReportRequest.objects.create(
        direction="incoming", subject="Báo cáo năm 2024", unit=units["sngv"], template=general,
        period_code="2024", deadline=dt.date(2024, 12, 10))
    known.update({
        "/api/reports/": [report.pk],
        "/api/report-templates/": list(ReportTemplate.objects.values_list("code", flat=True)),
        "/api/requests/": [asked.pk, received.pk],
        "/api/submissions/": [s.pk for s in answers],
        "/api/procedures/": [procedure.pk],
        "/api/public/procedures/": list(Procedure.objects.values_list("code", flat=True)),
    })
    return known


def known_values(known, path):
    prefixes = [prefix for prefix in known if path.startswith(prefix)]
    return known[max(prefixes, key=len)] if prefixes and "{" in path else []


@pytest.mark.django_db(transaction=True)
def test_operations_conform(live_server, users, units, monkeypatch):
    install_shipped_templates()  # a transactional test may run after another one emptied the table
    token = Token.objects.create(user=users["officer"]).key
    known = make_rows(units, users)
    valid_drafts = [{"unit": units["sngv"].pk, "template": "general", "period_code": "2021-Q3"},
                    {"template": "integration", "period_code": "2024", "as_of": "2024-11-30",
                     "request": "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ"}]
    # LibreOffice takes seconds a file: the PDF operation is checked for its API, not for the conversion.
    monkeypatch.setattr("ngoaivu.api.reports.docx_to_pdf", lambda docx: b"%PDF-1.7\n%%EOF\n")

    schema = schemathesis.openapi.from_url(live_server.url + "/api/schema/?format=json", timeout=30)
    gets = [result.ok() for result in schema.include(method="GET").get_all_operations()]
    posts = [result.ok() for result in schema.include(method="POST", path_regex=POSTS).get_all_operations()]
    assert len(gets) >= 2 * len(AREAS) + 12  # list and detail of every area, and the new endpoints
    assert len(posts) == 3

    for operation in gets + posts:
        values = known_values(known, operation.path)
        bodies = valid_drafts if (operation.method.upper(), operation.path) == ("POST", "/api/reports/") else []

        @given(case=operation.as_strategy(), value=st.none() | st.sampled_from(values or [None]),
               body=st.none() | st.sampled_from(bodies or [None]))
        @settings(max_examples=5, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        def check(case, value, body):
            if value is not None and case.path_parameters:
                (name,) = case.path_parameters
                case.path_parameters[name] = value
            if body is not None:
                case.body = dict(body)
            case.call_and_validate(base_url=live_server.url, headers={"Authorization": f"Token {token}"},
                                   checks=[not_a_server_error, response_schema_conformance])

        check()
