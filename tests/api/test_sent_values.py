"""What a client writes is read as the API writes it: a row read and sent back is accepted as it is; a figure, an
id or a citation that cannot be read for certain is refused under its field, never guessed, cut or dropped."""

from datetime import date
from decimal import Decimal

import pytest

from ngoaivu.core.models import LegalDocument
from ngoaivu.register.models import DelegationPlanItem, ForeignAid, IncomingDelegation, OutgoingDelegation
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def url(slug, pk=None):
    return f"/api/register/{slug}/" + (f"{pk}/" if pk else "")


@pytest.fixture
def aid(units):
    return ForeignAid.objects.create(
        title="Dự án sinh kế",
        donor="Tổ chức phi chính phủ (Đức)",
        country="DE",
        value_vnd=Decimal(5_400_000_000),
        value_original=Decimal(190_000),
        currency="EUR",
        approved_on=date(2021, 6, 15),
        unit=units["vp"],
    )


def test_an_aid_read_is_written_back_unchanged(api, aid):
    client = api("reporter")
    body = client.get(url("vien-tro", aid.pk)).json()
    assert (body["value_vnd"], body["value_original"]) == ("5400000000", "190000.00")
    response = client.put(url("vien-tro", aid.pk), body, format="json")
    assert response.status_code == 200, response.json()
    response = client.patch(url("vien-tro", aid.pk), {"value_original": "190000.00"}, format="json")
    assert response.status_code == 200, response.json()
    aid.refresh_from_db()
    assert (aid.value_vnd, aid.value_original) == (Decimal(5_400_000_000), Decimal(190_000))


@pytest.mark.parametrize(("sent", "kept"), [("1.250", "1.25"), ("1.5", "1.5"), ("0.5", "0.5"), ("2.50", "2.5")])
def test_a_point_in_an_amount_is_its_decimal_point_as_the_api_writes_it(api, aid, sent, kept):
    # a rate far off its band: confirmed, to see the value stored
    sent = {"value_original": sent, "warnings_checked": True}
    response = api("reporter").patch(url("vien-tro", aid.pk), sent, format="json")
    assert response.status_code == 200, response.json()
    aid.refresh_from_db()
    assert aid.value_original == Decimal(kept)


@pytest.mark.parametrize(
    ("field", "sent", "said"),
    [
        ("value_original", "4.600.000.000", "Ghi chữ số liền, không dấu ngăn hàng nghìn: 4600000000."),
        ("value_vnd", "5.400", "Ghi chữ số liền, không dấu ngăn hàng nghìn: 5400."),
        ("value_vnd", 4600000000.5, "Số tiền tính đến đồng, không có phần lẻ: «4600000000.5» có phần lẻ."),
    ],
)
def test_a_thousands_dot_in_an_amount_is_refused_with_the_digits_to_send(api, aid, field, sent, said):
    response = api("reporter").patch(url("vien-tro", aid.pk), {field: sent, "warnings_checked": True}, format="json")
    assert response.status_code == 400 and said in response.json()[field][0], response.json()
    aid.refresh_from_db()
    assert (aid.value_vnd, aid.value_original) == (Decimal(5_400_000_000), Decimal(190_000))


@pytest.mark.parametrize("sent", ["1.000", "2.500"])
def test_a_count_with_a_thousands_dot_is_refused_not_read_as_one_reading_or_the_other(api, units, sent):
    row = make_row("doan-vao", units["sngv"])
    before = row.person_visits
    response = api("officer").patch(
        url("doan-vao", row.pk), {"person_visits": sent, "warnings_checked": True}, format="json"
    )
    assert response.status_code == 400
    digits = sent.replace(".", "")
    assert response.json()["person_visits"] == [
        f"Số «{sent}» không rõ: trong số gửi qua API, dấu chấm đứng trước phần thập phân, không dùng để ngăn hàng "
        f"nghìn. Ghi chữ số liền, không dấu ngăn hàng nghìn: {digits}."
    ]
    row.refresh_from_db()
    assert row.person_visits == before


@pytest.mark.parametrize("sent", [1.5, 19.9, "1.5", True])
def test_a_unit_named_by_a_number_that_is_no_id_is_refused_not_cut_down(api, units, sent):
    payload = {"title": "Đoàn thử", "country": "KR", "start_date": "2021-04-01", "person_visits": 4, "unit": sent}
    response = api("officer").post(url("doan-vao"), payload, format="json")
    assert response.status_code == 400
    shown = "true" if sent is True else str(sent)
    assert response.json()["unit"] == [f"Mã số (id) phải là số nguyên, như API ghi, ví dụ 19: «{shown}» không phải."]
    assert not IncomingDelegation.objects.exists()


