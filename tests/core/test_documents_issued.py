"""«Tham mưu ban hành» counts what the province issued on the unit's advice, never the unit's own
notice or letter, which is a figure of its own."""

from datetime import date

import pytest

from ngoaivu.core.models import LegalDocument
from ngoaivu.pure.period_parsing import parse
from ngoaivu.reading.unit_names import issued_by
from ngoaivu.register.engine import evaluate

NAMES = ("Sở Ngoại vụ tỉnh Quảng Ngãi", "Sở Ngoại vụ")


@pytest.mark.parametrize(
    ("issuer", "number", "own"),
    [
        ("Sở Ngoại vụ", "331/TB-SNgV", True),
        ("", "49/SNgV-HTQT", True),  # a letter: the unit's code before its division's
        ("SỞ NGOẠI VỤ TỈNH QUẢNG NGÃI", "", True),
        ("Sở Ngoại vụ tỉnh Kon Tum", "", False),  # another province's Sở
        ("Sở Ngoại vụ tỉnh Kon Tum", "88/SNgV-VP", False),  # whose symbol is the same
        ("Giám đốc Sở Ngoại vụ", "39/QĐ-SNgV", True),
        ("Chủ tịch UBND tỉnh", "541/QĐ-UBND", False),
        ("UBND tỉnh", "06/2021/QĐ-UBND", False),
        ("", "", False),
    ],
)
def test_a_document_is_the_units_own_by_its_number_or_issuer(issuer, number, own):
    assert issued_by(issuer, number, "SNgV", NAMES) is own


def test_only_what_the_province_issued_is_counted_as_advised(units):
    unit = units["sngv"]
    issued = {"status": "issued", "unit": unit, "issued_on": date(2021, 5, 10)}
    LegalDocument.objects.create(doc_type="Quyết định", number="541/QĐ-UBND", issuer="Chủ tịch UBND tỉnh", **issued)
    LegalDocument.objects.create(doc_type="Thông báo", number="331/TB-SNgV", issuer="Sở Ngoại vụ", **issued)
    letter = LegalDocument.objects.create(doc_type="Công văn", number="49/SNgV-HTQT", issuer="", **issued)
    figures = evaluate(["documents_issued", "documents_own"], parse("2021-05"), [unit.pk])
    assert figures["documents_issued"]["count"].period == 1
    assert figures["documents_own"]["count"].period == 2
    assert letter.issued_by_unit
    # Corrected to the document the Sở drafted for the committee: counted as advised from then on.
    letter.number, letter.issuer = "52/QĐ-UBND", "UBND tỉnh"
    letter.save()
    figures = evaluate(["documents_issued", "documents_own"], parse("2021-05"), [unit.pk])
    assert (figures["documents_issued"]["count"].period, figures["documents_own"]["count"].period) == (2, 1)


def test_the_officer_sees_which_documents_are_the_units_own(units, client_for, api):
    own = LegalDocument.objects.create(
        doc_type="Thông báo", number="331/TB-SNgV", issuer="Sở Ngoại vụ", status="issued", unit=units["sngv"]
    )
    page = client_for("officer").get(f"/so-theo-doi/van-ban/{own.pk}/")
    assert ("văn bản của chính đơn vị", "Có") in [(str(label), value) for label, value, _url in page.context["fields"]]
    listed = api("officer").get("/api/register/van-ban/").json()["results"]
    assert [row["issued_by_unit"] for row in listed] == [True]
    # Derived, never written: a PATCH that says otherwise changes nothing.
    api("officer").patch(f"/api/register/van-ban/{own.pk}/", {"issued_by_unit": False}, format="json")
    own.refresh_from_db()
    assert own.issued_by_unit


def test_a_units_new_code_is_followed_by_its_documents(units):
    unit = units["sngv"]
    document = LegalDocument.objects.create(doc_type="Công văn", number="12/NGV-HTQT", status="issued", unit=unit)
    assert not document.issued_by_unit
    unit.code = "NGV"
    unit.save()
    document.refresh_from_db()
    assert document.issued_by_unit


def test_a_units_save_that_keeps_its_code_and_names_leaves_its_documents_alone(units):
    unit = units["sngv"]
    document = LegalDocument.objects.create(doc_type="Công văn", number="12/NGV-HTQT", status="issued", unit=unit)
    LegalDocument.objects.filter(pk=document.pk).update(issued_by_unit=True)  # as an earlier code made it
    unit.save()
    document.refresh_from_db()
    assert document.issued_by_unit
    unit.short_name = "Sở NV"
    unit.save()
    document.refresh_from_db()
    assert not document.issued_by_unit
