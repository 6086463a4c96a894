"""One document, however a citation spells it: a space beside the slash or the dash, a dash's look-alike,
or the generic «Văn bản» for a letter already kept as a Công văn."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.legal_documents import normal_kind, normal_number
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


KEPT = "Công văn số 77/VP-HCQT ngày 15/01/2026 của Văn phòng UBND tỉnh về việc thử"


@pytest.mark.parametrize(
    "typed",
    [
        "Công văn số 77/VP-HCQT ngày 20/11/2026 của Văn phòng UBND tỉnh",  # another date of the year
        "Công văn số 77/VP-HCQT ngày 15/01/2026 của Sở Ngoại vụ",  # another issuer
    ],
)
def test_a_citation_of_a_kept_number_with_another_date_or_issuer_is_refused_saying_both(units, typed):
    kept = resolve_document(LegalDocument.from_citation(KEPT))
    with pytest.raises(ValidationError) as refused:
        LegalDocument.from_citation(typed)
    assert refused.value.messages == [
        "Sổ văn bản đã có Công văn số 77/VP-HCQT ngày 15/01/2026 của Văn phòng UBND tỉnh, khác với văn bản đã "
        f"ghi: {typed}. Sửa lại ngày ban hành, cơ quan ban hành đã ghi; nếu sổ "
        "văn bản ghi sai, sửa văn bản trong sổ trước."
    ]
    kept.refresh_from_db()
    assert (kept.issued_on, kept.issuer) == (date(2026, 1, 15), "Văn phòng UBND tỉnh")


@pytest.mark.parametrize(
    "typed",
    [
        "Công văn số 77/VP-HCQT ngày 15/01/2026 của Văn phòng UBND tỉnh",
        "Công văn số 77/VP-HCQT ngày 15/01/2026",  # no issuer: the kept one's
        "Công văn số 77/VP-HCQT của văn phòng UBND  tỉnh",  # no date, the issuer in another case
        "Công văn số 77/VP-HCQT ngày 15/01/2026 của Văn phòng Uỷ ban nhân dân tỉnh Quảng Ngãi",  # written out
    ],
)
def test_a_citation_agreeing_with_the_kept_document_or_leaving_a_part_blank_is_that_document(units, typed):
    kept = resolve_document(LegalDocument.from_citation(KEPT))
    assert resolve_document(LegalDocument.from_citation(typed)) == kept
    assert LegalDocument.objects.count() == 1


@pytest.mark.parametrize(
    ("typed", "number", "day", "issuer"),
    [
        ("Công văn số 30 /ubnd – kgvx ngày 10/3/2025 của UBND tỉnh", "30/UBND-KGVX", date(2025, 3, 10), "UBND tỉnh"),
        ("Công văn số 85/vp-hcqt ngày 02/02/2026", "85/VP-HCQT", date(2026, 2, 2), ""),
        ("Công văn số 12/SNgV – VP", "12/SNgV-VP", None, ""),
    ],
)
def test_a_typed_number_is_read_whole_and_a_code_in_lower_case_in_capitals(units, typed, number, day, issuer):
    document = LegalDocument.from_citation(typed)
    assert (document.number, document.issued_on, document.issuer) == (number, day, issuer)


EXAMPLE = "Ghi theo mẫu: Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Công văn 1353/SNgV-ĐN, 09/11/2025, Sở Ngoại vụ",
            "Không đọc được ngày «09/11/2025» trong văn bản đã ghi: ghi «ngày» trước ngày ban hành và «của» trước "
            "cơ quan ban hành, theo mẫu: Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh",
        ),
        (
            "Công văn số 30/UBND-KGVX ngày 10/3/25 của UBND tỉnh",
            "Ngày «10/3/25» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy.",
        ),
        (
            "Công văn số 30/UBND - Sở Ngoại vụ",
            f"Không đọc được phần «- Sở Ngoại vụ» của văn bản đã ghi. {EXAMPLE}",
        ),
    ],
)
def test_a_part_of_a_citation_left_unread_is_refused_naming_it(units, typed, said):
    with pytest.raises(ValidationError) as refused:
        LegalDocument.from_citation(typed)
    assert refused.value.messages == [said]


def test_a_kind_typed_in_another_case_is_the_same_kind_for_the_uniqueness_rule(units):
    LegalDocument.objects.create(doc_type="Công văn", number="77/VP-HCQT", issued_on=date(2025, 3, 1))
    twin = LegalDocument(doc_type="công văn", number="77/vp-hcqt", issued_on=date(2025, 5, 1))
    with pytest.raises(ValidationError) as refused:
        twin.full_clean()
    assert "Đã có văn bản cùng loại, cùng số, ký hiệu" in str(refused.value)
    assert (twin.doc_type, twin.number) == ("Công văn", "77/VP-HCQT")


@pytest.mark.parametrize(
    "typed",
    [
        "Quyết định số 08/QĐ-UBND ngày 03/01/2021 của Chủ tịch UBND tỉnh",  # the head who signs for it
        "Quyết định số 08/QĐ-UBND ngày 03/01/2021 của UBND",  # its code
    ],
)
def test_a_citation_naming_the_kept_issuer_otherwise_is_that_document(units, typed):
    kept = resolve_document(LegalDocument.from_citation("Quyết định số 08/QĐ-UBND ngày 03/01/2021 của UBND tỉnh"))
    assert resolve_document(LegalDocument.from_citation(typed)) == kept
    assert LegalDocument.objects.count() == 1


def test_a_dated_citation_is_the_dated_document_of_its_year_not_an_undated_one(units):
    undated = LegalDocument.objects.create(doc_type="Công văn", number="5/VP")
    dated = LegalDocument.objects.create(doc_type="Công văn", number="5/VP", issued_on=date(2021, 3, 10))
    assert LegalDocument.objects.kept_for(LegalDocument.from_citation("Công văn số 5/VP ngày 10/3/2021")) == dated
    assert resolve_document(LegalDocument.from_citation("Công văn số 5/VP ngày 10/3/2021")) == dated
    with pytest.raises(ValidationError) as refused:  # another day of that year: the dated one is told
        LegalDocument.from_citation("Công văn số 5/VP ngày 11/3/2021")
    assert refused.value.messages[0].startswith("Sổ văn bản đã có Công văn số 5/VP ngày 10/03/2021, khác với")
    undated.refresh_from_db()
    assert undated.issued_on is None and LegalDocument.objects.count() == 2


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("nghị quyết HĐND", "Nghị quyết HĐND"),
        ("NGHỊ QUYẾT", "Nghị quyết"),
        ("Bản ghi nhớ (MOU)", "Bản ghi nhớ (MOU)"),
        ("bản ghi nhớ", "Bản ghi nhớ"),
        ("công văn", "Công văn"),
        ("thư ngỏ", "Thư ngỏ"),
    ],
)
def test_a_kind_takes_the_registers_spelling_and_an_acronym_after_it_stays(typed, kept):
    assert normal_kind(typed) == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("123/qđ-ttg", "123/QĐ-TTg"), ("5/ttr-sngv", "5/TTr-SNGV"), ("7/2021/qđ-ubnd", "7/2021/QĐ-UBND")],
)
def test_a_code_typed_in_lower_case_takes_its_mixed_case_when_the_rules_write_it_so(typed, kept):
    assert normal_number(typed) == kept


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        (
            "Công văn số 5/VP ngày 10/3/2021 của Uỷ ban nhân dân tỉnh zzz 10/4/2021",
            "Văn bản đã ghi có thêm ngày «10/4/2021» sau ngày ban hành 10/03/2021: một văn bản chỉ có một ngày ban "
            f"hành. Bỏ ngày thừa, ghi theo mẫu: {EXAMPLE.removeprefix('Ghi theo mẫu: ')}",
        ),
        (
            "Công văn số 5/VP ngày 10/3/2021 10/4/2021",
            "Văn bản đã ghi có thêm ngày «10/4/2021» sau ngày ban hành 10/03/2021: một văn bản chỉ có một ngày ban "
            f"hành. Bỏ ngày thừa, ghi theo mẫu: {EXAMPLE.removeprefix('Ghi theo mẫu: ')}",
        ),
        (
            "Công văn số 5/VP của UBND tỉnh 10/4/2021",
            "Không đọc được ngày «10/4/2021» trong văn bản đã ghi: ghi «ngày» trước ngày ban hành và «của» trước "
            f"cơ quan ban hành, theo mẫu: {EXAMPLE.removeprefix('Ghi theo mẫu: ')}",
        ),
        (
            "Công văn số 5/VP ngày 10/3/2021 của UBND tỉnh 10/4/21",
            "Ngày «10/4/21» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy.",
        ),
    ],
)
def test_a_date_read_into_the_issuer_or_after_the_date_is_refused_saying_what_it_is(units, typed, said):
    with pytest.raises(ValidationError) as refused:
        LegalDocument.from_citation(typed)
    assert refused.value.messages == [said]
