"""A write that sends a field the endpoint does not write is refused, never answered 200 with the field dropped:
a key it does not know, or a read-only one sent with another value than the row holds (api/strict.py). A row
read and sent back whole, one field changed, is taken."""

import pytest
from django.utils import translation
from rest_framework.test import APIClient

from ngoaivu.accounts.models import ApiToken
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.models import DelegationPlanItem, IncomingDelegation
from ngoaivu.reporting.models import Report
from tests.api.test_reports import report_of
from tests.conftest import PASSWORD
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db

SLUGS = list(AREAS)
TAKEN = "yêu cầu không được thực hiện, không lưu gì."


def url(slug, pk=None):
    return f"/api/register/{slug}/" + (f"{pk}/" if pk else "")


def incoming(unit, **extra):
    return {
        "title": "Đoàn Lào",
        "country": "LA",
        "start_date": "2021-04-01",
        "person_visits": 4,
        "unit": unit.pk,
        **extra,
    }


def a_text_field(slug):
    return "summary" if slug == "van-ban" else "notes"  # every other area has notes


def test_a_misspelt_figure_is_refused_naming_the_field_meant_and_nothing_is_saved(api, units):
    response = api("officer").post(url("doan-vao"), incoming(units["sngv"], so_luot_nguoi=12), format="json")
    assert response.status_code == 400
    said = response.json()["so_luot_nguoi"][0]
    assert said.startswith(
        "Không có trường «so_luot_nguoi» ở địa chỉ này: yêu cầu không được thực hiện, không lưu gì. "
        "Có phải «person_visits»? Các trường ghi được: title, organisation, country, host_level, purpose, "
    )
    assert said.endswith(", unit, notes, warnings_checked.")
    assert not IncomingDelegation.objects.exists()


@pytest.mark.parametrize(
    ("sent", "meant"),
    [("person_visit", "person_visits"), ("Title", "title"), ("Số lượt người", "person_visits"), ("zzz", None)],
)
def test_the_field_meant_is_its_name_or_its_label_or_one_close_to_it(api, units, sent, meant):
    row = make_row("doan-vao", units["sngv"])
    response = api("officer").patch(url("doan-vao", row.pk), {sent: 5}, format="json")
    assert response.status_code == 400
    said = response.json()[sent][0]
    assert (f"Có phải «{meant}»?" in said) if meant else ("Có phải" not in said)


@pytest.mark.parametrize("method", ["post", "put", "patch"])
def test_an_unknown_field_is_refused_on_every_register_write(api, units, method):
    """Every area, the procedures' catalogue (thu-tuc-hanh-chinh) included; the row is unchanged."""
    client = api("officer")
    for slug in SLUGS:
        row = make_row(slug, units["sngv"])
        text = a_text_field(slug)
        if method == "post":
            response = client.post(url(slug), {text: "đã sửa", "xyz": 1}, format="json")
        else:
            body = client.get(url(slug, row.pk)).json() if method == "put" else {}
            response = getattr(client, method)(url(slug, row.pk), {**body, text: "đã sửa", "xyz": 1}, format="json")
        assert response.status_code == 400, slug
        assert response.json()["xyz"][0].startswith(f"Không có trường «xyz» ở địa chỉ này: {TAKEN}"), slug
        model = AREAS[slug].model
        assert not model.objects.filter(**{text: "đã sửa"}).exists(), slug


@pytest.fixture
def submission(units, outgoing):
    return outgoing().submissions.get(unit=units["vp"])


