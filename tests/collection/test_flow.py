"""The whole flow with two units: one answers on time with the form, the other late by uploading its report."""

import datetime as dt
import io

from django.core.files.uploadedfile import SimpleUploadedFile
from openpyxl import load_workbook

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.reporting.models import Report, ReportTemplate

from .conftest import LETTER, UNIVERSITY_REPORT, docx_bytes


def test_two_units_answer_and_the_office_compiles(client, users, units, incoming, clock):
    incoming(unit="vp", start_date=dt.date(2021, 8, 10), person_visits=5)
    clock(2021, 9, 1)
    client.force_login(users["officer"])
    response = client.post(
        "/yeu-cau/tao/yeu-cau-di/",
        {
            "letter": LETTER,
            "subject": "Báo cáo công tác đối ngoại tháng 8/2021",
            "unit": units["sngv"].pk,
            "template": ReportTemplate.objects.get(code="general").pk,
            "period_code": "2021-08",
            "deadline": "10/09/2021",
            "recipients": [units["vp"].pk, units["dh"].pk],
        },
    )
    request = ReportRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/yeu-cau/{request.pk}/"
    assert request.letter.citation() == "Công văn số 1353/SNgV-ĐN ngày 01/9/2021 của Sở Ngoại vụ"
    assert request.requested_by == "Sở Ngoại vụ" and request.direction == "outgoing"
    vp = request.submissions.get(unit=units["vp"])
    dh = request.submissions.get(unit=units["dh"])

    # The Văn phòng's reporter finds the request on the home page and answers with the form, on time.
    client.force_login(users["reporter"])
    home = client.get("/").content.decode()
    assert "Báo cáo công tác đối ngoại tháng 8/2021" in home and "còn 09 ngày" in home
    page = client.get(f"/yeu-cau/don-vi/{vp.pk}/")
    form = page.context["form"]
    assert form["v__incoming_delegations__persons"].initial == 5  # prefilled from the register
    assert form["v__incoming_delegations__groups"].initial == 1
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    data["v__incoming_delegations__persons"] = 6
    data["s__I.1.b"] = "Phối hợp đón 01 đoàn với 06 lượt người Nhật Bản."
    data["submit"] = "1"
    clock(2021, 9, 8)
    client.force_login(users["reporter"])  # a week later: the idle session has ended, the reporter signs in again
    assert client.post(f"/yeu-cau/don-vi/{vp.pk}/", data).status_code == 302
    vp.refresh_from_db()
    assert vp.status == "submitted" and not vp.is_late()
    assert vp.values["incoming_delegations"] == {"groups": 1, "persons": 6}
    assert client.get(f"/yeu-cau/don-vi/{dh.pk}/").status_code == 404  # another unit's answer

    # The university uploads its Word report after the deadline; the form is prefilled, it confirms.
    clock(2021, 9, 12)
    client.force_login(users["other_reporter"])
    upload = SimpleUploadedFile("bao-cao-dhpvd.docx", docx_bytes(UNIVERSITY_REPORT))
    assert client.post(f"/yeu-cau/don-vi/{dh.pk}/tai-len/", {"file": upload}).status_code == 302
    dh.refresh_from_db()
    assert dh.status == "draft" and dh.uploaded_file == "bao-cao-dhpvd.docx"
    # The register's figures stay in the form; the report's stand beside them, with their sentences.
    assert dh.values["training_courses"]["count"] == 0 and dh.values["foreign_students"]["count"] == 0
    read = dh.sources["figures"]
    assert read["training_courses"]["count"]["document"] == 2
    assert "02 lớp tập huấn" in read["training_courses"]["count"]["sentence"]
    # The 12 who arrived in the month are not the students studying at its end: not offered as that figure.
    assert "foreign_students" not in read
    assert dh.texts["I.2"].startswith("Trong tháng, Trường tổ chức 02 lớp tập huấn")
    page = client.get(f"/yeu-cau/don-vi/{dh.pk}/")
    form = page.context["form"]
    assert form["v__training_courses__count"].initial == 0
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    # The unit takes the figures of its own report, saved with its draft, then sends.
    assert client.post(f"/yeu-cau/don-vi/{dh.pk}/", {**data, "take": "all"}).status_code == 302
    dh.refresh_from_db()
    assert dh.values["training_courses"]["count"] == 2
    taken = client.get(f"/yeu-cau/don-vi/{dh.pk}/")
    row = next(r for r in taken.context["figures"] if r["field"].name == "v__training_courses__count")
    assert row["origin"] == "Đọc từ báo cáo của đơn vị"
    data = {name: taken.context["form"][name].value() for name in form.fields}
    client.post(f"/yeu-cau/don-vi/{dh.pk}/", {**data, "submit": "1"})
    dh.refresh_from_db()
    assert dh.status == "submitted" and dh.is_late()
    assert client.get(f"/yeu-cau/don-vi/{vp.pk}/").status_code == 404

    # The office accepts both, compiles the table and the report.
    client.force_login(users["officer"])
    detail = client.get(f"/yeu-cau/{request.pk}/").content.decode()
    assert "Trễ hạn" in detail
    for submission in (vp, dh):
        client.post(f"/yeu-cau/don-vi/{submission.pk}/accept/")
    table = client.get(f"/yeu-cau/{request.pk}/tong-hop/").context["data"]
    assert table["missing"] == []
    rows = {(r["code"], r["measure"]): r for r in table["rows"]}
    assert rows[("incoming_delegations", "persons")]["total"] == 6
    assert rows[("training_courses", "count")]["total"] == 2
    workbook = load_workbook(io.BytesIO(client.get(f"/yeu-cau/{request.pk}/tong-hop.xlsx").content))
    assert any(row[0] == "Tổng cộng" or "Tổng cộng" in row for row in workbook.active.iter_rows(values_only=True))

    response = client.post(f"/yeu-cau/{request.pk}/bao-cao-tong-hop/")
    report = Report.objects.get()
    assert response["Location"] == f"/bao-cao/{report.pk}/"
    assert report.unit == units["sngv"] and report.status == "draft"
    texts = dict(report.sections.values_list("key", "text"))
    # Each section states the accepted totals in the template's words, then what each unit reported.
    # The delegation is the Văn phòng's: the Sở is not named as the one that managed it (sentences.counted),
    # nor as a source of it, its register holding none.
    assert texts["I.1.b"].startswith("- Trong tháng, theo báo cáo của 01 đơn vị, có 01 đoàn với 06 lượt")
    assert texts["I.1.b"].endswith("\n\n- Văn phòng UBND tỉnh: Phối hợp đón 01 đoàn với 06 lượt người Nhật Bản.")
    assert "\n\n- Trường Đại học Phạm Văn Đồng: Trong tháng, Trường tổ chức 02 lớp" in texts["I.2"]
    # ... and it goes on through the usual workflow.
    client.post(f"/bao-cao/{report.pk}/submit/", {"confirmed": "1"})
    report.refresh_from_db()
    assert report.status == "submitted"
    assert Submission.objects.filter(status="accepted").count() == 2
