"""Background tasks of the register (django-tasks; `ngoaivu worker` runs them). Not to be confused
with models/tasks.py, the tasks assigned to units (AssignedTask)."""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.core.files.base import ContentFile
from django_tasks import task

from ngoaivu.core.background import enqueue_after_commit
from ngoaivu.core.models import ReadingPhrase, Unit
from ngoaivu.pure.messages import gettext_noop
from ngoaivu.core.signature_checks import signature_lines
from ngoaivu.reading.reader import ReadError, read_bytes

from .models import ReportReading

# A user's earlier readings are dropped with their files when a new one starts, but only those
# older than KEEP_DAYS and beyond the KEEP_PER_USER latest read (failed readings do not count): an
# officer may still be creating rows from a reading of last week, whatever they uploaded since.
KEEP_PER_USER = 20
KEEP_DAYS = 30


def drop_old_readings(user):
    """Delete the user's readings (and files) that are older than KEEP_DAYS and not among the
    KEEP_PER_USER latest that did not fail."""
    cutoff = timezone.now() - timedelta(days=KEEP_DAYS)
    latest = (
        ReportReading.objects.filter(user=user)
        .exclude(state=ReportReading.State.FAILED)
        .order_by("-created_at")
        .values_list("pk", flat=True)[:KEEP_PER_USER]
    )
    for old in ReportReading.objects.filter(user=user, created_at__lt=cutoff).exclude(pk__in=list(latest)):
        old.file.delete(save=False)
        old.delete()


def start_reading(user, file_name, data, unit_id=None):
    """Keep the uploaded report and queue its reading; the page waits for it."""
    with transaction.atomic():
        reading = ReportReading(user=user, file_name=file_name[:255], unit_id=unit_id)
        reading.file.save(f"bao-cao-{user.pk}.bin", ContentFile(data), save=False)
        reading.save()
        drop_old_readings(user)
        enqueue_after_commit(read_report_upload, reading.pk)
    return reading


def read_received(data, file_name):
    """(what the reader finds, the signature lines of a PDF) of a report a unit sent."""
    result = read_bytes(
        data,
        file_name,
        known_unit_codes=set(Unit.objects.values_list("code", flat=True)),
        phrases=ReadingPhrase.as_lexicon(),
    )
    return result, signature_lines(data) if data.startswith(b"%PDF-") else []


@task()
def read_report_upload(reading_id: int) -> str:
    reading = ReportReading.objects.get(pk=reading_id)
    if reading.state != ReportReading.State.PENDING:
        return reading.state
    with reading.file.open("rb") as handle:
        data = handle.read()
    try:
        result, signatures = read_received(data, reading.file_name)
    except Exception as failure:  # noqa: BLE001 — whatever stops the reading, the page must stop waiting
        reading.state = ReportReading.State.FAILED
        if isinstance(failure, ReadError):
            reading.error = {"message": failure.message, "params": {k: str(v) for k, v in failure.params.items()}}
        else:
            reading.error = {
                "message": gettext_noop("Không đọc được tệp (lỗi %(error)s)."),
                "params": {"error": type(failure).__name__},
            }
        reading.save(update_fields=["state", "error"])
        return reading.state
    reading.signatures = signatures
    reading.result, reading.state = result, ReportReading.State.DONE
    reading.save(update_fields=["result", "state", "signatures"])
    return reading.state
