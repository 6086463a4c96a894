"""Form fields for figures typed the Vietnamese way, shown back in official style."""

import calendar
import re
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ngoaivu.pure.numbers import FigureError, format_number, parse_figure
from ngoaivu.pure.periods import FIRST_YEAR, LAST_YEAR
from ngoaivu.pure.text import collation_key, fold

from .errors import error_text
from .figure_limits import PLAIN_NUMBER_FIELDS, check_size, figure_kind
from .locking import FIELD as VERSION_FIELD
from .locking import expect_version, is_versioned
from .search import matching


class DateWidget(forms.DateInput):
    """A date typed dd/mm/yyyy whatever the browser's language; site.js adds a calendar to it
    (data-picker) and typing still works."""

    def __init__(self, attrs=None):
        base = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric", "autocomplete": "off", "data-picker": "date"}
        super().__init__(attrs={**base, **(attrs or {})}, format="%d/%m/%Y")


def read_figure(text, money=False, places=0):
    """A figure typed as an officer writes it ("1.000", "04", "7,037 tỷ"): a count as an int, money as
    a Decimal; what is not certain ("1.5") is refused with the way to write it."""
    try:
        value = parse_figure(text, money=money, decimal_places=places)
    except FigureError as error:
        raise ValidationError(error_text(error), code="invalid") from None
    return value if money else int(value)


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
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return Decimal(value) if self.money else int(value)
        return read_figure(value, self.money, getattr(self, "decimal_places", None) or 0)

    def validate(self, value):
        """Refuse a figure out of range in words (Django's own say "9223372036854775807 ."), before
        the range validators of the field and the model see it."""
        super().validate(value)
        if value is None:
            return
        low = getattr(self, "min_value", None)
        if low is not None and value < low:
            message = _("Số không được âm.") if low == 0 else _("Số phải từ %(limit)s trở lên.")
            raise ValidationError(message, code="min_value", params={"limit": format_number(low)})
        check_size(value, money=self.money, ceiling=getattr(self, "max_value", None))

    def prepare_value(self, value):
        if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            return format_number(value)
        return value

    def widget_attrs(self, widget):
        attrs = forms.Field.widget_attrs(self, widget)
        attrs.update({"inputmode": "decimal" if self.money else "numeric", "autocomplete": "off", "class": "figure"})
        return attrs


# A unit list longer than this is not sent whole: the page holds the chosen unit and searches the
# others (UnitPicker). As long as site.js's threshold for a searchable list, so that a short list
# stays a plain select.
SEARCH_FROM = 15
# The units a search offers at most (the JSON search, and the candidates of a search typed without script).
CANDIDATES = 20
UNIT_SEARCH_FIELDS = ("name", "short_name", "code")


def search_box_name(name):
    """The name of a unit picker's search box: "unit" → "unit_search"."""
    return f"{name}_search"


class UnitSearch(str):
    """What was typed in a unit picker's search box: the field looks for the unit it names."""


def search_units(queryset, text, limit=CANDIDATES + 1):
    """The first limit units of queryset whose name, short name or code hold every word of text, in
    the Vietnamese alphabet's order of the names shown (the database's puts "Đắk Lắk" after "Yên Bái")."""
    rows = matching(queryset, UNIT_SEARCH_FIELDS, text).values_list("pk", "short_name", "name")
    # By the name shown (Unit.__str__: the short name, else the name).
    first = [row[0] for row in sorted(rows, key=lambda row: (collation_key(row[1] or row[2]), row[0]))[:limit]]
    units = queryset.model.objects.in_bulk(first)
    return [units[pk] for pk in first]


