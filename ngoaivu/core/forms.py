"""Form fields for figures typed the Vietnamese way, shown back in official style."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext as _

from ngoaivu.pure.numbers import FigureError, format_number, parse_figure

from .errors import error_text
from .locking import FIELD as VERSION_FIELD
from .locking import expect_version, is_versioned

# Fields that hold a number but are read as a name, never grouped: "năm 2021", not "2.021".
PLAIN_NUMBER_FIELDS = {"year", "issue_number", "version"}


class DateWidget(forms.DateInput):
    """A date typed dd/mm/yyyy whatever the browser's language; site.js adds a calendar to it
    (data-picker) and typing still works."""

    def __init__(self, attrs=None):
        base = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off", "data-picker": "date"}
        super().__init__(attrs={**base, **(attrs or {})}, format="%d/%m/%Y")


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


def unit_label(unit):
    """A unit as lists show it: an ended one says so, for the new tỉnh Quảng Ngãi bears the old one's name."""
    return f"{unit} ({unit.lifespan})" if unit.ended_on else str(unit)


class UnitChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return unit_label(obj)


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


class VersionFormMixin:
    """For a ModelForm of a Versioned model: carries, hidden, the version the user started from.

    save() then succeeds only if the row is still at that version, else raises VersionConflict.
    A post without the field (an old page, a script) is saved as before: last write wins.
    On a model that is not Versioned it does nothing.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and is_versioned(self.instance):
            invalid = _("Phiên bản phải là số nguyên dương.")
            self.fields[VERSION_FIELD] = forms.IntegerField(
                widget=forms.HiddenInput,
                required=False,
                min_value=1,
                error_messages={"invalid": invalid, "min_value": invalid},
            )
            self.initial.setdefault(VERSION_FIELD, self.instance.version)

    @property
    def started_from(self):
        return getattr(self, "cleaned_data", {}).get(VERSION_FIELD)

    def save(self, commit=True):
        if self.instance.pk is not None and is_versioned(self.instance):
            expect_version(self.instance, self.started_from)
        return super().save(commit=commit)
