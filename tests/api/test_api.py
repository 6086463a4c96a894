"""The REST API: one endpoint per register area, with the same scoping and rules as the forms."""

import pytest
from rest_framework.test import APIClient

from ngoaivu.accounts.models import ApiToken
from ngoaivu.register.models import IncomingDelegation
from ngoaivu.register.models.base import copy_message
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def url(slug, pk=None):
    return f"/api/register/{slug}/" + (f"{pk}/" if pk else "")


def incoming_payload(unit, **extra):
    return {
        "title": "Đoàn Đại sứ quán Hàn Quốc",
        "country": "KR",
        "start_date": "2021-04-01",
        "person_visits": 4,
        "unit": unit.pk,
        **extra,
    }


def test_anonymous_is_refused():
    assert APIClient().get(url("doan-vao")).status_code in (401, 403)


def test_list_is_paginated_and_scoped(api, units):
    mine = make_row("doan-vao", units["vp"])
    make_row("doan-vao", units["dh"])
    body = api("officer").get(url("doan-vao")).json()
    assert len(body["results"]) == 2 and body["next"] is None and body["previous"] is None
    assert "count" not in body  # the register's lists are not counted (CursorPagination)
    body = api("reporter").get(url("doan-vao")).json()
    assert [row["id"] for row in body["results"]] == [mine.pk]
    assert body["results"][0]["country"] == "JP"


def test_page_size_is_fifty(api, units):
    for _ in range(51):
        make_row("le-tan", units["sngv"])
    client = api("officer")
    body = client.get(url("le-tan")).json()
    assert len(body["results"]) == 50 and body["next"] and body["previous"] is None
    following = client.get(body["next"]).json()
    assert len(following["results"]) == 1 and following["next"] is None and following["previous"]
    seen = [row["id"] for row in body["results"] + following["results"]]
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == 51  # newest first, each row once
    assert client.get(following["previous"]).json()["results"] == body["results"]


def test_reporter_gets_404_on_another_units_row(api, units):
    theirs = make_row("doan-vao", units["dh"])
    client = api("reporter")
    assert client.get(url("doan-vao", theirs.pk)).status_code == 404
    assert client.patch(url("doan-vao", theirs.pk), {"title": "x"}, format="json").status_code == 404
    assert client.delete(url("doan-vao", theirs.pk)).status_code == 404
    assert IncomingDelegation.objects.filter(pk=theirs.pk).exists()


def test_reporter_creates_for_own_unit_only(api, units):
    client = api("reporter")
    response = client.post(url("doan-vao"), incoming_payload(units["dh"]), format="json")
    assert response.status_code == 400 and "unit" in response.json()
    response = client.post(url("doan-vao"), incoming_payload(units["vp"]), format="json")
    assert response.status_code == 201, response.json()
    payload = incoming_payload(units["vp"], title="Đoàn Tổng Lãnh sự quán Hàn Quốc")
    del payload["unit"]
    response = client.post(url("doan-vao"), payload, format="json")
    assert response.status_code == 201 and response.json()["unit"] == units["vp"].pk


