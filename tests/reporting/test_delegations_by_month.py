"""The integration report tells the delegations sent one month in one sentence, not «Trong tháng 10, …»
twice in a row."""

from datetime import date

from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.models import OutgoingDelegation
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.outlines import INTEGRATION_REPORT


def test_the_delegations_of_one_month_are_one_sentence(units):
    unit = units["vp"]
    for title, countries, persons, day in (
        ("Xúc tiến đầu tư tại tỉnh Hà Bắc", ["CN"], 5, date(2024, 10, 8)),
        ("Làm việc với tỉnh Gyeonggi", ["KR"], 3, date(2024, 10, 21)),
        ("Làm việc với tỉnh Champasak", ["LA"], 4, date(2024, 11, 4)),
    ):
        OutgoingDelegation.objects.create(unit=unit, title=title, persons=persons, countries=countries, start_date=day)
    draft = build(INTEGRATION_REPORT, build_context(unit, parse("2024"), INTEGRATION_REPORT))
    text = "\n".join(section.text for section in draft.flat())
    assert text.count("Trong tháng 10,") == 1
    assert (
        "Trong tháng 10, tổ chức đoàn công tác đến Trung Quốc (05 người): Xúc tiến đầu tư tại tỉnh Hà Bắc; "
        "đoàn công tác đến Hàn Quốc (03 người): Làm việc với tỉnh Gyeonggi. "
        "Trong tháng 11, tổ chức đoàn công tác đến Lào (04 người): Làm việc với tỉnh Champasak."
    ) in text
