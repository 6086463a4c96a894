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
        "Quyết định",
        "06/2021/QĐ-UBND",
        date(2021, 3, 18),
        "UBND tỉnh",
    )
    assert document.citation() == "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh"
    assert LegalDocument.from_citation("không có văn bản nào") is None


def test_party_document_citation_keeps_its_style(db):
    document = LegalDocument.from_citation("Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị")
    assert document.number == "22-NQ/TW"
    assert document.citation() == "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị"
    # the reader quotes a report's "22/NQ-TW" as written; the register keeps the document by its own number
    typed = LegalDocument.from_citation("Nghị quyết số 22/NQ-TW ngày 10/4/2013 của Bộ Chính trị")
    assert typed.number == "22-NQ/TW"


def test_the_same_number_cannot_be_registered_twice_in_a_year(db):
    LegalDocument.objects.create(doc_type="Công văn", number="1353/SNgV-ĐN", issued_on=date(2023, 11, 9))
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocument.objects.create(doc_type="Công văn", number="1353/SNgV-ĐN", issued_on=date(2023, 12, 1))


def test_a_number_whose_year_is_not_its_dates_is_refused_naming_both(db):
    document = LegalDocument(doc_type="Quyết định", number="12/2026/QĐ-UBND", issued_on=date(2025, 3, 5))
    with pytest.raises(ValidationError) as refused:
        document.full_clean()
    assert refused.value.message_dict["number"] == [
        "Số, ký hiệu 12/2026/QĐ-UBND mang năm 2026 nhưng ngày ban hành là 05/03/2025: sửa số hoặc ngày cho khớp."
    ]
    # A law is numbered by the year of its session, not of its date.
    LegalDocument(doc_type="Pháp lệnh", number="24/1999/PL-UBTVQH10", issued_on=date(2000, 4, 28)).full_clean()


def test_an_issued_document_has_its_number_and_date(db):
    document = LegalDocument(doc_type="Công văn", status=LegalDocument.Status.ISSUED)
    with pytest.raises(ValidationError) as refused:
        document.full_clean()
    assert refused.value.message_dict == {
        "number": ["Văn bản «Đã ban hành» phải có số, ký hiệu."],
        "issued_on": ["Văn bản «Đã ban hành» phải có ngày ban hành."],
    }
    LegalDocument(doc_type="Công văn", status=LegalDocument.Status.DRAFTING).full_clean()  # a draft has neither yet


def test_a_summary_beyond_the_registers_text_limit_is_refused_with_its_length(db):
    # the API and the form alike: a pasted document is not stored as a summary of any length
    document = LegalDocument(doc_type="Công văn", summary="x" * 20_001)
    with pytest.raises(ValidationError) as refused:
        document.full_clean()
    assert refused.value.message_dict == {
        "summary": ["Nội dung dài 20.001 ký tự, vượt quá giới hạn 20.000 ký tự; vui lòng rút gọn."]
    }
    LegalDocument(doc_type="Công văn", summary="x" * 20_000).full_clean()


def test_numbers_without_a_year_repeat_across_years(db):
    LegalDocument.objects.create(doc_type="Quyết định", number="16/QĐ-UBND", issued_on=date(2021, 1, 11))
    LegalDocument.objects.create(doc_type="Quyết định", number="16/QĐ-UBND", issued_on=date(2022, 1, 10))
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalDocument.objects.create(doc_type="Quyết định", number="16/QĐ-UBND", issued_on=date(2021, 6, 1))


def test_a_citation_finds_the_document_of_its_year(db):
    from ngoaivu.register.forms import resolve_document

    older = LegalDocument.objects.create(doc_type="Quyết định", number="16/QĐ-UBND", issued_on=date(2021, 1, 11))
    newer = resolve_document(LegalDocument.from_citation("Quyết định số 16/QĐ-UBND ngày 10/01/2022 của UBND tỉnh"))
    assert newer.pk != older.pk and LegalDocument.objects.count() == 2
    again = resolve_document(LegalDocument.from_citation("Quyết định số 16/QĐ-UBND ngày 11/01/2021"))
    assert again.pk == older.pk


def test_the_last_active_administrator_stays_one(users):
    admin = users["admin"]
    admin.is_active = False
    with pytest.raises(ValidationError, match="người quản trị hệ thống duy nhất còn hoạt động"):
        admin.full_clean()
    admin.is_active, admin.role = True, Role.OFFICER
    with pytest.raises(ValidationError):
        admin.full_clean()
    User.objects.create(username="admin2", role=Role.ADMIN, unit=admin.unit)
    admin.full_clean()  # another administrator is left


def test_a_unit_code_differing_only_in_case_is_taken(units):
    unit = Unit(name="Sở Tư pháp", code="sngv", parent=units["committee"])
    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert error.value.message_dict["code"] == ["Ký hiệu này đã được dùng cho đơn vị khác; vui lòng chọn ký hiệu khác."]


