"""The units a compilation counts by their register rows (compiled_figures.register_units): a unit not asked,
or asked without an accepted answer, is counted in the period, the stock and the lists alike, shown in a
column of its own, and named by the page's notice exactly as the table heads its column."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.core.models import Unit
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.models import ForeignResident, OutgoingDelegation
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.services import drafted

from .test_compilation import answer

RETURNED = "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan đón "


def _focal(units):
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    units["sngv"].refresh_from_db()


def _college(units, name="Trường Cao đẳng Kỹ thuật Công nghiệp", code="CĐKTCN"):
    return Unit.objects.create(name=name, code=code, kind=Unit.Kind.UNIVERSITY, parent=units["province"])


def _students(unit, persons, day, arrival="returning", departed=None, province=""):
    ForeignResident.objects.create(
        unit=unit,
        name="Lưu học sinh",
        country="LA",
        persons=persons,
        arrival=arrival,
        arrived_on=day,
        departed_on=departed,
        home_province=province,
    )


def _register_report(request, key):
    """A section of the asking unit's own report of the period from its register, as «Lập báo cáo» writes it."""
    period = parse(request.period_code)
    context = build_context(request.unit, period, request.template.definition)
    return next(s.text for s in drafted(request.template, context).flat() if s.key == key)


def test_the_students_a_school_not_asked_received_are_listed_as_the_register_lists_them(outgoing, units, users):
    # The college was not asked: its students are counted in the stock, and the list of the students who came
    # names its rows, as the register's report does; the university's are told in its own paragraph.
    _focal(units)
    college = _college(units)
    _students(college, 45, dt.date(2021, 8, 9))
    _students(college, 6, dt.date(2021, 8, 10), arrival="new", province="Attapeu")
    _students(units["dh"], 120, dt.date(2021, 8, 5))
    request = outgoing()
    said = "Trường đón 120 lưu học sinh Lào trở lại trường."
    answer(request, units["dh"], "accepted", {"foreign_students": {"count": 120}}, {"I.6": said})
    answer(request, units["vp"], "accepted", {})
    assert (
        f"{RETURNED}165 lưu học sinh Lào trở lại tỉnh; tiếp nhận 06 lưu học sinh tỉnh Attapeu đến học tập tại tỉnh."
    ) in _register_report(request, "I.6")
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.6").text
    college_part = f"{RETURNED}45 lưu học sinh Lào trở lại tỉnh; tiếp nhận 06 lưu học sinh tỉnh Attapeu đến học tập"
    assert college_part in text  # 45 + the university's 120: the register's 165, none counted twice
    assert f"- Trường Đại học Phạm Văn Đồng: {said}" in text and "165" not in text
    assert "có 171 lưu học sinh đang học tập" in text


def test_a_school_not_asked_whose_students_came_and_left_in_the_period_is_counted_and_named(outgoing, units):
    # No student of the college studies there at the month's end: no stock, but the month's arrivals are
    # listed, so its column and the notice name it too.
    _focal(units)
    college = _college(units)
    _students(college, 12, dt.date(2021, 8, 2), departed=dt.date(2021, 8, 25))
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    answer(request, units["dh"], "accepted", {})
    sections, _notes = compilation.compiled_draft(request)
    assert f"{RETURNED}12 lưu học sinh Lào trở lại tỉnh." in sections["I.6"]
    data = compilation.table(request)
    assert data["headers"][-1] == "Trường Cao đẳng Kỹ thuật Công nghiệp (sổ theo dõi; không được đề nghị báo cáo)"
    note = compilation.coverage_note(data["submissions"])
    assert "trong sổ theo dõi của đơn vị không được đề nghị báo cáo: Trường Cao đẳng Kỹ thuật Công nghiệp." in note


