"""The plan section names the unit's open tasks falling due in the next period, then its work by area (seed
003: «Phát hành Bản tin đối ngoại Quảng Ngãi số 25» under information, the visit to Đức Phổ under the border),
each area one bullet: the focal point's standing work, then the register's work dated in the next period."""

from datetime import date

from ngoaivu.core.models import Unit
from ngoaivu.register.models import (
    ActivityStatus,
    AssignedTask,
    Conference,
    CulturalEvent,
    DelegationPlan,
    DelegationPlanItem,
    EconomicDiplomacyEvent,
)
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def plan_of(unit_code, period):
    report = create_report(Unit.objects.get(code=unit_code), ReportTemplate.objects.get(code="general"), period)
    return report.sections.get(key="III").text  # the general report's part II (seed 003)


def test_the_months_plan_names_the_next_months_work_under_its_area_after_the_standing_work(demo, db):
    text = plan_of("SNgV", "2021-08")
    paragraphs = text.split("\n\n")
    border = next(p for p in paragraphs if p.startswith("- Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh"))
    assert border.endswith(
        "tuyên truyền về chủ quyền biển, đảo Việt Nam. Tổ chức đoàn công tác làm việc tại UBND thị xã Đức Phổ về "
        "triển khai công tác Biển Đông - Hải đảo năm 2021 (dự kiến ngày 16/9/2021)."
    )
    information = next(p for p in paragraphs if "ngoại giao văn hóa và thông tin đối ngoại" in p)
    assert information.endswith("Phát hành Bản tin Đối ngoại Quảng Ngãi số 25 (dự kiến ngày 24/9/2021).")
    standing = "- Tiếp tục tham mưu quản lý nhà nước đối với đoàn ra, đoàn vào"
    # in the order of section I: delegations, integration, economic, aid, border, information
    assert text.index(standing) < text.index("Đức Phổ") < text.index("Bản tin")
    assert "Homestay" not in text  # held in August: the period's own work, not the plan's
    assert "Ngày 16/9/2021:" not in text


def test_a_postponed_or_cancelled_event_or_a_letter_is_not_planned_and_a_conference_gives_its_days(demo, db):
    sngv = Unit.objects.get(code="SNgV")
    for status, title in ((ActivityStatus.CANCELLED, "Giao lưu văn hóa A"), (ActivityStatus.POSTPONED, "Giao lưu B")):
        CulturalEvent.objects.create(unit=sngv, title=title, held_on=date(2021, 9, 10), status=status)
    CulturalEvent.objects.create(
        unit=sngv, title="Giao lưu văn hóa C", held_on=date(2021, 9, 12), status=ActivityStatus.PLANNED
    )
    EconomicDiplomacyEvent.objects.create(
        unit=sngv, title="Phúc đáp Đại sứ quán X", kind="letter", held_on=date(2021, 9, 3), status="planned"
    )
    Conference.objects.create(
        unit=sngv,
        title="Hội thảo quốc tế Y",
        start_date=date(2021, 9, 20),
        end_date=date(2021, 9, 21),
        status=ActivityStatus.PLANNED,
    )
    text = plan_of("SNgV", "2021-08")
    assert "Giao lưu văn hóa C (dự kiến ngày 12/9/2021)." in text  # as typed: no event's noun to take a verb
    assert "Tổ chức Hội thảo quốc tế Y (dự kiến từ ngày 20/9/2021 đến ngày 21/9/2021)." in text
    assert "Giao lưu văn hóa A" not in text and "Giao lưu B" not in text and "Phúc đáp" not in text


def test_open_tasks_due_by_the_next_periods_end_are_named_those_already_late_first(demo, db):
    sngv = Unit.objects.get(code="SNgV")
    AssignedTask.objects.create(unit=sngv, title="Báo cáo X", year=2021, due="q3", progress="in_progress")
    AssignedTask.objects.create(
        unit=sngv, title="Báo cáo Y", year=2021, due="q3", progress="done", completed_on=date(2021, 8, 20)
    )
    AssignedTask.objects.create(unit=sngv, title="Báo cáo Z", year=2021, due="q4", progress="in_progress")
    AssignedTask.objects.create(
        unit=sngv, title="Báo cáo W", year=2020, due="date", due_date=date(2021, 9, 15), progress="not_started"
    )
    text = plan_of("SNgV", "2021-08")
    late = "- Tập trung hoàn thành các nhiệm vụ được giao: Kế hoạch hợp tác giữa tỉnh Quảng Ngãi với các địa phương"
    assert text.startswith(late) and "năm 2021), hạn hoàn thành: 30/6/2021, đã quá hạn; " in text
    assert "; Báo cáo W, hạn hoàn thành: 15/9/2021; Báo cáo X, hạn hoàn thành: 30/9/2021." in text
    assert text.index(late) < text.index("Báo cáo W") < text.index("Báo cáo X")
    assert "Báo cáo Y" not in text and "Báo cáo Z" not in text


