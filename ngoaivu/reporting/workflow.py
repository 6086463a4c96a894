"""A report's workflow: submitted, returned, approved, issued, each step on the locked row; issuing gives
the next number of the unit's sequence for the year."""

from django.db import IntegrityError, transaction
from django.db.models import F, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import Report
from .tasks import schedule_freezing
from ngoaivu.pure.numbers import format_number
from ngoaivu.pure.text import clean_text
from ngoaivu.core.models import Succession, Unit
from ngoaivu.core.permissions import may_move_report


class WorkflowError(Exception):
    """A transition the report's state does not allow; the message is for the user."""


class NumberTaken(WorkflowError):
    """The number the issuer confirmed went to another report meantime: the page asks again with the new one."""

    def __init__(self):
        super().__init__(_("Số trên trang xác nhận vừa được cấp cho báo cáo khác; xem số mới rồi xác nhận lại."))


# Each step: (the states it starts from, the state it leaves). An approved report not yet issued is
# returned as a submitted one is (its figures gone stale before issue): its approver undoes the approval.
TRANSITIONS = {
    "submit": ((Report.Status.DRAFT,), Report.Status.SUBMITTED),
    "return": ((Report.Status.SUBMITTED, Report.Status.APPROVED), Report.Status.DRAFT),
    "approve": ((Report.Status.SUBMITTED,), Report.Status.APPROVED),
    "issue": ((Report.Status.APPROVED,), Report.Status.ISSUED),
}
# Each step's name, as its button on the report and its choice in the API say it.
STEP_NAMES = {
    "submit": gettext_lazy("Trình duyệt"),
    "return": gettext_lazy("Trả lại"),
    "approve": gettext_lazy("Duyệt"),
    "issue": gettext_lazy("Ban hành, cấp số"),
}


def allowed_actions(user, report):
    """The workflow steps user may take on report now, in the order of TRANSITIONS."""
    return [
        action
        for action, (sources, _target) in TRANSITIONS.items()
        if report.status in sources and may_move_report(user, action, report)
    ]


def refused(report):
    """The WorkflowError for a report found in another state than the action needs: its state as saved now."""
    status = Report.objects.filter(pk=report.pk).values_list("status", flat=True).first() or report.status
    label = Report.Status(status).label if status in Report.Status.values else status
    message = _("Báo cáo đang ở trạng thái «%(status)s», không thể thực hiện thao tác này.")
    return WorkflowError(message % {"status": label})


def approvers(report):
    """The active leaders of the report's unit, who approve or return it (an administrator does when
    the unit has none: core.permissions.approves_for)."""
    return list(report.unit.leaders())


def _claim(report, statuses):
    """The report's row as saved now, held by the caller's transaction, if its status is one of statuses.

    Of two steps taken on one report at the same moment (two leaders issuing, one approving while
    another returns it) only the first finds the report in the state it needs; the other gets a
    WorkflowError with the state it found. On PostgreSQL the row lock of select_for_update makes
    the second wait until the first commits, then read the new status. SQLite ignores
    select_for_update, so the claim is also a write that only a row still in state takes:
    UPDATE … WHERE status IN (…), and SQLite runs one writer at a time.
    Must run inside transaction.atomic().
    """
    rows = Report.objects.filter(pk=report.pk, status__in=statuses)
    current = rows.select_for_update().first()
    if current is None or not rows.update(status=F("status")):
        raise refused(report)
    return current


def transition(report, action, user, today=None, reason="", number=None):
    """Move the report one step (TRANSITIONS); report is updated to the row as saved.

    The check of its state and the step are one transaction on the locked row: of two people
    taking a step at once, one succeeds and the other gets a WorkflowError.
    A return says why (reason), in the report's history with who returned it (returned_note): it must, for
    the drafter to know what to mend (reason_refusal, the one rule of the page, the API and this service).
    An issue confirmed with a number is refused (NumberTaken) if the report would take another.
    """
    sources, target = TRANSITIONS[action]
    reason = given_reason(reason)
    with transaction.atomic():
        current = _claim(report, list(sources))
        if action == "return" and current.status != report.status:
            # A return undoes the state its person saw: a report approved meanwhile is not returned unseen.
            raise refused(report)
        current._history_user = user
        if action == "issue":
            _give_number(current, today, confirmed=number)
        else:
            refusal = reason_refusal(current, action, reason)
            if refusal:
                raise WorkflowError(refusal)
            if action == "return" and reason:
                current._change_reason = reason
            current.status = target
            current.save()
    report.refresh_from_db()
    return report


