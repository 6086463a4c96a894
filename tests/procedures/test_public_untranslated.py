"""A procedure's public page in a language it is not (or not wholly) translated into: the field and the agency
as the catalogue names them in that language, one notice atop the page, a short mark on each text in
Vietnamese (publishing.Shown)."""

import re
from html import unescape

import pytest

from ngoaivu.procedures.models import Procedure, Translation

pytestmark = pytest.mark.django_db
PUB, DRAFT = Translation.Status.PUBLISHED, Translation.Status.DRAFT
ABTC, WORK = "2.001961", "1.004651"
NOTICE = "Not yet translated – Vietnamese text"
FIELD, AGENCY = "Foreign affairs", "Office of the Provincial People's Committee"


@pytest.fixture
def catalogue(procedure):
    """Two procedures of the same field and agency: the first translated into English, the second not."""
    translated = procedure(code=ABTC, name="Cho phép sử dụng thẻ ABTC", field="Ngoại vụ", agency="Văn phòng UBND tỉnh")
    Translation.objects.create(
        procedure=translated, language="en", status=PUB, name="Permission to use the ABTC", field=FIELD, agency=AGENCY
    )
    untranslated = procedure(
        code=WORK,
        name="Cho phép cơ quan, cá nhân nước ngoài làm việc với cơ quan của tỉnh",
        field="Ngoại vụ",
        agency="Văn phòng UBND tỉnh",
    )
    return translated, untranslated


def page(client, code, lang="en"):
    return client.get(f"/tthc/{lang}/{code}/").content.decode()


def text_of(html, key):
    """The <dd> of a field: (its class, its text without tags)."""
    match = re.search(rf'<dd class="({key}[^"]*)"[^>]*>(.*?)</dd>', html, re.S)
    return match.group(1), unescape(re.sub(r"<[^>]+>", "", match.group(2))).strip()


def test_the_field_and_agency_are_named_as_the_filters_name_them(client, catalogue):
    html = page(client, WORK)
    assert text_of(html, "field") == ("field", FIELD)
    assert text_of(html, "agency") == ("agency", AGENCY)
    # the filters of the list name them so
    listed = client.get("/tthc/en/").content.decode()
    assert '<option value="Ngoại vụ">Foreign affairs</option>' in listed
    assert '<option value="Văn phòng UBND tỉnh">Office of the Provincial People&#x27;s Committee</option>' in listed
    # the free texts, not translated, stay Vietnamese, each with a short mark
    assert text_of(html, "fees") == ("fees vi-fallback", "Vietnamese 600.000 đồng")
    assert text_of(html, "processing_time") == ("processing_time vi-fallback", "Vietnamese 05 ngày làm việc")


def test_the_untranslated_notice_is_said_once_atop_the_page(client, catalogue):
    html = page(client, WORK)
    assert html.count(NOTICE) == 1
    assert f'<p class="vi-notice" role="note">{NOTICE}</p>' in html
    assert html.index("vi-notice") < html.index('<h1 id="procedure-name"')
    # one discreet mark for each text in Vietnamese: the name, the time, the fees; none on the headings
    assert html.count('<span class="vi-mark" lang="en">Vietnamese</span>') == 3
    assert not re.search(r"<dt>[^<]*<span", html)


def test_a_translated_page_has_no_notice(client, catalogue):
    translated, _untranslated = catalogue
    Translation.objects.filter(procedure=translated).update(processing_time="5 working days", fees="VND 600,000")
    html = page(client, ABTC)
    assert "vi-notice" not in html and "vi-mark" not in html and "vi-fallback" not in html


def test_a_translation_leaving_texts_blank_says_so_once(client, catalogue):
    # translated but for its time and fees: its own names, the notice that some texts are Vietnamese
    html = page(client, ABTC)
    assert '<h1 id="procedure-name">Permission to use the ABTC</h1>' in html
    assert '<p class="vi-notice" role="note">Some texts are not yet translated and are shown in Vietnamese.</p>' in html
    assert NOTICE not in html and html.count('class="vi-mark"') == 2


def test_an_agency_no_translation_names_stays_vietnamese_marked(client, procedure, catalogue):
    procedure(code="1.000105", field="Ngoại vụ", agency="Sở Nội vụ")
    html = page(client, "1.000105")
    assert text_of(html, "field") == ("field", FIELD)
    assert text_of(html, "agency") == ("agency vi-fallback", "Vietnamese Sở Nội vụ")


def test_a_known_name_is_the_version_the_public_reads(client, catalogue):
    # a revision of the translated procedure renames its field: the public reads the published name still
    translated, _untranslated = catalogue
    row = Translation.objects.get(procedure=translated)
    row.field = "External relations"
    row.status = DRAFT
    row.save()
    assert row.published_text is not None
    assert text_of(page(client, WORK), "field") == ("field", FIELD)
    # a name only in a procedure that is not public is not a name the public pages know
    Procedure.objects.filter(pk=translated.pk).update(is_public=False)
    assert text_of(page(client, WORK), "field") == ("field vi-fallback", "Vietnamese Ngoại vụ")


def test_the_api_gives_the_known_names(client, catalogue):
    row = client.get(f"/api/public/procedures/{WORK}/", {"lang": "en"}).json()
    assert (row["field"], row["agency"]) == (FIELD, AGENCY)
    assert "field" not in row["vietnamese"] and "fees" in row["vietnamese"]
