"""The procedures' catalogue: the office keeps it, a code is a public address, a translation of an old
Vietnamese text goes back to a draft, and whoever changes a translation's text is its translator."""

import re

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.procedures.models import Procedure, Translation
from tests.procedures.conftest import opened

PUBLISHED, DRAFT = Translation.Status.PUBLISHED, Translation.Status.DRAFT
FORM = "/so-theo-doi/thu-tuc-hanh-chinh/them/"


def fields(code, unit_pk):
    return {
        "code": code,
        "name": "Cấp thẻ tạm trú",
        "field": "Xuất nhập cảnh",
        "agency": "Công an tỉnh",
        "processing_time": "05 ngày làm việc",
        "online_level": "partial",
        "unit": unit_pk,
    }


@pytest.mark.parametrize(
    "code",
    ["1/2", "A B", "..", "x?y#z", "١.٠٠٠١٠٥", "<b>x</b>", "1.", ".1", "1.0001", "1.000105a", "01.000105",
     "1.0001066", "BNG-123", "1.001234.000.00.00"],
)  # fmt: skip
def test_a_code_that_cannot_be_a_public_address_is_refused_beside_the_field(client_for, units, code):
    response = client_for("officer").post(FORM, fields(code, units["sngv"].pk))
    assert response.status_code == 200
    assert "Mã thủ tục ghi như trên Cơ sở dữ liệu quốc gia về thủ tục hành chính" in response.content.decode()
    assert not Procedure.objects.exists()


@pytest.mark.parametrize("code", ["1.000105", "2.000205", "1.001234.000.00.00.H47"])
def test_the_national_codes_are_taken(client_for, units, code):
    response = client_for("officer").post(FORM, fields(code, units["sngv"].pk))
    assert response.status_code == 302 and Procedure.objects.get().code == code


def test_a_code_pasted_with_an_invisible_character_is_taken_without_it(client_for, units):
    response = client_for("officer").post(FORM, fields("1.000105\u200b", units["sngv"].pk))
    assert response.status_code == 302 and Procedure.objects.get().code == "1.000105"


def test_a_code_imported_with_a_space_tab_or_no_break_space_around_it_is_taken_trimmed(client_for, units):
    from tests.register.test_import import saved, template

    client = client_for("officer")
    book = template(client, "thu-tuc-hanh-chinh")
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    example = [cell.value for cell in sheet[2]]
    sheet.delete_rows(2)  # the example row
    example[headers.index("Mã")] = None
    for code in ("1.004651 ", "1.004652\t", "\u00a01.004653\u00a0"):
        example[headers.index("Mã thủ tục")] = code
        example[headers.index("Tên thủ tục")] = f"Thủ tục {code.strip()}"
        sheet.append(example)
    response = client.post("/so-theo-doi/thu-tuc-hanh-chinh/nhap/", {"file": saved(book)})
    assert response.status_code == 302, response.context and response.context.get("problems")
    assert sorted(Procedure.objects.values_list("code", flat=True)) == ["1.004651", "1.004652", "1.004653"]


