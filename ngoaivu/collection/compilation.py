"""What the office makes of the answers: the unit × indicator table, its XLSX, the compiled draft, compliance."""

from datetime import timedelta
from io import BytesIO

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.wording import format_date

from .models import ReportRequest, Submission
from .services import measures


def table(request):
    """{"rows": [{code, indicator, measure, unit, cells: [n…], total}], "units": [...], "missing": [...]}.

    Only accepted answers count; the others are listed as missing with their state.
    """
    submissions = list(request.submissions.select_related("unit").order_by("unit__name"))
    accepted = [s for s in submissions if s.state == Submission.State.ACCEPTED]
    rows = []
    for code, name, measure, word in measures(request.template):
        cells = [int((s.values or {}).get(code, {}).get(measure) or 0) for s in accepted]
        rows.append({"code": code, "indicator": name, "measure": measure, "unit": word, "cells": cells,
                     "total": sum(cells)})
    return {"rows": rows, "units": [s.unit for s in accepted], "submissions": submissions,
            "missing": [s for s in submissions if s.state != Submission.State.ACCEPTED]}


def xlsx(request):
    data = table(request)
    book = Workbook()
    sheet = book.active
    sheet.title = _("Tổng hợp")
    sheet.append([request.subject])
    sheet.append([_("Kỳ báo cáo: %(period)s; hạn: %(deadline)s") % {
        "period": request.period_code, "deadline": format_date(request.deadline)}])
    sheet.append([])
    header = [_("Chỉ tiêu"), _("Đơn vị tính")] + [u.name for u in data["units"]] + [_("Tổng cộng")]
    sheet.append(header)
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for row in data["rows"]:
        sheet.append([row["indicator"], row["unit"], *row["cells"], row["total"]])
    if data["missing"]:
        sheet.append([])
        sheet.append([_("Đơn vị chưa có báo cáo được tiếp nhận")])
        for submission in data["missing"]:
            sheet.append([submission.unit.name, submission.get_state_display()])
    sheet.column_dimensions["A"].width = 45
    output = BytesIO()
    book.save(output)
    return output.getvalue()


def gathered_texts(request):
    """{section key: "- Unit: text\\n\\n- Unit: text"} from the accepted answers."""
    accepted = request.submissions.filter(state=Submission.State.ACCEPTED).select_related("unit").order_by("unit__name")
    gathered = {}
    for submission in accepted:
        for key, text in (submission.texts or {}).items():
            if text and text.strip():
                gathered.setdefault(key, []).append(f"- {submission.unit.name}: {text.strip()}")
    return {key: "\n\n".join(lines) for key, lines in gathered.items()}


@transaction.atomic
def compile_report(request, user):
    """A report draft of the requesting unit whose sections gather the units' texts; then the usual workflow."""
    report = create_report(request.unit, request.template, request.period_code, user)
    texts = gathered_texts(request)
    for section in report.sections.filter(key__in=list(texts)):
        section.text = section.generated_text = texts[section.key]
        section.save()  # kept in the section's history like any edit
    request.report = report
    request.save(update_fields=["report"])
    return report


def compliance(today=None, units=None, since=None, until=None):
    """[{unit, total, on_time, late, rate}] over the requests whose deadline fell from since to
    before until: by default the last 12 months. A deadline not yet passed is not counted."""
    today = today or timezone.localdate()
    since = since or today - timedelta(days=365)
    until = min(until or today, today)
    submissions = (Submission.objects.filter(request__direction=ReportRequest.Direction.OUTGOING,
                                             request__deadline__gte=since, request__deadline__lt=until)
                   .select_related("unit", "request"))
    if units is not None:
        submissions = submissions.filter(unit__in=units)
    by_unit = {}
    for submission in submissions:
        row = by_unit.setdefault(submission.unit_id, {"unit": submission.unit, "total": 0, "on_time": 0})
        row["total"] += 1
        if not submission.is_late(today) and not submission.is_pending:
            row["on_time"] += 1
    rows = sorted(by_unit.values(), key=lambda r: r["unit"].name)
    for row in rows:
        row["late"] = row["total"] - row["on_time"]
        row["rate"] = round(100 * row["on_time"] / row["total"]) if row["total"] else None
    return rows
