"""Reading a unit's uploaded report off the request (django-tasks; `ngoaivu worker` runs it): the
upload is kept apart at once, the page waits, and this fills the answer from what the reader finds.

A new file takes the place of the last one only once read: one that cannot be read (a scan with no
text layer, a damaged .doc, LibreOffice failing or too slow, a section's text beyond what an answer holds)
is dropped, and the last file, the figures read from it and the trail of each back to its sentence stay
as they were."""

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils.translation import gettext_noop
from django_tasks import task

from ngoaivu.core.background import enqueue_after_commit
from ngoaivu.core.figure_limits import TEXT_LIMIT
from ngoaivu.reading.reader import ReadError
from ngoaivu.register.tasks import read_received

from .models import ReadingState, Submission
from .reading_said import part
from .services import start
from .uploaded import from_reading, overlong_text


def queue_reading(submission, data, kind, name):
    """Keep the unit's new file apart, as pending, and queue its reading, named by the stored file:
    a reading of an earlier upload that ends after a new one never writes over it."""
    if submission.pending_file:  # an upload not read yet, superseded by this one
        submission.pending_file.delete(save=False)
    extension = {"text": "txt"}.get(kind, kind)
    submission.pending_file.save(f"bao-cao.{extension}", ContentFile(data), save=False)
    submission.pending_name = name[:255]
    submission.reading_state, submission.reading_said = ReadingState.PENDING, []
    submission.save(update_fields=["pending_file", "pending_name", "reading_state", "reading_said", "updated_at"])
    enqueue_after_commit(read_submission, submission.pk, submission.pending_file.name)


def reading_failure(failure):
    """Why a reading failed, as a part of what the unit is told: the reader's own message, else the kind of error."""
    if isinstance(failure, ReadError):
        return part(failure.message, **failure.params)
    return part(gettext_noop("Không đọc được tệp (lỗi %(error)s)."), error=type(failure).__name__)


def refusal(name, reason, submission, advice=True, unread=False):
    """[part] of what the unit is told of a file not used (reading_said.said_text says them): its name,
    whether it could not be read (unread) or was read and not used, why (reason, a part), what to send
    instead, and that the file in use and the figures read from it stay."""
    opening = gettext_noop("Không đọc được tệp «%(name)s».") if unread else gettext_noop("Không dùng tệp «%(name)s».")
    said = [part(opening, name=name), reason]
    if advice:
        said.append(part(gettext_noop("Đề nghị tải lên báo cáo bằng tệp Word (.docx) hoặc tệp PDF có lớp chữ.")))
    if submission.stored_file:
        kept = gettext_noop("Tệp đã tải lên trước đó («%(name)s») và số liệu đọc từ tệp ấy vẫn được giữ nguyên.")
        said.append(part(kept, name=submission.uploaded_file))
    return said


def _still_waiting(submission_id, file_name):
    """The submission, locked, if this reading is still the one it waits for; else None."""
    submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
    if (
        submission is None
        or submission.reading_state != ReadingState.PENDING
        or submission.pending_file.name != file_name
    ):
        return None
    return submission


def _drop_pending(submission, state, said):
    """The pending file is not used: dropped, the file in use kept, the unit told why (said, [part])."""
    submission.pending_file.delete(save=False)
    submission.pending_name = ""
    submission.reading_state, submission.reading_said = state, said
    submission.save(update_fields=["pending_file", "pending_name", "reading_state", "reading_said", "updated_at"])


def _use_pending(submission):
    """The pending file, read, takes the place of the file in use."""
    if submission.stored_file:
        submission.stored_file.delete(save=False)
    submission.stored_file, submission.uploaded_file = submission.pending_file.name, submission.pending_name
    submission.pending_file, submission.pending_name = "", ""


