"""How register values read on the pages: labels in the interface's language, dd/mm/yyyy, 108.373 (108,373
in English: core/screen_figures.py)."""

from datetime import date, datetime
from decimal import Decimal

from django.db import models
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import Country, CountryField

from ngoaivu.core.figure_limits import PLAIN_NUMBER_FIELDS
from ngoaivu.core.models import Unit
from ngoaivu.core.screen_figures import screen_number

from .area_registry import HIDDEN_FIELDS, area_of

# The kind of a version in a record's history (not the buttons: their English differs).
HISTORY_TYPES = {
    "+": pgettext_lazy("lịch sử", "Tạo mới"),
    "~": pgettext_lazy("lịch sử", "Sửa"),
    "-": pgettext_lazy("lịch sử", "Xóa"),
}


def display_value(record, name):
    field = record._meta.get_field(name)
    value = getattr(record, name)
    if field.choices and not isinstance(field, CountryField):
        return getattr(record, f"get_{name}_display")()
    if name in PLAIN_NUMBER_FIELDS and value is not None:
        return str(value)  # "năm 2021", not "2.021"
    return format_value(value)


def format_value(value):
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return _("Có") if value else _("Không")
    if isinstance(value, Country):
        return str(value.name)
    if isinstance(value, Unit):
        return value.listed_name  # an ended unit with its dates: the new tỉnh bears the old one's name
    if isinstance(value, (list, tuple)):
        return ", ".join(format_value(v) for v in value)
    if isinstance(value, datetime):
        return formats.date_format(timezone.localtime(value), "SHORT_DATETIME_FORMAT")
    if isinstance(value, date):
        return formats.date_format(value, "SHORT_DATE_FORMAT")
    if isinstance(value, (int, Decimal, float)):
        return screen_number(value)
    return str(value)


def list_rows(area, records):
    return [(record, [*_cells(area, record)]) for record in records]


def _cells(area, record):
    yield from (display_value(record, name) for name in area.list_display)
    yield from (getattr(record, name)() for name in area.computed_columns)


def field_rows(area, record):
    names = area.form_fields()
    if area.parent_field and area.parent_field not in names:
        names.insert(0, area.parent_field)
    if "unit" not in names and hasattr(record, "unit"):
        names.append("unit")
    # A column the register derives (a document is the unit's own) is shown though nobody types it.
    names += [name for name in area.list_display if name not in names]
    rows = [(record._meta.get_field(n).verbose_name, display_value(record, n), _link(record, n)) for n in names]
    for name in area.computed_columns:
        method = getattr(record, name)
        rows.append((method.short_description, method(), None))
    if getattr(record, "created_by", None):
        rows.append((record._meta.get_field("created_by").verbose_name, str(record.created_by), None))
    return rows


def _link(record, name):
    """The page of a row of the register this field points to (a cited document, a parent plan), or None."""
    field = record._meta.get_field(name)
    target = getattr(record, name) if isinstance(field, models.ForeignKey) else None
    area = area_of(type(target)) if target is not None else None
    return reverse("register:detail", args=[area.slug, target.pk]) if area else None


def _historical_value(historical, name):
    """A historical row stores foreign keys as ids; show what they point to."""
    field = historical.instance._meta.get_field(name)
    if isinstance(field, models.ForeignKey):
        related_id = getattr(historical, field.attname)
        if related_id is None:
            return ""
        related = field.related_model._default_manager.filter(pk=related_id).first()
        return str(related) if related else f"#{related_id}"
    return display_value(historical.instance, name)


def history_entries(record, versions=None):
    """Every version of record, or those of versions (the ones the reader may see), newest first,
    each with what changed against the one before it among them."""
    versions = list(
        (record.history.all() if versions is None else versions)
        .select_related("history_user")
        .order_by("-history_date", "-history_id")
    )
    entries = []
    for index, version in enumerate(versions):
        previous = versions[index + 1] if index + 1 < len(versions) else None
        changes = []
        if previous is not None:
            for change in version.diff_against(previous).changes:
                if change.field in HIDDEN_FIELDS:
                    continue
                changes.append(
                    {
                        "field": record._meta.get_field(change.field).verbose_name,
                        "old": _historical_value(previous, change.field),
                        "new": _historical_value(version, change.field),
                    }
                )
        entries.append(
            {
                "id": version.history_id,
                "when": version.history_date,
                "user": version.history_user,
                "kind": str(HISTORY_TYPES.get(version.history_type, version.history_type)),
                "reason": version.history_change_reason,
                "changes": changes,
                "is_current": index == 0,
            }
        )
    return entries
