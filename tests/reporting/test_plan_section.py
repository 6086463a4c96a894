"""The plan section names what the register already holds for the next period (seed 003: «Phát hành
Bản tin đối ngoại Quảng Ngãi số 25», the visit to Đức Phổ), then the standing work."""

from datetime import date

from ngoaivu.core.models import Unit
from ngoaivu.register.models import ActivityStatus, AssignedTask, CulturalEvent
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def plan_of(unit_code, period):
    report = create_report(Unit.objects.get(code=unit_code), ReportTemplate.objects.get(code="general"), period)
    return report.sections.get(key="III").text


def test_the_months_plan_names_the_next_months_work_by_date_before_the_standing_work(demo, db):
    text = plan_of("SNgV", "2021-08")
    visit = "- Đoàn công tác làm việc tại UBND thị xã Đức Phổ về triển khai công tác Biển Đông - Hải đảo năm 2021"
    bulletin = "- Phát hành Bản tin Đối ngoại Quảng Ngãi số 25 (dự kiến ngày 24/9/2021)."
    standing = "- Tiếp tục tham mưu quản lý nhà nước đối với đoàn ra, đoàn vào"
    assert visit in text and bulletin in text and standing in text
    assert text.index(visit) < text.index(bulletin) < text.index(standing)
    assert "(dự kiến ngày 16/9/2021)" in text
    assert "Homestay" not in text  # held in August: the period's own work, not the plan's


def test_a_postponed_or_cancelled_event_is_not_planned(demo, db):
    sngv = Unit.objects.get(code="SNgV")
    for status, title in ((ActivityStatus.CANCELLED, "Giao lưu văn hóa A"), (ActivityStatus.POSTPONED, "Giao lưu B")):
        CulturalEvent.objects.create(unit=sngv, title=title, held_on=date(2021, 9, 10), status=status)
    CulturalEvent.objects.create(
        unit=sngv, title="Giao lưu văn hóa C", held_on=date(2021, 9, 12), status=ActivityStatus.PLANNED
    )
    text = plan_of("SNgV", "2021-08")
    assert "- Giao lưu văn hóa C (dự kiến ngày 12/9/2021)." in text
    assert "Giao lưu văn hóa A" not in text and "Giao lưu B" not in text


def test_a_task_still_open_and_due_in_the_next_period_is_named_with_its_deadline(demo, db):
    sngv = Unit.objects.get(code="SNgV")
    AssignedTask.objects.create(unit=sngv, title="Báo cáo X", year=2021, due="q3", progress="in_progress")
    AssignedTask.objects.create(
        unit=sngv, title="Báo cáo Y", year=2021, due="q3", progress="done", completed_on=date(2021, 8, 20)
    )
    AssignedTask.objects.create(unit=sngv, title="Báo cáo Z", year=2021, due="q4", progress="in_progress")
    text = plan_of("SNgV", "2021-08")
    assert "- Tập trung hoàn thành nhiệm vụ: Báo cáo X (hạn hoàn thành: 30/9/2021)." in text
    assert "Báo cáo Y" not in text and "Báo cáo Z" not in text


def test_a_units_plan_names_its_own_work_only(demo, db):
    CulturalEvent.objects.create(
        unit=Unit.objects.get(code="SNgV"),
        title="Giao lưu văn hóa D",
        held_on=date(2021, 9, 12),
        status=ActivityStatus.PLANNED,
    )
    assert "Giao lưu văn hóa D" not in plan_of("DHPVD", "2021-08")


def test_the_6_month_review_looks_ahead_under_the_heading_of_seed_001(demo, db):
    report = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2021-H1")
    assert str(report.sections.get(key="III")).endswith(
        "ĐỊNH HƯỚNG NHIỆM VỤ CÔNG TÁC CHỦ YẾU TRONG 6 THÁNG CUỐI NĂM 2021"
    )
    monthly = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2021-08")
    assert str(monthly.sections.get(key="III")).endswith("DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU THÁNG 9/2021")
