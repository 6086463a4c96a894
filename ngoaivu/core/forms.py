"""Form fields for figures typed the Vietnamese way, shown back in official style (in the English interface,
the English way: pure/numbers.parse_english)."""

from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.forms.models import construct_instance
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.pure.numbers import FigureError, parse_figure, quoted, written_back

from .composed import as_stored
from .date_fields import DateField
from .errors import error_text
from .figure_limits import PLAIN_NUMBER_FIELDS, below_least, check_size, figure_kind, least_value
from .locking import FIELD as VERSION_FIELD
from .locking import expect_version, is_versioned
from .screen_figures import interface_locale


def read_figure(text, money=False, places=0, locale="vi"):
    """A figure typed as an officer writes it ("1.000", "04", "7,037 tỷ"): a count as an int, money as
    a Decimal; what is not certain ("1.5") is refused with the way to write it. locale: the writing of
    the interface it was typed in ("en": "5,400,000,000")."""
    try:
        value = parse_figure(text, money=money, decimal_places=places, locale=locale)
    except FigureError as error:
        raise ValidationError(error_text(error), code="invalid") from None
    return value if money else int(value)


class FigureMixin:
    """A figure in a text box, read and shown in the writing of the interface's language (Vietnamese:
    "4.600.000.000"; English: "4,600,000,000").

    A browser number field drops what follows a dot it does not understand ("460.000.000" became
    460), so the box is text with a numeric keyboard, and the text is read here, or refused with
    the way to write it; the refused text stays in the box.
    """

    widget = forms.TextInput
    money = False

    def to_python(self, value):
        if value in self.empty_values or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return Decimal(value) if self.money else int(value)
        return read_figure(value, self.money, self.places, interface_locale())

    def validate(self, value):
        """Refuse a figure out of range in words (Django's own say "9223372036854775807 ."), before
        the range validators of the field and the model see it."""
        super().validate(value)
        if value is None:
            return
        # A count written as every message writes it («Số người phải từ 01 trở lên»; in English
        # "at least 1", as amounts.amount_shown does), an amount as it is.
        too_few = below_least(value, getattr(self, "min_value", None), money=self.money)
        if too_few is not None:
            raise too_few
        check_size(value, money=self.money, ceiling=getattr(self, "max_value", None))

    @property
    def places(self):
        return getattr(self, "decimal_places", None) or 0

    def prepare_value(self, value):
        # with the box's places ("1,250.00"), so that a figure sent back unchanged reads as itself
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return written_back(value, self.places, interface_locale())
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


class PlainNumberField(forms.IntegerField):
    """A number read as a name, never grouped: a year ("2026"), a bulletin's issue number ("25").

    In a text box with a numeric keyboard, as the figures are: a browser number field silently keeps
    the digits of "20x6" ("206") and the form then refuses a year the officer never typed. Here the
    text is read as it is, digits only, or refused with the way to write it, and stays in the box.
    """

    widget = forms.TextInput

    def __init__(self, *, is_year=False, **kwargs):
        self.is_year = is_year
        super().__init__(**kwargs)

    def to_python(self, value):
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        text = str(value or "").strip()
        if not text:
            return None
        # Any script's decimal digits are read as written ("١٢" is 12, as the figure boxes read it);
        # "²" or "½" is no digit.
        if not text.isdecimal() or len(text) > 9:
            if self.is_year:
                message = _("Không đọc được năm «%(text)s». Ghi năm bằng bốn chữ số, ví dụ %(example)s.")
                example = timezone.localdate().year
            else:
                message = _("Không đọc được số «%(text)s». Chỉ ghi chữ số, ví dụ %(example)s.")
                example = 25
            raise ValidationError(message, code="invalid", params={"text": quoted(text), "example": example})
        return int(text)

    def widget_attrs(self, widget):
        attrs = forms.Field.widget_attrs(self, widget)
        attrs.update({"inputmode": "numeric", "autocomplete": "off"})
        return attrs


def figure_formfield(model_field, **kwargs):
    """The form field for a model's number or date field: every decimal field of the register is money."""
    kind = figure_kind(model_field)
    if isinstance(model_field, models.DateField) and not isinstance(model_field, models.DateTimeField):
        return model_field.formfield(**{"form_class": DateField, **kwargs})
    if kind == "money":
        return model_field.formfield(**{"form_class": AmountField, **kwargs})
    if model_field.name in PLAIN_NUMBER_FIELDS and isinstance(model_field, models.IntegerField):
        return model_field.formfield(
            **{"form_class": PlainNumberField, "is_year": model_field.name == "year", **kwargs}
        )
    if kind == "count":
        # the model's own lower bound (MinValueValidator(1)), said by the form in its words
        least = least_value(model_field)
        if least is not None:
            kwargs = {"min_value": least, **kwargs}
        return model_field.formfield(**{"form_class": CountField, **kwargs})
    return model_field.formfield(**kwargs)


class StoredTextMixin:
    """First among a ModelForm's bases: the model checks its text as it will be stored (core/composed.py),
    so that a name typed with two spaces ("Sở  Ngoại vụ"), joined only on saving, is refused beside its
    field as a name already given, not by the database on saving."""

    def _post_clean(self):
        self.cleaned_data.update(as_stored(self._meta.model, self.cleaned_data))
        super()._post_clean()


class StoredTextModelForm(StoredTextMixin, forms.ModelForm):
    """The administration pages' form (core/admin_base.py)."""


class VersionFormMixin:
    """For a ModelForm of a Versioned model: carries, hidden, the version the user started from.

    save() then succeeds only if the row is still at that version, else raises VersionConflict.
    A form sent from an old version is not judged by the model's own rules (clean()), which would
    weigh the change against the newer row: it is valid as far as its fields go, and its save is
    refused, so the user sees the conflict page first, as the API answers a stale version first.
    A post without the field (an old page, a script) is saved as before: last write wins; unless
    the form sets version_required (a page whose browser form always sends it): then it is refused.
    On a model that is not Versioned it does nothing.
    """

    version_required = False

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk is not None and is_versioned(self.instance):
            invalid = _("Phiên bản phải là số nguyên dương.")
            missing = _(
                "Không rõ bạn sửa từ phiên bản nào của bản ghi nên chưa lưu; vui lòng tải lại trang rồi sửa lại."
            )
            self.fields[VERSION_FIELD] = forms.IntegerField(
                widget=forms.HiddenInput,
                required=self.version_required,
                min_value=1,
                error_messages={"invalid": invalid, "min_value": invalid, "required": missing},
            )
            self.initial.setdefault(VERSION_FIELD, self.instance.version)

    @property
    def started_from(self):
        return getattr(self, "cleaned_data", {}).get(VERSION_FIELD)

    def is_stale(self):
        """Whether the form says it started from a version other than the stored row's (or the row is gone)."""
        started = self.started_from
        if started is None or self.instance.pk is None or not is_versioned(self.instance):
            return False
        rows = type(self.instance)._base_manager.filter(pk=self.instance.pk)
        return rows.values_list(VERSION_FIELD, flat=True).first() != started

    def _post_clean(self):
        if self.is_stale():
            # The values as sent, for the conflict page; the save that follows is refused (VersionConflict).
            self.instance = construct_instance(self, self.instance, self._meta.fields, self._meta.exclude)
            return
        super()._post_clean()

    def save(self, commit=True):
        if self.instance.pk is not None and is_versioned(self.instance):
            expect_version(self.instance, self.started_from)
        return super().save(commit=commit)
