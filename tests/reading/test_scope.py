"""Scope, counted words and parts: the rules facts.py applies to the forms of press texts and
reports (cumulative markers, changes, stocks, counts written as words, parts of a total).
The sentences are written for these tests."""

import pytest

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import Period
from ngoaivu.reading import lexicon
from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("groups", "persons", "count", "value", "currency", "value_vnd", "boats", "fishermen")


def facts(*paragraphs, period=None):
    found = extract_facts([Block(text, "body") for text in paragraphs], period).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tính đến tháng 9-2019, tỉnh đã giải ngân 1,8 triệu USD của 24 dự án viện trợ phi chính phủ.",
            [("aid", "ytd", {"value": 1800000, "currency": "USD", "count": 24})],
        ),
        (
            "Từ năm 2009 đến nay, các tổ chức phi chính phủ đã tài trợ 140 dự án cho tỉnh.",
            [("aid", "ytd", {"count": 140})],
        ),
        ("Trong 7 năm qua, tỉnh đã đón 260 đoàn khách quốc tế.", [("incoming_delegations", "ytd", {"groups": 260})]),
        (
            "Sau 8 năm triển khai, tỉnh đã ký kết 27 thỏa thuận quốc tế.",
            [("agreements_signed", "ytd", {"count": 27})],
        ),
        (
            "Lũy kế đến nay có 64 ngư dân của tỉnh bị nước ngoài bắt giữ.",
            [("boats_detained", "ytd", {"fishermen": 64})],
        ),
        (
            "Từ đầu năm đến hết tháng 9, Sở cấp phép cho 730 lao động nước ngoài.",
            [("foreign_experts", "ytd", {"persons": 730})],
        ),
    ],
)
def test_cumulative_markers_are_year_to_date(text, expected):
    assert facts(text) == expected


def test_a_span_of_years_gives_no_year():
    (fact,) = extract_facts([Block("Từ năm 2011 đến năm 2021, tỉnh vận động được 95 dự án viện trợ.", "body")]).facts
    assert fact["scope"] == "ytd" and "year" not in fact
    (fact,) = extract_facts([Block("Từ năm 2012 đến nay, tỉnh đón 300 đoàn khách nước ngoài.", "body")]).facts
    assert "year" not in fact


@pytest.mark.parametrize(
    "sentence",
    [
        "Từ 1-1-2013 đến 31-3-2017, đã có 134 tàu với hơn 1.000 ngư dân của tỉnh bị nước ngoài bắt giữ.",
        "Từ tháng 1 đến tháng 5 năm nay, 134 tàu cùng 1.000 ngư dân bị nước ngoài bắt giữ.",
    ],
)
def test_a_span_from_january_is_the_year_so_far_unless_the_report_covers_it(sentence):
    expected = {"boats": 134, "fishermen": 1000}
    assert facts(sentence) == [("boats_detained", "ytd", expected)]
    assert facts(sentence, period=Period("month", 2017, 5)) == [("boats_detained", "ytd", expected)]
    # in a 6-month report, January to June is the report's own period
    half = "Từ tháng 1 đến tháng 6 năm 2017, 134 tàu cùng 1.000 ngư dân bị nước ngoài bắt giữ."
    assert facts(half, period=Period("half", 2017, 1)) == [("boats_detained", "period", expected)]


def test_a_paragraph_opened_on_a_span_to_date_is_told_in_it_outside_a_report():
    paragraph = (
        "Cụ thể, từ năm 2017 đến nay, 2 tỉnh đã tổ chức các đoàn lãnh đạo thăm và làm việc. Các sở, ngành 2 tỉnh "
        "đã ký kết 4 thỏa thuận hợp tác."
    )
    assert facts(paragraph) == [("agreements_signed", "ytd", {"count": 4})]
    # a sentence naming its own time keeps it; a report's period frames its paragraphs instead
    assert facts(paragraph.replace("Các sở", "Năm 2022, các sở")) == [("agreements_signed", "period", {"count": 4})]
    assert facts(paragraph, period=Period("month", 2022, 6)) == [("agreements_signed", "period", {"count": 4})]


def test_a_running_total_of_months_within_the_period_is_the_period():
    nine = Period("nine_months", 2022, 1)
    assert facts("Tính chung 9 tháng, Sở quản lý 31 đoàn khách nước ngoài.", period=nine) == [
        ("incoming_delegations", "period", {"groups": 31})
    ]
    assert facts("Tính chung 9 tháng, Sở quản lý 31 đoàn khách nước ngoài.", period=Period("month", 2022, 9)) == [
        ("incoming_delegations", "ytd", {"groups": 31})
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Năm 2019 có 18 tàu cá với 150 ngư dân bị bắt giữ, tăng 45 ngư dân so với năm 2018.",
            [
                ("boats_detained", "period", {"boats": 18, "fishermen": 150}),
                ("boats_detained", "change", {"fishermen": 45}),
            ],
        ),
        (
            "So với cùng kỳ năm 2020, tỉnh tiếp nhận thêm 2 dự án viện trợ phi chính phủ.",
            [("aid", "change", {"count": 2})],
        ),
        (
            "Tỉnh tiếp nhận thêm 2 dự án viện trợ phi chính phủ.",
            [("aid", "period", {"count": 2})],
        ),
    ],
)
def test_changes_are_not_period_figures(text, expected):
    assert facts(text) == expected


