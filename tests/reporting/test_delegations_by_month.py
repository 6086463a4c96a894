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
        "Trong tháng 10, Văn phòng đã tổ chức đoàn công tác (05 người) đến Trung Quốc để xúc tiến đầu tư tại tỉnh Hà "
        "Bắc; đoàn công tác (03 người) đến Hàn Quốc để làm việc với tỉnh Gyeonggi. "
        "Trong tháng 11, Văn phòng đã tổ chức đoàn công tác (04 người) đến Lào để làm việc với tỉnh Champasak."
    ) in text


def test_a_delegation_is_told_where_it_went_and_what_for_as_seed_002_tells_it(units):
    unit = units["vp"]
    OutgoingDelegation.objects.create(
        unit=unit,
        title="Đoàn công tác Văn phòng UBND tỉnh làm việc tại tỉnh Hà Bắc, Trung Quốc",
        persons=3,
        countries=["CN"],
        start_date=date(2024, 8, 12),
        purpose="Làm việc với cơ quan, chính quyền địa phương tại tỉnh Hà Bắc và nghiên cứu thực tế về quy hoạch.",
    )
    OutgoingDelegation.objects.create(
        unit=unit, title="Đoàn khảo sát du lịch", persons=2, countries=["JP"], start_date=date(2024, 9, 2)
    )
    draft = build(INTEGRATION_REPORT, build_context(unit, parse("2024"), INTEGRATION_REPORT))
    text = "\n".join(section.text for section in draft.flat())
    assert (
        "Trong tháng 8, Văn phòng đã tổ chức đoàn công tác (03 người) đến tỉnh Hà Bắc, Trung Quốc để làm việc với cơ "
        "quan, chính quyền địa phương tại tỉnh Hà Bắc và nghiên cứu thực tế về quy hoạch. "
        "Trong tháng 9, Văn phòng đã tổ chức đoàn công tác (02 người) đến Nhật Bản: Đoàn khảo sát du lịch."
    ) in text
