"""The report work that runs off the request (django-tasks; `ngoaivu worker` runs it):

- freeze_issued: an issued report's DOCX and PDF, rendered once and kept (reporting/frozen.py);
- convert_preview: a draft's PDF, kept under the SHA-256 of the content it comes from, so that
  the download page only waits for it, never LibreOffice itself.
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_tasks import task

from ngoaivu.core.background import enqueue_after_commit

from .docx_render import render_docx
from .frozen import IssuedDocument, PreviewPdf, content_digest
from .pdf import PdfFailed, PdfUnavailable, docx_to_pdf


def _failure(error):
    """What the page says when a file could not be made: LibreOffice's own message, else the kind of error."""
    if isinstance(error, (PdfUnavailable, PdfFailed)):
        return str(error)
    return _("Lỗi khi tạo tệp (%(error)s); vui lòng thử lại hoặc báo quản trị hệ thống.") % {
        "error": type(error).__name__
    }


def _document(report, notice=None):
    from .redrafting import document_to_send  # services schedules these tasks

    return document_to_send(report, notice)


def schedule_freezing(report):
    """Called in the issuing transaction: the files are made after it commits (the task's row is
    written in the same transaction on the database backend, so a rolled-back issue queues nothing)."""
    document, _created = IssuedDocument.objects.get_or_create(report=report)
    if not document.is_ready:
        enqueue_after_commit(freeze_issued, report.pk)
    return document


@task()
def freeze_issued(report_id: int) -> str:
    """Render an issued report once and keep the files; returns the PDF's SHA-256. Run twice at
    once, only the first to finish keeps its files: an issued document is never made again."""
    document = IssuedDocument.objects.select_related("report__unit", "report__template").get(report_id=report_id)
    if document.is_ready:
        return document.pdf_sha256
    try:
        docx = render_docx(_document(document.report))
        pdf = docx_to_pdf(docx)
    except Exception as error:  # noqa: BLE001 — whatever stops it, the page must stop waiting and offer a retry
        IssuedDocument.objects.filter(pk=document.pk, state=IssuedDocument.State.PENDING).update(
            state=IssuedDocument.State.FAILED, error=_failure(error)
        )
        raise
    with transaction.atomic():
        document = IssuedDocument.objects.select_for_update().select_related("report").get(pk=document.pk)
        if not document.is_ready:
            document.store(docx, pdf, timezone.now())
            document.save()
    return document.pdf_sha256


def retry_freezing(document):
    """A failed freezing queued again (after LibreOffice was installed or repaired)."""
    document.state, document.error = IssuedDocument.State.PENDING, ""
    document.save(update_fields=["state", "error"])
    enqueue_after_commit(freeze_issued, document.report_id)


@task()
def convert_preview(report_id: int, content_sha256: str, notice: str | None = None) -> str:
    """A draft's PDF, kept under the hash of its content (frozen.content_digest); the report as it is
    now is rendered, so when it changed since the request the result is kept under its own hash.
    notice: its draft_notice, decided when the PDF was started (None: decided here, redrafting it)."""
    from .models import Report

    report = Report.objects.select_related("unit", "template").get(pk=report_id)
    document = _document(report, notice)
    digest = content_digest(document)
    if not PreviewPdf.objects.filter(report=report, content_sha256=digest).exclude(pdf="").exists():
        try:
            pdf = docx_to_pdf(render_docx(document))
        except Exception as error:  # noqa: BLE001 — as above
            PreviewPdf.objects.update_or_create(
                report=report, content_sha256=content_sha256, defaults={"error": _failure(error)}
            )
            raise
        PreviewPdf.keep(report, digest, pdf)
    return digest
