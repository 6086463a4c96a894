"""Report requests: record or send one, answer it (form or upload), review, compile, compliance."""

from datetime import timedelta

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _, ngettext
from django.views.decorators.http import require_POST

from ngoaivu.core.downloads import attachment
from ngoaivu.core.period_field import in_words
from ngoaivu.reporting.models import Report
from ngoaivu.core.permissions import can_edit, can_write, is_office, is_unit_bound, scope

from ngoaivu.core.screen_figures import screen_count
from . import compilation
from .contradictions import contradictions
from .compiled_sources import compiled_sources as sources_of_compiled
from .compliance import compliance as on_time_rates  # the page below bears the name
from .forms import AddUnitsForm, CompliancePeriodForm, RequestForm
from .models import ReportRequest
from .reminders import reminder_addresses
from .requesting import answer_request, ask_units, send_request


def visible_requests(user):
    return ReportRequest.objects.visible_to(user).select_related("unit", "template", "letter", "report")


def _request(request, pk):
    return get_object_or_404(visible_requests(request.user), pk=pk)


@login_required
def request_list(request):
    today = timezone.localdate()
    # A reporter counts its own answer only: how far other units are is the office's to see.
    own = Q(submissions__unit_id=request.user.unit_id) if is_unit_bound(request.user) else Q()
    requests = visible_requests(request.user).annotate(
        recipients=Count("submissions", filter=own, distinct=True),
        answered=Count("submissions", filter=own & Q(submissions__status__in=["submitted", "accepted"]), distinct=True),
    )
    incoming = [r for r in requests if r.is_incoming]
    outgoing = [r for r in requests if not r.is_incoming]
    for r in requests:
        r.left = r.days_left(today)
    return render(
        request,
        "collection/list.html",
        {
            "incoming": incoming,
            "outgoing": outgoing,
            "can_write": can_write(request.user),
            "is_office": is_office(request.user),
        },
    )


# The addresses of the two forms, in the words of their kinds («Yêu cầu đi», «Yêu cầu đến»).
DIRECTION_SLUGS = {"yeu-cau-di": ReportRequest.Direction.OUTGOING, "yeu-cau-den": ReportRequest.Direction.INCOMING}


@login_required
def request_new(request, slug):
    if slug in ReportRequest.Direction.values:  # the English address of earlier versions
        if request.method == "GET":  # a bookmark goes to the new address; a form sent there is still taken
            return redirect("collection:new", *[key for key, value in DIRECTION_SLUGS.items() if value == slug])
        direction = slug
    elif slug in DIRECTION_SLUGS:
        direction = DIRECTION_SLUGS[slug]
    else:
        raise Http404
    if not can_write(request.user):
        raise PermissionDenied
    if direction == ReportRequest.Direction.OUTGOING and not is_office(request.user):
        raise PermissionDenied
    form = RequestForm(request.POST or None, user=request.user, direction=direction)
    if request.method == "POST" and form.is_valid():
        form.instance.created_by = request.user
        if direction == ReportRequest.Direction.OUTGOING:
            item = send_request(form.save(commit=False), form.cleaned_data["recipients"])
            sent = len(form.cleaned_data["recipients"])
            messages.success(
                request,
                ngettext("Đã gửi yêu cầu báo cáo đến %(n)s đơn vị.", "Đã gửi yêu cầu báo cáo đến %(n)s đơn vị.", sent)
                % {"n": screen_count(sent)},
            )
        else:
            item = form.save()
            messages.success(request, _("Đã ghi nhận yêu cầu báo cáo."))
        return redirect("collection:detail", item.pk)
    return render(request, "collection/new.html", {"form": form, "direction": direction})


def _may_add_units(user, item):
    """Whether user may ask more units to answer item: the office, of a request it sends out."""
    return not item.is_incoming and is_office(user) and can_edit(user, item)


@login_required
def request_detail(request, pk, add_form=None):
    """add_form: units to add refused, shown with its message beside its field."""
    item = _request(request, pk)
    today = timezone.localdate()
    submissions = list(scope(item.submissions.select_related("unit"), request.user))
    office = is_office(request.user)
    # Whoever reads every unit (the office, its leaders) learns here, not when a reminder fails to go,
    # that a unit has nobody to write to; a unit reporter learns nothing of other units.
    reads_all = not is_unit_bound(request.user)
    reachable = reminder_addresses({s.unit_id for s in submissions}) if reads_all else {}
    for submission in submissions:
        submission.request = item
        submission.late = submission.is_late(today)
        submission.unreachable = reads_all and submission.is_pending and not reachable.get(submission.unit_id)
    # The days left count while something is still to be done: the report answering an incoming
    # request is not issued, or an answer the user sees is not yet sent.
    if item.is_incoming:
        open_work = item.report is None or item.report.status != item.report.Status.ISSUED
    else:
        open_work = any(submission.is_pending for submission in submissions)
    return render(
        request,
        "collection/detail.html",
        {
            "item": item,
            # The report answering or compiled from it, linked only for whoever may open it (its page's rule).
            "report": Report.objects.readable_by(request.user).filter(pk=item.report_id).first(),
            "submissions": submissions,
            "left": item.days_left(today) if open_work else None,
            "is_office": office,
            "can_answer": item.is_incoming and can_edit(request.user, item) and item.report_id is None,
            # An outgoing request to the user's unit: the way to its answer, first thing on the page.
            "own_answer": next(
                (s for s in submissions if s.unit_id == request.user.unit_id and can_edit(request.user, s)), None
            ),
            "can_compile": not item.is_incoming and reads_all,
            "add_form": add_form or (AddUnitsForm(request=item) if _may_add_units(request.user, item) else None),
        },
    )