class UnitPicker(forms.Select):
    """A unit list that does not send every unit (some 442 nationally) into every form and filter.

    A list of at most SEARCH_FROM units is a plain select. A longer one holds only the empty choice
    and the chosen unit, and says where to search the others (data-unit-search, the JSON of
    core:unit_search): site.js makes it a Tom Select that loads them as the user types. Without
    script, a text box beside it takes a name: the field finds the unit (UnitChoiceField.to_python)
    or, when several match, offers them in the list to choose from.
    """

    template_name = "core/unit_picker.html"

    def __init__(self, attrs=None, choices=(), active_only=False):
        super().__init__(attrs, choices)
        self.active_only = active_only  # the search offers the active units only (unit_choices_for)
        self.found = {}  # text typed → the units found for it (filled by UnitChoiceField.to_python)

    def __deepcopy__(self, memo):
        copied = super().__deepcopy__(memo)
        copied.found = {}  # each form its own: a copy shares nothing with another request's
        return copied

    def value_from_datadict(self, data, files, name):
        typed = " ".join(str(data.get(search_box_name(name)) or "").split())
        if typed:
            return UnitSearch(typed)
        return super().value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return super().value_omitted_from_data(data, files, name) and search_box_name(name) not in data

    def search_url(self):
        url = reverse("core:unit_search")
        return f"{url}?active=1" if self.active_only else url

    def _shown(self, queryset, value):
        """(units to list, the value selected, whether the list is searched) for value as the form holds it."""
        units = list(queryset[: SEARCH_FROM + 1])
        searched = len(units) > SEARCH_FROM
        if isinstance(value, UnitSearch):
            found = self.found.get(str(value), [])
            selected = [str(found[0].pk)] if len(found) == 1 else []
            return (found if searched else units), selected, searched
        values = value if isinstance(value, (list, tuple)) else [value]
        selected = ["" if v is None else str(v) for v in values]
        if searched:
            pks = [v for v in selected if v.isascii() and v.isdigit() and len(v) < 12]
            units = list(queryset.filter(pk__in=pks)) if pks else []
        return units, selected, searched

    def get_context(self, name, value, attrs):
        iterator = self.choices
        if not hasattr(iterator, "queryset"):  # choices given as a list: a plain select
            return super().get_context(name, value, attrs)
        field = iterator.field
        units, selected, searched = self._shown(iterator.queryset, value)
        self.choices = [("", field.empty_label)] if field.empty_label is not None else []
        self.choices += [iterator.choice(unit) for unit in units]
        try:
            context = super().get_context(name, selected, attrs)
        finally:
            self.choices = iterator
        if searched:
            # The browser must not refuse a form whose list is empty while a name is typed in the box: the form checks.
            context["widget"]["attrs"].pop("required", None)
            context["widget"]["attrs"]["data-unit-search"] = self.search_url()
            context["widget"]["search"] = {
                "name": search_box_name(name),
                "id": search_box_name(context["widget"]["attrs"].get("id") or name),
            }
        return context


class UnitChoiceField(forms.ModelChoiceField):
    """A unit among those of its queryset (the ones the user may choose), with a UnitPicker.

    A unit outside the queryset is refused beside the field, in words that say why.
    """

    widget = UnitPicker
    default_error_messages = {
        "invalid_choice": gettext_lazy("Đơn vị này không có trong danh sách đơn vị bạn được chọn."),
        "no_unit_found": gettext_lazy("Không có đơn vị nào bạn được chọn khớp với «%(text)s»."),
        "several_units_found": gettext_lazy(
            "Có nhiều đơn vị khớp với «%(text)s»: chọn một đơn vị trong danh sách, hoặc gõ tên đầy đủ hơn."
        ),
    }

    def __init__(self, queryset, *, active_only=False, **kwargs):
        super().__init__(queryset, **kwargs)
        self.widget.active_only = active_only

    def label_from_instance(self, obj):
        return obj.listed_name

    def to_python(self, value):
        if isinstance(value, UnitSearch):
            return self._find(value)
        return super().to_python(value)

    def _find(self, text):
        """The one unit that text names among the queryset's, else a message (the candidates kept for the list)."""
        found = search_units(self.queryset, text)
        folded = fold(text)
        exact = [u for u in found if folded in (fold(u.name), fold(u.short_name), fold(u.code))]
        if len(exact) == 1:
            found = exact
        self.widget.found[str(text)] = found[:CANDIDATES]
        if len(found) == 1:
            return found[0]
        code = "several_units_found" if found else "no_unit_found"
        raise ValidationError(self.error_messages[code], code=code, params={"text": text})

    def has_changed(self, initial, data):
        if isinstance(data, UnitSearch):
            return True
        return super().has_changed(initial, data)


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
        if not (text.isascii() and text.isdigit()) or len(text) > 9:
            if self.is_year:
                message = _("Không đọc được năm «%(text)s». Ghi năm bằng bốn chữ số, ví dụ %(example)s.")
                example = timezone.localdate().year
            else:
                message = _("Không đọc được số «%(text)s». Chỉ ghi chữ số, ví dụ %(example)s.")
                example = 25
            raise ValidationError(message, code="invalid", params={"text": text, "example": example})
        return int(text)

    def widget_attrs(self, widget):
        attrs = forms.Field.widget_attrs(self, widget)
        attrs.update({"inputmode": "numeric", "autocomplete": "off"})
        return attrs


