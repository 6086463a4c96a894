"""A report's DOCX and PDF as the pages and the API serve them. An issued report's are its frozen
files (reporting/frozen.py), never rendered again; a draft's DOCX is rendered on the spot (python-
docx is quick) and its PDF is converted off the request (tasks.convert_preview), the caller
waiting for it."""

import re
from dataclasses import dataclass
from datetime import timedelta

from django.utils import timezone

from ngoaivu.core.background import enqueue_after_commit

from .docx_render import render_docx
from .frozen import IssuedDocument, PreviewPdf, content_digest, sha256
from .models import Report
from .tasks import convert_preview, schedule_freezing

# After this long without a result, the waiting page says the background worker may be stopped.
STALLED_AFTER = timedelta(seconds=60)


@dataclass
class Pending:
    """Not ready yet: started is when the work was queued; error is set when it failed; digest: the
    content_sha256 of a draft's PDF being made, which the waiting page asks after (pdf_of's started)."""

    started: object
    error: str = ""
    digest: str = ""

    @property
    def stalled(self):
        return not self.error and timezone.now() - self.started > STALLED_AFTER


def issued_document(report):
    """The frozen files of an issued report, scheduled now if it was issued before they existed."""
    document = IssuedDocument.objects.filter(report=report).first()
    if document is None:
        document = schedule_freezing(report)
        document.refresh_from_db()
    return document


def docx_of(report):
    """(bytes, sha256) or Pending."""
    from .redrafting import document_to_send

    if report.status != Report.Status.ISSUED:
        data = render_docx(document_to_send(report))
        return data, sha256(data)
    return _issued_file(report, "docx")


def pdf_of(report, started=""):
    """(bytes, sha256) or Pending: an issued report's stored PDF (signed, once signed), a draft's
    preview once converted. started: the digest of a draft's PDF already started (Pending.digest):
    while it is kept, it is served or waited for as started, the draft not written again to know
    whether the register still agrees with it (draft_notice: a compiled report's answers compiled
    again); else the PDF of the draft as it is now is started. Once that PDF is ready, started decides
    nothing: the draft is written again and its PDF served only while its content is the one started
    (a reloaded or bookmarked waiting address never serves a superseded draft)."""
    from .redrafting import document_to_send

    if report.status == Report.Status.ISSUED:
        return _issued_file(report, "pdf")
    digest_given = re.fullmatch(r"[0-9a-f]{64}", started or "")
    preview = PreviewPdf.objects.filter(report=report, content_sha256=started).first() if digest_given else None
    if preview is None or preview.pdf:
        document = document_to_send(report)
        digest = content_digest(document)
        preview, created = PreviewPdf.objects.get_or_create(report=report, content_sha256=digest)
        if created:
            enqueue_after_commit(convert_preview, report.pk, digest, document.notice)
            preview.refresh_from_db()  # the immediate backend has already made it
    if preview.pdf:
        data = _read(preview.pdf)
        return data, sha256(data)
    if preview.error:
        preview.delete()  # said once; the next download tries again
    return Pending(preview.created_at, preview.error, preview.content_sha256)


def _issued_file(report, kind):
    """(bytes, sha256) of an issued report's stored kind ("docx" or "pdf"), or Pending."""
    document = issued_document(report)
    if not document.is_ready:
        return Pending(document.created_at, document.error)
    return _read(getattr(document, kind)), getattr(document, f"{kind}_sha256")


def _read(field):
    with field.open("rb") as handle:
        return handle.read()


def retry(report):
    """Queue an issued report's failed files again (a draft's failed PDF is tried again at the next
    download: pdf_of forgets the failure once it has said it)."""
    from .tasks import retry_freezing

    document = IssuedDocument.objects.filter(report=report, state=IssuedDocument.State.FAILED).first()
    if document is not None:
        retry_freezing(document)
