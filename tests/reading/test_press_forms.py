"""Forms met in press articles and decisions (the public texts added to dev after the split),
each rule tried on sentences written for the test, not copied from a text."""

from datetime import date

import pytest

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.mentions import find_mentions
from ngoaivu.reading.reader import read_text
from ngoaivu.reading.references import find_references
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("groups", "persons", "count", "value", "currency", "boats", "fishermen", "participants")


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


def test_thousands_grouped_by_commas():
    assert facts("Năm nay tỉnh tiếp nhận 12 khoản viện trợ phi chính phủ trị giá 1,250,000 USD.") == [
        ("aid", "period", {"count": 12, "value": 1250000, "currency": "USD"})
    ]
    # one comma is a decimal comma, as Vietnamese writes it
    assert facts("Tỉnh tiếp nhận viện trợ phi chính phủ trị giá 7,5 tỷ đồng.") == [
        ("aid", "period", {"value": 7500000000, "currency": "VND"})
    ]


def test_a_span_from_the_start_of_the_year_without_tu():
    assert facts("Đầu năm 2020 đến nay, tỉnh đã triển khai 9 khoản viện trợ phi chính phủ.") == [
        ("aid", "ytd", {"count": 9})
    ]


def test_a_paragraph_opening_with_trong_do_breaks_down_the_total_before_it():
    assert facts(
        "Từ đầu năm đến nay, tỉnh tiếp nhận 20 khoản viện trợ với tổng giá trị 900.000 USD.",
        "Trong đó, viện trợ cho y tế là 500.000 USD, cho giáo dục là 400.000 USD.",
    ) == [
        ("aid", "ytd", {"count": 20, "value": 900000, "currency": "USD"}),
        ("aid", "part", {"value": 500000, "currency": "USD"}),
        ("aid", "part", {"value": 400000, "currency": "USD"}),
    ]


def test_a_rounded_headline_is_the_body_s_figure():
    text = (
        "12/05/2021 - 08:30\n\n"
        "Tiếp nhận hơn 2 triệu USD viện trợ phi chính phủ\n\n"
        "Từ đầu năm đến nay, tỉnh tiếp nhận 14 khoản viện trợ phi chính phủ với tổng giá trị 2.140.000 USD."
    )
    found = [(f["indicator"], f.get("value")) for f in read_text(text)["facts"]]
    assert found == [("aid", 2140000)]


def test_a_boat_named_by_its_registration_number_is_one_boat():
    assert facts("Ngày 5-6, tàu KH 90123-TS cùng 9 ngư dân đã được phía nước ngoài trả tự do.") == [
        ("boats_released", "period", {"boats": 1, "fishermen": 9})
    ]


@pytest.mark.parametrize(
    "boat", ["một tàu Thái Lan", "2 tàu cá Trung Quốc", "một tàu cá mang quốc tịch Malaysia", "03 tàu Indonesia"]
)
def test_a_boat_of_another_country_and_its_crew_are_no_figure(boat):
    # "cùng bị bắt … có một tàu Thái Lan cùng 14 thuyền viên": not the boats of Vietnamese fishermen
    found = facts(
        f"Ngày 9/4, nước bạn bắt giữ 04 tàu cá Việt Nam cùng 30 ngư dân. Cùng bị bắt có {boat} cùng 14 thuyền viên."
    )
    assert found == [("boats_detained", "period", {"boats": 4, "fishermen": 30})]
    # the master's boat, a name in lower case, is not a country's ("Anh"): "một tàu anh Thành cùng 7 ngư dân"
    assert facts("Sau đó, một tàu anh Thành cùng 7 ngư dân bị nước ngoài bắt giữ.") == [
        ("boats_detained", "period", {"boats": 1, "fishermen": 7})
    ]


def test_coming_home_is_a_release():
    assert facts("Sau 30 ngày bị bắt giữ ở nước ngoài, 11 ngư dân của huyện đã trở về an toàn.") == [
        ("boats_released", "period", {"fishermen": 11})
    ]


def test_held_then_released_the_predicate_after_the_list_wins():
    assert facts("Toàn bộ 20 ngư dân, gồm 8 ngư dân xã A cùng 12 ngư dân xã B bị nước ngoài tạm giữ đã trở về.") == [
        ("boats_released", "period", {"fishermen": 20}),
        ("boats_released", "part", {"fishermen": 8}),
        ("boats_released", "part", {"fishermen": 12}),
    ]