REASON_LIMIT = 1000


def given_reason(reason):
    """A reason as it is kept: cleaned as any text is stored (an invisible «\u200b» alone is no reason)."""
    return clean_text(reason or "").strip()


def reason_refusal(report, action, reason):
    """Why a return's reason is refused, or "": a return always says why, the drafter must know what to
    mend; an approved report's, also why an approval others may have counted on is undone."""
    if action != "return":
        return ""
    reason = given_reason(reason)
    if not reason and report.status == Report.Status.APPROVED:
        return _("Ghi lý do trả lại báo cáo đã duyệt.")
    if not reason:
        return _("Ghi lý do trả lại để người soạn biết cần sửa gì.")
    if len(reason) > REASON_LIMIT:
        return _("Lý do trả lại dài %(length)s ký tự, vượt quá giới hạn %(limit)s ký tự.") % {
            "length": format_number(len(reason)),
            "limit": format_number(REASON_LIMIT),
        }
    return ""


def issue(report, today=None, attempts=5):
    """Give the report the next number of its unit and year, and its date; then it never changes.

    An issued report is refused (WorkflowError): issuing it again, even at the same moment, never
    gives it another number.
    """
    with transaction.atomic():
        current = _claim(report, [status for status in Report.Status.values if status != Report.Status.ISSUED])
        _give_number(current, today, attempts)
    report.refresh_from_db()
    return report


def sequence_units(unit_id, year):
    """The units whose report numbers of year are one sequence: unit and those renamed into it or
    from it during that year, again and again. A renamed unit goes on from the old name's numbers,
    and a report of the old name issued after the rename does not take a number the new name used."""
    ids, frontier = [unit_id], [unit_id]
    while frontier:
        renames = Succession.objects.filter(kind=Succession.Kind.RENAME, effective_on__year=year)
        links = renames.filter(Q(successor_id__in=frontier) | Q(predecessor_id__in=frontier))
        linked = {pk for pair in links.values_list("predecessor_id", "successor_id") for pk in pair}
        frontier = sorted(linked - set(ids))
        ids.extend(frontier)
    return ids


def next_number(report, today=None):
    """The number issuing would give the report today: the next of its unit's numbers of this
    calendar year (sequence_units), whatever the period the report covers."""
    year = (today or timezone.localdate()).year
    numbered = Report.objects.filter(unit_id__in=sequence_units(report.unit_id, year), numbered_year=year)
    return (numbered.aggregate(n=Max("number"))["n"] or 0) + 1


def _give_number(report, today=None, attempts=5, confirmed=None):
    """Number, date and status of an issued report, on a row the caller has claimed.

    Two reports of one unit issued at once may read the same highest number: the unique
    constraint refuses the second, which tries again with the next one. When the issuer confirmed
    a number (confirmed), any other, at the first try or a retry, is refused with NumberTaken.
    """
    today = today or timezone.localdate()
    shared = sequence_units(report.unit_id, today.year)
    if len(shared) > 1:
        # The unique constraint is per unit: units sharing a sequence issue one after the other (PostgreSQL).
        list(Unit.objects.select_for_update().filter(pk__in=shared).order_by("pk"))
    for _attempt in range(attempts):
        try:
            with transaction.atomic():
                report.number = next_number(report, today)
                if confirmed is not None and report.number != confirmed:
                    raise NumberTaken
                report.numbered_year = today.year
                report.issued_on = today
                report.status = Report.Status.ISSUED
                report.freeze_issuer()
                report.save()
                schedule_freezing(report)
                return report
        except IntegrityError:
            report.number = report.numbered_year = None
            continue
    raise WorkflowError(_("Không cấp được số báo cáo, vui lòng thử lại."))
