"""One document number, one row, however it is typed: the register keeps the number's one spelling
(register_number) and its uniqueness rule compares the numbers whatever their case (core 0017)."""

import importlib
import io
from datetime import date

import openpyxl
import pytest
from django.apps import apps
from django.contrib.messages import get_messages
from django.core import checks
from django.core.exceptions import ValidationError

from ngoaivu.core.legal_documents import documents_to_merge
from ngoaivu.core.models import LegalDocument

pytestmark = pytest.mark.django_db

migration = importlib.import_module("ngoaivu.core.migrations.0017_document_number_key")
URL = "/so-theo-doi/van-ban/"


def kept(number="1821/VP-HCQT", doc_type="Công văn", year=2024):
    return LegalDocument.objects.create(
        doc_type=doc_type, number=number, issued_on=date(year, 8, 9), issuer="Văn phòng UBND tỉnh"
    )


def posted(client, number):
    data = {
        "doc_type": "Công văn",
        "number": number,
        "issued_on": "09/08/2024",
        "issuer": "Văn phòng UBND tỉnh",
        "summary": "",
        "status": "cited",
        "unit": "",
    }
    return client.post(f"{URL}them/", data)


@pytest.mark.parametrize("number", ["1821 /VP-HCQT", "1821 / VP-HCQT", "1821/VP–HCQT", "1821/vp-hcqt"])
def test_another_spelling_of_a_kept_number_is_refused_beside_the_number(client_for, units, number):
    kept()
    response = posted(client_for("officer"), number)
    assert response.status_code == 200
    assert "Đã có văn bản cùng loại, cùng số, ký hiệu" in " ".join(response.context["form"].errors["number"])
    assert LegalDocument.objects.count() == 1


def test_a_number_is_kept_in_its_one_spelling_and_the_person_is_told(client_for, units):
    client = client_for("officer")
    response = posted(client, "12/SNgV – VP")
    document = LegalDocument.objects.get()
    assert response.status_code == 302
    assert (document.number, document.number_key) == ("12/SNgV-VP", "12/sngv-vp")
    said = [str(message) for message in get_messages(response.wsgi_request)]
    assert said == ["Đã thêm văn bản. Số, ký hiệu được ghi theo dạng chuẩn: 12/SNgV-VP."]


def test_a_number_typed_in_its_one_spelling_is_saved_without_a_note(client_for, units):
    response = posted(client_for("officer"), "12/SNgV-VP")
    assert [str(message) for message in get_messages(response.wsgi_request)] == ["Đã thêm văn bản."]


def test_the_model_refuses_another_case_of_a_kept_number_wherever_it_is_saved(units):
    kept()
    again = LegalDocument(doc_type="Công văn", number="1821/vp – hcqt", issued_on=date(2024, 8, 9))
    with pytest.raises(ValidationError) as refused:
        again.full_clean()
    assert (
        "number" in refused.value.message_dict and again.number == "1821/VP-HCQT"
    )  # a code typed in lower case is kept in capitals
    assert LegalDocument(doc_type="Công văn", number="1821/vp-hcqt", issued_on=date(2023, 8, 9)).full_clean() is None


def test_a_citation_finds_the_kept_document_whatever_the_case_of_its_number(units):
    document = kept()
    assert list(LegalDocument.objects.cited_as(LegalDocument(doc_type="Công văn", number="1821/vp-hcqt"))) == [document]


def test_an_import_of_other_spellings_of_an_exported_number_adds_no_row(client_for, units):
    client = client_for("officer")
    kept()
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"{URL}xuat.xlsx").content))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    exported = [cell.value for cell in sheet[2]]
    sheet.delete_rows(2)
    for number in ("1821 / VP-HCQT", "1821/VP–HCQT", "1821/vp-hcqt"):
        row = list(exported)
        row[headers.index("Mã")] = None
        row[headers.index("Số, ký hiệu")] = number
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "van-ban.xlsx"
    response = client.post(f"{URL}nhap/", {"file": buffer})
    assert response.status_code == 200 and len(response.context["problems"]) == 3
    assert LegalDocument.objects.count() == 1


