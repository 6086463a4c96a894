"""The unit picker of the forms and filters: a unit among those the user may choose, from a list that
does not send every unit, searched by name, short name or code."""

from django import forms
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy

from ngoaivu.pure.text import collation_key, fold

from .search import matching


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
