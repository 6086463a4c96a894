"""What a figure read from a report is for the register, decided on plain data (no database)."""

import unicodedata

from ngoaivu.register.intake_rules import (
    ROW_AREAS,
    compare,
    compare_none,
    engine_code,
    is_single_row,
    issuing_unit,
    kept_nones,
    prefill,
    window_of,
    words,
)

UNITS = [
    {"id": 1, "code": "SNgV", "name": "Sở Ngoại vụ tỉnh Quảng Ngãi", "short_name": "Sở Ngoại vụ"},
    {"id": 2, "code": "VP", "name": "Văn phòng UBND tỉnh Quảng Ngãi", "short_name": "Văn phòng UBND tỉnh"},
    {"id": 3, "code": "DHPVD", "name": "Trường Đại học Phạm Văn Đồng", "short_name": ""},
]


def incoming(groups, persons, scope="period", **extra):
    return {"indicator": "incoming_delegations", "scope": scope, "groups": groups, "persons": persons, **extra}


def test_the_issuing_unit_is_found_by_the_code_of_its_number_then_by_its_name():
    assert issuing_unit({"issuer": "VĂN PHÒNG UBND TỈNH", "issuer_code": "SNgV"}, UNITS) == 1  # the number wins
    assert issuing_unit({"issuer_code": "sngv-ĐN"}, UNITS) == 1
    assert issuing_unit({"issuer": "VĂN PHÒNG UBND TỈNH"}, UNITS) == 2
    assert issuing_unit({"issuer": "TRƯỜNG ĐẠI HỌC PHẠM VĂN ĐỒNG", "issuer_code": "TCCB"}, UNITS) == 3
    assert issuing_unit({"issuer": "SỞ TƯ PHÁP"}, UNITS) is None
    assert issuing_unit({}, UNITS) is None


def test_the_committees_office_is_named_under_its_committee():
    """Nghị định 30/2020/NĐ-CP: «VĂN PHÒNG» under «UBND TỈNH QUẢNG NGÃI», with a number of its own code."""
    header = {"issuer": "VĂN PHÒNG", "parent_body": "UBND TỈNH QUẢNG NGÃI"}
    assert issuing_unit({**header, "issuer_code": "BC-VPUB"}, UNITS) == 2
    assert issuing_unit({"issuer": "VĂN PHÒNG", "parent_body": "SỞ NGOẠI VỤ"}, UNITS) is None  # not the committee's


def test_a_total_is_never_one_row():
    assert is_single_row(incoming(1, 3), "period")
    assert not is_single_row(incoming(20, 47), "period")  # 20 groups: a total, not one row of 20 groups
    assert not is_single_row(incoming(1, 3, scope="ytd"), "ytd")  # a year-to-date figure is a total
    assert not is_single_row({"indicator": "foreign_students", "scope": "period", "count": 1}, "period")
    assert not is_single_row({"indicator": "consular_cases", "scope": "period", "count": 3}, "period")


def test_windows_follow_the_scope_and_the_year_the_sentence_names():
    assert window_of(incoming(2, 3), 2021) == "period"
    assert window_of(incoming(2, 3, scope="ytd"), 2021) == "ytd"
    assert window_of(incoming(2, 3, year=2020), 2021) == "last_year"
    assert window_of(incoming(2, 3, scope="ytd", year=2020), 2021) == "last_year_ytd"
    assert window_of(incoming(2, 3, year=2018), 2021) is None
    assert window_of(incoming(2, 3, scope="change"), 2021) is None
    assert window_of(incoming(2, 3, scope="part"), 2021) is None
    assert engine_code({"indicator": "foreign_students", "scope": "period"}) == "foreign_student_arrivals"
    assert engine_code({"indicator": "foreign_students", "scope": "stock"}) == "foreign_students"
    assert engine_code({"indicator": "no_such_thing", "scope": "period"}) is None


