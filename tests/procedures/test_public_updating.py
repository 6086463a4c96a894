"""A published translation whose Vietnamese changed goes back to a draft: the public pages show the Vietnamese
meanwhile, and say the translation is being updated, not that there is none (publishing.UPDATING)."""

import pytest

from ngoaivu.procedures.models import Translation

pytestmark = pytest.mark.django_db
PUB, DRAFT, MISSING = Translation.Status.PUBLISHED, Translation.Status.DRAFT, Translation.Status.MISSING
UPDATING = "The translation is being updated"
NOT_TRANSLATED = "Not yet translated – Vietnamese text"
VIETNAMESE = "Cấp giấy phép lao động cho người lao động nước ngoài làm việc tại Việt Nam"


@pytest.fixture
def changed(procedure):
    """A procedure published in English and in Korean, whose fees then change."""
    item = procedure()
    for lang, name in (("en", "Issuance of a work permit"), ("ko", "노동허가서 발급")):
        Translation.objects.create(procedure=item, language=lang, status=PUB, name=name, fees="600,000")
    item.fees = "900.000 đồng"
    item.save()
    assert item.drafted_translations == 2
    return item


def test_the_pages_say_the_translation_is_being_updated(client, changed):
    detail = client.get("/tthc/en/1.000105/").content.decode()
    assert f'<p class="vi-notice" role="note">{UPDATING}</p>' in detail and NOT_TRANSLATED not in detail
    assert VIETNAMESE in detail and "900.000 đồng" in detail  # the Vietnamese meanwhile, as it now reads
    assert "Issuance of a work permit" not in detail
    listed = client.get("/tthc/en/").content.decode()
    assert f'<span class="vi-mark" lang="en">{UPDATING}</span>' in listed and NOT_TRANSLATED not in listed
    # in the page's language, whichever it is
    assert "번역을 업데이트하는 중입니다" in client.get("/tthc/ko/").content.decode()
    # a language never translated says so still
    assert "尚未翻译 – 越南语原文" in client.get("/tthc/zh/1.000105/").content.decode()


def test_the_kiosk_and_the_qr_sheet_say_it_too(client, client_for, changed):
    (slide,) = client.get("/tthc/man-hinh/du-lieu.json").json()["procedures"]
    marks = {language["lang"]: (language["name"], language["mark"]) for language in slide["languages"]}
    assert marks["en"] == (VIETNAMESE, UPDATING)
    assert marks["zh"] == (VIETNAMESE, "尚未翻译 – 越南语原文")
    sheet = client_for("officer").get("/thu-tuc/ma-qr/", {"lang": "en"}).content.decode()
    assert f'<div class="vi-mark" lang="en">{UPDATING}</div>' in sheet


def test_published_again_it_is_shown_without_a_mark(client, changed):
    row = Translation.objects.get(language="en")
    row.fees, row.processing_time, row.field, row.agency = "900,000", "5 working days", "Employment", "Department"
    row.status = PUB
    row.save()
    html = client.get("/tthc/en/1.000105/").content.decode()
    assert "Issuance of a work permit" in html and UPDATING not in html and "vi-notice" not in html


def test_a_draft_never_published_or_a_withdrawn_translation_is_not_being_updated(client, procedure):
    procedure(translations={"en": (DRAFT, "Issuance of a work permit")})
    assert NOT_TRANSLATED in client.get("/tthc/en/").content.decode()
    row = Translation.objects.get()
    row.status = PUB
    row.save()
    row.status = MISSING  # withdrawn: no translation for the public
    row.save()
    html = client.get("/tthc/en/").content.decode()
    assert NOT_TRANSLATED in html and UPDATING not in html


def test_a_withdrawn_translation_drafted_anew_is_being_updated(client, procedure):
    """Withdrawn, then drafted again: a translation is on its way, whatever the reason it went."""
    procedure(translations={"en": (PUB, "Issuance of a work permit")})
    row = Translation.objects.get()
    row.status = MISSING
    row.save()
    row.status = DRAFT
    row.save()
    html = client.get("/tthc/en/1.000105/").content.decode()
    assert f'<p class="vi-notice" role="note">{UPDATING}</p>' in html and "Issuance of a work permit" not in html
    assert "new Vietnamese text" not in html  # the Vietnamese did not change: no reason is claimed
