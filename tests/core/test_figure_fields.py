"""The figure boxes (core/forms.FigureMixin) read and show figures in the writing of the interface's language."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from ngoaivu.core.forms import AmountField, CountField


def cents():
    return AmountField(max_digits=18, decimal_places=2, required=False)


def test_in_english_the_boxes_read_the_english_writing():
    with translation.override("en"):
        assert AmountField(max_digits=18, decimal_places=0).clean("5,400,000,000") == Decimal(5_400_000_000)
        assert CountField().clean("1,250") == 1250
        assert cents().clean("1.25") == Decimal("1.25")
        assert cents().clean("1,25") == Decimal("1.25")  # the official writing, which no English text is


def test_in_vietnamese_the_boxes_read_as_before():
    with translation.override("vi"):
        assert AmountField(max_digits=18, decimal_places=0).clean("4.600.000.000") == Decimal(4_600_000_000)
        assert CountField().clean("1.250") == 1250
        with pytest.raises(ValidationError, match="không rõ là 1,25 hay 1.250"):
            CountField().clean("1,250")


def test_in_english_a_text_of_two_values_is_refused_naming_both():
    with translation.override("en"), pytest.raises(ValidationError) as refused:
        cents().clean("1.250")
    assert "«1.250»" in refused.value.messages[0] and "1,250.00" in refused.value.messages[0]


@pytest.mark.parametrize(
    ("language", "value", "shown"),
    [
        ("en", Decimal("1250.5"), "1,250.50"),  # the box's places: "1,250.5" reads back, "1,250" would not
        ("en", 1250, "1,250.00"),
        ("vi", Decimal("1250.50"), "1.250,50"),
        ("en", Decimal("1.255"), "1.2550"),  # more places than the box: shown whole, never rounded
    ],
)
def test_a_box_shows_its_figure_in_the_interfaces_writing_with_its_places(language, value, shown):
    with translation.override(language):
        field = cents()
        assert field.prepare_value(value) == shown
        if Decimal(value).as_tuple().exponent >= -2:
            assert field.clean(shown) == Decimal(value)


def test_a_count_box_in_english_shows_no_leading_zero_or_dot():
    with translation.override("en"):
        assert CountField().prepare_value(5_400) == "5,400"
    with translation.override("vi"):
        assert CountField().prepare_value(5_400) == "5.400"
