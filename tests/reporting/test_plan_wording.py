"""The plan section's wording and grouping as pure functions: which items of a year's delegation plan fall in
a period, how a row's title reads as a task, and the areas' bullets written from plain rows (no database)."""

from datetime import date

import pytest

from ngoaivu.pure.plans import (
    announced_until,
    place_named,
    planned_months,
    planned_within,
    purpose_without_place,
    trip_place,
)
from ngoaivu.pure.wording import as_clause, in_sentence, reads_as_task
from ngoaivu.reporting.outlines.ahead import PLAN, PLAN_AREAS
from ngoaivu.reporting.plan_lists import PLAN_LISTS, work_row
from ngoaivu.reporting.paragraphs import write_section
from ngoaivu.reporting.sentences import Context


@pytest.mark.parametrize(
    ("when", "months"),
    [
        ("Quý III hoặc Quý IV", set(range(7, 13))),
        ("quý 2", {4, 5, 6}),
        ("Tháng 10", {10}),
        ("tháng 9 - 11", {9, 10, 11}),
        ("6 tháng cuối năm", set(range(7, 13))),
        ("Cả năm", None),
        ("", None),
    ],
)
def test_the_months_a_planned_time_names(when, months):
    assert planned_months(when) == months


@pytest.mark.parametrize(
    "note, until",
    [
        ("Đang triển khai thực hiện, dự kiến tổ chức vào tháng 9 - 11/2021 (tùy theo dịch bệnh).", date(2021, 11, 30)),
        ("Dự kiến hoàn thành trong Quý IV", date(2021, 12, 31)),
        ("dự kiến tháng 2/2022", date(2022, 2, 28)),
        ("dự kiến tổ chức từ tháng 12/2021 - 2/2022", date(2022, 2, 28)),  # each month in its own year
        ("Đang triển khai thực hiện.", None),
        ("Dự kiến trong năm", None),
        ("Đã ký tháng 3, chờ phê duyệt", None),  # a month, but no time announced
    ],
)
def test_the_time_a_note_announces(note, until):
    assert announced_until(note, 2021) == until


def test_a_planned_item_falls_in_the_period_of_its_months_and_one_without_months_only_in_its_whole_year():
    assert planned_within("Quý IV", 2021, date(2021, 7, 1), date(2021, 12, 31))
    assert not planned_within("Quý I", 2021, date(2021, 7, 1), date(2021, 12, 31))
    assert planned_within("tháng 9", 2021, date(2021, 8, 15), date(2021, 9, 14))  # Nghị định 09's September
    assert not planned_within("tháng 8", 2021, date(2021, 8, 15), date(2021, 9, 14))
    assert not planned_within("Cả năm", 2021, date(2021, 7, 1), date(2021, 12, 31))
    assert planned_within("Cả năm", 2021, date(2021, 1, 1), date(2021, 12, 31))


@pytest.mark.parametrize(
    ("purpose", "destination", "written"),
    [
        ("Xúc tiến đầu tư, thương mại tại Hàn Quốc.", "", "Xúc tiến đầu tư, thương mại"),
        ("Học tập kinh nghiệm ở nước Hàn Quốc", "", "Học tập kinh nghiệm"),
        ("Học tập tại thành phố Seoul, Hàn Quốc", "thành phố Seoul, Hàn Quốc", "Học tập"),
        ("Học tập tại thành phố Seoul", "thành phố Seoul", "Học tập"),
        # the country inside the purpose, or a purpose that is only the place: as typed
        ("Làm việc với doanh nghiệp Hàn Quốc về đầu tư", "", "Làm việc với doanh nghiệp Hàn Quốc về đầu tư"),
        ("Tại Hàn Quốc", "", "Tại Hàn Quốc"),
    ],
)
def test_a_trips_purpose_does_not_name_again_the_place_the_sentence_names(purpose, destination, written):
    """«Tổ chức đoàn công tác đến Hàn Quốc … để xúc tiến đầu tư, thương mại», not «… thương mại tại Hàn Quốc»."""
    assert purpose_without_place(purpose, "Hàn Quốc", trip_place(destination, "Hàn Quốc")) == written