def test_the_migration_keys_the_kept_numbers_and_leaves_and_names_those_that_would_clash(units, capsys):
    def legacy(number, year=2024):
        # Kept as typed before this rule: written past save().
        row = kept(f"{number} tạm", year=year)
        LegalDocument.objects.filter(pk=row.pk).update(number=number, number_key=None)
        return row

    upper, lower, alone, spaced = legacy("1821/VP-HCQT"), legacy("1821/vp-hcqt"), legacy("5/VP"), legacy("7 /VP")
    migration.fill_keys(apps, None)
    keys = dict(LegalDocument.objects.values_list("pk", "number_key"))
    # The first of the clashing rows keeps its key, so that a third copy is still refused.
    assert keys == {upper.pk: "1821/vp-hcqt", lower.pk: None, alone.pk: "5/vp", spaced.pk: "7/vp"}
    assert LegalDocument.objects.get(pk=spaced.pk).number == "7/VP"
    # The report counts the rows left without a key, not the first, which it names as keeping it.
    assert capsys.readouterr().out.splitlines() == [
        "Số, ký hiệu văn bản: 01 văn bản chưa được đối chiếu trùng số vì số, ký hiệu là cách viết khác của "
        "một văn bản cùng loại, cùng năm ban hành; số, ký hiệu giữ nguyên, hãy xem lại và gộp vào văn bản đó "
        "(ngoaivu check --database default liệt kê lại):",
        f"  - Công văn năm 2024: «1821/VP-HCQT» (mã {upper.pk}) được đối chiếu; "
        f"chưa đối chiếu: «1821/vp-hcqt» (mã {lower.pk})",
    ]
    [warning] = documents_to_merge(databases=["default"])
    assert warning.level == checks.WARNING and f"Công văn «1821/vp-hcqt» (mã {lower.pk})" in warning.msg
    assert "1821/VP-HCQT" not in warning.msg and "5/VP" not in warning.msg
    with pytest.raises(ValidationError):  # a third spelling of it is refused
        LegalDocument(
            doc_type="Công văn", number="1821 / Vp-HCQT", issued_on=date(2024, 9, 1), issuer="Văn phòng UBND tỉnh"
        ).full_clean()
    # Edited, the one left is asked to be merged rather than saved beside the first.
    lower.refresh_from_db()
    with pytest.raises(ValidationError):
        lower.full_clean()


def test_the_migrations_report_counts_only_the_rows_left_without_a_key():
    groups = [
        [
            (9, "Công văn", "1821/vp-hcqt", 2024),
            (4, "Công văn", "1821/VP-HCQT", 2024),
            (7, "Công văn", "1821/Vp-hcqt", 2024),
        ],
        [(12, "Quyết định", "5/QĐ-ubnd", 2023), (11, "Quyết định", "5/QĐ-UBND", 2023)],
    ]
    header, *lines = migration.left_report(groups)
    assert header.startswith("Số, ký hiệu văn bản: 03 văn bản chưa được đối chiếu")
    assert lines == [
        "  - Công văn năm 2024: «1821/VP-HCQT» (mã 4) được đối chiếu; "
        "chưa đối chiếu: «1821/Vp-hcqt» (mã 7), «1821/vp-hcqt» (mã 9)",
        "  - Quyết định năm 2023: «5/QĐ-UBND» (mã 11) được đối chiếu; chưa đối chiếu: «5/QĐ-ubnd» (mã 12)",
    ]
    assert migration.left_report([]) == []


def test_a_template_citing_another_spelling_finds_the_document(db):
    from ngoaivu.reporting.context import citations

    kept()
    found = citations({"intro": "Thực hiện {cite:1821/vp-hcqt}, …"})
    assert found == {"1821/vp-hcqt": (LegalDocument.objects.get().citation(), "Công văn số 1821/VP-HCQT")}
