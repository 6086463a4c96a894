"""Who a figure counts, named otherwise than by the unit after it: workers by their nationality or
before their figure, students in abbreviations or before a "là", the crew of a boat named after
them; and the words that give a scope or no figure at all."""

import pytest

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

KEYS = ("groups", "persons", "count", "boats", "fishermen", "businesspeople")


def read(*paragraphs):
    ctx = extract_facts([Block(text, "body", ()) for text in paragraphs], None)
    return [(f["indicator"], f["scope"], {k: f[k] for k in KEYS if k in f}) for f in ctx.facts]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện trên địa bàn tỉnh có 17 lao động là người Trung Quốc đang làm việc tại khu kinh tế.",
        "Hiện trên địa bàn tỉnh có 17 lao động người Hàn Quốc đang làm việc.",
        "Hiện trên địa bàn tỉnh có 17 LĐ nước ngoài đang làm việc.",
        "Qua kiểm tra, bước đầu xác định có khoảng 17 lao động là người TQ làm việc tại nhà máy.",
        "Hiện nay, lao động nước ngoài là 17 người.",
    ],
)
def test_foreign_workers_named_by_nationality_or_before_their_figure(sentence):
    assert [(i, s, v["persons"]) for i, s, v in read(sentence)] == [("foreign_experts", "stock", 17)]


def test_vietnamese_workers_are_no_foreign_workers():
    assert read("Hiện trên địa bàn tỉnh có 17 lao động Việt Nam làm việc tại khu kinh tế.") == []


def test_workers_without_permits_are_present_and_their_nationality_parts_count():
    assert read(
        "Công ty đã đưa hơn 300 lao động từ Trung Quốc sang làm việc, trong đó 193 người không được cấp phép."
    ) == [("foreign_experts", "stock", {"persons": 300}), ("foreign_experts", "part", {"persons": 193})]
    assert read(
        "Tổng số lao động nước ngoài là 6.732 người. Trong số lao động nước ngoài, lao động người Trung Quốc chiếm "
        "76,49% với 5.149 người."
    ) == [("foreign_experts", "stock", {"persons": 6732}), ("foreign_experts", "part", {"persons": 5149})]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Trường Đại học Cửu Long hiện có 42 SV Lào đang theo học.", ("foreign_students", "stock", 42)),
        ("Hiện có khoảng 4.000 là lưu học sinh Campuchia đang học tập.", ("foreign_students", "stock", 4000)),
        ("Đến nay, số lưu học sinh Lào đang học tập tại tỉnh là 1.209 người.", ("foreign_students", "stock", 1209)),
        ("Từ năm 2006 đến nay, tỉnh đã đào tạo được 283 lượt học sinh Lào.", ("foreign_student_arrivals", "ytd", 283)),
        ("Đến nay, Trường Cao đẳng Y tế đã đào tạo trên 100 sinh viên Lào.", ("foreign_student_arrivals", "ytd", 100)),
    ],
)
def test_students_named_otherwise(sentence, expected):
    assert [(i, s, v["count"]) for i, s, v in read(sentence)] == [expected]


def test_vietnamese_students_abroad_are_no_foreign_students():
    assert read("Số lưu học sinh Việt Nam đang học tập tại Lào là 290 người.") == []


def test_the_crew_of_a_boat_named_after_them_is_one_boat():
    assert read(
        "Tàu nước ngoài tấn công, bắt tất cả 13 ngư dân trên tàu QNg 90127 TS dồn về mũi tàu, cướp tài sản."
    ) == [("boats_obstructed", "period", {"boats": 1, "fishermen": 13})]


def test_the_crew_of_a_total_before_is_counted_by_persons():
    found = read(
        "Ngày 21/5, 11 ngư dân của tỉnh đang đánh cá ngoài khơi bị nước ngoài bắt giữ.",
        "Trong 11 ngư dân bị bắt giữ vào tối ngày 21/5, có 5 người ở phường 6, thành phố Tuy Hòa.",
    )
    assert found == [
        ("boats_detained", "period", {"fishermen": 11}),
        ("boats_detained", "part", {"fishermen": 5}),
    ]


def test_an_ordinal_and_a_birth_year_are_no_figures():
    assert read("Đây là đợt thứ hai ngư dân được nước bạn trao trả kể từ đầu năm.") == []
    found = extract_facts(
        [Block("Tàu chở 11 ngư dân bị bắt giữ gồm thuyền trưởng Đỗ Văn A, sinh năm 1974.", "body", ())], None
    ).facts
    assert [f.get("year") for f in found] == [None]


