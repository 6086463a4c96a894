"""Figures sent to the API: JSON numbers as they are, text read as the API writes it; text fields take text only.

The API writes an amount as "190000.00": text is read back the same way (pure/machine_numbers.py), so
that a row read and sent again is accepted as it is. "1.250" is 1,25, as the API would write it; a
thousands dot, which the forms read ("1.000" is a thousand there), is refused with the digits to send,
never guessed. The officers' writing that cannot be misread ("1,5", "7,037 tỷ") is still read.
"""

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from rest_framework import serializers

from ngoaivu.core import date_fields
from ngoaivu.core.errors import error_text
from ngoaivu.core.figure_limits import below_least
from ngoaivu.pure.machine_numbers import machine_writing, parse_sent
from ngoaivu.pure.numbers import FigureError


class _ReadsText:
    money = False

    def to_internal_value(self, data):
        if self.money and isinstance(data, float):
            data = machine_writing(Decimal(str(data)))  # 4600000000.5 is refused in words too
        if isinstance(data, str) and data.strip():
            places = (getattr(self, "decimal_places", None) or 0) if self.money else 0
            try:
                value = parse_sent(data, money=self.money, decimal_places=places)
            except FigureError as error:
                raise serializers.ValidationError(error_text(error), code="invalid") from None
            data = value if self.money else int(value)
        return super().to_internal_value(data)


class CountField(_ReadsText, serializers.IntegerField):
    """A count: 1000, "1000", "04"; below the model's least count (MinValueValidator(1)) refused in the forms'
    words («Số phải từ 01 trở lên.»)."""

    def run_validators(self, value):
        too_few = below_least(value, self.min_value)  # DRF's own says "≥ 0"
        if too_few is not None:
            raise serializers.ValidationError(too_few.messages, code="min_value")
        super().run_validators(value)


class AmountField(_ReadsText, serializers.DecimalField):
    """An amount: 4600000000, "4600000000", 1250.5, "1250.50" (as the API writes it), "7,037 tỷ"."""

    money = True


class DateField(serializers.DateField):
    """A date of the register, held to the forms' own rule (core/date_fields.DateField) and refused in the
    forms' words, written yyyy-mm-dd: "2026-02-31" is «Ngày 31/02/2026 không có: …», "0001-01-01" is a
    slip, not a date. Every date the API reads is one (register rows, a report's `as_of`)."""

    def to_internal_value(self, value):
        try:
            day = super().to_internal_value(value)
        except serializers.ValidationError as error:
            if "invalid" not in error.get_codes():
                raise
            raise serializers.ValidationError(date_fields.refuse_date(value, iso=True), code="invalid") from None
        try:
            date_fields.DateField(required=False).validate(day)
        except ValidationError as error:
            raise serializers.ValidationError(error.messages) from None
        return day


def refuse_container(data):
    """A list or object sent where one value belongs is refused by its JSON kind: DRF would quote it as
    Python writes it («['JP']» không phải là một lựa chọn hợp lệ)."""
    if isinstance(data, (list, dict)):
        # made Vietnamese by api/errors.py, as DRF's own messages are
        raise serializers.ValidationError(ONE_VALUE.format(input_type=type(data).__name__), code="invalid")


# Worded as DRF's messages are, in English, so that errors.py gives it in Vietnamese and English stays English.
ONE_VALUE = 'Expected a single value but got type "{input_type}".'


class TextField(serializers.CharField):
    """Text of the register: a JSON number or list sent for it is refused, not stored as its digits
    (DRF's CharField would keep 12 as "12", so a slip in a client went unnoticed)."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


FIELD_MAPPING = {
    **serializers.ModelSerializer.serializer_field_mapping,
    **{
        model_field: CountField
        for model_field in (
            models.IntegerField,
            models.BigIntegerField,
            models.SmallIntegerField,
            models.PositiveIntegerField,
            models.PositiveBigIntegerField,
            models.PositiveSmallIntegerField,
        )
    },
    models.DecimalField: AmountField,
    models.DateField: DateField,  # DateTimeField keeps its own entry
    models.CharField: TextField,
    models.TextField: TextField,
}
