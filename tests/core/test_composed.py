"""Vietnamese typed decomposed (NFD) is stored composed (NFC): through a form, or any save of a model."""

import unicodedata
from datetime import date

from django import forms
from django.contrib.auth import get_user_model
from django.urls import get_resolver, reverse

from ngoaivu.core.composed import SECRET_FIELDS, ComposedInput
from ngoaivu.core.forms import StoredTextMixin
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


# A unique name typed with two spaces is joined on saving: checked joined, it is refused beside its field
# as a name already given, by a form, the administration pages, the API and an import alike, never by the
# database (a server error, or a message naming no field).
DOCUMENT_TAKEN = "Đã có văn bản cùng loại, cùng số, ký hiệu trong năm ban hành này"


def kept_decision():
    from ngoaivu.core.models import LegalDocument

    return LegalDocument.objects.create(doc_type="Quyết định", number="06/QĐ-UBND", issued_on=date(2021, 3, 18))


def document_form(units):
    return {
        "doc_type": "Quyết  định",
        "number": "06/QĐ-UBND",
        "issued_on": "18/03/2021",
        "issuer": "",
        "summary": "",
        "status": "cited",
        "unit": units["sngv"].pk,
    }


def test_a_unit_name_typed_with_two_spaces_is_refused_as_a_name_already_given(client_for, units):
    page = client_for("admin").post(
        reverse("admin:core_unit_add"),
        {
            "name": "Trường Đại học  Phạm Văn Đồng",
            "code": "DHPVD2",
            "kind": "university",
            "reporting_convention": "calendar",
            "is_active": "on",
            **{
                f"{prefix}-{key}": value
                for prefix in ("predecessor_links", "successor_links")
                for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
            },
        },
    )
    assert page.status_code == 200
    assert page.context["adminform"].form.errors["name"] == [
        "Đã có đơn vị mang tên chính thức này; vui lòng kiểm tra lại tên đơn vị."
    ]


def test_a_document_typed_with_two_spaces_is_refused_beside_its_number(client_for, units):
    kept_decision()
    response = client_for("officer").post("/so-theo-doi/van-ban/them/", document_form(units))
    assert response.status_code == 200
    assert DOCUMENT_TAKEN in response.context["form"].errors["number"][0]


def test_and_so_by_the_api_and_an_import(api, units, client_for):
    from ngoaivu.core.models import LegalDocument
    from tests.register.test_import import saved, template

    kept_decision()
    payload = {"doc_type": "Quyết  định", "number": "06/QĐ-UBND", "issued_on": "2021-03-18", "status": "cited"}
    response = api("officer").post("/api/register/van-ban/", payload, format="json")
    assert response.status_code == 400 and DOCUMENT_TAKEN in response.json()["number"][0]

    client = client_for("officer")
    book = template(client, "van-ban")
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    row = [None] * len(headers)
    typed = {"Loại văn bản": "Quyết  định", "Số, ký hiệu": "06/QĐ-UBND", "Ngày ban hành": "18/03/2021"}
    for label, value in {**typed, "Cơ quan ban hành": "UBND tỉnh"}.items():  # not a copy of the row kept
        row[headers.index(label)] = value
    sheet.delete_rows(2)  # the example row
    sheet.append(row)
    problems = client.post("/so-theo-doi/van-ban/nhap/", {"file": saved(book)}).context["problems"]
    assert len(problems) == 1 and problems[0][1] == "Số, ký hiệu" and problems[0][2].startswith(DOCUMENT_TAKEN)
    assert LegalDocument.objects.count() == 1


def test_a_token_label_and_its_library_are_stored_as_typed(client_for, users):
    from ngoaivu.core.models import SigningToken

    typed = {"module": "/opt/VNPT  CA/libpkcs11.so", "token_label": "VNPT  CA", "key_label": "Ký  số"}
    response = client_for("admin").post(
        reverse("admin:core_signingtoken_add"), {"user": users["leader"].pk, "unit": "", **typed}
    )
    assert response.status_code == 302
    token = SigningToken.objects.get()
    assert (token.module, token.token_label, token.key_label) == tuple(typed.values())
    token.token_label = unicodedata.normalize("NFD", "Thiết  bị ")
    token.save()
    token.refresh_from_db()
    assert token.token_label == "Thiết  bị "  # only composed


def all_forms(cls=forms.BaseForm):
    for sub in cls.__subclasses__():
        yield sub
        yield from all_forms(sub)


def test_every_model_form_checks_its_text_as_stored():
    """Every ModelForm of the project and of its models' administration pages: the User's are Django's,
    and a username allows no space."""
    from django.contrib import admin

    get_resolver().url_patterns  # every view's module, and so every form, imported
    ours = [form for form in all_forms() if form.__module__.startswith("ngoaivu.")]
    model_forms = [form for form in ours if issubclass(form, forms.BaseModelForm)]
    for model_admin in admin.site._registry.values():
        if model_admin.model.__module__.startswith("ngoaivu.") and model_admin.model is not get_user_model():
            model_forms += [model_admin.form, *(inline.form for inline in model_admin.inlines)]
    assert len(model_forms) > 10
    assert [form for form in model_forms if not issubclass(form, StoredTextMixin)] == []


def test_every_password_box_is_named_among_the_secrets():
    """A secret's spaces are what was typed: ComposedInput only composes the fields SECRET_FIELDS names."""
    get_resolver().url_patterns  # every view's module, and so every form, imported
    boxes = {
        (form.__name__, name)
        for form in all_forms()
        for name, field in getattr(form, "base_fields", {}).items()
        if isinstance(field.widget, forms.PasswordInput)
    }
    assert {("SignForm", "pin"), ("LoginForm", "password"), ("PasswordChangeForm", "old_password")} <= boxes
    assert {name for _form, name in boxes} <= SECRET_FIELDS


def test_a_secret_is_only_composed(rf):
    seen = {}
    request = rf.post("/", {"sign-pin": " 12\u00a034 ", "passphrase": "a\tb", "title": " a\u00a0b "})
    ComposedInput(lambda request: seen.update(request.POST.dict()))(request)
    assert seen == {"sign-pin": " 12\u00a034 ", "passphrase": "a\tb", "title": " a b "}
