"""A unit's report read in: uploaded, read by a background task, its figures offered as rows to create."""

from datetime import date
from types import SimpleNamespace

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.core.errors import error_text
from ngoaivu.core.permissions import can_write, is_unit_bound
from ngoaivu.core.uploads import REPORT_KINDS, UploadError, read_upload
from ngoaivu.pure.wording import screen_date

from .forms import ComparedUnitForm
from .intake import proposals
from .models import ReportReading
from .tasks import KEEP_DAYS, KEEP_PER_USER, start_reading


@login_required
def read_report(request):
    """Upload a unit's report (Word, PDF, text): it is kept and read by a background task, and the
    page of that reading (read_result) shows its figures as rows to create."""
    if not can_write(request.user):
        raise PermissionDenied
    error = None
    # An officer may name the unit to compare with; a unit reporter always compares with their own.
    data = request.POST if request.method == "POST" else None  # a post with the file alone is bound too
    unit_form = None if is_unit_bound(request.user) else ComparedUnitForm(data)
    if request.method == "POST":
        upload = request.FILES.get("file")
        if upload is None:
            error = _("Chọn tệp báo cáo (.docx, .doc, .pdf, .txt, .md) để đọc.")
        elif unit_form is None or unit_form.is_valid():
            try:
                data, _kind = read_upload(upload, REPORT_KINDS)
            except UploadError as failure:
                error = error_text(failure)
            else:
                chosen = unit_form.cleaned_data["unit"] if unit_form is not None else None
                reading = start_reading(request.user, upload.name, data, chosen.pk if chosen else None)
                return redirect("register:read_result", reading.pk)
    return render(request, "register/read_report.html", _reading_page(request.user, None, error, unit_form))


@login_required
def read_result(request, pk):
    """One reading, to the user who uploaded it: waiting while the worker reads, then its figures."""
    if not can_write(request.user):
        raise PermissionDenied
    reading = get_object_or_404(ReportReading, pk=pk, user=request.user)
    error = None
    if reading.state == ReportReading.State.FAILED:
        error = error_text(SimpleNamespace(**reading.error))
    unit_form = None if is_unit_bound(request.user) else ComparedUnitForm(initial={"unit": reading.unit_id})
    return render(request, "register/read_report.html", _reading_page(request.user, reading, error, unit_form))


@require_POST
@login_required
def read_again(request, pk):
    """The same file read once more, as a new reading: after an administrator taught the reader a
    wording, or the register changed."""
    if not can_write(request.user):
        raise PermissionDenied
    reading = get_object_or_404(ReportReading, pk=pk, user=request.user)
    if reading.state == ReportReading.State.PENDING:
        return redirect("register:read_result", reading.pk)  # still being read: nothing to read again
    with reading.file.open("rb") as handle:
        data = handle.read()
    again = start_reading(request.user, reading.file_name, data, reading.unit_id)
    return redirect("register:read_result", again.pk)


def _heading(meta):
    """The document's kind and title as it states them («BÁO CÁO: Kết quả công tác đối ngoại …»); a text
    that states neither, such as a note, is said to."""
    named = [part for part in (meta.get("kind"), meta.get("title")) if part]
    return ": ".join(named) or _("Văn bản không ghi loại và trích yếu")


def _byline(meta):
    """Who issued the document, its number and period, as far as it states them: «Sở Ngoại vụ · Số 15/BC-SNgV ·
    tháng 8/2021»; "" when it states none."""
    number = meta.get("number")
    said = [
        meta.get("issuer"),
        _("Số %(number)s") % {"number": number} if number else "",
        (meta.get("period") or {}).get("label"),
    ]
    return " · ".join(part for part in said if part)


def _reading_page(user, reading, error, unit_form):
    result = reading.result if reading is not None and reading.state == ReportReading.State.DONE else None
    found = proposals(result, user, reading.unit_id) if result else None
    return {
        "reading_job": reading,
        "result": result,
        "heading": _heading(result["meta"]) if result else None,
        "byline": _byline(result["meta"]) if result else "",
        "error": error,
        "reading": found,
        "proposals": found["items"] if found else [],
        "cited": [_cited(r) for r in result["references"]] if result else [],
        "unplaced": found["unplaced"] if found else [],
        "unit_form": unit_form,
        "earlier": _earlier_readings(user, reading),
        "keep_days": KEEP_DAYS,
        "keep_count": KEEP_PER_USER,
    }


def _earlier_readings(user, shown):
    """The user's readings, latest first (the one shown left out)."""
    readings = ReportReading.objects.filter(user=user).exclude(pk=getattr(shown, "pk", None))
    return readings.only("pk", "file_name", "state", "created_at").order_by("-created_at")[:50]


def _cited(reference: dict) -> str:
    """ "Quyết định 45/2006/QĐ-TTg (28/02/2006) – Thủ tướng Chính phủ": a cited document, its date as reports write it."""
    when = f" ({screen_date(date.fromisoformat(reference['date']))})" if reference.get("date") else ""
    issuer = f" – {reference['issuer']}" if reference.get("issuer") else ""
    return f"{reference['type']} {reference['number']}{when}{issuer}"
