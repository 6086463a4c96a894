"""core/issuers.py: the issuer a citation names had to exist on its date, whether it ended before or was created
after; a name two bodies bore in turn is judged by whichever existed then."""

from datetime import date

import pytest

from ngoaivu.core.issuers import issuer_problem, same_body
from ngoaivu.core.models import LegalDocument, Unit


def _problem(citation):
    return issuer_problem(LegalDocument.from_citation(citation))


def test_a_name_borne_in_turn_is_judged_by_the_body_of_the_day(units):
    old = Unit.objects.create(
        name="Sở Nội vụ", code="SNV-cu", parent=units["committee"], ended_on=date(2025, 3, 1), is_active=False
    )
    Unit.objects.create(name="Sở Nội vụ", code="SNV", parent=units["committee"], started_on=date(2025, 4, 1))
    assert _problem("Công văn số 1/SNV ngày 10/02/2025 của Sở Nội vụ") is None  # the old one
    assert _problem("Công văn số 2/SNV ngày 10/04/2025 của Sở Nội vụ") is None  # the new one
    # between the two: the body last in place is named, with its last day
    assert _problem("Công văn số 3/SNV ngày 15/03/2025 của Sở Nội vụ") == (
        "Sở Nội vụ chỉ hoạt động đến ngày 28/02/2025, nên không thể ban hành văn bản ngày 15/03/2025. "
        "Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
    )
    old.delete()
    assert _problem("Công văn số 3/SNV ngày 15/03/2025 của Sở Nội vụ") == (
        "Sở Nội vụ bắt đầu hoạt động từ ngày 01/04/2025, nên không thể ban hành văn bản ngày 15/03/2025. "
        "Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
    )


def test_a_body_created_on_the_letters_date_may_issue_it(units):
    units["vp"].started_on = date(2025, 3, 1)
    units["vp"].save()
    assert _problem("Công văn số 5/VP ngày 01/03/2025 của Văn phòng UBND tỉnh") is None
    assert _problem("Công văn số 5/VP ngày 28/02/2025 của Văn phòng UBND tỉnh") is not None


def test_a_body_is_named_by_its_code_or_with_the_head_who_signs_for_it(units):
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    for issuer in ("SNgV", "SNGV", "Giám đốc Sở Ngoại vụ", "Phó Giám đốc Sở Ngoại vụ"):
        said = _problem(f"Công văn số 8/SNgV-VP ngày 10/3/2025 của {issuer}")
        # named as the register names it, not as typed: «SNgV chỉ hoạt động …» would be no sentence
        assert said is not None and said.startswith("Sở Ngoại vụ chỉ hoạt động đến ngày 28/02/2025"), issuer
    assert _problem("Công văn số 9/VP ngày 10/3/2025 của Chánh Văn phòng UBND tỉnh") is None  # the Văn phòng's


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("Chủ tịch UBND tỉnh", "UBND tỉnh"),
        ("SNgV", "Sở Ngoại vụ"),
        ("sngv", "Sở Ngoại vụ tỉnh Quảng Ngãi"),
        ("Giám đốc Sở Ngoại vụ", "Sở Ngoại vụ"),
        ("Uỷ ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh"),
    ],
)
def test_one_body_however_an_issuer_is_written(units, written, kept):
    assert same_body(written, kept) and same_body(kept, written)


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("UBND tỉnh", "Sở Ngoại vụ"),
        ("SNgV", "Văn phòng UBND tỉnh"),
        ("Sở Ngoại vụ tỉnh Kon Tum", "Sở Ngoại vụ tỉnh Quảng Ngãi"),
    ],
)
def test_two_bodies_are_not_one(units, written, kept):
    assert not same_body(written, kept)
