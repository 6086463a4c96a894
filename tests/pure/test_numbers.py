"""Figures typed the Vietnamese way: read as meant, or refused with the way to write them."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.pure.numbers import (
    FRACTION_OF_DONG,
    FRACTION_OF_DONG_SCALED,
    FigureError,
    format_number,
    parse_figure,
    western_digits,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("108.373", 108373),
        ("04", 4),
        (" 17 ", 17),
        ("4600000000", 4600000000),
        ("0", 0),
        ("1.500", 1500),
    ],
)
def test_counts_read_with_the_thousands_dot(text, expected):
    assert parse_figure(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4.600.000.000", 4_600_000_000),
        ("7,037 tỷ", 7_037_000_000),
        ("7,037 tỷ đồng", 7_037_000_000),
        ("1,5 triệu", 1_500_000),
        ("1,5 Triệu đồng", 1_500_000),
        ("500 nghìn", 500_000),
        ("500 ngàn đ", 500_000),
        ("2 tỉ", 2_000_000_000),
        ("2.000đ", 2000),
        ("460.000.000 VNĐ", 460_000_000),
    ],
)
def test_money_understands_scale_words(text, expected):
    assert parse_figure(text, money=True) == expected


@pytest.mark.parametrize(
    ("text", "money", "places", "expected"),
    [
        ("1 250", False, 0, 1250),
        ("1\u00a0250", False, 0, 1250),  # pasted from Word
        ("108\u202f373", False, 0, 108373),
        ("1\u2009250", False, 0, 1250),
        ("4 600 000 000 đồng", True, 0, 4_600_000_000),
        ("1 250,5 triệu", True, 0, 1_250_500_000),
        ("1 234,56", True, 2, Decimal("1234.56")),
    ],
)
def test_thousands_parted_by_a_space_read_as_by_the_dot(text, money, places, expected):
    assert parse_figure(text, money=money, decimal_places=places) == expected


def test_an_original_currency_amount_keeps_its_cents():
    assert parse_figure("3,15", money=True, decimal_places=2) == Decimal("3.15")
    assert parse_figure("1.234,5", money=True, decimal_places=2) == Decimal("1234.50")
    with pytest.raises(FigureError, match="tối đa 2 chữ số"):
        parse_figure("3,1575", money=True, decimal_places=2)


@pytest.mark.parametrize(
    ("text", "money", "says"),
    [
        ("1.5", True, "không rõ: dấu chấm chỉ dùng để ngăn hàng nghìn"),  # 15 or 1,5?
        ("1.50", True, "không rõ"),
        # a whole number is told to be written whole: the decimal comma would be refused next
        ("1.25", False, "Không đọc được số «1.25». Ghi số nguyên"),
        ("1.2.3", False, "Ghi số nguyên"),
        ("12,5", False, "Ghi số nguyên"),  # no count of people has a decimal part
        ("1,500", False, "không rõ là 1,5 hay 1.500"),  # the English thousands comma
        ("1,23456789 nghìn", True, "Số tiền tính đến đồng"),
        ("5 nghìn", False, "Không đọc được số «5 nghìn»"),  # scale words only where the field is money
        ("abc", True, "Không đọc được số tiền"),
        ("năm triệu", True, "Không đọc được số tiền «năm triệu»"),  # the whole text, scale word and all
        ("1 00", False, "Không đọc được"),  # spaces part thousands only in groups of three
        ("1 2500", False, "Không đọc được"),
        ("12  500", False, "Không đọc được"),
        ("1 250.000", False, "Không đọc được"),
        ("abc", False, "Ghi số nguyên, hàng nghìn ngăn bằng dấu chấm"),  # no decimal comma suggested for a count
        ("", False, "Chưa ghi số"),
    ],
)
def test_a_figure_whose_value_is_not_certain_is_refused_with_the_way_to_write_it(text, money, says):
    with pytest.raises(FigureError) as refused:
        parse_figure(text, money=money)
    assert says in str(refused.value)


@pytest.mark.parametrize(
    ("text", "money", "decimal", "thousands"),
    [
        ("1,000", False, "1", "1.000"),  # read as 1 before: the decimal comma with a nought fraction
        ("25,000", False, "25", "25.000"),
        ("1,500", False, "1,5", "1.500"),
        ("1,000", True, "1", "1.000"),  # an amount in đồng has no decimals either
        ("100,000 đồng", True, "100", "100.000"),
    ],
)
def test_a_comma_before_three_digits_where_no_decimal_is_allowed_is_refused_naming_both_readings(
    text, money, decimal, thousands
):
    with pytest.raises(FigureError) as refused:
        parse_figure(text, money=money)
    assert str(refused.value) == (
        f"Số «{text.removesuffix(' đồng')}» không rõ là {decimal} hay {thousands}; số nguyên viết không có dấu "
        f"phẩy, hàng nghìn ngăn bằng dấu chấm: {thousands}."
    )


def test_a_comma_before_three_digits_where_fewer_decimals_fit_is_refused_too():
    # "1,250.00" on an English screen, copied back into a box of 2 decimals: 1,25 or 1.250, never guessed.
    with pytest.raises(FigureError) as refused:
        parse_figure("1,250", money=True, decimal_places=2)
    # Decimals are allowed here, so the message shows both writings rather than asking for a whole number.
    assert str(refused.value) == (
        "Số «1,250» không rõ là 1,25 hay 1.250; hàng nghìn ngăn bằng dấu chấm (1.250), phần thập phân sau dấu phẩy (1,25)."
    )
    assert parse_figure("1,250", decimal_places=3) == Decimal("1.250")  # three decimals fit: the comma is one


def test_a_comma_before_three_digits_stays_a_decimal_comma_where_decimals_are_allowed():
    assert parse_figure("3,15", money=True, decimal_places=2) == Decimal("3.15")
    assert parse_figure("7,037 tỷ", money=True) == 7_037_000_000  # the scale word says the comma is decimal
    assert parse_figure("1,000 triệu", money=True) == 1_000_000
    assert parse_figure("1.000,000", money=True, decimal_places=2) == 1000  # the dot already parts thousands


@given(st.integers(min_value=0, max_value=10**17))
def test_a_count_shown_in_official_style_reads_back_as_itself(n):
    assert parse_figure(format_number(n)) == n
    assert parse_figure(format_number(n), money=True) == n


@given(st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False))
def test_an_amount_with_cents_reads_back_as_itself(value):
    assert parse_figure(format_number(value, 2), money=True, decimal_places=2) == value


def test_a_number_longer_than_the_default_decimal_precision_reads_and_writes_whole():
    grouped = "1.000.000.000.000.000.000.000.000.000.001"
    assert parse_figure(grouped) == 10**30 + 1
    assert format_number(10**30 + 1) == grouped
    assert format_number(Decimal("123456789012345678901234567890.25")) == ("123.456.789.012.345.678.901.234.567.890,25")


def test_a_fraction_of_a_dong_is_refused_and_its_value_written_out_only_when_it_was_not_plain():
    with pytest.raises(FigureError) as refused:
        parse_figure("1.234.567,5", money=True)
    assert refused.value.message == FRACTION_OF_DONG  # «1.234.567,5» is not repeated as its own value
    with pytest.raises(FigureError) as refused:
        parse_figure("1,0000005 triệu", money=True)
    assert refused.value.message == FRACTION_OF_DONG_SCALED and refused.value.params["value"] == "1.000.000,5"


@pytest.mark.parametrize("text", ["nan", "NaN", "inf", "-Infinity"])
def test_decimal_words_for_no_number_are_no_figure(text):
    with pytest.raises(FigureError):
        parse_figure(text, money=True)


def test_a_spreadsheet_number_of_hundreds_of_digits_is_written_out():
    assert format_number(Decimal("1E+40")) == "10" + ".000" * 13


def test_a_refused_text_is_quoted_short_and_without_control_characters():
    with pytest.raises(FigureError) as refused:
        parse_figure("x" * 100_000)
    quoted_text = refused.value.params["text"]
    assert quoted_text == "x" * 39 + "…" and len(str(refused.value)) < 200
    with pytest.raises(FigureError) as refused:
        parse_figure("1\x002")
    assert refused.value.params["text"] == "12" and "\x00" not in str(refused.value)
    with pytest.raises(FigureError) as refused:
        parse_figure("\u202eabc")  # a right-to-left mark would turn the rest of the message round
    assert refused.value.params["text"] == "abc"


def test_any_scripts_decimal_digits_are_written_0_to_9_and_nothing_else_is():
    assert western_digits("١٥/٠٣/٢٠٢٦ và １５") == "15/03/2026 và 15"
    assert western_digits("2026² ½ x") == "2026² ½ x"
