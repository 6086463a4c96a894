"""The demo shows a newcomer the whole flow: reports in every state, made by the same services as the
pages, and a request to the units in progress, its answers in several states."""

from datetime import date

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.collection.services import register_values
from ngoaivu.reporting.models import Report
from ngoaivu.reporting.redrafting import stale_sections
from ngoaivu.reporting.services import draft_for


def sngv_reports():
    return Report.objects.filter(unit__code="SNgV")


def test_every_report_state_is_there(loaded):
    states = set(sngv_reports().values_list("status", flat=True))
    assert states == set(Report.Status.values)


def test_issued_reports_have_their_number_and_date(loaded):
    issued = sngv_reports().filter(status=Report.Status.ISSUED).order_by("number")
    assert [(r.number_label, r.issued_on, r.period_code) for r in issued] == [
        ("01/BC-SNgV", date(2021, 6, 14), "2021-H1"),
        ("02/BC-SNgV", date(2021, 8, 5), "2021-07"),
    ]
    assert not Report.objects.exclude(status=Report.Status.ISSUED).filter(number__isnull=False).exists()


def test_the_first_half_report_answers_the_committees_letter(loaded):
    request = ReportRequest.objects.get(direction=ReportRequest.Direction.INCOMING, letter__number="2314/UBND-TH")
    report = request.report
    assert (report.status, report.period_code, report.letter) == (Report.Status.ISSUED, "2021-H1", request.letter)
    assert report.intro == (  # seed 001
        "Thực hiện Công văn số 2314/UBND-TH ngày 25/5/2021 của UBND tỉnh về việc báo cáo kiểm điểm công tác chỉ "
        "đạo, điều hành 6 tháng đầu năm 2021; Sở Ngoại vụ báo cáo như sau:"
    )


def test_the_reports_figures_are_the_registers(loaded):
    for report in sngv_reports():
        drafted = {s.key for s in draft_for(report).flat()}
        assert set(report.sections.values_list("key", flat=True)) == drafted, report.period_code
        # as the register writes them today, their notes read as numbered in the report
        assert stale_sections(report, issued_too=True) == [], report.period_code
        # nothing edited by hand but seed 001's footnote 1, which the officer added to the first half's review
        edited = [s.key for s in report.sections.all() if s.is_edited]
        assert edited == (["I.1"] if report.period_code == "2021-H1" else []), report.period_code
    h1 = sngv_reports().get(period_code="2021-H1").sections.get(key="I.2.a").text  # the review: I.2 its results
    august = sngv_reports().get(period_code="2021-08").sections.get(key="I.1.b").text
    assert "17 đoàn với 35 lượt người" in h1  # seed 001
    assert "19 đoàn với 54 lượt người" in august  # seed 003


def test_each_step_is_in_the_history_under_who_took_it(loaded):
    report = sngv_reports().get(period_code="2021-08")
    steps = [(h.status, h.history_user.username) for h in report.history.order_by("history_id")]
    assert steps == [("draft", "chuyenvien"), ("submitted", "chuyenvien"), ("approved", "lanhdao")]


def test_the_request_to_the_units_is_in_progress(loaded):
    request = ReportRequest.objects.get(direction=ReportRequest.Direction.OUTGOING, period_code="2021-9M")
    answers = {s.unit.code: s for s in request.submissions.select_related("unit", "request")}
    S = Submission.Status
    assert {code: s.status for code, s in answers.items()} == {
        "DHPVD": S.ACCEPTED,
        "VP": S.ACCEPTED,
        "SCT": S.RETURNED,
        "SKHĐT": S.SUBMITTED,
        "SLĐTBXH": S.DRAFT,
        "UBNDLS": S.NOT_STARTED,
    }
    assert answers["SCT"].return_reason.startswith("Mục 3")
    assert [code for code in ("DHPVD", "VP", "SKHĐT") if answers[code].is_late()] == ["SKHĐT"]
    for code in ("DHPVD", "VP", "SKHĐT", "SLĐTBXH"):  # prefilled from the register, as the page does
        assert answers[code].values == register_values(answers[code]), code
    assert answers["DHPVD"].values["foreign_students"]["count"] > 0


def test_every_year_of_the_old_province_has_delegations_to_compare_with(loaded):
    """The register runs from 2020: a report of 2024 compares with 2023 rows, not with an empty year."""
    from ngoaivu.core.models import Unit
    from ngoaivu.pure.period_parsing import parse
    from ngoaivu.register.engine import evaluate

    sngv = Unit.objects.get(code="SNgV")
    for year in (2021, 2022, 2023, 2024):
        period = parse(str(year))
        figures = evaluate(["incoming_delegations", "outgoing_delegations"], period, sngv.scope(period.end))
        assert figures["incoming_delegations"]["groups"].period > 0, year
        # 2021 sent none (Covid-19, seeds 001 and 003)
        assert (figures["outgoing_delegations"]["groups"].period > 0) == (year != 2021), year