def test_a_task_due_on_the_periods_last_day_is_due_now_in_the_next_periods_plan(demo, db):
    """December's plan speaks of January: a task due on 31/12/2021 and not done is not still ahead then, nor
    late yet when the report is written: it is due now."""
    due = "Tổ chức Hội nghị vận động viện trợ nước ngoài vào tỉnh Quảng Ngãi, hạn hoàn thành: 31/12/2021"
    assert f"{due}." in plan_of("SNgV", "2021-11")  # December's own deadline: ahead of November's plan
    december = plan_of("SNgV", "2021-12")
    assert f"{due}, đã đến hạn." in december and f"{due}, đã quá hạn" not in december
    assert "hạn hoàn thành: 31/12/2021;" not in december


def test_a_plan_names_the_units_own_work_only_even_the_focal_points(demo, db):
    CulturalEvent.objects.create(
        unit=Unit.objects.get(code="SNgV"),
        title="Giao lưu văn hóa D",
        held_on=date(2021, 9, 12),
        status=ActivityStatus.PLANNED,
    )
    CulturalEvent.objects.create(
        unit=Unit.objects.get(code="DHPVD"),
        title="Đêm văn hóa E",
        held_on=date(2021, 9, 13),
        status=ActivityStatus.PLANNED,
    )
    assert "Giao lưu văn hóa D" not in plan_of("DHPVD", "2021-08")
    # another unit writes the areas where it has work, and no standing work of the focal point
    assert plan_of("DHPVD", "2021-08").startswith("- Tổ chức Đêm văn hóa E (dự kiến ngày 13/9/2021).")
    assert "Đêm văn hóa E" not in plan_of("SNgV", "2021-08")  # the focal point counts it, plans its own


def test_the_6_month_review_looks_ahead_under_the_heading_of_seed_001(demo, db):
    report = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="review"), "2021-H1")
    assert str(report.sections.get(key="III")).endswith(
        "ĐỊNH HƯỚNG NHIỆM VỤ CÔNG TÁC CHỦ YẾU TRONG 6 THÁNG CUỐI NĂM 2021"
    )
    monthly = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2021-08")
    assert str(monthly.sections.get(key="III")) == "II. DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU THÁNG 9/2021"  # seed 003


def test_a_task_left_open_for_years_is_still_named_in_the_plan_late_first(demo, db):
    """The Sở's tasks of 2021 still open, which the home page counts late, are the Văn phòng's to finish in 2026:
    the plan names them as it names last year's, the oldest first; one sent to the UBND tỉnh is not."""
    vp = Unit.objects.get(code="VP")
    AssignedTask.objects.create(unit=vp, title="Báo cáo V", year=2025, due="date", due_date=date(2025, 3, 1))
    AssignedTask.objects.create(unit=vp, title="Báo cáo U", year=2025, due="date", due_date=date(2026, 8, 15))
    text = plan_of("VP", "2026-H1")
    laos = "Thỏa thuận cấp cao Việt Nam - Lào năm 2021), hạn hoàn thành: 30/6/2021, đã quá hạn; "
    late = "Báo cáo V, hạn hoàn thành: 01/3/2025, đã quá hạn; "
    assert text.index(laos) < text.index(late) < text.index("Báo cáo U, hạn hoàn thành: 15/8/2026")
    assert "Quảng Ngãi, hạn hoàn thành: 31/12/2021, đã quá hạn" in text
    assert "với tỉnh Champasak, Lào giai đoạn 2021-2025, hạn" not in text


def test_the_tasks_the_home_page_says_late_are_told_late_in_this_years_report(demo, db):
    """The home page's late tasks (AssignedTask.objects.overdue) are the report's: carried over from their year,
    late, and named again in the plan."""
    late = AssignedTask.objects.overdue(today=date(2026, 12, 7)).filter(unit__code="SNgV")
    report = create_report(Unit.objects.get(code="VP"), ReportTemplate.objects.get(code="general"), "2026-11")
    told = report.sections.get(key="I.12.a").text + report.sections.get(key="I.12.b").text
    plan = report.sections.get(key="III").text
    assert late.count() == 3
    for task in late:
        assert f"{task.title} (nhiệm vụ năm 2021 chuyển sang)" in told
        assert f"{task.title.rstrip('.')}, hạn hoàn thành: " in plan
    assert told.count("(nhiệm vụ năm 2021 chuyển sang)") == 3 and told.count("(quá hạn)") == 3


