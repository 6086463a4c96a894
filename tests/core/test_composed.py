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
