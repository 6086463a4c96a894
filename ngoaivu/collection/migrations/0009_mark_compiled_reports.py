from django.db import migrations


def mark_compiled(apps, schema_editor):
    # The report an outgoing request compiled was written from the units' answers, not the register.
    ReportRequest = apps.get_model("collection", "ReportRequest")
    Report = apps.get_model("reporting", "Report")
    compiled = ReportRequest.objects.filter(direction="outgoing", report__isnull=False).values("report")
    Report.objects.filter(pk__in=compiled).update(compiled=True)


class Migration(migrations.Migration):
    dependencies = [
        ("collection", "0008_reading_task"),
        ("reporting", "0009_report_compiled"),
    ]

    operations = [migrations.RunPython(mark_compiled, migrations.RunPython.noop)]
