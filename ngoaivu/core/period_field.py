"""The period picker: one list for the kind of period and its number, the year, and the dates of a
range. Used wherever a reporting period is chosen (reports, requests, home and statistics pages).

The field's value is the period's code ("2021-H1"), which the models keep and the API shows; the
form reads it with the unit's convention. A code or the period in words sent as one value
(?period=2021-H1, an old link, a script) is read too.
"""

from django import forms
from django.contrib import admin
from django.utils import timezone
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ngoaivu.pure.period_parsing import (
    END_BEFORE_START,
    PICK_DATES,
    PICK_KIND,
    PICK_YEAR,
    YEAR_OUT_OF_RANGE,
    from_picker,
    parse,
    picker_choice,
)
from ngoaivu.pure.periods import ROMAN, PeriodError
from ngoaivu.pure.wording import screen_date

from .errors import error_text
from .date_fields import DateField, DateWidget
from .forms import PlainNumberField


def this_year():
    return timezone.localdate().year


def period_choices():
    """The picker's list, grouped as officers name periods."""
    return [
        (_("Tháng"), [(f"month:{n}", _("Tháng %(n)s") % {"n": n}) for n in range(1, 13)]),
        (_("Quý"), [(f"quarter:{n}", _("Quý %(n)s") % {"n": ROMAN[n]}) for n in range(1, 5)]),
        (_("6 tháng"), [("half:1", _("6 tháng đầu năm")), ("half:2", _("6 tháng cuối năm"))]),
        (_("9 tháng, năm"), [("nine_months", _("9 tháng đầu năm")), ("year", pgettext_lazy("kỳ", "Cả năm"))]),
        (_("Khác"), [("custom", _("Khoảng thời gian (nhập ngày)"))]),
    ]


# The box a refusal of the picker's parts is about (PeriodField.compress): only that one is outlined in
# red (core/period_widget.html), not a year typed right when only the kind of period is missing.
FAULTY_PART = {
    PICK_KIND: "kind",
    PICK_YEAR: "year",
    YEAR_OUT_OF_RANGE: "year",
    PICK_DATES: "dates",
    END_BEFORE_START: "dates",
}


class PeriodWidget(forms.MultiWidget):
    template_name = "core/period_widget.html"
    fault = ""  # the part a refusal is about (FAULTY_PART), "" when it names none

    def __init__(self, attrs=None, blank_label=None):
        self.blank_label = blank_label
        widgets = {
            "kind": forms.Select(attrs={"data-no-search": ""}),
            "year": forms.TextInput(attrs={"inputmode": "numeric", "size": 5, "maxlength": 4}),
            "start": DateWidget(),
            "end": DateWidget(),
        }
        super().__init__(widgets, attrs)

    def get_context(self, name, value, attrs):
        blank = [("", self.blank_label or "---------")]
        self.widgets[0].choices = blank + period_choices()
        context = super().get_context(name, value, attrs)
        kind, year, start, end = context["widget"]["subwidgets"]
        context["widget"].update(kind=kind, year=year, start=start, end=end, fault=self.fault)
        return context

    def decompress(self, value):
        if not value:
            # This year, as a value: a grey example looked filled in and was refused as blank.
            return [None, this_year(), None, None]
        try:
            period = parse(value)
        except PeriodError:
            return [None, None, None, None]
        if period.kind == "custom":
            return ["custom", None, period.custom_start, period.custom_end]
        return [picker_choice(period), period.year, None, None]

    def value_from_datadict(self, data, files, name):
        if data.get(name):  # the period as one value: a code or words
            return data[name]
        return super().value_from_datadict(data, files, name)

    def value_omitted_from_data(self, data, files, name):
        return name not in data and super().value_omitted_from_data(data, files, name)


class PeriodField(forms.MultiValueField):
    """A reporting period from the picker; cleans to its code ("2021-H1"), or "" when left blank."""

    def __init__(self, *, blank_label=None, **kwargs):
        fields = (
            forms.CharField(),
            PlainNumberField(is_year=True),  # a year told as every year box tells it
            # The dates as every date box reads them; the message quotes what was typed, which names the box.
            DateField(),
            DateField(),
        )
        kwargs.setdefault("widget", PeriodWidget(blank_label=blank_label))
        super().__init__(fields, require_all_fields=False, **kwargs)
        for field in self.fields:
            field.required = False

    def clean(self, value):
        if isinstance(value, str):
            if not value.strip():
                return super().clean(None)
            try:
                return parse(value).code()
            except PeriodError as error:
                raise ValidationError(error_text(error)) from None
        return super().clean(value)

    def compress(self, data_list):
        if not data_list or not any(data_list):
            return ""
        choice, year, start, end = data_list
        if not self.required and not choice and start is None and end is None and year in (None, this_year()):
            return ""  # the year box alone, as the page fills it in, chooses no period; another year typed asks for one
        try:
            return from_picker(choice, year, start, end).code()
        except PeriodError as error:
            self.widget.fault = FAULTY_PART.get(error.message, "")
            raise ValidationError(error_text(error)) from None


def validate_period_code(value):
    """A stored period must read back (an admin form, a script): else it is refused with the reason."""
    try:
        parse(value)
    except PeriodError as error:
        raise ValidationError(error_text(error)) from None


def in_words(period):
    """The period in words in the interface's language: "tháng 8/2021", "August 2021"."""
    message, params = period.label_message()
    if "start" in params:  # a range's days as screens write dates, dd/mm/yyyy; a report's text keeps label()
        params = {**params, "start": screen_date(period.custom_start), "end": screen_date(period.custom_end)}
    return gettext(message) % params


def label_or_code(code, make_period):
    """The period in words; the stored code itself if it does not read (a page never fails on it)."""
    try:
        return in_words(make_period())
    except PeriodError:
        return code


@admin.display(description=_("kỳ báo cáo"), ordering="period_code")
def period_in_words(obj):
    """An admin list column: a report's or request's period in words, sorted by its code."""
    return obj.period_label
