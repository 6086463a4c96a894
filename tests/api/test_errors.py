"""Every error under /api/ is JSON with a Vietnamese message: refused deletes, oversized bodies, unknown
addresses, server errors, and query parameters the schema does not allow."""

import json

import pytest
from django.test import Client
from rest_framework.test import APIClient

from ngoaivu.accounts.models import ApiToken
from ngoaivu.core.models import LegalDocument
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def url(slug, pk=None):
    return f"/api/register/{slug}/" + (f"{pk}/" if pk else "")


def as_json(response):
    assert response["Content-Type"].split(";")[0] == "application/json", response["Content-Type"]
    return json.loads(response.content)


@pytest.fixture
def cited(units):
    """A document cited by two outgoing delegations and an assigned task."""
    document = make_row("van-ban", None)
    for _ in range(2):
        row = make_row("doan-ra", units["sngv"])
        row.dispatch_decision = document
        row.save()
    task = make_row("nhiem-vu", units["vp"])
    task.assigned_by = task.result_document = document
    task.save()
    return document


MESSAGE = (
    "Không xóa được: văn bản đang được trích dẫn ở 02 đoàn ra, 01 nhiệm vụ được giao. "
    "Hãy bỏ trích dẫn ở các bản ghi đó trước."
)


def test_deleting_a_cited_document_is_a_409_that_says_what_cites_it(api, cited):
    response = api("officer").delete(url("van-ban", cited.pk))
    assert response.status_code == 409
    assert as_json(response) == {"detail": MESSAGE}
    assert LegalDocument.objects.filter(pk=cited.pk).exists()
    free = make_row("van-ban", None)
    assert api("officer").delete(url("van-ban", free.pk)).status_code == 204


def test_a_reporter_is_told_of_rows_it_may_not_read_by_number_only(api, units):
    document = make_row("van-ban", units["vp"])
    row = make_row("doan-ra", units["sngv"])
    row.dispatch_decision = document
    row.save()
    response = api("reporter").delete(url("van-ban", document.pk))
    assert response.status_code == 409 and as_json(response) == {
        "detail": "Không xóa được: văn bản đang được trích dẫn ở 01 bản ghi của đơn vị khác. "
        "Hãy bỏ trích dẫn ở các bản ghi đó trước."
    }


def test_the_register_page_says_the_same(client_for, cited):
    client = client_for("officer")
    response = client.post(f"/so-theo-doi/van-ban/{cited.pk}/xoa/", follow=True)
    assert MESSAGE in response.content.decode()
    assert LegalDocument.objects.filter(pk=cited.pk).exists()


def test_the_schema_documents_the_409_of_a_delete(api):
    schema = api("officer").get("/api/schema/?format=json").json()
    responses = schema["paths"]["/api/register/van-ban/{id}/"]["delete"]["responses"]
    assert set(responses) == {"204", "409"}


@pytest.mark.parametrize("path", ["/api/register/doan-vao/", "/api/token/", "/api/reports/"])
def test_a_body_over_the_limit_is_a_413(users, settings, path):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    client = Client(raise_request_exception=False)
    client.force_login(users["officer"])
    body = json.dumps({"notes": "x" * (1024 * 1024 + 1)})
    response = client.post(path, body, content_type="application/json")
    assert response.status_code == 413
    assert as_json(response) == {"detail": "Dữ liệu gửi lên quá lớn: tối đa 1 MB."}


def test_an_unknown_address_is_a_json_404(api):
    for client in (APIClient(), api("officer")):
        response = client.get("/api/khong-co/")
        assert response.status_code == 404
        assert as_json(response) == {"detail": "Không tìm thấy địa chỉ hoặc bản ghi này."}
    response = api("officer").get(url("doan-vao", 999999))
    assert response.status_code == 404 and as_json(response)["detail"]


def test_a_server_error_is_json_and_still_logged(api, users, monkeypatch, caplog):
    """A fault injected into one view (none is known to fail): the 500 is JSON and Django logs it."""
    from ngoaivu.api.reports import ReportTemplateViewSet

    def broken(self):
        raise RuntimeError("hỏng")

    monkeypatch.setattr(ReportTemplateViewSet, "get_queryset", broken)
    client = Client(raise_request_exception=False)
    client.force_login(users["officer"])
    response = client.get("/api/report-templates/")
    assert response.status_code == 500
    assert "Lỗi hệ thống" in as_json(response)["detail"]
    assert any(record.exc_info and "hỏng" in str(record.exc_info[1]) for record in caplog.records)


def test_pages_outside_the_api_keep_their_html(client):
    response = client.get("/khong-co/")
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")


def test_a_write_the_role_may_not_do_and_a_missing_method_are_json(api):
    response = api("viewer").post(url("doan-vao"), {}, format="json")
    assert response.status_code == 403 and as_json(response)["detail"]
    response = api("officer").put("/api/reports/", {}, format="json")
    assert response.status_code == 405 and as_json(response)["detail"]


