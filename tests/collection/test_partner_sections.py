"""The section on the work with the localities of a country reported apart (outlines/partners.py) in a unit's
answer: one per country, numbered and named as the office's report has it, from the form, the API and an
uploaded report into the compiled report; answers stored before under the section's place kept."""

import importlib

import pytest
from django.apps import apps
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection import compilation
from ngoaivu.collection.models import Submission
from ngoaivu.core.models import PartnerLocality

from .conftest import UNIVERSITY_HEAD, docx_bytes

LAO = "I.partner_countries-LA"  # the office's report keys it so (drafting.expanded)
LAO_HEADING = "Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào"
AID_HEADING = "Công tác vận động và quản lý viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài"
WRITTEN = "Trường phối hợp đón tiếp 02 đoàn của tỉnh Champasak đến làm việc về đào tạo lưu học sinh."


@pytest.fixture(autouse=True)
def _laos_apart(db):
    PartnerLocality.objects.create(name="Champasak", country="LA", reported_apart=True)


def form_data(page, **changes):
    form = page.context["form"]
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    return data | changes


def compiled_sections(request, officer):
    """{key: text} of the report compiled from the request's accepted answers."""
    report = compilation.compile_report(request, officer)
    return dict(report.sections.values_list("key", "text"))


def test_the_form_offers_the_country_section_and_its_text_reaches_the_compiled_report(
    client_for, outgoing, units, users
):
    request = outgoing()
    submission = request.submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    form = page.context["form"]
    # numbered as the office's report numbers it: Laos 4., the aid section after it 5.
    assert form.fields[f"s__{LAO}"].label == f"I.4 {LAO_HEADING}"
    assert form.fields["s__I.4"].label == f"I.5 {AID_HEADING}"
    assert "s__I." not in form.fields
    client.post(url, form_data(page, **{f"s__{LAO}": WRITTEN, "save": "1"}))
    submission.refresh_from_db()
    assert submission.texts[LAO] == WRITTEN
    submission.status = Submission.Status.ACCEPTED
    submission.save()
    draft, _footnotes = compilation.compiled_draft(request)
    assert WRITTEN in draft[LAO] and WRITTEN not in draft["I.4"]
    texts = compiled_sections(request, users["officer"])
    assert WRITTEN in texts[LAO]
    assert not any(WRITTEN in text for key, text in texts.items() if key != LAO)


def test_a_warning_names_the_section_by_its_printed_number_not_its_key(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    typed = {
        "v__aid__count": "1",
        "v__aid__value": "1000000",
        "s__I.4": "Trong tháng, Trường chưa tiếp nhận khoản viện trợ nào.",
    }
    warned = client.post(url, form_data(page, **typed, submit="1"))
    warnings = warned.context["form"].warnings
    # the aid section, keyed I.4, is printed «5.» after Laos's «4.»
    assert warnings["v__aid__count"].startswith("Mục I.5 ghi «Trong tháng, Trường chưa tiếp nhận khoản viện trợ nào.»")
    typed = {"v__aid__count": "1", "v__aid__value": "1000000", "s__I.4": "", f"s__{LAO}": typed["s__I.4"]}
    warned = client.post(url, form_data(page, **typed, submit="1"))
    assert warned.context["form"].warnings["v__aid__count"].startswith("Mục I.4 ghi «")


def test_the_compilations_contradictions_name_the_section_by_its_printed_number(client_for, outgoing, units):
    request = outgoing()
    submission = request.submissions.get(unit=units["dh"])
    submission.status = Submission.Status.ACCEPTED
    submission.values = {"aid": {"count": 2, "value": 3_300_000_000}}
    submission.texts = {"I.4": "Trong tháng, Trường tiếp nhận 03 khoản viện trợ."}
    submission.save()
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/tong-hop/").content.decode()
    assert "«Trong tháng, Trường tiếp nhận 03 khoản viện trợ.»" in page
    assert "<td>I.5</td>" in page and "<td>I.4</td>" not in page


def test_the_api_lists_the_country_section_numbered_and_named(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    body = client_for("other_reporter").get(f"/api/submissions/{submission.pk}/").json()
    sections = {section["key"]: section for section in body["sections"]}
    assert sections[LAO] == {"key": LAO, "number": "4", "heading": LAO_HEADING}
    assert sections["I.4"]["number"] == "5" and "I." not in sections


UPLOADED = [
    *UNIVERSITY_HEAD,
    "4. Hoạt động hợp tác với các địa phương của nước CHDCND Lào",
    WRITTEN,
    "5. Công tác vận động viện trợ",
    "Trong tháng, Trường không tiếp nhận khoản viện trợ nào.",
]


@pytest.mark.parametrize("lao_heading", [f"4. {LAO_HEADING}", "4. Hoạt động hợp tác với các địa phương của Lào"])
def test_an_uploaded_reports_country_section_is_read_into_it_not_into_the_aid_section(
    client_for, outgoing, units, lao_heading
):
    submission = outgoing().submissions.get(unit=units["dh"])
    lines = [lao_heading if line.startswith("4. ") else line for line in UPLOADED]
    client_for("other_reporter").post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile("dh.docx", docx_bytes(lines))}
    )
    submission.refresh_from_db()
    assert submission.texts[LAO] == WRITTEN
    assert submission.texts["I.4"] == "Trong tháng, Trường không tiếp nhận khoản viện trợ nào."


def test_a_text_stored_under_the_sections_place_moves_to_the_countrys(outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    other = outgoing(template="review").submissions.get(unit=units["vp"])
    submission.texts = {"I.": WRITTEN, "I.4": "Viện trợ."}
    submission.save()
    drafted = "Trong tháng, Văn phòng không có hoạt động hợp tác với các địa phương của nước CHDCND Lào."
    other.texts = {"I.2.d": WRITTEN, "I.2.d-LA": drafted}
    other.sources = {"drafted": {"I.2.d-LA": drafted}, "file_sections": ["I.2.d"]}
    other.save()
    versions = {row.pk: row.version for row in (submission, other)}
    untouched = other.request.submissions.get(unit=units["dh"])  # no text under the old keys
    untouched_version = untouched.version
    importlib.import_module("ngoaivu.collection.migrations.0012_partner_section_texts").move_texts(apps, None)
    submission.refresh_from_db()
    other.refresh_from_db()
    untouched.refresh_from_db()
    assert submission.texts == {LAO: WRITTEN, "I.4": "Viện trợ."}
    # a form opened before, with no box for the moved text, cannot save over it: its version is behind
    assert submission.version == versions[submission.pk] + 1 and other.version == versions[other.pk] + 1
    assert untouched.version == untouched_version
    # the register's draft, never seen in the form, gives way to what the unit wrote
    assert other.texts == {"I.2.d-LA": WRITTEN} and other.sources["file_sections"] == ["I.2.d-LA"]


def test_a_text_stored_under_the_sections_place_moves_to_laos_before_a_country_first_by_code(outgoing, units):
    PartnerLocality.objects.create(name="Quảng Tây", country="CN", reported_apart=True)  # "CN" before "LA"
    submission = outgoing().submissions.get(unit=units["dh"])
    submission.texts = {"I.": WRITTEN}
    submission.save()
    importlib.import_module("ngoaivu.collection.migrations.0012_partner_section_texts").move_texts(apps, None)
    submission.refresh_from_db()
    assert submission.texts == {LAO: WRITTEN}
