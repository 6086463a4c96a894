"""Vietnamese typed decomposed (NFD) is stored composed (NFC): through a form, or any save of a model."""

import unicodedata

from ngoaivu.register.models import IncomingDelegation
from tests.register.rows import delegation_form

TITLE = "Đoàn Đại sứ quán Việt Nam tại Lào"


def test_a_title_typed_decomposed_is_stored_composed(client_for, units):
    typed = unicodedata.normalize("NFD", TITLE)
    assert typed != TITLE
    data = delegation_form(units, title=typed)
    assert client_for("officer").post("/so-theo-doi/doan-vao/them/", data).status_code == 302
    row = IncomingDelegation.objects.get()
    assert row.title == TITLE and row.history.get().title == TITLE
    row.notes = unicodedata.normalize("NFD", "Đã chuyển Công an tỉnh")
    row.save()
    row.refresh_from_db()
    assert row.notes == "Đã chuyển Công an tỉnh"


PASTED = "Đoàn\u00a0công tác\u200b  tại\tNhật Bản\x07"
CLEAN = "Đoàn công tác tại Nhật Bản"


def test_what_a_paste_brings_unseen_is_not_stored_through_a_form(client_for, units):
    data = delegation_form(units, title=PASTED, notes="Dòng một\u00a0\x07\r\nDòng\u200b hai")
    assert client_for("officer").post("/so-theo-doi/doan-vao/them/", data).status_code == 302
    row = IncomingDelegation.objects.get()
    assert row.title == CLEAN and row.notes == "Dòng một \nDòng hai"
    export = client_for("officer").get("/so-theo-doi/doan-vao/xuat.csv").content.decode("utf-8-sig")
    assert CLEAN in export and "\u00a0" not in export and "\x07" not in export


def test_nor_through_the_api_nor_an_import(api, units, client_for):
    from tests.register.test_import import good_row, upload

    response = api("officer").post(
        "/api/register/doan-ra/",
        {"title": PASTED, "countries": ["JP"], "start_date": "2021-05-02", "unit": units["sngv"].pk},
        format="json",
    )
    assert response.status_code == 201 and response.json()["title"] == CLEAN
    # A workbook holds no control character (openpyxl refuses them): the spaces that it does hold.
    assert upload(client_for("officer"), [good_row(title="Đoàn\u00a0Đại học\u200b\tKhon  Kaen")]).status_code == 302
    assert IncomingDelegation.objects.get().title == "Đoàn Đại học Khon Kaen"
