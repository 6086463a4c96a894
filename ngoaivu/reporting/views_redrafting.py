"""Writing a draft's sections again from the register, or a compiled report's from the answers
(reporting/redrafting.py): every section that no longer agrees at once, or one after the officer has
seen the difference."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from ngoaivu.core.confirm import confirmation_page, is_confirmed
from ngoaivu.core.locking import VersionConflict, expect_version

from .document import split_footnotes, split_paragraphs
from .forms import ChoiceForm
from .outline_changes import add_section, changes, remove_section
from .redrafting import accept_regenerated, added_paragraphs, dropped_paragraphs, redraft_unedited, regenerate
from .restoring import removal, restore_section
from .views import _editable_report
from ngoaivu.core.screen_figures import screen_count


def _refused(request, pk, error):
    """Back to the report, error's reason said above it."""
    messages.error(request, " ".join(error.messages))
    return redirect("reporting:detail", pk)


@require_POST
@login_required
def report_redraft(request, pk):
    """Write again from the register every section whose figures changed: those nobody edited at
    once; an edited one shows its difference first, the first of them now."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    try:
        written, edited = redraft_unedited(report)
    except VersionConflict:
        messages.error(request, _("Một mục vừa được người khác sửa; xem lại báo cáo rồi tạo lại."))
        return redirect("reporting:detail", pk)
    except ValidationError as error:
        return _refused(request, pk, error)
    if written:
        done = (
            _("Đã tạo lại %(n)s mục từ báo cáo của các đơn vị.")
            if report.compiled
            else _("Đã tạo lại %(n)s mục từ sổ theo dõi.")
        )
        messages.success(request, done % {"n": screen_count(len(written))})
    if edited:
        messages.warning(
            request,
            _("%(n)s mục đã sửa tay: xem khác biệt để chọn giữ nội dung đã sửa hoặc thay bằng nội dung mới.")
            % {"n": screen_count(len(edited))},
        )
        return redirect("reporting:regenerate", pk, edited[0].pk)
    if not written:
        messages.info(
            request,
            _("Các mục đã khớp với báo cáo của các đơn vị; không có mục nào cần tạo lại.")
            if report.compiled
            else _("Các mục đã khớp với sổ theo dõi; không có mục nào cần tạo lại."),
        )
    return redirect("reporting:detail", pk)


@login_required
def section_regenerate(request, pk, section_pk):
    """Write a section again from the register or the answers (a POST). An edited section shows the
    difference first, and so does a GET, which saves nothing. The choice applies the text written now,
    never one the page sends: a text that changed since it was shown is shown again."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    section = get_object_or_404(report.sections, pk=section_pk)
    try:
        new_text, notes, rows, key = regenerate(section)
    except ValidationError as error:
        return _refused(request, pk, error)
    if key is None and not report.compiled:
        messages.error(
            request, _("Mẫu báo cáo không còn viết mục này nên không tạo lại được; có thể gỡ mục khỏi dự thảo.")
        )
        return redirect("reporting:detail", pk)
    form = ChoiceForm(initial={"new_text": new_text, "choice": "keep", "version": section.version})
    if request.method == "POST" and "choice" in request.POST:
        chosen = ChoiceForm(request.POST)
        if not chosen.is_valid():
            form = chosen
        elif chosen.cleaned_data["new_text"] != new_text:
            messages.warning(
                request, _("Số liệu đã thay đổi trong lúc bạn đang xem; xem lại khác biệt dưới đây rồi chọn lại.")
            )
        else:
            return _apply_choice(request, section, new_text, notes, key, chosen.cleaned_data)
    elif request.method == "POST" and not section.is_edited:  # a GET only shows: it never writes
        accept_regenerated(section, new_text, keep_edit=False, notes=notes, key=key)
        messages.success(request, _("Đã tạo lại mục từ số liệu mới nhất."))
        return redirect("reporting:detail", pk)
    added, dropped = set(added_paragraphs(section)), set(dropped_paragraphs(section))
    return render(
        request,
        "reporting/regenerate.html",
        {
            "report": report,
            "section": section,
            "label": str(section),
            "form": form,
            "rows": [
                {
                    "kind": row.kind,
                    "old": _marked(row.old),
                    "new": _marked(row.new),
                    "kept": _kept(row, added),
                    "dropped": _kept(row, dropped),
                }
                for row in rows
            ],
            "added": added,
            "dropped": dropped,
            "differences": sum(row.kind != "same" for row in rows),
            "new_text": new_text,
            "uncut": report.uncut_comparison(),
        },
    )


def _apply_choice(request, section, new_text, notes, key, choice):
    keep = choice["choice"] == "keep"
    try:
        expect_version(section, choice["version"])
        accept_regenerated(section, new_text, keep_edit=keep, notes=notes, key=key)
    except VersionConflict:
        # The section was saved since the difference was shown: show it again against that text.
        messages.error(
            request,
            _("Mục đã được người khác sửa trong lúc bạn đang xem; xem lại khác biệt dưới đây rồi chọn lại."),
        )
        return redirect("reporting:regenerate", section.report_id, section.pk)
    if keep:
        messages.success(
            request,
            _("Đã giữ bản đã sửa. Các số liệu trong mục là số liệu bạn đã viết, không phải số liệu mới nhất."),
        )
    else:
        messages.success(request, _("Đã dùng bản tạo lại từ số liệu mới nhất."))
    return redirect("reporting:detail", section.report_id)


