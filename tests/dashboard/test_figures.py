"""The home page's key figures, worded as the reports word them (no database)."""

from ngoaivu.dashboard.figures import KEY_INDICATORS, key_rows
from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.period_parsing import parse


def zeros():
    return {code: {m.name: Figure(0, 0, 0, 0) for m in BY_CODE[code].measures} for code in KEY_INDICATORS}


def test_flows_give_the_period_and_the_year_to_date_against_last_year():
    figures = zeros()
    figures["incoming_delegations"] = {"groups": Figure(0, 19, 0, 19), "persons": Figure(0, 54, 0, 56)}
    row = next(r for r in key_rows(figures, parse("2021-08")) if r["code"] == "incoming_delegations")
    assert row["name"] == "Đoàn vào"
    assert row["period"] == "không có"  # nothing in the month: said in words, never "00 đoàn, 00 lượt người"
    assert row["change"] == "bằng cùng kỳ năm 2020"
    assert row["ytd"] == "19 đoàn, 54 lượt người"
    assert row["ytd_change"] == "bằng về số đoàn, giảm 02 lượt người so với cùng kỳ năm 2020"


def test_one_measure_of_two_at_zero_is_still_written():
    figures = zeros()
    figures["aid"] = {"count": Figure(2, 2, 0, 0), "value": Figure(0, 0, 0, 0)}
    row = next(r for r in key_rows(figures, parse("2021-08")) if r["code"] == "aid")
    assert row["period"] == "02 khoản viện trợ, 0 đồng"


def test_money_is_written_in_billions():
    figures = zeros()
    figures["aid"] = {"count": Figure(3, 5, 1, 2), "value": Figure(7_037_000_000, 9_000_000_000, 0, 0)}
    row = next(r for r in key_rows(figures, parse("2021-H1")) if r["code"] == "aid")
    assert row["period"] == "03 khoản viện trợ, 7,037 tỷ đồng"


def test_a_stock_has_no_year_to_date():
    figures = zeros()
    figures["fishermen_still_detained"] = {"boats": Figure(4, 4, 2, 2), "fishermen": Figure(42, 42, 19, 19)}
    row = next(r for r in key_rows(figures, parse("2021-08")) if r["code"] == "fishermen_still_detained")
    assert row["period"] == "04 tàu cá, 42 ngư dân"
    assert row["change"] == "tăng 02 tàu cá cùng 23 ngư dân so với cùng kỳ năm 2020"
    assert row["ytd"] == "" and row["ytd_change"] == ""


def test_every_key_indicator_has_a_row_in_order():
    assert [row["code"] for row in key_rows(zeros(), parse("2021"))] == KEY_INDICATORS


def test_a_year_the_register_does_not_hold_is_not_compared():
    figures = zeros()
    figures["incoming_delegations"] = {"groups": Figure(2, 5, 0, 0), "persons": Figure(6, 15, 0, 0)}
    rows = key_rows(figures, parse("2021-08"), {"compared": True, "ytd_compared": False})
    row = next(r for r in rows if r["code"] == "incoming_delegations")
    assert row["change"] == "tăng 02 đoàn với 06 lượt người so với cùng kỳ năm 2020"
    assert row["ytd_change"] == "chưa có số liệu cùng kỳ năm 2020 để so sánh"  # not "tăng 05 đoàn…"
