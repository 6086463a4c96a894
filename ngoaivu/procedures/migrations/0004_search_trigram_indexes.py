"""Trigram indexes for the search box on PostgreSQL (core/search.py, trigram_indexes)."""

from django.db import migrations

from ngoaivu.core.search import trigram_indexes

SEARCHED = [
    ("procedures_procedure", "code"),
    ("procedures_procedure", "name"),
    ("procedures_procedure", "search_text"),
]


class Migration(migrations.Migration):
    dependencies = [("procedures", "0003_constraint_messages")]

    operations = [trigram_indexes(SEARCHED)]
