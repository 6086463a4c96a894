"""An area's list page: its rows as the user may read them, filtered, sorted by a column's heading, 50 a page.

A page follows the last row of the one before in the list's ordering (core/keyset.py): no page counts the
whole table nor skips rows with OFFSET. ?sort=name orders by one of the area's sortable columns
(Area.sortable_columns), ?sort=-name the other way (the same list reversed), the row's id breaking ties;
any other value is refused beside the table and the list keeps its own ordering.

Text is ordered as the database orders it: by its collation, which on SQLite (and PostgreSQL's "C") is
by code point, so «Đ» comes after «Z» and capitals before small letters, not by the Vietnamese alphabet
(pure/text.collation_key). A choice is ordered by its label in the Vietnamese alphabet, not by its code.
"""

from dataclasses import dataclass

from django.contrib.auth.decorators import login_required
from django.db.models import Case, IntegerField, Value, When
from django.shortcuts import render
from django.utils.translation import gettext as _

from ngoaivu.core.keyset import Key, keyset_page, ordering_keys, row_count
from ngoaivu.core.permissions import can_write
from ngoaivu.pure.numbers import quoted
from ngoaivu.pure.text import collation_key

from .counted import PARAMETERS as COUNTED_PARAMETERS, asked, counted_rows, unlisted
from .display import list_rows
from .filters import filterset_class
from .offering import listed_area
from .sortable import index_orders
from .views import visible_rows

PAGE_SIZE = 50
SORT = "sort"  # the query's column to sort by: "title", or "-title" the other way
POSITION = ("page", "after", "before")  # where a page starts: dropped when the ordering changes
CHOICE_RANK = "choice_rank"  # a choice column's label's place in the alphabet, for ORDER BY


@dataclass(frozen=True)
class ListOrder:
    """The list's ordering: a column chosen by its heading, or the area's own (column None)."""

    column: str | None = None
    descending: bool = False
    refused: str = ""  # why the ?sort= asked for was not followed

    @property
    def value(self):
        """As ?sort= says it."""
        return f"{'-' if self.descending else ''}{self.column}" if self.column else ""


def chosen_order(area, value):
    """The ordering ?sort=value asks for, if it names a sortable column of area; never a field the list
    does not show nor a path through a relation ("unit__name")."""
    value = value or ""
    name = value.removeprefix("-")
    if not value:
        return ListOrder()
    if name not in area.sortable_columns():
        return ListOrder(
            refused=_(
                "Không sắp xếp được theo «%(value)s»: chỉ sắp xếp được theo cột có tiêu đề bấm được. "
                "Danh sách đang xếp theo thứ tự mặc định."
            )
            % {"value": quoted(value)}
        )
    return ListOrder(name, value.startswith("-"))


def ordered(area, queryset, order):
    """(queryset in order, the keys that page it): the area's own ordering (keys None) when no column is
    chosen, else the column's, then the row's id. The other way is the same list reversed, so that one index
    (column, id) reads it either way (sortable.index_orders): the id runs as the index has it, against the
    column in (-start_date, id), else with it."""
    if not order.column:
        return queryset, None
    model = area.model
    field = model._meta.get_field(order.column)
    if field.choices:
        labels = sorted(field.flatchoices, key=lambda choice: collation_key(str(choice[1])))
        rank = Case(
            *(When(**{order.column: code}, then=Value(place)) for place, (code, _label) in enumerate(labels)),
            default=Value(len(labels)),  # a code no longer offered: after the others
            output_field=IntegerField(),
        )
        queryset = queryset.alias(**{CHOICE_RANK: rank})
        pk = model._meta.pk
        keys = [Key(CHOICE_RANK, order.descending, False, IntegerField()), Key(pk.name, order.descending, False, pk)]
    else:
        id_descending = order.descending != index_orders(model).get(order.column, False)
        keys = ordering_keys(model, [order.value, "-pk" if id_descending else "pk"])
    return queryset.order_by(*(key.order() for key in keys)), keys


