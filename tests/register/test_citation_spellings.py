"""One document, however a citation spells it: a space beside the slash or the dash, a dash's look-alike,
or the generic «Văn bản» for a letter already kept as a Công văn."""

import pytest

from ngoaivu.core.models import LegalDocument
from ngoaivu.reading.doc_numbers import register_number
from ngoaivu.register.forms import citation_problem, resolve_document

pytestmark = pytest.mark.django_db

LETTER = "Công văn số 1821/VP-HCQT ngày 09/8/2024 của Văn phòng UBND tỉnh"


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("1821 /VP-HCQT", "1821/VP-HCQT"),
        ("12 / 2009 / QĐ - UBND", "12/2009/QĐ-UBND"),
        ("12/SNgV–VP", "12/SNgV-VP"),
        ("22/NQ-TW", "22-NQ/TW"),
        ("06/2021/QĐ-UBND", "06/2021/QĐ-UBND"),
    ],
)
def test_the_register_keeps_one_spelling_of_a_number(written, kept):
    assert register_number(written) == kept


@pytest.mark.parametrize(
    "again",
    [
        "Công văn số 1821 /VP-HCQT ngày 09/8/2024 của Văn phòng UBND tỉnh",
        "Văn bản số 1821/VP-HCQT ngày 09/8/2024 của Văn phòng UBND tỉnh",
    ],
)
def test_another_spelling_of_a_kept_citation_is_the_same_document(units, again):
    first = resolve_document(LegalDocument.from_citation(LETTER))
    assert resolve_document(LegalDocument.from_citation(again)) == first
    assert LegalDocument.objects.count() == 1


def test_a_letter_first_kept_as_a_generic_text_takes_its_kind_when_named(units):
    generic = resolve_document(LegalDocument.from_citation(LETTER.replace("Công văn", "Văn bản")))
    assert generic.doc_type == "Văn bản"
    assert resolve_document(LegalDocument.from_citation(LETTER)) == generic
    generic.refresh_from_db()
    assert generic.doc_type == "Công văn" and LegalDocument.objects.count() == 1


@pytest.mark.parametrize("kind", ["Quyết định", "Văn bản"])
def test_an_undated_citation_of_a_number_kept_in_two_years_asks_for_the_date_whatever_kind_it_names(units, kind):
    for day in ("ngày 10/01/2021", "ngày 12/02/2022"):
        resolve_document(LegalDocument.from_citation(f"Quyết định số 08/QĐ-UBND {day} của UBND tỉnh"))
    text = f"{kind} số 08/QĐ-UBND của UBND tỉnh"
    problem = citation_problem(text, LegalDocument.from_citation(text))
    assert problem is not None and "2021, 2022" in str(problem) and "ghi thêm ngày ban hành" in str(problem)


def test_an_undated_generic_citation_of_a_number_kept_once_is_that_document(units):
    kept = resolve_document(LegalDocument.from_citation("Quyết định số 08/QĐ-UBND ngày 10/01/2021 của UBND tỉnh"))
    text = "Văn bản số 08/QĐ-UBND của UBND tỉnh"
    document = LegalDocument.from_citation(text)
    assert citation_problem(text, document) is None
    assert resolve_document(document) == kept
