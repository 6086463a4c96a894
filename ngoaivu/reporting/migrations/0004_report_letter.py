"""The letter asking for a report is `letter` everywhere: the field, and the patterns' {letter.…}."""

import json

from django.db import migrations


def _renamed(definition, old, new):
    text = json.dumps(definition, ensure_ascii=False)
    text = text.replace("{" + old + ".", "{" + new + ".").replace(f'"if": "{old}.', f'"if": "{new}.')
    text = text.replace(f'"if": "not {old}.', f'"if": "not {new}.')
    return json.loads(text)


def rename_placeholders(apps, old, new):
    for template in apps.get_model("reporting", "ReportTemplate").objects.all():
        template.definition = _renamed(template.definition, old, new)
        template.shipped_definition = _renamed(template.shipped_definition, old, new)
        template.save(update_fields=["definition", "shipped_definition"])


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0003_constraint_messages"),
    ]

    operations = [
        migrations.RenameField(model_name="historicalreport", old_name="request", new_name="letter"),
        migrations.RenameField(model_name="report", old_name="request", new_name="letter"),
        migrations.RunPython(
            lambda apps, schema_editor: rename_placeholders(apps, "request", "letter"),
            lambda apps, schema_editor: rename_placeholders(apps, "letter", "request"),
        ),
    ]