def test_men_counted_as_persons_in_a_paragraph_about_fishermen():
    assert facts("Tàu cá của ông A bị bắt khi đang đánh bắt. Nay 6 người đã được về, còn 2 người bị giữ lại.") == [
        ("boats_released", "period", {"fishermen": 6}),
        ("fishermen_still_detained", "stock", {"fishermen": 2}),
    ]
    # without fishermen in the paragraph, "người" stays persons (and no delegation cue: no fact)
    assert facts("Nay 6 người đã được về nhà.") == []


def test_the_boats_the_men_were_on_join_the_men():
    assert facts("30 ngư dân được nước bạn trả về tuần qua là các lao động đi trên 5 tàu cá của huyện.") == [
        ("boats_released", "period", {"fishermen": 30, "boats": 5})
    ]


def test_students_who_have_come_and_are_studying_are_counted_to_date():
    assert facts("Trường đã đào tạo cho các tỉnh bạn với 1.250 lưu học sinh đã và đang theo học.") == [
        ("foreign_student_arrivals", "ytd", {"count": 1250})
    ]
    assert facts("Từ năm 2015 đến nay, tỉnh bạn đã gửi 80 lưu học sinh Lào sang học tại tỉnh.") == [
        ("foreign_student_arrivals", "ytd", {"count": 80})
    ]


def test_there_are_n_students_is_a_stock():
    assert facts("Hiện trên địa bàn tỉnh có khoảng 60 lưu học sinh Lào.") == [
        ("foreign_students", "stock", {"count": 60})
    ]
    assert facts("Tại tỉnh có gần 40 lưu học sinh Campuchia.") == [("foreign_students", "stock", {"count": 40})]


def test_work_permits_for_cases_of_foreign_workers():
    assert facts("Trong năm, tỉnh cấp giấy phép lao động cho 120 trường hợp lao động là người nước ngoài.") == [
        ("foreign_experts", "period", {"persons": 120})
    ]


def test_each_delegation_figure_takes_the_cue_of_its_own_clause():
    assert facts("Năm qua có 12 đoàn lãnh đạo các nước thăm Việt Nam, 9 đoàn lãnh đạo Việt Nam thăm các nước.") == [
        ("incoming_delegations", "period", {"groups": 12}),
        ("outgoing_delegations", "period", {"groups": 9}),
    ]


def test_a_span_opening_the_sentence_runs_on_after_a_semicolon():
    assert facts(
        "Từ năm 2020 đến nay, tỉnh đã cử 30 đoàn với 200 lượt cán bộ đi công tác nước ngoài; "
        "đón tiếp 50 đoàn, 400 lượt người nước ngoài đến làm việc. Trong tháng, tiếp 3 đoàn khách quốc tế."
    ) == [
        ("outgoing_delegations", "ytd", {"groups": 30, "persons": 200}),
        ("incoming_delegations", "ytd", {"groups": 50, "persons": 400}),
        ("incoming_delegations", "period", {"groups": 3}),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Căn cứ Luật Đầu tư công số 58/2024/QH15; Căn cứ Bộ luật Lao động số 45/2019/QH14;",
            [("Luật", "58/2024/QH15", None), ("Luật", "45/2019/QH14", None)],
        ),
        (
            "Căn cứ Luật Xuất cảnh, nhập cảnh của công dân Việt Nam ngày 22 tháng 11 năm 2019;",
            [],  # a law without its number is no reference
        ),
        (
            "(Ban hành kèm theo Quyết định số: 15/2019/QĐ- UBND ngày 03/4/2019 của UBND tỉnh)",
            [("Quyết định", "15/2019/QĐ- UBND", date(2019, 4, 3))],
        ),
        (
            "Theo Công văn số 88/SNgV- Sở Ngoại vụ đề nghị; Quyết định số 7/QĐ- TTg ngày 2/3/2020",
            [("Công văn", "88/SNgV", None), ("Quyết định", "7/QĐ- TTg", date(2020, 3, 2))],
        ),
    ],
)
def test_laws_by_name_and_codes_with_a_stray_space(text, expected):
    assert [(r.doc_type, r.number, r.issued_on) for r in find_references(text)] == expected


def test_no_year_mismatch_in_a_text_without_title_or_headings():
    story = (
        "Năm 2015 tỉnh tiếp nhận nhiều dự án cứu trợ sau bão lũ năm 2014.\n\n"
        "Riêng năm 2019 có 12 tổ chức tài trợ với 20 dự án viện trợ phi chính phủ."
    )
    assert [c["code"] for c in read_text(story)["checks"]] == []


