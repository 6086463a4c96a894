"""Procedures over the API: the catalogue for staff; the published translations for anyone, without login."""

import pytest
from rest_framework.test import APIClient

pytestmark = pytest.mark.django_db

PUBLISHED, DRAFT = "published", "draft"
WORK_PERMIT = "Work permit for foreign workers in Viet Nam"
DRAFT_NAME = "Bản nháp chưa duyệt: Confirmation of exemption"


@pytest.fixture
def catalogue(procedure):
    return {
        "permit": procedure(translations={"en": (PUBLISHED, WORK_PERMIT), "zh": (DRAFT, "外国劳动者工作许可证")}),
        "exempt": procedure(
            code="1.000459",
            name="Xác nhận người lao động nước ngoài không thuộc diện cấp giấy phép",
            translations={"en": (DRAFT, DRAFT_NAME)},
        ),
        "visa": procedure(
            code="2.001961",
            name="Cấp thị thực cho người nước ngoài",
            field="Xuất nhập cảnh",
            agency="Công an tỉnh",
            unit="vp",
        ),
    }


def public(params=None, path=""):
    return APIClient().get(f"/api/public/procedures/{path}", params or {})


def test_staff_see_the_catalogue_with_every_languages_status(api, catalogue):
    assert APIClient().get("/api/procedures/").status_code == 401
    body = api("viewer").get("/api/procedures/").json()
    assert body["count"] == 3
    permit = next(p for p in body["results"] if p["code"] == "1.000105")
    states = {t["language"]: (t["status"], t["name"]) for t in permit["translations"]}
    assert states == {
        "en": (PUBLISHED, WORK_PERMIT),
        "zh": (DRAFT, "外国劳动者工作许可证"),
        "ko": ("missing", ""),
        "ja": ("missing", ""),
    }
    assert permit["processing_time"] == "05 ngày làm việc"
    assert api("viewer").get("/api/procedures/", {"field": "Xuất nhập cảnh"}).json()["count"] == 1


def test_a_reporter_sees_its_units_procedures_only(api, catalogue):
    client = api("reporter")
    assert [p["code"] for p in client.get("/api/procedures/").json()["results"]] == ["2.001961"]
    assert client.get(f"/api/procedures/{catalogue['permit'].pk}/").status_code == 404
    assert client.get(f"/api/procedures/{catalogue['visa'].pk}/").status_code == 200


NOT_OFFERED = "Đơn vị của bạn không có thủ tục hành chính nào: danh sách này không dành cho tài khoản của bạn."


def test_a_reporter_whose_units_keep_no_procedure_is_refused_the_catalogue_as_by_the_pages(api, client_for, catalogue):
    # The university keeps no procedure: its pages refuse it the catalogue (register/offering.check_offered)…
    page = client_for("other_reporter")
    assert page.get("/thu-tuc/").status_code == 403
    assert page.get("/so-theo-doi/thu-tuc-hanh-chinh/").status_code == 403
    # … and so does the API, saying why, rather than answering an empty list.
    client = api("other_reporter")
    for path in ("/api/procedures/", "/api/register/thu-tuc-hanh-chinh/"):
        response = client.get(path)
        assert (response.status_code, response.json()) == (403, {"detail": NOT_OFFERED}), path
    # Another unit's procedure does not exist for it, as on the translation page.
    assert client.get(f"/api/procedures/{catalogue['visa'].pk}/").status_code == 404
    assert page.get(f"/thu-tuc/{catalogue['visa'].pk}/en/").status_code == 404
    # A reporter whose unit keeps one is offered the lists, its own rows only.
    assert [p["code"] for p in api("reporter").get("/api/register/thu-tuc-hanh-chinh/").json()["results"]] == [
        "2.001961"
    ]


def test_the_public_list_needs_no_login_and_shows_only_published_translations(catalogue):
    response = public({"lang": "en"})
    assert response.status_code == 200
    rows = {row["code"]: row for row in response.json()["results"]}
    assert set(rows) == {"1.000105", "1.000459", "2.001961"}
    assert rows["1.000105"]["translated"] is True and rows["1.000105"]["name"] == WORK_PERMIT
    assert rows["1.000105"]["language"] == "en" and rows["1.000105"]["url"].endswith("/tthc/en/1.000105/")
    # Not published: the Vietnamese text, marked as such, and never the draft.
    exempt = rows["1.000459"]
    assert exempt["translated"] is False and exempt["name"].startswith("Xác nhận người lao động")
    assert "name" in exempt["vietnamese"]
    content = response.content.decode()
    assert DRAFT_NAME not in content and "外国劳动者工作许可证" not in public({"lang": "zh"}).content.decode()


