"""Wherever the API gives a period code it gives the period in words beside it, as the reports write it."""

import pytest

from ngoaivu.collection.models import Submission
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

pytestmark = pytest.mark.django_db


def test_a_report_names_its_period(api, units):
    report = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-H1")
    client = api("officer")
    body = client.get(f"/api/reports/{report.pk}/").json()
    assert (body["period_code"], body["period_label"]) == ("2021-H1", "6 tháng đầu năm 2021")
    assert client.get("/api/reports/").json()["results"][0]["period_label"] == "6 tháng đầu năm 2021"


def test_a_request_and_its_answers_name_their_period(api, units, outgoing):
    item = outgoing(period="2021-08")
    client = api("officer")
    body = client.get(f"/api/requests/{item.pk}/").json()
    assert (body["period_code"], body["period_label"], body["period"]) == ("2021-08", "tháng 8/2021", "tháng 8/2021")
    answer = Submission.objects.get(request=item, unit=units["vp"])
    assert client.get(f"/api/submissions/{answer.pk}/").json()["period_label"] == "tháng 8/2021"
    listed = client.get("/api/submissions/", {"request": item.pk}).json()["results"]
    assert {row["period_label"] for row in listed} == {"tháng 8/2021"}


def test_the_schema_documents_period_label_and_marks_period_deprecated(api):
    components = api("viewer").get("/api/schema/?format=json").json()["components"]["schemas"]
    for name in ("Report", "Request", "Submission", "SubmissionDetail"):
        assert "period_label" in components[name]["properties"], name
    assert components["Request"]["properties"]["period"].get("deprecated") is True
