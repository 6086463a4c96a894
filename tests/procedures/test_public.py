"""The public pages: no login, published translations only, accent-insensitive search."""

import pytest

from ngoaivu.procedures.models import Translation
from ngoaivu.pure.text import fold
from tests.procedures.conftest import opened

pytestmark = pytest.mark.django_db
PUB, DRAFT, REVIEWED = Translation.Status.PUBLISHED, Translation.Status.DRAFT, Translation.Status.REVIEWED


def test_fold_drops_every_vietnamese_mark():
    assert fold("Đổi GIẤY PHÉP lái xe của nước ngoài") == "doi giay phep lai xe cua nuoc ngoai"


def test_language_choice_and_lists_need_no_login(client, procedure):
    procedure(translations={"en": (PUB, "Issuance of a work permit")})
    assert client.get("/tthc/").status_code == 200
    for lang in ("vi", "en", "zh", "ko", "ja"):
        assert client.get(f"/tthc/{lang}/").status_code == 200
        assert client.get(f"/tthc/{lang}/1.000105/").status_code == 200
    # a language not offered: the visitor chooses one, on the page that offers them all in their own words
    for url in ("/tthc/fr/", "/tthc/fr/1.000105/", "/tthc/fr/1.000105/qr.png"):
        response = client.get(url)
        assert (response.status_code, response["Location"]) == (302, "/tthc/"), url


def test_a_procedure_not_found_is_told_in_the_pages_language(client, procedure):
    procedure(translations={"en": (PUB, "Issuance of a work permit")})
    for lang, said in (
        ("en", "This procedure was not found"),
        ("ko", "이 절차를 찾을 수 없습니다"),
        ("vi", "Không tìm thấy"),
    ):
        response = client.get(f"/tthc/{lang}/9.999999/")
        page = response.content.decode()
        assert response.status_code == 404 and said in page
        assert f'href="/tthc/{lang}/"' in page and "dang-nhap" not in page  # back to the list, not the staff login
    assert "未找到该手续" in client.get("/tthc/zh/9.999999/").content.decode()
    # An untranslated procedure is shown in Vietnamese, never a 404: the page does not say it may be.
    assert "no longer published" in client.get("/tthc/en/9.999999/").content.decode()
    assert "더 이상 공개되지 않을" in client.get("/tthc/ko/9.999999/").content.decode()


@pytest.mark.parametrize("path", ["/tthc/en/1.003160/print/", "/tthc/en/1.003160/qr", "/tthc/ja/1.003160/qr.png/"])
def test_any_other_address_under_a_language_is_the_visitor_s_not_found(client, procedure, path):
    procedure(translations={"en": (PUB, "Issuance of a work permit")})
    response = client.get(path, follow=True)  # "…/qr" is sent on to "…/qr/" first
    page = response.content.decode()
    assert response.status_code == 404 and response["Content-Language"] == path.split("/")[2]
    assert f'href="/tthc/{path.split("/")[2]}/"' in page and "dang-nhap" not in page
    assert client.get("/tthc/abc/def/ghi/").url == "/tthc/"  # no such language: choose one
    assert client.get("/tthc/en/1.003160").url == "/tthc/en/1.003160/"  # a code without its slash is still found


def test_unpublished_translations_are_never_public(client, procedure):
    procedure(
        translations={"en": (DRAFT, "SECRET DRAFT"), "zh": (REVIEWED, "审核中的秘密"), "ko": (PUB, "노동허가서 발급")}
    )
    pages = [
        client.get(url).content.decode()
        for url in (
            "/tthc/en/",
            "/tthc/en/1.000105/",
            "/tthc/zh/",
            "/tthc/zh/1.000105/",
            "/tthc/man-hinh/",
            "/tthc/man-hinh/du-lieu.json",
            "/tthc/en/?q=secret",
            "/tthc/zh/?q=秘密",
        )
    ]
    for html in pages:
        assert "SECRET DRAFT" not in html and "审核中的秘密" not in html
    # The unpublished language shows the Vietnamese text, marked as such.
    en = client.get("/tthc/en/1.000105/").content.decode()
    assert "Cấp giấy phép lao động" in en and "Not yet translated – Vietnamese text" in en
    ko = client.get("/tthc/ko/1.000105/").content.decode()
    assert "노동허가서 발급" in ko
    # The kiosk lists it as the lists do: the published name, else the Vietnamese marked in that language.
    (slide,) = client.get("/tthc/man-hinh/du-lieu.json").json()["procedures"]
    names = {lang["lang"]: (lang["name"], lang["mark"]) for lang in slide["languages"]}
    vietnamese = "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam"
    assert names["ko"] == ("노동허가서 발급", "")
    assert names["en"] == (vietnamese, "Not yet translated – Vietnamese text")
    assert names["zh"] == (vietnamese, "尚未翻译 – 越南语原文")


