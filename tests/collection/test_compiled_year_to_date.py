"""A compiled report's year to date and stocks: the register's over the asking unit's whole scope, the asked
units' part of the period replaced by their answers (collection/compiled_figures.py)."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.core.models import Succession, Unit
from ngoaivu.register.models import FishingIncident
from ngoaivu.reporting.sentences import fill

from .test_compilation import answer


def _detained(unit, day, fishermen, number="QNg 90001 TS"):
    FishingIncident.objects.create(unit=unit, kind="detained", occurred_on=day, boat_number=number, fishermen=fishermen)


def test_the_focal_points_year_to_date_counts_the_register_of_units_not_asked(outgoing, units, users):
    # The border guard's detention of April is the province's (the Sở's own report counts it); it was not
    # asked for the August answers, and is neither lost from the year to date nor from those still held.
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    guard = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code="BĐBP", parent=units["province"])
    _detained(guard, dt.date(2021, 4, 29), 8)
    request = outgoing()
    answer(request, units["vp"], "accepted", {"boats_detained": {"boats": 1, "fishermen": 4}})
    answer(request, units["dh"], "accepted", {"boats_detained": {"boats": 1, "fishermen": 5}})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.5.b").text
    # The Sở's register holds none of them: its name is no source of them.
    assert (
        "- Trong tháng, theo báo cáo của 02 đơn vị, có 02 tàu cá cùng 09 ngư dân bị nước ngoài "
        "bắt giữ (tăng 02 tàu cá cùng 09 ngư dân so với" in text
    )
    # The year to date and the stock count the border guard's rows too: their sources say so, not the period's.
    assert (
        "Tính chung trong 8 tháng, theo số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh và theo báo cáo "
        "của 02 đơn vị, có 03 tàu cá cùng 17 ngư dân bị nước ngoài bắt giữ "
        "(tăng 03 tàu cá cùng 17 ngư dân so với cùng kỳ năm 2020)" in text
    )
    assert (
        "Theo số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, vẫn còn 01 tàu cá cùng 08 ngư dân đang "
        "bị các nước bắt giữ" in text
    )


def test_the_answers_replace_their_units_period_in_the_year_to_date(outgoing, units):
    # The Văn phòng's register holds 01 boat of April and 01 of August; its answer counts 02 in August:
    # the year to date is April's and the answer's, never August's register row besides.
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    _detained(units["vp"], dt.date(2021, 4, 2), 3)
    _detained(units["vp"], dt.date(2021, 8, 2), 6, number="QNg 90002 TS")
    request = outgoing()
    answer(request, units["vp"], "accepted", {"boats_detained": {"boats": 2, "fishermen": 7}})
    answer(request, units["dh"], "accepted", {})
    figures = compilation.counted_context(request, compilation.answers_of(request)).context.figures["boats_detained"]
    assert (figures["boats"].period, figures["boats"].ytd) == (2, 3)
    assert (figures["fishermen"].period, figures["fishermen"].ytd) == (7, 10)


def test_a_non_focal_units_year_to_date_keeps_the_answering_units_months(outgoing, units):
    # The Sở is not the focal point: the Văn phòng is outside its scope, its April row counted all the same.
    _detained(units["vp"], dt.date(2021, 4, 2), 3)
    request = outgoing()
    answer(request, units["vp"], "accepted", {"boats_detained": {"boats": 1, "fishermen": 5}})
    answer(request, units["dh"], "accepted", {})
    figures = compilation.counted_context(request, compilation.answers_of(request)).context.figures["boats_detained"]
    assert (figures["boats"].ytd, figures["fishermen"].ytd) == (2, 8)


def test_a_stock_is_compared_with_last_year_only_where_its_whole_scope_was_recorded(outgoing, units):
    # The stock counts the border guard's boat, whose register began in 2021: last year's stock of its scope is
    # not known, though the asked units' is. Its comparison is said of the scope its figure counts.
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    units["sngv"].refresh_from_db()  # the request's unit, as compile_report reads it
    guard = Unit.objects.create(
        name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh",
        code="BĐBP",
        parent=units["province"],
        recorded_since=dt.date(2021, 1, 1),
    )
    _detained(guard, dt.date(2021, 4, 29), 8)
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    context = compilation.counted_context(request, compilation.answers_of(request)).context
    assert context.figures["fishermen_still_detained"]["fishermen"].period == 8
    assert fill("{fishermen_still_detained.compare}", context) == "chưa có số liệu cùng kỳ năm 2020 để so sánh"


def test_the_note_on_merged_units_covers_the_whole_scope_the_year_to_date_counts(outgoing, units):
    # The province took in the tỉnh Kon Tum in March 2021: the focal point's year to date counts both provinces'
    # rows of 2020, though neither the Sở nor the answering units were merged.
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    units["sngv"].refresh_from_db()
    old = Unit.objects.create(
        name="Tỉnh Kon Tum", code="KT", kind=Unit.Kind.PROVINCE, ended_on=dt.date(2021, 3, 1), is_active=False
    )
    Succession.objects.create(
        predecessor=old, successor=units["province"], kind=Succession.Kind.MERGE, effective_on=dt.date(2021, 3, 1)
    )
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    note = compilation.counted_context(request, compilation.answers_of(request)).context.comparison_note
    assert note == "Số liệu cùng kỳ năm 2020 gồm số liệu của tỉnh Quảng Ngãi và tỉnh Kon Tum (trước sắp xếp)."


def test_the_compiled_report_names_the_asking_unit_and_a_unit_not_asked_by_one_rule(outgoing, units, monkeypatch):
    # The year to date's sources (compiled_figures.whole_sources) and the asking unit's words (unit_words) both
    # name a unit by Unit.report_name: a unit cannot be named two ways in one report.
    Unit.objects.filter(pk=units["sngv"].pk).update(coordinates_province=True)
    units["sngv"].refresh_from_db()
    guard = Unit.objects.create(name="Bộ Chỉ huy Bộ đội Biên phòng tỉnh", code="BĐBP", parent=units["province"])
    _detained(guard, dt.date(2021, 4, 29), 8)
    request = outgoing()
    answer(request, units["vp"], "accepted", {})
    monkeypatch.setattr(Unit, "report_name", property(lambda unit: f"[{unit.code}]"), raising=False)
    context = compilation.counted_context(request, compilation.answers_of(request)).context
    assert context.unit["name"] == context.source == "[SNgV]"
    assert context.whole_contributors["boats_detained"][1] == ["[BĐBP]"]


def test_the_year_to_date_names_an_answering_units_earlier_months_as_its_register(outgoing, units, users):
    # January: neither unit answered, their boats of the month counted from the register. February: the Văn
    # phòng answers 01 boat, the university none. The period counts the Văn phòng's report alone; the two
    # months count both registers' January besides: the year to date says so, not «theo báo cáo» alone.
    _detained(units["vp"], dt.date(2021, 1, 12), 3)
    _detained(units["dh"], dt.date(2021, 1, 20), 2, number="QNg 90002 TS")
    january = outgoing(period="2021-01", deadline=dt.date(2021, 2, 10))
    answer(january, units["vp"], "accepted", {})
    assert compilation.table(january)["others"] == [units["dh"]]
    request = outgoing(period="2021-02", deadline=dt.date(2021, 3, 10))
    answer(request, units["vp"], "accepted", {"boats_detained": {"boats": 1, "fishermen": 4}})
    answer(request, units["dh"], "accepted", {})
    text = compilation.compile_report(request, users["officer"]).sections.get(key="I.5.b").text
    assert "- Trong tháng, theo báo cáo của 01 đơn vị, có 01 tàu cá cùng 04 ngư dân" in text
    assert (
        "theo số liệu của Trường Đại học Phạm Văn Đồng, Văn phòng UBND tỉnh và theo báo cáo của 01 đơn vị, "
        "có 03 tàu cá cùng 09 ngư dân" in text
    )
