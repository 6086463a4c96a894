"""Totals and their parts as real texts write them: lists after "như sau:", a bracket year by
year, "Trong 28 LHS, có …"; and the checks their sums raise."""

from ngoaivu.reading.part_sums import parts_checks
from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

KEYS = ("groups", "persons", "count", "value", "currency", "boats", "fishermen")


def read(*paragraphs, path=()):
    ctx = extract_facts([Block(text, "body", path) for text in paragraphs], None)
    return [(f["indicator"], f["scope"], {k: f[k] for k in KEYS if k in f}) for f in ctx.facts], ctx


def test_list_items_after_a_total_ending_in_a_colon_are_its_parts():
    found, ctx = read(
        "Theo số liệu thống kê từ năm 2007 đến hết tháng 9 năm 2013, tình hình như sau:",
        "Tổng số lượt cán bộ xuất cảnh đi công tác nước ngoài là 120 lượt người, cụ thể như sau:",
        "- Năm 2012: 70 lượt người;",
        "- Năm 2013: 40 lượt người.",
        "Kinh phí chủ yếu từ ngân sách tỉnh.",
        "Năm 2013, tỉnh đón 12 đoàn khách quốc tế.",
        "- Năm 2014: 9 lượt người.",
    )
    assert found == [
        ("outgoing_delegations", "ytd", {"persons": 120}),
        ("outgoing_delegations", "part", {"persons": 70}),
        ("outgoing_delegations", "part", {"persons": 40}),
        ("incoming_delegations", "period", {"groups": 12}),
    ]
    assert [c["message"] for c in parts_checks(ctx.breakdowns)] == [
        "Các số liệu chi tiết cộng lại 110 lượt người, khác tổng số 120 lượt người nêu trước đó."
    ]


def test_each_lettered_sub_list_is_a_breakdown_of_its_own():
    _found, ctx = read(
        "Tổng số lượt cán bộ xuất cảnh đi công tác nước ngoài là 100 lượt người, cụ thể:",
        "- Năm 2012: 60 lượt người;",
        "- Năm 2013: 40 lượt người. a/ Mục đích xuất cảnh:",
        "- Việc công: 70 lượt người, trong đó 20 lượt người dùng ngân sách.",
        "- Việc riêng: 30 lượt người.",
    )
    assert [[p["persons"] for p in parts] for _total, parts, _s in ctx.breakdowns] == [[60, 40], [70, 30]]
    assert parts_checks(ctx.breakdowns) == []


def test_a_bracket_year_by_year_breaks_down_a_total_over_the_years():
    found, _ctx = read(
        "Trong 2 năm, tỉnh tiếp nhận viện trợ phi chính phủ với tổng giá trị 38 tỷ đồng (năm 2015 có "
        "4 dự án với giá trị 8 tỷ; năm 2016 có 17 dự án với 30 tỷ đồng)."
    )
    assert found == [
        ("aid", "period", {"value": 38000000000, "currency": "VND"}),
        ("aid", "part", {"count": 4, "value": 8000000000, "currency": "VND"}),
        ("aid", "part", {"count": 17, "value": 30000000000, "currency": "VND"}),
    ]
    # another year in a bracket after one year's total is that year's figure, not a part
    found, _ctx = read("Năm 2022, tỉnh tiếp nhận viện trợ phi chính phủ 50 tỷ đồng (năm 2021 là 30 tỷ đồng).")
    assert [scope for _i, scope, _v in found] == ["period", "period"]


def test_a_sentence_naming_the_total_again_opens_its_parts():
    found, _ctx = read(
        "Năm học này, trường tiếp nhận 28 lưu học sinh Lào sang học tập. "
        "Trong 28 LHS Lào, có 26 LHS tỉnh Xiêng Khoảng và 2 LHS tỉnh Chăm Pa Sắc."
    )
    assert found == [
        ("foreign_student_arrivals", "period", {"count": 28}),
        ("foreign_student_arrivals", "part", {"count": 26}),
        ("foreign_student_arrivals", "part", {"count": 2}),
    ]


