"""The Văn phòng's people's-diplomacy report of 2023 on the demo data, as seed 000 words it."""

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def _text(report):
    return "\n".join(section.text for section in report.sections.all())


def test_a_course_the_office_only_attended_is_said_so_and_not_counted_as_held(demo, db):
    office = Unit.objects.get(code="VP")
    report = create_report(office, ReportTemplate.objects.get(code="peoples_diplomacy"), "2023")
    text = _text(report)
    assert (
        "- Ngoài ra, Văn phòng cử công chức tham gia lớp tập huấn về hội nhập kinh tế quốc tế do Sở Công Thương "
        "tổ chức." in text
    )
    assert "Tổ chức 01 lớp tập huấn" not in text


def test_the_integration_work_that_is_no_course_is_reported(demo, db):
    """Seed 000's main content, the 116 procedures translated, is a row of the register: it is said."""
    office = Unit.objects.get(code="VP")
    report = create_report(office, ReportTemplate.objects.get(code="peoples_diplomacy"), "2023")
    first = report.sections.get(key="I.1").text.split("\n\n")
    assert first[0] == (
        "- Biên dịch 116 thủ tục hành chính liên quan đến doanh nghiệp nước ngoài, người nước ngoài sang 04 thứ "
        "tiếng (tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Nhật)."
    )
    assert first[1].startswith("- Ngoài ra, Văn phòng cử công chức tham gia")  # «Ngoài ra» after something
    monthly = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2021-08")
    assert monthly.sections.get(key="I.2").text.endswith(
        "Rà soát, tổng hợp, hệ thống hóa các văn bản liên quan đến công tác hội nhập và hợp tác quốc tế."
    )  # seed 003


def test_the_focal_points_report_says_which_unit_sent_officials(demo, db):
    report = create_report(Unit.objects.get(code="SNgV"), ReportTemplate.objects.get(code="general"), "2023")
    text = report.sections.get(key="I.2").text
    office = Unit.objects.get(code="VP")
    assert (
        f"{office.short_name} cử công chức tham gia lớp tập huấn về hội nhập kinh tế quốc tế do Sở Công Thương "
        "tổ chức." in text
    )
    assert "Sở cử công chức" not in text


def test_the_integration_report_says_the_course_attended_too(demo, db):
    report = create_report(Unit.objects.get(code="VP"), ReportTemplate.objects.get(code="integration"), "2023")
    text = report.sections.get(key="I.2").text
    assert "Văn phòng cử công chức tham gia lớp tập huấn về hội nhập kinh tế quốc tế do Sở Công Thương" in text


def test_the_integration_report_counts_the_delegations_sent_before_telling_each(demo, db):
    # As every template counts them (delegations.DELEGATIONS_OUT_TOTAL): the total and its comparison, then
    # each delegation in the integration report's own words (seed 002).
    report = create_report(Unit.objects.get(code="VP"), ReportTemplate.objects.get(code="integration"), "2024")
    paragraphs = report.sections.get(key="I.2").text.split("\n\n")
    total = "Trong năm, Văn phòng cử 01 đoàn với 03 lượt cán bộ đi công tác nước ngoài (tăng 01 đoàn với 03 lượt"
    told = next(
        n for n, p in enumerate(paragraphs) if p.startswith("Trong tháng 8, Văn phòng đã tổ chức đoàn công tác")
    )
    assert paragraphs[told - 1].startswith(total)
