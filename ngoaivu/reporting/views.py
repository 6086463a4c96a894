"""Report pages: list, new draft, preview and section editing, workflow, DOCX and PDF."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.confirm import confirmation_page, is_confirmed
from ngoaivu.core.locking import VersionConflict, say_saved
from ngoaivu.core.permissions import can_edit, can_write, may_move_report
from ngoaivu.pure.wording import format_count, screen_date
from ngoaivu.register.conflicts import conflict_page
from ngoaivu.register.forms import resolve_document

from .document import footnote_marks, split_footnotes, split_paragraphs
from .forms import NewReportForm, ReportHeadForm, ReportListForm, SectionForm
from . import files
from .models import Report
from .outline_changes import changes
from .restoring import removed_sections
from .signals import answer_offers
from .services import (
    TRANSITIONS,
    WorkflowError,
    STEP_NAMES,
    allowed_actions,
    approvers,
    create_report,
    next_number,
    refused,
    to_document,
    transition,
)


def _report(request, pk):
    return get_object_or_404(Report.objects.select_related("unit", "template").readable_by(request.user), pk=pk)


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
    form = ReportListForm(request.GET or None)
    reports = form.filter(Report.objects.select_related("unit", "template").readable_by(request.user))
    return render(
        request,
        "reporting/list.html",
        {"reports": reports[:200], "can_write": can_write(request.user), "form": form, "refused": form.refused},
    )


def _say_the_others(request, report):
    """A second draft of one report is allowed (a version for another letter), but never unknowingly."""
    others = (
        Report.objects.readable_by(request.user)
        .filter(unit=report.unit, template=report.template, period_code=report.period_code)
        .exclude(pk=report.pk)
        .order_by("pk")
    )
    if others:
        listed = "; ".join(f"«{other.title}» ({other.get_status_display().lower()})" for other in others)
        messages.warning(request, _("Đơn vị đã có báo cáo cùng mẫu cho kỳ này: %(reports)s.") % {"reports": listed})


def _answer_offers(user, data):
    """The open requests that ask for exactly this report (reporting.signals: collection answers)."""
    replies = answer_offers.send(
        sender=Report, user=user, unit=data["unit"], template=data["template"], period_code=data["period_code"]
    )
    return [offer for _receiver, offers in replies for offer in offers]


@login_required
def report_new(request):
    """A draft from the register. When an open request asks for exactly this report, the officer is asked
    first whether the report answers it: made then, it opens by citing the request's letter and the request
    is linked to it, as «Lập báo cáo trả lời» on the request's page does. Collection finds the requests and
    links them through a signal, since reporting cannot import it (tests/test_layers.py)."""
    if not can_write(request.user):
        raise PermissionDenied
    # ?period_code=2021 starts the form from that period, and from the unit that did the work then.
    initial = {"period_code": request.GET["period_code"]} if request.GET.get("period_code") else {}
    form = NewReportForm(request.POST or None, user=request.user, initial=initial)
    offers = []
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        offers = [] if "standalone" in request.POST else _answer_offers(request.user, data)
        wanted = request.POST.get("answers", "")
        chosen = next((offer for offer in offers if str(offer.pk) == wanted), None)
        if wanted and chosen is None:
            # The request was answered meanwhile, or the form now asks for another report.
            messages.error(request, _("Yêu cầu đã chọn không còn chờ báo cáo này; xem lại rồi chọn lại."))
        elif chosen is not None or not offers:
            letter = resolve_document(data["letter"])
            try:
                if chosen is not None:
                    report, made = chosen.answer(request.user, as_of=data["as_of"], letter=letter)
                else:
                    unit, template, code = data["unit"], data["template"], data["period_code"]
                    report = create_report(unit, template, code, request.user, as_of=data["as_of"], letter=letter)
                    made = True
            except ValidationError as error:
                for field, errors in error.message_dict.items():
                    form.add_error(field if field in form.fields else None, errors)
            else:
                if not made:
                    messages.info(request, _("Yêu cầu này đã có báo cáo trả lời."))
                elif chosen is not None:
                    messages.success(request, _("Đã tạo dự thảo báo cáo trả lời yêu cầu."))
                else:
                    messages.success(request, _("Đã tạo dự thảo báo cáo từ số liệu của sổ theo dõi."))
                if made:
                    _say_the_others(request, report)
                return redirect("reporting:detail", report.pk)
    return render(request, "reporting/new.html", {"form": form, "offers": offers})


def _pieces(text):
    """The paragraphs of a text as the page shows them: each a list of (text, footnote number) pieces."""
    return [split_footnotes(p) for p in split_paragraphs(text)]


def _html_paragraphs(document):
    """Section paragraphs with footnote marks as (text, footnote number) pieces, for the preview."""
    rows = []
    for section in document.walk():
        rows.append({"section": section, "paragraphs": [split_footnotes(p) for p in section.paragraphs]})
    return rows


def _issue_notes(report, today):
    """What an issue today would say that the officer may not mean: a date before the period ends (its
    last days not yet in the register), a unit that no longer exists."""
    notes = []
    end = report.period.end
    if today < end:
        notes.append(
            _(
                "Lưu ý: ngày ban hành %(day)s trước ngày cuối kỳ báo cáo %(end)s; số liệu các ngày còn lại của kỳ "
                "chưa có trong báo cáo."
            )
            % {"day": screen_date(today), "end": screen_date(end)}
        )
    if report.unit.ended_on is not None and report.unit.ended_on <= today:
        notes.append(
            _("Lưu ý: %(unit)s đã thôi hoạt động từ ngày %(day)s; văn bản ban hành hôm nay vẫn mang tên đơn vị này.")
            % {"unit": report.unit.name, "day": screen_date(report.unit.ended_on)}
        )
    return notes


@login_required
def report_detail(request, pk):
    report = _report(request, pk)
    document = to_document(report)
    sections = {s.key: s for s in report.sections.all()}
    rows = _html_paragraphs(document)
    stale, dropped, missing = changes(report, issued_too=True)
    stale_keys = {section.key for section in stale}
    dropped_keys = {row.section.key for row in dropped}
    for row, section in zip(rows, report.sections.order_by("position")):
        row["record"] = section
        row["stale"] = section.key in stale_keys
        row["dropped"] = section.key in dropped_keys
    return render(
        request,
        "reporting/detail.html",
        {
            "report": report,
            "document": document,
            "intro": _pieces(document.intro),
            "closing": _pieces(document.closing),
            "rows": rows,
            "sections": sections,
            "actions": [(action, STEP_NAMES[action]) for action in allowed_actions(request.user, report)],
            "can_edit": can_edit(request.user, report) and report.is_editable,
            "stale": [str(section) for section in stale],
            "dropped": dropped,
            "missing": missing,
            "removed": removed_sections(report),
            "stale_help": {
                Report.Status.SUBMITTED: _("Báo cáo đang chờ duyệt: muốn cập nhật, người duyệt trả lại để sửa."),
                Report.Status.APPROVED: _(
                    "Báo cáo đã duyệt không sửa được nữa: nếu cần số liệu mới, lập báo cáo khác trước khi ban hành."
                ),
            }.get(report.status, ""),
            **_issued_context(request.user, report),
        },
    )


def _issued_context(user, report):
    """An issued report's frozen files, their hash, signatures, and the signature the user may add now."""
    if report.status != Report.Status.ISSUED:
        return {}
    from .signing import may_sign, next_kind
    from .views_signing import KIND_SLUGS

    document = files.issued_document(report)
    waiting = next_kind(document) if document.is_ready else None
    slugs = {kind: slug for slug, kind in KIND_SLUGS.items()}
    can_sign = waiting is not None and may_sign(user, report, waiting)
    return {
        "issued": document,
        "signatures": list(document.signatures.all()),
        "sign_url": reverse("reporting:sign", args=[report.pk, slugs[waiting]]) if can_sign else "",
        "sign_label": waiting.label if can_sign else "",
    }


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
    if request.method == "POST" and "preview" in request.POST:
        # "Xem trước": the typed text rendered as the report will show it; nothing is saved, and the form
        # keeps the text and the version it started from, so the save that follows is checked as usual.
        text = form.cleaned_data["text"] if form.is_valid() else form.data.get("text", "")
    elif request.method == "POST" and form.is_valid():
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
        },
    )


