"""`ngoaivu load_provinces`: the 63 provincial units before 01/7/2025, the 34 after, and the mergers
of Nghị quyết 202/2025/QH15, loaded over the demo province (whose tỉnh Quảng Ngãi is reused)."""

import io
from datetime import date

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from ngoaivu.core.lineage import tree_as_of
from ngoaivu.core.models import Succession, Unit
from ngoaivu.pure.provinces_2025 import EFFECTIVE, RESOLUTION, successor

BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)


def load():
    out = io.StringIO()
    call_command("load_provinces", stdout=out)
    return out.getvalue()


def provinces_on(day):
    return [unit for unit, _depth in tree_as_of(day) if unit.kind == Unit.Kind.PROVINCE]


@pytest.fixture
def loaded(demo, db):
    return load()


def test_63_provincial_units_before_the_reorganization_and_34_from_its_first_day(loaded):
    assert EFFECTIVE == AFTER
    before, after = provinces_on(BEFORE), provinces_on(AFTER)
    assert len(before) == 63 and len(after) == 34
    names = {unit.name for unit in after}
    assert {"Thành phố Hồ Chí Minh", "Thành phố Hà Nội", "Tỉnh Gia Lai", "Tỉnh Quảng Ngãi"} <= names
    assert not names & {"Tỉnh Kon Tum", "Tỉnh Bình Dương", "Tỉnh Bình Định"}
    assert {"Tỉnh Kon Tum", "Tỉnh Bình Dương", "Thành phố Huế"} <= {unit.name for unit in before}
    assert Succession.objects.filter(predecessor__kind=Unit.Kind.PROVINCE).count() == 63 - 34


def test_kon_tum_merges_into_the_demo_quang_ngai_under_the_resolution(loaded):
    # The demo has both provinces and their merger already: reused, not made twice.
    quang_ngai, kon_tum = Unit.objects.get(code="QNg"), Unit.objects.get(name="Tỉnh Kon Tum")
    assert (quang_ngai.name, quang_ngai.ended_on, quang_ngai.is_active) == ("Tỉnh Quảng Ngãi", None, True)
    assert (kon_tum.code, kon_tum.kind, kon_tum.ended_on, kon_tum.is_active) == ("KT", "province", AFTER, False)
    link = Succession.objects.get(predecessor=kon_tum)
    assert (link.successor, link.kind, link.effective_on, link.carries_records) == (quang_ngai, "merge", AFTER, True)
    assert link.legal_basis.startswith(RESOLUTION) and link.legal_basis == successor("62").basis
    # The demo's row is the old and the new tỉnh Quảng Ngãi: no second one under the national code.
    assert not Unit.objects.filter(code="T51").exists()
    assert "Đã tạo 61 đơn vị cấp tỉnh, đã có 02" in loaded and "Tỉnh Kon Tum, ký hiệu KT" in loaded
    assert "Đã tạo 28 việc sáp nhập, đã có 01." in loaded and RESOLUTION in loaded


def test_the_new_province_continues_the_row_whose_name_it_keeps(loaded):
    # Gia Lai keeps its name and row (old code 64) though its new national code is Bình Định's (52).
    gia_lai = Unit.objects.get(name="Tỉnh Gia Lai")
    assert (gia_lai.code, gia_lai.ended_on) == ("T64", None)
    assert Succession.objects.get(predecessor__name="Tỉnh Bình Định").successor == gia_lai
    hcm = Unit.objects.get(name="Thành phố Hồ Chí Minh")
    assert {link.predecessor.name for link in hcm.predecessor_links.all()} == {
        "Tỉnh Bình Dương",
        "Tỉnh Bà Rịa - Vũng Tàu",
    }
    # An unchanged province simply goes on.
    ha_noi = Unit.objects.get(name="Thành phố Hà Nội")
    assert ha_noi.ended_on is None and not ha_noi.predecessor_links.exists() and not ha_noi.successor_links.exists()


def test_the_scope_of_the_new_quang_ngai_counts_kon_tum_from_the_merger(loaded):
    quang_ngai, kon_tum = Unit.objects.get(code="QNg"), Unit.objects.get(name="Tỉnh Kon Tum")
    assert kon_tum.pk in quang_ngai.scope(date(2026, 1, 1)).unit_ids
    assert kon_tum.pk not in quang_ngai.scope(BEFORE).unit_ids
    # The demo's units under the province still count, before and after.
    assert Unit.objects.get(code="SNgV").pk in quang_ngai.scope(date(2026, 1, 1)).unit_ids


def test_a_second_run_creates_nothing_and_says_so(loaded):
    counts = (Unit.objects.count(), Succession.objects.count())
    again = load()
    assert (Unit.objects.count(), Succession.objects.count()) == counts
    assert "Đã tạo 0 đơn vị cấp tỉnh, đã có 63" in again and "Đã tạo 0 việc sáp nhập, đã có 29." in again
    assert "thôi hoạt động" not in again


def test_an_existing_current_province_is_reused_and_ended(demo, db):
    ninh_thuan = Unit.objects.create(name="Tỉnh Ninh Thuận", code="NT", kind=Unit.Kind.PROVINCE)
    # Written "Hoà" here, "Hòa" in the national list: the same unit.
    khanh_hoa = Unit.objects.create(name="Tỉnh Khánh Hoà", code="KH", kind=Unit.Kind.PROVINCE)
    out = load()
    ninh_thuan.refresh_from_db()
    assert (ninh_thuan.ended_on, ninh_thuan.is_active) == (AFTER, False)
    assert Succession.objects.get(predecessor=ninh_thuan).successor == khanh_hoa
    assert not Unit.objects.filter(code__in=["T56", "T58"]).exists()
    assert "Đã ghi thôi hoạt động từ ngày 01/07/2025 cho: Tỉnh Ninh Thuận." in out


def test_a_taken_code_is_never_reused(demo, db):
    other = Unit.objects.create(name="Trung tâm Xúc tiến", code="T52")
    load()
    assert Unit.objects.get(name="Tỉnh Bình Định").code == "T52-2"
    assert Unit.objects.get(code="T52") == other


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"name": "Tỉnh Bình Định", "code": "BĐ", "kind": Unit.Kind.OTHER}, "không thuộc loại Tỉnh"),
        (
            {"name": "Tỉnh Bình Định", "code": "BĐ", "kind": Unit.Kind.PROVINCE, "ended_on": date(2020, 1, 1)},
            "đã thôi hoạt động từ ngày 01/01/2020, khác ngày sắp xếp 01/07/2025",
        ),
        (
            {"name": "Tỉnh Gia Lai", "code": "GL", "kind": Unit.Kind.PROVINCE, "ended_on": AFTER},
            "sau sắp xếp đơn vị này vẫn tiếp tục",
        ),
        (
            {"name": "Tỉnh Thừa Thiên Huế", "code": "TTH", "kind": Unit.Kind.PROVINCE},
            "nay là Thành phố Huế; đổi tên đơn vị đó",
        ),
    ],
)
def test_a_conflicting_unit_is_refused_and_nothing_is_loaded(demo, db, fields, message):
    if fields.get("ended_on"):
        fields["is_active"] = False
    Unit.objects.create(**fields)
    before = (Unit.objects.count(), Succession.objects.count())
    with pytest.raises(CommandError, match=message) as refused:
        load()
    assert "Chưa thay đổi dữ liệu." in str(refused.value)
    assert (Unit.objects.count(), Succession.objects.count()) == before