def test_the_months_past_are_counted_to_date():
    assert read("Trong gần 6 tháng qua có 20 tàu cá với 138 ngư dân bị tàu nước ngoài ngăn cản, lấy tài sản.") == [
        ("boats_obstructed", "ytd", {"boats": 20, "fishermen": 138})
    ]


def test_spans_to_date_written_otherwise():
    assert read("Đến nay, tỉnh có quan hệ với 26 địa phương các nước; ký kết 54 thỏa thuận quốc tế.") == [
        ("agreements_signed", "ytd", {"count": 54})
    ]
    assert read("Từ tháng 1-2006, cơ quan có thẩm quyền đã xét cấp thẻ ABTC cho hơn 10.000 lượt doanh nhân.") == [
        ("abtc", "ytd", {"businesspeople": 10000})
    ]
    assert read("Trong năm nay, đại sứ quán đã đưa được 666 ngư dân về nước đoàn tụ với gia đình.") == [
        ("boats_released", "ytd", {"fishermen": 666})
    ]
    # how things stand is no count to date, whatever ran before the ";"
    assert read("Đến nay, tỉnh có 26 địa phương kết nghĩa; 12 ngư dân vẫn chưa được trả về.") == [
        ("fishermen_still_detained", "stock", {"fishermen": 12})
    ]


def test_aid_over_a_named_span_counterpart_funds_and_items_listed_before_their_amount():
    assert read(
        "Tính đến hết tháng 11-2025, các tổ chức phi chính phủ nước ngoài hoạt động tại tỉnh, với tổng giá trị viện "
        "trợ giai đoạn 2020-2024 đạt gần 40 triệu USD."
    ) == [("aid", "period", {})]
    found = read("Công trình có tổng vốn viện trợ phi chính phủ 1.317.542.184 đồng; vốn đối ứng 477.974.843 đồng.")
    assert len(found) == 1
    found = read(
        "Năm 2016, các tổ chức phi chính phủ nước ngoài thực hiện 29 chương trình dự án và 20 khoản viện trợ phi dự "
        "án, với tổng giá trị trên 29 tỷ đồng."
    )
    assert [(i, s, v.get("count")) for i, s, v in found] == [
        ("aid", "period", 29),
        ("aid", "period", 20),
        ("aid", "period", None),
    ]


def test_students_who_entered_the_country_came():
    assert read("342 lưu học sinh của 3 tỉnh nước bạn Lào đã được làm thủ tục nhập cảnh vào địa bàn tỉnh.") == [
        ("foreign_student_arrivals", "period", {"count": 342})
    ]


def test_a_lead_after_its_headline_and_a_capture_with_its_agent():
    found = extract_facts(
        [
            Block("Thêm một tàu đánh cá bị bắt giữ", "intro", ()),
            Block(
                "(NLĐO)- Chiều 18-4, ông A cho biết: Chiếc tàu đánh cá mang số hiệu QNg-66478-TS của ông B cùng 11 "
                "ngư dân đã bị Trung Quốc bắt vào ngày 14-4.",
                "intro",
                (),
            ),
            Block("Bà C cho biết chồng và 10 ngư dân trên tàu cá bị phía nước ngoài bắt giữ.", "intro", ()),
        ],
        None,
    ).facts
    assert [(f["indicator"], f.get("boats"), f.get("fishermen")) for f in found] == [("boats_detained", 1, 11)]


def test_counts_of_boats_in_a_paragraph_on_detentions():
    found = read(
        "Năm 2014, tỉnh có 8 vụ tàu cá bị nước ngoài bắt giữ với tổng số 21 tàu và 138 ngư dân. Năm 2015, tỉnh "
        "có 11 vụ với 31 tàu, 260 ngư dân. Lực lượng trên 3 tàu nước ngoài được trang bị vũ khí."
    )
    assert [(f[0], f[2]) for f in found] == [
        ("boats_detained", {"boats": 21, "fishermen": 138}),
        ("boats_detained", {"boats": 31, "fishermen": 260}),
    ]
    assert read("Tàu Hải quân nước ngoài bắt cùng lúc 5 tàu cá của ngư dân tỉnh.") == [
        ("boats_detained", "period", {"boats": 5})
    ]
    assert read("Cơ quan thực thi hàng hải nước ngoài đã giữ hai tàu cá cùng 20 ngư dân Việt Nam.") == [
        ("boats_detained", "period", {"boats": 2, "fishermen": 20})
    ]


