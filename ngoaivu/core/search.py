"""Search by words, in any order, with or without accents, on SQLite and PostgreSQL alike.

"nong nghiep" and "nông nghiệp" find "Hợp tác Nông nghiệp"; every word must appear in one of
the fields, a term of ngoaivu.pure.search_terms as any of its equivalents ("visa" finds "thị thực"), a
Korean term at the start of a word (search_terms.term_pattern: «비자» is not in «비자금»).
The database folds each field as ngoaivu.pure.text.fold folds the query: on PostgreSQL with NORMALIZE()
to NFKC (a field written in half-width «ﾋﾞｻﾞ» or full-width «２０２４» is found by «ビザ», «2024», as fold()
makes them), TRANSLATE() and LOWER(); on SQLite with fold() itself (core/sqlite.py). The expression is that
of the trigram indexes (trigram_indexes): a change to it is a migration that builds them anew.
"""

from django.db.models import CharField, Func, Q
from django.db.models.lookups import Contains, Regex

from ngoaivu.pure.search_terms import search_terms, term_pattern
from ngoaivu.pure.text import fold_table, words

LETTERS, FOLDED = fold_table()

# The longest search a box takes, in the register's lists and the public catalogue alike: each word is one
# more condition on every searched field. Written in the address at most twelve bytes a character
# (%F0%9F%98%80), 2.400 bytes, it stays under the address the server serves (core/long_address.LONGEST_ADDRESS,
# 4.000 bytes): the box never leads to «Địa chỉ quá dài».
SEARCH_LENGTH = 200


class Folded(Func):
    """A text column in lower case, its Latin letters without diacritics."""

    output_field = CharField()

    def as_sql(self, compiler, connection, **extra_context):
        column, params = compiler.compile(self.source_expressions[0])
        return f"LOWER(TRANSLATE({_width_folded(column)}, %s, %s))", (*params, *params, *params, LETTERS, FOLDED)

    def as_sqlite(self, compiler, connection, **extra_context):
        return super().as_sql(compiler, connection, function="ngoaivu_fold", **extra_context)


def _width_folded(column):
    """column in NFKC, as fold() takes it first: a compatibility form becomes a letter TRANSLATE() knows
    («ｳﾞ» → «ヴ», «１» → «1»). A text already so, nearly every one, is not normalized again: a scan of 255.000
    titles takes 2,7 s so against 5,9 s normalizing each (2,0 s not folding width)."""
    return f"CASE WHEN {column} IS NFKC NORMALIZED THEN {column} ELSE NORMALIZE({column}, NFKC) END"


def matching(queryset, fields, query):
    """The rows of queryset where every word of query is in one of fields (folded both sides). A document
    number typed with spaces or another dash («77 /VP – HCQT») finds it also as the register spells it
    (77/VP-HCQT); the words as typed still find a text that writes it so."""
    # a models module: imported here, since search is loaded before the apps are (core/sqlite.py)
    from ngoaivu.core.legal_documents import spelled_numbers

    spelled = spelled_numbers(str(query or ""))
    if words(spelled) != words(query):
        return _all_words(queryset, fields, query) | _all_words(queryset, fields, spelled)
    return _all_words(queryset, fields, query)


def _all_words(queryset, fields, query):
    for alternatives in search_terms(query):
        condition = Q()
        for texts in alternatives:
            every = Q()
            for text in texts:
                every &= _in_one_of(fields, text)
            condition |= every
        queryset = queryset.filter(condition)
    return queryset


def _in_one_of(fields, text):
    pattern = term_pattern(text)
    condition = Q()
    for field in fields:
        condition |= Q(Regex(Folded(field), pattern) if pattern else Contains(Folded(field), text))
    return condition


def trigram_index_name(table, column):
    return f"{table}_{column}_trgm"


def trigram_indexes(columns, rebuild=False):
    """A migration operation: on PostgreSQL, a pg_trgm index on each (table, column) as Folded folds
    it, so that a search is an index lookup instead of folding every row of a national table
    (a word in no article: 6 s without, 2 ms with). SQLite has no such index and searches by scan.
    rebuild: each index dropped first, for the expression Folded writes now (an index of the one it
    wrote before is not used). Its reverse leaves the indexes as they are."""
    from django.db import migrations

    def create(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        quote = schema_editor.quote_name
        schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for table, column in columns:
            name = quote(trigram_index_name(table, column))
            if rebuild:
                schema_editor.execute(f"DROP INDEX IF EXISTS {name}")
            schema_editor.execute(
                f"CREATE INDEX IF NOT EXISTS {name} ON {quote(table)} "
                f"USING gin (lower(translate({_width_folded(quote(column))}, %s, %s)) gin_trgm_ops)",
                [LETTERS, FOLDED],
            )
        for table in sorted({table for table, _column in columns}):
            schema_editor.execute(f"ANALYZE {quote(table)}")  # the planner's statistics of the folded text

    def drop(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql" and not rebuild:
            for table, column in columns:
                schema_editor.execute(
                    f"DROP INDEX IF EXISTS {schema_editor.quote_name(trigram_index_name(table, column))}"
                )

    return migrations.RunPython(create, drop)