def _notes(text, report):
    """(number, text) of the report's footnotes that text marks, in order, for the preview."""
    return [(n, report.footnotes[n - 1]) for n in footnote_marks(text) if n <= len(report.footnotes or [])]


@login_required
def report_transition(request, pk, action):
    """A workflow step. Each one locks or changes the report for others, so a GET, or a POST without
    confirmed=1, only says what the step will do and asks once more (core/confirm.py)."""
    if action not in TRANSITIONS:
        raise Http404  # no such step: an address mistyped, not a step refused
    report = _report(request, pk)
    if not may_move_report(request.user, action, report):
        raise PermissionDenied
    if action not in allowed_actions(request.user, report):  # an old page: the report has moved on
        messages.error(request, str(refused(report)))
        return redirect("reporting:detail", pk)
    if not is_confirmed(request):
        return _confirm_step(request, report, action)
    if action == "issue" and request.POST.get("number") != str(next_number(report)):
        # The page promised a number; another report took it since: ask again with the one now free.
        messages.error(request, _("Số trên trang xác nhận vừa được cấp cho báo cáo khác; xem số mới rồi xác nhận lại."))
        return _confirm_step(request, report, action)
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


def _confirm_step(request, report, action):
    """The confirmation of a step: the state it leaves the report in, who acts next, what can no longer change."""
    values = {
        "title": report.title,
        "unit": report.unit,
        "status": Report.Status(TRANSITIONS[action][1]).label,
    }
    people, people_title, hidden = [], "", {}
    if action == "submit":
        title, button = _("Trình duyệt báo cáo"), _("Trình duyệt")
        people = approvers(report)
        lines = [
            _("Báo cáo «%(title)s» sẽ chuyển sang trạng thái «%(status)s» và được trình lãnh đạo %(unit)s duyệt.")
            % values,
            _("Người duyệt sẽ thấy nút «Duyệt» và «Trả lại» trên báo cáo: duyệt, hoặc trả lại để sửa tiếp.")
            if people
            else _("%(unit)s chưa có tài khoản lãnh đạo nên người quản trị hệ thống sẽ duyệt.") % values,
            _("Trong khi chờ duyệt, nội dung báo cáo không sửa được."),
        ]
        people_title = _("Người duyệt")
    elif action == "return":
        title, button = _("Trả lại báo cáo"), _("Trả lại để chỉnh sửa")
        lines = [
            _("Báo cáo «%(title)s» sẽ trở lại trạng thái «%(status)s» để %(unit)s sửa tiếp.") % values,
            _("Sau khi sửa, báo cáo phải được trình duyệt lại."),
        ]
    elif action == "approve":
        title, button = _("Duyệt báo cáo"), _("Duyệt báo cáo")
        lines = [
            _("Báo cáo «%(title)s» sẽ chuyển sang trạng thái «%(status)s».") % values,
            _("Sau khi duyệt, nội dung báo cáo không sửa được nữa và không trả lại được."),
            _("Bước tiếp theo là ban hành, cấp số, do chuyên viên ngoại vụ hoặc lãnh đạo %(unit)s thực hiện.") % values,
        ]
    else:  # issue: the number and date it takes, which can never be taken back
        number = next_number(report)
        label, hidden = report.label_of(number), {"number": number}
        day = timezone.localdate().strftime("%d/%m/%Y")
        title, button = _("Ban hành báo cáo"), _("Ban hành, cấp số %(label)s") % {"label": label}
        lines = [
            _(
                "Báo cáo «%(title)s» sẽ được ban hành với số %(label)s, ngày %(day)s. Sau khi ban hành, "
                "báo cáo không sửa được nữa và số này không dùng lại được."
            )
            % {"title": report.title, "label": label, "day": day}
        ] + _issue_notes(report, timezone.localdate())
    stale, dropped, missing = changes(report) if action in ("submit", "approve", "issue") else ([], [], [])
    if missing:
        lines.insert(
            0,
            _("Lưu ý: mẫu báo cáo hôm nay viết thêm %(n)s mục mà báo cáo này chưa có: %(sections)s.")
            % {"n": format_count(len(missing)), "sections": "; ".join(row.label for row in missing)},
        )
    if dropped:
        lines.insert(
            0,
            _("Lưu ý: mẫu báo cáo hôm nay không còn viết %(n)s mục của báo cáo này: %(sections)s.")
            % {"n": format_count(len(dropped)), "sections": "; ".join(str(row.section) for row in dropped)},
        )
    if stale:
        note = (
            _(
                "Lưu ý: %(n)s mục không còn khớp với nội dung tổng hợp từ báo cáo của các đơn vị hôm nay (đã "
                "tiếp nhận thêm báo cáo, hoặc sổ theo dõi hay mẫu báo cáo đã thay đổi sau khi tổng hợp): %(sections)s."
            )
            if report.compiled
            else _(
                "Lưu ý: %(n)s mục không còn khớp với nội dung soạn từ sổ theo dõi hôm nay (số liệu, văn bản trích "
                "dẫn hoặc mẫu báo cáo đã thay đổi sau khi soạn): %(sections)s."
            )
        )
        lines.insert(0, note % {"n": format_count(len(stale)), "sections": "; ".join(str(s) for s in stale)})
    return confirmation_page(
        request,
        "reporting/confirm_step.html",
        title=title,
        lines=lines,
        button=button,
        action_url=reverse("reporting:transition", args=[report.pk, action]),
        cancel_url=reverse("reporting:detail", args=[report.pk]),
        report=report,
        people=[(str(user), user.position) for user in people],
        people_title=people_title,
        hidden=hidden,
    )