def test_parts_of_a_part_and_among_the_boats_named_again():
    found = read(
        "Từ đầu năm đến nay, tỉnh có 13 vụ/21 tàu/188 lao động vi phạm vùng biển nước ngoài. Đặc biệt, trong số "
        "tàu cá vi phạm vùng biển nước ngoài có 3 tàu (2 tàu ở Phú Quý, 1 tàu ở La Gi) được đóng mới."
    )
    assert [(f[1], f[2].get("boats")) for f in found] == [("ytd", 21), ("part", 3), ("part", 2), ("part", 1)]


def test_thousands_written_as_a_word_and_participants_are_no_students():
    assert read(
        "Hiện trên địa bàn tỉnh đang có gần 1,4 nghìn lưu học sinh Lào học tập. Năm học 2022-2023, chương trình "
        "tổ chức 112 hoạt động với sự tham gia của trên 3,5 nghìn lượt lưu học sinh Lào."
    ) == [("foreign_students", "stock", {"count": 1400})]


def test_the_same_period_of_last_year_listed_countries_and_boats_held_there():
    found = read(
        "Từ đầu năm đến hết tháng 8/2020, cả nước xảy ra 57 vụ, 92 tàu bị nước ngoài bắt giữ. Con số này của cùng "
        "kỳ năm 2019 là 110 vụ và 181 tàu bị bắt giữ. Các nước bắt giữ tập trung tại Malaysia (19 vụ/32 tàu), "
        "Indonesia (12 vụ/26 tàu)."
    )
    assert [(f[1], f[2]["boats"]) for f in found] == [("ytd", 92), ("ytd", 181), ("part", 32), ("part", 26)]
    assert read(
        "Hải quân nước bạn bắt giữ 17 tàu cá, nâng tổng số tàu cá bị giữ ở đây lên 34 tàu cùng 221 ngư dân."
    ) == [
        ("boats_detained", "period", {"boats": 17}),
        ("fishermen_still_detained", "stock", {"boats": 34, "fishermen": 221}),
    ]


def test_vietnamese_students_abroad_and_persons_who_are_students():
    assert read("Trong số 250.000 du học sinh Việt Nam, có gần 4.000 du học bằng học bổng ngân sách nhà nước.") == []
    assert read(
        "Hiện có trên 15.000 lưu học sinh nước ngoài đang học tập tại Việt Nam. Trong đó có gần 4.000 người là lưu "
        "học sinh diện hiệp định."
    ) == [("foreign_students", "stock", {"count": 15000}), ("foreign_students", "part", {"count": 4000})]


def test_crews_sent_home_and_boats_named_with_their_crew():
    assert read("Đại sứ quán tiến hành các thủ tục xuất cảnh, tiễn 10 ngư dân về nước.") == [
        ("boats_released", "period", {"fishermen": 10})
    ]
    assert read("Từ đầu năm 2016, đại sứ quán đã tổ chức đưa 16 đoàn với 287 ngư dân về nước.") == [
        ("boats_released", "ytd", {"fishermen": 287})
    ]
    assert read("Phía nước ngoài cần thả ngay tàu cá QNg 66478TS và 9 ngư dân đang bị bắt giữ.") == [
        ("fishermen_still_detained", "stock", {"boats": 1, "fishermen": 9})
    ]
    assert read(
        "Tàu có số hiệu PY 90260 mang theo 11 ngư dân thì bị phía nước ngoài bắt giữ vào tối ngày 21/5 cho đến nay."
    ) == [("fishermen_still_detained", "stock", {"boats": 1, "fishermen": 11})]


def test_workers_to_recruit_or_away_are_not_present_nor_their_parts():
    assert (
        read("UBND tỉnh đã đồng ý cho tuyển dụng 10.820 lao động nước ngoài, trong đó 13 doanh nghiệp là 357 người.")
        == []
    )
    assert (
        read(
            "Tính đến nay, có 25.480 lao động nước ngoài chưa quay trở lại Việt Nam làm việc, trong đó có 19.113 lao động "
            "Trung Quốc (chiếm 75%), 3.766 lao động Hàn Quốc (chiếm 14,8%)."
        )
        == []
    )
    # a change of workers named before their figure
    assert read("Lao động người nước ngoài 202 người, tăng 28 người so với cùng kỳ năm 2017.") == [
        ("foreign_experts", "stock", {"persons": 202}),
        ("foreign_experts", "change", {"persons": 28}),
    ]


