"""Reports over the API: drafts made from the register, scoping, downloads and the workflow."""

import io
import os
from datetime import date

import pytest
from docx import Document

from ngoaivu.api.reports import ReportSerializer
from ngoaivu.core.models import LegalDocument
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import issue

pytestmark = pytest.mark.django_db

GENERAL = "general"


def new_report(client, unit=None, period="2021-08", template=GENERAL, **extra):
    data = {"template": template, "period_code": period, **extra}
    if unit is not None:
        data["unit"] = unit.pk
    return client.post("/api/reports/", data, format="json")


def step(client, report_id, action):
    data = {"action": action, **({"reason": "Bổ sung số liệu."} if action == "return" else {})}
    return client.post(f"/api/reports/{report_id}/transition/", data, format="json")


def report_of(unit, period="2021-08"):
    return create_report(unit, ReportTemplate.objects.get(code=GENERAL), period)


def test_a_draft_comes_back_with_its_sections_and_figures(api, units, incoming):
    incoming(start_date=date(2021, 8, 5), person_visits=4)
    incoming(start_date=date(2021, 8, 20), person_visits=6)
    response = new_report(api("officer"), units["sngv"])
    assert response.status_code == 201, response.json()
    body = response.json()
    assert (body["status"], body["number"], body["template"], body["actions"]) == ("draft", None, GENERAL, ["submit"])
    assert body["title"] == "Công tác đối ngoại tháng 8/2021"
    sections = {s["key"]: s for s in body["sections"]}
    incoming_section = sections["I.1.b"]
    assert set(incoming_section) == {"id", "key", "number", "heading", "level", "text", "is_edited"}
    assert "quản lý 02 đoàn với 10 lượt người nước ngoài" in incoming_section["text"]
    assert incoming_section["level"] == 3 and incoming_section["is_edited"] is False
    assert Report.objects.get().created_by.username == "officer"
    # The list has the same rows.
    listed = api("officer").get("/api/reports/").json()
    assert listed["count"] == 1 and listed["results"][0]["id"] == body["id"]


def test_a_period_that_cannot_be_read_is_a_400_in_vietnamese(api, units):
    response = new_report(api("officer"), units["sngv"], period="tháng tám")
    assert response.status_code == 400
    assert "Không hiểu kỳ báo cáo «tháng tám»" in response.json()["period_code"][0]
    assert not Report.objects.exists()


def test_the_province_itself_writes_no_report(api, units):
    response = new_report(api("officer"), units["province"])
    assert response.status_code == 400
    assert response.json()["unit"] == ["Tỉnh không phải là đơn vị báo cáo: chọn cơ quan, đơn vị lập báo cáo."]
    assert not Report.objects.exists()


def test_an_as_of_day_that_is_none_is_told_as_the_forms_tell_it(api, units):
    response = new_report(api("officer"), units["sngv"], as_of="2021-09-31")
    assert response.status_code == 400
    assert response.json()["as_of"] == ["Ngày 31/09/2021 không có: tháng 9/2021 chỉ có 30 ngày."]
    response = new_report(api("officer"), units["sngv"], as_of="0001-01-01")  # the forms' years, too
    assert response.json()["as_of"] == ["Năm 1 không hợp lệ: ngày phải trong khoảng năm 1945 đến năm 2999."]
    assert not Report.objects.exists()


def test_a_template_code_with_a_nul_character_is_an_unknown_template(api, units):
    response = new_report(api("officer"), units["sngv"], template="gen\x00eral")
    assert response.status_code == 400 and "template" in response.json()
    assert not Report.objects.exists()


def test_a_template_not_made_for_the_period_is_refused_under_template(api, units):
    response = new_report(api("officer"), units["sngv"], template="integration")
    assert response.status_code == 400
    assert "không dùng cho kỳ tháng 8/2021" in response.json()["template"][0]
    assert new_report(api("officer"), units["sngv"], template="khong-co").status_code == 400