def test_a_bad_token_does_not_matter_on_the_public_endpoint(catalogue):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token sai")
    assert client.get("/api/public/procedures/").status_code == 200


def test_public_search_ignores_accents_and_reads_published_translations_only(catalogue):
    def codes(**params):
        return sorted(row["code"] for row in public(params).json()["results"])

    assert codes(q="giay phep", lang="en") == ["1.000105", "1.000459"]
    # Every word, in any order: both names hold "lao động" and "giấy phép"; only one "Việt Nam".
    assert codes(q="GIẤY PHÉP LAO ĐỘNG", lang="vi") == ["1.000105", "1.000459"]
    assert codes(q="viet nam giay phep", lang="vi") == ["1.000105"]
    assert codes(q="work permit", lang="en") == ["1.000105"]
    assert codes(q="confirmation of exemption", lang="en") == []  # a draft is not searched
    assert codes(q="foreign workers", lang="ko") == []  # the English translation is not the Korean page's
    # a key term finds its equivalents (pure/search_terms.py): the Vietnamese name the Korean page shows
    assert codes(q="work permit", lang="ko") == ["1.000105"]
    assert codes(field="Xuất nhập cảnh", lang="ja") == ["2.001961"]
    assert codes(agency="Công an tỉnh") == ["2.001961"]


def test_a_public_search_longer_than_the_pages_box_is_a_400_naming_the_limit(catalogue):
    # As the public list's box (tests/procedures/test_public.py) and the register's lists: what the box holds
    # is searched; a longer search, sent by hand, is refused in the request's language, never cut and searched.
    held = "work permit" + " " * 189
    assert [row["code"] for row in public({"lang": "en", "q": held}).json()["results"]] == ["1.000105"]
    long = held + " x" * 1800  # 3.800 characters: under the address limit (414)
    response = public({"lang": "vi", "q": long})
    assert response.status_code == 400
    assert response.json() == {
        "q": [
            "Nội dung tìm kiếm chỉ được dài tối đa 200 ký tự (đang có 3.800 ký tự): hãy rút gọn, giữ lại vài từ "
            "đặc trưng."
        ]
    }
    response = public({"lang": "en", "q": long})
    assert response.status_code == 400 and response["Content-Language"] == "en"
    assert response.json() == {
        "q": [
            "A search may be at most 200 characters long (this one has 3,800): shorten it to a few distinctive words."
        ]
    }


def test_the_schema_says_how_long_a_public_search_may_be(api):
    schema = api("viewer").get("/api/schema/?format=json").json()
    (q,) = [p for p in schema["paths"]["/api/public/procedures/"]["get"]["parameters"] if p["name"] == "q"]
    assert q["schema"] == {"type": "string", "maxLength": 200} and q["description"].startswith("Tìm theo mã")


def test_public_detail_by_code_in_each_language(catalogue):
    body = public({"lang": "en"}, "1.000105/").json()
    assert body["name"] == WORK_PERMIT and body["fees"] == "600.000 đồng" and "fees" in body["vietnamese"]
    empty = [name for name, text in body.items() if text == ""]
    assert empty and not set(empty) & set(body["vietnamese"])  # a field left empty is shown in no language
    body = public({}, "1.000105/").json()  # Vietnamese by default
    assert body["language"] == "vi" and body["translated"] is True and body["vietnamese"] == []
    assert public({"lang": "zh"}, "1.000105/").json()["translated"] is False
    assert public({"lang": "en"}, "9.999/").status_code == 404


def test_an_unknown_language_is_a_400(catalogue):
    response = public({"lang": "fr"})
    assert response.status_code == 400 and "lang" in response.json()


def test_the_docs_page_lists_the_new_endpoints(client_for):
    page = client_for("viewer").get("/api/docs/").content.decode()
    for path in (
        "/api/reports/{id}/transition/",
        "/api/reports/{id}/docx/",
        "/api/report-templates/",
        "/api/requests/{id}/",
        "/api/submissions/{id}/answer/",
        "/api/procedures/",
        "/api/public/procedures/{code}/",
    ):
        assert path in page, path
