"""The translations page (/thu-tuc/) and its menu entry: for those who may have translations to see."""

import pytest

ENTRY = '<a href="/thu-tuc/">Bản dịch thủ tục hành chính</a>'


@pytest.mark.parametrize("role", ["admin", "officer", "leader", "viewer"])
def test_whoever_reads_every_unit_finds_the_page_even_before_any_procedure(client_for, role):
    client = client_for(role)
    assert ENTRY in client.get("/").content.decode()
    assert client.get("/thu-tuc/").status_code == 200


def test_a_reporter_of_a_unit_that_keeps_no_procedures_is_neither_offered_nor_shown_the_page(client_for, procedure):
    procedure(unit="sngv")  # the Sở's, which the university's reporter does not read
    client = client_for("other_reporter")
    assert ENTRY not in client.get("/").content.decode()
    refused = client.get("/thu-tuc/")
    assert refused.status_code == 403 and "Bạn không có quyền thực hiện thao tác này" in refused.content.decode()
    assert client.get("/thu-tuc/ma-qr/").status_code == 403  # the page's QR sheet, empty for it too


def test_a_reporter_of_a_unit_that_keeps_procedures_reads_their_translations(client_for, procedure):
    item = procedure(unit="dh")
    client = client_for("other_reporter")
    assert ENTRY in client.get("/").content.decode()
    page = client.get("/thu-tuc/")
    assert page.status_code == 200 and item.code in page.content.decode()


def test_an_agency_that_has_ended_is_pointed_out_with_its_successor(client_for, procedure, units, clock):
    from datetime import date

    from ngoaivu.core.models import Succession, Unit

    clock(2026, 12, 2)
    committee = units["committee"]
    labour = Unit.objects.create(
        name="Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi",
        short_name="Sở Lao động - Thương binh và Xã hội",
        code="SLĐTBXH",
        parent=committee,
    )
    home = Unit.objects.create(name="Sở Nội vụ tỉnh Quảng Ngãi", short_name="Sở Nội vụ", code="SNV", parent=committee)
    Unit.objects.filter(pk=labour.pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=labour,
        successor=home,
        kind=Succession.Kind.MERGE,
        effective_on=date(2025, 3, 1),
        legal_basis="Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ",
    )
    # Written with an en dash, the unit with a hyphen: the same body.
    stale = procedure(agency="Sở Lao động – Thương binh và Xã hội")
    current = procedure(code="2.000205", agency="Sở Nội vụ")
    Unit.objects.create(name="Sở Du lịch", code="SDL", ended_on=date(2025, 3, 1), is_active=False)
    orphan = procedure(code="1.001865", agency="Sở Du lịch")  # its succession not yet recorded
    page = client_for("officer").get("/thu-tuc/")
    warnings = {procedure.code: warning for procedure, warning, _cells in page.context["rows"]}
    assert warnings == {
        stale.code: "Cơ quan thực hiện đã chấm dứt hoạt động từ 01/03/2025; "
        "cơ quan kế nhiệm: Sở Nội vụ tỉnh Quảng Ngãi.",
        current.code: None,
        orphan.code: "Cơ quan thực hiện đã chấm dứt hoạt động từ 01/03/2025; chưa ghi nhận cơ quan kế nhiệm.",
    }
    assert "Sở Lao động – Thương binh và Xã hội: Cơ quan thực hiện đã chấm dứt" in page.content.decode()
    clock(2025, 2, 28)  # the day before, it still did the work
    page = client_for("officer").get("/thu-tuc/")
    assert [warning for _procedure, warning, _cells in page.context["rows"]] == [None, None, None]
