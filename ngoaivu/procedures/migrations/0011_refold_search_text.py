"""The stored search texts folded again as pure.text.fold folds a search now: a Japanese voicing mark kept
(«ビザ» was stored «ヒサ», and «ピザ» found it), a Korean syllable kept whole (it was stored as its jamo),
a half-width or full-width letter in its usual width. A derived column: no version, no history entry."""

from django.db import migrations

from ngoaivu.pure.text import fold

BATCH = 500


def refold(apps, schema_editor):
    procedures = apps.get_model("procedures", "Procedure")
    translations = apps.get_model("procedures", "Translation")
    changed = []
    for row in procedures.objects.only("code", "name", "field", "agency", "search_text").iterator(BATCH):
        text = fold(" ".join([row.code, row.name, row.field, row.agency]))
        if text != row.search_text:
            row.search_text = text
            changed.append(row)
    procedures.objects.bulk_update(changed, ["search_text"], batch_size=BATCH)
    changed = []
    fields = ("name", "field", "agency", "search_text", "published_text")
    for row in translations.objects.only(*fields).iterator(BATCH):
        text = fold(" ".join([row.name, row.field, row.agency]))
        kept = row.published_text
        kept_text = None if kept is None else fold(" ".join(kept.get(name) or "" for name in ("name", "field", "agency")))
        if text != row.search_text or (kept is not None and kept_text != kept.get("search_text")):
            row.search_text = text
            if kept is not None:
                row.published_text = {**kept, "search_text": kept_text}
            changed.append(row)
    translations.objects.bulk_update(changed, ["search_text", "published_text"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("procedures", "0010_field_labels")]

    operations = [migrations.RunPython(refold, migrations.RunPython.noop)]
