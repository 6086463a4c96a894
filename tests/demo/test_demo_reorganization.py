"""The demo after the 2025 reorganization: the Văn phòng's report of 2026 compares with the first
half of 2025 of the old Quảng Ngãi and the old Kon Tum together (issue's acceptance)."""

import io
import json
from datetime import date
from decimal import Decimal

from django.core.management import call_command

from ngoaivu.core.lineage import Scope, tree_as_of
from ngoaivu.core.models import Succession, Unit
from ngoaivu.pure.indicators import CATALOGUE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate
from ngoaivu.register.models import IncomingDelegation

FLOWS = [i.code for i in CATALOGUE if (i.date_field or i.year_field) and not i.is_stock]


def existed_during(start, end):
    """Every unit that existed on some day from start to end."""
    return Scope.of(
        unit.pk
        for unit in Unit.objects.all()
        if (unit.started_on is None or unit.started_on <= end) and (unit.ended_on is None or unit.ended_on > start)
    )


def report_json(unit, period):
    out = io.StringIO()
    call_command("make_report", unit=unit, period=period, format="json", stdout=out)
    return json.loads(out.getvalue())


def test_the_office_report_of_2026_compares_across_the_merger(loaded):
    report = report_json("VP", "2026-H1")
    old_units = existed_during(date(2025, 1, 1), date(2025, 6, 30))
    new_units = existed_during(date(2026, 1, 1), date(2026, 6, 30))
    # The old units are both provinces' whole trees: Kon Tum's and the districts and Sở that ended since.
    codes = set(Unit.objects.filter(pk__in=old_units.unit_ids).values_list("code", flat=True))
    assert {"KT", "SNgV-KT", "VP-KT", "UBNDTP-KT", "SNgV", "UBNDLS", "QNg", "VP"} <= codes
    assert not codes & {"ĐKLS", "PKT"}  # the communes began on 01/7/2025
    flows = [code for code in report["indicators"] if code in FLOWS]  # the template's flow indicators
    assert len(flows) >= 10
    last_year = evaluate(flows, parse("2025-H1"), old_units)
    this_year = evaluate(flows, parse("2026-H1"), new_units)
    compared = 0
    for code in flows:
        for measure, figure in report["indicators"][code].items():
            assert Decimal(str(figure["last_year"])) == last_year[code][measure].period, (code, measure)
            assert Decimal(str(figure["period"])) == this_year[code][measure].period, (code, measure)
            compared += bool(figure["last_year"]) and bool(figure["period"])
    assert compared >= 8  # real comparisons: both halves have rows in many indicators

    # Counted from the rows themselves: every delegation of each half, whichever unit has it.
    groups = report["indicators"]["incoming_delegations"]["groups"]
    h1_2025 = IncomingDelegation.objects.filter(start_date__range=(date(2025, 1, 1), date(2025, 6, 30)))
    h1_2026 = IncomingDelegation.objects.filter(start_date__range=(date(2026, 1, 1), date(2026, 6, 30)))
    assert (groups["last_year"], groups["period"]) == (h1_2025.count(), h1_2026.count())
    assert h1_2025.filter(unit__code__endswith="-KT").count() >= 5

    note = "Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Quảng Ngãi và tỉnh Kon Tum (trước sắp xếp)."
    assert report["scope"]["comparison_note"] == note
    assert note in report["footnotes"]


def test_the_duty_moved_from_the_department_to_the_office(loaded):
    link = Succession.objects.get(predecessor__code="SNgV", successor__code="VP")
    assert (link.kind, link.effective_on, link.predecessor.is_active) == ("duties", date(2025, 3, 1), False)
    # Before the move the office counts its own rows only; after, the province's.
    vp = Unit.objects.get(code="VP")
    assert set(vp.scope(date(2024, 12, 31)).unit_ids) == {vp.pk}
    assert Unit.objects.get(code="KT").pk in vp.scope(date(2026, 6, 30)).unit_ids


