"""The answers' texts of the section repeated for each country reported apart (outlines/partners.py).

The answer form offered that section once, unnumbered and naming no country, keyed by its place in the
template ("I." in the general report, "I.2.d" in the review): no report section has that key, so what a
unit wrote there reached neither the compilation nor the compiled report. The form now offers one section
per country, keyed as the report keys it ("I.partner_countries-LA", "I.2.d-LA": drafting.expanded). A text
stored under the old key moves to the first country's section (Laos in the seeds: the only one there was
when the form named none), after what the unit wrote there itself; with no country reported apart it stays
where it is."""

from django.db import migrations

from ngoaivu.reporting.drafting import expanded, section_key


def moves(specs, codes, parent=""):
    """{old key: new key} of the sections of specs repeated for each country reported apart."""
    found = {}
    rows = [{"code": code} for code in codes]
    first = {}
    for spec, key, _number, row in expanded(specs, lambda name: rows if name == "partner_countries" else [], parent):
        if row is not None:
            first.setdefault(section_key(parent, spec.get("number", "")), key)
        elif isinstance(spec, dict):
            found.update(moves(spec.get("children") or [], codes, key))
    return found | first


def move_texts(apps, schema_editor):
    Submission = apps.get_model("collection", "Submission")
    PartnerLocality = apps.get_model("core", "PartnerLocality")
    codes = sorted(set(PartnerLocality.objects.filter(reported_apart=True).values_list("country", flat=True)))
    if not codes:
        return
    by_template = {}
    for submission in Submission.objects.select_related("request__template").iterator():
        texts = dict(submission.texts or {})
        template = submission.request.template
        if template.pk not in by_template:
            by_template[template.pk] = moves((template.definition or {}).get("sections") or [], codes)
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
            Submission.objects.filter(pk=submission.pk).update(texts=texts, sources=sources)


class Migration(migrations.Migration):
    dependencies = [
        ("collection", "0011_submission_first_submitted_at"),
        ("core", "0015_partner_locality_reported_apart"),
        ("reporting", "0009_report_compiled"),
    ]

    operations = [migrations.RunPython(move_texts, migrations.RunPython.noop)]
