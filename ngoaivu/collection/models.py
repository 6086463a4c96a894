"""Report requests: letters that ask for a report, the units' answers and the reminders sent."""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.constraints import Unique
from ngoaivu.core.locking import Versioned
from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.core.period_field import in_words, label_or_code, validate_period_code
from ngoaivu.core.permissions import is_unit_bound
from ngoaivu.core.uploads import get_private_storage
from ngoaivu.register.models.readings import ReadingState
from ngoaivu.pure.periods import PeriodError, parse
from ngoaivu.pure.wording import screen_date
from ngoaivu.reporting.models import Report, ReportTemplate


class ReportRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A unit reporter sees its unit's incoming requests and those it was asked to answer; the
        office and its readers see all."""
        if not (user.is_authenticated and user.is_active):
            return self.none()
        if not is_unit_bound(user):
            return self
        own = models.Q(direction=ReportRequest.Direction.INCOMING, unit_id=user.unit_id)
        asked = models.Q(pk__in=Submission.objects.filter(unit_id=user.unit_id).values("request_id"))
        return self.filter(own | asked)


class ReportRequest(models.Model):
    """A request for a report: received from a higher body, or sent by the office to its units."""

    class Direction(models.TextChoices):
        INCOMING = "incoming", _("Yêu cầu đến (cấp trên yêu cầu báo cáo)")
        OUTGOING = "outgoing", _("Yêu cầu đi (đề nghị các đơn vị báo cáo)")

    direction = models.CharField(_("loại yêu cầu"), max_length=10, choices=Direction.choices)
    letter = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản yêu cầu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="report_requests",
    )
    subject = models.CharField(_("nội dung yêu cầu"), max_length=500)
    requested_by = models.CharField(_("cơ quan yêu cầu"), max_length=200, blank=True)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        related_name="report_requests",
        help_text=_("Yêu cầu đến: đơn vị phải báo cáo. Yêu cầu đi: đơn vị gửi yêu cầu và tổng hợp."),
    )
    template = models.ForeignKey(
        ReportTemplate, verbose_name=_("mẫu báo cáo"), on_delete=models.PROTECT, related_name="+"
    )
    period_code = models.CharField(_("kỳ báo cáo"), max_length=30, validators=[validate_period_code])
    deadline = models.DateField(_("hạn báo cáo"))
    report = models.ForeignKey(
        Report,
        verbose_name=_("báo cáo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Báo cáo trả lời (yêu cầu đến) hoặc báo cáo tổng hợp (yêu cầu đi)."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    objects = ReportRequestQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("yêu cầu báo cáo")
        verbose_name_plural = _("yêu cầu báo cáo")

    def __str__(self):
        return self.subject

    def clean(self):
        super().clean()
        error = self.deadline_error()
        if error:
            raise ValidationError({"deadline": error})

    def deadline_error(self):
        """Why the deadline cannot be, or "": before the period's first day there is nothing yet to report.
        Before its end is allowed (annual reports are asked for in December). Every way in asks it here: the
        request's form, the admin. No database rule can: the period's first day is read from its code by the
        unit's reporting convention. A period that does not read is its field's error (validate_period_code)."""
        if not (self.deadline and self.period_code and self.unit_id):
            return ""
        try:
            period = self.period_for(self.unit)
        except PeriodError:
            return ""
        if self.deadline >= period.start:
            return ""
        return gettext("Hạn báo cáo không được trước ngày bắt đầu kỳ báo cáo %(period)s (%(start)s).") % {
            "period": in_words(period),
            "start": screen_date(period.start),
        }

    def asked_units_errors(self, units):
        """[(unit, why)]: the units of units (in their order) that cannot be asked to answer this request
        beside the asking unit and the units before them, each with why, in words. An answer counts the
        unit's own work (Unit.scope(own=True): its tree and the predecessors whose rows it took over, up to
        their cut-off day) and the compiled report adds the answers to the asking unit's own figures
        (compilation.own_figures): no two of them may count the same rows of the asked period. A unit that
        handed some duties over years before the period counts nothing twice. Every way of asking says it:
        the request's form, the admin's answers (Submission.clean and its inline's formset)."""
        if not self.unit_id or self.direction == self.Direction.INCOMING:
            return []
        errors, counted = [], {}
        for index, unit in enumerate(units):
            if unit.pk == self.unit_id:
                why = gettext(
                    "Không gửi yêu cầu cho chính đơn vị mình: số liệu của đơn vị đã có trong sổ theo dõi "
                    "và được tổng hợp vào báo cáo."
                )
            else:
                why = self._twice_words(self.unit, unit, counted, asker=True)
                for other in units[:index]:
                    if why:
                        break
                    if other.pk not in (unit.pk, self.unit_id):
                        why = self._twice_words(other, unit, counted)
            if why:
                errors.append((unit, why))
        return errors

    def _counted(self, unit, counted):
        """{unit id: (first day, last day)} of the rows unit's figures of the asked period count (its own
        work, as it counts the period); None when the period does not read (its field says why)."""
        if unit.pk not in counted:
            try:
                period = self.period_for(unit)
            except PeriodError:
                counted[unit.pk] = None
            else:
                counted[unit.pk] = unit.scope(period.end, own=True).days_counted(period.start, period.end)
        return counted[unit.pk]

    def _twice_words(self, first, second, counted, asker=False):
        """Why first's and second's figures would count some rows of the period twice, or "". asker: first
        is the asking unit."""
        mine, theirs = self._counted(first, counted) or {}, self._counted(second, counted) or {}
        shared = [
            (pk, max(mine[pk][0], theirs[pk][0]), min(mine[pk][1], theirs[pk][1])) for pk in set(mine) & set(theirs)
        ]
        # the unit named: second, or first, whose own rows they are, before a third one
        shared = sorted((pk != second.pk, pk != first.pk, pk, start, end) for pk, start, end in shared if start <= end)
        if not shared:
            return ""
        below = _is_under(second, first)
        above = not below and _is_under(first, second)
        names = {"unit": second.name, "asker": first.name, "first": first.name, "second": second.name}
        if asker and below:
            said = gettext(
                "Không gửi yêu cầu cho %(unit)s: đơn vị trực thuộc %(asker)s, số liệu của đơn vị đã có trong sổ "
                "theo dõi của %(asker)s và được tổng hợp vào báo cáo."
            )
        elif asker and above:
            said = gettext(
                "Không gửi yêu cầu cho %(unit)s: %(asker)s trực thuộc %(unit)s, số liệu của %(asker)s đã có "
                "trong sổ theo dõi, được tổng hợp vào báo cáo và sẽ được tính lại trong báo cáo của %(unit)s."
            )
        elif below or above:
            upper, lower = (first, second) if below else (second, first)
            names |= {"upper": upper.name, "lower": lower.name}
            said = gettext(
                "Không gửi yêu cầu cho cả %(upper)s và %(lower)s: %(lower)s trực thuộc %(upper)s, số liệu của "
                "%(lower)s sẽ được tính hai lần khi tổng hợp."
            )
        else:
            pk, start, end = shared[0][2:]
            names |= {"shared": Unit.objects.get(pk=pk).name, "start": screen_date(start), "end": screen_date(end)}
            said = (
                gettext(
                    "Không gửi yêu cầu cho %(unit)s: số liệu của %(shared)s từ ngày %(start)s đến ngày %(end)s đã "
                    "có trong sổ theo dõi của %(asker)s, được tổng hợp vào báo cáo và sẽ được tính lại trong báo "
                    "cáo của %(unit)s."
                )
                if asker
                else gettext(
                    "Không gửi yêu cầu cho cả %(first)s và %(second)s: số liệu của %(shared)s từ ngày %(start)s "
                    "đến ngày %(end)s được tính trong báo cáo của cả hai đơn vị và sẽ được tính hai lần khi tổng hợp."
                )
            )
        return said % names

    def period_for(self, unit):
        """The asked period as a unit counts it (its own reporting convention)."""
        return parse(self.period_code, unit.reporting_convention)

    @property
    def period_label(self):
        """The period in words: "6 tháng đầu năm 2021"."""
        return label_or_code(self.period_code, lambda: self.period_for(self.unit))

    @property
    def is_incoming(self):
        return self.direction == self.Direction.INCOMING

    def days_left(self, today=None):
        return (self.deadline - (today or timezone.localdate())).days


def submission_file_path(submission, name):
    """uploads/submissions/<request>/<unit code>-<random>.<kind>: the unit's own name is kept in the row only."""
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else "bin"
    return f"submissions/{submission.request_id}/{submission.unit.code}-{uuid.uuid4().hex[:12]}.{extension}"


class Submission(Versioned):
    """One unit's answer to an outgoing request."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Chưa thực hiện")
        DRAFT = "draft", _("Đang soạn")
        SUBMITTED = "submitted", _("Đã gửi")
        RETURNED = "returned", _("Trả lại để bổ sung")
        ACCEPTED = "accepted", _("Đã tiếp nhận")

    PENDING = (Status.NOT_STARTED, Status.DRAFT, Status.RETURNED)

    request = models.ForeignKey(
        ReportRequest, verbose_name=_("yêu cầu"), on_delete=models.CASCADE, related_name="submissions"
    )
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="submissions")
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.NOT_STARTED)
    values = models.JSONField(_("số liệu"), default=dict, blank=True)  # {code: {measure: number}}
    texts = models.JSONField(_("nội dung các mục"), default=dict, blank=True)  # {section key: text}
    # {"figures": {code: {measure: {"document": n, "sentence": "…"}}}, "footnotes": ["…"]}: what the unit's
    # uploaded report states, kept beside the answer so that a read figure never replaces another unseen.
    sources = models.JSONField(_("nguồn số liệu"), default=dict, blank=True)
    uploaded_file = models.CharField(_("tệp đã tải lên"), max_length=255, blank=True)  # its name, as uploaded
    stored_file = models.FileField(
        _("tệp báo cáo của đơn vị"),
        upload_to=submission_file_path,
        storage=get_private_storage,
        blank=True,
        editable=False,
    )
    # The uploaded file is read by a background task (collection/tasks.read_submission): its state,
    # what it found or why it failed, and each signature of a PDF as checked on arrival.
    reading_state = models.CharField(_("tình trạng đọc tệp"), max_length=10, choices=ReadingState.choices, blank=True)
    reading_message = models.TextField(_("kết quả đọc tệp"), blank=True)
    signatures = models.JSONField(
        _("chữ ký số của tệp"), default=list, blank=True
    )  # [{"line": "…", "sound": True, False or None (no signature)}]
    submitted_at = models.DateTimeField(_("ngày gửi"), null=True, blank=True)
    # submitted_at moves on when a returned answer is sent again; lateness is judged by the first sending.
    first_submitted_at = models.DateTimeField(_("ngày gửi lần đầu"), null=True, blank=True, editable=False)
    comment = models.TextField(_("ý kiến"), blank=True)
    accepted_at = models.DateTimeField(_("ngày tiếp nhận"), null=True, blank=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)

    class Meta:
        ordering = ["request", "unit__name"]
        verbose_name = _("báo cáo của đơn vị")
        verbose_name_plural = _("báo cáo của đơn vị")
        constraints = [
            Unique(
                fields=["request", "unit"],
                name="submission_unique_per_unit",
                on="unit",
                violation_error_message=_("Đơn vị này đã có báo cáo trả lời yêu cầu này."),
            )
        ]

    def __str__(self):
        return f"{self.unit} – {self.request}"

    def clean(self):
        super().clean()
        request, unit = getattr(self, "request", None), getattr(self, "unit", None)
        if request is None or unit is None:
            return
        # the request's other answers, as stored (a request being added has none yet: its admin inline's
        # formset asks the rule over all its rows)
        others = [s.unit for s in request.submissions.exclude(pk=self.pk).select_related("unit")] if request.pk else []
        errors = [why for asked, why in request.asked_units_errors([*others, unit]) if asked is unit]
        if errors:
            raise ValidationError({"unit": errors[0]})

    @property
    def return_reason(self):
        """Why the office returned the answer, while it stands returned: an old reason goes once accepted."""
        return self.comment if self.status == self.Status.RETURNED else ""

    @property
    def is_pending(self):
        return self.status in self.PENDING

    @property
    def is_being_read(self):
        """Its uploaded file is being read: the reading fills the answer, so nothing else saves it meanwhile."""
        return self.reading_state == ReadingState.PENDING

    def save(self, *args, **kwargs):
        if self.submitted_at and self.first_submitted_at is None:
            self.first_submitted_at = self.submitted_at
            if kwargs.get("update_fields") is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "first_submitted_at"}
        super().save(*args, **kwargs)

    @property
    def sending_dates(self):
        """When the answer was sent, as the pages show it: the first sending, which decides lateness
        (is_late), then the last one when a returned answer was sent again, "08/09/2021, gửi lại ngày
        12/09/2021". Empty while never sent."""
        first = self.first_submitted_at or self.submitted_at
        if first is None:
            return ""
        # as the page writes its other dates (the deadline beside it): the interface's dd/mm/yyyy
        first_day = date_format(timezone.localdate(first), "SHORT_DATE_FORMAT")
        if self.submitted_at is None or self.submitted_at <= first:
            return first_day
        again = date_format(timezone.localdate(self.submitted_at), "SHORT_DATE_FORMAT")
        return gettext("%(first)s, gửi lại ngày %(again)s") % {"first": first_day, "again": again}

    def is_late(self, today=None):
        """Past the deadline on today without an answer sent by then, or first sent after it: an answer
        sent in time, returned for correction and sent again later was not late. One returned and not sent
        again is not sent: the office has no answer to compile. Computed, never stored; today may be a day
        gone by (a report's figures counted to it)."""
        deadline, today = self.request.deadline, today or timezone.localdate()
        first = self.first_submitted_at or self.submitted_at  # submitted_at alone: not saved since it was set
        sent = timezone.localdate(first) if first and not self.is_pending else None
        if sent is not None and sent <= today:
            return sent > deadline
        return today > deadline


def _is_under(unit, other):
    """Whether unit is in other's tree, below it."""
    seen, parent = {unit.pk}, unit.parent
    while parent is not None and parent.pk not in seen:
        if parent.pk == other.pk:
            return True
        seen.add(parent.pk)
        parent = parent.parent
    return False


class ReminderSent(models.Model):
    """A reminder e-mailed to a unit; the constraint makes each kind go once, even under concurrent runs."""

    class Kind(models.TextChoices):
        THREE_DAYS = "3d", _("Trước hạn 3 ngày")
        ONE_DAY = "1d", _("Trước hạn 1 ngày")
        LATE = "late", _("Quá hạn")

    submission = models.ForeignKey(
        Submission, verbose_name=_("báo cáo của đơn vị"), on_delete=models.CASCADE, related_name="reminders"
    )
    kind = models.CharField(_("loại nhắc"), max_length=5, choices=Kind.choices)
    recipients = models.TextField(_("người nhận"), blank=True)
    sent_at = models.DateTimeField(_("ngày gửi"), auto_now_add=True)

    class Meta:
        ordering = ["sent_at"]
        verbose_name = _("thư nhắc")
        verbose_name_plural = _("thư nhắc")
        constraints = [
            Unique(
                fields=["submission", "kind"],
                name="reminder_once_per_kind",
                on="kind",
                violation_error_message=_("Thư nhắc loại này đã được gửi cho đơn vị."),
            )
        ]


class UnitTransfer(models.Model):
    """The administrative act that moved a unit's people and open work to its successor
    (collection/transfer.py): who did it, when, and each row it moved or left, by id and label."""

    succession = models.ForeignKey(
        "core.Succession", verbose_name=_("sắp xếp đơn vị"), on_delete=models.PROTECT, related_name="transfers"
    )
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người thực hiện"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    done_at = models.DateTimeField(_("thời điểm thực hiện"), auto_now_add=True)
    # {"users": [{"id", "label"}], "requests": […], "submissions": […], "reports": […], "kept": […], "focal": {…}}
    summary = models.JSONField(_("nội dung chuyển giao"), default=dict)

    class Meta:
        ordering = ["-done_at", "-pk"]
        verbose_name = _("chuyển giao người dùng và công việc")
        verbose_name_plural = _("chuyển giao người dùng và công việc")

    def __str__(self):
        moment = timezone.localtime(self.done_at) if self.done_at else None
        when = f"{screen_date(moment.date())} {moment:%H:%M}" if moment else ""
        return f"{self.succession} – {when}"
