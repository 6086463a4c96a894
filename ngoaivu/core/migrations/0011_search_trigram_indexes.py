"""Trigram indexes for the search box on PostgreSQL (core/search.py, trigram_indexes)."""

from django.db import migrations

from ngoaivu.core.search import trigram_indexes

SEARCHED = [
    ("core_legaldocument", "doc_type"),
    ("core_legaldocument", "issuer"),
    ("core_legaldocument", "number"),
    ("core_legaldocument", "summary"),
]


class Migration(migrations.Migration):
    dependencies = [("core", "0010_stored_files")]

    operations = [trigram_indexes(SEARCHED)]
