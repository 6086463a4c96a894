"""The next year's plan in the Văn phòng's integration report, as seed 002 words it: the plan named
once with its letter, each time with its year."""

from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def test_the_plan_is_named_with_its_letter(demo, db):
    office = Unit.objects.get(code="VP")
    report = create_report(office, ReportTemplate.objects.get(code="integration"), "2024")
    assert report.sections.get(key="III").text == (
        "Văn phòng đã xây dựng Kế hoạch đoàn ra năm 2025 (Công văn số 1821/VP-HCQT ngày 09/8/2024), trong đó dự kiến "
        "Quý III hoặc Quý IV/2025, Văn phòng sẽ tổ chức đoàn công tác đến thành phố Seoul, Hàn Quốc để học tập, trao "
        "đổi kinh nghiệm về công tác thúc đẩy chính quyền số."
    )  # seed 002, word for word


def test_a_destination_that_names_its_country_names_it_once(demo, db):
    from ngoaivu.register.models import DelegationPlanItem

    DelegationPlanItem.objects.filter(destination="thành phố Seoul").update(
        destination="thành phố Seoul, Hàn Quốc", purpose="Học tập kinh nghiệm về chính quyền số tại Hàn Quốc."
    )
    report = create_report(Unit.objects.get(code="VP"), ReportTemplate.objects.get(code="integration"), "2024")
    text = report.sections.get(key="III").text
    # nor its purpose names it again («… tại Hàn Quốc»), nor a stop typed after it doubles the sentence's
    assert text.endswith("đến thành phố Seoul, Hàn Quốc để học tập kinh nghiệm về chính quyền số.")
