"""Reading a unit's uploaded report off the request (django-tasks; `ngoaivu worker` runs it): the
upload is kept at once, the page waits, and this fills the answer from what the reader finds."""

from django.db import transaction
from django.utils.translation import gettext as _
from django_tasks import task

from ngoaivu.core.background import enqueue_after_commit
from ngoaivu.core.errors import error_text
from ngoaivu.pure.wording import format_count
from ngoaivu.reading.reader import ReadError
from ngoaivu.register.tasks import read_received

from .models import ReadingState, Submission
from .services import start
from .uploaded import from_reading


def queue_reading(submission):
    """Mark the kept file as being read and queue its reading, named by the stored file: a reading
    of an earlier upload that ends after a new one never writes over it."""
    submission.reading_state, submission.reading_message, submission.signatures = ReadingState.PENDING, "", []
    submission.save(update_fields=["reading_state", "reading_message", "signatures", "updated_at"])
    enqueue_after_commit(read_submission, submission.pk, submission.stored_file.name)


def reading_failure(failure):
    """Why a reading failed, for the user: the reader's own message, else the kind of error."""
    if isinstance(failure, ReadError):
        return error_text(failure)
    return _("Không đọc được tệp (lỗi %(error)s).") % {"error": type(failure).__name__}


def _still_waiting(submission_id, file_name):
    """The submission, locked, if this reading is still the one it waits for; else None."""
    submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
    if (
        submission is None
        or submission.reading_state != ReadingState.PENDING
        or submission.stored_file.name != file_name
    ):
        return None
    return submission


@task()
def read_submission(submission_id: int, file_name: str) -> str:
    submission = Submission.objects.select_related("request__template", "unit").get(pk=submission_id)
    if submission.reading_state != ReadingState.PENDING or submission.stored_file.name != file_name:
        return "superseded"
    with submission.stored_file.open("rb") as handle:
        data = handle.read()
    try:
        result, signatures = read_received(data, submission.uploaded_file)
    except Exception as failure:  # noqa: BLE001 — whatever stops the reading, the page must stop waiting
        message = reading_failure(failure)
        with transaction.atomic():
            if (waiting := _still_waiting(submission_id, file_name)) is not None:
                waiting.reading_state, waiting.reading_message = ReadingState.FAILED, message
                # The last file's figures went with it: none is offered quoting a file no longer kept.
                waiting.sources = {**(waiting.sources or {}), "figures": {}, "warnings": []}
                waiting.save(update_fields=["reading_state", "reading_message", "sources", "updated_at"])
        return ReadingState.FAILED
    with transaction.atomic():
        submission = _still_waiting(submission_id, file_name)
        if submission is None:
            return "superseded"
        if not submission.is_pending:  # sent while its file was being read: the answer as sent stays
            submission.reading_state = ReadingState.DONE
            submission.reading_message = _(
                "Báo cáo đã được gửi trước khi đọc xong tệp; số liệu đọc được không đưa vào."
            )
        else:
            submission = start(submission)
            figures, texts, kept, replaced = from_reading(submission, result, submission.uploaded_file)
            submission.reading_state = ReadingState.DONE
            submission.reading_message = _("Đã đọc tệp %(name)s: %(figures)s số liệu, %(texts)s mục.") % {
                "name": submission.uploaded_file,
                "figures": format_count(figures),
                "texts": format_count(texts),
            }
            if kept:
                submission.reading_message += " " + _("Giữ nguyên %(kept)s mục đơn vị đã tự viết mà tệp không có.") % {
                    "kept": format_count(kept)
                }
            if replaced:
                submission.reading_message += " " + _(
                    "Nội dung đơn vị đã lưu ở %(count)s mục (%(sections)s) được thay bằng nội dung của tệp; "
                    "nội dung đã lưu vẫn hiện dưới mục, bấm «Dùng lại nội dung đã lưu» để khôi phục."
                ) % {"count": format_count(len(replaced)), "sections": ", ".join(replaced)}
        submission.signatures = signatures
        submission.save(update_fields=["reading_state", "reading_message", "signatures", "updated_at"])
    return ReadingState.DONE


@task()
def remind(today: str | None = None) -> dict:
    """The reminders due on today (yyyy-mm-dd, default: the worker's today), sent off the request:
    {"sent": n, "unreached": [each unit not reached, with its requests]}."""
    from dataclasses import asdict
    from datetime import date

    from .reminders import send_reminders

    return asdict(send_reminders(date.fromisoformat(today) if today else None))
