"""List filters of an area: period, unit, country, status-like fields and a search box."""

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from ngoaivu.core.date_fields import DateField, DateWidget
from ngoaivu.core.screen_figures import screen_count
from ngoaivu.core.unit_picker import UnitChoiceField
from ngoaivu.core.models import Unit
from ngoaivu.core.permissions import is_unit_bound, readable_unit_ids, scope
from ngoaivu.core.search import SEARCH_LENGTH, matching
from ngoaivu.pure.numbers import quoted
from ngoaivu.pure.text import collation_key

ALL = _("Tất cả")  # a filter left empty: every row, whatever the field holds


class UnitFilter(django_filters.ModelChoiceFilter):
    field_class = UnitChoiceField


class DateFilter(django_filters.DateFilter):
    field_class = DateField  # "31/02/2021" is told as no such day


class YesOrNoField(forms.NullBooleanField):
    """Có, Không or Tất cả. Django's reads any other text ("?in_annual_plan=maybe") as Tất cả and lists every
    row as if the filter held; here it is refused as the other lists' choices are (the API: «Chỉ nhận true
    hoặc false»)."""

    READ = (None, "", True, False, "true", "false", "True", "False", "1", "0")

    def to_python(self, value):
        if value not in self.READ:
            raise ValidationError(
                forms.ChoiceField.default_error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": quoted(str(value))},
            )
        return super().to_python(value)


class YesOrNoFilter(django_filters.BooleanFilter):
    field_class = YesOrNoField


class SearchInput(forms.TextInput):
    """The search box, with its maxlength, which the other boxes leave out (templates/django/forms/widgets/
    attrs.html): a search longer than it could not be sent (the address would be too long), and a paste cut
    to it loses nothing kept, the box showing what is searched."""

    template_name = "register/search_input.html"

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        context["widget"]["maxlength"] = SEARCH_LENGTH
        return context


class SearchField(forms.CharField):
    """A search as long as its box lets it be; a longer one (an address written or pasted by hand) is refused
    beside the box, not searched: each of its words would be one more condition on every searched field."""

    widget = SearchInput

    def validate(self, value):
        super().validate(value)
        if len(value) > SEARCH_LENGTH:
            raise ValidationError(
                _(
                    "Nội dung tìm kiếm chỉ được dài tối đa %(limit)s ký tự (đang có %(length)s ký tự): "
                    "hãy rút gọn, giữ lại vài từ đặc trưng."
                ),
                code="max_length",
                params={"limit": screen_count(SEARCH_LENGTH), "length": screen_count(len(value))},
            )


class SearchFilter(django_filters.CharFilter):
    field_class = SearchField


class FilterForm(forms.Form):
    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("date_from"), cleaned.get("date_to")
        if start and end and start > end:
            # said beside the box, not a list of 0 rows that looks like an empty register
            self.add_error("date_to", _("«Đến ngày» phải từ «Từ ngày» trở về sau."))
        return cleaned


def _yes_or_no():
    return forms.Select(choices=[("", ALL), ("true", _("Có")), ("false", _("Không"))])


def _values_of(area, name, user):
    """The choices of a text field's filter, read when the form is shown: its values in the rows the user
    sees, in Vietnamese alphabetical order."""

    def choices():
        values = scope(area.model.objects.all(), user).exclude(**{name: ""}).values_list(name, flat=True)
        return [(value, value) for value in sorted(set(values), key=collation_key)]

    return choices


def unit_filter(user):
    """The unit filter of a list: the units whose rows user reads, by core/permissions.scope's rule for every
    role (the province's staff every unit; a unit reporter its own and those whose work it took over). Another
    unit is refused beside the filter, never listed. A reporter who reads its own unit alone has nothing to
    choose: the filter is not shown, and still refuses another unit named in the address."""
    units = scope(Unit.objects.all(), user, unit_field="pk")
    alone = is_unit_bound(user) and len(readable_unit_ids(user)) < 2
    return UnitFilter(queryset=units, label=_("Đơn vị"), empty_label=ALL, widget=forms.HiddenInput if alone else None)


def filterset_class(area, user, page=False):
    """The filters of area's list for user. page: the list page's (and its exports'), whose unit filter is
    unit_filter()'s for every role; without it a unit reporter has none, and the API adds its own
    (api/views.AreaFilterBackend), under which another unit lists nothing. A text field's filter lists the
    values the rows hold on the page; the API's takes any text (a value gone from the rows lists nothing)."""
    attrs = {}
    if area.date_field:
        attrs["date_from"] = DateFilter(
            field_name=area.date_field, lookup_expr="gte", label=_("Từ ngày"), widget=DateWidget()
        )
        attrs["date_to"] = DateFilter(
            field_name=area.date_field, lookup_expr="lte", label=_("Đến ngày"), widget=DateWidget()
        )
    if "unit" in [f.name for f in area.model._meta.get_fields()] and (page or not is_unit_bound(user)):
        attrs["unit"] = unit_filter(user)
    if area.country_field:
        lookup = "icontains" if area.model._meta.get_field(area.country_field).multiple else "exact"
        attrs["country"] = django_filters.ChoiceFilter(
            field_name=area.country_field,
            lookup_expr=lookup,
            choices=list(countries),
            label=_("Quốc gia"),
            empty_label=ALL,
        )
    for name in area.filter_fields:
        model_field = area.model._meta.get_field(name)
        label = str(model_field.verbose_name).capitalize()
        if model_field.choices:
            attrs[name] = django_filters.ChoiceFilter(choices=model_field.choices, label=label, empty_label=ALL)
        elif isinstance(model_field, models.BooleanField):
            attrs[name] = YesOrNoFilter(label=label, widget=_yes_or_no())
        elif page:  # a text the officers type («Việc làm»): the values the user's rows hold
            attrs[name] = django_filters.ChoiceFilter(
                choices=_values_of(area, name, user), label=label, empty_label=ALL
            )
        else:  # the API's: any text, as its schema says; one no row holds lists none, not a 400
            attrs[name] = django_filters.CharFilter(label=label)
    if area.overdue_filter:
        attrs["overdue"] = YesOrNoFilter(
            method="only_overdue",
            label=_("Quá hạn"),
            widget=_yes_or_no(),
        )

        def only_overdue(self, queryset, name, value):
            late = queryset.overdue()
            return late if value else queryset.exclude(pk__in=late.values("pk"))

        attrs["only_overdue"] = only_overdue
    if area.search_fields:
        attrs["q"] = SearchFilter(method="search", label=_("Tìm kiếm"))

        def search(self, queryset, name, value):
            return matching(queryset, area.search_fields, value)

        attrs["search"] = search
    attrs["Meta"] = type("Meta", (), {"model": area.model, "fields": [], "form": FilterForm})
    return type(f"{area.model.__name__}FilterSet", (django_filters.FilterSet,), attrs)