def test_an_aside_does_not_part_a_span_from_its_end():
    assert read(
        "Từ năm 2006 (khi hai tỉnh chưa ký kết hợp tác), đến nay qua 15 năm, Trường đã tiếp nhận, đào tạo Tiếng Việt "
        "cho 396 lưu học sinh."
    ) == [("foreign_student_arrivals", "ytd", {"count": 396})]


def test_five_boats_in_words_waiting_to_be_returned_and_a_rise_of_as_many_as():
    assert read("Ngày 21/5, năm tàu cá Việt Nam bị tàu kiểm ngư Indonesia bắt khi đang hoạt động.") == [
        ("boats_detained", "period", {"boats": 5})
    ]
    assert read("Hiện chỉ có 19 ngư dân đang chờ ngày được trao trả.") == [
        ("fishermen_still_detained", "stock", {"fishermen": 19})
    ]
    assert read("6 tháng đầu năm 2011, có 94 tàu cá bị nước ngoài bắt giữ, tăng tới 73 tàu so với năm 2010.")[1] == (
        "boats_detained",
        "change",
        {"boats": 73},
    )


def test_men_sent_home_after_their_capture():
    assert read(
        "Cục Lãnh sự đã phối hợp đưa 2 ngư dân bị nước ngoài bắt giữ do vi phạm vùng biển về nước an toàn vào ngày 5/3."
    ) == [("boats_released", "period", {"fishermen": 2})]


def test_officials_trained_are_a_courses_participants_not_a_delegation():
    trained = read("Từ năm 2011 đến nay, gần 1.100 lượt cán bộ, công chức ngoại vụ được bồi dưỡng nghiệp vụ đối ngoại.")
    assert [(indicator, scope) for indicator, scope, _values in trained] == [("training_courses", "ytd")]


def test_workers_mostly_of_a_nationality_and_their_parts_after_but():
    found = read(
        "Qua kiểm tra, phát hiện có 920 lao động, hầu hết là người Trung Quốc, đang làm việc tại trung tâm điện lực.",
        "Thế nhưng trong đó chỉ có 517 lao động được cấp giấy phép lao động, đang xin cấp giấy phép 165 lao động, "
        "miễn cấp giấy phép tám lao động và 230 lao động chưa được cấp giấy phép.",
    )
    assert [(f[1], f[2]["persons"]) for f in found] == [
        ("stock", 920),
        ("part", 517),
        ("part", 165),
        ("part", 8),
        ("part", 230),
    ]
    assert read("Công ty vừa tuyển trên 2.100 người lao động Trung Quốc làm việc tại nhà máy.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Hiện có khoảng 22.000 lưu học sinh nước ngoài, trong đó lưu học sinh diện hiệp định gần 4000 người.",
        "Số lưu học sinh nước ngoài tăng dần, với số lượng hiện khoảng 22.000 người, trong đó lưu học sinh "
        "diện hiệp định gần 4.000 người.",
        "Trong gần 22.000 lưu học sinh nước ngoài đang học tập tại Việt Nam, số lưu học sinh Campuchia chiếm "
        "gần 1/5, với khoảng 4.000 người.",
    ],
)
def test_students_named_earlier_in_their_clause_and_the_part_of_a_total_they_are_among(sentence):
    assert read(sentence) == [
        ("foreign_students", "stock", {"count": 22000}),
        ("foreign_students", "part", {"count": 4000}),
    ]


def test_people_not_named_as_students_in_their_own_clause_stay_persons():
    # the room's two occupants are no students count, nor the teachers last named before the figure
    assert read("Các du học sinh Lào ở ký túc xá miễn phí, 1 phòng khoảng 20m2 cho 2 người ở.") == []
    assert read("Đoàn gồm lưu học sinh và giảng viên của trường, tổng cộng 35 người.") == []


def test_a_rate_per_year_is_no_figure():
    assert read("Số lưu học sinh theo diện học bổng có mặt tại Việt Nam khoảng 600 người/ năm.") == []
    assert read("Số lưu học sinh theo diện học bổng có mặt tại Việt Nam khoảng 600 người.") == [
        ("foreign_students", "stock", {"count": 600})
    ]