def test_a_working_unit_sits_under_a_working_parent(units):
    Unit.objects.filter(pk=units["dh"].pk).update(ended_on=date(2025, 7, 1), is_active=False)
    unit = Unit(name="Khoa Quốc tế", code="KQT", parent=Unit.objects.get(pk=units["dh"].pk))
    with pytest.raises(ValidationError) as error:
        unit.full_clean()
    assert error.value.message_dict["parent"] == [
        "Trường Đại học Phạm Văn Đồng đã thôi hoạt động từ ngày 01/07/2025; vui lòng chọn đơn vị cấp trên đang hoạt động."
    ]


def test_a_succession_keeps_to_the_days_its_units_existed(units):
    from ngoaivu.core.models import Succession

    new = Unit.objects.create(name="Sở Tư pháp và Nội vụ", code="STPNV", started_on=date(2026, 11, 1))
    old = units["dh"]
    old.ended_on, old.is_active = date(2026, 11, 1), False
    old.save()
    cases = {
        date(
            2026, 1, 1
        ): "Sở Tư pháp và Nội vụ bắt đầu hoạt động từ ngày 01/11/2026, sau ngày sắp xếp có hiệu lực (01/01/2026).",
        date(
            2026, 12, 1
        ): "Trường Đại học Phạm Văn Đồng đã thôi hoạt động từ ngày 01/11/2026, trước ngày sắp xếp có hiệu lực (01/12/2026).",
    }
    for day, message in cases.items():
        link = Succession(predecessor=old, successor=new, kind="merge", effective_on=day, legal_basis="Nghị quyết")
        with pytest.raises(ValidationError) as error:
            link.full_clean()
        assert error.value.messages == [message]
    Succession(
        predecessor=old, successor=new, kind="merge", effective_on=date(2026, 11, 1), legal_basis="NQ"
    ).full_clean()
    with pytest.raises(ValidationError, match="phải khác đơn vị trước sắp xếp"):
        Succession(
            predecessor=old, successor=old, kind="rename", effective_on=date(2026, 1, 1), legal_basis="NQ"
        ).clean()


def test_a_new_account_is_for_a_working_unit(units):
    Unit.objects.filter(pk=units["dh"].pk).update(ended_on=date(2025, 7, 1), is_active=False)
    with pytest.raises(ValidationError) as error:
        User(username="moi", role=Role.REPORTER, unit=Unit.objects.get(pk=units["dh"].pk)).full_clean()
    assert error.value.message_dict["unit"] == [
        "Trường Đại học Phạm Văn Đồng đã thôi hoạt động từ ngày 01/07/2025; vui lòng chọn đơn vị đang hoạt động."
    ]


def test_two_units_do_not_succeed_each_other(units):
    from ngoaivu.core.models import Succession

    a, b = units["sngv"], units["vp"]
    Succession.objects.create(
        predecessor=a, successor=b, kind="duties", effective_on=date(2025, 3, 1), legal_basis="QĐ"
    )
    back = Succession(predecessor=b, successor=a, kind="duties", effective_on=date(2025, 6, 1), legal_basis="QĐ")
    with pytest.raises(ValidationError, match="theo chiều ngược lại"):
        back.full_clean()


def test_a_letter_is_cited_after_its_issuer_without_naming_it_again(db):
    from datetime import date

    from ngoaivu.core.models import LegalDocument

    letter = LegalDocument(
        doc_type="Công văn",
        number="1874/SNgV-ĐN",
        issued_on=date(2024, 11, 12),
        issuer="Sở Ngoại vụ",
        summary="Báo cáo tình hình hội nhập quốc tế năm 2024.",
    )
    assert letter.reference() == (
        "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 về việc báo cáo tình hình hội nhập quốc tế năm 2024"
    )
    letter.summary = ""
    assert letter.reference() == "Công văn số 1874/SNgV-ĐN ngày 12/11/2024"
    assert letter.citation() == "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ"


def test_a_unit_existed_in_a_period_by_one_rule_in_python_and_in_the_database(db):
    from ngoaivu.pure.period_parsing import parse

    period = parse("2021-08")  # 01/8/2021 to 31/8/2021, both days in it
    lives = {
        "always": (None, None),
        "started on its last day": (date(2021, 8, 31), None),
        "started the day after": (date(2021, 9, 1), None),
        "ended on its second day": (None, date(2021, 8, 2)),  # ended_on: the first day it no longer is
        "ended on its first day": (None, date(2021, 8, 1)),
        "ended before it": (date(2020, 1, 1), date(2021, 7, 15)),
        "within it": (date(2021, 8, 10), date(2021, 8, 20)),
    }
    for code, (name, (started, ended)) in enumerate(lives.items()):
        Unit.objects.create(name=name, code=f"U{code}", started_on=started, ended_on=ended, is_active=ended is None)
    existed = {"always", "started on its last day", "ended on its second day", "within it"}
    assert {u.name for u in Unit.objects.all() if u.existed_in(period)} == existed
    assert set(Unit.objects.existed_in(period).values_list("name", flat=True)) == existed
