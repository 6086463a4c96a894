"""The letter asking for a report is `letter`, as on ReportRequest. Templates written with the
old {request.…} placeholders keep working (sentences.LETTER_NAMES), so they are not rewritten."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("reporting", "0003_constraint_messages"),
    ]

    operations = [
        migrations.RenameField(model_name="historicalreport", old_name="request", new_name="letter"),
        migrations.RenameField(model_name="report", old_name="request", new_name="letter"),
    ]