def test_a_code_saved_before_the_check_never_breaks_the_public_pages(client, procedure):
    procedure(code="1.000105", translations={"en": (PUBLISHED, "Work permit")})
    Procedure.objects.create(  # as an older version let it in
        unit=procedure(code="1.000106").unit, code="1/2", name="Thủ tục cũ", field="Việc làm", agency="Sở"
    )
    for url in ("/tthc/vi/", "/tthc/en/", "/api/public/procedures/?lang=en", "/tthc/man-hinh/du-lieu.json"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert "Thủ tục cũ" not in response.content.decode()


def test_a_unit_reporter_neither_adds_nor_publishes_procedures(client_for, api, procedure, units):
    item = procedure(unit="dh")
    reporter = client_for("other_reporter")
    assert reporter.get(FORM).status_code == 403
    assert reporter.get("/so-theo-doi/thu-tuc-hanh-chinh/nhap/").status_code == 403
    response = reporter.post(f"/thu-tuc/{item.pk}/en/", {"name": "Work permit", "status": "published"})
    assert response.status_code == 403 and not Translation.objects.exists()
    page = reporter.get(f"/thu-tuc/{item.pk}/en/").content.decode()
    inputs = re.findall(r"<textarea[^>]*>|<select name=\"status\"[^>]*>", page)
    assert "Bạn chỉ được xem bản dịch" in page and inputs and all("disabled" in tag for tag in inputs)
    created = api("other_reporter").post(
        "/api/register/thu-tuc-hanh-chinh/", {**fields("5.555555", units["dh"].pk)}, format="json"
    )
    assert created.status_code == 403 and Procedure.objects.count() == 1
    assert client_for("officer").get(FORM).status_code == 200


def test_a_change_of_the_vietnamese_text_sends_its_published_translations_back_to_drafts(procedure, users):
    item = procedure(translations={"en": (PUBLISHED, "Work permit"), "ja": (DRAFT, "労働許可")})
    Translation.objects.filter(language="en").update(reviewer=users["officer"])
    item.agency = "Sở Nội vụ"  # only a detail of the catalogue's own columns
    item.online_level = Procedure.OnlineLevel.FULL
    item.save()
    assert Translation.objects.get(language="en").status == DRAFT  # agency is a translated text
    Translation.objects.filter(language="en").update(status=PUBLISHED)
    item.online_level = Procedure.OnlineLevel.NONE  # not a text: the translation holds
    item.save()
    assert Translation.objects.get(language="en").status == PUBLISHED
    item.fees = "1.500.000 đồng/giấy phép"
    item.save()
    english = Translation.objects.get(language="en")
    assert (english.status, english.published_on, english.reviewer) == (DRAFT, None, None)


def test_whoever_changes_a_published_text_is_its_translator_and_a_refused_save_shows_the_stored_status(
    client_for, procedure, users
):
    item = procedure(translations={"en": (PUBLISHED, "Work permit")})
    Translation.objects.update(reviewer=users["admin"])
    client = client_for("officer")
    client.post(f"/thu-tuc/{item.pk}/en/", {"name": "Work permit (new)", "status": "published", **opened(item)})
    changed = Translation.objects.get()
    assert (changed.translator, changed.reviewer, changed.status) == (users["officer"], None, DRAFT)
    Translation.objects.update(name="")  # a draft without a name, published by another: refused for that
    page = client_for("admin").post(f"/thu-tuc/{item.pk}/en/", {"name": "", "status": "published", **opened(item)})
    page = page.content.decode()
    assert "Bản dịch đã hiệu đính hoặc công bố phải có tên thủ tục." in page
    assert "Trạng thái: <strong>Bản nháp</strong>" in page
    with pytest.raises(ValidationError) as refused:
        Procedure(code="1/2").full_clean()
    assert "code" in refused.value.message_dict  # the code itself, not only the fields left empty
    with pytest.raises(ValidationError) as refused:
        Procedure(code="1.000999").full_clean()
    assert "code" not in refused.value.message_dict


def test_a_procedure_not_yet_marked_public_is_nowhere_for_foreigners(client, procedure):
    shown = procedure(code="1.000105", translations={"en": (PUBLISHED, "Work permit")})
    hidden = procedure(code="1.000106", name="Thủ tục đang nhập", translations={"en": (PUBLISHED, "Half done")})
    Procedure.objects.filter(pk=hidden.pk).update(is_public=False)
    for url in ("/tthc/vi/", "/tthc/en/", "/api/public/procedures/?lang=en", "/tthc/man-hinh/du-lieu.json"):
        page = client.get(url).content.decode()
        assert shown.code in page and hidden.code not in page and "Half done" not in page, url
    assert client.get("/tthc/en/1.000106/").status_code == 404
    missing = client.get("/tthc/en/1.000106/qr.png")
    assert missing.status_code == 404 and "This procedure was not found" in missing.content.decode()


def test_the_public_api_answers_errors_in_the_language_asked_for(client, procedure):
    procedure(translations={"en": (PUBLISHED, "Work permit")})
    english = client.get("/api/public/procedures/", {"lang": "en", "q": "a\x00b"})
    assert english.status_code == 400 and "Null characters are not allowed." in english.content.decode()
    vietnamese = client.get("/api/public/procedures/", {"q": "a\x00b"})
    assert vietnamese.status_code == 400 and "Null characters are not allowed." not in vietnamese.content.decode()


def test_the_save_message_says_how_many_translations_went_back_to_drafts(client_for, procedure):
    item = procedure(
        translations={
            "en": (PUBLISHED, "Work permit"),
            "zh": (Translation.Status.REVIEWED, "工作许可证"),
            "ja": (DRAFT, "労働許可"),
        }
    )
    client = client_for("officer")
    url = f"/so-theo-doi/thu-tuc-hanh-chinh/{item.pk}/sua/"

    def save(**changes):
        form = client.get(url).context["form"]
        data = {name: value for name, value in form.initial.items() if value is not None}
        data.update({"unit": item.unit_id, **changes})
        return client.post(url, data, follow=True).content.decode()

    page = save(fees="1.500.000 đồng/giấy phép")
    assert (
        "Đã lưu thay đổi. 02 bản dịch đã hiệu đính hoặc công bố chuyển về bản nháp để rà soát lại theo nội dung mới."
        in page
    )
    page = save(online_level="full")  # not a translated text: nothing goes back
    assert "Đã lưu thay đổi." in page and "chuyển về bản nháp" not in page
    # Bringing back the old fees changes the Vietnamese too, and says so.
    Translation.objects.filter(language="en").update(status=PUBLISHED)
    first = item.history.order_by("history_date").first()
    url = f"/so-theo-doi/thu-tuc-hanh-chinh/khoi-phuc/{first.history_id}/"
    confirmed = {"confirmed": "1", **client.get(url).context["hidden"]}
    page = client.post(url, confirmed, follow=True).content.decode()
    assert "01 bản dịch đã hiệu đính hoặc công bố chuyển về bản nháp" in page


def test_the_staff_catalogues_search_is_the_register_lists_one(client_for, procedure):
    """The staff search the procedures (their catalogue is a register list; the translations' page has no
    search): the box carries the limit, a longer search sent by hand is refused beside it, as on /tthc/."""
    procedure(code="1.000105", name="Cấp giấy phép lao động")
    client = client_for("officer")
    page = client.get("/so-theo-doi/thu-tuc-hanh-chinh/").content.decode()
    assert re.search(r'<input[^>]*name="q"[^>]*maxlength="200"', page)
    response = client.get("/so-theo-doi/thu-tuc-hanh-chinh/", {"q": "giấy phép" + " " * 200 + "lao động"})
    assert response.status_code == 200 and response.context["rows"] == []
    assert "Nội dung tìm kiếm chỉ được dài tối đa 200 ký tự (đang có 217 ký tự)" in response.content.decode()
