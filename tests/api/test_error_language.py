"""The API's errors in Vietnamese: DRF's own texts (most of them English only) are replaced by ours, in the
Vietnamese interface; in English, DRF's own English stays."""

import gettext
import json
from pathlib import Path

import pytest

from ngoaivu.core.unit_picker import UnitChoiceField
import rest_framework
from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation
from rest_framework import exceptions, fields, validators
from rest_framework.exceptions import Throttled
from rest_framework.test import APIClient

from ngoaivu.api.errors import DRF_IN_VIETNAMESE, JsonErrors, exception_handler, in_vietnamese
from ngoaivu.api.figures import ONE_VALUE
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db
URL = "/api/register/doan-vao/"


def test_401_403_404_405_say_it_in_vietnamese(api):
    assert APIClient().get(URL).json() == {
        "detail": "Chưa xác thực: hãy đăng nhập hoặc gửi tiêu đề «Authorization: Token <khóa>»."
    }
    assert api("viewer").post(URL, {}, format="json").json() == {"detail": "Bạn không có quyền thực hiện thao tác này."}
    # Django's own text would name the model's class: "No IncomingDelegation matches the given query."
    assert api("officer").get(f"{URL}999999/").json() == {"detail": "Không tìm thấy địa chỉ hoặc bản ghi này."}
    assert api("officer").put("/api/reports/", {}, format="json").json() == {
        "detail": "Địa chỉ này không nhận phương thức PUT."
    }


def test_validation_messages_are_vietnamese(api, units):
    client = api("officer")
    body = client.post(URL, {}, format="json").json()
    assert body["title"] == ["Trường này là bắt buộc."]
    bad = {"title": "x", "person_visits": "abc", "country": "ZZ", "unit": 999999, "groups": -1}
    body = client.post(URL, bad, format="json").json()
    assert body["person_visits"] == [
        "Không đọc được số «abc». Ghi số nguyên bằng chữ số liền, không dấu ngăn hàng nghìn, ví dụ 1500 hoặc 108373."
    ]
    assert body["country"] == ["«ZZ» không phải là một lựa chọn hợp lệ."]
    assert body["unit"] == ["Đơn vị này không có trong danh sách đơn vị bạn được chọn."]
    assert body["groups"] == ["Số không được âm."]  # the forms' words, not DRF's «… lớn hơn hoặc bằng 0.»
    body = client.post(URL, [1], format="json").json()
    assert body == {
        "non_field_errors": ["Dữ liệu không hợp lệ: cần một đối tượng JSON, nhưng nhận được một danh sách."]
    }
    body = client.post(URL, {"title": "x", "unit": [1]}, format="json").json()
    assert body["unit"] == ["Sai kiểu: cần số của bản ghi, nhận được một danh sách."]


def test_a_least_count_is_said_in_the_forms_words(api, units):
    card = {"enterprise": "Công ty A", "businesspeople": 0, "received_on": "2026-01-02", "unit": units["sngv"].pk}
    body = api("officer").post("/api/register/abtc/", card, format="json").json()
    assert body["businesspeople"] == ["Số phải từ 01 trở lên."]  # not DRF's «Giá trị phải lớn hơn hoặc bằng 1.»


def test_a_number_sent_for_text_is_refused_not_stored_as_its_digits(api, units):
    client = api("officer")
    body = client.post(URL, {"title": 12, "notes": ["a"]}, format="json").json()
    assert body["title"] == ["Phải là một chuỗi ký tự."]
    assert body["notes"] == ["Phải là một chuỗi ký tự."]


def test_python_type_names_become_json_names():
    assert in_vietnamese('Expected a list of items but got type "int".') == "Cần một danh sách, nhưng nhận được một số."
    assert in_vietnamese('Expected a dictionary of items but got type "NoneType".') == (
        "Cần một đối tượng JSON, nhưng nhận được null."
    )


def test_a_body_that_cannot_be_read_is_a_400_or_415_in_vietnamese(api):
    client = api("officer")
    response = client.post(URL, "{", content_type="application/json")
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Không đọc được nội dung gửi lên: dữ liệu không đúng định dạng JSON hoặc biểu mẫu."
    }
    response = client.post(URL, "x", content_type="text/plain")
    assert response.status_code == 415 and response.json()["detail"].startswith("API không nhận kiểu nội dung")


