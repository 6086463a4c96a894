"""Requests: an outgoing one sent to the units it asks, an incoming one answered by a report of the unit
asked, and the units that answered late, which the asking unit's next report lists."""

from dataclasses import dataclass

from django.db import models, transaction
from django.utils import timezone

from ngoaivu.core.models import Unit
from ngoaivu.core.permissions import can_edit
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.reporting.services import create_report

from .models import ReportRequest, Submission


@transaction.atomic
def send_request(request, units):
    """An outgoing request and one not-started submission per chosen unit."""
    request.direction = ReportRequest.Direction.OUTGOING
    request.save()
    ask_units(request, units)
    return request


def ask_units(request, units):
    """One not-started answer per unit for a request sent: what the unit finds on its home page and is
    reminded of (reminders.py), as the units first asked. A unit asked already keeps its answer."""
    Submission.objects.bulk_create([Submission(request=request, unit=unit) for unit in units], ignore_conflicts=True)


def answer_units():
    return Unit.objects.filter(is_active=True).exclude(kind__in=[Unit.Kind.PROVINCE, Unit.Kind.PEOPLES_COMMITTEE])


def answer_request(item, user, as_of=None, letter=None):
    """(report, made): the draft that answers an incoming request, opening with its letter (or letter, when
    the request has none), linked to it — «Lập báo cáo trả lời» on the request's page, and «Lập báo cáo»
    when the officer says the report answers it. A request answered meanwhile keeps its report: made False."""
    with transaction.atomic():
        report = create_report(
            item.unit, item.template, item.period_code, user, as_of=as_of, letter=item.letter or letter
        )
        # Linked only while it has no report, in the same transaction: of two people answering at once,
        # one report is linked and the other rolled back (SQLite has no row locks to wait on).
        linked = ReportRequest.objects.filter(pk=item.pk, report__isnull=True).update(report=report)
        if not linked:
            transaction.set_rollback(True)
    if not linked:
        item.refresh_from_db(fields=["report"])
        return item.report, False
    item.report = report
    return report, True


def open_requests_for(user, unit, template, period_code):
    """The incoming requests still without a report that ask unit for exactly this template and period,
    among those user sees (a unit reporter: its own unit's only) and may answer."""
    try:
        code = parse(period_code, unit.reporting_convention).code()
    except PeriodError:
        return []
    items = (
        ReportRequest.objects.visible_to(user)
        .filter(
            direction=ReportRequest.Direction.INCOMING,
            unit=unit,
            template=template,
            period_code=code,
            report__isnull=True,
        )
        .select_related("unit", "template", "letter")
    )
    return [item for item in items if can_edit(user, item)]


@dataclass(frozen=True)
class AnswerOffer:
    """An open request offered on «Lập báo cáo» (reporting.signals.answer_offers): what the page shows,
    and answer(), which makes and links the report as the request's own page does."""

    item: ReportRequest

    @property
    def pk(self):
        return self.item.pk

    @property
    def subject(self):
        return self.item.subject

    @property
    def deadline(self):
        return self.item.deadline

    @property
    def letter(self):
        return self.item.letter.citation if self.item.letter else ""

    def answer(self, user, as_of=None, letter=None):
        return answer_request(self.item, user, as_of=as_of, letter=letter)


def answer_offers(sender, user, unit, template, period_code, **kwargs):
    """The receiver of reporting.signals.answer_offers (connected in apps.py)."""
    return [AnswerOffer(item) for item in open_requests_for(user, unit, template, period_code)]


def late_answers(sender, units, period, **kwargs):
    """The receiver of reporting.signals.late_answers (connected in apps.py): the units that answered
    late, or not at all, an outgoing request of units for period or due within it; as known on the
    day the figures are counted to (period.as_of), else today. A unit whose answer, first sent in time, was
    returned for correction and is not sent again has no answer past the deadline (Submission.is_late),
    but was not late: its row says returned."""
    day = period.as_of or timezone.localdate()
    # An office that asked itself too is not late to itself: it is the one compiling.
    asked = Submission.objects.filter(request__direction=ReportRequest.Direction.OUTGOING).exclude(
        unit_id=models.F("request__unit_id")
    )
    if units is not None:  # None: the whole register
        asked = asked.filter(request__unit__in=list(units))
    asked = asked.filter(
        models.Q(request__period_code=period.code()) | models.Q(request__deadline__range=(period.start, period.end))
    )
    rows = {}
    for answer in asked.select_related("request", "unit").order_by("request__deadline", "unit__name"):
        # First sent in time, returned for correction and not sent again: no answer to compile (is_late),
        # but the unit was not late; its row says «returned» (reporting.lists: the list returned_answers).
        first = answer.first_submitted_at or answer.submitted_at
        returned = (
            answer.status == Submission.Status.RETURNED
            and first is not None
            and timezone.localdate(first) <= min(answer.request.deadline, day)
        )
        if answer.is_late(day):
            rows.setdefault(
                (answer.unit_id, returned),
                {
                    "unit": answer.unit.report_name,
                    "deadline": answer.request.deadline,
                    "returned": returned,
                },
            )
    return list(rows.values())