def test_the_tree_before_and_after(loaded):
    before = {unit.code for unit, _depth in tree_as_of(date(2025, 6, 30))}
    after = {unit.code for unit, _depth in tree_as_of(date(2025, 7, 1))}
    assert {"KT", "VP-KT", "UBNDLS", "VP"} <= before and "SNgV" not in before and "ĐKLS" not in before
    assert {"ĐKLS", "PKT", "VP", "QNg"} <= after and not after & {"KT", "VP-KT", "UBNDLS"}


def test_the_office_reads_the_departments_rows_and_edits_none(loaded, client):
    from ngoaivu.core.models import User

    row = IncomingDelegation.objects.filter(unit__code="SNgV").order_by("pk").first()
    kon_tum = IncomingDelegation.objects.filter(unit__code="SNgV-KT").order_by("pk").first()
    client.force_login(User.objects.get(username="vanphong"))
    assert client.get(f"/so-theo-doi/doan-vao/{row.pk}/").status_code == 200
    assert client.get(f"/so-theo-doi/doan-vao/{row.pk}/sua/").status_code == 403
    # Kon Tum's Sở handed its duties to Kon Tum's office, which merged into this one: read too.
    assert client.get(f"/so-theo-doi/doan-vao/{kon_tum.pk}/").status_code == 200
    client.force_login(User.objects.get(username="daihoc"))
    assert client.get(f"/so-theo-doi/doan-vao/{row.pk}/").status_code == 404


def test_every_row_is_dated_while_its_unit_existed(loaded):
    from ngoaivu.register.area_registry import AREAS

    checked = 0
    for area in AREAS.values():
        if not area.date_field:
            continue
        for row in area.model.objects.select_related("unit"):
            day = getattr(row, area.date_field)
            if day is not None and row.unit is not None:  # a cited document belongs to no unit
                row.unit.check_existed(day, day)  # raises on a row of a unit that did not exist that day
                checked += 1
    assert checked > 200


def test_each_province_has_one_focal_point_on_each_day(loaded):
    from ngoaivu.core.lineage import is_focal_on

    def focal(province_code, day):
        province = Unit.objects.get(code=province_code)
        return {
            u.code
            for u in Unit.objects.filter(coordinates_province=True)
            if u.province() == province and is_focal_on(u, day)
        }

    assert focal("QNg", date(2025, 2, 28)) == {"SNgV"} and focal("KT", date(2025, 2, 28)) == {"SNgV-KT"}
    assert focal("QNg", date(2025, 3, 1)) == {"VP"} and focal("KT", date(2025, 3, 1)) == {"VP-KT"}
    assert focal("QNg", date(2026, 6, 30)) == {"VP"}
    # Kon Tum's Văn phòng reported for its province in the first half of 2025.
    vp_kt = Unit.objects.get(code="VP-KT")
    assert Unit.objects.get(code="BĐBP-KT").pk in vp_kt.scope(date(2025, 6, 30)).unit_ids


def test_the_departments_merged_under_decree_45_of_2025_have_ended(loaded):
    """Nghị định 45/2025/NĐ-CP, from 01/3/2025: no request of 12/2026 is sent to a Sở that no longer exists."""
    merged = {"SKHĐT": "STC", "SLĐTBXH": "SNV", "STTTT": "SKHCN", "SNNPTNT": "SNNMT"}
    for old, new in merged.items():
        link = Succession.objects.get(predecessor__code=old)
        unit = link.predecessor
        assert (link.successor.code, link.effective_on) == (new, date(2025, 3, 1)), old
        assert (unit.ended_on, unit.is_active, link.carries_records) == (date(2025, 3, 1), False, True), old
    in_2026 = {unit.code for unit, _depth in tree_as_of(date(2026, 12, 1))}
    assert not in_2026 & set(merged) and set(merged.values()) <= in_2026
    assert "SNNMT" not in {unit.code for unit, _depth in tree_as_of(date(2025, 2, 28))}  # a new Sở
    names = set(Unit.objects.values_list("name", flat=True))
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi" in names  # the official hyphen
