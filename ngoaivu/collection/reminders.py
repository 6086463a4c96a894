"""E-mail reminders to units that have not answered: 3 days and 1 day before the deadline, and once late.

Safe to run every hour from cron: a ReminderSent row is created with the e-mail inside one
transaction, and its unique constraint refuses a second reminder of the same kind.
"""

from dataclasses import dataclass, field

from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ngoaivu.core.models import Role, User
from ngoaivu.pure.text import collation_key
from ngoaivu.pure.wording import screen_date

from .models import ReminderSent, ReportRequest, Submission


def kind_for(days_left):
    if days_left < 0:
        return ReminderSent.Kind.LATE
    if days_left <= 1:
        return ReminderSent.Kind.ONE_DAY
    if days_left <= 3:
        return ReminderSent.Kind.THREE_DAYS
    return None


def _message(submission, kind, days_left):
    request = submission.request
    subject = {
        ReminderSent.Kind.THREE_DAYS: _("Nhắc báo cáo: còn %(days)s ngày đến hạn"),
        ReminderSent.Kind.ONE_DAY: _("Nhắc báo cáo: sắp đến hạn"),
        ReminderSent.Kind.LATE: _("Báo cáo đã quá hạn"),
    }[kind] % {"days": f"{days_left:02d}"}
    cited = f" ({request.letter.citation()})" if request.letter_id else ""
    body = _(
        "Kính gửi %(unit)s,\n\n%(requester)s đề nghị báo cáo: %(subject)s%(cited)s, kỳ %(period)s, "
        "hạn gửi ngày %(deadline)s. Đến nay đơn vị chưa gửi báo cáo.\n\nĐề nghị đơn vị nhập hoặc tải báo "
        "cáo lên phần mềm Ngoại vụ, mục Yêu cầu báo cáo."
    ) % {
        "unit": submission.unit.name,
        "requester": request.unit.name,
        "subject": request.subject,
        "cited": cited,
        "period": request.period_label,
        "deadline": screen_date(request.deadline),
    }
    return f"{subject} – {request.subject}"[:200], body


def due(today):
    """(submission, kind, days left) for every unanswered submission that a reminder is due for."""
    pending = (
        Submission.objects.filter(status__in=Submission.PENDING, request__direction=ReportRequest.Direction.OUTGOING)
        .select_related("request__unit", "request__letter", "unit")
        .prefetch_related("reminders")
        .order_by("request__deadline", "pk")
    )
    for submission in pending:
        days_left = (submission.request.deadline - today).days
        kind = kind_for(days_left)
        if kind is None:
            continue
        if any(r.kind == kind for r in submission.reminders.all()):
            continue
        yield submission, kind, days_left


def reminder_addresses(unit_ids):
    """{unit id: [e-mail, …]}: where a unit's reminders go, its active reporters with an address."""
    addresses = {}
    reporters = User.objects.filter(unit_id__in=unit_ids, role=Role.REPORTER, is_active=True).exclude(email="")
    for user in reporters.order_by("email"):
        addresses.setdefault(user.unit_id, []).append(user.email)
    return addresses


@dataclass
class Reminded:
    sent: int  # e-mails that went
    # The units a reminder was due to but nobody could be written to, each with the requests it
    # has not answered: "Văn phòng UBND tỉnh («Báo cáo tháng 8/2021», hạn 10/9/2021)".
    unreached: list
    # The units that have ended (merged or dissolved) by the day, named with their dates: nobody reports
    # for them any more, so none is reminded; their successor answers its own requests.
    ended: list = field(default_factory=list)


def send_reminders(today=None):
    """Send the reminders due; a unit with no reporter's address is named, and reminded on a later
    run once it has one."""
    today = today or timezone.localdate()
    items = list(due(today))
    addresses = reminder_addresses({s.unit_id for s, _k, _d in items})
    sent, unreached, ended = 0, {}, set()
    for submission, kind, days_left in items:
        if submission.unit.has_ended(today):
            ended.add(submission.unit.listed_name)
            continue
        to = addresses.get(submission.unit_id, [])
        if not to:
            request = submission.request
            label = _("«%(subject)s», hạn %(deadline)s") % {
                "subject": request.subject,
                "deadline": screen_date(request.deadline),
            }
            unreached.setdefault(submission.unit.name, []).append(label)
            continue
        subject, body = _message(submission, kind, days_left)
        try:
            with transaction.atomic():
                ReminderSent.objects.create(submission=submission, kind=kind, recipients=", ".join(to))
                send_mail(subject, body, None, to)
        except IntegrityError:
            continue  # another run sent it
        sent += 1
    return Reminded(
        sent,
        [
            f"{name} ({'; '.join(labels)})"
            for name, labels in sorted(unreached.items(), key=lambda i: collation_key(i[0]))
        ],
        sorted(ended, key=collation_key),
    )