_DAY_MONTH_YEAR = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")


def no_such_day(text):
    """ "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày." for a date written dd/mm/yyyy whose month
    has no such day, or a month past 12; None for any other text (a slip of format is said otherwise)."""
    match = _DAY_MONTH_YEAR.match(str(text or ""))
    if match is None:
        return None
    day, month, year = (int(part) for part in match.groups())
    if not 1 <= month <= 12:
        return _("Ngày %(text)s không có: tháng chỉ từ 1 đến 12.") % {"text": text.strip()}
    days = calendar.monthrange(year, month)[1] if year >= 1 else 31
    if not 1 <= day <= days:
        return _("Ngày %(text)s không có: tháng %(month)s/%(year)s chỉ có %(days)s ngày.") % {
            "text": text.strip(),
            "month": month,
            "year": year,
            "days": days,
        }
    return None


# The date of a citation as the reader of citations takes it: "ngày 31/02/2024", "31-02-2024", "31.02.2024"
# or "ngày 31 tháng 02 năm 2024".
_CITED_DAY = re.compile(r"ngày\s+(\d{1,2})\s*(?:[/.-]|tháng)\s*(\d{1,2})\s*(?:[/.-]|năm)\s*(\d{4})", re.IGNORECASE)


def no_cited_day(citation):
    """no_such_day for the date a citation writes, which the citation's reader leaves out when the
    calendar lacks it: refused with its reason rather than stored without its date."""
    written = _CITED_DAY.search(str(citation or ""))
    return no_such_day("/".join(written.groups())) if written else None


# What is shown back of a date that is none: enough to find it in the box, not a page of it.
SHOWN_TYPED = 30


_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def refuse_date(value, iso=False):
    """What is said of value when it is no date: no_such_day() for a day the calendar lacks, else the
    text (shortened) and the way to write it. The forms read dd/mm/yyyy; the API (iso) reads yyyy-mm-dd,
    and its "2026-02-31" is said as the forms say "31/02/2026"."""
    text = str(value)
    if iso:
        written = _ISO_DAY.match(text)
        said = no_such_day("/".join(reversed(written.groups()))) if written else None
    else:
        said = no_such_day(text)
    if said:
        return said
    typed = " ".join(text.split())
    if len(typed) > SHOWN_TYPED:
        typed = typed[: SHOWN_TYPED - 1] + "…"
    if iso:
        return _("Ngày «%(value)s» không hợp lệ, ghi theo dạng yyyy-mm-dd.") % {"value": typed}
    return _("Ngày «%(value)s» không hợp lệ, ghi theo dạng dd/mm/yyyy.") % {"value": typed}


class DateField(forms.DateField):
    """A date of the register: in the years a report can cover ("10/11/0001" is a slip, not a date).

    Every date box of the web forms is one, so a date that is none is told the same way everywhere:
    «Ngày 31/02/2026 không có: …» for a day the month lacks, else the text typed and the way to write it.
    """

    def to_python(self, value):
        try:
            return super().to_python(value)
        except ValidationError as error:
            if error.code != "invalid":
                raise
            # The text typed goes in as a parameter: a "%" in it is no placeholder to whoever formats
            # the message again (django-filters does, on the API's filters).
            raise ValidationError("%(said)s", code="invalid", params={"said": refuse_date(value)}) from None

    def validate(self, value):
        super().validate(value)
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise ValidationError(
                _("Năm %(year)s không hợp lệ: ngày phải trong khoảng năm %(first)s đến năm %(last)s."),
                code="year_out_of_range",
                params={"year": value.year, "first": FIRST_YEAR, "last": LAST_YEAR},
            )


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
        lows = [v.limit_value for v in model_field.validators if isinstance(v, MinValueValidator)]
        if lows:
            kwargs = {"min_value": max(lows), **kwargs}
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