def test_delegations_with_their_members_and_prices_per_item():
    found, _ctx = read("Tỉnh đã cử 241 đoàn với 392 cán bộ, công chức đi công tác nước ngoài.")
    assert found == [("outgoing_delegations", "period", {"groups": 241, "persons": 392})]
    found, _ctx = read(
        "Tổ chức phi chính phủ viện trợ xây 150 giếng nước, kinh phí 870 triệu đồng (5.800.000 đồng/giếng)."
    )
    assert found == [("aid", "period", {"value": 870000000, "currency": "VND"})]


def test_graduates_and_guests_are_no_students_and_unmarked_students_are_present():
    found, _ctx = read(
        "Đến nay, trường đã đào tạo được gần 400 lưu học sinh Lào tốt nghiệp đại học.",
        "Trường cử 200 lưu học sinh Lào tham dự lễ kỷ niệm.",
        "25 du học sinh Lào đã vượt qua nhiều khó khăn để hòa nhập.",
    )
    assert found == [("foreign_students", "stock", {"count": 25})]


def test_the_total_amount_after_the_parts_is_the_totals():
    found, _ctx = read(
        "Năm 2012, tỉnh đã vận động được 34 chương trình, dự án, khoản viện trợ phi chính phủ nước ngoài, "
        "trong đó có 18 chương trình, dự án; 16 khoản viện trợ phi dự án với tổng vốn tài trợ là 40 tỷ đồng."
    )
    assert found == [
        ("aid", "period", {"count": 34, "value": 40000000000, "currency": "VND"}),
        ("aid", "part", {"count": 18}),
        ("aid", "part", {"count": 16}),
    ]


def test_aid_amounts_past_an_aside_and_in_a_paragraph_about_aid():
    found, _ctx = read(
        "Tỉnh tiếp nhận 15 chương trình, dự án phi chính phủ nước ngoài (giảm 34% so với năm 2021) "
        "với tổng mức đầu tư 13,7 tỉ đồng."
    )
    assert found == [("aid", "period", {"count": 15, "value": 13700000000, "currency": "VND"})]
    found, _ctx = read(
        "Các tổ chức viện trợ đã làm việc thường xuyên qua các năm. Lũy kế từ trước đến nay, tỉnh đã triển "
        "khai 269 chương trình, dự án, với tổng số 392 tỉ đồng. Có tổng giá trị là 24,6 tỷ đồng (không "
        "tính các năm trước), tương đương 1,2 triệu USD."
    )
    assert found == [
        ("aid", "ytd", {"count": 269, "value": 392000000000, "currency": "VND"}),
        ("aid", "period", {"value": 24600000000, "currency": "VND"}),
    ]
    # projects of a paragraph about loans are not aid, even when the paragraph names aid
    found, _ctx = read("Viện trợ giảm. Lũy kế, tỉnh có 29 dự án vốn vay ODA với tổng vốn 3.196 tỉ đồng.")
    assert found == []


def test_specifically_opens_the_parts_of_the_total_before():
    found, _ctx = read(
        "Hiện, trường đang đào tạo 21 lưu học sinh Lào và Campuchia.",
        "Cụ thể, trường có 3 lưu học sinh khóa 2019; 5 lưu học sinh khóa 2023; 13 lưu học sinh khóa 2020.",
    )
    assert found == [
        ("foreign_students", "stock", {"count": 21}),
        ("foreign_students", "part", {"count": 3}),
        ("foreign_students", "part", {"count": 5}),
        ("foreign_students", "part", {"count": 13}),
    ]