def test_a_change_in_the_next_sentence_counts_what_the_total_counts():
    assert facts("Năm 2017 có 9 tàu với 80 ngư dân bị bắt giữ. Con số này giảm 25 ngư dân so với năm 2016.") == [
        ("boats_detained", "period", {"boats": 9, "fishermen": 80}),
        ("boats_detained", "change", {"fishermen": -25}),
    ]


def test_the_men_on_board_are_fishermen():
    assert facts("Trong quý có 03 tàu cá cùng 21 người bị nước ngoài bắt giữ.") == [
        ("boats_detained", "period", {"boats": 3, "fishermen": 21})
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Chiếc tàu của ông Lê Văn B với 9 ngư dân bị phía nước ngoài bắt giữ ngày 2-5, đến nay vẫn chưa được "
            "trả về.",
            [("fishermen_still_detained", "stock", {"boats": 1, "fishermen": 9})],
        ),
        (
            "Hiện 23 ngư dân của tỉnh còn bị nước ngoài tạm giữ.",
            [("fishermen_still_detained", "stock", {"fishermen": 23})],
        ),
        (
            "Phía bạn đã thả 3 tàu cá với 20 ngư dân, còn 2 tàu với 15 ngư dân vẫn bị giữ.",
            [
                ("boats_released", "period", {"boats": 3, "fishermen": 20}),
                ("fishermen_still_detained", "stock", {"boats": 2, "fishermen": 15}),
            ],
        ),
        ("Ngoài ra còn 5 tàu cá/40 ngư dân đang chờ xác minh.", []),
        (
            "Phía bạn đã thả 4 ngư dân, hiện còn 6 ngư dân bị giữ.",
            [
                ("boats_released", "period", {"fishermen": 4}),
                ("fishermen_still_detained", "stock", {"fishermen": 6}),
            ],
        ),
    ],
)
def test_still_detained_is_a_stock(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Sở xác nhận 6 ngư dân trên một tàu cá của huyện bị nước ngoài bắt giữ.",
            [("boats_detained", "period", {"fishermen": 6, "boats": 1})],
        ),
        (
            "Hai tàu cá cùng 14 ngư dân đã được phía nước ngoài thả.",
            [("boats_released", "period", {"boats": 2, "fishermen": 14})],
        ),
        (
            "Chiếc tàu cá mang số hiệu BĐ 90123 TS của ông Trần Văn C ở xã Nhơn Lý cùng 10 ngư dân bị bắt giữ.",
            [("boats_detained", "period", {"boats": 1, "fishermen": 10})],
        ),
        (
            "Tàu cá BĐ 90456 TS và tàu cá mang số hiệu BĐ 91234 TS cùng 8 ngư dân bị nước ngoài bắt giữ.",
            [("boats_detained", "period", {"boats": 1, "fishermen": 8})],
        ),
        (
            "Tàu cá cùng 9 ngư dân đang bị nước ngoài giữ tại cảng.",
            [("fishermen_still_detained", "stock", {"fishermen": 9})],
        ),
        (
            "Ông Phạm Văn D, một ngư dân của xã, cho biết tàu bị xua đuổi.",
            [],
        ),
    ],
)
def test_boats_counted_in_words(text, expected):
    assert facts(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Hiện có 410 lao động là người nước ngoài làm việc tại các khu công nghiệp.",
            [("foreign_experts", "stock", {"persons": 410})],
        ),
        ("Năm 2021, Sở cấp phép cho 95 lao động nước ngoài.", [("foreign_experts", "period", {"persons": 95})]),
        (
            "Năm 2021, Sở cấp phép cho 95 người lao động nước ngoài, trong đó 50 lao động Hàn Quốc.",
            [("foreign_experts", "period", {"persons": 95}), ("foreign_experts", "part", {"persons": 50})],
        ),
        (
            "Tỉnh tạo điều kiện cho 7 đoàn chuyên gia của các tổ chức phi chính phủ đến địa phương khảo sát.",
            [("incoming_delegations", "period", {"groups": 7})],
        ),
        (
            "Lãnh sự quán đã tiếp nhận từ phía bạn 11 ngư dân và đưa về nước an toàn.",
            [("boats_released", "period", {"fishermen": 11})],
        ),
        ("Trường tiếp nhận 38 lưu học sinh Lào sang học.", [("foreign_student_arrivals", "period", {"count": 38})]),
        ("Tổ chức đón 60 lưu học sinh Lào trở lại trường.", [("foreign_student_arrivals", "period", {"count": 60})]),
        (
            "Năm 2020, các tổ chức phi chính phủ viện trợ 1,5 triệu USD (tương đương 35 tỷ đồng).",
            [("aid", "period", {"value": 1500000, "currency": "USD", "value_vnd": 35000000000})],
        ),
    ],
)
def test_lexicon_words(text, expected):
    assert facts(text) == expected