def _kept(row, added):
    """Whether row is one of the paragraphs written by hand in added: those «Dùng bản tạo lại» keeps
    (redrafting.with_added), or those with figures it drops (redrafting.dropped_paragraphs)."""
    return row.new is None and row.old is not None and "".join(piece.text for piece in row.old) in added


def _marked(pieces):
    """pure.diff pieces as (text, footnote number, changed), so that a footnote mark shows as in the report."""
    if pieces is None:
        return None
    return [(text, note, piece.changed) for piece in pieces for text, note in split_footnotes(piece.text)]


@login_required
def section_remove(request, pk, section_pk):
    """Remove a section the template no longer writes (outline_changes.py): a GET, or a POST without
    the confirmation, shows what will be removed and asks once more; the text stays in its history.
    The confirmation names the version it showed: a section edited since is shown again."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    section = get_object_or_404(report.sections, pk=section_pk)
    dropped = {row.section.pk: row.reason for row in changes(report)[1]}
    if section.pk not in dropped:
        messages.error(request, _("Mẫu vẫn viết mục này nên không gỡ."))
        return redirect("reporting:detail", pk)
    if is_confirmed(request) and request.POST.get("version") == str(section.version):
        try:
            remove_section(section)
        except ValidationError as error:
            return _refused(request, pk, error)
        messages.success(
            request,
            _("Đã gỡ mục «%(section)s» khỏi dự thảo; nội dung của mục vẫn lưu trong lịch sử của báo cáo.")
            % {"section": section},
        )
        return redirect("reporting:detail", pk)
    if is_confirmed(request):
        messages.warning(request, _("Mục vừa được sửa trong lúc bạn đang xem; xem lại nội dung rồi xác nhận lại."))
    lines = [
        _("Mục «%(section)s» sẽ được gỡ khỏi dự thảo. %(reason)s")
        % {"section": section, "reason": dropped[section.pk]},
        *([_("Mục này đã sửa tay: nội dung đã sửa cũng được gỡ cùng mục.")] if section.is_edited else []),
        _("Nội dung hiện tại của mục vẫn được lưu trong lịch sử của báo cáo; các mục sau được đánh số lại theo mẫu."),
    ]
    return confirmation_page(
        request,
        "reporting/confirm_section.html",
        title=_("Gỡ mục khỏi dự thảo"),
        lines=lines,
        button=_("Gỡ mục này"),
        action_url=reverse("reporting:remove_section", args=[pk, section.pk]),
        cancel_url=reverse("reporting:detail", args=[pk]),
        danger=True,
        hidden={"version": section.version},
        section=section,
        paragraphs=[split_footnotes(line) for line in split_paragraphs(section.text)],
    )


@require_POST
@login_required
def section_add(request, pk):
    """Add a section the template now writes and the draft lacks, in its place, written now."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    try:
        section = add_section(report, request.POST.get("key", ""))
    except ValidationError as error:
        return _refused(request, pk, error)
    messages.success(request, _("Đã thêm mục «%(section)s» theo mẫu báo cáo.") % {"section": section})
    return redirect("reporting:detail", pk)


@login_required
def section_restore(request, pk, removed_pk):
    """Put back a section removed from the draft (restoring.py), removed_pk its deletion in the history:
    a GET, or a POST without the confirmation, shows the text it brings back and asks once more."""
    report = _editable_report(request, pk)
    if report is None:
        return redirect("reporting:detail", pk)
    try:
        record = removal(report, removed_pk)
    except ValidationError as error:
        return _refused(request, pk, error)
    if is_confirmed(request):
        try:
            section = restore_section(report, removed_pk)
        except ValidationError as error:
            return _refused(request, pk, error)
        messages.success(
            request,
            _("Đã khôi phục mục «%(section)s» vào dự thảo với nội dung như lúc gỡ.") % {"section": section},
        )
        return redirect("reporting:detail", pk)
    section = record.instance
    lines = [
        _(
            "Mục «%(section)s» sẽ được khôi phục vào dự thảo với nội dung như lúc gỡ (dưới đây), không tạo lại từ sổ theo dõi."
        )
        % {"section": section},
        _("Mục được đặt lại vào chỗ cũ trong báo cáo; các mục được đánh số lại theo mẫu."),
    ]
    return confirmation_page(
        request,
        "reporting/confirm_section.html",
        title=_("Khôi phục mục vào dự thảo"),
        lines=lines,
        button=_("Khôi phục mục này"),
        action_url=reverse("reporting:restore_section", args=[pk, removed_pk]),
        cancel_url=reverse("reporting:detail", args=[pk]),
        section=section,
        details_label=_("Nội dung mục sẽ khôi phục"),
        paragraphs=[split_footnotes(line) for line in split_paragraphs(record.text)],
    )
