"""Figures → facts: indicator, scope, values, qualifier; the forms met in real reports."""

import pytest

from ngoaivu.reading.reader import read_text
from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.money import parse_money
from ngoaivu.reading.restated import VALUES as VALUE_KEYS
from ngoaivu.reading.structure import Block
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import Period

MONTH_8 = Period("month", 2021, 8)


def facts(text, period=MONTH_8, path=()):
    found = extract_facts([Block(text, "body", path)], period).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Phối hợp hướng dẫn, quản lý 17 đoàn với 35 lượt người nước ngoài đến học tập, làm việc.",
            [("incoming_delegations", "period", {"groups": 17, "persons": 35})],
        ),
        (
            "Tính chung trong 8 tháng, Sở phối hợp quản lý 19 đoàn với 54 lượt người nước ngoài.",
            [("incoming_delegations", "ytd", {"groups": 19, "persons": 54})],
        ),
        (
            "Từ đầu năm đến nay, UBND tỉnh đã cử 15 đoàn với 48 lượt cán bộ đi công tác nước ngoài.",
            [("outgoing_delegations", "ytd", {"groups": 15, "persons": 48})],
        ),
        (
            "Trong tháng tiếp 02 đoàn khách nước ngoài, nâng tổng số đoàn vào từ đầu năm lên 21 đoàn với 63 lượt người.",
            [
                ("incoming_delegations", "period", {"groups": 2}),
                ("incoming_delegations", "ytd", {"groups": 21, "persons": 63}),
            ],
        ),
        (
            "Trong tháng, tiếp nhận 04 đoàn khách nước ngoài với 12 lượt người, giảm 05 đoàn so với cùng kỳ.",
            [
                ("incoming_delegations", "period", {"groups": 4, "persons": 12}),
                ("incoming_delegations", "change", {"groups": -5}),
            ],
        ),
        (
            "Lãnh đạo tỉnh tiếp xã giao 01 đoàn cơ quan đại diện ngoại giao nước ngoài.",
            [("courtesy_receptions", "period", {"count": 1})],
        ),
        (
            "Hướng dẫn 03 đoàn phóng viên nước ngoài đến tác nghiệp tại tỉnh.",
            [("foreign_press_crews", "period", {"count": 3})],
        ),
    ],
)
def test_delegations(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Toàn tỉnh có 02 tàu cá cùng 19 ngư dân bị nước ngoài bắt giữ.",
            [("boats_detained", "period", {"boats": 2, "fishermen": 19})],
        ),
        (
            "Trong tháng có 03 tàu/25 ngư dân bị bắt giữ tại Hoàng Sa.",
            [("boats_detained", "period", {"boats": 3, "fishermen": 25})],
        ),
        (
            "Có 04 tàu cá cùng với 22 ngư dân dân bị nước ngoài ngăn cản, lấy tài sản.",
            [("boats_obstructed", "period", {"boats": 4, "fishermen": 22})],
        ),
        (
            "Phía nước ngoài đã thả 02 tàu với 17 thuyền viên về địa phương.",
            [("boats_released", "period", {"boats": 2, "fishermen": 17})],
        ),
        (
            "Toàn tỉnh vẫn còn 42 ngư dân đang bị các nước bắt giữ.",
            [("fishermen_still_detained", "stock", {"fishermen": 42})],
        ),
        ("Hỗ trợ 50 ngư dân khó khăn.", []),
    ],
)
def test_fishing(text, expected):
    assert facts(text) == expected


def test_aid_values_in_whole_units():
    assert facts(
        "Trình phê duyệt 03 khoản viện trợ quốc tế khẩn cấp để khắc phục thiên tai với tổng giá trị 7,037 tỷ đồng."
    ) == [("aid", "period", {"count": 3, "value": 7037000000, "currency": "VND"})]
    assert facts("Phê duyệt 12 khoản viện trợ với tổng giá trị 2,5 triệu USD (tương đương 58,3 tỷ đồng).") == [
        ("aid", "period", {"count": 12, "value": 2500000, "currency": "USD", "value_vnd": 58300000000})
    ]
    assert facts("Tiếp nhận khoản viện trợ trị giá 1.234.567,89 USD ngày 5.3.2016 tại huyện.") == [
        ("aid", "period", {"value": 1234567.89, "currency": "USD"})
    ]
    assert facts("Kinh phí tổ chức hội nghị là 200 triệu đồng.") == []


