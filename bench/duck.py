"""The same indicators computed by DuckDB over the register exported to Parquet.

Each register table is exported once, with the columns the catalogue reads and the province
whose territory held the row's unit on the report's last day: the province above the unit, or,
when that province had merged into another by then, the one it merged into (again and again).
The SQL is written here from the catalogue, independently of the engine, so that equal figures
check the benchmark as well as the engine.
"""

import time
from collections import defaultdict
from datetime import date
from decimal import Decimal

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
from django.apps import apps

from common import by_model, columns
from ngoaivu.core.models import Succession, Unit
from ngoaivu.register.counting import WINDOWS, windows
from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import CATALOGUE

ARROW_TYPES = {"DateField": pa.date32(), "CharField": pa.string(), "DecimalField": pa.int64()}
OPERATORS = {"gt": ">", "gte": ">=", "lt": "<", "lte": "<="}


def provinces_of_units(as_of):
    """{unit id: province id} on as_of, from the units' parents and the successions carrying records
    (whole ones, as the benchmark's mergers are), not from core/lineage: equal figures check it too."""
    parents = {pk: (parent, kind) for pk, parent, kind in Unit.objects.values_list("pk", "parent_id", "kind")}
    merged_into = dict(
        Succession.objects.filter(carries_records=True, effective_on__lte=as_of).values_list(
            "predecessor_id", "successor_id"
        )
    )

    def province(pk):
        while pk is not None and parents[pk][1] != "province":
            pk = parents[pk][0]
        return pk

    def territory(pk):
        pk, seen = province(pk), set()
        while pk in merged_into and pk not in seen:
            seen.add(pk)
            pk = province(merged_into[pk])
        return pk

    return {pk: territory(pk) for pk in parents}


def export(folder, as_of):
    """Write one Parquet file per register model, each row with its unit's province on as_of;
    returns {model label: path}."""
    folder.mkdir(parents=True, exist_ok=True)
    province_of, paths = provinces_of_units(as_of), {}
    for label, indicators in by_model().items():
        model, fields = apps.get_model(label), columns(indicators)
        rows = list(model._default_manager.values_list("unit_id", *fields))
        data = {"province_id": pa.array([province_of.get(row[0]) for row in rows], pa.int64())}
        for index, name in enumerate(fields, 1):
            kind = model._meta.get_field(name).get_internal_type()
            values = [int(row[index]) if isinstance(row[index], Decimal) else row[index] for row in rows]
            data[name] = pa.array(values, ARROW_TYPES.get(kind, pa.int64()))
        paths[label] = folder / f"{model._meta.db_table}.parquet"
        pq.write_table(pa.table(data), paths[label])
    return paths


def literal(value):
    if isinstance(value, str):
        return "'" + value.replace("'", "''") + "'"
    if isinstance(value, date):
        return f"DATE '{value.isoformat()}'"
    return str(int(value))


def lookup(key, value):
    """One Django lookup of an indicator's condition as SQL: status, status__in, foreign_participants__gt."""
    name, _sep, operator = key.partition("__")
    if not operator:
        return f"{name} = {literal(value)}"
    if operator == "in":
        return f"{name} IN ({', '.join(literal(item) for item in value)})"
    return f"{name} {OPERATORS[operator]} {literal(value)}"


def in_window(indicator, window, stock_window):
    if indicator.year_field:
        return f"{indicator.year_field} = {window.year}"
    if indicator.date_field is None:
        return "TRUE"
    if indicator.is_stock:
        day, end = literal(stock_window.end), indicator.stock_end_field
        return f"{indicator.date_field} <= {day} AND ({end} IS NULL OR {end} > {day})"
    return f"{indicator.date_field} BETWEEN {literal(window.start)} AND {literal(window.end)}"


def aggregate(measure, condition):
    if measure.field is None:
        return f"count(*) FILTER (WHERE {condition})"
    if measure.distinct:
        return f"count(DISTINCT {measure.field}) FILTER (WHERE {condition})"
    return f"sum({measure.field}) FILTER (WHERE {condition})"


def statement(path, indicators, period, one_province):
    """(SQL, [(code, measure, window)] in the order of its columns after province_id)."""
    spans, select, keys = windows(period), [], []
    for indicator in indicators:
        for name, window in spans.items():
            stock_window = spans["last_year"] if name.startswith("last_year") else period
            parts = [lookup(key, value) for key, value in indicator.condition.items()]
            parts.append(in_window(indicator, window, stock_window))
            condition = " AND ".join(f"({part})" for part in parts)
            for measure in indicator.measures:
                select.append(aggregate(measure, condition))
                keys.append((indicator.code, measure.name, name))
    where = "WHERE province_id = $province" if one_province else "WHERE province_id IS NOT NULL"
    sql = f"SELECT province_id, {', '.join(select)} FROM read_parquet('{path}') {where} GROUP BY province_id"
    return sql, keys


class DuckReport:
    def __init__(self, paths, period):
        self.connection = duckdb.connect()
        grouped = by_model()
        self.one = [statement(paths[label], grouped[label], period, True) for label in paths]
        self.all = [statement(paths[label], grouped[label], period, False) for label in paths]

    def _collect(self, statements, params=None):
        values = defaultdict(dict)  # {province: {(code, measure, window): number}}
        for sql, keys in statements:
            for row in self.connection.execute(sql, params).fetchall():
                values[row[0]].update(zip(keys, (int(value or 0) for value in row[1:])))
        return values

    def province(self, province_id):
        return figures(self._collect(self.one, {"province": province_id}).get(province_id, {}))

    def all_provinces(self):
        return {province: figures(values) for province, values in self._collect(self.all).items()}


def figures(values):
    """{(code, measure, window): n} as the engine's {code: {measure: Figure}}."""
    result = {}
    for indicator in CATALOGUE:
        result[indicator.code] = {
            measure.name: Figure(*(values.get((indicator.code, measure.name, w), 0) for w in WINDOWS))
            for measure in indicator.measures
        }
    return result


def first_difference(ours, theirs):
    for code, measures in ours.items():
        for name, figure in measures.items():
            other = theirs.get(code, {}).get(name)
            if figure != other:
                return f"{code}.{name}: ours {figure}, DuckDB {other}"
    return None


def timed(function, *args):
    started = time.perf_counter()
    result = function(*args)
    return result, time.perf_counter() - started