def test_officials_travel_out_and_a_flow_up_to_now_is_counted_to_date():
    found, _ctx = read(
        "Năm 2018, tỉnh có 34 đoàn với 300 lượt cán bộ, viên chức đi làm việc, xúc tiến thương mại ở Pháp, "
        "đồng thời đón tiếp 94 đoàn khách quốc tế."
    )
    assert found == [
        ("outgoing_delegations", "period", {"groups": 34, "persons": 300}),
        ("incoming_delegations", "period", {"groups": 94}),
    ]
    found, _ctx = read("Đến nay, thành phố đã ký kết 54 thỏa thuận quốc tế.", "Đến nay, 12 ngư dân vẫn bị giữ.")
    assert found == [
        ("agreements_signed", "ytd", {"count": 54}),
        ("fishermen_still_detained", "stock", {"fishermen": 12}),
    ]
    found, _ctx = read("Năm 2018 có 45 dự án viện trợ phi chính phủ trị giá 4.317.784 USD tương đương 99,3 tỷ đồng.")
    assert found == [("aid", "period", {"count": 45, "value": 4317784, "currency": "USD"})]


def test_averages_and_figures_of_another_time_stand_apart():
    found, _ctx = read(
        "Tỉnh có 17 tổ chức phi chính phủ nước ngoài triển khai 28 dự án viện trợ: Giai đoạn 2006 – 2010 đạt "
        "20 triệu USD. Giá trị viện trợ bình quân mỗi năm đạt khoảng 3,7 triệu USD."
    )
    assert found == [
        ("aid", "period", {"count": 28}),
        ("aid", "period", {"value": 20000000, "currency": "USD"}),
    ]


def test_list_items_without_a_figure_keep_the_parts_going():
    found, _ctx = read(
        "Tổ chức viện trợ đang triển khai 4 dự án gồm: Dự án “Làm mẹ an toàn”; dự án “Nâng cao nhận thức”; "
        "2 khoản viện trợ phi dự án."
    )
    assert found == [("aid", "ytd", {"count": 4}), ("aid", "part", {"count": 2})]  # under way: to date


def test_what_will_happen_is_no_figure_but_the_rest_still_held_is():
    found, _ctx = read(
        "Sau khi 18 ngư dân đầu tiên được về với gia đình, thì 104 ngư dân còn lại sẽ về nước bằng đường hàng không. "
        "Có 77 ngư dân bị bắt giữ sẽ về nước trong tuần tới."
    )
    assert found == [
        ("boats_released", "period", {"fishermen": 18}),
        ("fishermen_still_detained", "stock", {"fishermen": 104}),
    ]


def test_among_the_total_named_again_opens_its_parts():
    found, _ctx = read(
        "Tính đến tháng 12, cả nước có 76.309 lao động nước ngoài đang làm việc. Trong số lao động nước "
        "ngoài đang làm việc ở Việt Nam có 15.310 lao động Trung Quốc, 23.581 lao động Hàn Quốc."
    )
    assert found == [
        ("foreign_experts", "stock", {"persons": 76309}),
        ("foreign_experts", "part", {"persons": 15310}),
        ("foreign_experts", "part", {"persons": 23581}),
    ]


def test_parts_of_a_total_that_is_no_figure_are_figures_of_their_own():
    found, _ctx = read(
        "Trường cử gần 200 lưu học sinh Lào tham dự lễ, trong đó có đại diện cho hơn 500 LHS Lào đang học tập."
    )
    assert found == [("foreign_students", "stock", {"count": 500})]


def test_aid_under_way_is_counted_to_date():
    found, _ctx = read(
        "Hiện nay, tỉnh có 43 tổ chức phi chính phủ nước ngoài tài trợ thực hiện 102 dự án, với tổng giá trị "
        "cam kết tại thời điểm hiện tại là 15,24 triệu USD."
    )
    assert found == [("aid", "ytd", {"count": 102, "value": 15240000, "currency": "USD"})]


def test_foreign_workers_are_present_unless_counted_by_their_permits():
    found, _ctx = read(
        "Tới ngày 30/9/2015, khu kinh tế có 6.732 lao động nước ngoài. Trong số lao động nước ngoài, lao động "
        "người Trung Quốc chiếm 76,49% với 5.149 người; Đài Loan chiếm 19,5% với 1.314 người.",
        "Năm 2019, Sở đã cấp mới, cấp lại giấy phép lao động cho 379 lao động nước ngoài.",
    )
    assert found == [
        ("foreign_experts", "stock", {"persons": 6732}),
        ("foreign_experts", "part", {"persons": 5149}),
        ("foreign_experts", "part", {"persons": 1314}),
        ("foreign_experts", "period", {"persons": 379}),
    ]


