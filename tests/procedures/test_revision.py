"""A revision of a published translation: foreigners keep reading the version published until the revision
is reviewed and published by another; a change of the Vietnamese, or a withdrawal, takes it off."""

import json

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.test import Client

from ngoaivu.procedures.models import Translation
from tests.procedures.conftest import opened

MISSING, DRAFT = Translation.Status.MISSING, Translation.Status.DRAFT
REVIEWED, PUBLISHED = Translation.Status.REVIEWED, Translation.Status.PUBLISHED
TEXT = {"name": "Issuance of a work permit", "field": "Employment", "fees": "VND 600,000"}
TITLE = '<h1 id="procedure-name">Issuance of a work permit'  # translated, without the Vietnamese mark
OLD_FEES, NEW_FEES = '<dd class="fees">VND 600,000</dd>', '<dd class="fees">VND 900,000</dd>'
VIETNAMESE_FEES = (
    '<dd class="fees vi-fallback" lang="vi"><span class="vi-mark" lang="en">Vietnamese</span> 600.000 đồng</dd>'
)
KEPT = "Bản đã công bố ngày 01/09/2021 vẫn hiển thị cho công chúng cho đến khi bản sửa được hiệu đính và công bố."
PAGE = "/tthc/en/1.000105/"


def post(client, item, status, **text):
    return client.post(f"/thu-tuc/{item.pk}/en/", {**opened(item), **TEXT, **text, "status": status}, follow=True)


def public(path=PAGE):
    return Client().get(path).content.decode()


@pytest.fixture
def revised(client_for, procedure, clock):
    """A translation written by the officer, published by the administrator on 01/09/2021, whose fees the
    officer corrects on 15/09/2021."""
    clock(2021, 9, 1)
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    post(client_for("admin"), item, PUBLISHED)
    clock(2021, 9, 15)
    page = post(client_for("officer"), item, PUBLISHED, fees="VND 900,000").content.decode()
    return item, page


def test_the_published_text_stays_public_while_its_revision_is_drafted(revised, client_for):
    item, page = revised
    row = Translation.objects.get()
    assert (row.status, row.published_on, row.kept_since.isoformat()) == (DRAFT, None, "2021-09-01")
    assert (
        "Nội dung đã thay đổi nên bản dịch chuyển về bản nháp; cần một người khác hiệu đính trước khi công bố. "
        "Cho đến khi đó, trang công khai vẫn hiển thị bản đã công bố ngày 01/09/2021." in page
    )
    assert KEPT in page and "Trạng thái: <strong>Bản nháp</strong>" in page
    overview = client_for("officer").get("/thu-tuc/").content.decode()
    assert 'Bản nháp</a><div class="help kept-public">Công khai bản ngày 01/09/2021</div>' in overview
    detail = public()
    assert TITLE in detail and OLD_FEES in detail and "VND 900,000" not in detail
    assert "Issuance of a work permit" in public("/tthc/en/?q=work+permit")
    assert "Employment" in public("/tthc/en/")
    api = json.loads(public("/api/public/procedures/1.000105/?lang=en"))
    assert (api["translated"], api["name"], api["fees"]) == (True, "Issuance of a work permit", "VND 600,000")
    assert "fees" not in api["vietnamese"]
    kiosk = json.loads(public("/tthc/man-hinh/du-lieu.json"))["procedures"]
    assert [(language["lang"], language["name"]) for language in kiosk[0]["languages"]][0] == (
        "en",
        "Issuance of a work permit",
    )
    sheet = client_for("officer").get("/thu-tuc/ma-qr/", {"lang": "en"}).content.decode()
    assert "Issuance of a work permit" in sheet
    # Saved again, or marked reviewed by another, the revision still waits: the old text stays public.
    post(client_for("officer"), item, DRAFT, fees="VND 900.000")
    post(client_for("admin"), item, REVIEWED, fees="VND 900.000")
    assert Translation.objects.get().status == REVIEWED and OLD_FEES in public()
    assert KEPT in client_for("officer").get(f"/thu-tuc/{item.pk}/en/").content.decode()


def test_the_revision_replaces_it_once_published_by_another(revised, client_for, users):
    item, _page = revised
    refused = post(client_for("officer"), item, PUBLISHED, fees="VND 900,000").content.decode()
    assert "cần một người khác hiệu đính" in refused and OLD_FEES in public()
    page = post(client_for("admin"), item, PUBLISHED, fees="VND 900,000").content.decode()
    row = Translation.objects.get()
    assert (row.status, row.reviewer, row.published_text) == (PUBLISHED, users["admin"], None)
    assert row.published_on.isoformat() == "2021-09-15" and KEPT not in page
    detail = public()
    assert TITLE in detail and NEW_FEES in detail and "VND 600,000" not in detail


def test_a_change_of_the_vietnamese_takes_the_old_translation_off(revised):
    item, _page = revised
    item.processing_time = "03 ngày làm việc"
    item.save()
    assert item.drafted_translations == 1
    row = Translation.objects.get()
    assert (row.status, row.published_text) == (DRAFT, None)
    detail = public()
    assert "VND 600,000" not in detail and "Issuance of a work permit" not in detail and VIETNAMESE_FEES in detail
    # the kiosk as the list: its Vietnamese, marked as a translation being updated (publishing.UPDATING)
    (slide,) = json.loads(public("/tthc/man-hinh/du-lieu.json"))["procedures"]
    english = slide["languages"][0]
    assert (english["lang"], english["name"], english["mark"]) == (
        "en",
        item.name,
        "The translation is being updated",
    )
    assert "Issuance" not in public("/tthc/en/?q=issuance")


def test_choosing_not_translated_withdraws_it_and_the_page_says_how(revised, client_for):
    item, _page = revised
    page = client_for("officer").get(f"/thu-tuc/{item.pk}/en/").content.decode()
    assert "Muốn gỡ bản dịch khỏi trang công khai, chọn trạng thái «Chưa dịch» rồi lưu." in page
    post(client_for("officer"), item, MISSING, fees="VND 900,000")
    assert Translation.objects.get().published_text is None
    assert "VND 600,000" not in public() and VIETNAMESE_FEES in public()


def test_a_status_chosen_below_published_keeps_the_text_public(client_for, procedure):
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    post(client_for("admin"), item, PUBLISHED)
    post(client_for("admin"), item, DRAFT)  # reopened for a revision, the text unchanged
    assert Translation.objects.get().status == DRAFT and TITLE in public() and OLD_FEES in public()


def test_the_database_keeps_a_published_version_only_beside_a_revision(revised):
    row = Translation.objects.get()
    for status in (PUBLISHED, MISSING):
        with pytest.raises(IntegrityError), transaction.atomic():
            Translation.objects.filter(pk=row.pk).update(status=status)
    with pytest.raises(IntegrityError), transaction.atomic():
        Translation.objects.filter(pk=row.pk).update(published_text={"name": "Work permit"})
    # No form writes it: a stale copy saved later keeps what the database holds.
    stale = Translation.objects.get()
    stale.published_text = None
    stale.save()
    assert Translation.objects.get().kept_since.isoformat() == "2021-09-01"


def test_a_row_with_a_kept_version_validates_whole(revised, users):
    row = Translation.objects.get()
    row.changed_by = users["admin"]
    row.full_clean()  # the kept version's rules are decided by the database's own query, and hold
    row.status = PUBLISHED
    row.published_text = {"name": "Work permit"}
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert "published_text" in refused.value.message_dict and "status" in refused.value.message_dict