def test_a_conference_takes_its_foreign_delegates_and_no_other_people():
    assert facts("Trong tháng, tỉnh tổ chức 03 hội nghị, hội thảo quốc tế với 120 đại biểu nước ngoài tham dự.") == [
        ("conferences", "period", {"count": 3, "foreign_participants": 120})
    ]
    assert facts("Tổ chức 02 hội thảo quốc tế với sự tham dự của hơn 80 đại biểu quốc tế.") == [
        ("conferences", "period", {"count": 2, "foreign_participants": 80})
    ]
    # delegates not said to be foreign are no measure of the catalogue: the conferences alone
    assert facts("Tổ chức 02 hội nghị quốc tế với 300 đại biểu.") == [("conferences", "period", {"count": 2})]


def test_an_exchange_rate_is_no_amount():
    assert facts(
        "Tổ chức phi chính phủ tài trợ 1.000 bộ lọc nước trị giá 50.000 USD (Tỷ giá quy đổi tại thời điểm tài trợ "
        "01 USD tương đương 24.277 VNĐ)."
    ) == [("aid", "period", {"value": 50000, "currency": "USD"})]


def test_aid_of_a_foreign_ngo_named_without_the_word_ngo():
    assert facts(
        "Các chương trình, dự án của Childfund: giai đoạn 2016-2022, thực hiện 21 dự án với tổng số tiền 3,7 triệu USD."
    ) == [("aid", "period", {"count": 21, "value": 3700000, "currency": "USD"})]
    assert facts("Hội Nông dân tỉnh thực hiện 21 dự án với tổng số tiền 3,7 tỷ đồng.") == []
    assert facts(
        "Trưởng đại diện Tổ chức Cứu trợ trẻ em tại Việt Nam trao 10 tỷ đồng hỗ trợ khẩn cấp các gia đình."
    ) == [("aid", "period", {"value": 10000000000, "currency": "VND"})]


