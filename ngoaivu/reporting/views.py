"""Report pages: list, new draft, preview and section editing, workflow, DOCX and PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.core.downloads import attachment
from ngoaivu.core.locking import VersionConflict, expect_version
from ngoaivu.core.permissions import can_edit, can_write, may_move_report, scope
from ngoaivu.register.conflicts import conflict_page
from ngoaivu.register.forms import resolve_document

from .docx_render import render_docx
from .document import split_footnotes
from .forms import ChoiceForm, NewReportForm, ReportHeadForm, SectionForm
from .models import Report
from .pdf import PdfFailed, PdfUnavailable, docx_to_pdf
from .services import (
    TRANSITIONS,
    WorkflowError,
    accept_regenerated,
    allowed_actions,
    create_report,
    next_number,
    regenerate,
    to_document,
    transition,
)


def _report(request, pk):
    return get_object_or_404(scope(Report.objects.select_related("unit", "template"), request.user), pk=pk)


def _editable_report(request, pk):
    report = _report(request, pk)
    if not can_edit(request.user, report):
        raise PermissionDenied
    if not report.is_editable:
        messages.error(request, _("Báo cáo không còn ở trạng thái dự thảo nên không sửa được."))
        return None
    return report


@login_required
def report_list(request):
    reports = scope(Report.objects.select_related("unit", "template"), request.user)
    status = request.GET.get("status", "")
    if status in Report.Status.values:
        reports = reports.filter(status=status)
    return render(
        request,
        "reporting/list.html",
        {
            "reports": reports[:200],
            "can_write": can_write(request.user),
            "statuses": Report.Status.choices,
            "status": status,
        },
    )


@login_required
def report_new(request):
    if not can_write(request.user):
        raise PermissionDenied
    form = NewReportForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            report = create_report(
                data["unit"],
                data["template"],
                data["period_code"],
                request.user,
                as_of=data["as_of"],
                letter=resolve_document(data["letter"]),
            )
        except ValidationError as error:
            for field, errors in error.message_dict.items():
                form.add_error(field if field in form.fields else None, errors)
        else:
            messages.success(request, _("Đã tạo dự thảo báo cáo từ số liệu của sổ theo dõi."))
            return redirect("reporting:detail", report.pk)
    return render(request, "reporting/new.html", {"form": form})


def _html_paragraphs(document):
    """Section paragraphs with footnote marks as (text, footnote number) pieces, for the preview."""
    rows = []
    for section in document.walk():
        rows.append({"section": section, "paragraphs": [split_footnotes(p) for p in section.paragraphs]})
    return rows


@login_required
def report_detail(request, pk):
    report = _report(request, pk)
    document = to_document(report)
    sections = {s.key: s for s in report.sections.all()}
    rows = _html_paragraphs(document)
    for row, section in zip(rows, report.sections.order_by("position")):
        row["record"] = section
    return render(
        request,
        "reporting/detail.html",
        {
            "report": report,
            "document": document,
            "rows": rows,
            "sections": sections,
            "actions": allowed_actions(request.user, report),
            "can_edit": can_edit(request.user, report) and report.is_editable,
        },
    )


@login_required
def report_edit(request, pk):
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    form = ReportHeadForm(request.POST or None, instance=report)
    if request.method == "POST" and form.is_valid():
        try:
            form.save()
        except VersionConflict:
            current = _report(request, pk)
            return conflict_page(
                request,
                form,
                current,
                lambda data, instance: ReportHeadForm(data, instance=instance),
                title=_("Sửa báo cáo: %(title)s") % {"title": current.title},
                cancel_url=reverse("reporting:detail", args=[pk]),
                can_save=current.is_editable,
            )
        messages.success(request, _("Đã lưu thay đổi."))
        return redirect("reporting:detail", pk)
    return render(request, "reporting/head.html", {"report": report, "form": form})


@login_required
def section_edit(request, pk, section_pk):
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    section = get_object_or_404(report.sections, pk=section_pk)
    form = SectionForm(request.POST or None, instance=section)
    if request.method == "POST" and form.is_valid():
        try:
            form.save()
        except VersionConflict:
            current = report.sections.filter(pk=section_pk).first()
            return conflict_page(
                request,
                form,
                current,
                lambda data, instance: SectionForm(data, instance=instance),
                title=_("Sửa mục %(section)s") % {"section": current or section},
                cancel_url=reverse("reporting:detail", args=[pk]),
                can_save=current is not None and _report(request, pk).is_editable,
            )
        messages.success(request, _("Đã lưu mục %(number)s.") % {"number": section})
        return redirect("reporting:detail", pk)
    return render(request, "reporting/section.html", {"report": report, "section": section, "form": form})


@login_required
def section_regenerate(request, pk, section_pk):
    """Recompute a section from the register (a POST). An edited section shows the difference first,
    and so does a GET, which saves nothing."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    section = get_object_or_404(report.sections, pk=section_pk)
    if request.method == "POST" and "choice" in request.POST:
        form = ChoiceForm(request.POST)
        if form.is_valid():
            expect_version(section, form.cleaned_data["version"])
            try:
                accept_regenerated(
                    section,
                    form.cleaned_data["new_text"].replace("\r\n", "\n"),
                    keep_edit=form.cleaned_data["choice"] == "keep",
                )
            except VersionConflict:
                # The section was saved since the difference was shown: show it again against that text.
                messages.error(
                    request,
                    _("Mục đã được người khác sửa trong lúc bạn đang xem; xem lại khác biệt dưới đây rồi chọn lại."),
                )
                return redirect("reporting:regenerate", pk, section_pk)
            messages.success(request, _("Đã cập nhật mục theo lựa chọn."))
            return redirect("reporting:detail", pk)
    try:
        new_text, diff = regenerate(section)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("reporting:detail", pk)
    if request.method == "POST" and not section.is_edited:  # a GET only shows: it never writes
        accept_regenerated(section, new_text, keep_edit=False)
        messages.success(request, _("Đã tạo lại mục từ số liệu mới nhất."))
        return redirect("reporting:detail", pk)
    form = ChoiceForm(initial={"new_text": new_text, "choice": "keep", "version": section.version})
    return render(
        request,
        "reporting/regenerate.html",
        {"report": report, "section": section, "form": form, "diff": diff, "new_text": new_text},
    )