def test_a_total_that_differs_is_a_comparison_and_creates_nothing():
    found = compare(incoming(20, 47, scope="ytd"), "incoming_delegations", "ytd", {"groups": 19, "persons": 54})
    assert found["status"] == "differs" and found["kind"] == "total"
    assert (found["held"], found["stated"]) == ("19 đoàn, 54 lượt người", "20 đoàn, 47 lượt người")
    assert found["missing"] == 0  # a year-to-date figure never asks for rows
    # Even in the period: the register has more person-visits, so no row can make up the difference.
    assert compare(incoming(20, 47), "incoming_delegations", "period", {"groups": 19, "persons": 54})["missing"] == 0


def test_a_total_the_register_falls_short_of_offers_the_missing_rows_only():
    fact = {"indicator": "consular_cases", "scope": "period", "count": 5}
    found = compare(fact, "consular_cases", "period", {"count": 2})
    assert (found["status"], found["missing"]) == ("differs", 3)
    assert prefill(fact, ROW_AREAS["consular_cases"], 3, found["differences"]) == {}
    one_short = compare(incoming(20, 47), "incoming_delegations", "period", {"groups": 19, "persons": 40})
    assert one_short["missing"] == 1
    # One row missing: it is the difference, so its figures are prefilled.
    assert prefill(incoming(20, 47), ROW_AREAS["incoming_delegations"], 1, one_short["differences"]) == {
        "groups": 1,
        "person_visits": 7,
    }


def test_one_row_is_new_only_when_the_register_has_none():
    fact = {"indicator": "courtesy_receptions", "scope": "period", "count": 1}
    assert compare(fact, "courtesy_receptions", "period", {"count": 0})["status"] == "new"
    assert compare(fact, "courtesy_receptions", "period", {"count": 1})["status"] == "present"
    assert compare(fact, "courtesy_receptions", "period", {"count": 2})["status"] == "differs"
    row = compare(incoming(1, 3), "incoming_delegations", "period", {"groups": 0, "persons": 0})
    assert (row["status"], row["kind"], row["held"]) == ("new", "row", None)


def test_a_total_the_register_holds_nothing_of_is_new_not_differing():
    fact = {"indicator": "consular_cases", "scope": "period", "count": 5}
    found = compare(fact, "consular_cases", "period", {"count": 0})
    assert (found["status"], found["kind"], found["held"], found["missing"]) == ("new", "total", None, 5)
    ytd = compare(incoming(20, 47, scope="ytd"), "incoming_delegations", "ytd", {"groups": 0, "persons": 0})
    assert (ytd["status"], ytd["missing"]) == ("new", 0)
    # holding anything of it, the register holds another figure
    assert compare(incoming(20, 47), "incoming_delegations", "period", {"groups": 0, "persons": 2})["status"] == (
        "differs"
    )


def test_a_part_of_a_register_figure_is_recognised():
    fact = {"indicator": "foreign_students", "scope": "period", "count": 185}
    parts = [("Mới đến", {"count": 14}), ("Trở lại", {"count": 185})]
    found = compare(fact, "foreign_student_arrivals", "period", {"count": 199}, parts)
    assert (found["status"], found["part"], found["held"]) == ("part", "Trở lại", "199 lưu học sinh")
    assert compare(fact, "foreign_student_arrivals", "period", {"count": 199}, parts[:1])["status"] == "differs"


def test_amounts_are_equal_as_written_and_counts_take_two_digits():
    fact = {"indicator": "aid", "scope": "period", "count": 4, "value": 7497000000, "currency": "VND"}
    found = compare(fact, "aid", "period", {"count": 4, "value": 7497250000})
    assert found["status"] == "present" and found["held"] == "04 khoản viện trợ, 7,497 tỷ đồng"
    assert compare(fact, "aid", "period", {"count": 4, "value": 7600000000})["status"] == "differs"
    foreign = {"indicator": "aid", "scope": "period", "count": 1, "value": 50000, "currency": "USD"}
    assert compare(foreign, "aid", "period", {"count": 1, "value": 1})["status"] == "present"  # USD not compared
    assert words([("đoàn", 4), ("lượt người", 19)]) == "04 đoàn, 19 lượt người"
    text = compare(incoming(20, 47, qualifier="khoảng"), "incoming_delegations", "period", {"groups": 0})["stated"]
    assert text == "khoảng 20 đoàn, 47 lượt người" and unicodedata.is_normalized("NFC", text)


