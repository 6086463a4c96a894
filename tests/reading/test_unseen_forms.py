"""Forms met in the unseen public texts 541–557 (scored before any rule was written for them), each
rule tried on sentences written for the test, not copied from a text."""

from datetime import date

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.references import find_references
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("count", "value", "currency", "boats", "fishermen")


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


def test_the_holder_between_bi_and_giu_detains_them():
    assert facts("Chiều 3/9, 6 ngư dân của xã Cát Hải bị hải quân nước ngoài giữ khi đang đánh cá.") == [
        ("boats_detained", "period", {"fishermen": 6})
    ]
    # "bị … giữ" is no detention when "giữ" keeps something else
    assert facts("Năm qua, 4 tàu cá của tỉnh bị sóng lớn đánh hỏng, chủ tàu giữ vững nghề.") != [
        ("boats_detained", "period", {"boats": 4})
    ]


def test_men_with_a_boat_named_by_its_master_are_one_boat():
    assert facts("Ngày 2/7, 8 ngư dân cùng tàu cá do ông Lê Văn Bình làm chủ bị phía nước ngoài bắt giữ.") == [
        ("boats_detained", "period", {"boats": 1, "fishermen": 8})
    ]


def test_a_return_waited_for_is_no_release():
    assert facts("Gia đình của 5 tàu bị phía nước ngoài bắt giữ vẫn ngày đêm chờ tin các con trở về an toàn.") == [
        ("boats_detained", "period", {"boats": 5})
    ]
    # a return that happened is a release
    assert facts("7 ngư dân bị phía nước ngoài tạm giữ đã trở về an toàn.") == [
        ("boats_released", "period", {"fishermen": 7})
    ]


def test_the_men_besides_one_named_are_no_figure_of_their_own():
    assert (
        facts(
            "Ngày 8-6, tàu cá của tỉnh bị phía nước ngoài bắt giữ cùng với anh Trần Văn Nam còn có 6 thuyền viên khác."
        )
        == []
    )


def test_a_kind_and_a_bare_number_issued_on_a_date_cite_a_document():
    found = [
        (r.doc_type, r.number, r.issued_on)
        for r in find_references(
            "Ngày 14-3-2021, UBND tỉnh ban hành công văn 815 về việc quản lý người nước ngoài làm việc tại tỉnh."
        )
    ]
    assert found == [("Công văn", "815", date(2021, 3, 14))]
    # a year after the kind is no number
    assert find_references("Ngày 14-3-2021, UBND tỉnh ban hành Kế hoạch 2021 về công tác đối ngoại.") == []


def test_months_from_a_years_start_opening_a_text_give_its_year():
    from ngoaivu.reading.reader import read_text

    text = "Trong 5 tháng đầu năm 2019, tỉnh đón 12 đoàn khách nước ngoài đến thăm và làm việc.\n\nCác đoàn chủ yếu đến từ Lào."
    assert read_text(text)["meta"]["year"] == 2019
    # months at a year's end, or a span's start, name no year of the text
    assert read_text("Trong 4 tháng cuối năm 2019, tỉnh đón 12 đoàn khách nước ngoài.")["meta"]["year"] is None
    assert read_text("Từ 3 tháng đầu năm 2019 đến nay, tỉnh đón 12 đoàn khách nước ngoài.")["meta"]["year"] is None


def test_a_foreign_organisation_giving_money_gives_aid():
    # named by its acronym alone in a headline, handing over something of a worth
    assert facts("Quảng Trị: KVO bàn giao trạm y tế trị giá 2,5 tỷ đồng") == [
        ("aid", "period", {"value": 2_500_000_000, "currency": "VND"})
    ]
    # "tổ chức" under a name in Latin letters, even where it "đầu tư" in a project
    assert facts("Tổ chức Bright Future Foundation đã đầu tư 120 nghìn USD thực hiện dự án nước sạch tại xã.") == [
        ("aid", "period", {"value": 120_000, "currency": "USD"})
    ]
    # the state's own bodies and businesses give no foreign aid
    assert facts("Quảng Trị: UBND bàn giao trạm y tế trị giá 2,5 tỷ đồng") == []
    assert facts("Công ty XYZ bàn giao trạm y tế trị giá 2,5 tỷ đồng") == []


def test_men_and_their_boat_named_at_length_sent_home_are_released():
    assert facts(
        "Sáng 4/6, Lãnh sự quán đã đưa 9 ngư dân cùng tàu cá mang số hiệu BĐ-90345-TS của huyện Hoài Nhơn về nước."
    ) == [("boats_released", "period", {"boats": 1, "fishermen": 9})]
    # a "về nước" past a ";" is another clause's
    assert facts("Sáng 4/6, biên phòng đưa 9 ngư dân vào bờ; các tàu khác đã về nước.") != [
        ("boats_released", "period", {"fishermen": 9})
    ]


