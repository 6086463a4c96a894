"""An issued report keeps the names it was issued under, and a renamed unit's numbers go on from
the old name's within the year."""

import datetime as dt
import importlib

import pytest
from django.apps import apps

from ngoaivu.core.models import Succession, Unit
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report, to_document
from ngoaivu.reporting.workflow import issue, next_number

BASIS = "Quyết định số 15/QĐ-UBND ngày 20/6/2025 của UBND tỉnh"


@pytest.fixture
def old_unit(units):
    return Unit.objects.create(
        name="Sở Ngoại vụ tỉnh Kon Tum", short_name="Sở Ngoại vụ", code="OLD", parent=units["committee"]
    )


def _report(unit, period="2025-01"):
    return create_report(unit, ReportTemplate.objects.get(code="general"), period)


def test_a_rename_after_issue_changes_nothing_in_the_issued_report(units, old_unit):
    report = issue(_report(old_unit), today=dt.date(2025, 2, 3))
    draft = _report(old_unit, "2025-02")
    other = Unit.objects.create(name="UBND tỉnh Quảng Ngãi (mới)", code="UBND2", parent=units["province"])
    old_unit.name, old_unit.short_name, old_unit.code, old_unit.parent = "Văn phòng UBND tỉnh mới", "", "VPNEW", other
    old_unit.save()
    report = Report.objects.get(pk=report.pk)
    assert report.number_label == "01/BC-OLD" and report.file_name("docx") == "bao-cao-OLD-2025-01.docx"
    assert str(report).endswith("(Sở Ngoại vụ)")
    document = to_document(report)
    assert (document.issuer, document.parent_body, document.number_suffix, document.place) == (
        "SỞ NGOẠI VỤ",
        "UBND TỈNH QUẢNG NGÃI",
        "BC-OLD",
        "Quảng Ngãi",
    )
    # A report not yet issued takes the unit's names as they are now.
    draft = Report.objects.get(pk=draft.pk)
    assert draft.number_label == "…/BC-VPNEW"
    document = to_document(draft)
    assert (document.issuer, document.parent_body) == ("VĂN PHÒNG UBND TỈNH MỚI", "UBND TỈNH QUẢNG NGÃI (MỚI)")


def test_a_renamed_unit_goes_on_with_the_old_names_numbers_of_the_year(units, old_unit):
    issue(_report(old_unit, "2024-11"), today=dt.date(2024, 12, 3))
    # December's report, issued in January, opens the numbers of the year it is issued in
    assert issue(_report(old_unit, "2024-12"), today=dt.date(2025, 1, 3)).number == 1
    issue(_report(old_unit, "2025-01"), today=dt.date(2025, 2, 3))
    Unit.objects.filter(pk=old_unit.pk).update(ended_on=dt.date(2025, 7, 1), is_active=False)
    renamed = Unit.objects.create(name="Sở Ngoại vụ tỉnh Quảng Ngãi", code="NEW", parent=units["committee"])
    Succession.objects.create(
        predecessor=old_unit,
        successor=renamed,
        kind=Succession.Kind.RENAME,
        effective_on=dt.date(2025, 7, 1),
        legal_basis=BASIS,
    )
    july = _report(renamed, "2025-07")
    assert next_number(july, today=dt.date(2025, 8, 3)) == 3
    july = issue(july, today=dt.date(2025, 8, 3))
    assert july.number_label == "03/BC-NEW"
    # Approved under the old name before the rename, issued after it: the next number of the one sequence.
    late = issue(_report(old_unit, "2025-06"), today=dt.date(2025, 8, 4))
    assert late.number_label == "04/BC-OLD"
    assert issue(_report(renamed, "2026-01"), today=dt.date(2026, 2, 3)).number == 1  # a new year starts again
    assert Report.objects.get(unit=old_unit, year=2024, period_code="2024-11").number == 1
    # Duties moved to another unit: that unit keeps its own numbers.
    Succession.objects.create(
        predecessor=units["dh"],
        successor=units["vp"],
        kind=Succession.Kind.DUTIES,
        effective_on=dt.date(2025, 7, 1),
        legal_basis=BASIS,
    )
    issue(_report(units["dh"], "2025-01"), today=dt.date(2025, 2, 3))
    assert issue(_report(units["vp"], "2025-07"), today=dt.date(2025, 8, 3)).number == 1