def test_a_part_in_the_lead_under_a_headline_is_kept():
    # the headline's 4.000 is the part told first, not a figure of its own
    assert read(
        "4.000 lưu học sinh Campuchia đang học tập tại Việt Nam",
        "Trong gần 21.000 lưu học sinh nước ngoài đang học tập tại Việt Nam, số lưu học sinh Campuchia chiếm "
        "gần 1/5, với khoảng 4.000 người.",
    ) == [("foreign_students", "stock", {"count": 21000}), ("foreign_students", "part", {"count": 4000})]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong quý 1/2018, cơ quan chức năng kiểm tra 4 doanh nghiệp, phát hiện 185 lao động chui là người Trung Quốc.",
        "Trong tháng 3, nhà máy có 185 công nhân Trung Quốc đang làm việc.",
        "Năm 2018, công ty đã đưa 185 lao động từ Trung Quốc sang, nhưng họ không được Việt Nam cấp phép.",
    ],
)
def test_workers_not_counted_by_their_permits_are_workers_present_whatever_the_time(sentence):
    assert read(sentence) == [("foreign_experts", "stock", {"persons": 185})]


def test_workers_counted_by_the_permits_issued_keep_the_time_of_the_issue():
    assert read("Trong quý 1/2018, Sở đã cấp giấy phép lao động cho 185 lao động nước ngoài.") == [
        ("foreign_experts", "period", {"persons": 185})
    ]


def test_men_said_to_belong_to_a_boat_do_not_count_the_boat():
    assert read(
        "Phía Trung Quốc đã thả 13 ngư dân Việt Nam bao gồm 07 ngư dân thuộc tàu cá QB 93256 TS cùng 06 ngư dân "
        "thuộc tàu cá QNg 94912 TS."
    ) == [
        ("boats_released", "period", {"fishermen": 13}),
        ("boats_released", "part", {"fishermen": 7}),
        ("boats_released", "part", {"fishermen": 6}),
    ]


def test_workers_away_are_no_part_of_the_workers_present():
    assert read(
        "Cả nước có hơn 33.700 lao động Trung Quốc đã được cấp phép lao động, trong đó gần 26.400 lao động đã về "
        "nước ăn Tết."
    ) == [("foreign_experts", "stock", {"persons": 33700})]
    assert read(
        "Cả nước có hơn 33.700 lao động Trung Quốc đã được cấp phép lao động, trong đó gần 26.400 lao động làm việc "
        "tại các khu công nghiệp."
    ) == [("foreign_experts", "stock", {"persons": 33700}), ("foreign_experts", "part", {"persons": 26400})]


def test_foreign_workers_named_earlier_in_their_clause():
    assert read(
        "Lao động nước ngoài làm việc tại Việt Nam tại thời điểm tháng 7/2012 là 77.087 người, trong đó đã được "
        "cấp giấy phép lao động là 49.983 người và chưa được cấp giấy phép lao động là 27.104 người."
    ) == [
        ("foreign_experts", "stock", {"persons": 77087}),
        ("foreign_experts", "part", {"persons": 49983}),
        ("foreign_experts", "part", {"persons": 27104}),
    ]
    # the parts of workers to be recruited are not counted either
    assert read("Tỉnh đồng ý cho tuyển dụng 10.820 lao động nước ngoài, trong đó 13 doanh nghiệp là 357 người.") == []


def test_students_honoured_are_no_count_of_the_students():
    assert read("Nhân dịp này, Tỉnh đoàn đã tặng bằng khen và tuyên dương 35 lưu học sinh Lào tiêu biểu.") == []
    assert read("Nhà trường trao giấy khen cho 12 lưu học sinh Lào có thành tích xuất sắc.") == []
    assert read("Hiện nhà trường có 35 lưu học sinh Lào đang học tập.") == [
        ("foreign_students", "stock", {"count": 35})
    ]


