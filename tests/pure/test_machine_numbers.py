"""Figures sent to the API as text: read as the API writes them, a thousands dot refused, never guessed."""

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.pure.machine_numbers import machine_writing, parse_sent
from ngoaivu.pure.numbers import FigureError, parse_figure

AMOUNT = {"money": True, "decimal_places": 2}  # an aid's value in its own currency
DONG = {"money": True, "decimal_places": 0}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("190000.00", Decimal("190000.00")),
        ("1.250", Decimal("1.25")),
        ("1.5", Decimal("1.5")),
        ("0.5", Decimal("0.5")),
        ("2.50", Decimal("2.5")),
        ("1250", Decimal(1250)),
        (" 1250.5 ", Decimal("1250.5")),
        ("1,5", Decimal("1.5")),  # the decimal comma cannot be misread
        ("7,037 tỷ", Decimal(7_037_000_000)),
    ],
)
def test_an_amount_is_read_as_the_api_writes_it(text, expected):
    assert parse_sent(text, **AMOUNT) == expected


@pytest.mark.parametrize(("text", "expected"), [("5400000000", 5_400_000_000), ("5400000000.00", 5_400_000_000)])
def test_an_amount_in_dong_is_read_as_the_api_writes_it(text, expected):
    assert parse_sent(text, **DONG) == expected


@pytest.mark.parametrize(
    ("text", "places", "said"),
    [
        (
            "1.000",
            0,
            "Số «1.000» không rõ: trong số gửi qua API, dấu chấm đứng trước phần thập phân, không dùng "
            "để ngăn hàng nghìn. Ghi chữ số liền, không dấu ngăn hàng nghìn: 1000.",
        ),
        ("4.600.000.000", 2, "Ghi chữ số liền, không dấu ngăn hàng nghìn: 4600000000."),
        ("1.250,5", 2, "Ghi chữ số liền, không dấu ngăn hàng nghìn: 1250.5."),
        (
            "1,250",
            2,
            "Số «1,250» không rõ: dấu phẩy có thể ngăn hàng nghìn hoặc đứng trước phần thập phân. Ghi chữ "
            "số liền, phần thập phân sau dấu chấm: 1250 hoặc 1.25.",
        ),
        ("1.255", 2, "Chỉ ghi tối đa 2 chữ số sau dấu chấm thập phân."),
        ("1.5", 0, "Số tiền tính đến đồng, không có phần lẻ: «1.5» có phần lẻ."),
        (
            "1e10",
            0,
            "Không đọc được số tiền «1e10». Ghi số đồng bằng chữ số liền, không dấu ngăn hàng nghìn, ví dụ 4600000000.",
        ),
        (
            "1.5 tỷ",
            2,
            "Không đọc được số «1.5 tỷ». Ghi chữ số liền, không dấu ngăn hàng nghìn, phần thập phân sau "
            "dấu chấm, ví dụ 1250 hoặc 1250.5.",
        ),
    ],
)
def test_an_amount_that_could_be_misread_is_refused_with_the_digits_to_send(text, places, said):
    with pytest.raises(FigureError) as refused:
        parse_sent(text, money=True, decimal_places=places)
    assert said in str(refused.value)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("1.000", "không dùng để ngăn hàng nghìn. Ghi chữ số liền, không dấu ngăn hàng nghìn: 1000."),
        ("108.373", "Ghi chữ số liền, không dấu ngăn hàng nghìn: 108373."),
        ("1.5", "Ghi số nguyên: «1.5» có phần thập phân."),
        ("1,000", "Số nguyên ghi bằng chữ số liền, không dấu ngăn hàng nghìn: 1000."),
        ("abc", "Không đọc được số «abc». Ghi số nguyên bằng chữ số liền, không dấu ngăn hàng nghìn, ví dụ 1500"),
    ],
)
def test_a_count_with_a_dot_or_a_comma_is_refused_not_guessed(text, said):
    with pytest.raises(FigureError) as refused:
        parse_sent(text)
    assert said in str(refused.value)


def test_the_forms_reading_is_unchanged():
    """Typed in a form, the thousands dot is an officer's: "1.250" is a thousand and more there."""
    assert parse_figure("1.250") == 1250 and parse_figure("4.600.000.000", money=True) == 4_600_000_000


@given(st.decimals(min_value=0, max_value=Decimal(10) ** 15, places=2, allow_nan=False, allow_infinity=False))
def test_what_the_api_writes_reads_back_as_itself(value):
    written = machine_writing(value.quantize(Decimal("0.01")))  # as DRF's DecimalField writes it: "190000.00"
    assert parse_sent(written, **AMOUNT) == value


@given(st.integers(min_value=0, max_value=10**15))
def test_a_whole_number_written_reads_back_as_itself(value):
    assert parse_sent(str(value)) == value and parse_sent(str(value), **DONG) == value
