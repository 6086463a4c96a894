"""A report's DOCX and PDF downloads (reporting/files.py decides which bytes)."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from ngoaivu.core.downloads import attachment
from ngoaivu.core.permissions import can_edit

from . import files
from .views import _report


def _send(request, report, kind, result):
    if isinstance(result, files.Pending):
        return render(
            request,
            "reporting/waiting.html",
            {"report": report, "kind": kind, "pending": result, "may_retry": can_edit(request.user, report)},
        )
    data, digest = result
    response = attachment(data, kind, report.file_name(kind))
    response["ETag"] = f'"{digest}"'
    return response


@login_required
def report_docx(request, pk):
    report = _report(request, pk)
    return _send(request, report, "docx", files.docx_of(report))


@login_required
def report_pdf(request, pk):
    report = _report(request, pk)
    return _send(request, report, "pdf", files.pdf_of(report, request.GET.get("ban", "")))


@require_POST
@login_required
def report_file_retry(request, pk):
    report = _report(request, pk)
    if not can_edit(request.user, report):
        raise PermissionDenied
    files.retry(report)
    return redirect("reporting:pdf", pk)
