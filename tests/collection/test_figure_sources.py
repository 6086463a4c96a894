"""A unit's answer: each figure says where it came from, and a read figure never replaces the register's unseen."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.figures import sentence_anchor
from ngoaivu.register.models import ForeignAid, ForeignResident

from .conftest import UNIVERSITY_REPORT, docx_bytes


def answer_data(response):
    form = response.context["form"]
    return {name: form[name].value() if form[name].value() is not None else "" for name in form.fields}


def test_an_amount_typed_with_thousands_dots_is_stored_as_written(client_for, outgoing):
    submission = outgoing().submissions.get(unit__code="VP")
    client = client_for("reporter")
    data = answer_data(client.get(f"/yeu-cau/don-vi/{submission.pk}/"))
    data.update({"v__aid__value": "460.000.000", "v__aid__count": "01", "save": "1"})
    assert client.post(f"/yeu-cau/don-vi/{submission.pk}/", data).status_code == 302
    submission.refresh_from_db()
    assert submission.values["aid"] == {"count": 1, "value": 460_000_000}
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()
    assert 'value="460.000.000"' in page  # shown back in official style


def test_a_figure_that_cannot_be_read_keeps_the_typed_text_and_saves_nothing(client_for, outgoing):
    submission = outgoing().submissions.get(unit__code="VP")
    client = client_for("reporter")
    data = answer_data(client.get(f"/yeu-cau/don-vi/{submission.pk}/"))
    data.update({"v__aid__value": "1.5", "v__aid__count": "12,5", "save": "1"})
    response = client.post(f"/yeu-cau/don-vi/{submission.pk}/", data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert set(errors) == {"v__aid__value", "v__aid__count"}
    page = response.content.decode()
    assert 'value="1.5"' in page and 'value="12,5"' in page
    submission.refresh_from_db()
    assert submission.status == "not_started" and submission.values == {}


STUDENTS_SENTENCE = "Hiện nay, Trường có 120 lưu học sinh Lào đang học tập."


def test_a_read_figure_differing_from_the_register_stands_beside_it(client_for, units, outgoing):
    # The register knows 140 Lao students at the university; its report says 120.
    ForeignResident.objects.create(
        unit=units["dh"],
        kind="student",
        name="Lưu học sinh Lào",
        country="LA",
        persons=140,
        arrived_on=dt.date(2020, 9, 2),
    )
    submission = outgoing().submissions.get(unit__code="DHPVD")
    client = client_for("other_reporter")
    upload = SimpleUploadedFile("bao-cao.docx", docx_bytes([*UNIVERSITY_REPORT, STUDENTS_SENTENCE]))
    client.post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": upload})
    submission.refresh_from_db()
    assert submission.values["foreign_students"]["count"] == 140  # the register's figure stays
    assert submission.sources["figures"]["foreign_students"]["count"]["document"] == 120

    response = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    row = next(r for r in response.context["figures"] if r["field"].name == "v__foreign_students__count")
    assert row["register"] == "140" and row["document"] == "120" and row["source"].differs
    assert str(row["origin"]) == "Tính từ sổ theo dõi"
    page = response.content.decode()
    assert 'id="so-lieu-v__foreign_students__count" class="differs"' in page
    sentence = STUDENTS_SENTENCE
    assert f"«{sentence}»" in page
    anchor = sentence_anchor(sentence)
    assert f"/yeu-cau/don-vi/{submission.pk}/doc-tep/#{anchor}" in page

    # The reading view shows that sentence, marked, under the same anchor.
    reading = client.get(f"/yeu-cau/don-vi/{submission.pk}/doc-tep/").content.decode()
    assert f'id="{anchor}" class="source-sentence marked"' in reading

    # The office's review shows the same comparison.
    client = client_for("officer")
    review = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    row = next(r for r in review.context["figures"] if r["field"].name == "v__foreign_students__count")
    assert (row["register"], row["document"]) == ("140", "120")


def test_a_figure_the_unit_types_is_marked_as_its_own(client_for, units, outgoing):
    ForeignAid.objects.create(
        title="Khoản viện trợ",
        donor="KOICA",
        country="KR",
        value_vnd=1_000_000_000,
        approved_on=dt.date(2021, 8, 15),
        unit=units["vp"],
    )
    submission = outgoing().submissions.get(unit__code="VP")
    client = client_for("reporter")
    data = answer_data(client.get(f"/yeu-cau/don-vi/{submission.pk}/"))
    assert data["v__aid__value"] == "1.000.000.000"
    data.update({"v__aid__value": "1,2 tỷ", "save": "1"})
    client.post(f"/yeu-cau/don-vi/{submission.pk}/", data)
    response = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    rows = {r["field"].name: r for r in response.context["figures"]}
    assert str(rows["v__aid__value"]["origin"]) == "Đơn vị tự ghi" and rows["v__aid__value"]["source"].differs
    assert rows["v__aid__value"]["register"] == "1.000.000.000"
    assert str(rows["v__aid__count"]["origin"]) == "Tính từ sổ theo dõi"
    assert not rows["v__aid__count"]["source"].differs


def test_the_office_sees_a_text_that_contradicts_the_figures_it_reviews(client_for, outgoing):
    submission = outgoing().submissions.get(unit__code="DHPVD")
    submission.status, submission.values = "submitted", {"foreign_students": {"count": 140}}
    submission.texts = {"I.6": STUDENTS_SENTENCE}
    submission.save()
    page = client_for("officer").get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()
    assert f"«{STUDENTS_SENTENCE}» — Lưu học sinh đang học tập: 120 lưu học sinh" in page


def test_the_months_arrivals_are_read_as_arrivals_never_as_the_students_studying():
    from ngoaivu.collection.services import period_indicator

    arrivals = {"indicator": "foreign_students", "scope": "period", "count": 12}
    studying = {"indicator": "foreign_students", "scope": "stock", "count": 120}
    assert period_indicator(arrivals) == "foreign_student_arrivals"
    assert period_indicator(studying) == "foreign_students"
    assert period_indicator({"indicator": "incoming_delegations", "scope": "ytd", "groups": 19}) is None


def test_the_reading_view_notes_a_figure_no_indicator_took(client_for, units, outgoing):
    """A figure of the uploaded report that fills no field of the form is noted beside its sentence."""
    submission = outgoing().submissions.get(unit__code="DHPVD")
    client = client_for("other_reporter")
    dormitory = "Ký túc xá của Trường đã đón 35 người đến ở trong tháng."
    upload = SimpleUploadedFile("bao-cao.docx", docx_bytes([*UNIVERSITY_REPORT, dormitory]))
    client.post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": upload})
    reading = client.get(f"/yeu-cau/don-vi/{submission.pk}/doc-tep/").content.decode()
    anchor = sentence_anchor(dormitory)
    assert (
        f'id="{anchor}" class="">{dormitory}</span> <small class="unplaced-note">[chưa xếp vào chỉ tiêu: 35 người]'
        in reading
    )
    # the students read into the form are not noted
    assert reading.count("unplaced-note") == 1
