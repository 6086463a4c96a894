"""Aggregate statements compiled once per shape and run again with other arguments.

Building a report's ~170 filtered aggregates (Q objects, expressions, compiling) costs more than the
database takes to answer them. Their SQL depends only on the statement's shape (the indicators, how
many units, how many of them cut on how many days), not on the dates and ids: a shape is built once
with stand-in values, the stand-ins are found among the compiled parameters, and each later call
puts its own values in their places. The SQL and parameters are those a fresh build would give.
"""

from collections import OrderedDict
from dataclasses import dataclass
from datetime import date, timedelta
from operator import index
from threading import Lock

from django.core.exceptions import EmptyResultSet
from django.db import connections

CACHE_SIZE = 512


@dataclass(frozen=True)
class Statement:
    sql: str
    params: tuple  # (True, argument key) or (False, constant), in the SQL's order
    aliases: tuple  # the selected columns' names
    converters: dict  # {position: (functions, expression)}: Django's, of the selected columns
    using: str

    def params_for(self, arguments):
        """The parameters to send: arguments ({key: value}) in the stand-ins' places."""
        connection = connections[self.using]
        return [_adapt(connection, arguments[value]) if is_argument else value for is_argument, value in self.params]

    def rows(self, arguments, before=""):
        """[{alias: value}] of the statement run with arguments (see params_for); before: SQL
        without parameters put in front of the statement (a mapping's WITH clause)."""
        connection = connections[self.using]
        with connection.cursor() as cursor:
            cursor.execute(before + self.sql, self.params_for(arguments))
            rows = cursor.fetchall()
        return [dict(zip(self.aliases, self._converted(row, connection))) for row in rows]

    def _converted(self, row, connection):
        # As the compiler's apply_converters, with this thread's connection.
        row = list(row)
        for position, (functions, expression) in self.converters.items():
            value = row[position]
            for function in functions:
                value = function(value, expression, connection)
            row[position] = value
        return row


class Empty:
    """A statement Django knows matches no row (unit__in=[]): no query, no row."""

    sql, params = "", ()

    def params_for(self, arguments):
        return []

    def rows(self, arguments, before=""):
        return []


_cache: OrderedDict = OrderedDict()
_lock = Lock()


def prepared(key, build, arguments, splice=None):
    """The Statement of key, compiled on first use from build(values), a grouped values()
    queryset, called with stand-ins of arguments. key: the database alias and whatever of the
    shape changes the SQL, so that one key always comes with the same argument keys.
    splice(sql, queryset) may rewrite the SQL (add a join), keeping its parameters in order."""
    with _lock:
        statement = _cache.get(key)
        if statement is not None:
            _cache.move_to_end(key)
            return statement
    statement = compile_statement(build, arguments, splice)
    with _lock:
        _cache[key] = statement
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)
    return statement


def compile_statement(build, arguments, splice=None, stand_ins=True):
    """A Statement from build; stand_ins=False compiles with the values themselves, every parameter
    a constant: a fresh build, which tests compare with the reused one."""
    if not stand_ins:
        return _compiled(build, arguments, splice, {})
    # Two sets of stand-ins: a constant of the statement equal to one of them would give two
    # different statements, where it would otherwise be taken for an argument.
    first, second = (_compiled(build, stand_ins_for(arguments, offset), splice) for offset in (0, 1))
    if (first.sql, first.params) != (second.sql, second.params):
        raise ValueError("A constant of the statement equals a stand-in: choose others in stand_ins_for")
    return first


def _compiled(build, values, splice, places=None):
    queryset = build(values)
    connection = connections[queryset.db]
    compiler = queryset.query.get_compiler(queryset.db)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return Empty()
    if splice is not None:
        sql = splice(sql, queryset)
    if places is None:
        places = {_adapt(connection, value): key for key, value in values.items()}
    template = tuple((True, places[param]) if _is_stand_in(param, places) else (False, param) for param in params)
    fields = [column[0] for column in compiler.select]
    return Statement(
        sql=sql,
        params=template,
        aliases=tuple(column[2] for column in compiler.select),
        converters=compiler.get_converters(fields),
        using=queryset.db,
    )


def stand_ins_for(arguments, offset=0):
    """{key: a value of the same type found nowhere else in the statement}. A key ending in "year"
    gets a small number, which integer lookups on a year column accept (they turn a number out of
    the column's range into an empty result); other numbers (ids) get large ones; dates, days of
    the year 1. offset gives another set."""
    stand_ins, counts = {}, {"date": 0, "year": 0, "number": 0}
    for key, value in arguments.items():
        kind = "date" if isinstance(value, date) else "year" if key[-1] == "year" else "number"
        count, counts[kind] = counts[kind], counts[kind] + 1
        if kind == "date":
            stand_ins[key] = date(1 + 50 * offset, 1, 1) + timedelta(days=count)
        elif kind == "year":
            stand_ins[key] = 29000 + 1500 * offset + count
        else:
            stand_ins[key] = 1_000_000_000 * (1 + offset) + count
    if counts["year"] > 1500:  # a small-integer column holds up to 32,767
        raise ValueError("Too many year arguments for their stand-ins")
    return stand_ins


def _is_stand_in(param, places):
    try:
        return param in places and not isinstance(param, bool)
    except TypeError:  # an unhashable parameter (a list) is a constant
        return False


def _adapt(connection, value):
    """A value as the compiler passes it: dates as text on SQLite."""
    if isinstance(value, date):
        return connection.ops.adapt_datefield_value(value)
    return value


def joined(model, using, name, column):
    """splice(sql, queryset) that joins the mapping name (see mapping) to a statement of model, its
    column the row's unit."""
    quote = connections[using].ops.quote_name
    table, unit = quote(model._meta.db_table), quote(model._meta.get_field("unit").column)

    def splice(sql, queryset):
        source = f" FROM {table}"
        if sql.count(source) != 1:
            raise ValueError(f"Cannot join the mapping into: {sql[:200]}")
        return sql.replace(
            source, f"{source} INNER JOIN {quote(name)} ON ({quote(name)}.{quote(column)} = {table}.{unit})"
        )

    return splice


def mapping(using, name, columns, rows):
    """The WITH clause of a mapping (a VALUES list) named name, of rows of numbers, dates and
    NULLs. The values are written out, not sent as parameters: psycopg's client-side binding of
    some thousand parameters costs PostgreSQL more than the grouped statement's smaller tables."""
    connection = connections[using]
    quote = connection.ops.quote_name

    def literal(value):
        if value is None:
            return "NULL"
        if isinstance(value, date):
            text = f"'{value.isoformat()}'"  # SQLite keeps dates as this text
            return text if connection.vendor == "sqlite" else f"DATE {text}"
        return str(index(value))  # ids and numbers only: index() refuses text and fractions

    values = ", ".join("(" + ", ".join(map(literal, row)) + ")" for row in rows)
    return f"WITH {quote(name)} ({', '.join(map(quote, columns))}) AS (VALUES {values}) "


def clear():
    with _lock:
        _cache.clear()