def test_trong_do_without_a_total_states_its_own_figures():
    assert facts("Sở mở rộng hợp tác với các đối tác (trong đó có 9 tổ chức phi chính phủ thực hiện 12 dự án).") == [
        ("aid", "period", {"count": 12})
    ]


def test_gom_after_a_total_gives_parts():
    found = extract_facts(
        [Block("Tỉnh đón 20 đoàn khách quốc tế, gồm 12 đoàn Lào, 5 đoàn Campuchia và 3 đoàn Thái Lan.", "body")]
    )
    assert [(f["scope"], f.get("label"), f["groups"]) for f in found.facts] == [
        ("period", None, 20),
        ("part", "Lào", 12),
        ("part", "Campuchia", 5),
        ("part", "Thái Lan", 3),
    ]
    ((total, members, _sentence),) = found.breakdowns
    assert total["groups"] == 20 and len(members) == 3


@pytest.mark.parametrize(
    "second",
    ["Bao gồm 9 dự án y tế và 7 dự án giáo dục.", "Trong số này, 9 dự án y tế, 7 dự án giáo dục."],
)
def test_parts_in_the_next_sentence(second):
    assert facts("Năm 2018, tỉnh tiếp nhận 16 dự án viện trợ phi chính phủ. " + second) == [
        ("aid", "period", {"count": 16}),
        ("aid", "part", {"count": 9}),
        ("aid", "part", {"count": 7}),
    ]


def test_names_with_bracketed_figures_are_parts_of_the_total_before():
    found = extract_facts(
        [
            Block("Từ đầu năm đến nay, có 20 tàu/160 ngư dân bị nước ngoài bắt giữ.", "body"),
            Block("Nhiều nhất là Bến Tre (05 tàu/41 ngư dân), Trà Vinh (03 tàu/26 ngư dân).", "body"),
        ]
    )
    assert [(f["scope"], f.get("label"), f["boats"]) for f in found.facts] == [
        ("ytd", None, 20),
        ("part", "Bến Tre", 5),
        ("part", "Trà Vinh", 3),
    ]
    assert found.breakdowns == []  # a selection ("nhiều nhất là"), not a breakdown to add up
    alone = facts("Nhiều nhất là Bến Tre (05 tàu/41 ngư dân), Trà Vinh (03 tàu/26 ngư dân) bị bắt giữ.")
    assert [scope for _indicator, scope, _values in alone] == ["period", "period"]


def test_a_headline_restated_by_the_text_is_one_fact():
    assert facts(
        "Cấp phép cho hơn 500 lao động nước ngoài",
        "Từ đầu năm đến nay, Sở đã cấp phép cho hơn 500 lao động nước ngoài.",
    ) == [("foreign_experts", "ytd", {"persons": 500})]
    assert facts(
        "Thêm một tàu cá bị bắt giữ. Ngày 3-6, chiếc tàu của ông Võ Văn E cùng 7 ngư dân bị nước ngoài bắt giữ."
    ) == [("boats_detained", "period", {"boats": 1, "fishermen": 7})]


def test_the_lexicon_is_data_an_administrator_can_extend():
    codes = {entry["indicator"] for entry in lexicon.ENTRIES}
    assert codes - {"procedures_translated"} <= set(BY_CODE)
    assert {unit for entry in lexicon.ENTRIES for unit in entry["units"]} <= {u for u, _p in lexicon.UNITS} | {"money"}
    extra = {
        "indicator": "incoming_delegations",
        "family": "delegation",
        "units": ("groups",),
        "words": [r"sang\s+thăm"],
    }
    tables = lexicon.build([*lexicon.ENTRIES, extra])
    assert tables["delegation"]["incoming_delegations"].search("đoàn Lào sang thăm tỉnh")
    assert not lexicon.CUES["incoming_delegations"].search("đoàn Lào sang thăm tỉnh")
    lexicon.use([*lexicon.ENTRIES, extra])
    try:
        assert facts("Trong tháng có 3 đoàn Lào sang thăm tỉnh.") == [("incoming_delegations", "period", {"groups": 3})]
    finally:
        lexicon.use(lexicon.ENTRIES)
    assert facts("Trong tháng có 3 đoàn Lào sang thăm tỉnh.") == []