def test_an_unknown_field_is_refused_on_every_other_write(api, units, users, submission):
    report = report_of(units["sngv"])
    officer = api("officer")
    writes = [  # (client, address, body, the key misspelt, the field meant)
        (
            officer,
            "/api/reports/",
            {"template": "general", "period_code": "2021-09", "request": "x"},
            "request",
            "letter",
        ),
        (officer, f"/api/reports/{report.pk}/transition/", {"action": "submit", "reson": "x"}, "reson", "reason"),
        (
            api("reporter"),
            f"/api/submissions/{submission.pk}/answer/",
            {"submit": True, "sumbit": True},
            "sumbit",
            "submit",
        ),
        (APIClient(), "/api/token/", {"username": "officer", "password": PASSWORD, "nmae": "x"}, "nmae", "name"),
    ]
    for client, address, body, unknown, meant in writes:
        response = client.post(address, body, format="json")
        assert response.status_code == 400, (address, response.json())
        said = response.json()[unknown][0]
        assert said.startswith(f"Không có trường «{unknown}» ở địa chỉ này: {TAKEN} Có phải «{meant}»?"), said
    assert Report.objects.count() == 1 and Report.objects.get().status == "draft"
    submission.refresh_from_db()
    assert submission.status == "not_started"
    assert not ApiToken.objects.filter(user=users["officer"]).exists()


def test_an_unknown_field_is_refused_with_the_others_errors(api, units):
    body = api("officer").post(url("doan-vao"), {"title": 12, "xyz": 1}, format="json").json()
    assert body["title"] == ["Phải là một chuỗi ký tự."] and "xyz" in body and "start_date" in body


def test_an_unknown_field_in_a_form_body_is_refused_too(api, units):
    row = make_row("doan-vao", units["sngv"])
    response = api("officer").patch(url("doan-vao", row.pk), {"notes": "x", "so_doan": "2"}, format="multipart")
    assert response.status_code == 400 and "Có phải «groups»?" in response.json()["so_doan"][0]
    # a form body sends every value as text: the row's own id, read back, is its id
    response = api("officer").patch(url("doan-vao", row.pk), {"notes": "x", "id": str(row.pk)}, format="multipart")
    assert response.status_code == 200, response.json()


def test_a_row_read_and_sent_back_with_one_field_changed_is_saved(api, units):
    client = api("officer")
    for slug in SLUGS:
        row = make_row(slug, units["sngv"])
        text = a_text_field(slug)
        body = client.get(url(slug, row.pk)).json()
        response = client.put(url(slug, row.pk), {**body, text: "Sửa qua API"}, format="json")
        assert response.status_code == 200, (slug, response.json())
        body = response.json()
        response = client.patch(url(slug, row.pk), {**body, text: "Sửa lần hai"}, format="json")
        assert response.status_code == 200, (slug, response.json())
        assert getattr(AREAS[slug].model.objects.get(pk=row.pk), text) == "Sửa lần hai", slug


def test_a_read_only_field_changed_is_refused_naming_the_stored_value(api, units):
    row = make_row("doan-vao", units["sngv"])
    response = api("officer").patch(url("doan-vao", row.pk), {"id": row.pk + 1, "person_visits": 9}, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "id": [
            f"Trường «id» chỉ đọc, không ghi được: giá trị đang lưu là {row.pk}. Gửi lại đúng giá trị đó hoặc bỏ "
            "trường này."
        ]
    }
    for sent in (None, True, f"{row.pk}.0", [row.pk]):
        response = api("officer").patch(url("doan-vao", row.pk), {"id": sent, "person_visits": 9}, format="json")
        assert response.status_code == 400 and list(response.json()) == ["id"], sent
    row.refresh_from_db()
    assert row.person_visits != 9