@require_POST
@login_required
def report_transition(request, pk, action):
    report = _report(request, pk)
    if action not in TRANSITIONS or not may_move_report(request.user, action, report):
        raise PermissionDenied
    if action == "issue" and request.POST.get("confirmed") != "1":
        # Issuing cannot be undone: say which number and date it takes, and ask once more.
        number, today = next_number(report), timezone.localdate()
        return render(
            request,
            "reporting/confirm_issue.html",
            {"report": report, "label": report.label_of(number), "today": today},
        )
    try:
        transition(report, action, request.user)
    except WorkflowError as error:
        messages.error(request, str(error))
    else:
        messages.success(
            request,
            {
                "submit": _("Đã trình duyệt báo cáo."),
                "return": _("Đã trả lại để chỉnh sửa."),
                "approve": _("Đã duyệt báo cáo."),
                "issue": _("Đã ban hành báo cáo số %(number)s.") % {"number": report.number_label},
            }[action],
        )
    return redirect("reporting:detail", pk)


@login_required
def report_docx(request, pk):
    report = _report(request, pk)
    return attachment(render_docx(to_document(report)), "docx", report.file_name("docx"))


@login_required
def report_pdf(request, pk):
    report = _report(request, pk)
    try:
        pdf = docx_to_pdf(render_docx(to_document(report)))
    except (PdfUnavailable, PdfFailed) as error:
        messages.error(request, str(error))
        return redirect("reporting:detail", pk)
    return attachment(pdf, "pdf", report.file_name("pdf"))