def test_a_new_row_without_a_unit_names_the_writers_unit_as_the_form_presets_it(api, users, units):
    payload = incoming_payload(units["sngv"])
    del payload["unit"]
    response = api("officer").post(url("doan-vao"), payload, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["unit"] == units["sngv"].pk
    # An update without a unit keeps the row's.
    row = make_row("doan-vao", units["dh"])
    response = api("officer").patch(url("doan-vao", row.pk), {"title": "Đoàn đã sửa"}, format="json")
    assert response.status_code == 200 and response.json()["unit"] == units["dh"].pk
    # An account without a unit has none to give: told to name one.
    type(users["officer"]).objects.filter(pk=users["officer"].pk).update(unit=None)
    users["officer"].refresh_from_db()
    response = api("officer").post(url("doan-vao"), {**payload, "title": "Đoàn khác"}, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "unit": ["Chọn đơn vị của bản ghi: tài khoản của bạn không gắn với đơn vị nào để ghi mặc định."]
    }


def test_an_exact_copy_of_a_kept_row_is_refused_as_the_form_refuses_it(api, units):
    client = api("reporter")
    first = client.post(url("doan-vao"), incoming_payload(units["vp"]), format="json")
    assert first.status_code == 201, first.json()
    number = first.json()["id"]
    again = client.post(url("doan-vao"), incoming_payload(units["vp"]), format="json")
    assert again.status_code == 400
    assert again.json() == {"non_field_errors": [copy_message(number)]}
    assert again.json()["non_field_errors"][0].startswith(f"Trùng với bản ghi mã {number} đã có")
    assert IncomingDelegation.objects.filter(unit=units["vp"]).count() == 1
    # Made different, it is kept; edited back into a copy, it is refused and left as it was.
    other = client.post(url("doan-vao"), incoming_payload(units["vp"], notes="Lần thứ hai"), format="json")
    assert other.status_code == 201, other.json()
    copy = client.patch(url("doan-vao", other.json()["id"]), {"notes": ""}, format="json")
    assert copy.status_code == 400 and copy.json() == {"non_field_errors": [copy_message(number)]}
    copy = client.put(url("doan-vao", other.json()["id"]), incoming_payload(units["vp"], notes=""), format="json")
    assert copy.status_code == 400 and copy.json() == {"non_field_errors": [copy_message(number)]}
    assert IncomingDelegation.objects.get(pk=other.json()["id"]).notes == "Lần thứ hai"
    # A row saved unchanged is no copy of itself.
    assert (
        client.patch(url("doan-vao", number), {"title": "Đoàn Đại sứ quán Hàn Quốc"}, format="json").status_code == 200
    )


@pytest.mark.parametrize("role", ["viewer", "leader"])
def test_readers_cannot_write(api, units, role):
    row = make_row("doan-vao", units["sngv"])
    client = api(role)
    assert client.get(url("doan-vao", row.pk)).status_code == 200
    assert client.post(url("doan-vao"), incoming_payload(units["sngv"]), format="json").status_code == 403
    assert client.patch(url("doan-vao", row.pk), {"title": "x"}, format="json").status_code == 403
    assert client.delete(url("doan-vao", row.pk)).status_code == 403


def test_crud_round_trip(api, units):
    client = api("officer")
    response = client.post(
        url("doan-ra"),
        {"title": "Đoàn công tác Lào", "countries": ["LA", "KH"], "start_date": "2021-05-02", "unit": units["sngv"].pk},
        format="json",
    )
    assert response.status_code == 201, response.json()
    pk = response.json()["id"]
    assert sorted(response.json()["countries"]) == ["KH", "LA"]
    assert response.json()["dispatch_decision"] is None
    response = client.patch(url("doan-ra", pk), {"title": "Đoàn công tác Campuchia"}, format="json")
    assert response.status_code == 200 and response.json()["title"] == "Đoàn công tác Campuchia"
    assert client.get(url("doan-ra", pk)).json()["title"] == "Đoàn công tác Campuchia"
    assert client.delete(url("doan-ra", pk)).status_code == 204
    assert client.get(url("doan-ra", pk)).status_code == 404


def test_model_clean_runs(api, units):
    client = api("officer")
    response = client.post(url("doan-vao"), incoming_payload(units["sngv"], end_date="2021-03-01"), format="json")
    assert response.status_code == 400 and "end_date" in response.json()
    response = client.post(
        url("doan-ra"),
        {"title": "Không nước", "countries": [], "start_date": "2021-05-02", "unit": units["sngv"].pk},
        format="json",
    )
    assert response.status_code == 400 and "countries" in response.json()
    row = make_row("doan-vao", units["sngv"])
    response = client.patch(url("doan-vao", row.pk), {"end_date": "2020-01-01"}, format="json")
    assert response.status_code == 400 and "end_date" in response.json()
    row.refresh_from_db()
    assert row.end_date is None


def test_a_count_with_the_english_thousands_comma_is_refused_not_saved_as_its_decimal_reading(api, units):
    client = api("officer")
    row = make_row("doan-vao", units["sngv"])
    before = row.person_visits
    response = client.patch(url("doan-vao", row.pk), {"person_visits": "1,000"}, format="json")
    assert response.status_code == 400
    assert response.json()["person_visits"] == [
        "Số «1,000» không rõ: dấu phẩy có thể ngăn hàng nghìn hoặc đứng trước phần thập phân. Số nguyên ghi bằng chữ "
        "số liền, không dấu ngăn hàng nghìn: 1000."
    ]
    row.refresh_from_db()
    assert row.person_visits == before


def test_an_absurd_figure_is_refused_as_the_forms_refuse_it(api, units):
    client = api("officer")
    payload = incoming_payload(units["sngv"], person_visits=5_000_000_000_000)
    response = client.post(url("doan-vao"), payload, format="json")
    assert response.status_code == 400
    assert response.json()["person_visits"] == [
        "Số 5.000.000.000.000 lớn bất thường (tối đa 10.000.000); vui lòng kiểm tra lại."
    ]
    row = make_row("doan-vao", units["sngv"])
    response = client.patch(url("doan-vao", row.pk), {"groups": 20_000_000}, format="json")
    assert response.status_code == 400 and "lớn bất thường" in response.json()["groups"][0]
    # 31 digits: beyond the default precision of Python's decimals.
    response = client.patch(url("doan-vao", row.pk), {"groups": 10**30}, format="json")
    assert response.status_code == 400 and "lớn bất thường" in response.json()["groups"][0]
    row.refresh_from_db()
    assert row.groups == 1


def test_a_date_outside_the_registers_years_is_refused_as_the_form_refuses_it(api, units):
    client = api("officer")
    row = make_row("doan-vao", units["sngv"])
    said = "Năm 1 không hợp lệ: ngày phải trong khoảng năm 1945 đến năm 2999."
    response = client.patch(url("doan-vao", row.pk), {"start_date": "0001-01-01"}, format="json")
    assert response.status_code == 400 and response.json() == {"start_date": [said]}
    response = client.post(url("doan-vao"), incoming_payload(units["sngv"], start_date="0001-01-01"), format="json")
    assert response.status_code == 400 and response.json()["start_date"] == [said]
    old = row.start_date
    row.refresh_from_db()
    assert row.start_date == old
    assert client.patch(url("doan-vao", row.pk), {"start_date": "2021-04-02"}, format="json").status_code == 200


@pytest.mark.parametrize(
    "sent, said",
    [
        ("2026-02-31", "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."),
        ("2024-02-30", "Ngày 30/02/2024 không có: tháng 2/2024 chỉ có 29 ngày."),
        ("2026-13-01", "Ngày 01/13/2026 không có: tháng chỉ từ 1 đến 12."),
        ("31/02/2026", "Ngày «31/02/2026» không hợp lệ, ghi theo dạng yyyy-mm-dd."),
        ("hôm qua", "Ngày «hôm qua» không hợp lệ, ghi theo dạng yyyy-mm-dd."),
        (20260215, "Ngày «20260215» không hợp lệ, ghi theo dạng yyyy-mm-dd."),
    ],
)
def test_a_date_that_is_none_is_told_as_the_forms_tell_it(api, units, sent, said):
    """A day the month lacks is not a slip of format: told as core/date_fields.DateField tells it, not
    DRF's «Ngày sai định dạng. Dùng … YYYY-MM-DD»."""
    response = api("officer").post(url("vien-tro"), aid_payload(units["sngv"], approved_on=sent), format="json")
    assert response.status_code == 400 and response.json()["approved_on"] == [said]


def test_child_takes_its_parents_unit(api, units):
    plan = make_row("ke-hoach-doan", units["vp"])
    theirs = make_row("ke-hoach-doan", units["dh"])
    client = api("reporter")
    payload = {"plan": plan.pk, "direction": "out", "country": "LA", "purpose": "Học tập", "planned_period": "Quý I"}
    response = client.post(url("ke-hoach-doan-muc"), payload, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["unit"] == units["vp"].pk
    response = client.post(url("ke-hoach-doan-muc"), {**payload, "plan": theirs.pk}, format="json")
    assert response.status_code == 400 and "plan" in response.json()


def test_filters_reuse_the_register_filterset(api, units):
    make_row("doan-vao", units["sngv"])
    make_row("doan-vao", units["vp"]).__class__.objects.filter(unit=units["vp"]).update(country="KR")
    client = api("officer")
    assert len(client.get(url("doan-vao"), {"country": "KR"}).json()["results"]) == 1
    assert len(client.get(url("doan-vao"), {"unit": units["sngv"].pk}).json()["results"]) == 1
    assert client.get(url("doan-vao"), {"date_from": "2030-01-01"}).json()["results"] == []


def test_token_auth(users, units):
    make_row("doan-vao", units["sngv"])
    _token, key = ApiToken.issue(users["officer"], "Máy chủ")
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    assert len(client.get(url("doan-vao")).json()["results"]) == 1
    client.credentials(HTTP_AUTHORIZATION="Token sai")
    assert client.get(url("doan-vao")).status_code == 401


def test_obtain_token(users):
    from tests.conftest import PASSWORD

    response = APIClient().post("/api/token/", {"username": "officer", "password": PASSWORD}, format="json")
    assert response.status_code == 200 and response.json()["token"]


def test_every_area_lists(api, units):
    from ngoaivu.register.area_registry import AREAS

    client = api("officer")
    for slug in AREAS:
        make_row(slug, units["sngv"])
        response = client.get(url(slug))
        assert response.status_code == 200, slug
        assert len(response.json()["results"]) >= 1, slug


def test_schema_is_openapi3(api):
    response = api("viewer").get("/api/schema/?format=json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert "/api/register/doan-vao/" in schema["paths"]


def test_docs_page_lists_endpoints(client_for):
    response = client_for("officer").get("/api/docs/")
    assert response.status_code == 200
    assert "/api/register/doan-vao/{id}/" in response.content.decode()


def test_cited_document_reads_as_its_citation(api, units):
    document = make_row("van-ban", None)
    row = make_row("doan-ra", units["sngv"])
    row.dispatch_decision = document
    row.save()
    body = api("officer").get(url("doan-ra", row.pk)).json()
    assert body["dispatch_decision"] == str(document)
    # Written as a citation too (test_sent_values.py): sent back as read, it is the same document.
    response = api("officer").patch(url("doan-ra", row.pk), {"dispatch_decision": str(document)}, format="json")
    assert response.status_code == 200, response.json()
    row.refresh_from_db()
    assert row.dispatch_decision_id == document.pk


def test_a_reporter_cannot_empty_the_unit_of_its_document(api, units):
    """An emptied unit would make the document shared, and no longer the reporter's to edit."""
    document = make_row("van-ban", units["vp"])
    api("reporter").patch(url("van-ban", document.pk), {"unit": None}, format="json")
    document.refresh_from_db()
    assert document.unit_id == units["vp"].pk


@pytest.mark.parametrize(
    ("sent", "kept"),
    [(1000, 1000), ("1000", 1000), ("04", 4), ("108373", 108_373), (" 2500 ", 2500)],
)
def test_a_figure_sent_as_text_is_read_as_the_api_writes_it(api, units, sent, kept):
    row = make_row("doan-vao", units["sngv"])
    # over 200 in one delegation: unlikely, so confirmed
    sent = {"person_visits": sent, "warnings_checked": True}
    response = api("officer").patch(url("doan-vao", row.pk), sent, format="json")
    assert response.status_code == 200, response.json()
    row.refresh_from_db()
    assert row.person_visits == kept


@pytest.mark.parametrize(
    ("sent", "words"),
    [
        ("1.5", "Ghi số nguyên: «1.5»"),
        ("12,5", "Ghi số nguyên: «12,5»"),
        ("1.000", "không rõ"),
        ("abc", "Không đọc được"),
    ],
)
def test_a_figure_whose_value_is_not_certain_is_refused_and_nothing_changes(api, units, sent, words):
    row = make_row("doan-vao", units["sngv"])
    IncomingDelegation.objects.filter(pk=row.pk).update(person_visits=7)
    response = api("officer").patch(url("doan-vao", row.pk), {"person_visits": sent}, format="json")
    assert response.status_code == 400 and words in response.json()["person_visits"][0]
    row.refresh_from_db()
    assert row.person_visits == 7


def test_a_plan_deleted_through_the_api_is_restored_with_its_items(api, users, units):
    """Deleted at one moment with its items, as from the register's pages, so that restoring it finds them."""
    from ngoaivu.register.area_registry import AREAS
    from ngoaivu.register.history import deleted_with
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    plan = DelegationPlan.objects.create(unit=units["sngv"], year=2025)
    for country in ("KR", "JP"):
        DelegationPlanItem.objects.create(
            plan=plan, direction="out", country=country, purpose="Học tập", planned_period="Quý III", persons=3
        )
    assert api("officer").delete(url("ke-hoach-doan", plan.pk)).status_code == 204
    deletion = DelegationPlan.history.get(id=plan.pk, history_type="-")
    ((what, versions),) = deleted_with(AREAS["ke-hoach-doan"], deletion, users["officer"])
    assert what == AREAS["ke-hoach-doan-muc"].verbose_name and len(versions) == 2


AID_RATE_WARNING = (
    "Giá trị quy đổi 4.600.000.000 đồng cho 1.000 USD tương ứng tỷ giá 4.600.000 đồng/USD, khác xa tỷ giá "
    "thông thường (khoảng 20.000–30.000 đồng/USD). Kiểm tra lại số liệu; nếu đúng, gửi lại yêu cầu kèm "
    "«warnings_checked»: true."
)


def aid_payload(unit, **extra):
    return {
        "title": "Dự án nước sạch cho xã Bình Hải",
        "donor": "Tổ chức Good Neighbors",
        "country": "KR",
        "kind": "project",
        "value_vnd": "4600000000",
        "value_original": "1000",
        "currency": "USD",
        "approved_on": "2021-03-15",
        "unit": unit.pk,
        **extra,
    }


def test_an_unlikely_figure_is_answered_with_its_warning_and_saved_as_sent_once_confirmed(api, units):
    from decimal import Decimal

    from ngoaivu.register.models import ForeignAid

    client = api("officer")
    response = client.post(url("vien-tro"), aid_payload(units["sngv"]), format="json")
    assert response.status_code == 400
    assert response.json() == {"value_vnd": [AID_RATE_WARNING]}
    assert not ForeignAid.objects.exists()
    sent = aid_payload(units["sngv"], warnings_checked=True)
    response = client.post(url("vien-tro"), sent, format="json")
    assert response.status_code == 201, response.json()
    assert "warnings_checked" not in response.json()
    aid = ForeignAid.objects.get()
    assert (aid.value_vnd, aid.value_original, aid.currency) == (Decimal(4_600_000_000), Decimal(1000), "USD")


def test_an_update_asks_about_what_it_changes_only(api, units):
    from decimal import Decimal

    from ngoaivu.register.models import ForeignAid

    client = api("officer")
    created = client.post(url("vien-tro"), aid_payload(units["sngv"], warnings_checked=True), format="json").json()
    # The stored unlikely rate is not asked about again; another figure is saved at once.
    response = client.patch(url("vien-tro", created["id"]), {"donor": "KOICA"}, format="json")
    assert response.status_code == 200, response.json()
    # A changed figure is asked about again, even after an earlier confirmation.
    response = client.patch(url("vien-tro", created["id"]), {"value_original": "100"}, format="json")
    assert response.status_code == 400 and "46.000.000 đồng/USD" in response.json()["value_vnd"][0]
    aid = ForeignAid.objects.get()
    assert (aid.value_original, aid.donor) == (Decimal(1000), "KOICA")
    response = client.patch(
        url("vien-tro", created["id"]), {"value_original": "100", "warnings_checked": True}, format="json"
    )
    assert response.status_code == 200
    aid.refresh_from_db()
    assert aid.value_original == Decimal(100)


def test_a_year_far_off_is_asked_about_and_a_hard_limit_refuses_even_when_confirmed(api, units, clock):
    from ngoaivu.register.models import DelegationPlan

    clock(2026, 3, 1)
    client = api("officer")
    response = client.post(url("ke-hoach-doan"), {"unit": units["sngv"].pk, "year": 2062}, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "year": [
            "Năm 2062 là hơn một năm sau năm nay (2026). Kiểm tra lại năm; nếu đúng, gửi lại yêu cầu kèm "
            "«warnings_checked»: true."
        ]
    }
    assert not DelegationPlan.objects.exists()
    assert client.post(url("ke-hoach-doan"), {"unit": units["sngv"].pk, "year": 2027}, format="json").status_code == 201
    response = client.post(
        url("ke-hoach-doan"), {"unit": units["sngv"].pk, "year": 2062, "warnings_checked": True}, format="json"
    )
    assert response.status_code == 201 and DelegationPlan.objects.filter(year=2062).exists()
    payload = incoming_payload(units["sngv"], person_visits=5_000_000_000_000, warnings_checked=True)
    response = client.post(url("doan-vao"), payload, format="json")
    assert response.status_code == 400 and "tối đa 10.000.000" in response.json()["person_visits"][0]
