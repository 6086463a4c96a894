"""Figures typed in the English interface: its own writing read, the official one where it cannot be misread,
a text of two values in the two writings refused naming both (pure/numbers.parse_english)."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.pure.numbers import (
    EN_NOT_WHOLE,
    TWO_WRITINGS,
    TWO_WRITINGS_ONE_FITS,
    FigureError,
    format_number,
    parse_figure,
    written_back,
)


def english(text, money=False, places=0):
    return parse_figure(text, money=money, decimal_places=places, locale="en")


def refused(text, money=False, places=0):
    with pytest.raises(FigureError) as error:
        english(text, money, places)
    return error.value


@pytest.mark.parametrize(
    ("text", "money", "places", "expected"),
    [
        ("5,400,000,000", True, 0, 5_400_000_000),
        ("5,400,000,000 VND", True, 0, 5_400_000_000),
        ("108,373", False, 0, 108_373),
        ("1,250", False, 0, 1250),  # as the English list writes it
        ("1,000", False, 0, 1000),  # not 1: the official writing puts no comma in a whole number
        ("12,500", True, 0, 12_500),
        ("1.25", True, 2, Decimal("1.25")),
        ("1,250.50", True, 2, Decimal("1250.50")),
        ("0.250", True, 3, Decimal("0.250")),  # 0 is no thousand: one reading
        ("1.5 triệu", True, 0, 1_500_000),
        ("04", False, 0, 4),
        ("1 250", False, 0, 1250),
        ("1\u202f250.5", True, 2, Decimal("1250.50")),
        ("١٥", False, 0, 15),
    ],
)
def test_the_english_writing_is_read(text, money, places, expected):
    assert english(text, money, places) == expected


@pytest.mark.parametrize(
    ("text", "money", "places", "expected"),
    [
        ("4.600.000.000", True, 0, 4_600_000_000),  # copied from a report: no English text is this
        ("4.600.000.000 đồng", True, 0, 4_600_000_000),
        ("1,25", True, 2, Decimal("1.25")),
        ("1.234,5", True, 2, Decimal("1234.50")),
        ("1250,5", True, 2, Decimal("1250.50")),
        ("1 250,5", True, 2, Decimal("1250.50")),
        ("1,5 triệu", True, 0, 1_500_000),
        ("1.000.000", False, 0, 1_000_000),
    ],
)
def test_the_official_writing_is_read_where_it_cannot_be_misread(text, money, places, expected):
    assert english(text, money, places) == expected


@pytest.mark.parametrize(
    ("text", "money", "places", "english_reading", "vietnamese_reading"),
    [
        ("1,250", True, 2, "1,250.00", "1.25"),  # where cents fit, the comma may be the official decimal one
        ("1,200", True, 2, "1,200.00", "1.20"),
        ("1,000", True, 2, "1,000.00", "1.00"),
        ("1.250", True, 2, "1.25", "1,250.00"),
        ("1.000", False, 0, "1", "1,000"),  # a count of 1 written 1.000, or a thousand officially
        ("1250,500", True, 2, "1,250,500.00", "1,250.50"),  # an English comma left out, or the decimal one
        ("7,037 tỷ", True, 0, "7,037,000,000,000", "7,037,000,000"),
        ("7.037 tỷ", True, 0, "7,037,000,000", "7,037,000,000,000"),
        ("1,000 triệu", True, 0, "1,000,000,000", "1,000,000"),
        ("1,250", True, 3, "1,250.000", "1.2500"),  # three places: "1.250" would be two-way again
    ],
)
def test_a_text_of_two_values_in_the_two_writings_is_refused_naming_both(
    text, money, places, english_reading, vietnamese_reading
):
    error = refused(text, money, places)
    assert error.message == TWO_WRITINGS
    assert (error.params["english"], error.params["vietnamese"]) == (english_reading, vietnamese_reading)
    assert str(error) == (
        f"Số «{text}» có thể là {english_reading} (đọc theo cách viết tiếng Anh) hoặc {vietnamese_reading} (đọc "
        f"theo cách viết tiếng Việt). Ghi rõ số muốn nhập: {english_reading} hoặc {vietnamese_reading}."
    )
    # each way to write it, as the message gives it, is read in that box as that reading
    for written in (english_reading, vietnamese_reading):
        assert english(written, money, places) == Decimal(written.replace(",", ""))


@pytest.mark.parametrize(
    ("text", "money", "places", "english_reading", "vietnamese_reading"),
    [
        ("4.600", True, 0, "4.6", "4,600"),  # no fraction of a đồng: still not taken as 4.600 unasked
        ("1.250", False, 0, "1.25", "1,250"),
        ("1.255", True, 2, "1.255", "1,255.00"),
    ],
)
def test_a_text_whose_english_reading_the_box_cannot_take_is_refused_naming_the_official_one(
    text, money, places, english_reading, vietnamese_reading
):
    error = refused(text, money, places)
    assert error.message == TWO_WRITINGS_ONE_FITS
    assert (error.params["english"], error.params["vietnamese"]) == (english_reading, vietnamese_reading)
    assert english(vietnamese_reading, money, places) == Decimal(vietnamese_reading.replace(",", ""))


def test_the_english_reading_is_taken_where_the_official_one_cannot_go_in_the_box():
    assert english("1,255", True, 2) == 1255  # 1,255 officially has three decimals; the box takes two


@pytest.mark.parametrize(
    ("text", "money", "places", "says"),
    [
        ("abc", True, 0, "Không đọc được số tiền «abc». Ghi dấu phẩy ngăn hàng nghìn và dấu chấm"),
        ("1,2,3", False, 0, "Không đọc được số «1,2,3». Ghi số nguyên, hàng nghìn ngăn bằng dấu phẩy"),
        ("1e10", True, 0, "Không đọc được số tiền"),
        ("nan", True, 0, "Không đọc được số tiền"),
        ("1,25,000", False, 0, "Không đọc được số"),  # grouped by threes or not at all
        ("1.5", False, 0, "Ghi số nguyên: «1.5» có phần thập phân. Hàng nghìn ngăn bằng dấu phẩy"),
        ("0,250", False, 0, "Ghi số nguyên"),  # 0,25 officially; no English thousands start with 0
        ("1234.5", True, 0, "Số tiền tính đến đồng, không có phần lẻ: «1234.5» là 1,234.5 đồng."),
        ("1.234.567,5", True, 0, "«1.234.567,5» là 1,234,567.5 đồng."),  # the value said the English way
        ("3.1575", True, 2, "Chỉ ghi tối đa 2 chữ số thập phân."),
        ("", False, 0, "Chưa ghi số. Ghi số như 4,600,000,000."),
    ],
)
def test_what_cannot_be_read_is_refused_with_the_english_way_to_write_it(text, money, places, says):
    assert says in str(refused(text, money, places))


def test_a_decimal_in_a_count_says_the_english_way():
    assert refused("12.5").message == EN_NOT_WHOLE


def test_the_vietnamese_interface_reads_as_it_did():
    assert parse_figure("1.250") == 1250 and parse_figure("1,250", decimal_places=3) == Decimal("1.25")
    with pytest.raises(FigureError, match="không rõ là 1,25 hay 1.250"):
        parse_figure("1,250", money=True, decimal_places=2)
    with pytest.raises(ValueError, match="no figure writing"):
        parse_figure("1", locale="fr")


@given(st.integers(min_value=0, max_value=10**17), st.sampled_from(["vi", "en"]))
def test_a_whole_number_as_the_interface_writes_it_reads_back_as_itself(n, locale):
    shown = format_number(n, locale=locale)
    assert parse_figure(shown, locale=locale) == n
    assert parse_figure(shown, money=True, locale=locale) == n


@given(
    st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False, allow_infinity=False),
    st.sampled_from([1, 2]),
    st.sampled_from(["vi", "en"]),
)
def test_an_amount_with_the_boxs_places_reads_back_as_itself(value, places, locale):
    value = round(value, places)
    assert parse_figure(format_number(value, places, locale), money=True, decimal_places=places, locale=locale) == value


@given(
    st.decimals(min_value=0, max_value=10**12, places=4, allow_nan=False, allow_infinity=False),
    st.integers(min_value=0, max_value=4),
    st.sampled_from(["vi", "en"]),
)
def test_a_figure_a_box_shows_reads_back_as_itself(value, places, locale):
    value = round(value, places)
    shown = written_back(value, places, locale)
    assert parse_figure(shown, money=True, decimal_places=places, locale=locale) == value


@given(st.integers(min_value=1, max_value=999), st.integers(min_value=0, max_value=999), st.sampled_from(",."))
def test_three_digits_after_one_comma_or_dot_are_never_guessed_where_both_readings_fit(lead, tail, separator):
    text = f"{lead}{separator}{tail:03d}"
    with pytest.raises(FigureError) as error:
        english(text, True, 3)
    assert error.value.message == TWO_WRITINGS


@pytest.mark.parametrize(
    ("text", "money", "english_reading", "vietnamese_reading"),
    [
        ("12500,000", False, "12,500,000", "12,500"),
        ("1 250,000", False, "1,250,000", "1,250"),
        ("1000,000 đồng", True, "1,000,000", "1,000"),
    ],
)
def test_a_comma_after_a_group_no_english_writing_has_is_asked_not_taken_for_thousands(
    text, money, english_reading, vietnamese_reading
):
    # officially 12.500 (a spreadsheet's three decimals); in English, the commas left out: never 1.000 times unasked
    error = refused(text, money, 0)
    assert error.message == TWO_WRITINGS
    assert (error.params["english"], error.params["vietnamese"]) == (english_reading, vietnamese_reading)
