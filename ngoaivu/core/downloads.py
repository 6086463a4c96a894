"""Files sent to the browser: one content type per kind, sent as an attachment with its name."""

from django.forms.forms import NON_FIELD_ERRORS
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _

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


def refused_filters(form):
    """None when the filters of a download (a bound or unbound form) hold no error; else a 400 naming
    each, in the words the page shows beside its field. A file is never made of other rows than those
    asked for: the page may fall back on its default and say why; a file cannot say it."""
    if not form.errors:
        return None
    problems = "; ".join(
        " ".join(errors)
        if name == NON_FIELD_ERRORS or name not in form.fields
        else f"{form[name].label}: {' '.join(errors)}"
        for name, errors in form.errors.items()
    )
    return HttpResponseBadRequest(
        _("Bộ lọc không hợp lệ, chưa xuất tệp: %(problems)s") % {"problems": problems},
        content_type="text/plain; charset=utf-8",
    )