def test_an_address_too_long_is_json_in_vietnamese(api):
    response = api("officer").get(url("doan-vao") + "?search=" + "a" * 5000)
    assert response.status_code == 414 and as_json(response)["detail"].startswith("Địa chỉ yêu cầu quá dài")


def test_without_credentials_the_api_says_so_in_vietnamese(db):
    response = APIClient().get(url("doan-vao"))
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"
    assert as_json(response)["detail"].startswith("Chưa xác thực")


# --- Query parameters ---------------------------------------------------------------------------


PAGES_REFUSED = "Danh sách này không đánh số trang: dùng liên kết «next» và «previous» (tham số «cursor»)."
BAD_CURSOR = "Vị trí trang không hợp lệ; dùng liên kết «next» hoặc «previous» của trang trước."


@pytest.mark.parametrize(
    "query, field, message",
    [
        ("page=abc", "page", PAGES_REFUSED),
        ("page=0", "page", PAGES_REFUSED),
        ("page=-1", "page", PAGES_REFUSED),
        ("page=", "page", PAGES_REFUSED),
        ("page=²", "page", PAGES_REFUSED),
        ("page=last", "page", PAGES_REFUSED),
        ("page=2", "page", PAGES_REFUSED),
        ("cursor=abc", "cursor", BAD_CURSOR),
        ("cursor=cD1hYmM=", "cursor", BAD_CURSOR),  # p=abc: a position that is not a row's id
        ("cursor=cD05OTk5OTk5OTk5OTk5OTk5OTk5OTk5OQ==", "cursor", BAD_CURSOR),  # beyond any id
        ("date_from=notadate", "date_from", "Ngày «notadate» không hợp lệ, ghi theo dạng yyyy-mm-dd."),
        ("date_from=50%25u", "date_from", "Ngày «50%u» không hợp lệ, ghi theo dạng yyyy-mm-dd."),  # no placeholder
        # The API's dates are yyyy-mm-dd, and it says so (the web form's box asks for dd/mm/yyyy).
        ("date_from=31/12/2021", "date_from", "Ngày «31/12/2021» không hợp lệ, ghi theo dạng yyyy-mm-dd."),
        ("date_from=2026-02-31", "date_from", "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."),
        ("date_to=0001-01-01", "date_to", "Năm 1 không hợp lệ: ngày phải trong khoảng năm 1945 đến năm 2999."),
        ("date_to=", "date_to", "Không được để trống; bỏ tham số này nếu không lọc theo nó."),
        ("country=", "country", "Không được để trống; bỏ tham số này nếu không lọc theo nó."),
        ("country=ZZ", "country", "Bộ lọc «country» không nhận giá trị «ZZ»."),
        ("unit=abc", "unit", "Bộ lọc «unit» nhận số (id) của một đơn vị; không có đơn vị số «abc»."),
        ("unit=99999", "unit", "Bộ lọc «unit» nhận số (id) của một đơn vị; không có đơn vị số «99999»."),
        ("unit=", "unit", "Không được để trống; bỏ tham số này nếu không lọc theo nó."),
    ],
)
def test_an_invalid_query_parameter_is_a_400_with_a_message(api, units, query, field, message):
    make_row("doan-vao", units["sngv"])
    response = api("officer").get(f"{url('doan-vao')}?{query}")
    assert response.status_code == 400, response.content
    body = as_json(response)
    assert list(body) == [field]
    assert body[field][0] == message if message else body[field][0]


@pytest.mark.parametrize(
    "path, query, field",
    [
        ("/api/register/doan-ra/", "in_annual_plan=abc", "in_annual_plan"),
        ("/api/register/doan-ra/", "in_annual_plan=", "in_annual_plan"),
        ("/api/register/thu-tuc-hanh-chinh/", "online_level=", "online_level"),
        ("/api/reports/", "year=", "year"),
        ("/api/reports/", "year=abc", "year"),
        ("/api/reports/", "year=2021.5", "year"),  # a year is a whole number, as the schema says
        ("/api/reports/", "year=-1.15e-190", "year"),
        ("/api/requests/", "direction=", "direction"),
        ("/api/submissions/", "request=", "request"),
        ("/api/procedures/", "online_level=", "online_level"),
        ("/api/report-templates/", "page=abc", "page"),
    ],
)
def test_every_list_checks_its_parameters(api, users, path, query, field):
    response = api("officer").get(f"{path}?{query}")
    assert response.status_code == 400, response.content
    assert list(as_json(response)) == [field]


def test_the_public_list_checks_its_parameters_too(db):
    response = APIClient().get("/api/public/procedures/?lang=")
    assert response.status_code == 400 and list(as_json(response)) == ["lang"]


