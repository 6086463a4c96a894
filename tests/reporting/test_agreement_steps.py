"""What was done on each agreement in the period is said, in the officer's words (seed 003: «Về …:
Tham mưu UBND tỉnh …»), or by the step's name when there are none; the notes stay the office's own."""

from datetime import date

from ngoaivu.register.models import Agreement, AgreementStep
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report


def test_each_step_of_the_period_is_said_with_its_agreement(units):
    unit = units["sngv"]
    mou = Agreement.objects.create(unit=unit, title="Bản ghi nhớ với tỉnh Champasak", partner="Champasak", country="LA")
    AgreementStep.objects.create(
        unit=unit,
        agreement=mou,
        step="party_review",
        done_on=date(2021, 8, 20),
        work_done="Báo cáo kết quả hợp tác.",
        notes="Đã gọi điện nhắc Văn phòng Tỉnh ủy.",
    )
    AgreementStep.objects.create(
        unit=unit, agreement=mou, step="other_opinion", done_on=date(2021, 8, 5), work_done="hoàn thiện dự thảo"
    )
    AgreementStep.objects.create(unit=unit, agreement=mou, step="mofa", done_on=date(2021, 8, 25))
    AgreementStep.objects.create(unit=unit, agreement=mou, step="mof", done_on=date(2021, 9, 2))  # next month
    report = create_report(unit, ReportTemplate.objects.get(code="general"), "2021-08")
    paragraphs = report.sections.get(key="I.3").text.split("\n\n")
    said = [paragraph for paragraph in paragraphs if paragraph.startswith("Về ")]
    # One sentence per agreement, its work as clauses in the order done (seed 003).
    assert said == [
        "Về Bản ghi nhớ với tỉnh Champasak: Hoàn thiện dự thảo; báo cáo kết quả hợp tác; xin ý kiến Bộ Ngoại giao."
    ]
    assert "gọi điện" not in report.sections.get(key="I.3").text
