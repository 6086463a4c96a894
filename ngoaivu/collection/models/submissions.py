"""The units' answers to an outgoing request and the reminders sent to them."""

import uuid

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.constraints import Unique
from ngoaivu.core.locking import Versioned
from ngoaivu.core.models import Unit
from ngoaivu.core.uploads import get_private_storage
from ngoaivu.register.models.readings import ReadingState

from ..reading_said import said_text
from .requests import ReportRequest


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
    uploaded_file = models.CharField(_("tệp đã tải lên"), max_length=255, blank=True)  # stored_file's name, as uploaded
    stored_file = models.FileField(
        _("tệp báo cáo của đơn vị"),
        upload_to=submission_file_path,
        storage=get_private_storage,
        blank=True,
        editable=False,
    )
    # A new upload waits apart until it is read (collection/tasks.read_submission): only a file read
    # takes the place of stored_file, whose figures the answer quotes; one that cannot be read is dropped.
    pending_file = models.FileField(
        _("tệp mới tải lên, chờ đọc"),
        upload_to=submission_file_path,
        storage=get_private_storage,
        blank=True,
        editable=False,
    )
    pending_name = models.CharField(_("tên tệp mới tải lên"), max_length=255, blank=True)
    # The reading of the last upload, by a background task: its state, what it found or why the file
    # was not used, and each signature of the PDF in use as checked on arrival. What the reading found is
    # kept as marked messages and their values, said in the language of whoever reads it (reading_message).
    reading_state = models.CharField(_("tình trạng đọc tệp"), max_length=10, choices=ReadingState.choices, blank=True)
    reading_said = models.JSONField(_("kết quả đọc tệp"), default=list, blank=True)  # reading_said.py
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
        # what the stored answers counted twice was there before: refused is a unit newly asked only
        standing = request.standing_units()
        if not self.pk or Submission.objects.filter(pk=self.pk).values_list("unit_id", flat=True).first() != unit.pk:
            standing.discard(unit.pk)
        errors = [why for asked, why in request.asked_units_errors([*others, unit], standing) if asked is unit]
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
    def reading_message(self):
        """What the reading of the last upload found, or why its file was not used, in the active language."""
        return said_text(self.reading_said)

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