def test_valid_parameters_still_filter(api, units):
    make_row("doan-vao", units["sngv"])
    client = api("officer")
    assert len(client.get(url("doan-vao"), {"q": ""}).json()["results"]) == 1  # an empty search is no search
    # page=1, the first page, as clients of the numbered pages asked for it.
    assert len(client.get(url("doan-vao"), {"page": "1", "date_from": "2021-01-01"}).json()["results"]) == 1
    assert client.get(url("doan-ra"), {"in_annual_plan": "false"}).status_code == 200
    assert client.get("/api/reports/", {"year": "2021"}).status_code == 200
    assert client.get(url("doan-ra"), {"in_annual_plan": "True"}).status_code == 200
    assert client.get(url("doan-vao"), {"khong_co": ""}).status_code == 200  # unknown names are ignored


def test_the_numbered_lists_say_a_page_past_the_last_is_a_404_in_vietnamese(api, units):
    response = api("officer").get("/api/report-templates/", {"page": "2"})
    assert response.status_code == 404
    assert as_json(response) == {"detail": "Không có trang 2."}
    response = api("officer").get("/api/report-templates/", {"page": "9" * 3900})  # a long number is cut
    assert response.status_code == 404
    assert as_json(response) == {"detail": f"Không có trang {'9' * 18}…."}
    # more digits than int() reads make an address too long, refused before the list (core.long_address)
    assert api("officer").get("/api/report-templates/", {"page": "9" * 5000}).status_code == 414


def test_a_token_request_with_a_missing_field_is_a_400(db):
    response = APIClient().post("/api/token/", {"username": "officer"}, format="json")
    assert response.status_code == 400 and list(as_json(response)) == ["password"]
    assert not ApiToken.objects.exists()


def test_a_form_body_over_the_limit_is_a_413_too(users, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    client = Client(raise_request_exception=False)
    response = client.post("/api/token/", {"username": "x" * (1024 * 1024 + 1), "password": "y"})
    assert response.status_code == 413
    assert as_json(response) == {"detail": "Dữ liệu gửi lên quá lớn: tối đa 1 MB."}


@pytest.mark.parametrize(
    ("lang", "page", "missing", "method"),
    [
        ("zh", "没有第 9 页。", "未找到该地址或记录。", "该地址不接受 POST 请求方法。"),
        (
            "ko",
            "9 페이지가 없습니다.",
            "이 주소나 기록을 찾을 수 없습니다.",
            "이 주소는 POST 요청 방식을 받지 않습니다.",
        ),
        (
            "ja",
            "9 ページはありません。",
            "このアドレスまたは記録は見つかりません。",
            "このアドレスは POST リクエストを受け付けません。",
        ),
    ],
)
def test_a_foreigners_request_is_answered_in_its_language_its_errors_too(db, lang, page, missing, method):
    client = APIClient()
    assert page in str(client.get(f"/api/public/procedures/?lang={lang}&page=9").json())
    assert missing in str(client.get(f"/api/public/procedures/9.999999/?lang={lang}").json())
    assert method in str(client.post(f"/api/public/procedures/?lang={lang}").json())


@pytest.mark.parametrize(
    "path, query, field, message",
    [
        (
            "/api/reports/",
            "status=zzz",
            "status",
            "Bộ lọc «status» không nhận giá trị «zzz»; chỉ nhận: draft, submitted, approved, issued.",
        ),
        ("/api/reports/", "unit=abc", "unit", "Bộ lọc «unit» nhận số (id) của một đơn vị; không có đơn vị số «abc»."),
        (
            "/api/requests/",
            "direction=sideways",
            "direction",
            "Bộ lọc «direction» không nhận giá trị «sideways»; chỉ nhận: incoming, outgoing.",
        ),
        ("/api/submissions/", "request=abc", "request", "Chỉ nhận số nguyên."),
        (
            "/api/public/procedures/",
            "lang=" + "x" * 40,
            "lang",
            f"Bộ lọc «lang» không nhận giá trị «{'x' * 30}…»; chỉ nhận: vi, en, zh, ko, ja.",
        ),
    ],
)
def test_a_value_a_filter_does_not_take_is_refused_naming_the_filter(api, path, query, field, message):
    # Not Django's «Hãy chọn một lựa chọn hợp lệ. Lựa chọn đó không phải là một trong các lựa chọn khả thi.»
    response = api("officer").get(f"{path}?{query}")
    assert response.status_code == 400, response.content
    assert as_json(response) == {field: [message]}


@pytest.mark.parametrize("path", ["/api/reports/?format=xml", "/api/reports.xml", "/api/requests/?format=html"])
def test_a_format_the_api_does_not_write_is_a_406_in_vietnamese(api, path):
    response = api("officer").get(path)
    assert response.status_code == 406, response.content
    asked = "xml" if "xml" in path else "html"
    assert as_json(response) == {"detail": f"Không có định dạng «{asked}»: địa chỉ này chỉ trả lời dạng json."}
    assert api("officer").get("/api/reports/?format=json").status_code == 200
