"""A compiled report counts its whole scope in every window, and its compilation table shows each part:
the register's figures of the units that did not answer, or were not asked, are counted in the period as
in the year to date and the stock, named as their source (collection/compiled_figures.py)."""

import datetime as dt
from io import BytesIO

from openpyxl import load_workbook

from ngoaivu.collection import compilation
from ngoaivu.core.models import Unit
from ngoaivu.register.models import FishingIncident, ForeignResident

from .test_compilation import answer


def _focal(units):
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    units["sngv"].refresh_from_db()


def _students(unit, persons):
    ForeignResident.objects.create(
        unit=unit, name="Lưu học sinh", country="LA", persons=persons, arrived_on=dt.date(2021, 1, 4)
    )


def test_the_table_its_xlsx_and_the_report_state_the_same_students_with_their_parts(outgoing, units, users):
    # The university was asked and has not answered, the college not asked: their registers hold students,
    # which the report's stock counts; the table shows them in columns of their own, its total the report's.
    _focal(units)
    college = Unit.objects.create(
        name="Trường Cao đẳng Kỹ thuật Công nghiệp", code="CĐKTCN", kind=Unit.Kind.UNIVERSITY, parent=units["province"]
    )
    _students(units["dh"], 30)
    _students(college, 20)
    request = outgoing()
    answer(request, units["vp"], "accepted", {"foreign_students": {"count": 5}})
    data = compilation.table(request)
    assert data["headers"] == [
        "Sở Ngoại vụ",
        "Văn phòng UBND tỉnh",
        "Trường Cao đẳng Kỹ thuật Công nghiệp (sổ theo dõi; không được đề nghị báo cáo)",
        "Trường Đại học Phạm Văn Đồng (sổ theo dõi; chưa có báo cáo được tiếp nhận)",
    ]
    row = next(r for r in data["rows"] if r["code"] == "foreign_students")
    assert (row["cells"], row["total"], row["differs"]) == ([0, 5, 20, 30], 55, True)
    sheet = load_workbook(BytesIO(compilation.xlsx(request))).active
    printed = next(r for r in sheet.iter_rows(values_only=True) if r[0] == "Lưu học sinh đang học tập")
    assert printed[2:7] == (0, 5, 20, 30, 55)
    context = compilation.counted_context(request, compilation.answers_of(request)).context
    assert context.figures["foreign_students"]["count"].period == 55
    text = "\n".join(s.text for s in compilation.compile_report(request, users["officer"]).sections.all())
    assert (
        "- Tính đến cuối kỳ báo cáo, theo số liệu của Trường Cao đẳng Kỹ thuật Công nghiệp, Trường Đại học Phạm "
        "Văn Đồng và theo báo cáo của 01 đơn vị, có 55 lưu học sinh đang học tập" in text
    )


def test_a_detention_of_the_period_a_unit_not_asked_records_is_the_periods(outgoing, units, users):
    # The border guard (not asked) recorded a detention in August, its fishermen still held: the month's figure
    # counts it as the stock does, never «không có tàu cá … bị bắt giữ» beside «vẫn còn 01 tàu cá».
    _focal(units)
    guard = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code="BĐBP", parent=units["province"])
    FishingIncident.objects.create(
        unit=guard, kind="detained", occurred_on=dt.date(2021, 8, 20), boat_number="QNg 96180 TS", fishermen=8
    )
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    answer(request, units["dh"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.5.b").text
    assert "không có tàu" not in text
    assert (
        "- Trong tháng, theo số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, có 01 tàu cá cùng 08 ngư dân bị "
        "nước ngoài bắt giữ (tăng 01 tàu cá cùng 08 ngư dân so với cùng kỳ năm 2020)." in text
    )
    assert "- Theo số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, vẫn còn 01 tàu cá cùng 08 ngư dân" in text
    table = {(r["code"], r["measure"]): r["total"] for r in compilation.table(request)["rows"]}
    assert table[("boats_detained", "fishermen")] == table[("fishermen_still_detained", "fishermen")] == 8


# What the office's own summary closing part I says (seed 003): what was done, no unit late.
OFFICE_SUMMARY = (
    "Tóm lại, trong tháng 8/2021, Sở Ngoại vụ đã tổ chức triển khai thực hiện công tác đối ngoại theo kế hoạch đã đề "
    "ra, phục vụ nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và hội nhập quốc tế của tỉnh."
)


def test_a_units_difficulty_is_told_in_the_summary_after_what_the_office_did(outgoing, units, users):
    # Every answer came on time; the university tells a difficulty in its own summary.
    request = outgoing()
    on_time = dt.datetime(2021, 9, 6, 9)
    answer(request, units["vp"], "accepted", {}, submitted=on_time)
    texts = {"I.summary": "Kinh phí cho hoạt động đối ngoại còn hạn chế."}
    answer(request, units["dh"], "accepted", {}, texts, submitted=on_time)
    told = f"{OFFICE_SUMMARY}\n\n- Trường Đại học Phạm Văn Đồng: Kinh phí cho hoạt động đối ngoại còn hạn chế."
    assert compilation.compiled_draft(request)[0]["I.summary"] == told
    assert compilation.compile_report(request, users["officer"]).sections.get(key="I.summary").text == told


def test_the_summary_says_what_the_office_did_alone_where_no_unit_tells_a_difficulty(outgoing, units, users):
    request = outgoing()
    on_time = dt.datetime(2021, 9, 6, 9)
    answer(request, units["vp"], "accepted", {}, submitted=on_time)
    answer(request, units["dh"], "accepted", {}, {"III": "Tổ chức đoàn công tác đến Lào."}, submitted=on_time)
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.summary").text
    assert text == OFFICE_SUMMARY
