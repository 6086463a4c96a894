"""Report pages: the list, a new draft, and a report's page (its preview, and an issued report's files and
signatures). Beside them: views_editing.py (head and sections), views_workflow.py (submit, return, approve,
issue), views_redrafting.py, views_sources.py, views_files.py (DOCX, PDF) and views_signing.py; they find the
report through _report and _editable_report here."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ngoaivu.core.permissions import can_edit, can_write
from ngoaivu.register.forms import resolve_document

from . import files
from .document import split_footnotes, split_paragraphs
from .ended import ended_notice
from .forms import NewReportForm, ReportListForm
from .models import Report
from .outline_changes import changes
from .restoring import removed_sections
from .services import create_report, to_document
from .workflow import STEP_NAMES, allowed_actions
from .signals import answer_offers, compiled_sources_address


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
            letter = resolve_document(data["letter"], request.user)
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
            "uncut": report.uncut_comparison(),
            # a unit that has ended: said at the top of the page a new draft opens on, and each time after
            "ended": ended_notice(report),
            "compiled_sources": compiled_sources_address(report),
            "stale": [str(section) for section in stale],
            "dropped": dropped,
            "missing": missing,
            "removed": removed_sections(report),
            "returned": last_return(report),
            "stale_help": {
                Report.Status.SUBMITTED: _("Báo cáo đang chờ duyệt: muốn cập nhật, người duyệt trả lại để sửa."),
                Report.Status.APPROVED: _(
                    "Báo cáo đã duyệt không sửa được nữa: nếu cần số liệu mới, người duyệt trả lại (ghi lý do) để "
                    "soạn lại trước khi ban hành."
                ),
            }.get(report.status, ""),
            **_issued_context(request.user, report),
        },
    )


def last_return(report):
    """The step that returned a draft to its unit, from the report's history: when, by whom, from which
    state, why. None for a draft never returned, or a report past drafting."""
    if report.status != Report.Status.DRAFT:
        return None
    records = list(report.history.order_by("-history_date", "-history_id").select_related("history_user")[:200])
    for newer, older in zip(records, records[1:]):
        if newer.status == Report.Status.DRAFT and older.status != Report.Status.DRAFT:
            return {
                "when": newer.history_date,
                "by": newer.history_user,
                "was": Report.Status(older.status).label,
                "reason": newer.history_change_reason or "",
            }
    return None


def _issued_context(user, report):
    """An issued report's frozen files, their hash, signatures, and the signature the user may add now."""
    if report.status != Report.Status.ISSUED:
        return {}
    from .signing import may_sign, missing_image, next_kind
    from .views_signing import KIND_SLUGS

    document = files.issued_document(report)
    waiting = next_kind(document) if document.is_ready else None
    slugs = {kind: slug for slug, kind in KIND_SLUGS.items()}
    can_sign = waiting is not None and may_sign(user, report, waiting)
    # Whose turn it is but who lacks the image the signature carries: told so before choosing a key.
    missing = missing_image(user, report, waiting) if can_sign else ""
    return {
        "issued": document,
        "signatures": list(document.signatures.all()),
        "sign_url": reverse("reporting:sign", args=[report.pk, slugs[waiting]]) if can_sign and not missing else "",
        "sign_label": waiting.label if can_sign else "",
        "sign_missing": missing,
    }
