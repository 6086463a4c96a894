"""Reading a unit's uploaded report off the request (django-tasks; `ngoaivu worker` runs it): the
upload is kept at once, the page waits, and this fills the answer from what the reader finds."""

from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task

from ngoaivu.core.errors import error_text
from ngoaivu.core.models import ReadingPhrase, Unit
from ngoaivu.core.signature_checks import signature_lines
from ngoaivu.reading.reader import ReadError, read_bytes

from .models import ReadingState, Submission
from .services import from_reading, start


def queue_reading(submission):
    """Mark the kept file as being read and queue the reading (in the caller's transaction)."""
    submission.reading_state, submission.reading_message, submission.signatures = ReadingState.PENDING, "", []
    submission.save(update_fields=["reading_state", "reading_message", "signatures", "updated_at"])
    read_submission.enqueue(submission.pk)


@task()
def read_submission(submission_id: int) -> str:
    submission = Submission.objects.select_related("request__template", "unit").get(pk=submission_id)
    if submission.reading_state != ReadingState.PENDING or not submission.stored_file:
        return submission.reading_state
    with submission.stored_file.open("rb") as handle:
        data = handle.read()
    try:
        result = read_bytes(
            data,
            submission.uploaded_file,
            known_unit_codes=set(Unit.objects.values_list("code", flat=True)),
            phrases=ReadingPhrase.as_lexicon(),
        )
    except ReadError as failure:
        Submission.objects.filter(pk=submission.pk).update(
            reading_state=ReadingState.FAILED, reading_message=error_text(failure)
        )
        return ReadingState.FAILED
    signatures = signature_lines(data) if data.startswith(b"%PDF-") else []
    with transaction.atomic():
        submission = start(submission)
        figures, texts = from_reading(submission, result, submission.uploaded_file)
        submission.reading_state = ReadingState.DONE
        submission.reading_message = _(
            "Đã đọc tệp %(name)s: %(figures)s số liệu, %(texts)s mục. Kiểm tra rồi bấm «Gửi báo cáo» để xác nhận."
        ) % {"name": submission.uploaded_file, "figures": f"{figures:02d}", "texts": f"{texts:02d}"}
        submission.signatures = signatures
        submission.save(update_fields=["reading_state", "reading_message", "signatures", "updated_at"])
    return ReadingState.DONE


@task()
def remind(today: str | None = None) -> int:
    """The reminders due on today (yyyy-mm-dd, default: the worker's today), sent off the request."""
    from datetime import date

    from .reminders import send_reminders

    return send_reminders(date.fromisoformat(today) if today else None)