def test_a_procedure_with_no_translation_published_is_on_the_kiosk_as_on_the_public_list(client, procedure):
    # Its Vietnamese changed, its translations went back to drafts: the lists show its Vietnamese, marked.
    procedure(translations={"en": (DRAFT, "Issuance of a work permit")})
    assert "Not yet translated – Vietnamese text" in client.get("/tthc/en/").content.decode()
    (slide,) = client.get("/tthc/man-hinh/du-lieu.json").json()["procedures"]
    assert slide["code"] == "1.000105"
    assert [(lang["lang"], lang["url"].endswith(f"/tthc/{lang['lang']}/1.000105/")) for lang in slide["languages"]] == [
        ("en", True),
        ("zh", True),
        ("ko", True),
        ("ja", True),
    ]
    assert slide["languages"][0]["mark"] == "Not yet translated – Vietnamese text"
    assert "Issuance of a work permit" not in str(slide)


@pytest.mark.parametrize("query", ["giấy phép lao động", "giay phep lao dong", "GIAY PHEP", "Đổi", "doi giay"])
def test_search_with_and_without_diacritics(client, procedure, query):
    procedure()
    procedure(
        code="1.002809",
        name="Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài",
        field="Đường bộ",
        agency="Sở Giao thông vận tải",
    )
    procedure(code="2.001961", name="Cho phép sử dụng thẻ ABTC", field="Ngoại vụ", agency="Sở Ngoại vụ")
    html = client.get("/tthc/vi/", {"q": query}).content.decode()
    expected = {
        "giấy phép lao động": ["1.000105"],
        "giay phep lao dong": ["1.000105"],
        "GIAY PHEP": ["1.000105", "1.002809"],
        "Đổi": ["1.002809"],
        "doi giay": ["1.002809"],
    }[query]
    for code in ("1.000105", "1.002809", "2.001961"):
        assert (f"/tthc/vi/{code}/" in html) == (code in expected), code


def test_search_in_the_published_translation_and_filters(client, procedure):
    procedure(translations={"en": (PUB, "Issuance of a work permit")})
    procedure(
        code="2.001961",
        name="Cho phép sử dụng thẻ ABTC",
        field="Ngoại vụ",
        agency="Sở Ngoại vụ",
        translations={"en": (DRAFT, "Permission to use the ABTC")},
    )
    assert "/tthc/en/1.000105/" in client.get("/tthc/en/", {"q": "work permit"}).content.decode()
    for pasted in ("work\u200bpermit", "work\u00a0permit", "work\tpermit\u200b"):  # unseen characters of a paste
        assert "/tthc/en/1.000105/" in client.get("/tthc/en/", {"q": pasted}).content.decode(), pasted
    assert "/tthc/en/2.001961/" not in client.get("/tthc/en/", {"q": "permission to use"}).content.decode()
    by_field = client.get("/tthc/en/", {"field": "Ngoại vụ"}).content.decode()
    assert "/tthc/en/2.001961/" in by_field and "/tthc/en/1.000105/" not in by_field
    by_agency = client.get("/tthc/en/", {"agency": "Sở Lao động – Thương binh và Xã hội"}).content.decode()
    assert "/tthc/en/1.000105/" in by_agency and "/tthc/en/2.001961/" not in by_agency