def filtered(area, request):
    """(the filter set, the rows it leaves) in the list's ordering, as the list's exports take them."""
    filterset, _counted, queryset, _keys = _listed(area, request, chosen_order(area, request.GET.get(SORT)))
    return filterset, queryset


def _listed(area, request, order):
    """(the filter set, the figure whose rows are asked for (counted.py) or None, the rows both leave in
    order, the keys that page them)."""
    queryset = visible_rows(area, request.user).select_related(*area.related_fields())
    filterset = filterset_class(area, request.user, page=True)(request.GET or None, queryset=queryset)
    if filterset.is_bound and not filterset.is_valid():
        # A filter that cannot be read lists nothing, beside its message: never every row as if it held.
        queryset = queryset.none()
    elif filterset.is_bound:
        queryset = filterset.qs
    counted = asked(area, request.user, request.GET)
    if counted is not None:
        queryset = counted_rows(queryset, counted)
    return filterset, counted, *ordered(area, queryset, order)


@dataclass(frozen=True)
class Heading:
    label: str
    query: str | None = None  # the list sorted by this column (None: it cannot be)
    sort: str = ""  # aria-sort's value on the column sorted by

    @property
    def arrow(self):
        return {"ascending": "▲", "descending": "▼"}.get(self.sort, "")


def headings(area, order, query):
    """The column headings: a sortable one links to the list sorted by it, ascending first, the other way
    when it is already so; the column the list is sorted by says which way. With no column chosen, the
    area's own ordering names its first column when that is one."""
    shown = order
    if not order.column:
        first = (area.model._meta.ordering or [""])[0]
        if first.removeprefix("-") in area.sortable_columns():
            shown = ListOrder(first.removeprefix("-"), first.startswith("-"))
    sortable = area.sortable_columns()
    result = []
    for name, label in zip(area.list_display, area.column_labels()):
        if name not in sortable:
            result.append(Heading(label))
            continue
        current = name == shown.column
        flip = ListOrder(name, descending=current and not shown.descending)
        sort = ("descending" if shown.descending else "ascending") if current else ""
        result.append(Heading(label, _with(query, **{SORT: flip.value}), sort))
    return result + [Heading(label) for label in area.column_labels()[len(area.list_display) :]]


@login_required
def record_list(request, slug):
    """An area's rows, 50 a page, in the ordering chosen by a heading or else the area's own."""
    area = listed_area(slug, request.user)
    order = chosen_order(area, request.GET.get(SORT))
    filterset, counted, queryset, keys = _listed(area, request, order)
    page = keyset_page(queryset, PAGE_SIZE, after=request.GET.get("after"), before=request.GET.get("before"), keys=keys)
    query = request.GET.copy()
    for name in (*POSITION, SORT):
        query.pop(name, None)
    unsorted = query.copy()  # the filters alone: a heading's link adds its own ordering
    if order.column:
        query[SORT] = order.value
    return render(
        request,
        "register/list.html",
        {
            "area": area,
            "filter": filterset,
            "order": order,
            "page": page,
            "count": row_count(queryset, page),
            "query": query.urlencode(),
            "next_query": _with(query, after=page.next_token),
            "previous_query": _with(query, before=page.previous_token),
            "columns": headings(area, order, unsorted),
            "rows": list_rows(area, page.rows),
            "can_write": can_write(request.user, area.model),
            "filter_refused": filterset.is_bound and not filterset.is_valid(),
            "counted": counted,
            "unlisted": unlisted(area, counted, request.user),
            # filtering again keeps the figure asked for, as it keeps the order
            "counted_kept": [(name, request.GET[name]) for name in COUNTED_PARAMETERS if request.GET.get(name)],
        },
    )


def _with(query, **values):
    """The list's query string with values set (a page's position), or None when a value is missing."""
    if None in values.values():
        return None
    query = query.copy()
    for name, value in values.items():
        query[name] = value
    return query.urlencode()
