"""The home page's panels: requests due, answers this unit owes, drafts awaiting a leader's approval,
and the unit's own drafts."""

from django.utils import timezone

from ngoaivu.core.permissions import approval_scope, can_write, is_unit_bound
from ngoaivu.reporting.models import Report

from .models import ReportRequest, Submission

LIMIT = 10


def panels(user, today=None):
    today = today or timezone.localdate()
    due = (
        ReportRequest.objects.filter(direction=ReportRequest.Direction.INCOMING)
        .exclude(report__status=Report.Status.ISSUED)
        .select_related("unit", "letter")
        .order_by("deadline")
    )
    if is_unit_bound(user):
        due = due.filter(unit_id=user.unit_id)
    due = list(due[:LIMIT])
    awaiting = []
    if user.unit_id:
        awaiting = list(
            Submission.objects.filter(unit_id=user.unit_id, status__in=Submission.PENDING)
            .select_related("request__unit")
            .order_by("request__deadline")[:LIMIT]
        )
    for item in due:
        item.left = item.days_left(today)
    for submission in awaiting:
        submission.left = submission.request.days_left(today)
    approvals = list(
        approval_scope(Report.objects.filter(status=Report.Status.SUBMITTED), user).select_related("unit")[:LIMIT]
    )
    drafts = []
    if can_write(user) and user.unit_id:
        # The writer's side of the same queue: its unit's drafts, and those sent up for approval.
        drafts = list(
            Report.objects.readable_by(user)
            .filter(unit_id=user.unit_id, status__in=[Report.Status.DRAFT, Report.Status.SUBMITTED])
            .select_related("unit")
            .order_by("-updated_at")[:LIMIT]
        )
    return {"due_requests": due, "awaiting": awaiting, "approvals": approvals, "drafts": drafts}