def test_the_top_of_a_range_is_no_figure():
    assert facts("Năm 2021, Hội vận động được từ 1,5 đến 2 triệu USD viện trợ phi chính phủ nước ngoài.") == []
    assert facts("Năm 2021, tỉnh đón từ 20 - 25 đoàn khách nước ngoài đến thăm.") == []
    # a figure said to lie between two others is no range of its own
    assert [f[:2] for f in facts("Năm 2021, tỉnh đón 25 đoàn khách nước ngoài, từ Lào đến Nhật Bản.")] == [
        ("incoming_delegations", "period")
    ]


def test_ngoai_ra_after_the_parts_of_a_total_adds_one_more_part():
    found = facts(
        "Từ đầu năm đến nay, cả nước có 20 vụ/30 tàu/250 ngư dân bị nước ngoài bắt giữ.",
        "Các địa phương có tàu bị bắt nhiều là Quảng Ngãi (05 vụ/08 tàu/70 ngư dân), Bình Định (03 vụ/05 tàu/40"
        " ngư dân). Ngoài ra còn 4 vụ/6 tàu cá/50 ngư dân đang chờ xác minh, chưa rõ thuộc tỉnh nào.",
    )
    assert found[-1] == ("boats_detained", "part", {"boats": 6, "fishermen": 50})
    # with no parts read just before, "Ngoài ra" opens no part
    assert facts("Ngoài ra còn 4 vụ/6 tàu cá/50 ngư dân đang chờ xác minh, chưa rõ thuộc tỉnh nào.") == []


def test_two_figures_alike_in_one_sentence_are_two_facts():
    opening = "Sở Ngoại vụ tổng kết công tác năm 2021. Hội nghị diễn ra tại trụ sở Sở."
    assert facts(opening, "Năm 2021, tỉnh tiếp nhận 4 dự án, 4 khoản viện trợ phi dự án của các tổ chức PCPNN.") == [
        ("aid", "period", {"count": 4}),
        ("aid", "period", {"count": 4}),
    ]
    # the same figure told again in another sentence is one fact
    told_twice = "Năm 2021, tỉnh tiếp nhận 4 dự án viện trợ phi chính phủ."
    assert facts(opening, told_twice, told_twice) == [("aid", "period", {"count": 4})]


def test_breaches_of_the_law_by_foreigners_are_no_consular_cases():
    assert (
        facts("Năm 2024, Công an tỉnh phát hiện, xử lý 30 vụ với 41 người nước ngoài vi phạm quy định về cư trú.") == []
    )
    assert facts("Năm 2024, Công an tỉnh xử phạt 12 trường hợp người nước ngoài vi phạm về xuất nhập cảnh.") == []
    # a case of consular work stays one
    assert facts("Năm 2024, Sở phối hợp giải quyết 12 vụ việc lãnh sự liên quan đến người nước ngoài.") == [
        ("consular_cases", "period", {"count": 12})
    ]


def test_a_figure_set_against_the_rest_is_a_part_of_the_total():
    text = (
        "Hiện trên địa bàn tỉnh có 200 lao động nước ngoài đang làm việc. Đáng chú ý, chỉ có 20 lao động được"
        " cấp giấy phép, còn lại là chưa có phép."
    )
    found = extract_facts([Block(text, "body")], None).facts
    assert [(f["indicator"], f["scope"], f["persons"]) for f in found] == [
        ("foreign_experts", "stock", 200),
        ("foreign_experts", "part", 20),
    ]
    # with no total before, a figure before "còn lại" is no part of anything
    assert facts("Đáng chú ý, chỉ có 20 lao động được cấp giấy phép, còn lại là chưa có phép.") == []


def test_the_rest_opening_a_sentence_after_a_part_is_one_more_part():
    text = (
        "Trong 9 ngư dân bị nước ngoài bắt giữ, có 4 người ở xã An Hải. Còn lại 5 người là anh Lê Văn Tâm,"
        " anh Trần Văn Lộc và ba ngư dân khác ở huyện Tuy An."
    )
    found = extract_facts([Block(text, "body")], None).facts
    assert [(f["indicator"], f["scope"], f["fishermen"]) for f in found][-2:] == [
        ("boats_detained", "part", 4),
        ("boats_detained", "part", 5),
    ]


def test_alike_figures_of_different_days_are_two_events():
    opening = "Tình hình ngư dân bị bắt giữ. Báo cáo của Bộ đội Biên phòng tỉnh."
    assert facts(
        opening,
        "Ngày 3/4, tàu tuần tra nước ngoài bắt 4 tàu cá của ngư dân huyện Tuy Phước.",
        "Sáng ngày 9/4, lực lượng chức năng nước ngoài tiếp tục bắt giữ 4 tàu cá của ngư dân tỉnh.",
    ) == [("boats_detained", "period", {"boats": 4}), ("boats_detained", "period", {"boats": 4})]
    # told again on the same day, or with no day, it is one event
    assert facts(
        opening,
        "Ngày 3/4, tàu tuần tra nước ngoài bắt 4 tàu cá của ngư dân huyện Tuy Phước.",
        "Như vậy, 4 tàu cá của ngư dân đã bị bắt giữ.",
    ) == [("boats_detained", "period", {"boats": 4})]


PEOPLE_KEYS = ("groups", "persons", "count")


def people(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in PEOPLE_KEYS if k in f}) for f in found]


