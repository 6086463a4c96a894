"""Search by words, in any order, with or without accents, on SQLite and PostgreSQL alike.

"nong nghiep" and "nông nghiệp" find "Hợp tác Nông nghiệp"; every word must appear in one of
the fields. The database folds each field as ngoaivu.pure.text.fold folds the query: on
PostgreSQL with TRANSLATE() and LOWER(), on SQLite with fold() itself (core/sqlite.py).
"""

from django.db.models import CharField, Func, Q, Value
from django.db.models.functions import Lower
from django.db.models.lookups import Contains

from ngoaivu.pure.text import fold_table, words

LETTERS, FOLDED = fold_table()


class Folded(Func):
    """A text column in lower case without diacritics."""

    output_field = CharField()

    def as_sql(self, compiler, connection, **extra_context):
        translated = Func(*self.source_expressions, Value(LETTERS), Value(FOLDED), function="TRANSLATE")
        return Lower(translated, output_field=CharField()).as_sql(compiler, connection, **extra_context)

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="ngoaivu_fold", **extra_context)


def matching(queryset, fields, query):
    """The rows of queryset where every word of query is in one of fields (folded both sides)."""
    for word in words(query):
        condition = Q()
        for field in fields:
            condition |= Q(Contains(Folded(field), word))
        queryset = queryset.filter(condition)
    return queryset