def test_the_place_a_delegations_title_names_before_its_country():
    title = "Đoàn công tác Văn phòng UBND tỉnh làm việc tại tỉnh Hà Bắc, Trung Quốc"
    assert place_named(title, "Trung Quốc") == "tỉnh Hà Bắc"
    assert place_named("Xúc tiến đầu tư sang thành phố Osaka, Nhật Bản.", "Nhật Bản") == "thành phố Osaka"
    # no place before the country, or another country's
    assert place_named("Xúc tiến đầu tư tại Trung Quốc", "Trung Quốc") == ""
    assert place_named("Làm việc tại tỉnh Champasak, Lào", "Trung Quốc") == ""
    assert place_named("", "Lào") == ""


def test_a_title_reads_as_a_task_when_it_opens_with_a_verb_and_a_name_keeps_its_abbreviations():
    assert reads_as_task("Rà soát, tổng hợp, hệ thống hóa các văn bản")
    assert reads_as_task("Tổ chức Hội nghị vận động viện trợ")  # the verb is already there
    assert not reads_as_task("Đoàn công tác đi Lào")
    assert not reads_as_task("Hội nghị trực tuyến với tỉnh Champasak")
    assert in_sentence("Đoàn công tác đi Lào") == "đoàn công tác đi Lào"
    assert in_sentence("MOU với tỉnh Champasak") == "MOU với tỉnh Champasak"
    assert as_clause("Biên soạn, in ấn Tài liệu về biển, đảo") == "biên soạn, in ấn Tài liệu về biển, đảo"


def plan(rows, focal=True):
    lists = {name: [] for name in PLAN_LISTS} | {"tasks_due_next": []} | rows
    unit = {"name": "Sở Ngoại vụ", "short": "Sở", "focal": focal}
    return write_section(PLAN, Context(figures={}, period={}, unit=unit, lists=lists))


def test_each_area_is_one_bullet_its_standing_work_then_its_rows_as_tasks_in_the_order_of_section_one():
    rows = {
        "plan_border": [work_row("Đoàn công tác làm việc tại UBND thị xã Đức Phổ", date(2021, 9, 16))],
        "plan_information": [
            work_row("Bản tin Đối ngoại Quảng Ngãi số 25", date(2021, 9, 24), bulletin=True),
            work_row("Chương trình Homestay", date(2021, 9, 1), date(2021, 9, 3)),
        ],
        "plan_delegations": [
            {"outgoing": True, "country": "Lào", "destination": "tỉnh Champasak", "purpose": "Tổng kết hợp tác",
             "when": "tháng 10/2021", "persons": 5},
        ],
    }  # fmt: skip
    paragraphs = plan(rows)
    assert len(paragraphs) == len(PLAN_AREAS)  # no task due: one bullet an area
    assert paragraphs[0].endswith(
        "làm việc trên địa bàn tỉnh. Tổ chức đoàn công tác đến tỉnh Champasak, Lào (dự kiến tháng 10/2021) để tổng "
        "kết hợp tác."
    )
    assert paragraphs[4].endswith(
        "biển, đảo Việt Nam. Tổ chức đoàn công tác làm việc tại UBND thị xã Đức Phổ (dự kiến ngày 16/9/2021)."
    )
    assert paragraphs[5] == (
        "- Tiếp tục triển khai các hoạt động ngoại giao văn hóa và thông tin đối ngoại theo kế hoạch. Phát hành Bản "
        "tin Đối ngoại Quảng Ngãi số 25 (dự kiến ngày 24/9/2021). Tổ chức Chương trình Homestay (dự kiến từ ngày "
        "01/9/2021 đến ngày 03/9/2021)."
    )  # seed 003: «tổ chức Chương trình Homestay năm 2021»