@pytest.mark.parametrize("login", [False, True])
def test_a_body_nested_deeper_than_python_recurses_is_unreadable_not_a_crash(api, client, users, login):
    """3 KB of brackets: json's decoder raises RecursionError, which DRF's parser let through as a 500."""
    body = "[" * 1500 + "]" * 1500
    response = (
        api("officer").post(URL, body, content_type="application/json")
        if login
        else client.post("/api/token/", body, content_type="application/json")
    )
    assert response.status_code == 400
    assert response.json() == {
        "detail": "Không đọc được nội dung gửi lên: dữ liệu không đúng định dạng JSON hoặc biểu mẫu."
    }


def test_too_many_requests_is_a_429_in_vietnamese():
    with translation.override("vi"):
        response = exception_handler(Throttled(wait=30), {})
    assert response.status_code == 429 and response["Retry-After"] == "30"
    assert response.data == {"detail": "Quá nhiều yêu cầu; vui lòng thử lại sau."}


def test_a_refusal_raised_by_a_rule_the_pages_share_says_ours_or_its_own(api, users, monkeypatch):
    """Django's PermissionDenied (a rule of core or register, raised in a view) answers as DRF's own does:
    its message if it has one, else ours, not DRF's catalogue's «Bạn không được cấp quyền…»."""
    from ngoaivu.api.reports import ReportTemplateViewSet

    def refused(self):
        raise DjangoPermissionDenied

    monkeypatch.setattr(ReportTemplateViewSet, "get_queryset", refused)
    response = api("officer").get("/api/report-templates/")
    assert (response.status_code, response.json()) == (403, {"detail": "Bạn không có quyền thực hiện thao tác này."})
    with translation.override("vi"):
        response = exception_handler(DjangoPermissionDenied("Lý do riêng."), {})
    assert (response.status_code, response.data) == (403, {"detail": "Lý do riêng."})


@pytest.mark.parametrize(
    ("status", "detail"),
    [
        (409, "Yêu cầu không thực hiện được (mã lỗi 409)."),
        (410, "Yêu cầu không thực hiện được (mã lỗi 410)."),
        (503, "Máy chủ chưa thực hiện được yêu cầu (mã lỗi 503). Vui lòng thử lại sau."),
    ],
)
def test_a_status_no_message_names_is_vietnamese_not_its_english_phrase(status, detail):
    """An error whose status has no message of its own («Conflict», «Gone», «Service Unavailable»), raised in
    a view or answered as a page, is said in Vietnamese all the same."""

    class Refused(exceptions.APIException):
        status_code = status

    with translation.override("vi"):
        assert exception_handler(Refused(), {}).data == {"detail": detail}
    page = JsonErrors(lambda request: HttpResponse("<h1>Service Unavailable</h1>", status=status))
    response = page(RequestFactory().get("/api/report-templates/"))
    assert response.status_code == status and json.loads(response.content) == {"detail": detail}


def test_in_english_drf_keeps_its_english(users):
    users["officer"].language = "en"
    users["officer"].save()
    client = APIClient()
    client.force_login(users["officer"])
    assert client.post(URL, {}, format="json").json()["title"] == ["This field is required."]
    # A page Django answers outside DRF (an unknown address) is made JSON in the same language.
    missing = client.get("/api/khong-co/")
    assert missing.status_code == 404 and missing["Content-Language"] == "en"
    assert missing.json()["detail"] == "This address or record was not found."


FIELD_VALIDATORS = (
    validators.UniqueValidator,
    validators.UniqueTogetherValidator,
    validators.UniqueForDateValidator,
    validators.UniqueForMonthValidator,
    validators.UniqueForYearValidator,
    validators.ProhibitSurrogateCharactersValidator,  # every CharField's
)


def drf_english():
    """Every message of DRF's fields and the validators it gives them, in English."""
    classes, english = [fields.Field], set()
    while classes:
        cls = classes.pop()
        classes.extend(cls.__subclasses__())
        with translation.override("en"):
            english.update(str(text) for text in getattr(cls, "default_error_messages", {}).values())
    with translation.override("en"):
        english.update(str(validator.message) for validator in FIELD_VALIDATORS)
    return english


def test_every_message_drf_leaves_in_english_has_its_vietnamese():
    """Whatever field or validator a serializer comes to use, its refusal reaches the user in Vietnamese."""
    english = drf_english()
    with translation.override("vi"):
        left = sorted(text for text in english if translation.gettext(text) == text and in_vietnamese(text) == text)
    assert left == []


