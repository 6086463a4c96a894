"""A translation counts as published in the period it was first published: a correction republished later
neither counts it again nor moves it, so a past period's figure and its comparison never change."""

import datetime
import importlib

from django.apps import apps

from ngoaivu.procedures.models import Procedure, Translation
from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate
from tests.procedures.conftest import opened

MISSING, DRAFT, PUBLISHED = Translation.Status.MISSING, Translation.Status.DRAFT, Translation.Status.PUBLISHED
TEXT = {"name": "Issuance of a work permit", "field": "Employment", "fees": "VND 600,000"}
MARCH = datetime.date(2026, 3, 10)
INDICATORS = ["procedures_published", "procedures_translated"]


def post(client, item, status, **text):
    return client.post(f"/thu-tuc/{item.pk}/en/", {**opened(item), **TEXT, **text, "status": status}, follow=True)


def counts(period):
    figures = evaluate(INDICATORS, parse(period), None)
    return figures["procedures_published"]["procedures"].period, figures["procedures_translated"]["count"].period


def test_a_correction_republished_in_november_stays_counted_in_march_only(client_for, procedure, clock):
    clock(2026, 3, 10)
    item = procedure()
    post(client_for("officer"), item, DRAFT)
    post(client_for("admin"), item, PUBLISHED)
    clock(2026, 11, 5)
    post(client_for("officer"), item, PUBLISHED, fees="VND 900,000")  # back to a draft, March's text kept
    assert counts("2026-03") == (1, 1)
    clock(2026, 11, 20)
    page = post(client_for("admin"), item, PUBLISHED, fees="VND 900,000").content.decode()
    row = Translation.objects.get()
    assert (row.status, row.published_on, row.first_published_on) == (PUBLISHED, datetime.date(2026, 11, 20), MARCH)
    assert counts("2026-03") == (1, 1) and counts("2026-11") == (0, 0) and counts("2026") == (1, 1)
    assert "Công bố lần đầu: 10/03/2026" in page


def test_the_first_publication_date_never_changes(procedure, clock):
    clock(2026, 3, 10)
    item = procedure(translations={"en": (PUBLISHED, "Work permit")})
    row = Translation.objects.get()
    assert row.first_published_on == MARCH
    clock(2026, 11, 20)
    stale = Translation.objects.get()
    stale.first_published_on = datetime.date(2026, 11, 20)  # a stale copy or a script cannot move it
    stale.save()
    for status in (DRAFT, PUBLISHED, MISSING):  # a revision, a republication, a withdrawal
        row.refresh_from_db()
        row.status = status
        row.save()
        row.refresh_from_db()
        assert row.first_published_on == MARCH
    # Withdrawn («Chưa dịch»), it was still published in March: March's reports said so.
    assert counts("2026-03") == (1, 1)
    row.status = PUBLISHED
    row.save()
    item.refresh_from_db()
    item.fees = "900.000 đồng"
    Procedure.save(item)  # a change of the Vietnamese sends it back to a draft
    row.refresh_from_db()
    assert (row.status, row.first_published_on) == (DRAFT, MARCH)


def test_the_migration_takes_the_earliest_publication_known(procedure, clock):
    migration = importlib.import_module("ngoaivu.procedures.migrations.0009_translation_first_published_on")
    clock(2026, 11, 20)
    procedure(translations={"en": (PUBLISHED, "Work permit"), "zh": (DRAFT, "b"), "ko": (DRAFT, "c")})
    kept = {**{name: "" for name in ("name", "field", "agency", "processing_time", "shortened_time")}}
    kept |= {name: "" for name in ("fees", "documents", "steps", "legal_basis")}
    Translation.objects.filter(language="zh").update(
        published_text={**kept, "published_on": "2026-03-10", "search_text": ""}
    )
    english = Translation.objects.get(language="en")
    english.history.filter(status=PUBLISHED).update(published_on=MARCH)  # published in March, republished since
    Translation.objects.update(first_published_on=None)
    migration.fill_first_published_on(apps, None)
    dates = dict(Translation.objects.values_list("language", "first_published_on"))
    assert dates == {"en": MARCH, "zh": MARCH, "ko": None}
