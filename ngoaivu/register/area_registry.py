"""What an area of the register is (Area), and the registry the areas are declared into (register).

Each area is declared once, the way ModelAdmin declares an admin page: the register's own in areas.py, a
package above the register's in its own areas.py; each is imported from its AppConfig.ready(), so that
AREAS and GROUPS hold every area before the first request.
"""

from dataclasses import dataclass, field

from django.db import models

from .sortable import sortable_columns

# Fields every record carries that a person never types.
HIDDEN_FIELDS = {"id", "created_at", "updated_at", "created_by", "issued_year", "version", "deadline_on"}


@dataclass
class Area:
    model: type
    slug: str
    group: str
    list_display: list
    date_field: str | None = None
    search_fields: list = field(default_factory=list)
    filter_fields: list = field(default_factory=list)
    country_field: str | None = None
    parent_field: str | None = None
    children: list = field(default_factory=list)
    shared_when_null: bool = False  # rows without a unit are reference data everyone reads
    # Model methods (labelled by short_description) shown after the fields on the list and the
    # detail page: what follows from the fields and today, such as a task being late.
    computed_columns: list = field(default_factory=list)
    overdue_filter: bool = False  # the model's queryset has overdue(): the list filters by it
    # A list of hundreds of thousands of rows in the national register: its headings sort it only by the
    # columns an index (column, id) of the model orders (sortable.index_orders), so that no sorted page reads
    # the whole table. Not by a choice (ordered by its label), yes or no, nor the unit (by its name): the
    # list filters by them.
    sorted_by_index: bool = False

    @property
    def title(self):
        return self.model._meta.verbose_name_plural

    @property
    def verbose_name(self):
        return self.model._meta.verbose_name

    def column_labels(self):
        """The list's column headings: the fields', then the computed columns'."""
        fields = [self.model._meta.get_field(name).verbose_name for name in self.list_display]
        return fields + [getattr(self.model, name).short_description for name in self.computed_columns]

    def sortable_columns(self):
        """The list columns whose heading sorts the list (sortable.sortable_columns)."""
        return sortable_columns(self)

    @property
    def link_column(self):
        """The list column that links to the row: its name or title (the first plain text), else the first."""
        for index, name in enumerate(self.list_display):
            field = self.model._meta.get_field(name)
            if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
                return index
        return 0

    def form_fields(self):
        names = []
        for f in self.model._meta.get_fields():
            if not getattr(f, "concrete", False) or f.auto_created or f.name in HIDDEN_FIELDS:
                continue
            if not f.editable or (f.name == "unit" and self.parent_field):
                continue
            names.append(f.name)
        # What the row is about first; who owns it and free notes last.
        tail = [n for n in ("unit", "notes") if n in names]
        return [n for n in names if n not in tail] + tail

    def related_fields(self):
        """Foreign keys shown on the list page, fetched in the same query."""
        names = {"unit"}
        for name in set(self.list_display) | ({self.parent_field} if self.parent_field else set()):
            f = self.model._meta.get_field(name)
            if f.many_to_one:
                names.add(name)
                # A parent's name often says whose it is ("… – Sở Ngoại vụ").
                if any(rf.name == "unit" for rf in f.related_model._meta.get_fields()):
                    names.add(f"{name}__unit")
        return sorted(names)


AREAS: dict[str, Area] = {}
GROUPS: list[tuple] = []  # [(group name, [areas])]; names stay lazy so the menu follows the language


def area_of(model):
    """The area whose rows are model's, or None."""
    return next((area for area in AREAS.values() if area.model is model), None)


def date_field_of(model):
    """The field that dates a row of model (its area's date_field), or None."""
    area = area_of(model)
    return area.date_field if area else None


def register(area):
    AREAS[area.slug] = area
    for group, areas in GROUPS:
        if group is area.group:
            areas.append(area)
            break
    else:
        GROUPS.append((area.group, [area]))
    return area