def test_another_unit_writes_only_the_areas_with_its_work_and_tasks_due_come_first():
    rows = {
        "plan_integration": [work_row("Rà soát các văn bản về hội nhập quốc tế", date(2021, 9, 5))],
        "tasks_due_next": [
            {"title": "Báo cáo X", "deadline": date(2021, 6, 30), "late": True, "due_now": False},
            {"title": "Báo cáo Y", "deadline": date(2021, 9, 30), "late": False, "due_now": False},
        ],
    }
    assert plan(rows, focal=False) == [
        "- Tập trung hoàn thành các nhiệm vụ được giao: Báo cáo X, hạn hoàn thành: 30/6/2021, đã quá hạn; Báo cáo Y, "
        "hạn hoàn thành: 30/9/2021.",
        "- Rà soát các văn bản về hội nhập quốc tế (dự kiến ngày 05/9/2021).",
        "- Tiếp tục triển khai các hoạt động đối ngoại của Sở theo kế hoạch; báo cáo kết quả theo quy định.",
    ]


@pytest.mark.parametrize(
    ("title", "written"),
    [
        # a title that is no event's name is written as typed, as a sentence of its own
        ("Tham dự Hội nghị xúc tiến đầu tư tại Hà Nội", "Tham dự Hội nghị xúc tiến đầu tư tại Hà Nội"),
        ("Quảng Ngãi - Nhật Bản: Hội thảo hợp tác địa phương", "Quảng Ngãi - Nhật Bản: Hội thảo hợp tác địa phương"),
        ("Xin ý kiến Bộ Ngoại giao về Bản ghi nhớ", "Xin ý kiến Bộ Ngoại giao về Bản ghi nhớ"),
        ("UBND tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam", "UBND tỉnh tiếp Đại sứ Nhật Bản tại Việt Nam"),
        ("Lào - Việt Nam: Đêm giao lưu hữu nghị", "Lào - Việt Nam: Đêm giao lưu hữu nghị"),
        ("tổ chức lớp tập huấn về hội nhập quốc tế", "Tổ chức lớp tập huấn về hội nhập quốc tế"),  # a sentence's start
        ("Giao lưu văn hóa Việt - Lào", "Giao lưu văn hóa Việt - Lào"),
        # its own final stop is left out: the sentence closes after «(dự kiến …)»
        ("Báo cáo Ban Chỉ đạo kết quả 9 tháng.", "Báo cáo Ban Chỉ đạo kết quả 9 tháng"),
        # an event's name takes the area's verb and keeps its capital (seed 003: «tổ chức Hội nghị trực tuyến
        # Tổng kết …», «Tổ chức Cuộc họp trực tuyến …»); a group is written in lower case
        ("Hội nghị trực tuyến Tổng kết chương trình hợp tác", "Tổ chức Hội nghị trực tuyến Tổng kết chương trình hợp tác"),
        ("Cuộc họp trực tuyến với Sở Ngoại vụ tỉnh Champasak", "Tổ chức Cuộc họp trực tuyến với Sở Ngoại vụ tỉnh Champasak"),
        ("hội thảo quốc tế về biển.", "Tổ chức hội thảo quốc tế về biển"),
        ("Đoàn công tác làm việc tại UBND thị xã Đức Phổ", "Tổ chức đoàn công tác làm việc tại UBND thị xã Đức Phổ"),
        ("Đoàn Thanh niên tỉnh giao lưu với sinh viên Lào", "Đoàn Thanh niên tỉnh giao lưu với sinh viên Lào"),  # a name
    ],
)  # fmt: skip
def test_a_plans_row_is_written_as_typed_unless_it_opens_with_an_events_noun_which_takes_the_areas_verb(title, written):
    assert plan({"plan_economic": [work_row(title, date(2021, 9, 5))]}, focal=False)[0] == (
        f"- {written} (dự kiến ngày 05/9/2021)."
    )


