"""People and open work move with the duty: one administrative act per succession.

When a unit's duties move (core.models.Succession), its active users, its open requests with
their deadlines, its unanswered answers with the reminders already sent, its draft reports and,
where the kind says so, the province's focal-point flag go to the successor:

    preview = preview_transfer(succession)      # plain data: what would move, what stays and why
    summary = apply_transfer(succession, user)  # the same, done in one transaction, with a UnitTransfer row

Nothing is deleted or duplicated. What cannot move is shown with its reason and stays as it is:
an answer to a request the successor answers too (one answer per unit and request), a report
already approved, a request whose answer stays. Issued reports never move: they keep the names
they were issued under (Report.issuer). A second apply finds nothing left and is refused.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext as _

from ngoaivu.core.lineage import FOCAL_KINDS
from ngoaivu.core.models import Succession, User
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.pure.wording import screen_date
from ngoaivu.reporting.models import Report
from ngoaivu.reporting.services import default_signer

from .models import ReminderSent, ReportRequest, Submission, UnitTransfer
from ngoaivu.core.screen_figures import screen_count

MOVING = ("users", "requests", "submissions", "reports")
# Answers still the unit's to write, and those sent and waiting for review: if one is returned, the
# successor's users correct it. Accepted answers stay: they are part of a compiled report.
MOVABLE_ANSWERS = (*Submission.PENDING, Submission.Status.SUBMITTED)
HISTORY_REASON_LENGTH = 100
MOVABLE_REPORTS = (Report.Status.DRAFT, Report.Status.SUBMITTED)


def _existed(unit, period_code):
    """Whether unit existed in the period (Unit.check_existed): else its report would be refused."""
    try:
        period = parse(period_code, unit.reporting_convention)
        unit.check_existed(period.start, period.end)
    except (PeriodError, ValidationError):
        return False
    return True


class TransferError(Exception):
    """A transfer that cannot be done; the message is for the user."""


def _row(obj, label, reason=""):
    row = {"id": obj.pk, "label": label}
    if reason:
        row["reason"] = reason
    return row


def _n(count):
    return screen_count(count)


def _user_label(user):
    return f"{user} ({user.username}, {user.get_role_display()})"


def _request_label(item):
    values = {"subject": item.subject, "period": item.period_label, "deadline": screen_date(item.deadline)}
    return _("%(subject)s – kỳ %(period)s, hạn %(deadline)s") % values


def _submission_label(submission):
    request = submission.request
    values = {
        "subject": request.subject,
        "sender": request.unit,
        "deadline": screen_date(request.deadline),
        "status": submission.get_status_display().lower(),
    }
    label = _("%(subject)s (yêu cầu của %(sender)s, hạn %(deadline)s) – %(status)s") % values
    if submission.reminder_count:
        label += _(", đã gửi %(n)s thư nhắc") % {"n": _n(submission.reminder_count)}
    return label


def _report_label(report):
    values = {"title": report.title, "period": report.period_label, "status": report.get_status_display().lower()}
    return _("%(title)s – kỳ %(period)s (%(status)s)") % values


def preview_transfer(succession, lock=False):
    """What apply_transfer would move from the predecessor to the successor now, as plain data:

    {"users" | "requests" | "submissions" | "reports": [{"id", "label"}], "kept": [{"kind", "id",
    "label", "reason"}], "focal": {"moves", "label"} or None, "notes": [str], "issued": n}.
    lock: hold the rows read (select_for_update) for the caller's transaction.
    """
    old, new = succession.predecessor, succession.successor

    def rows(queryset):
        return queryset.select_for_update(of=("self",)) if lock else queryset

    kept = []
    users = [_row(u, _user_label(u)) for u in rows(User.objects.filter(unit=old, is_active=True).order_by("pk"))]

    # Open requests: those whose report is not issued. One whose answer stays (approved) stays with it;
    # an outgoing one that asked the successor itself stays, lest the successor answer its own request.
    asked_successor = set(Submission.objects.filter(unit=new).values_list("request_id", flat=True))
    requests, kept_reports = [], set()
    open_requests = rows(
        ReportRequest.objects.filter(unit=old)
        .exclude(report__status=Report.Status.ISSUED)
        .select_related("report", "unit")
    )
    for item in open_requests.order_by("deadline", "pk"):
        label = _request_label(item)
        if not _existed(new, item.period_code):
            reason = _("Không chuyển: đơn vị sau sắp xếp chưa hoạt động trong kỳ báo cáo này.")
        elif item.report is not None and item.report.status not in MOVABLE_REPORTS:
            reason = _("Không chuyển: báo cáo trả lời đã được duyệt, chờ ban hành dưới tên đơn vị trước sắp xếp.")
        elif not item.is_incoming and item.pk in asked_successor:
            reason = _("Không chuyển: đơn vị sau sắp xếp là một đơn vị được yêu cầu báo cáo.")
        else:
            requests.append(_row(item, label))
            continue
        kept.append({"kind": "request", **_row(item, label, reason)})
        if item.report_id:
            kept_reports.add(item.report_id)

    # Unanswered answers: their deadline is the request's and their reminders stay attached, so no
    # reminder goes twice. The successor keeps its own answer where it has one: one answer per unit.
    submissions = []
    pending = rows(Submission.objects.filter(unit=old, status__in=MOVABLE_ANSWERS).select_related("request__unit"))
    pending = list(pending.order_by("request__deadline", "pk"))
    # Counted apart: PostgreSQL locks no row of a grouped query.
    reminded = dict(
        ReminderSent.objects.filter(submission__in=pending)
        .order_by()
        .values("submission_id")
        .annotate(n=Count("pk"))
        .values_list("submission_id", "n")
    )
    for submission in pending:
        submission.reminder_count = reminded.get(submission.pk, 0)
        label = _submission_label(submission)
        if submission.request_id in asked_successor:
            reason = _("Không chuyển: đơn vị sau sắp xếp đã có báo cáo trả lời yêu cầu này; giữ nguyên cả hai.")
        elif submission.request.unit_id == new.pk:
            reason = _("Không chuyển: yêu cầu do chính đơn vị sau sắp xếp gửi.")
        else:
            submissions.append(_row(submission, label))
            continue
        kept.append({"kind": "submission", **_row(submission, label, reason)})

    reports = []
    for report in rows(
        Report.objects.filter(unit=old, status__in=MOVABLE_REPORTS).select_related("unit").order_by("pk")
    ):
        if report.pk in kept_reports:
            reason = _("Không chuyển: báo cáo trả lời một yêu cầu không chuyển.")
            kept.append({"kind": "report", **_row(report, _report_label(report), reason)})
        elif not _existed(new, report.period_code):
            reason = _("Không chuyển: đơn vị sau sắp xếp chưa hoạt động trong kỳ báo cáo này.")
            kept.append({"kind": "report", **_row(report, _report_label(report), reason)})
        else:
            reports.append(_row(report, _report_label(report)))
    for report in Report.objects.filter(unit=old, status=Report.Status.APPROVED).order_by("pk"):
        if report.pk not in kept_reports:
            reason = _("Không chuyển: đã được duyệt, chờ ban hành dưới tên đơn vị trước sắp xếp.")
            kept.append({"kind": "report", **_row(report, _report_label(report), reason)})

    return {
        "succession": succession.pk,
        "predecessor": {"id": old.pk, "label": old.name},
        "successor": {"id": new.pk, "label": new.name},
        "users": users,
        "requests": requests,
        "submissions": submissions,
        "reports": reports,
        "kept": kept,
        "focal": _focal(succession),
        "issued": Report.objects.filter(unit=old, status=Report.Status.ISSUED).count(),
        "notes": _notes(succession),
    }


def _focal(succession):
    """The province's focal point follows the duty, unless the successor holds it already or the unit split."""
    old, new = succession.predecessor, succession.successor
    if not old.coordinates_province:
        return None
    if new.coordinates_province:
        return {"moves": False, "label": _("%(unit)s đã là cơ quan đầu mối đối ngoại của tỉnh.") % {"unit": new.name}}
    if succession.kind not in FOCAL_KINDS:
        label = _(
            "Chia, tách không tự chuyển vai trò cơ quan đầu mối đối ngoại của tỉnh: ghi nhận việc chuyển giao "
            "chức năng, nhiệm vụ cho đơn vị nhận vai trò này rồi chuyển giao theo sắp xếp đó."
        )
        return {"moves": False, "label": label}
    values = {"old": old.name, "new": new.name}
    if succession.is_partial:
        label = _("%(new)s trở thành cơ quan đầu mối đối ngoại của tỉnh thay %(old)s (%(old)s vẫn hoạt động).")
    else:
        label = _("%(new)s trở thành cơ quan đầu mối đối ngoại của tỉnh, kế tục %(old)s.")
    return {"moves": True, "label": label % values}