def test_a_unit_taken_from_the_parent_is_refused_when_changed_and_kept_when_sent_back(api, units):
    item = make_row("ke-hoach-doan-muc", units["sngv"])
    client = api("officer")
    response = client.patch(url("ke-hoach-doan-muc", item.pk), {"unit": units["vp"].pk, "notes": "x"}, format="json")
    assert response.status_code == 400
    assert response.json()["unit"][0].startswith(
        f"Trường «unit» chỉ đọc, không ghi được: giá trị đang lưu là {units['sngv'].pk}."
    )
    response = client.patch(url("ke-hoach-doan-muc", item.pk), {"unit": units["sngv"].pk, "notes": "x"}, format="json")
    assert response.status_code == 200
    # A new row: the unit it will take from its plan is taken; another refused.
    new = {**client.get(url("ke-hoach-doan-muc", item.pk)).json(), "notes": "mới", "id": None, "version": None}
    response = client.post(url("ke-hoach-doan-muc"), {**new, "unit": units["vp"].pk}, format="json")
    assert response.status_code == 400
    assert response.json() == {
        "unit": ["Trường «unit» chỉ đọc, không ghi được khi thêm mới: bỏ trường này hoặc gửi null."]
    }
    response = client.post(url("ke-hoach-doan-muc"), {**new, "unit": units["sngv"].pk}, format="json")
    assert response.status_code == 201, response.json()
    assert DelegationPlanItem.objects.count() == 2


@pytest.mark.parametrize(("sent", "status"), [(None, 201), ("", 201), (1, 201), ("1", 201), (7, 400)])
def test_a_new_rows_version_is_nothing_or_the_one_it_starts_at(api, units, sent, status):
    response = api("officer").post(url("doan-vao"), incoming(units["sngv"], version=sent), format="json")
    assert response.status_code == status, response.json()


def test_a_new_row_sent_with_an_id_is_refused_it_would_not_be_that_row(api, units):
    row = make_row("doan-vao", units["sngv"])
    client = api("officer")
    response = client.post(url("doan-vao"), incoming(units["sngv"], id=row.pk), format="json")
    assert response.status_code == 400 and list(response.json()) == ["id"]
    assert client.post(url("doan-vao"), incoming(units["sngv"], id=None), format="json").status_code == 201


def test_a_documents_derived_flag_is_read_only(api, units):
    document = make_row("van-ban", units["sngv"])
    client = api("officer")
    stored = client.get(url("van-ban", document.pk)).json()["issued_by_unit"]
    response = client.patch(url("van-ban", document.pk), {"issued_by_unit": not stored}, format="json")
    assert response.status_code == 400 and list(response.json()) == ["issued_by_unit"]
    assert client.patch(url("van-ban", document.pk), {"issued_by_unit": stored}, format="json").status_code == 200


def test_the_refusals_follow_the_clients_language(api, units, users):
    """In English the words are the English catalogue's (DRF's own English beside them), in Vietnamese ours."""
    row = make_row("doan-vao", units["sngv"])
    users["officer"].language = "en"
    users["officer"].save()
    client = APIClient()
    client.force_login(users["officer"])
    body = client.post(url("doan-vao"), {"so_luot_nguoi": 1}, format="json").json()
    assert body["title"] == ["This field is required."]
    with translation.override("en"):
        start = translation.gettext(
            "Không có trường «%(name)s» ở địa chỉ này: yêu cầu không được thực hiện, không lưu gì."
        )
        meant = translation.gettext("Có phải «%(name)s»?")
    assert body["so_luot_nguoi"][0].startswith(
        f"{start % {'name': 'so_luot_nguoi'}} {meant % {'name': 'person_visits'}} "
    )
    body = client.patch(url("doan-vao", row.pk), {"id": 0}, format="json").json()
    with translation.override("en"):
        said = translation.gettext(
            "Trường «%(name)s» chỉ đọc, không ghi được: giá trị đang lưu là %(value)s. Gửi lại đúng giá trị đó "
            "hoặc bỏ trường này."
        )
    assert body == {"id": [said % {"name": "id", "value": row.pk}]}
    users["officer"].language = "vi"
    users["officer"].save()
    body = client.patch(url("doan-vao", row.pk), {"id": 0}, format="json").json()
    assert body["id"][0].startswith("Trường «id» chỉ đọc, không ghi được")


def test_a_body_of_many_unknown_fields_is_refused_naming_twenty(api, units):
    body = {f"k{n}": n for n in range(1000)}
    response = APIClient().post("/api/token/", {"username": "officer", "password": PASSWORD, **body}, format="json")
    assert response.status_code == 400 and list(response.json()) == [f"k{n}" for n in range(20)]