def test_a_review_of_the_second_half_is_refused_under_template(api, units):
    response = new_report(api("officer"), units["sngv"], template="review", period="2021-H2")
    assert response.status_code == 400
    assert "mẫu này chỉ dùng cho kỳ 6 tháng đầu năm hoặc cả năm" in response.json()["template"][0]
    assert not Report.objects.exists()
    assert new_report(api("officer"), units["sngv"], template="review", period="2021-H1").status_code == 201


def test_the_request_letter_is_cited_and_a_bad_one_is_refused(api, units):
    letter = "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ"
    response = new_report(api("reporter"), period="2024", template="integration", letter=letter)
    assert response.status_code == 201, response.json()
    body = response.json()
    assert body["letter"].startswith("Công văn số 1874/SNgV-ĐN") and body["unit"] == units["vp"].pk
    assert body["intro"].startswith("Theo đề nghị của Sở Ngoại vụ tại Công văn số 1874/SNgV-ĐN")
    response = new_report(api("reporter"), period="2024", template="integration", letter="một công văn nào đó")
    assert response.status_code == 400 and "Không nhận ra văn bản" in response.json()["letter"][0]


def test_a_letter_cut_short_or_clashing_with_the_register_is_refused_and_no_report_made(api, units):
    client = api("reporter")
    response = new_report(client, period="2024", template="integration", letter="Công văn 1353/SNgV-ĐN, 09/11/2025")
    assert response.status_code == 400 and "Không đọc được ngày «09/11/2025»" in response.json()["letter"][0]
    LegalDocument.objects.create(doc_type="Công văn", number="1874/SNgV-ĐN", issued_on=date(2024, 11, 12))
    letter = "Công văn số 1874/SNgV-ĐN ngày 20/11/2024 của Sở Ngoại vụ"
    response = new_report(client, period="2024", template="integration", letter=letter)
    assert response.status_code == 400
    assert response.json()["letter"][0].startswith("Sổ văn bản đã có Công văn số 1874/SNgV-ĐN ngày 12/11/2024,")
    assert not Report.objects.exists() and LegalDocument.objects.count() == 1


def test_a_reporter_makes_drafts_for_its_own_unit_only(api, units):
    client = api("reporter")
    response = new_report(client, units["dh"])
    assert response.status_code == 400 and "unit" in response.json()
    response = new_report(client)  # the unit defaults to the reporter's
    assert response.status_code == 201 and response.json()["unit"] == units["vp"].pk
    assert list(Report.objects.values_list("unit__code", flat=True)) == ["VP"]


@pytest.mark.parametrize("role", ["viewer", "leader"])
def test_readers_cannot_make_drafts(api, units, role):
    assert new_report(api(role), units["sngv"]).status_code == 403
    assert not Report.objects.exists()


def test_anonymous_is_refused(units):
    from rest_framework.test import APIClient

    assert APIClient().get("/api/reports/").status_code == 401


def test_a_reporter_gets_404_on_another_units_report(api, units):
    mine, theirs = report_of(units["vp"]), report_of(units["dh"])
    client = api("reporter")
    assert [r["id"] for r in client.get("/api/reports/").json()["results"]] == [mine.pk]
    for suffix in ("", "docx/", "pdf/"):
        assert client.get(f"/api/reports/{theirs.pk}/{suffix}").status_code == 404, suffix
    assert step(client, theirs.pk, "submit").status_code == 404
    theirs.refresh_from_db()
    assert theirs.status == "draft"
    assert client.get(f"/api/reports/{mine.pk}/").status_code == 200


def test_filters(api, units):
    report_of(units["sngv"])
    report_of(units["sngv"], "2022-01")
    report_of(units["vp"])
    client = api("officer")

    def count(**params):
        return client.get("/api/reports/", params).json()["count"]

    assert count() == 3
    assert count(unit=units["sngv"].pk) == 2
    assert count(year=2022) == 1
    assert count(template=GENERAL) == 3 and count(template="integration") == 0
    assert count(status="draft") == 3 and count(status="issued") == 0
    assert client.get("/api/reports/", {"status": "xyz"}).status_code == 400