def test_search_text_follows_the_name(procedure):
    p = procedure()
    p.name = "Gia hạn giấy phép lao động"
    p.save()
    assert "gia han giay phep lao dong" in p.search_text


def test_reviewing_records_the_reviewer(client_for, users, procedure):
    p = procedure()
    Translation.objects.create(procedure=p, language="en", name="Issuance of a work permit", field="Employment")
    client = client_for("officer")  # not its translator (written before translators were recorded)
    data = {
        "name": "Issuance of a work permit",
        "field": "Employment",
        "agency": "",
        "processing_time": "",
        "shortened_time": "",
        "fees": "",
        "documents": "",
        "steps": "",
        "legal_basis": "",
        "status": "reviewed",
        **opened(p),
    }
    response = client.post(f"/thu-tuc/{p.pk}/en/", data)
    assert response.status_code == 302
    tr = Translation.objects.get(procedure=p, language="en")
    assert tr.reviewer == users["officer"] and tr.reviewed_at and tr.unit_id == p.unit_id
    page = client.get(f"/thu-tuc/{p.pk}/en/").content.decode()
    assert "Cấp giấy phép lao động" in page and "Issuance of a work permit" in page  # side by side


def test_staff_pages_keep_units_apart(client_for, procedure):
    p = procedure(unit="dh")
    assert client_for("reporter").get(f"/thu-tuc/{p.pk}/en/").status_code == 404
    assert client_for("viewer").post(f"/thu-tuc/{p.pk}/en/", {"status": "draft"}).status_code == 403
    assert client_for("officer").get("/thu-tuc/ma-qr/?lang=ja").status_code == 200
    assert client_for("officer").get(f"/thu-tuc/{p.pk}/fr/").status_code == 404  # no such language


def test_a_reviewer_without_a_time_is_named_without_empty_brackets(client_for, procedure, users):
    p = procedure()
    Translation.objects.create(
        procedure=p, language="en", name="Work permit", status="reviewed", reviewer=users["officer"]
    )
    page = client_for("officer").get(f"/thu-tuc/{p.pk}/en/").content.decode()
    assert "Người hiệu đính: officer" in page and "()" not in page


def test_indicators_count_published_translations_by_language(procedure):
    from ngoaivu.register.engine import breakdown, evaluate
    from ngoaivu.pure.period_parsing import parse

    procedure(translations={"en": (PUB, "a"), "zh": (PUB, "b"), "ko": (DRAFT, "c")})
    procedure(code="2", translations={"en": (PUB, "d")})
    Translation.objects.filter(status=PUB).update(published_on="2021-06-15", first_published_on="2021-06-15")
    figures = evaluate(["procedures_published", "procedures_translated"], parse("2021"), None)
    assert figures["procedures_published"]["procedures"].period == 2
    assert figures["procedures_translated"]["count"].period == 3
    assert dict(breakdown("procedures_translated", "language", parse("2021"))) == {
        "en": {"count": 2},
        "zh": {"count": 1},
    }


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("vi", "Nội dung tìm kiếm chỉ được dài tối đa 200 ký tự (đang có 3.200 ký tự): hãy rút gọn"),
        ("en", "A search may be at most 200 characters long (this one has 3,200): shorten it"),
    ],
)
def test_a_search_longer_than_the_box_is_refused_beside_it_not_cut(client, procedure, lang, said):
    procedure(translations={"en": (PUB, "Issuance of a work permit")})
    page = client.get(f"/tthc/{lang}/").content.decode()
    assert 'name="q"' in page and 'maxlength="200"' in page
    # What the box holds is searched.
    held = "work permit" + " " * 189
    assert "/tthc/en/1.000105/" in client.get("/tthc/en/", {"q": held}).content.decode()
    # A longer one, from a hand-made link, is refused beside the box in the page's language: its first 200
    # characters would find the procedure, but that is not what was asked.
    response = client.get(f"/tthc/{lang}/", {"q": held + "x" * 3000})
    page = response.content.decode()
    assert response.status_code == 200 and not response.context["rows"]
    assert said in page and f"/tthc/{lang}/1.000105/" not in page
    assert page.index('name="q"') < page.index(said)  # beside the box, after it
