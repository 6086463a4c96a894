"""Keyset paging: "Trang sau ›" and "‹ Trang trước" for lists too long to count.

A page of the national register (some 1,1 million rows) is found from the row it follows, by the
list's own ordering with the primary key last to break ties, not by an OFFSET nor beside a COUNT(*)
over the whole table: each page reads its 51 rows down an index (the areas' "-date, id" indexes, and
"column, id" for the columns a long list sorts by: register/areas.py, sorted_by_index), whichever page it
is. PostgreSQL seeks to the position as a row value where it can (_beyond), so that a column of few
values is not read through from the first row sharing the position's value. A link carries the ordering
values of the last row shown (after=) or of the first (before=), encoded; a link that cannot be read shows
the first page.

NULL counts as greater than every value, as PostgreSQL sorts it by default: last in an ascending
column, first in a descending one (ASC NULLS LAST, DESC NULLS FIRST), so that its indexes still serve and
the other direction is the same list reversed; SQLite is told so explicitly.

The number of rows is said only where it costs little (row_count): exact up to COUNT_CAP rows,
counted no further; beyond, PostgreSQL's planner estimate, said to be one ("khoảng").
"""

import base64
import binascii
import json
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import connections
from django.db.models import F, Field, Func, Q, Value
from django.db.models.lookups import GreaterThan, LessThan
from django.db.models.constants import LOOKUP_SEP
from django.utils.translation import gettext, ngettext

from .screen_figures import screen_count, screen_number

COUNT_CAP = 1000  # rows counted exactly at most; a longer list is said to have more, or about so many
TOKEN_LIMIT = 2000  # characters of a link's position; anything longer is not one of ours


@dataclass(frozen=True)
class Key:
    """One column of the ordering: its path from the model, its direction, and whether it can be NULL."""

    path: str
    descending: bool
    nullable: bool
    field: object = field(compare=False, repr=False)

    def order(self, reverse=False):
        """The ORDER BY term, NULL last in either direction (see the module's docstring)."""
        descending = self.descending != reverse
        expression = F(self.path)
        if not self.nullable:
            return expression.desc() if descending else expression.asc()
        return expression.desc(nulls_first=True) if descending else expression.asc(nulls_last=True)


def _resolve(model, path):
    """(the field at the end of path, whether any step of it can be NULL)."""
    nullable = False
    field_ = None
    for name in path.split(LOOKUP_SEP):
        field_ = model._meta.get_field(name)
        nullable = nullable or bool(getattr(field_, "null", False))
        if field_.is_relation:
            model = field_.related_model
    return field_, nullable


def _expand(model, term, prefix="", flip=False, nullable=False, seen=()):
    """The columns an ordering term names. A relation is ordered by its model's own ordering, then by its
    key, as Django orders it ("-relation" reverses that ordering)."""
    descending = term.startswith("-") != flip
    name = term.lstrip("-")
    if name == "pk":
        name = model._meta.pk.name
    field_, null_on_path = _resolve(model, name)
    nullable = nullable or null_on_path
    path = prefix + name
    if not (field_.is_relation and field_.many_to_one):
        return [Key(path, descending, nullable, field_)]
    related = field_.related_model
    keys = []
    if related not in seen:
        for inner in related._meta.ordering or []:
            keys += _expand(related, inner, f"{path}{LOOKUP_SEP}", descending, nullable, (*seen, related))
    pk = related._meta.pk
    return [*keys, Key(f"{path}{LOOKUP_SEP}{pk.name}", descending, nullable, pk)]


def ordering_keys(model, ordering=None):
    """The keys of model's list ordering (its Meta.ordering by default), up to its primary key, which
    ends them (added last when the ordering does not name it)."""
    keys, paths = [], set()
    for term in ordering if ordering is not None else model._meta.ordering or []:
        for key in _expand(model, term):
            if key.path in paths:
                continue
            keys.append(key)
            paths.add(key.path)
            if key.path == model._meta.pk.name:
                return keys
    return [*keys, Key(model._meta.pk.name, False, False, model._meta.pk)]


def _encode(values):
    text = json.dumps(values, default=str, ensure_ascii=False, separators=(",", ":"))
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def _decode(token, keys):
    """The values a link carries, read back as the columns' types; None when the link is not one of ours."""
    if not token or len(token) > TOKEN_LIMIT:
        return None
    try:
        values = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode())
    except (binascii.Error, UnicodeDecodeError, ValueError, RecursionError):  # "[" * 1490: too deep for json
        return None
    if not isinstance(values, list) or len(values) != len(keys):
        return None
    try:
        return [None if value is None else key.field.to_python(value) for key, value in zip(keys, values)]
    except (ValidationError, TypeError, ValueError, OverflowError):  # OverflowError: 1e999 as a count
        return None


class _Row(Func):
    """(a, b, …), a row value: compared as a whole, PostgreSQL seeks to it down an index (a, b, …)."""

    function = ""
    template = "(%(expressions)s)"
    output_field = Field()


