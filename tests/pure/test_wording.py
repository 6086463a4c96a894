"""Official number and date wording (pure functions)."""

from datetime import date

from hypothesis import given, strategies as st

from ngoaivu.pure.wording import format_count, format_date, format_date_long, format_number


def test_counts_under_ten_take_two_digits():
    assert [format_count(n) for n in (0, 4, 9, 10, 17, 1234)] == ["00", "04", "09", "10", "17", "1.234"]


def test_decimal_comma_and_thousands_dot():
    assert format_number(7.037) == "7,037"
    assert format_number(108373) == "108.373"
    assert format_number(7037000000) == "7.037.000.000"
    assert format_number(2.5, decimals=2) == "2,50"


def test_dates_as_decree_30_writes_them():
    assert format_date(date(2011, 5, 4)) == "04/5/2011"
    assert format_date(date(2015, 1, 21)) == "21/01/2015"
    assert format_date(date(2021, 3, 18)) == "18/3/2021"
    assert format_date_long(date(2021, 8, 5)) == "ngày 05 tháng 8 năm 2021"


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_numbers_read_back(n):
    assert int(format_number(n).replace(".", "")) == n