def test_a_delegation_of_a_unit_not_asked_is_listed_with_those_it_is_counted_beside(outgoing, units, users):
    # The count holds the border guard's delegation (not asked): the list beside it names it, with the Sở's
    # own and the answering Văn phòng's, as the register's report does.
    _focal(units)
    guard = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code="BĐBP", parent=units["province"])
    for unit, title, day in (
        (units["sngv"], "Đoàn Sở đi Lào", 3),
        (units["vp"], "Đoàn Văn phòng đi Lào", 10),
        (guard, "Đoàn Biên phòng đi Lào", 17),
    ):
        OutgoingDelegation.objects.create(
            unit=unit, title=title, persons=2, countries=["LA"], start_date=dt.date(2021, 8, day)
        )
    request = outgoing()
    answer(request, units["vp"], "accepted", {"outgoing_delegations": {"groups": 1, "persons": 2}})
    answer(request, units["dh"], "accepted", {"outgoing_delegations": {"groups": 0, "persons": 0}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.1.a").text
    assert "có 03 đoàn với 06 lượt cán bộ đi công tác nước ngoài" in text
    for title, day in (("Đoàn Sở đi Lào", 3), ("Đoàn Văn phòng đi Lào", 10), ("Đoàn Biên phòng đi Lào", 17)):
        assert f"{title} ngày {day:02d}/8/2021" in text
    assert "Trong đó" not in text  # every delegation counted is listed


def test_the_notice_names_the_units_the_table_counts_by_their_register(outgoing, units):
    # Asked: the Văn phòng (accepted), the university (not answered, its register holds students), a district
    # (not answered, its register holds nothing); not asked: the college, whose register holds students.
    _focal(units)
    district = Unit.objects.create(
        name="UBND huyện Lý Sơn", code="LS", kind=Unit.Kind.DISTRICT, parent=units["province"]
    )
    college = _college(units)
    _students(units["dh"], 30, dt.date(2021, 1, 4))
    _students(college, 20, dt.date(2021, 1, 4))
    request = outgoing()
    request.submissions.create(unit=district)
    answer(request, units["vp"], "accepted", {"foreign_students": {"count": 5}})
    data = compilation.table(request)
    assert data["headers"][2:] == [
        "Trường Cao đẳng Kỹ thuật Công nghiệp (sổ theo dõi; không được đề nghị báo cáo)",
        "Trường Đại học Phạm Văn Đồng (sổ theo dõi; chưa có báo cáo được tiếp nhận)",
    ]
    note = compilation.coverage_note(data["submissions"])
    assert note.startswith(
        "Số liệu tổng hợp gồm báo cáo đã được tiếp nhận của 01 trong số 03 đơn vị; chưa có báo cáo được tiếp nhận "
        "của Trường Đại học Phạm Văn Đồng, UBND huyện Lý Sơn. Số liệu của Trường Đại học Phạm Văn Đồng lấy từ sổ "
        "theo dõi; sổ theo dõi chưa có số liệu trong kỳ của UBND huyện Lý Sơn. Báo cáo tổng hợp tính cả số liệu "
        "trong sổ theo dõi của đơn vị không được đề nghị báo cáo: Trường Cao đẳng Kỹ thuật Công nghiệp. "
    )
    row = next(r for r in data["rows"] if r["code"] == "foreign_students")
    assert (row["cells"], row["total"]) == ([0, 5, 20, 30], 55)


def test_an_asked_unit_outside_the_askers_own_reports_is_counted_by_its_register_as_the_notice_says(outgoing, units):
    # A Sở that is not the focal point asks the university, outside its own tree, which does not answer: the
    # notice says its figures come from the register, and they do, in a column of their own and in the report.
    _students(units["dh"], 30, dt.date(2021, 1, 4))
    request = outgoing()
    answer(request, units["vp"], "accepted", {"foreign_students": {"count": 5}})
    data = compilation.table(request)
    assert data["headers"][-1] == "Trường Đại học Phạm Văn Đồng (sổ theo dõi; chưa có báo cáo được tiếp nhận)"
    row = next(r for r in data["rows"] if r["code"] == "foreign_students")
    assert (row["cells"], row["total"]) == ([0, 5, 30], 35)
    note = compilation.coverage_note(data["submissions"])
    assert (
        "chưa có báo cáo được tiếp nhận của Trường Đại học Phạm Văn Đồng: số liệu của các đơn vị này lấy từ sổ" in note
    )
    context = compilation.counted_context(request, compilation.answers_of(request)).context
    assert context.figures["foreign_students"]["count"].period == 35


def test_every_list_says_the_indicators_whose_rows_it_reads():
    # What a compilation counts a unit by, read from the lists themselves: a list added without saying it
    # fails here, not silently in a compiled report that leaves its unit's rows uncounted.
    from ngoaivu.pure.indicators import BY_CODE
    from ngoaivu.reporting.lists import LISTS, OWN_WORK
    from ngoaivu.reporting.partner_lists import COUNTRY_LISTS

    for name, build in {**LISTS, **COUNTRY_LISTS}.items():
        if name not in OWN_WORK:
            assert isinstance(getattr(build, "reads", None), tuple), name
            assert set(build.reads) <= set(BY_CODE), name


def test_the_lists_templates_name_count_the_rows_they_read():
    from ngoaivu.collection.compiled_figures import listed_codes

    assert listed_codes(["student_arrivals", "partner_student_arrivals"]) == ["foreign_student_arrivals"]
    assert listed_codes(["partner_events", "procedure_translations"]) == [
        "economic_events",
        "cultural_events",
        "procedures_translated",
    ]
    # The lists of Laos the templates edited before the partner sections still write read what the partner
    # section's lists read; the students who left are the stock's rows.
    assert listed_codes(["lao_aid", "lao_events", "lao_delegations_in"]) == [
        "aid",
        "economic_events",
        "cultural_events",
        "incoming_delegations",
    ]
    assert listed_codes(["students_left"]) == ["foreign_students"]
    assert listed_codes(["planned_work", "tasks_programme", "next_year_plan", "partner_countries", "nothing"]) == []


def test_an_asked_unit_whose_only_rows_are_students_who_left_in_the_period_is_counted_by_its_register(outgoing, units):
    # The university did not answer; its students came in June and went home on 20/8: none studies there at the
    # month's end and none came in August, but the list of the students who left reads them (students_left), so
    # its register holds rows the report reads: a column of its own, and the notice says so.
    _students(units["dh"], 7, dt.date(2021, 6, 1), departed=dt.date(2021, 8, 20))
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    data = compilation.table(request)
    assert data["headers"][-1] == "Trường Đại học Phạm Văn Đồng (sổ theo dõi; chưa có báo cáo được tiếp nhận)"
    note = compilation.coverage_note(data["submissions"])
    assert (
        "chưa có báo cáo được tiếp nhận của Trường Đại học Phạm Văn Đồng: số liệu của các đơn vị này lấy từ sổ" in note
    )


def test_a_unit_whose_only_rows_no_indicator_of_the_template_reads_has_nothing_in_its_register(outgoing, units):
    # The university did not answer; its register holds its tasks of the year, its plan of next year's
    # delegations, and students who went home before the period began: the lists of tasks and plans read no
    # indicator's rows (shared_rows.reads), and the students' rows are no row of August. Not counted, as before.
    from ngoaivu.register.models import AssignedTask, DelegationPlan, DelegationPlanItem

    AssignedTask.objects.create(unit=units["dh"], title="Tổng kết hợp tác với Lào", year=2021, progress="in_progress")
    plan = DelegationPlan.objects.create(unit=units["dh"], year=2022)
    DelegationPlanItem.objects.create(
        plan=plan, direction="out", country="LA", purpose="Học tập", planned_period="Quý III", persons=3
    )
    _students(units["dh"], 7, dt.date(2021, 3, 1), departed=dt.date(2021, 6, 30))
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    data = compilation.table(request)
    assert data["others"] == []
    note = compilation.coverage_note(data["submissions"])
    assert "Sổ theo dõi cũng chưa có số liệu trong kỳ của các đơn vị này." in note