def test_foreigners_given_a_work_permit_are_workers():
    assert people("Trong quý, tỉnh đã cấp mới giấy phép lao động cho 64 người nước ngoài.") == [
        ("foreign_experts", "period", {"persons": 64})
    ]
    # foreigners counted with no word of work are no workers
    assert people("Trong quý, tỉnh đã cấp thị thực cho 64 người nước ngoài.") == []


def test_experts_named_by_their_nation_at_work_are_workers():
    assert people("Hiện nay có 27 chuyên gia Đức đang làm việc tại nhà máy điện gió.") == [
        ("foreign_experts", "stock", {"persons": 27})
    ]
    # experts visiting with a delegation do not work here
    assert people("Hiện nay có 27 chuyên gia Đức sang khảo sát nhà máy điện gió.") == []


def test_names_with_bare_numbers_in_a_bracket_that_make_the_total_are_its_parts():
    assert people("Năm nay, trường tiếp nhận 75 lưu học sinh mới (Lào 48, Campuchia 27).") == [
        ("foreign_student_arrivals", "period", {"count": 75}),
        ("foreign_student_arrivals", "part", {"count": 48}),
        ("foreign_student_arrivals", "part", {"count": 27}),
    ]
    assert people("Tỉnh có 96 lao động nước ngoài đang làm việc (Hàn Quốc: 51, Ấn Độ: 45).") == [
        ("foreign_experts", "stock", {"persons": 96}),
        ("foreign_experts", "part", {"persons": 51}),
        ("foreign_experts", "part", {"persons": 45}),
    ]
    # numbers that do not make the total say nothing of it
    assert people("Năm nay, trường tiếp nhận 75 lưu học sinh mới (Khóa 12, Khóa 14).") == [
        ("foreign_student_arrivals", "period", {"count": 75}),
    ]


def test_figures_listed_after_a_total_that_make_it_are_its_parts():
    assert people("Toàn tỉnh có 205 người nước ngoài đang làm việc, 130 người Hàn Quốc, 75 người Thái Lan.") == [
        ("foreign_experts", "stock", {"persons": 205}),
        ("foreign_experts", "part", {"persons": 130}),
        ("foreign_experts", "part", {"persons": 75}),
    ]
    assert people("Trong năm, tỉnh đón 31 đoàn khách nước ngoài, 19 đoàn Lào, 12 đoàn Thái Lan.") == [
        ("incoming_delegations", "period", {"groups": 31}),
        ("incoming_delegations", "part", {"groups": 19}),
        ("incoming_delegations", "part", {"groups": 12}),
    ]
    # figures that do not make the total are figures of their own
    assert people("Trong năm, tỉnh đón 31 đoàn khách nước ngoài, 19 đoàn Lào, 10 đoàn Thái Lan.") == [
        ("incoming_delegations", "period", {"groups": 31}),
        ("incoming_delegations", "period", {"groups": 19}),
        ("incoming_delegations", "period", {"groups": 10}),
    ]


def test_kinds_with_bare_numbers_after_trong_do_that_make_the_total_are_its_parts():
    assert people("Hiện có 84 lưu học sinh Lào tại trường, trong đó: hệ đại học 50, hệ dự bị 34.") == [
        ("foreign_students", "stock", {"count": 84}),
        ("foreign_students", "part", {"count": 50}),
        ("foreign_students", "part", {"count": 34}),
    ]


def test_students_a_subject_says_came_are_arrivals():
    assert people("Số lưu học sinh Campuchia mới nhập học năm 2024 là 38 lưu học sinh.") == [
        ("foreign_student_arrivals", "period", {"count": 38})
    ]
    # a subject that says they study here counts the students present
    assert people("Số lưu học sinh Campuchia đang học tập tại trường năm 2024 là 38 lưu học sinh.") == [
        ("foreign_students", "stock", {"count": 38})
    ]


def test_a_bare_figure_after_a_subject_naming_what_it_counts():
    assert people("Số lưu học sinh Campuchia đang theo học tại trường là 57.") == [
        ("foreign_students", "stock", {"count": 57})
    ]
    assert people("Tại công trường, số người Hàn Quốc đang làm việc là 43.") == [
        ("foreign_experts", "stock", {"persons": 43})
    ]
    # a share is no count, nor are students of Vietnam abroad
    assert people("Số lưu học sinh Campuchia đang theo học tại trường là 57,5%.") == []
    assert people("Số lưu học sinh Việt Nam đang học tại Lào là 57.") == []


def test_boats_signed_for_from_the_holder_are_released():
    # the receipt before the boats, the holder named between: released, whatever detention names them after
    assert facts("Ngày 3/10, Đại sứ đã ký nhận từ hải quân nước bạn 5 chiếc tàu cá bị phía nước ngoài bắt giữ.") == [
        ("boats_released", "period", {"boats": 5})
    ]
    # a receipt of a fine names no boats back
    assert facts("Chủ tàu ký nhận quyết định xử phạt, 5 chiếc tàu cá vẫn bị phía nước ngoài bắt giữ.") != [
        ("boats_released", "period", {"boats": 5})
    ]
