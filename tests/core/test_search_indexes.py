"""On PostgreSQL every field of the search box has a trigram index on its folded text, and a search
uses it: without one, a word searched over a national table folds every row (6 s for a word in no
article of 255.000). SQLite searches by scan and has none."""

import pytest
from django.db import connection

from ngoaivu.core.search import matching, trigram_index_name
from ngoaivu.register.area_registry import AREAS

pytestmark = pytest.mark.django_db

SEARCHED = sorted(
    {
        (area.model, name)
        for area in (AREAS.values() if isinstance(AREAS, dict) else AREAS)
        for name in area.search_fields
    },
    key=lambda pair: (pair[0]._meta.db_table, pair[1]),
)


def postgresql_only():
    if connection.vendor != "postgresql":
        pytest.skip("trigram indexes are PostgreSQL's; the suite runs again on PostgreSQL")


def test_every_searched_field_has_its_trigram_index():
    postgresql_only()
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE '%%_trgm'")
        indexes = dict(cursor.fetchall())
    for model, name in SEARCHED:
        column = model._meta.get_field(name).column
        definition = indexes.get(trigram_index_name(model._meta.db_table, column), "")
        # the expression Folded writes: width folded (NFKC), then letters, then case
        assert "gin_trgm_ops" in definition and "nfkc normalized" in definition.lower(), (model._meta.label, name)


@pytest.mark.parametrize("model, name", SEARCHED, ids=lambda value: getattr(value, "__name__", value))
def test_a_search_can_use_the_index(model, name):
    """The index's expression is the one the search writes, so the planner may use it (made to here)."""
    postgresql_only()
    index = trigram_index_name(model._meta.db_table, model._meta.get_field(name).column)
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
        plan = matching(model._default_manager.all(), [name], "hop tac").explain()
    assert index in plan, plan