@pytest.mark.parametrize(
    "text, value, currency, vnd",
    [
        ("7,037 tỷ đồng", 7037000000, "VND", None),
        ("2,5 triệu USD", 2500000, "USD", None),
        ("500 nghìn Euro", 500000, "EUR", None),
        ("1.234.567,89 USD", 1234567.89, "USD", None),
        ("100.000 USD", 100000, "USD", None),
        # thousands grouped by commas, as some pages print dollars: three digits after a lone comma
        # with no "triệu"/"tỷ" are thousands (an amount has two decimals at most)
        ("180,000 USD", 180000, "USD", None),
        ("1,234,567 USD", 1234567, "USD", None),
        ("500,000 đồng", 500000, "VND", None),
        ("12,50 USD", 12.5, "USD", None),
        ("3,500 triệu đồng", 3500000, "VND", None),
    ],
)
def test_parse_money(text, value, currency, vnd):
    money = parse_money(text)
    assert (float(money["value"]), money["currency"], money["value_vnd"]) == (value, currency, vnd)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Cho phép 04 doanh nhân của 03 doanh nghiệp trên địa bàn tỉnh sử dụng thẻ ABTC.",
            [("abtc", "period", {"businesspeople": 4, "enterprises": 3})],
        ),
        (
            "Thẩm định cho phép 12 doanh nghiệp với 25 doanh nhân sử dụng thẻ đi lại của doanh nhân APEC.",
            [("abtc", "period", {"enterprises": 12, "businesspeople": 25})],
        ),
        (
            "Phát hành 03 Bản tin Đối ngoại Quảng Ngãi số 22, 23 và 24; đăng tải gần 250 tin bài trên Trang thông tin.",
            [("bulletins", "period", {"count": 3}), ("articles", "period", {"count": 250})],
        ),
        (
            "Cho phép tổ chức 06 hội nghị, hội thảo quốc tế trên địa bàn tỉnh.",
            [("conferences", "period", {"count": 6})],
        ),
        (
            "Phối hợp tổ chức 02 lớp tập huấn về hội nhập quốc tế cho 150 học viên.",
            [("training_courses", "period", {"count": 2, "participants": 150})],
        ),
        ("Ký kết 03 thỏa thuận quốc tế với các đối tác Hàn Quốc.", [("agreements_signed", "period", {"count": 3})]),
        # the count's own noun names the kind, whatever "đón" before it says
        (
            "Trong tháng, đón 01 đoàn phóng viên nước ngoài với 05 người.",
            [("foreign_press_crews", "period", {"count": 1, "persons": 5})],
        ),
        (
            "Trong tháng, cử 01 đoàn phóng viên đi tác nghiệp tại Lào.",
            [("outgoing_delegations", "period", {"groups": 1})],
        ),
        (
            "Giải quyết 07 vụ việc lãnh sự liên quan đến công dân nước ngoài.",
            [("consular_cases", "period", {"count": 7})],
        ),
        (
            "Rà soát 116 thủ tục hành chính để biên dịch sang 04 thứ tiếng; việc biên dịch 116 TTHC đã xong.",
            [("procedures_translated", "period", {"count": 116})],
        ),
        ("Đón 185 lưu học sinh Lào trở lại tỉnh.", [("foreign_student_arrivals", "period", {"count": 185})]),
        ("Hiện có 312 lưu học sinh Lào đang học tập tại tỉnh.", [("foreign_students", "stock", {"count": 312})]),
        ("Sở hiện có 25 công chức trong biên chế.", [("staff", "stock", {"count": 25})]),
        # agreements not yet signed are how things stand; the cue nearest each figure names it
        (
            "Hiện có 02 thỏa thuận quốc tế đang trong quá trình xin ý kiến, thẩm định: Bản ghi nhớ hợp tác.",
            [("agreements_in_progress", "stock", {"count": 2})],
        ),
        (
            "Trong năm, tỉnh đã ký kết 03 thỏa thuận quốc tế; 02 thỏa thuận đang xin ý kiến các bộ, ngành.",
            [("agreements_signed", "period", {"count": 3}), ("agreements_in_progress", "stock", {"count": 2})],
        ),
        (
            "Sở đã thẩm định và trình UBND tỉnh ký kết 04 thỏa thuận hợp tác.",
            [("agreements_signed", "period", {"count": 4})],
        ),
        ("Có 01 thỏa thuận quốc tế tạm hoãn ký kết.", [("agreements_postponed", "stock", {"count": 1})]),
    ],
)
def test_other_indicators(text, expected):
    assert facts(text) == expected


def test_every_indicator_is_in_the_catalogue():
    from ngoaivu.reading import lexicon

    codes = {indicator for entries in lexicon.SIMPLE.values() for indicator, _cue in entries}
    codes |= set(lexicon.CUES) | set(lexicon.BOAT_CUES)
    codes |= {"aid", "abtc"}
    # procedures_translated is in the list but not (yet) an indicator of the catalogue.
    assert codes - {"procedures_translated"} <= set(BY_CODE)


def test_qualifiers_and_year():
    (fact,) = extract_facts(
        [Block("Trong năm 2021, đăng tải hơn 120 tin, bài trên Trang thông tin điện tử.", "body")], Period("year", 2021)
    ).facts
    assert (fact["qualifier"], fact["year"], fact["count"]) == ("hơn", 2021, 120)
    (fact,) = extract_facts([Block("Quản lý 10 đoàn vào, giảm 05 đoàn so với cùng kỳ năm 2020.", "body")]).facts[1:]
    assert fact["scope"] == "change" and "year" not in fact
    (fact,) = extract_facts([Block("Ước đạt 500 nghìn USD viện trợ phi chính phủ.", "body")]).facts
    assert fact["qualifier"] == "ước đạt"