def _beyond(keys, values, reverse, rows=False):
    """The rows that come after the row holding values, in the ordering (reversed: before it). rows: the
    database compares row values down an index (PostgreSQL), used when every key runs one way and none is
    NULL: (title, id) > ('Tin đối ngoại', 127501) starts at that row, where the bound below starts at the
    first of the rows sharing its title and reads through those before it (a column of few values)."""
    directions = {key.descending != reverse for key in keys}
    if rows and len(directions) == 1 and not any(key.nullable for key in keys) and None not in values:
        compare = LessThan if directions.pop() else GreaterThan
        written = [Value(value, output_field=key.field) for key, value in zip(keys, values)]
        return compare(_Row(*(F(key.path) for key in keys)), _Row(*written))
    condition = Q()
    equal = Q()
    for key, value in zip(keys, values):
        descending = key.descending != reverse
        if value is None:
            later = Q(**{f"{key.path}__isnull": False}) if descending else None
            same = Q(**{f"{key.path}__isnull": True})
        else:
            later = Q(**{f"{key.path}__{'lt' if descending else 'gt'}": value})
            if key.nullable and not descending:
                later |= Q(**{f"{key.path}__isnull": True})
            same = Q(**{key.path: value})
        if later is not None:
            condition |= equal & later
        equal &= same
    first, value = keys[0], values[0]
    # The first column's bound alone, which an index can seek to; the rest only filter.
    if value is not None and not first.nullable:
        bound = f"{first.path}__{'lte' if first.descending != reverse else 'gte'}"
        return Q(**{bound: value}) & condition
    return condition


@dataclass
class KeysetPage:
    rows: list
    next_token: str | None = None  # after=: the page after this one
    previous_token: str | None = None  # before=: the page before this one
    first: bool = True  # the list's first page

    @property
    def has_next(self):
        return self.next_token is not None

    @property
    def has_previous(self):
        return self.previous_token is not None


def keyset_page(queryset, size, after=None, before=None, keys=None):
    """The page of queryset that follows the position `after` (or precedes `before`), size rows at most.

    One query a page; two when a link points before the first page or past the last (rows deleted since),
    which then shows the first page.
    """
    keys = keys or ordering_keys(queryset.model, queryset.query.order_by or None)
    aliases = {f"keyset_{index}": F(key.path) for index, key in enumerate(keys)}
    annotated = queryset.annotate(**aliases)
    compares_rows = connections[queryset.db].vendor == "postgresql"

    def fetch(values, reverse):
        rows = annotated.order_by(*(key.order(reverse) for key in keys))
        if values is not None:
            rows = rows.filter(_beyond(keys, values, reverse, compares_rows))
        return list(rows[: size + 1])

    def token(row):
        return _encode([getattr(row, alias) for alias in aliases])

    position = _decode(before, keys) if before else None
    if position is not None:
        rows = fetch(position, reverse=True)
        if len(rows) > size:
            rows = rows[:size][::-1]
            return KeysetPage(rows, next_token=token(rows[-1]), previous_token=token(rows[0]), first=False)
    position = _decode(after, keys) if after and not before else None
    if position is not None:
        rows = fetch(position, reverse=False)
        if rows:
            page = rows[:size]
            return KeysetPage(
                page,
                next_token=token(page[-1]) if len(rows) > size else None,
                previous_token=token(page[0]),
                first=False,
            )
    rows = fetch(None, reverse=False)
    page = rows[:size]
    return KeysetPage(page, next_token=token(page[-1]) if len(rows) > size else None)


def planner_estimate(queryset):
    """The number of rows PostgreSQL's planner expects queryset to give (the query is not run), or None
    on a database that does not say."""
    if connections[queryset.db].vendor != "postgresql":
        return None
    try:
        plan = json.loads(queryset.order_by().explain(format="json"))
        return int(plan[0]["Plan"]["Plan Rows"])
    except (ValueError, LookupError, TypeError):
        return None


def row_count(queryset, page=None, cap=COUNT_CAP):
    """How many rows queryset has, in words, where that is cheap: exact when the first page holds them
    all (no query) or when there are at most cap; beyond, about as many as PostgreSQL's planner expects,
    or "more than cap" (never a COUNT(*) over the whole table)."""
    if page is not None and page.first and not page.has_next:
        count = len(page.rows)
    else:
        count = queryset.order_by()[: cap + 1].count()
    if count == 0:
        # Not "0 bản ghi": Vietnamese has one form for every number, so ngettext cannot say none in words.
        return gettext("Không có bản ghi nào")
    if count <= cap:
        return ngettext("%(count)s bản ghi", "%(count)s bản ghi", count) % {"count": screen_count(count)}  # "03"
    estimate = planner_estimate(queryset)
    if estimate is not None and estimate > cap:
        return ngettext("khoảng %(count)s bản ghi", "khoảng %(count)s bản ghi", estimate) % {
            "count": screen_number(estimate)
        }
    return ngettext("hơn %(count)s bản ghi", "hơn %(count)s bản ghi", cap) % {"count": screen_number(cap)}
