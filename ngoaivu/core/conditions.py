"""A CheckConstraint's condition decided in Python, on the instance in memory, as the database would.

Django validates a CheckConstraint with a query (`SELECT 1 WHERE <condition>`, inside a savepoint),
one per rule per row: an import of thousands of rows spends most of its time there. The register's
rules are simple comparisons of a row's own fields (`Q(groups__gte=1)`, `Q(end__gte=F("start"))`,
`~Q(status="closed") | Q(closed_on__isnull=False)`), which Python decides exactly.

decide(constraint, model, instance, exclude) is True (the row keeps the rule), False (it breaks it)
or UNDECIDED when the condition holds anything not known here to compare as the database does (a
function, a text ordered by a collation, a value of an unusual type): Django's query then decides.

SQL's three-valued logic is kept: a comparison with NULL is unknown, NOT unknown is unknown, and a
CHECK passes when its condition is unknown (Django's Coalesce(condition, True) does the same). A rule
on a field left out of validation (exclude) is not checked, as Django does on its FieldError.
"""

import datetime
from decimal import Decimal

from django.db import connections
from django.db.models import F, Q, Value
from django.db.models.constants import LOOKUP_SEP
from django.db.utils import DEFAULT_DB_ALIAS

UNDECIDED = object()
UNKNOWN = None  # SQL's NULL truth value

_NUMBERS = (int, float, Decimal)  # bool is an int: SQLite and PostgreSQL compare booleans with booleans
_ORDERED = (*_NUMBERS, datetime.date, datetime.datetime, datetime.time)
_COMPARISONS = {
    "gt": lambda a, b: a > b,
    "gte": lambda a, b: a >= b,
    "lt": lambda a, b: a < b,
    "lte": lambda a, b: a <= b,
}


class _Undecided(Exception):
    """The condition holds something not decided here."""


def decide(constraint, model, instance, exclude=None, using=DEFAULT_DB_ALIAS):
    """True, False, or UNDECIDED: whether instance keeps constraint's condition (see the module)."""
    if not connections[using].features.supports_comparing_boolean_expr:
        return UNDECIDED  # Django then checks without Coalesce: NULL would break the rule
    values = _values(model, instance, set(exclude or ()))
    try:
        verdict = _truth(constraint.condition, model, values)
    except _Undecided:
        return UNDECIDED
    except _Excluded:
        return True  # Django's FieldError: a rule on an excluded field is not checked
    return verdict is not False


class _Excluded(Exception):
    """The condition reads a field left out of validation."""


def _values(model, instance, exclude):
    """{field name: (field, value)} as Model._get_field_expression_map gives them to Django's query."""
    values = {}
    for field in model._meta.local_concrete_fields:
        if field.name in exclude or field.generated:
            continue
        values[field.name] = (field, getattr(instance, field.attname))
    if "pk" not in exclude:
        values["pk"] = (model._meta.pk, instance.pk)
    return values


def _truth(node, model, values):
    """True, False or UNKNOWN for a Q (or a (lookup, value) pair of one)."""
    if isinstance(node, Q):
        if node.connector not in (Q.AND, Q.OR):
            raise _Undecided
        results = [_truth(child, model, values) for child in node.children]
        if node.connector == Q.AND:
            result = False if False in results else UNKNOWN if UNKNOWN in results else True
        else:
            result = True if True in results else UNKNOWN if UNKNOWN in results else False
        if node.negated:
            result = UNKNOWN if result is UNKNOWN else not result
        return result
    if isinstance(node, tuple) and len(node) == 2:
        return _lookup(*node, model=model, values=values)
    raise _Undecided


def _lookup(path, wanted, model, values):
    name, *rest = path.split(LOOKUP_SEP)
    if name not in values:
        if name == "pk" or any(field.name == name for field in model._meta.local_concrete_fields):
            raise _Excluded
        raise _Undecided
    field, value = values[name]
    transforms, lookup = (rest, "exact") if not rest or rest[-1] not in _LOOKUPS else (rest[:-1], rest[-1])
    for transform in transforms:
        value = _transform(transform, field, value)
    if lookup == "exact" and wanted is None:
        lookup, wanted = "isnull", True  # Django reads field=None as field IS NULL
    if lookup == "isnull":
        if not isinstance(wanted, bool):
            raise _Undecided
        return (value is None) == wanted
    if isinstance(wanted, F):
        if LOOKUP_SEP in wanted.name:
            raise _Undecided
        if wanted.name not in values:
            if wanted.name == "pk" or any(f.name == wanted.name for f in model._meta.local_concrete_fields):
                raise _Excluded
            raise _Undecided
        wanted = values[wanted.name][1]
    elif isinstance(wanted, Value):
        wanted = wanted.value
    elif hasattr(wanted, "resolve_expression"):
        raise _Undecided
    if lookup == "in":
        if not isinstance(wanted, (list, tuple, set, frozenset)):
            raise _Undecided
        if value is None:
            return UNKNOWN
        options = [item for item in wanted if item is not None]  # Django drops None from an IN list
        for option in options:
            _comparable(value, option, ordered=False)
        if not options:
            raise _Undecided  # Django raises EmptyResultSet: leave it to Django
        return value in options
    if value is None or wanted is None:
        return UNKNOWN
    if lookup == "exact":
        _comparable(value, wanted, ordered=False)
        return value == wanted
    if lookup in _COMPARISONS:
        _comparable(value, wanted, ordered=True)
        return _COMPARISONS[lookup](value, wanted)
    raise _Undecided


_LOOKUPS = {"exact", "isnull", "in", *_COMPARISONS}


def _transform(name, field, value):
    """The year of a date (`completed_on__year`); no other transform is decided here."""
    if name == "year" and (value is None or isinstance(value, datetime.date)):
        if isinstance(value, datetime.datetime):
            raise _Undecided  # the year of a moment depends on the database's time zone
        return None if value is None else value.year
    raise _Undecided


def _comparable(a, b, ordered):
    """Raise _Undecided unless Python compares a and b as the database does.

    Numbers with numbers, a date with a date, a moment with a moment (both with or both without a
    time zone); text only for equality (ordering text is the collation's business), booleans likewise.
    """
    if isinstance(a, bool) or isinstance(b, bool):
        if ordered or not (isinstance(a, bool) and isinstance(b, bool)):
            raise _Undecided
        return
    if isinstance(a, _NUMBERS) and isinstance(b, _NUMBERS):
        if isinstance(a, float) and isinstance(b, Decimal) or isinstance(a, Decimal) and isinstance(b, float):
            raise _Undecided  # a float against a Decimal: the database converts one of them its own way
        return
    if isinstance(a, str) and isinstance(b, str):
        if ordered:
            raise _Undecided
        return
    for kind in (datetime.datetime, datetime.date, datetime.time):  # datetime first: it is a date too
        if isinstance(a, kind) or isinstance(b, kind):
            if not (isinstance(a, kind) and isinstance(b, kind)):
                raise _Undecided
            if kind is not datetime.date and (a.tzinfo is None) != (b.tzinfo is None):
                raise _Undecided
            return
    raise _Undecided