@require_POST
@login_required
def request_add_units(request, pk):
    """Units the office forgot, asked on the request it sent: each gets its answer to write, as the others."""
    item = _request(request, pk)
    if not _may_add_units(request.user, item):
        raise PermissionDenied
    form = AddUnitsForm(request.POST, request=item)
    if not form.is_valid():
        return request_detail(request, pk, add_form=form)
    ask_units(item, form.cleaned_data["recipients"])
    added = len(form.cleaned_data["recipients"])
    messages.success(
        request,
        ngettext(
            "Đã gửi yêu cầu báo cáo đến thêm %(n)s đơn vị.", "Đã gửi yêu cầu báo cáo đến thêm %(n)s đơn vị.", added
        )
        % {"n": screen_count(added)},
    )
    return redirect("collection:detail", pk)


@require_POST
@login_required
def request_answer(request, pk):
    """The report that answers an incoming request, opening with the sentence that cites the letter."""
    item = _request(request, pk)
    if not item.is_incoming or not can_edit(request.user, item):
        raise PermissionDenied
    if item.report_id:
        return redirect("reporting:detail", item.report_id)
    try:
        report, made = answer_request(item, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("collection:detail", pk)
    if made:
        messages.success(request, _("Đã tạo dự thảo báo cáo trả lời yêu cầu."))
    else:  # someone answered it meanwhile: theirs is the answer
        messages.info(request, _("Yêu cầu này đã có báo cáo trả lời."))
    return redirect("reporting:detail", report.pk)


def _outgoing_for_office_readers(request, pk):
    if is_unit_bound(request.user):
        raise Http404
    return get_object_or_404(visible_requests(request.user), pk=pk, direction=ReportRequest.Direction.OUTGOING)


@login_required
def compilation_table(request, pk):
    item = _outgoing_for_office_readers(request, pk)
    data = compilation.table(item)
    return render(
        request,
        "collection/compilation.html",
        {
            "item": item,
            "data": data,
            "is_office": is_office(request.user),
            "contradictions": contradictions(data["accepted"]),
            "coverage": compilation.coverage_note(
                data["submissions"], data["others"]
            ),  # before and after the report is made
        },
    )


@login_required
def compilation_xlsx(request, pk):
    item = _outgoing_for_office_readers(request, pk)
    return attachment(compilation.xlsx(item), "xlsx", f"tong-hop-{item.pk}-{item.period_code}.xlsx")


@require_POST
@login_required
def compilation_report(request, pk):
    item = _outgoing_for_office_readers(request, pk)
    if not is_office(request.user):
        raise PermissionDenied
    if item.report_id:
        return redirect("reporting:detail", item.report_id)
    try:
        report = compilation.compile_report(item, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
        return redirect("collection:compilation", pk)
    messages.success(request, _("Đã tạo dự thảo báo cáo tổng hợp từ báo cáo của các đơn vị."))
    note = compilation.coverage_note(compilation.answers_of(item))
    if note:
        messages.warning(request, note)
    return redirect("reporting:detail", report.pk)


@login_required
def compiled_sources(request, pk):
    """Where each figure of the report compiled from a request comes from, unit by unit, by name."""
    item = _outgoing_for_office_readers(request, pk)
    report = Report.objects.readable_by(request.user).filter(pk=item.report_id).first()
    if report is None:
        raise Http404
    return render(
        request,
        "collection/compiled_sources.html",
        {"item": item, "report": report, "sections": sources_of_compiled(item, request.user)},
    )


@login_required
def compliance(request):
    units = [request.user.unit_id] if is_unit_bound(request.user) else None
    form = CompliancePeriodForm(request.GET or None)
    period = form.chosen()
    if form.refused:  # its reason beside the picker; no other period's rate in place of the one asked
        rows = None
    elif period is None:  # the last 12 months
        rows = on_time_rates(units=units)
    else:
        rows = on_time_rates(units=units, since=period.start, until=period.end + timedelta(days=1))
    return render(
        request,
        "collection/compliance.html",
        {"rows": rows, "form": form, "period": in_words(period) if period else "", "refused": form.refused},
    )
