"""The columns whose heading sorts an area's list, and the indexes a long list sorts down.

A long list (Area.sorted_by_index: hundreds of thousands of rows in the national register) sorts only by a
column an index (column, id) of its model orders, so that no sorted page reads the whole table.
"""

from django_countries.fields import CountryField

from ngoaivu.core.models import Unit


def sortable_columns(area):
    """The list columns whose heading sorts the list: those the database can order as their cells
    read. A date, a number, yes or no, a typed text by its value; a choice by its label (views_list);
    a unit by its name. Not a country (stored as its code, read as its name), nor a row of another
    area (ordered by that area's own ordering, not by what the cell says), nor a computed column. A
    long list (sorted_by_index) only by a column an index orders."""
    names = []
    for name in area.list_display:
        field = area.model._meta.get_field(name)
        if isinstance(field, CountryField) or field.many_to_many or field.one_to_many:
            continue
        if field.is_relation and field.related_model is not Unit:
            continue
        if area.sorted_by_index and name not in index_orders(area.model):
            continue
        names.append(name)
    return names


def index_orders(model):
    """{field: whether the id runs against it} for each field never empty that leads an index (field, id) of
    model, either way: (-start_date, id) reads the rows newest first, the id ascending, and backwards oldest
    first, the id descending. A list sorted by the field pages down that index (core/keyset.py), from the
    row it follows; not a field that may be NULL, whose empty rows, after every value, no seek reaches."""
    pk = model._meta.pk.name
    orders = {}
    for index in model._meta.indexes:
        if len(index.fields) != 2 or index.condition is not None:
            continue
        column, tie = (name.removeprefix("-") for name in index.fields)
        if tie in (pk, "pk") and not model._meta.get_field(column).null:
            orders[column] = index.fields[0].startswith("-") != index.fields[1].startswith("-")
    return orders
