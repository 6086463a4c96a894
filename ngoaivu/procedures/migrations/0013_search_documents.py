"""The stored search texts written anew as a public search now reads a procedure (texts.SEARCHED): its
required documents too («Hộ chiếu» finds the visa's procedure), each text on its own lines. A derived
column: no version, no history entry. The trigram index of procedures' search_text (0004, 0012) indexes
the column as Folded folds it, whatever it holds: PostgreSQL updates it with the rows."""

from django.db import migrations

from ngoaivu.pure.text import fold

BATCH = 500
# texts.SEARCHED and texts.searched_text as this migration writes them, whatever they become later.
SEARCHED = ["name", "field", "agency", "documents"]


def _text(texts, *before):
    parts = [*before, *(texts.get(name) or "" for name in SEARCHED)]
    return fold("\n".join(part for part in parts if part))


def rewrite(apps, schema_editor):
    procedures = apps.get_model("procedures", "Procedure")
    translations = apps.get_model("procedures", "Translation")
    changed = []
    for row in procedures.objects.only("code", "search_text", *SEARCHED).iterator(BATCH):
        text = _text({name: getattr(row, name) for name in SEARCHED}, row.code)
        if text != row.search_text:
            row.search_text = text
            changed.append(row)
    procedures.objects.bulk_update(changed, ["search_text"], batch_size=BATCH)
    changed = []
    for row in translations.objects.only("search_text", "published_text", *SEARCHED).iterator(BATCH):
        text = _text({name: getattr(row, name) for name in SEARCHED})
        kept = row.published_text
        kept_text = None if kept is None else _text(kept)
        if text != row.search_text or (kept is not None and kept_text != kept.get("search_text")):
            row.search_text = text
            if kept is not None:
                row.published_text = {**kept, "search_text": kept_text}
            changed.append(row)
    translations.objects.bulk_update(changed, ["search_text", "published_text"], batch_size=BATCH)


class Migration(migrations.Migration):
    dependencies = [("procedures", "0012_search_folds_width")]

    operations = [migrations.RunPython(rewrite, migrations.RunPython.noop)]
