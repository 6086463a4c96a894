"""Files sent to the browser: one content type per kind, sent as an attachment with its name."""

from django.http import HttpResponse
from django.utils.http import content_disposition_header

CONTENT_TYPES = {
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "doc": "application/msword",
    "pdf": "application/pdf",
    "text": "text/plain; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
}


def attachment(content, kind, filename):
    """content (bytes or text) as a file of kind (a key of CONTENT_TYPES) named filename."""
    response = HttpResponse(content, content_type=CONTENT_TYPES[kind])
    response["Content-Disposition"] = content_disposition_header(True, filename)
    return response