def test_report_forms_of_workers_students_and_crews():
    assert read("Trên địa bàn tỉnh có 1.250 người nước ngoài đang làm việc tại các doanh nghiệp.") == [
        ("foreign_experts", "stock", {"persons": 1250})
    ]
    assert read("Số lưu học sinh Lào đang học tập tại tỉnh là 560 em, trong đó hệ đại học 300 em, dự bị 260 em.") == [
        ("foreign_students", "stock", {"count": 560}),
        ("foreign_students", "part", {"count": 300}),
        ("foreign_students", "part", {"count": 260}),
    ]
    # graduates among them are no part; nor is "em" a count outside a students total
    assert read("Trường đã tiếp nhận 40 lưu học sinh Lào, trong đó đã có 25 em đã tốt nghiệp ra trường.") == [
        ("foreign_student_arrivals", "period", {"count": 40})
    ]
    assert read("Đoàn tặng quà cho 30 em học sinh nghèo vượt khó.") == []
    assert read(
        "Các cơ sở đào tạo tiếp nhận mới 120 lưu học sinh Lào, nâng tổng số lưu học sinh đang học tập lên 560 người."
    ) == [("foreign_student_arrivals", "period", {"count": 120}), ("foreign_students", "stock", {"count": 560})]
    assert read("Trong năm, đã có 04 tàu cá với 30 ngư dân được trả về; 12 ngư dân chưa được trả về.") == [
        ("boats_released", "period", {"boats": 4, "fishermen": 30}),
        ("fishermen_still_detained", "stock", {"fishermen": 12}),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Tính đến ngày 12/2, hơn 5.000 lao động Trung Quốc đang được cách ly, theo dõi tại 41 tỉnh.",
        "Bộ cho biết hơn 5.000 lao động Trung Quốc đang được theo dõi, cách ly tại Việt Nam.",
        "Đến nay các địa phương đã cách ly gần 300 lao động Trung Quốc.",
        "Theo báo cáo, có 25.000 lao động Trung Quốc về nước trong dịp Tết.",
    ],
)
def test_workers_in_quarantine_or_gone_home_are_no_workers_present(sentence):
    assert read(sentence) == []


def test_workers_from_many_countries_are_foreign_workers_and_their_nationalities_parts():
    found = read(
        "Trên địa bàn tỉnh đang có 2.163 lao động đến từ 19 quốc gia và vùng lãnh thổ. Trong đó, lao động là "
        "người Đài Loan 1.240 người, Trung Quốc 896 người."
    )
    assert [(i, s, v["persons"]) for i, s, v in found] == [
        ("foreign_experts", "stock", 2163),
        ("foreign_experts", "part", 1240),
        ("foreign_experts", "part", 896),
    ]


def test_students_received_to_date_told_mid_sentence_are_arrivals_to_date():
    found = read(
        "Ngày 25.9, UBND tỉnh cho biết, đến nay 287 lưu học sinh Lào đến TP.Huế học tập đã được tiếp nhận, "
        "đưa đi cách ly tập trung."
    )
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_student_arrivals", "ytd", 287)]


def test_students_there_as_many_as_just_arrived_are_those_arrivals_told_again():
    found = read(
        "Ngày 26/11, trường đã tiếp nhận 269 sinh viên Lào sang học tập. Tại khu cách ly, 269 sinh viên Lào "
        "thường xuyên được quán triệt các biện pháp phòng dịch."
    )
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_student_arrivals", "period", 269)]


@pytest.mark.parametrize(
    "sentence, persons",
    [
        ("Qua kiểm tra, Sở phát hiện tại nhà máy có hơn 100 người Trung Quốc đang làm việc.", 100),
        ("Đơn vị vừa phát hiện 7 người nước ngoài có dấu hiệu cư trú, lao động trái phép.", 7),
    ],
)
def test_foreigners_of_a_nation_named_as_working_are_foreign_workers(sentence, persons):
    assert [(i, v["persons"]) for i, _s, v in read(sentence)] == [("foreign_experts", persons)]
    assert read("Năm nay có 300 người Trung Quốc đến du lịch tại tỉnh.") == []


def test_a_headline_rounding_a_part_is_that_part_told_again():
    found = read(
        "Chỉ còn gần 1.000 người Trung Quốc làm việc tại Formosa",
        "Trên địa bàn tỉnh đang có 2.163 lao động đến từ 19 quốc gia. Trong đó, lao động là người Đài Loan "
        "1.240 người, Trung Quốc 896 người.",
    )
    assert [(s, v["persons"]) for _i, s, v in found] == [("stock", 2163), ("part", 1240), ("part", 896)]


def test_officials_and_students_received_for_training_are_arrivals():
    found = read(
        "Từ năm 2017 đến nay, tỉnh đã và đang tiếp nhận đào tạo tổng cộng khoảng 1.200 cán bộ, sinh viên Lào "
        "sang học tập tại các trường trên địa bàn tỉnh."
    )
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_student_arrivals", "ytd", 1200)]
    found = read("Năm 2022, trường tiếp nhận đào tạo 45 lưu học sinh Lào.")
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_student_arrivals", "period", 45)]


def test_students_named_international_and_a_total_of_all_students_before_its_foreign_part():
    found = read("Sinh viên của trường chủ yếu là con em đồng bào dân tộc và gần 1.000 sinh viên quốc tế.")
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_students", "stock", 1000)]
    found = read("Hiện trường có 50 sinh viên Hàn Quốc đang học tập.")
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_students", "stock", 50)]
    assert read("Trường cử 20 sinh viên sang Hàn Quốc học tập.") == []
    found = read("Hiện nay, Khoa có 500 sinh viên, trong đó sinh viên nước ngoài là 70 sinh viên đến từ 8 quốc gia.")
    assert [(i, s, v["count"]) for i, s, v in found] == [("foreign_students", "stock", 70)]