def test_a_parent_named_by_a_decimal_number_is_refused(api, units):
    plan = make_row("ke-hoach-doan", units["sngv"])
    payload = {"plan": plan.pk + 0.5, "direction": "out", "country": "LA", "purpose": "Học tập"}
    payload["planned_period"] = "Quý III"
    response = api("officer").post(url("ke-hoach-doan-muc"), payload, format="json")
    assert response.status_code == 400 and "Mã số (id) phải là số nguyên" in response.json()["plan"][0]
    assert not DelegationPlanItem.objects.exists()


CITATION = "Quyết định số 152/QĐ-UBND ngày 07/02/2021 của Chủ tịch UBND tỉnh"


def outgoing_payload(unit, **extra):
    return {
        "title": "Đoàn công tác Nhật Bản",
        "countries": ["JP"],
        "start_date": "2021-02-17",
        "unit": unit.pk,
        **extra,
    }


def test_a_citation_sent_is_saved_as_the_form_saves_it(api, units):
    client = api("officer")
    response = client.post(url("doan-ra"), outgoing_payload(units["sngv"], dispatch_decision=CITATION), format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["dispatch_decision"] == "Quyết định số 152/QĐ-UBND ngày 07/02/2021 của Chủ tịch UBND tỉnh"
    row = OutgoingDelegation.objects.get()
    document = row.dispatch_decision
    assert (document.doc_type, document.number, document.issued_on) == ("Quyết định", "152/QĐ-UBND", date(2021, 2, 7))
    # Read and sent back: the same document; null names none.
    body = client.get(url("doan-ra", row.pk)).json()
    assert client.put(url("doan-ra", row.pk), body, format="json").status_code == 200
    row.refresh_from_db()
    assert row.dispatch_decision_id == document.pk and LegalDocument.objects.count() == 1
    assert client.patch(url("doan-ra", row.pk), {"dispatch_decision": None}, format="json").status_code == 200
    row.refresh_from_db()
    assert row.dispatch_decision_id is None


@pytest.mark.parametrize(
    ("sent", "said"),
    [
        ("abc", "Không nhận ra văn bản. Ghi theo mẫu: Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh"),
        ("Quyết định số 152/QĐ-UBND ngày 31/02/2021", "Ngày 31/02/2021 không có"),
        ("Quyết định số 152/QĐ-UBND ngày 08/02/2021 của Chủ tịch UBND tỉnh", "Sổ văn bản đã có Quyết định số 152/QĐ"),
    ],
)
def test_a_citation_that_cannot_be_kept_is_refused_with_the_reason_and_nothing_changes(api, units, sent, said):
    document = LegalDocument.objects.create(doc_type="Quyết định", number="152/QĐ-UBND", issued_on=date(2021, 2, 7))
    row = make_row("doan-ra", units["sngv"])
    row.dispatch_decision = document
    row.save()
    response = api("officer").patch(url("doan-ra", row.pk), {"dispatch_decision": sent}, format="json")
    assert response.status_code == 400 and said in response.json()["dispatch_decision"][0], response.json()
    row.refresh_from_db()
    assert row.dispatch_decision_id == document.pk and LegalDocument.objects.count() == 1


def test_a_reporter_filtering_by_its_own_unit_gets_its_rows_and_by_another_none(api, units):
    mine = make_row("doan-vao", units["vp"])
    make_row("doan-vao", units["dh"])
    client = api("reporter")
    response = client.get(f"{url('doan-vao')}?unit={units['vp'].pk}")
    assert response.status_code == 200 and [row["id"] for row in response.json()["results"]] == [mine.pk]
    response = client.get(f"{url('doan-vao')}?unit={units['dh'].pk}")
    assert response.status_code == 200 and response.json()["results"] == []


def test_a_reporter_is_not_told_another_units_document_through_a_citation(api, units):
    theirs = LegalDocument.objects.create(
        doc_type="Công văn", number="99/SNgV-LS", issued_on=date(2021, 2, 7), issuer="Sở Ngoại vụ", unit=units["sngv"]
    )
    sent = outgoing_payload(units["vp"], dispatch_decision="Công văn số 99/SNgV-LS ngày 01/01/2021")
    response = api("reporter").post(url("doan-ra"), sent, format="json")
    assert response.status_code == 400
    said = response.json()["dispatch_decision"][0]
    assert "đã có trong sổ văn bản" in said and theirs.citation() not in said and "07/02/2021" not in said
    assert not OutgoingDelegation.objects.exists() and list(LegalDocument.objects.all()) == [theirs]
