"""The search's trigram indexes on PostgreSQL built anew for the folding that normalizes width (NFKC:
half-width kana, full-width digits and letters), as core/search.Folded now folds a field."""

from django.db import migrations

from ngoaivu.core.search import trigram_indexes

SEARCHED = [
    ("procedures_procedure", "code"),
    ("procedures_procedure", "name"),
    ("procedures_procedure", "search_text"),
]


class Migration(migrations.Migration):
    dependencies = [("procedures", "0011_refold_search_text")]

    operations = [trigram_indexes(SEARCHED, rebuild=True)]
