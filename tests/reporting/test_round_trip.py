"""What the generator writes, the reader reads back: one vocabulary in both directions."""

from datetime import date

from ngoaivu.core.models import Unit
from ngoaivu.reading.reader import read_bytes
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report, to_document
from ngoaivu.reporting.workflow import issue


def facts_of(result):
    return {(f["indicator"], f["scope"]): f for f in result["facts"]}


def test_the_august_report_reads_back(demo, db):
    # The demo has issued reports of the Sở in 2021: this one takes the number after theirs.
    issued = Report.objects.filter(unit__code="SNgV", numbered_year=2021, status=Report.Status.ISSUED)
    number = max(issued.values_list("number", flat=True), default=0) + 1
    report = issue(
        create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2021-08"),
        today=date(2021, 9, 10),
    )
    result = read_bytes(render_docx(to_document(report)), "bao-cao.docx", known_unit_codes={"SNgV", "UBND", "VP"})
    meta = result["meta"]
    assert report.number == number
    assert meta["number"] == f"{number:02d}/BC-SNgV" and not meta["number_blank"]
    assert meta["title"] == "Công tác đối ngoại tháng 8/2021"
    assert (meta["period"]["kind"], meta["period"]["year"], meta["period"]["index"]) == ("month", 2021, 8)
    facts = facts_of(result)
    assert (facts[("incoming_delegations", "ytd")]["groups"], facts[("incoming_delegations", "ytd")]["persons"]) == (
        19,
        54,
    )
    assert (facts[("boats_detained", "period")]["boats"], facts[("boats_detained", "period")]["fishermen"]) == (2, 19)
    assert facts[("fishermen_still_detained", "stock")]["fishermen"] == 42
    assert [c["code"] for c in result["checks"]] == []
    assert result["unplaced"] == []  # every figure the generator writes, the reader places


def test_the_half_year_report_reads_back(demo, db):
    report = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2021-H1")
    result = read_bytes(render_docx(to_document(report)), "bao-cao.docx")
    facts = facts_of(result)
    assert (
        facts[("incoming_delegations", "period")]["groups"],
        facts[("incoming_delegations", "period")]["persons"],
    ) == (17, 35)
    aid = facts[("aid", "period")]
    assert (aid["count"], aid["value"], aid["currency"]) == (3, 7037000000, "VND")
    assert (facts[("abtc", "period")]["businesspeople"], facts[("abtc", "period")]["enterprises"]) == (4, 3)
    assert (facts[("boats_obstructed", "period")]["boats"], facts[("boats_obstructed", "period")]["fishermen"]) == (
        4,
        22,
    )
    assert result["unplaced"] == []
    # A draft has no number and no date yet: the reader says so.
    assert {"blank_number", "blank_date"} <= {c["code"] for c in result["checks"]}


def _issuing_unit(meta):
    from ngoaivu.register.intake_rules import issuing_unit

    units = [
        {"id": u.pk, "code": u.code, "name": u.name, "short_name": u.short_name, "ended_on": u.ended_on}
        for u in Unit.objects.all()
    ]
    return issuing_unit(meta, units)


def test_the_offices_and_a_communes_headers_read_back_as_their_units(demo, db):
    office = Unit.objects.get(code="VP")
    report = Report.objects.get(unit=office, period_code="2026-H1")
    meta = read_bytes(render_docx(to_document(report)), "bao-cao.docx")["meta"]
    assert (meta["parent_body"], meta["issuer"]) == ("UBND TỈNH QUẢNG NGÃI", "VĂN PHÒNG")
    assert _issuing_unit({**meta, "issuer_code": ""}) == office.pk  # by the name alone, not the number's code
    commune = Unit.objects.get(code="XBS")  # UBND xã Bình Sơn, since the 2025 reorganization
    draft = create_report(commune, ReportTemplate.objects.get(code="general"), "2026-H1")
    meta = read_bytes(render_docx(to_document(draft)), "bao-cao.docx")["meta"]
    assert meta["issuer"] == "UBND XÃ BÌNH SƠN" and not meta.get("parent_body")
    assert _issuing_unit(meta) == commune.pk
