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