def test_people_of_a_foreign_nation_in_a_text_on_foreign_workers_are_workers():
    found = read(
        "Lao động nước ngoài tại các nhà máy alumin",
        "Hiện tại, số người Trung Quốc ở công trường chỉ còn 446 người.",
    )
    assert [(i, s, v["persons"]) for i, s, v in found] == [("foreign_experts", "stock", 446)]
    # not in a text on something else, nor Vietnamese people in it
    assert read("Lễ hội đường phố", "Hiện tại, số người Trung Quốc ở lễ hội chỉ còn 446 người.") == []
    assert read("Lao động nước ngoài tại các nhà máy alumin", "Ở Tân Rai có khoảng hơn 400 người Việt Nam.") == []


def test_officials_of_another_country_taught_here_are_students_who_came():
    found = read(
        "Năm 2018, tỉnh tiếp nhận và đào tạo tiếng Việt cho 134 cán bộ, công chức của các tỉnh Bắc Lào sang học tập."
    )
    assert [(i, v["count"]) for i, _s, v in found] == [("foreign_student_arrivals", 134)]
    # the province's own officials trained are no students
    own = read("Năm 2018, Sở Nội vụ đào tạo tin học cho 134 cán bộ, công chức của tỉnh.")
    assert "foreign_student_arrivals" not in [i for i, _s, _v in own]


def test_people_going_abroad_counted_by_person_are_outgoing_and_a_new_deed_starts_a_new_figure():
    found = read(
        "Tỉnh đã cử 42 đoàn/ 410 lượt người và 64 cá nhân đi công tác nước ngoài, đón tiếp 85 đoàn/ 506 lượt "
        "người nước ngoài đến thăm, làm việc."
    )
    assert found == [
        ("outgoing_delegations", "period", {"groups": 42, "persons": 410}),
        ("outgoing_delegations", "period", {"persons": 64}),
        ("incoming_delegations", "period", {"groups": 85, "persons": 506}),
    ]
    assert [(i, v) for i, _s, v in read("Hội đã tổ chức cho 80 hội viên sang Lào thăm lại chiến trường xưa.")] == [
        ("outgoing_delegations", {"persons": 80})
    ]
    assert read("Năm nay có 300 khách sang Lào du lịch qua cửa khẩu.") == []


def test_people_counted_one_by_one_are_a_figure_only_as_they_go_somewhere():
    from ngoaivu.reading.mentions import find_mentions

    going = "Tỉnh cử 64 cá nhân đi công tác nước ngoài."
    assert [(m.unit, int(m.value)) for m in find_mentions(going)] == [("individuals", 64)]
    # counted otherwise, they are no figure of the register and join no breakdown
    assert find_mentions("Dịp này, 17 cá nhân kiều bào được tặng bằng khen của UBND tỉnh.") == []
    assert read("Năm 2022, Hội có hơn 5000 hội viên.") == []


@pytest.mark.parametrize(
    ("sentence", "indicator"),
    [
        ("Trong năm, lãnh đạo tỉnh có 05 chuyến thăm tới các nước láng giềng.", "outgoing_delegations"),
        ("Trong năm, có 05 chuyến thăm của lãnh đạo các nước tới Việt Nam.", "incoming_delegations"),
    ],
)
def test_visits_are_delegations(sentence, indicator):
    assert read(sentence) == [(indicator, "period", {"groups": 5})]


def test_visits_at_home_are_no_delegations():
    assert read("Trong năm, lãnh đạo Sở có 05 chuyến thăm các huyện miền núi.") == []
    assert read("Trong năm, lãnh đạo Sở có 05 chuyến công tác đến tỉnh Quảng Nam, Đà Nẵng.") == []
    # nor under a heading of delegations: a visit names where it goes in its own clause
    ctx = extract_facts([Block("Lãnh đạo Sở có 15 chuyến thăm các huyện.", "body", ("II. Công tác đoàn ra",))], None)
    assert ctx.facts == []


