"""The on-time rate of the units' answers to the office's requests: the compliance page and its chart."""

from datetime import timedelta

from django.utils import timezone

from ngoaivu.pure.text import collation_key

from .models import ReportRequest, Submission


def compliance(today=None, units=None, since=None, until=None):
    """[{unit, total, on_time, late, rate}] over the requests whose deadline fell from since to
    before until: by default the last 12 months. A deadline not yet passed is not counted."""
    today = today or timezone.localdate()
    since = since or today - timedelta(days=365)
    until = min(until or today, today)
    submissions = Submission.objects.filter(
        request__direction=ReportRequest.Direction.OUTGOING, request__deadline__gte=since, request__deadline__lt=until
    ).select_related("unit", "request")
    if units is not None:
        submissions = submissions.filter(unit__in=units)
    by_unit = {}
    for submission in submissions:
        row = by_unit.setdefault(submission.unit_id, {"unit": submission.unit, "total": 0, "on_time": 0})
        row["total"] += 1
        if not submission.is_late(today):
            row["on_time"] += 1
    rows = sorted(by_unit.values(), key=lambda r: collation_key(r["unit"].name))
    for row in rows:
        row["late"] = row["total"] - row["on_time"]
        row["rate"] = round(100 * row["on_time"] / row["total"]) if row["total"] else None
    return rows