def test_reports_issued_before_the_names_were_stored_take_their_units_names(units, old_unit):
    report = issue(_report(old_unit), today=dt.date(2025, 2, 3))
    Report.objects.filter(pk=report.pk).update(issuer_name="", issuer_code="", issuer_parent_name="", issuer_place="")
    draft = _report(old_unit, "2025-02")
    migration = importlib.import_module("ngoaivu.reporting.migrations.0006_report_issuer")
    migration.fill_issuers(apps, None)
    report.refresh_from_db()
    assert (report.issuer_name, report.issuer_code, report.issuer_parent_name, report.issuer_place) == (
        "Sở Ngoại vụ",
        "OLD",
        "UBND tỉnh Quảng Ngãi",
        "Quảng Ngãi",
    )
    draft.refresh_from_db()
    assert draft.issuer_code == ""  # a draft follows its unit until it is issued


def test_the_pages_show_the_issued_name(client, users, units, old_unit):
    report = issue(_report(old_unit), today=dt.date(2025, 2, 3))
    Unit.objects.filter(pk=old_unit.pk).update(name="Văn phòng UBND tỉnh mới", short_name="")
    client.force_login(users["officer"])
    detail = client.get(f"/bao-cao/{report.pk}/").content.decode()
    listing = client.get("/bao-cao/").content.decode()
    for page in (detail, listing):
        assert "Sở Ngoại vụ" in page and "Văn phòng UBND tỉnh mới" not in page


def test_a_district_or_commune_dates_its_report_with_its_own_place(units):
    from ngoaivu.reporting.models import issuer_of

    district = Unit.objects.create(
        name="UBND huyện Lý Sơn", code="LS", kind=Unit.Kind.DISTRICT, parent=units["province"]
    )
    commune = Unit.objects.create(name="UBND xã Bình Hải", code="BH", kind=Unit.Kind.COMMUNE, parent=district)
    assert issuer_of(district)[3] == "Lý Sơn"
    assert issuer_of(commune)[3] == "Bình Hải"
    assert issuer_of(units["sngv"])[3] == "Quảng Ngãi"  # a provincial body: the province's name


def test_headers_are_written_as_decree_30_writes_them(units):
    """A people's committee names itself alone; its office is «Văn phòng» under it; a Sở is under the committee."""
    from ngoaivu.reporting.models import issuer_of

    commune = Unit.objects.create(
        name="UBND xã Bình Sơn", short_name="UBND xã", code="BS", kind=Unit.Kind.COMMUNE, parent=units["committee"]
    )
    assert issuer_of(commune)[:3] == ("UBND xã Bình Sơn", "BS", "")
    assert issuer_of(units["committee"])[:3] == ("UBND tỉnh Quảng Ngãi", "UBND", "")
    assert issuer_of(units["vp"])[:3] == ("Văn phòng", "VP", "UBND tỉnh Quảng Ngãi")
    assert issuer_of(units["sngv"])[:3] == ("Sở Ngoại vụ", "SNgV", "UBND tỉnh Quảng Ngãi")
    # A body placed under the province itself, which is no body: its own name alone.
    assert issuer_of(units["dh"])[:3] == ("Trường Đại học Phạm Văn Đồng", "DHPVD", "")


def test_a_departments_name_does_not_repeat_the_province_its_committee_names(units):
    from ngoaivu.reporting.models import issuer_of

    province = Unit.objects.create(name="Tỉnh Kon Tum", code="KT", kind=Unit.Kind.PROVINCE)
    committee = Unit.objects.create(
        name="UBND tỉnh Kon Tum", code="UBND-KT", kind=Unit.Kind.PEOPLES_COMMITTEE, parent=province
    )
    department = Unit.objects.create(name="Sở Ngoại vụ tỉnh Kon Tum", code="SNgV-KT", parent=committee)
    guards = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum", code="BĐBP-KT", parent=province)
    assert issuer_of(department)[:3] == ("Sở Ngoại vụ", "SNgV-KT", "UBND tỉnh Kon Tum")
    assert issuer_of(guards)[:3] == ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum", "BĐBP-KT", "")  # alone: whole


def test_an_issued_report_of_the_office_is_named_on_the_pages_as_the_others_are(units, client_for):
    """The header writes «VĂN PHÒNG» under its committee; the list and the report's page name the office
    with that line («Văn phòng UBND tỉnh …»), not «Văn phòng» alone, as stored: a later renaming of the
    office leaves the issued report's name."""
    report = issue(_report(units["vp"]), today=dt.date(2025, 2, 3))
    assert report.issuer_name == "Văn phòng"
    name = f"Văn phòng {report.issuer_parent_name}"
    assert name.startswith("Văn phòng UBND") and report.issued_by == name and str(report).endswith(f"({name})")
    Unit.objects.filter(pk=units["vp"].pk).update(short_name="Văn phòng mới")
    assert Report.objects.get(pk=report.pk).issued_by == name
    client = client_for("admin")
    assert f"<td>{name}</td>" in client.get("/bao-cao/").content.decode()
    assert f" · {name} · " in client.get(f"/bao-cao/{report.pk}/").content.decode()