def delegation(purpose, outgoing=True, destination="", country="Lào", when="Quý IV/2021"):
    return {"outgoing": outgoing, "country": country, "destination": destination, "purpose": purpose,
            "when": when, "persons": 5}  # fmt: skip


def test_a_delegations_purpose_is_lowered_only_when_it_opens_with_a_verb():
    rows = {
        "plan_delegations": [
            delegation("MOU giai đoạn 2021 - 2025 với tỉnh Champasak"),
            delegation("Học tập, trao đổi kinh nghiệm về chính quyền số", country="Hàn Quốc"),
            delegation("Tham dự Lễ hội Thạt Luổng", destination="thủ đô Viêng Chăn"),
        ]
    }
    assert plan(rows, focal=False)[0] == (
        "- Tổ chức đoàn công tác đến Lào (dự kiến Quý IV/2021) để MOU giai đoạn 2021 - 2025 với tỉnh Champasak. "
        "Tổ chức đoàn công tác đến Hàn Quốc (dự kiến Quý IV/2021) để học tập, trao đổi kinh nghiệm về chính quyền "
        "số. Tổ chức đoàn công tác đến thủ đô Viêng Chăn, Lào (dự kiến Quý IV/2021) để tham dự Lễ hội Thạt Luổng."
    )


@pytest.mark.parametrize(
    ("title", "inside"),
    [
        ("Tham dự Hội nghị xúc tiến đầu tư", "tham dự Hội nghị xúc tiến đầu tư"),
        ("Xin ý kiến Bộ Ngoại giao về Bản ghi nhớ", "xin ý kiến Bộ Ngoại giao về Bản ghi nhớ"),
        ("Đăng tải tin, bài trên Cổng thông tin", "đăng tải tin, bài trên Cổng thông tin"),
        ("Trình UBND tỉnh Kế hoạch đoàn ra", "trình UBND tỉnh Kế hoạch đoàn ra"),
        ("Học tập, trao đổi kinh nghiệm", "học tập, trao đổi kinh nghiệm"),
        ("Hội nghị kinh doanh Hàn Quốc", "Hội nghị kinh doanh Hàn Quốc"),  # a name keeps its capital
    ],
)
def test_a_clause_that_opens_with_a_verb_of_work_is_lowered_inside_a_sentence(title, inside):
    assert as_clause(title) == inside


def test_a_delegation_coming_in_is_named_by_its_purpose_or_by_its_place_and_country():
    rows = {
        "plan_delegations": [
            delegation("Đón đoàn tỉnh Attapeu thăm và làm việc tại tỉnh", outgoing=False) | {"welcome": True},
            delegation("Khảo sát hợp tác giáo dục", outgoing=False, destination="tỉnh Sekong") | {"welcome": False},
            delegation("", outgoing=False) | {"welcome": False},
        ]
    }
    assert plan(rows, focal=False)[0] == (
        "- Chuẩn bị tốt các điều kiện đón đoàn tỉnh Attapeu thăm và làm việc tại tỉnh (dự kiến Quý IV/2021). Chuẩn "
        "bị tốt các điều kiện đón tiếp đoàn tỉnh Sekong (Lào) đến tỉnh (dự kiến Quý IV/2021) để khảo sát hợp tác "
        "giáo dục. Chuẩn bị tốt các điều kiện đón tiếp đoàn Lào đến thăm, làm việc tại tỉnh (dự kiến Quý IV/2021)."
    )


def test_a_task_due_whose_title_closes_with_a_bracket_is_not_followed_by_another():
    rows = {"tasks_due_next": [{"title": "Kế hoạch hợp tác (nếu Trung ương có kế hoạch)", "deadline": date(2021, 6, 30),
                                "late": True, "due_now": False}]}  # fmt: skip
    assert plan(rows, focal=False)[0] == (
        "- Tập trung hoàn thành nhiệm vụ được giao: Kế hoạch hợp tác (nếu Trung ương có kế hoạch), hạn hoàn thành: "
        "30/6/2021, đã quá hạn."
    )
