"""A long list (Area.sorted_by_index: hundreds of thousands of rows in the national register) sorts only by
a column an index (column, id) orders, either way, so that its first page and a deep one read down the index
and never sort the table; a choice or the unit, which no such index orders, is filtered instead."""

import pytest
from django.db import connection, transaction

from ngoaivu.core.keyset import keyset_page
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.views import visible_rows
from ngoaivu.register.views_list import ListOrder, ordered
from tests.register.rows import make_row
from tests.register.test_list_sorting import heading_query

# The areas of 300 rows or more per province and year in bench/generate.py: 51.000 to 255.000 rows nationally.
LONG = ["tin-bai", "doan-vao", "nguoi-nuoc-ngoai", "doan-ra", "lanh-su", "abtc", "le-tan"]


def test_the_longest_lists_are_sorted_by_index():
    assert {slug for slug, area in AREAS.items() if getattr(area, "sorted_by_index", False)} == set(LONG)


def test_a_long_list_has_no_heading_to_sort_by_a_choice_or_the_unit(client_for, units):
    make_row("tin-bai", units["sngv"])
    client, url = client_for("officer"), "/so-theo-doi/tin-bai/"
    page = client.get(url)
    assert heading_query(page, "Tiêu đề") == "sort=title"
    assert heading_query(page, "Ngôn ngữ") is None and heading_query(page, "Đơn vị") is None
    refused = client.get(url, {"sort": "-language"}).content.decode()
    assert "Không sắp xếp được theo «-language»" in refused
    assert "Không sắp xếp được" in client.get(url, {"sort": "unit"}).content.decode()


def _page_queries(area, user, column, descending):
    """[(sql, params)] of the list's first page and of the page after its first row, one row a page."""
    rows = visible_rows(area, user).select_related(*area.related_fields())
    queryset, keys = ordered(area, rows, ListOrder(column, descending))
    sent = []

    def capture(execute, sql, params, many, context):
        sent.append((sql, params))
        return execute(sql, params, many, context)

    with connection.execute_wrapper(capture):
        first = keyset_page(queryset, 1, keys=keys)
        keyset_page(queryset, 1, after=first.next_token, keys=keys)
    assert len(sent) == 2
    return sent


def _plan(sql, params):
    """The query's plan, and whether the database sorts its rows (PostgreSQL told to avoid any sort it can:
    one remains only where no index gives the order)."""
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = " / ".join(str(row[-1]) for row in cursor.fetchall())
            return plan, "TEMP B-TREE" in plan
        with transaction.atomic():
            cursor.execute("SET LOCAL enable_sort = off")
            cursor.execute("EXPLAIN " + sql, params)
            plan = " / ".join(str(row[0]) for row in cursor.fetchall())
        return plan, "Sort" in plan


@pytest.mark.parametrize("slug", LONG)
def test_each_sorted_page_of_a_long_list_reads_down_an_index(users, units, slug):
    area = AREAS[slug]
    for unit in ("sngv", "vp", "dh"):
        make_row(slug, units[unit])
    assert area.sortable_columns()
    for column in area.sortable_columns():
        for descending in (False, True):
            for sql, params in _page_queries(area, users["officer"], column, descending):
                plan, sorts = _plan(sql, params)
                assert not sorts, (column, descending, plan)


def test_postgresql_seeks_a_deep_page_of_a_column_of_one_value_to_its_row(users, units):
    """Every row with one title (as an «nơi đăng» left as offered): the page after a row starts at that row,
    the position compared as a row value down (title, id), not read through from the title's first row."""
    if connection.vendor != "postgresql":
        pytest.skip("row values sought down an index are PostgreSQL's; the suite runs again on PostgreSQL")
    area = AREAS["tin-bai"]
    for unit in ("sngv", "vp", "dh"):
        make_row("tin-bai", units[unit]).__class__.objects.update(title="Tin đối ngoại")
    for descending in (False, True):
        _first, (sql, params) = _page_queries(area, users["officer"], "title", descending)
        plan, sorts = _plan(sql, params)
        filters = [line for line in plan.split(" / ") if line.strip().startswith("Filter:")]  # not Join Filter
        assert not sorts and "Index Cond: (ROW(" in plan and not filters, plan
