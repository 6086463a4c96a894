"""Units, users and legal documents: the rules the database and the models keep."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ngoaivu.core.models import LegalDocument, Role, Unit, User


def test_a_unit_cannot_sit_under_its_own_descendant(units):
    province = units["province"]
    province.parent = units["sngv"]
    with pytest.raises(ValidationError) as error:
        province.full_clean()
    assert "parent" in error.value.message_dict


def test_unit_codes_are_unique(units):
    with pytest.raises(IntegrityError), transaction.atomic():
        Unit.objects.create(name="Sở Ngoại vụ (trùng)", code="SNgV")


def test_a_reporter_must_belong_to_a_unit(db):
    user = User(username="x", role=Role.REPORTER)
    with pytest.raises(ValidationError):
        user.full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        user.save()


def test_citation_round_trip(db):
    document = LegalDocument.from_citation("Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh")
    assert (document.doc_type, document.number, document.issued_on, document.issuer) == (
        "Quyết định", "06/2021/QĐ-UBND", date(2021, 3, 18), "UBND tỉnh")
    assert document.citation() == "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh"
    assert LegalDocument.from_citation("không có văn bản nào") is None


def test_party_document_citation_keeps_its_style(db):
    document = LegalDocument.from_citation("Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị")
    assert document.number == "22-NQ/TW"
    assert document.citation() == "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị"


def test_the_same_number_cannot_be_registered_twice(db):
    LegalDocument.objects.create(doc_type="Công văn", number="1353/SNgV-ĐN", issued_on=date(2023, 11, 9))
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocument.objects.create(doc_type="Công văn", number="1353/SNgV-ĐN")
