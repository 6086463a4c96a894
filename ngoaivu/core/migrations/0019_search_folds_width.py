"""The search's trigram indexes on PostgreSQL built anew for the folding that normalizes width (NFKC:
half-width kana, full-width digits and letters), as core/search.Folded now folds a field."""

from django.db import migrations

from ngoaivu.core.search import trigram_indexes

SEARCHED = [
    ("core_legaldocument", "doc_type"),
    ("core_legaldocument", "issuer"),
    ("core_legaldocument", "number"),
    ("core_legaldocument", "summary"),
]


class Migration(migrations.Migration):
    dependencies = [("core", "0018_document_number_unique")]

    operations = [trigram_indexes(SEARCHED, rebuild=True)]
