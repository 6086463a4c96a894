"""Editing a draft report: its head (title, date, signer…), one section's text, with a preview of how
the report will show it, and a footnote added to a section."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.core.locking import VersionConflict, say_saved
from ngoaivu.register.conflicts import conflict_page

from .document import footnote_marks
from .redrafting import replaced_text
from .forms import FootnoteForm, ReportHeadForm, SectionForm
from .notes import add_footnote
from .views import _editable_report, _pieces, _report


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
        say_saved(request, form.instance, _("Đã lưu thay đổi."))
        return redirect("reporting:detail", pk)
    return render(request, "reporting/head.html", {"report": report, "form": form})


@login_required
def section_edit(request, pk, section_pk):
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    section = get_object_or_404(report.sections, pk=section_pk)
    label = str(section)
    form = SectionForm(request.POST or None, instance=section)
    text = section.text
    if request.method == "POST":
        # "Xem trước", or a save refused or asked about: the typed text rendered as the report will show it,
        # as the box keeps it; nothing is saved, and the form keeps the text and the version it started from,
        # so the save that follows is checked as usual.
        text = form.cleaned_data["text"] if form.is_valid() else form.data.get("text", "")
    if request.method == "POST" and "preview" not in request.POST and form.is_valid():
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
        say_saved(request, form.instance, _("Đã lưu mục %(number)s.") % {"number": label})
        return redirect("reporting:detail", pk)
    return render(
        request,
        "reporting/section.html",
        {
            "report": report,
            "section": section,
            "label": label,
            "form": form,
            "preview": _pieces(text),
            "notes": _notes(text, report),
            "replaced": replaced_text(section),
        },
    )


def _notes(text, report):
    """(number, text) of the report's footnotes that text marks, in order, for the preview."""
    return [(n, report.footnotes[n - 1]) for n in footnote_marks(text) if n <= len(report.footnotes or [])]


@login_required
def footnote_add(request, pk, section_pk):
    """A footnote added to a section by hand (seed 001 lists in one the documents its work followed), its mark
    after the words the officer copies from the section, numbered among the report's notes."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    section = get_object_or_404(report.sections, pk=section_pk)
    form = FootnoteForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            add_footnote(section, form.cleaned_data["note"], form.cleaned_data["after"] or None)
        except ValidationError as refused:
            field = "after" if form.cleaned_data["after"] else None
            form.add_error(None if hasattr(refused, "error_dict") else field, refused)
        else:
            messages.success(request, _("Đã thêm chú thích vào mục %(section)s.") % {"section": section})
            return redirect("reporting:detail", pk)
    return render(
        request,
        "reporting/footnote.html",
        {"report": report, "section": section, "form": form, "preview": _pieces(section.text)},
    )
