"""A task given in an earlier year and still open when the period begins is told among the tasks of the
period's report, marked as carried over from its year, as it stood at the period's end: the home page counts
it late, the report does not drop it at New Year. One done before the period is not told again; one done
within it is told once, as done."""

from datetime import date

from ngoaivu.core.models import LegalDocument, Succession, Unit
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.models import AssignedTask
from ngoaivu.reporting.lists import build_lists
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

CARRIED = "(nhiệm vụ năm 2025 chuyển sang)"


def draft(unit, template, period):
    report = create_report(unit, ReportTemplate.objects.get(code=template), period)
    return {section.key: section.text for section in report.sections.all()}


def test_a_task_of_last_year_still_open_is_told_in_this_years_monthly_and_6_month_drafts(units, clock):
    clock(2026, 12, 7)
    vp = units["vp"]
    AssignedTask.objects.create(
        unit=vp, title="Báo cáo X", year=2025, due="date", due_date=date(2027, 3, 10), progress="not_started"
    )
    AssignedTask.objects.create(unit=vp, title="Hội nghị Y.", year=2025, source="other", progress="in_progress")
    AssignedTask.objects.create(unit=units["dh"], title="Nhiệm vụ của Trường", year=2025, progress="in_progress")
    monthly = draft(vp, "general", "2026-11")
    assert monthly["I.12.a"] == (
        f"- Báo cáo X {CARRIED}\n\n+ Thời gian hoàn thành được giao: 10/3/2027\n\n+ Tiến độ thực hiện: Chưa triển khai."
    )
    # due on 31/12/2025 and still open: late, as the home page says it
    assert monthly["I.12.b"] == f"- Hội nghị Y {CARRIED}: Đang triển khai thực hiện (quá hạn)."
    review = draft(vp, "review", "2026-H1")
    assert review["II.1"] == (
        f"a) Báo cáo X {CARRIED}\n\n- Thời gian hoàn thành được giao: 10/3/2027\n\n"
        "- Tiến độ thực hiện: Chưa triển khai."
    )
    assert review["II.2"] == f"a) Hội nghị Y {CARRIED}: Đang triển khai thực hiện (quá hạn)."
    AssignedTask.objects.create(unit=vp, title="Đề án Z", year=2025, progress="in_progress")  # due: the year
    assert (
        "b) Đề án Z (nhiệm vụ năm 2025 chuyển sang)\n\n- Thời gian hoàn thành được giao: Năm 2025\n\n"
        in (draft(vp, "review", "2026-H1")["II.1"])
    )
    assert not any("Nhiệm vụ của Trường" in text for text in review.values())  # another unit's task


def test_a_task_done_before_the_period_is_not_told_again(units, clock):
    clock(2026, 12, 7)
    vp = units["vp"]
    AssignedTask.objects.create(
        unit=vp, title="Báo cáo Z", year=2025, progress="done", completed_on=date(2025, 12, 20), source="other"
    )
    assert draft(vp, "review", "2025")["II.2"] == "a) Báo cáo Z: Đã hoàn thành."
    assert draft(vp, "review", "2026-H1")["II.2"] == "Không có nhiệm vụ khác được giao."
    assert draft(vp, "general", "2026-01")["I.12.b"] == "Không có nhiệm vụ khác được giao."


def test_a_task_done_within_the_period_is_told_once_as_done(units, clock):
    clock(2026, 12, 7)
    vp = units["vp"]
    AssignedTask.objects.create(
        unit=vp,
        title="Báo cáo W",
        year=2025,
        source="other",
        progress="done",
        progress_note="Đã hoàn thành.",
        completed_on=date(2026, 3, 16),
    )
    review = draft(vp, "review", "2026-H1")
    assert review["II.2"] == f"a) Báo cáo W {CARRIED}: Đã hoàn thành."
    assert sum(text.count("Báo cáo W") for text in review.values()) == 1
    # still open at the end of February, done in March, told no more from April
    assert draft(vp, "general", "2026-02")["I.12.b"] == f"- Báo cáo W {CARRIED}: Đang triển khai thực hiện (quá hạn)."
    assert draft(vp, "general", "2026-03")["I.12.b"] == f"- Báo cáo W {CARRIED}: Đã hoàn thành."
    assert draft(vp, "general", "2026-04")["I.12.b"] == "Không có nhiệm vụ khác được giao."


def test_a_task_sent_to_the_ubnd_tinh_is_carried_until_sent_and_no_longer_late(units, clock):
    clock(2026, 12, 7)
    vp = units["vp"]
    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="49/VP-NgV", issued_on=date(2026, 2, 10), issuer="Văn phòng UBND tỉnh"
    )
    AssignedTask.objects.create(
        unit=vp, title="Kế hoạch V", year=2025, due="q2", progress="submitted", result_document=letter
    )
    # sent within the half year: told as sent, its letter cited, not late once sent
    assert draft(vp, "review", "2026-H1")["II.1"] == (
        f"a) Kế hoạch V {CARRIED}\n\n- Thời gian hoàn thành được giao: Quý II năm 2025\n\n"
        "- Tiến độ thực hiện: Đã trình UBND tỉnh[[fn:1]]."
    )
    # sent before March: not carried into it
    assert (
        draft(vp, "general", "2026-03")["I.12.a"]
        == "Không có nhiệm vụ theo Chương trình công tác của UBND tỉnh trong năm."
    )


def test_a_task_sent_to_the_ubnd_tinh_on_time_is_not_said_late_after_its_deadline(units):
    sngv = units["sngv"]
    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="49/SNgV-HTQT", issued_on=date(2021, 5, 31), issuer="Sở Ngoại vụ"
    )
    AssignedTask.objects.create(
        unit=sngv, title="Kế hoạch U", year=2021, due="q2", progress="submitted", result_document=letter
    )
    assert draft(sngv, "general", "2021-08")["I.12.a"] == (
        "- Kế hoạch U\n\n+ Thời gian hoàn thành được giao: Quý II\n\n+ Tiến độ thực hiện: Đã trình UBND tỉnh[[fn:1]]."
    )


def test_open_tasks_are_carried_by_the_unit_that_finishes_them(units):
    """A unit that went on after giving duties away carries its own open tasks; one that ended with the change
    leaves them to its successor, which carries them in its plan too."""
    sngv, vp, dh = units["sngv"], units["vp"], units["dh"]
    for unit in (sngv, dh):
        AssignedTask.objects.create(unit=unit, title=f"Nhiệm vụ năm 2024 của {unit.code}", year=2024, due="q2")
    Unit.objects.filter(pk=sngv.pk).update(ended_on=date(2025, 3, 1), is_active=False)
    for giver in (sngv, dh):  # the Sở ended with the change, the university goes on
        Succession.objects.create(
            predecessor=giver, successor=vp, kind="duties", effective_on=date(2025, 3, 1), legal_basis="Quyết định"
        )

    def told(unit, name):
        return [row["title"] for row in build_lists(unit.scope(date(2025, 12, 31)), parse("2025"), [name])[name]]

    assert told(vp, "tasks_programme") == ["Nhiệm vụ năm 2024 của SNgV (nhiệm vụ năm 2024 chuyển sang)"]
    assert told(vp, "tasks_due_next") == ["Nhiệm vụ năm 2024 của SNgV"]
    assert told(dh, "tasks_programme") == ["Nhiệm vụ năm 2024 của DHPVD (nhiệm vụ năm 2024 chuyển sang)"]
    assert told(dh, "tasks_due_next") == ["Nhiệm vụ năm 2024 của DHPVD"]