def test_a_total_named_again_without_a_comma_and_leading_parts_picked_out():
    found, ctx = read("Trong tháng, tỉnh đón 15 đoàn khách nước ngoài. Trong tổng số 15 đoàn có 10 đoàn đến từ Lào.")
    assert found == [
        ("incoming_delegations", "period", {"groups": 15}),
        ("incoming_delegations", "part", {"groups": 10}),
    ]
    found, ctx = read(
        "Trong tháng, tỉnh đón 15 đoàn khách nước ngoài, nhiều nhất là Lào với 8 đoàn, tiếp theo là Campuchia 5 đoàn."
    )
    assert found == [
        ("incoming_delegations", "period", {"groups": 15}),
        ("incoming_delegations", "part", {"groups": 8}),
        ("incoming_delegations", "part", {"groups": 5}),
    ]
    assert parts_checks(ctx.breakdowns) == []  # the leading ones, not the whole: no sum to check


def test_a_total_named_again_mid_sentence_is_broken_down_anew_and_each_breakdown_checked_alone():
    found, ctx = read(
        "Toàn tỉnh hiện có 23 doanh nghiệp sử dụng 202 lao động nước ngoài.",
        "Trong số này, đông nhất là lao động Trung Quốc với tổng số 167 người. 35 lao động còn lại là người Ấn Độ.",
        "Cũng theo kết quả rà soát, trong số 202 lao động nêu trên, có: 75 người đã được cấp giấy phép lao động, "
        "127 người chưa được cấp phép.",
    )
    assert [(s, v["persons"]) for _i, s, v in found] == [
        ("stock", 202),
        ("part", 167),
        ("part", 35),
        ("part", 75),
        ("part", 127),
    ]
    assert [[p["persons"] for p in parts] for _total, parts, _sentence in ctx.breakdowns] == [[167, 35], [75, 127]]
    assert parts_checks(ctx.breakdowns) == []


def test_the_figure_that_completes_a_breakdown_in_a_later_paragraph_is_its_last_part():
    found, ctx = read(
        "Hai tổ chức nước ngoài viện trợ hơn 800 triệu đồng cho tỉnh",
        "Cụ thể, UBND tỉnh phê duyệt tiếp nhận khoản viện trợ do tổ chức A tài trợ, trị giá 625.000.000 VNĐ.",
        "Cùng ngày, UBND tỉnh phê duyệt tiếp nhận khoản viện trợ do tổ chức B tài trợ trị giá 203.200.000 VNĐ.",
        "Năm trước, tỉnh tiếp nhận khoản viện trợ trị giá 100.000.000 VNĐ.",
    )
    assert [(s, v["value"]) for _i, s, v in found] == [
        ("period", 800000000),
        ("part", 625000000),
        ("part", 203200000),
        ("period", 100000000),
    ]
    assert parts_checks(ctx.breakdowns) == []


def test_amounts_naming_nothing_after_an_aid_are_its_items_while_they_fit_in_it():
    found, ctx = read(
        "UBND tỉnh vừa phê duyệt việc tiếp nhận viện trợ không hoàn lại số tiền 572.000.000 đồng từ tổ chức Phuc's Fond.",
        "Theo đó, chương trình trao học bổng cho học sinh nghèo vượt khó: 105.600.000 đồng.",
        "Hỗ trợ trao 29 suất quà cho người nghèo: 218.400.000 đồng.",
        "Hỗ trợ nâng cấp cơ sở vật chất cho trường tiểu học: 248.000.000 đồng.",
        "Kiều bào đóng góp thêm 18.000.000 đồng.",
        "Xây nhà văn hóa thôn: 300.000.000 đồng.",
    )
    assert [(s, v["value"]) for _i, s, v in found] == [
        ("period", 572000000),
        ("part", 105600000),
        ("part", 218400000),
        ("part", 248000000),
    ]  # the gift of overseas Vietnamese is no aid, and 300 triệu would run past the total
    assert parts_checks(ctx.breakdowns) == []