def test_parts_after_trong_do():
    found = extract_facts(
        [
            Block(
                "Quản lý 10 đoàn vào với 30 lượt người; trong đó Nhật Bản 04 đoàn, Hàn Quốc 03 đoàn, Lào 03 đoàn.",
                "body",
            )
        ],
        MONTH_8,
    )
    parts = [(f["label"], f["groups"]) for f in found.facts if f["scope"] == "part"]
    assert parts == [("Nhật Bản", 4), ("Hàn Quốc", 3), ("Lào", 3)]
    ((total, members, _sentence),) = found.breakdowns
    assert total["groups"] == 10 and len(members) == 3


def test_headings_give_the_indicator():
    assert facts("Trong tháng, tiếp nhận 05 đoàn với 20 lượt người.", path=("Công tác quản lý đoàn vào",)) == [
        ("incoming_delegations", "period", {"groups": 5, "persons": 20})
    ]


def test_plans_and_dates_are_not_facts():
    assert facts("Dự kiến tổ chức 03 lớp tập huấn về hội nhập quốc tế.") == []
    assert extract_facts([Block("Tổ chức 03 lớp tập huấn.", "body", ("Phương hướng năm 2022",), plan=True)]).facts == []
    assert facts("Ngày 5.3.2016 và ngày 09/11/2023, Sở làm việc.") == []


def test_a_repeated_fact_is_one_fact():
    text = "Quản lý 17 đoàn với 35 lượt người nước ngoài. Như vậy đã quản lý 17 đoàn với 35 lượt người nước ngoài."
    assert len(facts(text)) == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ông Johnathan Hạnh Nguyễn, chủ tịch Tập đoàn Liên Thái Bình Dương, đã tài trợ toàn bộ số tiền vé cho 77 "
        "ngư dân với trị giá trên 500 triệu đồng.",
        "Công ty TNHH Hòa Phát tài trợ 2 tỷ đồng xây trường học.",
    ],
)
def test_a_person_or_a_business_sponsoring_gives_no_ngo_aid(text):
    assert [f for f in facts(text) if f[0] == "aid"] == []
    assert facts("Tổ chức phi chính phủ Plan tài trợ 2 tỷ đồng xây trường học.") == [
        ("aid", "period", {"value": 2000000000, "currency": "VND"})
    ]


def test_aid_committed_for_later_years_is_aid_a_plan_is_not():
    assert facts("Tổ chức Tầm nhìn Thế giới sẽ tài trợ 181.000 USD cho thành phố trong thời gian 3 năm.") == [
        ("aid", "period", {"value": 181000, "currency": "USD"})
    ]
    assert facts("Dự kiến năm tới, tỉnh sẽ vận động viện trợ khoảng 2 triệu USD.") == []
    assert facts("Tỉnh sẽ cử 5 đoàn đi công tác nước ngoài.") == []


def test_a_statement_of_none_is_a_figure_0_kept_apart_from_the_facts():
    from ngoaivu.reading.nones import nones

    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 3/2023\n"
        "Trong tháng, Sở không tổ chức hội nghị, hội thảo quốc tế nào.\n"
        "Trong tháng, không có tàu cá, ngư dân nào của tỉnh bị nước ngoài bắt giữ.\n"
        "Trong tháng, Sở chưa tiếp nhận đoàn nào.\n"
    )
    result = read_text(text)
    assert [(n["indicator"], n["text"]) for n in result["nones"]] == [
        ("conferences", "Trong tháng, Sở không tổ chức hội nghị, hội thảo quốc tế nào."),
        ("boats_detained", "Trong tháng, không có tàu cá, ngư dân nào của tỉnh bị nước ngoài bắt giữ."),
        ("incoming_delegations", "Trong tháng, Sở chưa tiếp nhận đoàn nào."),
    ]
    assert result["nones"][1]["boats"] == result["nones"][1]["fishermen"] == 0 and not result["facts"]
    # not a statement of none: a number, another negation, two indicators at once
    assert nones("Không có 3 đoàn nào.") == nones("Báo chí không cho biết các tàu cá bị bắt giữ ra sao.") == []
    # a delegation sent is none of those sent, not of those received
    assert [n["indicator"] for n in nones("Sở không cử đoàn nào đi nước ngoài.")] == ["outgoing_delegations"]
    assert nones("Sở không tiếp nhận đoàn vào và không tổ chức hội nghị, hội thảo quốc tế.") == []