def test_a_body_of_null_is_refused_in_vietnamese(api, units, outgoing):
    from tests.api.test_reports import report_of

    said = {"non_field_errors": ["Chưa gửi dữ liệu: cần một đối tượng JSON, không phải null."]}
    row = make_row("doan-vao", units["sngv"])
    report = report_of(units["sngv"])
    officer = api("officer")
    for method, address in [
        ("post", URL),
        ("put", f"{URL}{row.pk}/"),
        ("patch", f"{URL}{row.pk}/"),
        ("post", "/api/reports/"),
        ("post", f"/api/reports/{report.pk}/transition/"),
    ]:
        response = getattr(officer, method)(address, "null", content_type="application/json")
        assert (method, address, response.status_code, response.json()) == (method, address, 400, said)
    submission = outgoing().submissions.get(unit=units["vp"])
    response = api("reporter").post(
        f"/api/submissions/{submission.pk}/answer/", "null", content_type="application/json"
    )
    assert response.status_code == 400 and response.json() == said


def test_every_vietnamese_text_replaces_a_message_drf_leaves_in_english():
    """Each key is one of DRF's messages (a typo would never match), and one its Vietnamese catalogue lacks."""
    english = drf_english()
    with translation.override("en"):
        english.update((str(exceptions.ValidationError.default_detail), "No data provided"))
    english.add(ONE_VALUE)  # ours, worded as DRF's
    assert set(DRF_IN_VIETNAMESE) <= english, set(DRF_IN_VIETNAMESE) - english
    catalogue = Path(rest_framework.__file__).parent / "locale" / "vi" / "LC_MESSAGES" / "django.mo"
    with catalogue.open("rb") as f:
        vietnamese = gettext.GNUTranslations(f)
    assert [key for key in DRF_IN_VIETNAMESE if vietnamese.gettext(key) != key] == []


def test_values_drf_fills_in_are_kept():
    assert in_vietnamese("Ensure this field has no more than 120 characters.") == "Tối đa 120 ký tự."
    assert in_vietnamese('Invalid pk "7" - object does not exist.') == "Không có bản ghi số «7»."
    assert in_vietnamese("Bản ghi đã có.") == "Bản ghi đã có."  # ours: kept as written


def test_a_lone_surrogate_in_a_json_string_is_refused_in_vietnamese(api, units, outgoing):
    said = "Văn bản có ký tự không hợp lệ U+D800 (nửa cặp thay thế UTF-16): hãy gửi văn bản Unicode đúng."
    body = '{"title": "a\\ud800", "unit": %d}' % units["sngv"].pk
    response = api("officer").post(URL, body, content_type="application/json")
    assert (response.status_code, response.json()["title"]) == (400, [said])
    submission = outgoing().submissions.get(unit=units["vp"])
    body = '{"texts": {"a": "x\\ud800"}}'
    response = api("reporter").post(f"/api/submissions/{submission.pk}/answer/", body, content_type="application/json")
    assert response.status_code == 400 and said in json.dumps(response.json(), ensure_ascii=False), response.json()


def test_a_list_sent_for_a_choice_is_refused_by_its_json_kind(api, units):
    client = api("officer")
    body = client.post("/api/register/vien-tro/", {"country": ["JP"], "kind": ["project"]}, format="json").json()
    assert body["country"] == ["Cần một giá trị, nhưng nhận được một danh sách."]  # not «['JP']»
    assert body["kind"] == ["Cần một giá trị, nhưng nhận được một danh sách."]
    body = client.post("/api/reports/", {"template": ["general"], "period_code": 2021}, format="json").json()
    assert body["template"] == ["Cần một giá trị, nhưng nhận được một danh sách."]
    assert body["period_code"] == ["Phải là một chuỗi ký tự."]  # a number is not taken as «năm 2021»


def test_an_amount_sent_as_a_json_number_or_in_exponent_form_is_refused_in_words(api, units):
    client = api("officer")
    body = client.post("/api/register/vien-tro/", {"value_vnd": 4600000000.5}, format="json").json()
    assert body["value_vnd"] == ["Số tiền tính đến đồng, không có phần lẻ: «4600000000.5» có phần lẻ."]
    body = client.post("/api/register/vien-tro/", {"value_vnd": "1e10"}, format="json").json()
    assert body["value_vnd"][0].startswith("Không đọc được số tiền «1e10».")


def test_another_units_row_is_refused_in_the_words_of_the_pages_unit_box(api, units):
    body = api("reporter").post(URL, {"title": "x", "unit": units["dh"].pk}, format="json").json()
    assert body["unit"] == [str(UnitChoiceField.default_error_messages["invalid_choice"])]