def test_committed_and_disbursed_amounts_are_not_parts_to_add():
    text = (
        "Từ đầu năm đến nay, tỉnh triển khai 20 khoản viện trợ phi chính phủ với tổng vốn 2.000.000 USD. "
        "Trong đó, giá trị cam kết trong năm là 1.500.000 USD, đã giải ngân 900.000 USD."
    )
    assert [c["code"] for c in read_text(text)["checks"]] == []
    wrong = (
        "Từ đầu năm đến nay, tỉnh triển khai 20 khoản viện trợ phi chính phủ với tổng vốn 2.000.000 USD. "
        "Trong đó, viện trợ y tế 1.500.000 USD, viện trợ giáo dục 900.000 USD."
    )
    assert [c["code"] for c in read_text(wrong)["checks"]] == ["parts_total_mismatch"]


def test_an_amount_after_a_list_of_item_counts_is_their_total():
    assert facts(
        "Từ đầu năm đến nay, có 7 dự án và 5 phi dự án được triển khai với tổng vốn viện trợ cam kết 1.200.000 USD."
    ) == [
        ("aid", "ytd", {"count": 7}),
        ("aid", "ytd", {"count": 5}),
        ("aid", "ytd", {"value": 1200000, "currency": "USD"}),
    ]
    # one count: the amount is its own
    assert facts("Năm nay tỉnh tiếp nhận 7 dự án viện trợ với tổng vốn 1.200.000 USD.") == [
        ("aid", "period", {"count": 7, "value": 1200000, "currency": "USD"})
    ]


def test_new_items_are_a_selection_of_the_total_not_its_parts():
    text = (
        "Năm 2022, tỉnh nhận viện trợ 30 chương trình, dự án và phi dự án với tổng vốn 2 triệu USD. "
        "Trong đó, có 4 dự án và 9 phi dự án mới được phê duyệt."
    )
    assert [c["code"] for c in read_text(text)["checks"]] == []


def test_lhs_and_lao_pupils_are_students():
    assert facts(
        "Năm học này, trường tuyển sinh 40 LHS Lào, trong đó có 35 LHS học tiếng Việt và 5 LHS học đại học."
    ) == [
        ("foreign_student_arrivals", "period", {"count": 40}),
        ("foreign_student_arrivals", "part", {"count": 35}),
        ("foreign_student_arrivals", "part", {"count": 5}),
    ]
    assert facts("Sở phối hợp tổ chức tiếp nhận 30 học sinh nước CHDCND Lào sang học tập tại tỉnh.") == [
        ("foreign_student_arrivals", "period", {"count": 30})
    ]
    assert facts("Trường đã tuyển được 25 LHS Campuchia.") == [("foreign_student_arrivals", "period", {"count": 25})]
    # Vietnamese pupils are no foreign students, even in a text about foreign aid
    assert facts("Tổ chức phi chính phủ nước ngoài trao học bổng cho 200 học sinh nghèo.") == []


def test_students_counted_over_years_came_and_a_part_there_now_stays_present():
    assert facts("Tính từ năm 2005 đến nay, trường đã đào tạo và quản lý gần 900 LHS Lào.") == [
        ("foreign_student_arrivals", "ytd", {"count": 900})
    ]
    assert facts(
        "Từ năm 2010 đến nay, tỉnh bạn đã gửi 150 lưu học sinh theo học, trong đó có 40 lưu học sinh đang theo học."
    ) == [
        ("foreign_student_arrivals", "ytd", {"count": 150}),
        ("foreign_students", "part", {"count": 40}),
    ]


def test_on_the_way_home_is_no_release():
    assert facts("Tàu cá cùng 7 ngư dân trên đường trở về thì bị tàu nước ngoài bắt giữ.") == [
        ("boats_detained", "period", {"fishermen": 7})
    ]


def test_pupils_of_a_text_about_lao_students_are_foreign_students():
    assert facts(
        "Trường Đại học Tân Trào tiếp nhận sinh viên Lào",
        "Nhà trường đã tiếp nhận và đào tạo 40 học sinh tỉnh Xiêng Khoảng.",
    ) == [("foreign_student_arrivals", "period", {"count": 40})]
    assert facts("Trường tổ chức tiếp nhận 10 sinh viên Lào đến học tập tại trường.") == [
        ("foreign_student_arrivals", "period", {"count": 10})
    ]
    # the same words in a text about something else count no foreign student
    assert facts("Tỉnh có 40 tổ chức nước ngoài hoạt động.", "Nhà trường đã đào tạo 40 học sinh.") == []