def too_long(overlong):
    """Why a file whose text runs beyond a section's limit is not used: overlong, uploaded.overlong_text's."""
    section, length = overlong
    message = gettext_noop(
        "Nội dung mục «%(section)s» đọc từ tệp dài %(length)s ký tự, vượt quá giới hạn %(limit)s ký tự của một mục. "
        "Đề nghị kiểm tra các đề mục trong tệp (nội dung nhiều mục có thể đã bị đọc gộp vào một mục) "
        "hoặc rút gọn mục này, rồi tải tệp lên lại."
    )
    return part(message, section=section, length=length, limit=TEXT_LIMIT)


def read_said(name, figures, texts, kept, replaced):
    """[part] of what the unit is told of a file read into its answer: how many figures and texts it gave,
    how many of the unit's own texts were kept, and the sections whose saved text the file's took the place
    of (replaced: their labels)."""
    said = [
        part(
            gettext_noop("Đã đọc tệp %(name)s: %(figures)s số liệu, %(texts)s mục."),
            counts=("figures", "texts"),
            name=name,
            figures=figures,
            texts=texts,
        )
    ]
    if kept:
        message = gettext_noop("Giữ nguyên %(kept)s mục đơn vị đã tự viết mà tệp không có.")
        said.append(part(message, counts=("kept",), kept=kept))
    if replaced:
        message = gettext_noop(
            "Nội dung đơn vị đã lưu ở %(count)s mục (%(sections)s) được thay bằng nội dung của tệp; "
            "nội dung đã lưu vẫn hiện dưới mục, bấm «Dùng lại nội dung đã lưu» để khôi phục."
        )
        said.append(part(message, counts=("count",), count=len(replaced), sections=", ".join(replaced)))
    return said


@task()
def read_submission(submission_id: int, file_name: str) -> str:
    submission = Submission.objects.select_related("request__template", "unit").get(pk=submission_id)
    if submission.reading_state != ReadingState.PENDING or submission.pending_file.name != file_name:
        return "superseded"
    with submission.pending_file.open("rb") as handle:
        data = handle.read()
    try:
        result, signatures = read_received(data, submission.pending_name)
    except Exception as failure:  # noqa: BLE001 — whatever stops the reading, the page must stop waiting
        reason = reading_failure(failure)
        with transaction.atomic():
            if (waiting := _still_waiting(submission_id, file_name)) is not None:
                _drop_pending(waiting, ReadingState.FAILED, refusal(waiting.pending_name, reason, waiting, unread=True))
        return ReadingState.FAILED
    with transaction.atomic():
        submission = _still_waiting(submission_id, file_name)
        if submission is None:
            return "superseded"
        if not submission.is_pending:  # sent while its file was being read: the answer as sent stays
            sent = part(gettext_noop("Báo cáo đã được gửi trước khi đọc xong tệp; số liệu đọc được không đưa vào."))
            _drop_pending(
                submission, ReadingState.DONE, refusal(submission.pending_name, sent, submission, advice=False)
            )
            return ReadingState.DONE
        # Refused before the answer is touched: not started stays not started, as for a file not read.
        if (overlong := overlong_text(submission, result)) is not None:
            said = refusal(submission.pending_name, too_long(overlong), submission, advice=False)
            _drop_pending(submission, ReadingState.FAILED, said)
            return ReadingState.FAILED
        submission = start(submission)
        _use_pending(submission)
        figures, texts, kept, replaced = from_reading(submission, result, submission.uploaded_file)
        submission.reading_state = ReadingState.DONE
        submission.reading_said = read_said(submission.uploaded_file, figures, texts, kept, replaced)
        submission.signatures = signatures
        submission.save(update_fields=["reading_state", "reading_said", "signatures", "updated_at"])
    return ReadingState.DONE


@task()
def remind(today: str | None = None) -> dict:
    """The reminders due on today (yyyy-mm-dd, default: the worker's today), sent off the request:
    {"sent": n, "unreached": [each unit not reached, with its requests]}."""
    from dataclasses import asdict
    from datetime import date

    from .reminders import send_reminders

    return asdict(send_reminders(date.fromisoformat(today) if today else None))
