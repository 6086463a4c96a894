"""The public pages speak the language of their URL through Django's catalogues; the staff pages
stay Vietnamese or English whatever the browser asks for."""

import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from ngoaivu.procedures.publishing import PUBLIC_LANGUAGES, django_language, in_language
from ngoaivu.procedures.models import Translation

pytestmark = pytest.mark.django_db
PUB = Translation.Status.PUBLISHED
LOCALE = Path(settings.LOCALE_PATHS[0])

# The words of each language on the list page and on a procedure's page.
WORDS = {
    "vi": {"search": "Tìm kiếm", "fees": "Phí, lệ phí", "documents": "Mọi lĩnh vực", "print": "In", "html": "vi"},
    "en": {"search": "Search", "fees": "Fees and charges", "documents": "All fields", "print": "Print", "html": "en"},
    "zh": {"search": "搜索", "fees": "费用", "documents": "所有领域", "print": "打印", "html": "zh-Hans"},
    "ko": {"search": "검색", "fees": "수수료", "documents": "모든 분야", "print": "인쇄", "html": "ko"},
    "ja": {"search": "検索", "fees": "手数料", "documents": "すべての分野", "print": "印刷", "html": "ja"},
}


def page(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("lang", PUBLIC_LANGUAGES)
def test_the_list_page_speaks_its_language(client, procedure, lang):
    procedure()
    html = page(client, f"/tthc/{lang}/")
    words = WORDS[lang]
    assert f'<html lang="{words["html"]}">' in html
    assert f'placeholder="{words["search"]}"' in html
    assert f">{words['search']}</button>" in html
    assert words["documents"] in html
    others = [WORDS[other]["search"] for other in PUBLIC_LANGUAGES if other != lang]
    assert not [word for word in others if f'placeholder="{word}"' in html]


@pytest.mark.parametrize("lang", PUBLIC_LANGUAGES)
def test_the_procedure_page_speaks_its_language(client, procedure, lang):
    procedure(translations={code: (PUB, f"name in {code}") for code in ("en", "zh", "ko", "ja")})
    html = page(client, f"/tthc/{lang}/1.000105/")
    words = WORDS[lang]
    assert f"<dt>{words['fees']}" in html
    assert f"data-print>{words['print']}</button>" in html
    assert "600.000 đồng" in html  # the procedure's own text is the catalogue's, not translated here


def test_korean_words_on_the_korean_page(client, procedure):
    procedure()
    response = client.get("/tthc/ko/", HTTP_ACCEPT_LANGUAGE="en")
    assert response["Content-Language"] == "ko"
    html = response.content.decode()
    assert "외국인을 위한 행정 절차" in html and "검색" in html and "모든 기관" in html
    assert "Tìm kiếm" not in html and "Search" not in html
    detail = page(client, "/tthc/ko/1.000105/")
    assert "담당 기관" in detail and "법정 처리 기간" in detail and "번역 없음 – 베트남어 원문" in detail


def test_vietnamese_by_default_whatever_the_staff_language(client, procedure):
    procedure()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    assert 'placeholder="Tìm kiếm"' in page(client, "/tthc/vi/", HTTP_ACCEPT_LANGUAGE="ko")
    choose = page(client, "/tthc/", HTTP_ACCEPT_LANGUAGE="ko")
    assert '<html lang="vi">' in choose
    heading = re.search(r"<h1>(.*?)</h1>", choose, re.S).group(1)
    for word in ("Chọn ngôn ngữ", "Choose a language", "选择语言", "언어 선택", "言語を選択"):
        assert word in heading
    kiosk = page(client, "/tthc/man-hinh/", HTTP_ACCEPT_LANGUAGE="ko")
    assert "Thủ tục hành chính cho người nước ngoài" in kiosk and "Scan to read in your language" in kiosk
    # what to do, in every language the codes lead to, each marked with its language
    for code in ("en", "zh-Hans", "ko", "ja"):
        words = re.search(rf'<span lang="{code}">([^<]+)</span>', kiosk).group(1)
        assert code == "en" or not words.isascii()


def test_staff_pages_stay_vietnamese_for_a_korean_browser(client_for):
    client = client_for("officer")
    html = page(client, "/so-theo-doi/doan-vao/", HTTP_ACCEPT_LANGUAGE="ko-KR,ko;q=0.9")
    assert '<html lang="vi">' in html and "Đoàn vào" in html
    # The language switcher offers Vietnamese and English only.
    switcher = re.search(r'<form class="lang".*?</form>', html, re.S).group(0)
    assert re.findall(r'<option value="([^"]+)"', switcher) == ["vi", "en"]
    # A Korean or Chinese choice is refused, and the page stays Vietnamese.
    for code in ("ko", "zh-hans", "ja"):
        client.post("/i18n/setlang/", {"language": code, "next": "/so-theo-doi/doan-vao/"})
        assert '<html lang="vi">' in page(client, "/so-theo-doi/doan-vao/", HTTP_ACCEPT_LANGUAGE="ko")
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ko"
    assert '<html lang="vi">' in page(client, "/so-theo-doi/doan-vao/")


def test_an_english_browser_gets_the_staff_pages_in_vietnamese_until_english_is_chosen(client_for):
    client = client_for("officer")
    html = page(client, "/so-theo-doi/doan-vao/", HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.9,ko;q=0.8")
    assert '<html lang="vi">' in html
    client.post("/i18n/setlang/", {"language": "en", "next": "/so-theo-doi/doan-vao/"})
    assert '<html lang="en">' in page(client, "/so-theo-doi/doan-vao/", HTTP_ACCEPT_LANGUAGE="vi")


def test_the_staff_languages_are_vietnamese_and_english():
    assert [code for code, _name in settings.LANGUAGES] == ["vi", "en"]


@pytest.mark.parametrize("lang", ["zh", "ko", "ja"])
def test_catalogues_exist_and_are_compiled(lang):
    folder = LOCALE / django_language(lang).replace("-hans", "_Hans") / "LC_MESSAGES"
    assert (folder / "django.po").exists() and (folder / "django.mo").exists()
    assert in_language(lang, "Tìm kiếm") == WORDS[lang]["search"]


def test_chinese_is_django_simplified_chinese():
    assert django_language("zh") == "zh-hans" and django_language("ko") == "ko"
    assert in_language("zh", "Căn cứ pháp lý") == "法律依据"
    assert in_language("vi", "Căn cứ pháp lý") == "Căn cứ pháp lý"


def public_messages():
    """Every message of the public pages: their templates' {% translate %} and the views' labels."""
    from ngoaivu.procedures import publishing

    folder = Path(settings.BASE_DIR) / "templates" / "procedures"
    found = set()
    for name in ("public_base.html", "public_choose.html", "public_list.html", "public_detail.html", "kiosk.html"):
        found |= set(re.findall(r"""\{% translate ["']([^"']+)["'] %\}""", (folder / name).read_text(encoding="utf-8")))
    with translation.override("vi"):
        found |= {str(label) for label in [*publishing.FIELD_LABELS.values(), *publishing.ONLINE_LEVELS.values()]}
    said = {publishing.SCAN, publishing.NOT_TRANSLATED, publishing.UPDATING, publishing.PARTLY_TRANSLATED}
    # A search longer than the box, refused beside it (register/filters.SearchField).
    said.add(
        "Nội dung tìm kiếm chỉ được dài tối đa %(limit)s ký tự (đang có %(length)s ký tự): hãy rút gọn, "
        "giữ lại vài từ đặc trưng."
    )
    return sorted(found | said)


def test_the_public_messages_are_found():
    messages = public_messages()
    assert "Tìm kiếm" in messages and "Căn cứ pháp lý" in messages and "Toàn trình" in messages
    assert len(messages) >= 20


@pytest.mark.parametrize("lang", ["en", "zh", "ko", "ja"])
def test_every_public_message_is_translated(lang):
    untranslated = [message for message in public_messages() if in_language(lang, message) == message]
    assert untranslated == []


def test_the_kiosks_codes_come_in_the_order_its_header_names_the_languages(procedure):
    from ngoaivu.procedures.models import Language
    from ngoaivu.procedures.public_views import kiosk_slides

    published = Translation.Status.PUBLISHED
    procedure(translations={lang: (published, f"Tên {lang}") for lang in ("ja", "ko", "zh", "en")})
    (slide,) = kiosk_slides()
    assert [language["lang"] for language in slide["languages"]] == list(Language.values) == ["en", "zh", "ko", "ja"]


def switch(html):
    """The language switch's links: {name: (href, lang)}."""
    nav = re.search(r'<nav aria-label="[^"]*">(.*?)</nav>', html, re.S).group(1)
    return {
        name: (href, lang) for href, lang, name in re.findall(r'<a href="([^"]*)" lang="([^"]*)"[^>]*>([^<]*)</a>', nav)
    }


@pytest.mark.parametrize("lang", PUBLIC_LANGUAGES)
def test_the_language_switch_keeps_the_procedure(client, procedure, lang):
    # A foreigner who scanned the code in the wrong language goes on reading the same procedure.
    procedure()
    links = switch(page(client, f"/tthc/{lang}/1.000105/"))
    assert links["中文"] == ("/tthc/zh/1.000105/", "zh-Hans")
    assert links["English"] == ("/tthc/en/1.000105/", "en")
    assert links["Tiếng Việt"] == ("/tthc/vi/1.000105/", "vi")
    assert len(links) == len(PUBLIC_LANGUAGES)


def test_the_language_switch_keeps_the_search(client, procedure):
    procedure()
    links = switch(page(client, "/tthc/en/?q=work+permit&field=Vi%E1%BB%87c+l%C3%A0m"))
    assert links["日本語"] == ("/tthc/ja/?q=work+permit&amp;field=Vi%E1%BB%87c+l%C3%A0m", "ja")
    assert switch(page(client, "/tthc/en/"))["한국어"] == ("/tthc/ko/", "ko")


def test_the_chinese_links_and_marks_use_the_pages_code(client, procedure):
    procedure()
    choose = page(client, "/tthc/")
    assert '<a href="/tthc/zh/" lang="zh-Hans"' in choose and 'lang="zh"' not in choose
    for url in ("/tthc/zh/", "/tthc/zh/1.000105/"):
        html = page(client, url)
        assert '<html lang="zh-Hans">' in html and 'lang="zh"' not in html, url
        assert '<span class="vi-mark" lang="zh-Hans">' in html, url
    assert '<span class="vi-mark" lang="zh-Hans">越南语</span>' in page(client, "/tthc/zh/1.000105/")