def test_docx_download_opens_in_python_docx(api, units):
    report = report_of(units["sngv"])
    response = api("officer").get(f"/api/reports/{report.pk}/docx/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert response["Content-Disposition"] == 'attachment; filename="bao-cao-SNgV-2021-08.docx"'
    document = Document(io.BytesIO(response.content))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Công tác đối ngoại tháng 8/2021" in text


def test_pdf_without_libreoffice_is_a_503_in_json(api, units, monkeypatch, run_tasks):
    report = report_of(units["sngv"])
    monkeypatch.setattr("ngoaivu.reporting.pdf.libreoffice_path", lambda: None)
    response = api("officer").get(f"/api/reports/{report.pk}/pdf/", HTTP_ACCEPT="application/pdf")
    assert response.status_code == 503 and response["Content-Type"] == "application/json"
    assert response.json() == {"detail": "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF."}


def test_waiting_for_a_drafts_pdf_at_its_location_never_drafts_the_report_again(
    api, units, django_assert_max_num_queries
):
    # The tasks are not run here: the PDF stays being made.
    report, client = report_of(units["sngv"]), api("officer")
    started = client.get(f"/api/reports/{report.pk}/pdf/")
    assert started.status_code == 202
    location = started.get("Location", f"/api/reports/{report.pk}/pdf/")
    with django_assert_max_num_queries(12):
        waited = client.get(location)
    assert waited.status_code == 202 and waited["Location"] == location


@pytest.mark.pdf
def test_pdf_download(api, units, run_tasks):
    from ngoaivu.reporting.pdf import libreoffice_path

    if libreoffice_path() is None and not os.environ.get("NGOAIVU_REQUIRE_ALL"):
        pytest.skip("LibreOffice không có trên máy này")
    report = report_of(units["sngv"], "2021-H1")
    response = api("officer").get(f"/api/reports/{report.pk}/pdf/")
    assert response.status_code == 200 and response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_workflow_officer_submits_the_leader_approves_issuing_gives_number_one(api, units):
    report = report_of(units["sngv"])
    officer, leader = api("officer"), api("leader")
    assert step(officer, report.pk, "approve").status_code == 403
    response = step(officer, report.pk, "submit")
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    assert response.json()["actions"] == []  # an officer neither returns nor approves
    response = step(officer, report.pk, "approve")
    assert response.status_code == 403 and response.json()["detail"]
    response = step(leader, report.pk, "approve")
    assert response.status_code == 200 and response.json()["status"] == "approved"
    response = step(leader, report.pk, "issue")
    assert response.status_code == 200
    body = response.json()
    assert (body["status"], body["number"], body["number_label"]) == ("issued", 1, "01/BC-SNgV")
    assert body["issued_on"] is not None
    # An issued report goes nowhere: the service's refusal is a 400 with its message.
    response = step(leader, report.pk, "issue")
    assert response.status_code == 400 and "Đã ban hành" in response.json()["detail"]


def test_two_reports_numbered_01_in_different_years_are_told_apart(api, units):
    # Numbers restart each calendar year of issue (Nghị định 30/2020): a report of 2021 issued today is
    # "01/BC-SNgV" again. year is the period's; numbered_year and issued_on tell the two apart.
    first = issue(report_of(units["sngv"], "2021-06"), today=date(2021, 6, 14))
    later = report_of(units["sngv"], "2021-11")
    Report.objects.filter(pk=later.pk).update(status=Report.Status.APPROVED)
    body = step(api("leader"), later.pk, "issue").json()
    today = Report.objects.get(pk=later.pk).issued_on
    assert today.year > 2021
    assert (body["number_label"], body["year"]) == ("01/BC-SNgV", 2021)
    assert (body["numbered_year"], body["issued_on"]) == (today.year, today.isoformat())
    earlier = api("viewer").get(f"/api/reports/{first.pk}/").json()
    assert (earlier["number_label"], earlier["year"]) == ("01/BC-SNgV", 2021)
    assert (earlier["numbered_year"], earlier["issued_on"]) == (2021, "2021-06-14")
    client = api("viewer")
    assert [r["id"] for r in client.get("/api/reports/", {"numbered_year": 2021}).json()["results"]] == [first.pk]
    assert client.get("/api/reports/", {"year": 2021}).json()["count"] == 2
    assert api("viewer").get(f"/api/reports/{report_of(units['sngv']).pk}/").json()["numbered_year"] is None


def test_the_schema_says_which_year_is_which():
    from drf_spectacular.generators import SchemaGenerator

    fields = SchemaGenerator().get_schema(public=True)["components"]["schemas"]["Report"]["properties"]
    assert fields["year"]["description"] == "Năm của kỳ báo cáo (không phải năm cấp số)."
    assert fields["numbered_year"]["description"].startswith("Năm cấp số (năm ban hành)")
    assert fields["issued_on"]["description"].startswith("Ngày ban hành")
    assert "numbered_year" in fields["number_label"]["description"]


def test_the_leader_of_another_unit_cannot_approve(api, units):
    report = report_of(units["vp"])
    assert step(api("reporter"), report.pk, "submit").status_code == 200
    assert step(api("leader"), report.pk, "approve").status_code == 403  # the leader of the Sở Ngoại vụ
    assert step(api("admin"), report.pk, "return").json()["status"] == "draft"


def test_a_viewer_cannot_move_a_report_and_an_unknown_step_is_a_400(api, units):
    report = report_of(units["sngv"])
    assert step(api("viewer"), report.pk, "submit").status_code == 403
    response = step(api("officer"), report.pk, "publish")
    assert response.status_code == 400 and "action" in response.json()
    report.refresh_from_db()
    assert report.status == "draft"


def test_report_templates_list_their_period_kinds(api, units):
    body = api("viewer").get("/api/report-templates/").json()
    by_code = {t["code"]: t for t in body["results"]}
    assert {"general", "integration"} <= set(by_code)
    assert "month" in by_code["general"]["period_kinds"] and "month" not in by_code["integration"]["period_kinds"]
    assert by_code["review"]["periods"] == "6 tháng đầu năm hoặc cả năm"  # its "half" is the first half only
    assert api("viewer").get("/api/report-templates/general/").json()["name"] == by_code["general"]["name"]
    assert api("viewer").get("/api/report-templates/khong-co/").status_code == 404


def test_options_describe_what_a_post_takes(api, units):
    # A POST makes a draft from these (NewReportSerializer): a status, a number or a title sent is not read.
    fields = api("officer").options("/api/reports/").json()["actions"]["POST"]
    writable = sorted(name for name, field in fields.items() if not field["read_only"])
    assert writable == ["as_of", "letter", "period_code", "template", "unit"]
    # Whoever may not make a draft is shown no POST.
    assert "actions" not in api("viewer").options("/api/reports/").json()
    report = report_of(units["sngv"])
    fields = api("officer").options(f"/api/reports/{report.pk}/transition/").json()["actions"]["POST"]
    assert [name for name, field in fields.items() if not field["read_only"]] == ["action", "reason"]


def test_a_report_is_never_written_through_what_the_api_reads():
    serializer = ReportSerializer()
    assert [name for name, field in serializer.fields.items() if not field.read_only] == []


def test_a_return_whose_reason_is_an_invisible_character_is_refused(api, units):
    report = report_of(units["vp"])
    assert step(api("reporter"), report.pk, "submit").status_code == 200
    data = {"action": "return", "reason": "\u200b \u00a0"}
    response = api("admin").post(f"/api/reports/{report.pk}/transition/", data, format="json")
    assert response.status_code == 400 and "Ghi lý do trả lại" in str(response.json())
    report.refresh_from_db()
    assert report.status == "submitted"