def test_the_half_years_plan_names_the_delegations_of_the_years_plan_expected_then(demo, db):
    text = plan_of("SNgV", "2021-H1")
    delegations = next(p for p in text.split("\n\n") if p.startswith("- Tiếp tục tham mưu quản lý nhà nước"))
    # the country named once: where the delegation goes, not again at the end of its purpose («… tại Hàn Quốc»)
    assert "Tổ chức đoàn công tác đến Hàn Quốc (dự kiến Quý IV/2021) để xúc tiến đầu tư, thương mại." in delegations
    assert delegations.count("Hàn Quốc") == 1
    assert "Chuẩn bị tốt các điều kiện đón đoàn tỉnh Attapeu thăm và làm việc tại tỉnh (dự kiến Quý III/2021)." in (
        delegations
    )
    assert "Nhật Bản" not in delegations  # postponed
    assert "Nga" not in delegations  # Quý I: not the period's


def test_two_delegations_coming_from_one_country_at_one_time_are_named_by_their_guests_and_never_written_twice(
    demo, db
):
    plan = DelegationPlan.objects.get(unit__code="SNgV", year=2021)
    for destination, purpose in (
        ("", "Đón đoàn tỉnh Attapeu thăm và làm việc tại tỉnh"),  # the demo's own, a second time
        ("tỉnh Sekong", "Khảo sát hợp tác giáo dục"),
        ("tỉnh Sekong, Lào", "Khảo sát hợp tác giáo dục"),  # the same again, its country typed
    ):
        DelegationPlanItem.objects.create(
            plan=plan, direction="in", country="LA", destination=destination, purpose=purpose,
            planned_period="Quý III", persons=4,
        )  # fmt: skip
    delegations = plan_of("SNgV", "2021-H1").split("\n\n")[1]
    attapeu = "Chuẩn bị tốt các điều kiện đón đoàn tỉnh Attapeu thăm và làm việc tại tỉnh (dự kiến Quý III/2021)."
    sekong = (
        "Chuẩn bị tốt các điều kiện đón tiếp đoàn tỉnh Sekong (Lào) đến tỉnh (dự kiến Quý III/2021) để khảo sát hợp "
        "tác giáo dục."
    )
    assert delegations.count(attapeu) == 1 and delegations.count(sekong) == 1


def test_a_delegation_planned_for_a_quarter_is_named_each_month_until_it_has_gone(demo, db):
    from ngoaivu.register.models import OutgoingDelegation

    korea = "Tổ chức đoàn công tác đến Hàn Quốc (dự kiến Quý IV/2021)"
    sngv = Unit.objects.get(code="SNgV")

    def trip(day, **fields):
        return OutgoingDelegation.objects.create(
            unit=sngv, title="Đoàn công tác xúc tiến đầu tư tại Hàn Quốc", persons=6, countries=["KR"],
            start_date=day, **fields,
        )  # fmt: skip

    # Not the planned one: a trip out of the annual plan, one on private business, one before Quý IV.
    trip(date(2021, 10, 4), in_annual_plan=False)
    trip(date(2021, 10, 5), nature=OutgoingDelegation.Nature.PRIVATE)
    trip(date(2021, 9, 6))
    assert korea in plan_of("SNgV", "2021-09") and korea in plan_of("SNgV", "2021-10")
    # The planned one goes on 18/10/2021: September's plan named it; October's and November's do not.
    trip(date(2021, 10, 18))
    assert korea in plan_of("SNgV", "2021-09")
    assert korea not in plan_of("SNgV", "2021-10") and korea not in plan_of("SNgV", "2021-11")


def test_a_planned_visit_to_a_named_place_is_done_only_by_a_trip_there(demo, db):
    from ngoaivu.register.models import OutgoingDelegation

    seoul = "thành phố Seoul, Hàn Quốc (dự kiến Quý III hoặc Quý IV/2025)"
    office = Unit.objects.get(code="VP")

    def trip(title, day):
        return OutgoingDelegation.objects.create(
            unit=office, title=title, persons=5, countries=["KR"], start_date=day, in_annual_plan=True
        )

    assert seoul in plan_of("VP", "2025-09")
    trip("Đoàn xúc tiến đầu tư, thương mại tỉnh tại Hàn Quốc", date(2025, 9, 22))  # Korea, not Seoul's visit
    assert seoul in plan_of("VP", "2025-09")
    trip("Đoàn học tập kinh nghiệm chính quyền số tại Seoul", date(2025, 9, 24))
    assert seoul not in plan_of("VP", "2025-09")