def test_an_amount_in_a_foreign_currency_alone_is_not_compared_and_says_so():
    fact = {"indicator": "aid", "scope": "period", "value": 180000, "currency": "USD", "qualifier": "hơn"}
    found = compare(fact, "aid", "period", {"count": 0, "value": 0})
    assert (found["status"], found["stated"], found["missing"], found["differences"]) == (
        "unchecked",
        "hơn 180.000 USD",
        0,
        {},
    )
    # with its worth in đồng, it is compared in đồng
    fact = {**fact, "value_vnd": 4_000_000_000}
    assert compare(fact, "aid", "period", {"count": 0, "value": 4_000_000_000})["status"] == "present"


def none_of(indicator, text):
    """A statement of none as the reader gives it (reading/nones.py)."""
    return {"indicator": indicator, "scope": "period", "boats": 0, "fishermen": 0, "text": text}


def test_a_statement_of_none_agrees_with_an_empty_register_and_differs_from_rows():
    assert compare_none("boats_detained", {"boats": 0, "fishermen": 0}) == {
        "kind": "none",
        "status": "present",
        "held": None,
        "part": None,
        "missing": 0,
        "differences": {},
    }
    assert compare_none("boats_detained", {})["status"] == "present"
    found = compare_none("boats_detained", {"boats": 1, "fishermen": 8})
    assert (found["status"], found["held"], found["missing"]) == ("differs", "01 tàu cá, 08 ngư dân", 0)
    # only what the register holds any of is said: one conference, no foreign participant
    assert compare_none("conferences", {"count": 1, "foreign_participants": 0})["held"] == "01 hội nghị"


def test_a_figure_of_the_same_indicator_and_scope_wins_over_a_statement_of_none():
    boats = none_of("boats_detained", "Trong tháng, không có tàu cá của tỉnh bị nước ngoài bắt giữ")
    again = none_of("boats_detained", "Không có tàu cá nào bị bắt giữ")
    conferences = {
        "indicator": "conferences",
        "scope": "period",
        "count": 0,
        "text": "Không tổ chức hội nghị, hội thảo",
    }
    detained = {"indicator": "boats_detained", "scope": "period", "boats": 2, "fishermen": 19}
    assert kept_nones([boats, again, conferences], [], 2021) == [boats, conferences]  # one for each indicator
    assert kept_nones([boats, conferences], [detained], 2021) == [conferences]
    assert kept_nones([boats], [{**detained, "year": 2021}], 2021) == []
    assert kept_nones([boats], [detained], None) == []
    # a figure of another scope or year says nothing of the period: the statement of none stays
    assert kept_nones([boats], [{**detained, "scope": "ytd"}], 2021) == [boats]
    assert kept_nones([boats], [{**detained, "year": 2020}], 2021) == [boats]
    assert kept_nones([boats], [incoming(2, 5)], 2021) == [boats]


def test_a_statement_of_none_of_another_year_is_kept_beside_a_figure_of_the_report_s_year():
    boats = none_of("boats_detained", "Trong tháng 9/2020, không có tàu cá của tỉnh bị nước ngoài bắt giữ.")
    last_year = {**boats, "year": 2020}
    detained = {"indicator": "boats_detained", "scope": "period", "boats": 1, "fishermen": 8}
    assert kept_nones([last_year], [detained], 2021) == [last_year]
    assert kept_nones([last_year], [{**detained, "year": 2020}], 2021) == []
    assert kept_nones([{**boats, "year": 2021}], [detained], 2021) == []
