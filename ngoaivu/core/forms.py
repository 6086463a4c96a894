"""Form fields for figures typed the Vietnamese way, shown back in official style."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models

from ngoaivu.pure.numbers import FigureError, format_number, parse_figure

from .errors import error_text

# Fields that hold a number but are read as a name, never grouped: "năm 2021", not "2.021".
PLAIN_NUMBER_FIELDS = {"year", "issue_number", "version"}


class FigureMixin:
    """A figure in a text box, read the Vietnamese way.

    A browser number field drops what follows a dot it does not understand ("460.000.000" became
    460), so the box is text with a numeric keyboard, and the text is read here, or refused with
    the way to write it; the refused text stays in the box.
    """

    widget = forms.TextInput
    money = False

    def to_python(self, value):
        if value in self.empty_values or (isinstance(value, str) and not value.strip()):
            return None
        places = getattr(self, "decimal_places", None) or 0
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            value = Decimal(value)
        else:
            try:
                value = parse_figure(value, money=self.money, decimal_places=places)
            except FigureError as error:
                raise ValidationError(error_text(error), code="invalid") from None
        return value if self.money else int(value)

    def prepare_value(self, value):
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return format_number(value)
        return value

    def widget_attrs(self, widget):
        attrs = forms.Field.widget_attrs(self, widget)
        attrs.update({"inputmode": "decimal" if self.money else "numeric", "autocomplete": "off", "class": "figure"})
        return attrs


class CountField(FigureMixin, forms.IntegerField):
    """A count: "108.373", "04"; "12,5" is refused."""


class AmountField(FigureMixin, forms.DecimalField):
    """An amount of money: "4.600.000.000", "7,037 tỷ", "1,5 triệu đồng"."""

    money = True


def figure_formfield(model_field, **kwargs):
    """The form field for a model's number field: every decimal field of the register is money."""
    if model_field.name in PLAIN_NUMBER_FIELDS or model_field.choices:
        return model_field.formfield(**kwargs)
    if isinstance(model_field, models.DecimalField):
        return model_field.formfield(**{"form_class": AmountField, **kwargs})
    if isinstance(model_field, models.IntegerField):
        return model_field.formfield(**{"form_class": CountField, **kwargs})
    return model_field.formfield(**kwargs)
