"""Students at a period's end: one whose stay ends on the period's last day still studies on it, and a
unit whose students all left before the end says it managed them, not that it had none."""

from datetime import date

from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate, series
from ngoaivu.register.models import FishingIncident, ForeignResident
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.outlines import GENERAL


def _student(unit, persons, departed_on, country="LA"):
    return ForeignResident.objects.create(
        unit=unit,
        name="Lưu học sinh",
        country=country,
        persons=persons,
        arrived_on=date(2021, 9, 1),
        departed_on=departed_on,
    )


def _text(unit, period_code):
    draft = build(GENERAL, build_context(unit, parse(period_code), GENERAL, own=True))
    return "\n".join(section.text for section in draft.flat())


def test_a_student_leaving_on_the_periods_last_day_still_studies_on_it(units):
    university = units["dh"]
    _student(university, 128, date(2026, 6, 30))
    _student(university, 5, date(2026, 6, 29))
    figures = evaluate(["foreign_students"], parse("2026-H1"), [university.pk])["foreign_students"]["count"]
    assert (figures.period, figures.ytd) == (128, 128)
    assert evaluate(["foreign_students"], parse("2026-07"), [university.pk])["foreign_students"]["count"].period == 0
    # Last year's stock is read the same way: both studied on 30/06/2025.
    assert figures.last_year == 133
    # A chart's point, read on the month's last day, follows the same rule.
    assert series("foreign_students", parse("2026").months(), [university.pk])["count"][5:7] == [128, 0]


def test_a_fisherman_released_on_the_periods_last_day_is_no_longer_held(units):
    university = units["dh"]
    FishingIncident.objects.create(
        unit=university,
        boat_number="QNg 1 TS",
        country="CN",
        occurred_on=date(2026, 6, 3),
        fishermen=7,
        released_on=date(2026, 6, 30),
    )
    held = evaluate(["fishermen_still_detained"], parse("2026-06"), [university.pk])["fishermen_still_detained"]
    assert held["fishermen"].period == 0


def test_the_students_of_the_period_are_counted_at_its_end(units):
    university = units["dh"]
    _student(university, 128, date(2026, 6, 30))
    text = _text(university, "2026-H1")
    assert "Tính đến cuối kỳ báo cáo, Trường Đại học Phạm Văn Đồng có 128 lưu học sinh đang học tập." in text
    assert "không tiếp nhận, quản lý lưu học sinh" not in text


def test_students_who_left_before_the_end_were_managed_in_the_period(units):
    university = units["dh"]
    _student(university, 128, date(2026, 6, 30))
    _student(university, 4, date(2026, 3, 15), country="KH")
    text = _text(university, "2026")
    assert (
        "- Trong năm, Trường Đại học Phạm Văn Đồng quản lý 128 lưu học sinh Lào và 04 lưu học sinh Campuchia; "
        "tính đến cuối kỳ báo cáo, không còn lưu học sinh nào đang học tập."
    ) in text
    assert "không tiếp nhận, quản lý lưu học sinh" not in text
    # The months after they left had none to manage.
    assert "Trong tháng, Trường Đại học Phạm Văn Đồng không tiếp nhận, quản lý lưu học sinh nước ngoài." in _text(
        university, "2026-07"
    )


def test_a_bodys_students_study_at_the_schools_under_it_not_at_the_body(units):
    # «UBND tỉnh có 128 lưu học sinh» says the committee has students; they study at its university, as the
    # seeds word them («lưu học sinh … đang học tập tại tỉnh»). A school's own sentence keeps its subject.
    committee, university = units["committee"], units["dh"]
    committee.short_name = "UBND tỉnh"
    committee.save()
    university.parent = committee
    university.save()
    _student(university, 128, date(2026, 6, 30))
    text = _text(committee, "2026-H1")
    assert ("- Tính đến cuối kỳ báo cáo, có 128 lưu học sinh nước ngoài đang học tập do UBND tỉnh quản lý.") in text
    assert "UBND tỉnh có 128" not in text
    assert "Trường Đại học Phạm Văn Đồng có 128 lưu học sinh đang học tập." in _text(university, "2026-H1")