def test_citizens_count_as_consular_cases_only_in_a_text_on_protecting_them():
    protected = "Số công dân được bảo hộ tăng qua từng năm: năm 2022 có 1.250 công dân, năm 2023 là 1.600 công dân."
    assert read(protected) == [
        ("consular_cases", "period", {"count": 1250}),
        ("consular_cases", "period", {"count": 1600}),
    ]
    assert read("Năm 2023, tỉnh có 1.600 công dân đi lao động ở nước ngoài.") == []
    # those flown home are passengers, not cases
    assert read("Công tác bảo hộ được chú trọng, đã tổ chức 12 chuyến bay đón 3.000 công dân khó khăn về nước.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # home is Việt Nam as well as "nước"
        ("Ngày 5/3, 12 ngư dân đã được đưa về Việt Nam an toàn.", ("boats_released", "period", {"fishermen": 12})),
        # what befell the boats is the predicate before them, not the detention that says which they are
        (
            "Ngày 5/3, Đại sứ quán đã ký nhận lại 3 tàu cá của ngư dân bị nước bạn bắt giữ.",
            ("boats_released", "period", {"boats": 3}),
        ),
        # the rest of a crew, gone home, is released; the rest yet to go is still held
        (
            "Ngày 5/3, 8 ngư dân còn lại đã rời cảng Songkhla về Việt Nam.",
            ("boats_released", "period", {"fishermen": 8}),
        ),
        (
            "Ngày 5/3, 8 ngư dân còn lại sẽ về nước trong tuần tới.",
            ("fishermen_still_detained", "stock", {"fishermen": 8}),
        ),
        # a boat named by its number is one boat
        (
            "Ngày 5/3, nước bạn đã trao trả 6 ngư dân và tàu cá mang ký hiệu QNg-90123-TS.",
            ("boats_released", "period", {"boats": 1, "fishermen": 6}),
        ),
    ],
)
def test_fishermen_going_home_and_boats_taken_back(sentence, expected):
    assert read(sentence) == [expected]


def test_a_figure_said_above_is_not_counted_again():
    assert read("Ngày 5/3, 8 ngư dân đã rời cảng về nước trên 2 tàu nói trên.") == [
        ("boats_released", "period", {"fishermen": 8})
    ]


def test_workers_who_gave_their_permits_back_are_not_present():
    assert read("Hiện có 1.200 lao động nước ngoài được cấp phép, trong đó 150 lao động đã trả giấy phép.") == [
        ("foreign_experts", "stock", {"persons": 1200})
    ]


@pytest.mark.parametrize(
    ("sentence", "cases"),
    [
        # the cases, not their citizens again
        ("Công tác bảo hộ công dân: năm 2023 đã giải quyết 15 vụ việc liên quan đến 25 công dân bị bắt giữ.", [15]),
        ("Năm 2023, Sở cấp phát 5.000 bộ quần áo bảo hộ lao động cho 1.200 công dân.", []),
        ("Năm 2023, Sở mở lớp cho 250 công dân về kỹ năng tự bảo hộ khi ra nước ngoài.", []),
        ("Công tác bảo hộ công dân được chú trọng, năm 2023 đã đón 3.000 công dân về Việt Nam an toàn.", []),
    ],
)
def test_citizens_named_beside_protection_but_not_protected_are_no_cases(sentence, cases):
    assert [values.get("count") for indicator, _s, values in read(sentence) if indicator == "consular_cases"] == cases


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Qua xác minh, xác nhận lại, có 3 tàu cá của ngư dân tỉnh bị tàu nước ngoài xua đuổi.",
            ("boats_obstructed", "period", {"boats": 3}),
        ),
        (
            "Ngày 5/3, chủ 3 tàu cá bị nước bạn bắt giữ đã ký nhận quyết định xử phạt.",
            ("boats_detained", "period", {"boats": 3}),
        ),
        (
            "Ngày 5/3, 8 ngư dân còn lại vẫn bị tạm giữ, Sở Ngoại vụ đã đề nghị phía bạn thả.",
            ("fishermen_still_detained", "stock", {"fishermen": 8}),
        ),
        (
            "Ngày 5/3, nước bạn đã trao trả 12 ngư dân cùng tàu cá QNg-90123-TS và QNg-90456-TS.",
            ("boats_released", "period", {"boats": 2, "fishermen": 12}),
        ),
    ],
)
def test_release_words_only_where_they_release(sentence, expected):
    assert read(sentence) == [expected]


def test_a_figure_is_told_again_only_where_the_words_point_at_it():
    assert read("Trong năm, tỉnh đã đón 4 đoàn tỉnh bạn nói trên sang thăm, làm việc tại tỉnh.") == [
        ("incoming_delegations", "period", {"groups": 4})
    ]