def test_an_amount_not_listed_as_an_item_is_none():
    found, _ctx = read(
        "UBND tỉnh vừa phê duyệt việc tiếp nhận viện trợ không hoàn lại số tiền 572.000.000 đồng từ tổ chức Phuc's Fond.",
        "Trường còn nhận 20.000.000 đồng từ hội khuyến học.",
    )
    assert [v["value"] for _i, _s, v in found] == [572000000]


def test_no_item_is_read_into_an_aid_already_broken_down():
    found, _ctx = read(
        "Tỉnh tiếp nhận dự án viện trợ trị giá 988.529,74 Euro, trong đó Ủy ban châu Âu viện trợ 741.397,30 Euro "
        "và tổ chức CARE Đan Mạch viện trợ 247.132,44 Euro.",
        "Ngân sách do Trung tâm phát triển cộng đồng quản lý là 450.000 Euro.",
    )
    assert [v["value"] for _i, _s, v in found] == [988529.74, 741397.3, 247132.44]


def test_the_parts_of_a_total_not_counted_are_not_counted_either():
    found, ctx = read(
        "Hiện tỉnh có 1.200 lao động nước ngoài đang làm việc.",
        "Đến nay, có 300 lao động nước ngoài chưa quay trở lại, trong đó, 200 lao động Trung Quốc, 100 lao động Hàn Quốc.",
    )
    assert found == [("foreign_experts", "stock", {"persons": 1200})]
    assert parts_checks(ctx.breakdowns) == []


def test_a_paragraph_telling_the_total_again_breaks_it_down():
    found, ctx = read(
        "Hơn 1.200 lao động nước ngoài đang làm việc tại tỉnh.",
        "Cụ thể, tính đến 18/3, tỉnh có trên 1.200 lao động nước ngoài đang làm việc, trong đó có 700 lao động "
        "Trung Quốc; 500 lao động Hàn Quốc.",
    )
    assert found == [
        ("foreign_experts", "stock", {"persons": 1200}),
        ("foreign_experts", "part", {"persons": 700}),
        ("foreign_experts", "part", {"persons": 500}),
    ]
    assert parts_checks(ctx.breakdowns) == []


def test_among_a_total_the_parts_follow_its_co():
    found, _ctx = read(
        "Trong số 1.200 lao động nước ngoài tại khu kinh tế có 700 người Trung Quốc, 500 người Hàn Quốc."
    )
    assert found == [
        ("foreign_experts", "stock", {"persons": 1200}),
        ("foreign_experts", "part", {"persons": 700}),
        ("foreign_experts", "part", {"persons": 500}),
    ]


def test_a_list_closing_on_a_bare_number_counts_it_as_its_last_item():
    found, ctx = read(
        "Trong số 1.200 lao động nước ngoài tại khu kinh tế có 700 người Trung Quốc, 300 người Hàn Quốc, "
        "lao động các nước khác là 200."
    )
    assert [values["persons"] for _i, scope, values in found if scope == "part"] == [700, 300, 200]
    assert parts_checks(ctx.breakdowns) == []  # 700 + 300 + 200 = 1.200: nothing to raise


def test_a_bare_number_closes_a_list_only_as_its_others():
    found, _ctx = read(
        "Trong số 1.200 lao động nước ngoài có 700 người Trung Quốc, 300 người Hàn Quốc, số đã về nước ăn Tết là 150."
    )
    assert [values["persons"] for _i, _scope, values in found] == [1200, 700, 300]
    found, _ctx = read(
        "Trong năm, tỉnh đón 12 đoàn khách nước ngoài, cử 5 đoàn đi nước ngoài, số hội nghị tổ chức là 3."
    )
    assert [(indicator, values) for indicator, _scope, values in found] == [
        ("incoming_delegations", {"groups": 12}),
        ("outgoing_delegations", {"groups": 5}),
    ]
