"""The checks of figures allowed but unlikely (register/unlikely.py), as plain functions."""

from datetime import date
from decimal import Decimal

from ngoaivu.core.confirm import seal_of
from ngoaivu.register.unlikely import unlikely_dates, unlikely_delegation_size, unlikely_names, unlikely_rate

ASK = " Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."


def rate(vnd, original, currency):
    return unlikely_rate({"value_vnd": Decimal(vnd), "value_original": Decimal(original), "currency": currency})


def test_rates_within_their_currency_band_pass():
    assert rate(26_300_000, 1000, "USD") == {}
    assert rate(170_000, 1000, "JPY") == {}
    assert rate(1_200_000, 1_000_000, "LAK") == {}


def test_a_rate_off_by_a_factor_of_ten_is_said_with_its_band():
    assert rate(1_800_000, 1000, "KRW") == {
        "value_vnd": "Giá trị quy đổi 1.800.000 đồng cho 1.000 KRW tương ứng tỷ giá 1.800 đồng/KRW, khác xa tỷ giá "
        "thông thường (khoảng 15–23 đồng/KRW)." + ASK
    }
    said = rate(120_000, "1000000.50", "lak")["value_vnd"]
    assert "cho 1.000.000,5 LAK tương ứng tỷ giá 0,12 đồng/LAK" in said and "(khoảng 0,80–3,20 đồng/LAK)" in said


def test_an_unknown_currency_or_a_missing_amount_is_not_checked():
    assert rate(5, 1000, "MNT") == {}
    assert rate(4_600_000_000, 0, "USD") == {}
    assert unlikely_rate({"value_vnd": Decimal(5), "value_original": None, "currency": "USD"}) == {}


def test_a_delegation_over_two_hundred_persons_each():
    assert unlikely_delegation_size({"persons": 200}) == {}
    assert unlikely_delegation_size({"person_visits": 600, "groups": 3}) == {}
    assert unlikely_delegation_size({"person_visits": 601, "groups": 3}) == {
        "person_visits": "601 lượt người cho 03 đoàn, bình quân hơn 200 người một đoàn, là lớn bất thường." + ASK
    }
    assert set(unlikely_delegation_size({"persons": 201})) == {"persons"}
    # the field's own word: visits of one incoming delegation are «lượt người»
    assert unlikely_delegation_size({"person_visits": 201, "groups": 1})["person_visits"].startswith(
        "Số lượt người 201 là lớn bất thường cho một đoàn"
    )
    assert unlikely_delegation_size({"persons": 201})["persons"].startswith("Số người 201 là lớn bất thường")


def test_dates_far_ahead_or_before_2000_except_where_they_are_real():
    today = date(2026, 3, 1)
    assert unlikely_dates({"start_date": date(2027, 3, 1), "end_date": date(2000, 1, 1)}, today) == {}
    found = unlikely_dates({"start_date": date(2027, 3, 2), "end_date": date(1999, 12, 31)}, today)
    assert found["end_date"].startswith("Ngày 31/12/1999 trước năm 2000.")
    assert found["start_date"].startswith("Ngày 02/03/2027 là hơn một năm sau ngày hôm nay.")
    assert unlikely_dates({"valid_until": date(2040, 1, 1), "signed_on": date(1995, 5, 4)}, today) == {}


def test_a_year_after_a_leap_day():
    assert unlikely_dates({"start_date": date(2029, 2, 28)}, date(2028, 2, 29)) == {}
    assert "start_date" in unlikely_dates({"start_date": date(2029, 3, 1)}, date(2028, 2, 29))


def test_the_seal_follows_the_warnings():
    assert seal_of({"a": "x", "b": "y"}) == seal_of({"b": "y", "a": "x"})
    assert seal_of({"a": "x"}) != seal_of({"a": "x "})


def test_a_year_typed_as_a_number_follows_the_dates_rule():
    today = date(2026, 3, 1)
    assert unlikely_dates({"year": 2027, "numbered_year": 2000, "persons": 1926}, today) == {}
    assert unlikely_dates({"year": 2028}, today) == {
        "year": "Năm 2028 là hơn một năm sau năm nay (2026). "
        "Kiểm tra lại năm; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."
    }
    assert unlikely_dates({"issued_year": 1999}, today)["issued_year"].startswith("Năm 1999 trước năm 2000.")


def test_an_abtc_file_naming_fewer_people_than_its_count_is_asked_about():
    names = "Nguyễn Văn An\n\nTrần Thị Bình\n"
    assert unlikely_names({"businesspeople": 5, "names": names}) == {
        "businesspeople": "Số doanh nhân là 05 nhưng danh sách họ tên có 02 người. Kiểm tra lại số liệu; nếu đúng, "
        "đánh dấu «Tôi đã kiểm tra» và lưu lại."
    }
    assert unlikely_names({"businesspeople": 2, "names": names}) == {}
    assert unlikely_names({"businesspeople": 2, "names": "Nguyễn Văn An; Trần Thị Bình"}) == {}
    assert unlikely_names({"businesspeople": 5, "names": ""}) == {}  # no list: nothing to compare