def test_the_released_men_said_to_have_been_detained_are_no_second_figure():
    released = "Ngày 15/12, phía Indonesia đã trao trả 39 ngư dân Việt Nam tại Rạch Giá."
    described = "Đây là 39 ngư dân thuộc các tàu của tỉnh bị cơ quan chức năng Indonesia bắt giữ."
    assert facts(released, described) == [("boats_released", "period", {"fishermen": 39})]
    # a detention before the release is a figure of its own, and so is another count
    assert facts(described, released) == [
        ("boats_detained", "period", {"fishermen": 39}),
        ("boats_released", "period", {"fishermen": 39}),
    ]
    assert facts(released, described.replace("39", "41")) == [
        ("boats_released", "period", {"fishermen": 39}),
        ("boats_detained", "period", {"fishermen": 41}),
    ]


def test_boats_held_after_their_papers_were_taken_are_detained():
    story = (
        "Có 3 chiếc tàu cá của ngư dân vào tránh bão tại đảo Natuna, bị cảnh sát nước này tịch thu giấy tờ "
        "và tạm giữ không cho về."
    )
    assert facts(story) == [("boats_detained", "period", {"boats": 3})]
    assert facts("Có 3 chiếc tàu cá của ngư dân bị tàu nước ngoài tịch thu ngư cụ.") == [
        ("boats_obstructed", "period", {"boats": 3})
    ]


def test_a_crew_seen_off_home_is_released_but_a_monthly_average_is_no_figure():
    assert facts("Đại sứ quán đã làm các thủ tục xuất cảnh cho 10 ngư dân về nước.") == [
        ("boats_released", "period", {"fishermen": 10})
    ]
    assert facts("Trung bình hàng tháng, Đại sứ quán hoàn tất thủ tục đưa ba đoàn với khoảng 50 ngư dân về nước.") == []


def test_a_count_raised_to_a_new_total_is_a_total_to_date():
    assert facts(
        "Năm 2022, tỉnh tiếp nhận 5 du học sinh Lào sang học, nâng số sinh viên Lào được đào tạo tại đây lên 27 "
        "sinh viên."
    ) == [("foreign_student_arrivals", "period", {"count": 5}), ("foreign_student_arrivals", "ytd", {"count": 27})]


def test_delegations_sent_counted_in_turns():
    assert facts("Tỉnh cũng cử 99 lượt đoàn với 269 lượt người đi khảo sát học tập ở nước ngoài.") == [
        ("outgoing_delegations", "period", {"groups": 99, "persons": 269})
    ]


@pytest.mark.parametrize(
    "paragraphs, scope, participants",
    [
        (
            ["Sở tổ chức tập huấn công tác thông tin đối ngoại cho gần 100 đại biểu là cán bộ các sở, ngành."],
            "period",
            100,
        ),
        (
            ["Hội nghị tập huấn phổ biến Chỉ thị 25-CT/TW của Ban Bí thư cho hơn 100 đồng chí là lãnh đạo các sở."],
            "period",
            100,
        ),
        (
            ["Từ năm 2011 đến nay, gần 1.100 lượt cán bộ, công chức ngoại vụ được bồi dưỡng theo các khóa ngắn hạn."],
            "ytd",
            1100,
        ),
        (["Những năm qua, tỉnh đã tổ chức tập huấn cho trên 1.500 lượt cán bộ, công chức, viên chức."], "ytd", 1500),
        (
            ["Bộ khai mạc hội nghị tập huấn công tác thông tin đối ngoại. Tham dự hội nghị có hơn 150 đại biểu."],
            "period",
            150,
        ),
    ],
)
def test_the_participants_of_a_course(paragraphs, scope, participants):
    assert facts(*paragraphs) == [("training_courses", scope, {"participants": participants})]


def test_comrades_are_people_not_dong():
    assert [m.unit for m in find_mentions("cho hơn 100 đồng chí là lãnh đạo")] == ["persons"]
    assert [m.unit for m in find_mentions("tài trợ 100 đồng cho mỗi suất")] == ["money"]


def test_courses_with_the_people_who_attended_are_one_figure():
    assert facts("Sở tổ chức 02 lớp bồi dưỡng kiến thức đối ngoại cho 150 học viên.") == [
        ("training_courses", "period", {"count": 2, "participants": 150})
    ]
    assert facts("Sở tổ chức 02 lớp tập huấn với 120 người tham dự.") == [
        ("training_courses", "period", {"count": 2, "participants": 120})
    ]
