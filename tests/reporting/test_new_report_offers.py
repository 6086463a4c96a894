"""«Lập báo cáo» for exactly what an open request asks of the unit offers to answer it; linked, the
request has its report, as when answered from the request's own page."""

import datetime as dt

import pytest

from ngoaivu.collection.models import ReportRequest
from ngoaivu.core.models import LegalDocument
from ngoaivu.reporting.models import Report, ReportTemplate

LETTER = "Công văn số 1353/SNgV-ĐN ngày 01/9/2021 của Sở Ngoại vụ"


@pytest.fixture
def asked(units, users):
    """The Sở Ngoại vụ's letter asking the Văn phòng for its report of August 2021, not answered yet."""
    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="1353/SNgV-ĐN", issued_on=dt.date(2021, 9, 1), issuer="Sở Ngoại vụ"
    )
    return ReportRequest.objects.create(
        direction=ReportRequest.Direction.INCOMING,
        letter=letter,
        subject="Báo cáo công tác đối ngoại tháng 8/2021",
        requested_by="Sở Ngoại vụ",
        unit=units["vp"],
        template=ReportTemplate.objects.get(code="general"),
        period_code="2021-08",
        deadline=dt.date(2021, 9, 10),
        created_by=users["officer"],
    )


def post_new(client, unit, period="2021-08", **extra):
    data = {"unit": unit.pk, "template": ReportTemplate.objects.get(code="general").pk, "period_code": period}
    return client.post("/bao-cao/tao/", {**data, **extra})


def test_the_matching_request_is_offered_then_linked(client_for, units, asked):
    client = client_for("reporter")
    page = post_new(client, units["vp"])
    # Asked before anything is made.
    assert page.status_code == 200 and not Report.objects.exists()
    assert [offer.pk for offer in page.context["offers"]] == [asked.pk]
    html = page.content.decode()
    assert "Báo cáo này trả lời yêu cầu «Báo cáo công tác đối ngoại tháng 8/2021» (hạn 10/09/2021)." in html
    assert f'name="answers" value="{asked.pk}"' in html and 'name="standalone"' in html
    response = post_new(client, units["vp"], answers=str(asked.pk))
    report = Report.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/bao-cao/{report.pk}/"
    asked.refresh_from_db()
    assert asked.report == report and report.letter == asked.letter
    assert report.intro == f"Thực hiện {LETTER}, Văn phòng UBND tỉnh báo cáo như sau:"
    # The request is no longer «Chưa lập»: its list shows the report, and its page the way to it.
    listing = client.get("/yeu-cau/").content.decode()
    assert f'<a href="/bao-cao/{report.pk}/">Dự thảo</a>' in listing and "Chưa lập" not in listing
    assert client.post(f"/yeu-cau/{asked.pk}/lap-bao-cao/")["Location"] == f"/bao-cao/{report.pk}/"
    # Answered: not offered again.
    assert post_new(client, units["vp"], second_draft="on").status_code == 302 and Report.objects.count() == 2


def test_a_report_made_apart_leaves_the_request_open(client_for, units, asked):
    response = post_new(client_for("officer"), units["vp"], standalone="1")
    assert response.status_code == 302
    asked.refresh_from_db()
    assert asked.report is None and Report.objects.get().letter is None


def test_another_units_reporter_is_never_offered_it(client_for, units, asked):
    client = client_for("other_reporter")
    # Its own report of the same template and period: the Văn phòng's request is none of its business.
    assert post_new(client, units["dh"]).status_code == 302
    # Naming that request does not link it either.
    page = post_new(client, units["dh"], answers=str(asked.pk))
    assert page.status_code == 200 and page.context["offers"] == []
    assert "Báo cáo công tác đối ngoại tháng 8/2021" not in page.content.decode()
    # It cannot report for the Văn phòng, so it is not offered there either.
    page = post_new(client, units["vp"])
    assert "unit" in page.context["form"].errors and page.context["offers"] == []
    asked.refresh_from_db()
    assert asked.report is None and Report.objects.count() == 1


def test_another_period_is_not_offered(client_for, units, asked):
    client = client_for("reporter")
    assert post_new(client, units["vp"], period="2021-07").status_code == 302
    assert post_new(client, units["vp"], period="2021-Q3").status_code == 302
    asked.refresh_from_db()
    assert asked.report is None and Report.objects.count() == 2
