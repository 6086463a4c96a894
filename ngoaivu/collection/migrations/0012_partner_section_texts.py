"""The answers' texts of the section repeated for each country reported apart (outlines/partners.py).

The answer form offered that section once, unnumbered and naming no country, keyed by its place in the
template ("I." in the general report, "I.2.d" in the review): no report section has that key, so what a
unit wrote there reached neither the compilation nor the compiled report. The form now offers one section
per country, keyed as the report keys it ("I.partner_countries-LA", "I.2.d-LA": drafting.expanded). A text
stored under the old key moves to one country's section: Laos's when Laos is reported apart (the only
country there was when the form named none), else the first by code; after what the unit wrote there itself;
with no country reported apart it stays where it is. The answer's version rises, so that a form opened before
(its box under the old key, none under the new) cannot save over the moved text (services.save_answer).

The key rule is copied here as it stands at this migration (reporting.drafting.section_key and expanded),
so that later changes to the report's keys cannot change what this migration did."""

from django.db import migrations
from django.db.models import F

COUNTRIES = "partner_countries"  # the list whose rows a section is repeated for ("each")
PREFERRED = "LA"  # Laos


def _key(parent, number):
    """A section's key: its numbers from the top, "I.2.d" (drafting.section_key, frozen at this migration)."""
    return f"{parent}.{number}" if parent else number


def moves(specs, code, parent=""):
    """{old key: new key}: each section of specs repeated for each country reported apart, from its key by
    its place ("I.", "I.2.d") to its key for country code ("I.partner_countries-LA", "I.2.d-LA"), as
    drafting.expanded keyed them at this migration."""
    found = {}
    for spec in specs:
        number = spec.get("number", "")
        if "each" not in spec:
            found.update(moves(spec.get("children") or [], code, _key(parent, number)))
        elif spec["each"] == COUNTRIES:
            found.setdefault(_key(parent, number), _key(parent, f"{number or spec['each']}-{code}"))
    return found


def move_texts(apps, schema_editor):
    Submission = apps.get_model("collection", "Submission")
    PartnerLocality = apps.get_model("core", "PartnerLocality")
    codes = sorted(set(PartnerLocality.objects.filter(reported_apart=True).values_list("country", flat=True)))
    if not codes:
        return
    code = PREFERRED if PREFERRED in codes else codes[0]
    by_template = {}
    for submission in Submission.objects.select_related("request__template").iterator():
        texts = dict(submission.texts or {})
        template = submission.request.template
        if template.pk not in by_template:
            by_template[template.pk] = moves((template.definition or {}).get("sections") or [], code)
        changed = False
        for old, new in by_template[template.pk].items():
            if old not in texts:
                continue
            text, changed = (texts.pop(old) or "").strip(), True
            there = (texts.get(new) or "").strip()
            drafted = ((submission.sources or {}).get("drafted") or {}).get(new) or ""
            if text:
                texts[new] = f"{there}\n\n{text}" if there and there != drafted.strip() else text
        if changed:
            sources = dict(submission.sources or {})
            if sources.get("file_sections"):
                renamed = by_template[template.pk]
                sources["file_sections"] = sorted({renamed.get(key, key) for key in sources["file_sections"]})
            Submission.objects.filter(pk=submission.pk).update(texts=texts, sources=sources, version=F("version") + 1)


class Migration(migrations.Migration):
    dependencies = [
        ("collection", "0011_submission_first_submitted_at"),
        ("core", "0015_partner_locality_reported_apart"),
        ("reporting", "0009_report_compiled"),
    ]

    operations = [migrations.RunPython(move_texts, migrations.RunPython.noop)]