def _notes(succession):
    notes = []
    if succession.is_partial:
        notes.append(
            _(
                "%(unit)s vẫn tiếp tục hoạt động sau sắp xếp: mọi người dùng và công việc dưới đây sẽ chuyển sang "
                "đơn vị sau sắp xếp. Nếu chỉ chuyển một phần, hãy điều chỉnh từng người dùng, từng yêu cầu thay "
                "vì xác nhận ở đây."
            )
            % {"unit": succession.predecessor.name}
        )
    notes.append(
        _(
            "Báo cáo dự thảo được chuyển lấy người ký mặc định là lãnh đạo của đơn vị sau sắp xếp; hạn báo cáo, "
            "thư nhắc đã gửi và lịch sử thay đổi giữ nguyên."
        )
    )
    return notes


def has_work(preview):
    return any(preview[key] for key in MOVING) or bool(preview["focal"] and preview["focal"]["moves"])


def apply_transfer(succession, by_user):
    """Move what preview_transfer lists, in one transaction, and record it (UnitTransfer).
    Returns the summary stored; raises TransferError when nothing is left to move."""
    with transaction.atomic():
        # The claim is a write, so that on SQLite, which ignores select_for_update, two administrators
        # applying at once still run one after the other; the second then finds nothing left.
        claimed = Succession.objects.filter(pk=succession.pk)
        succession = claimed.select_for_update().select_related("predecessor", "successor").get()
        claimed.update(legal_basis=F("legal_basis"))
        preview = preview_transfer(succession, lock=True)
        if not has_work(preview):
            raise TransferError(_nothing_left(succession))
        old, new = succession.predecessor, succession.successor
        moving = {key: [row["id"] for row in preview[key]] for key in MOVING}
        User.objects.filter(pk__in=moving["users"], unit=old).update(unit=new)
        ReportRequest.objects.filter(pk__in=moving["requests"], unit=old).update(unit=new)
        Submission.objects.filter(pk__in=moving["submissions"], unit=old).update(unit=new)
        authority, title, name = default_signer(new)
        reason = _("Chuyển giao theo sắp xếp đơn vị: %(succession)s") % {"succession": succession}
        # A history reason holds 100 characters (django-simple-history); the UnitTransfer row names the succession.
        reason = Truncator(reason).chars(HISTORY_REASON_LENGTH)
        for report in Report.objects.filter(pk__in=moving["reports"], unit=old):
            report.unit = new
            report.signer_authority, report.signer_title, report.signer_name = authority, title, name
            report._change_reason = reason  # the report's history says why its unit changed
            report.save()
        if preview["focal"] and preview["focal"]["moves"]:
            _move_focal(succession, reason)
        summary = {key: value for key, value in preview.items() if key != "notes"}
        UnitTransfer.objects.create(succession=succession, done_by=by_user, summary=summary)
    return summary


def _move_focal(succession, reason):
    # The predecessor keeps its flag: the succession dates the change (core/lineage.is_focal_on), so
    # its reports up to the change still count the whole province, and none after it.
    new = succession.successor
    new.coordinates_province = True
    new._change_reason = reason
    new.save(update_fields=["coordinates_province"])


def _nothing_left(succession):
    last = succession.transfers.order_by("-done_at", "-pk").first()
    if last is None:
        return _("Không có người dùng hoặc công việc nào của %(unit)s cần chuyển giao.") % {
            "unit": succession.predecessor.name
        }
    values = {"day": screen_date(timezone.localtime(last.done_at).date()), "who": last.done_by or _("không rõ")}
    return _("Việc chuyển giao theo sắp xếp này đã thực hiện ngày %(day)s (%(who)s); không còn gì để chuyển.") % values
