"""Nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao."""

from datetime import date

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import formats, timezone
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ngoaivu.core.constraints import Check
from ngoaivu.core.models import LegalDocument

from .base import YEAR_VALIDATORS, Record
from ngoaivu.core.screen_figures import screen_count


# The last day of a task due by a quarter or the year: "Quý I" is done by 31/3.
LAST_DAYS = {"q1": (3, 31), "q2": (6, 30), "q1q2": (6, 30), "q3": (9, 30), "q4": (12, 31), "year": (12, 31)}
# Work still to do: a task sent to the UBND tỉnh or done is no longer late.
OPEN_PROGRESS = ("not_started", "in_progress")


class AssignedTaskQuerySet(models.QuerySet):
    def overdue(self, today=None):
        """The tasks still open whose deadline (AssignedTask.deadline) has passed."""
        today = today or timezone.localdate()
        passed = Q(due="date", due_date__lt=today)
        for due, last_day in LAST_DAYS.items():
            year = Q(year__lte=today.year) if last_day < (today.month, today.day) else Q(year__lt=today.year)
            passed |= Q(due=due) & year
        return self.filter(passed, progress__in=OPEN_PROGRESS)


class AssignedTask(Record):
    class Due(models.TextChoices):
        Q1 = "q1", _("Quý I")
        Q2 = "q2", _("Quý II")
        Q1_OR_Q2 = "q1q2", _("Quý I hoặc II")
        Q3 = "q3", _("Quý III")
        Q4 = "q4", _("Quý IV")
        YEAR = "year", _("Cả năm")
        DATE = "date", _("Theo ngày")

    class Progress(models.TextChoices):
        NOT_STARTED = "not_started", _("Chưa triển khai")
        IN_PROGRESS = "in_progress", _("Đang triển khai thực hiện")
        SUBMITTED = "submitted", _("Đã trình UBND tỉnh")
        DONE = "done", _("Đã hoàn thành")

    class Source(models.TextChoices):
        WORK_PROGRAMME = "programme", _("Theo Chương trình công tác của UBND tỉnh")
        OTHER = "other", _("Nhiệm vụ khác được giao")

    title = models.CharField(_("nhiệm vụ"), max_length=500)
    source = models.CharField(_("nguồn giao"), max_length=20, choices=Source.choices, default=Source.WORK_PROGRAMME)
    assigned_by = models.ForeignKey(
        LegalDocument, verbose_name=_("văn bản giao"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    year = models.PositiveIntegerField(_("năm"), validators=YEAR_VALIDATORS)
    due = models.CharField(_("thời gian hoàn thành được giao"), max_length=10, choices=Due.choices, default=Due.YEAR)
    due_date = models.DateField(_("hạn hoàn thành"), null=True, blank=True)
    progress = models.CharField(_("tiến độ"), max_length=20, choices=Progress.choices, default=Progress.NOT_STARTED)
    progress_note = models.TextField(_("kết quả thực hiện"), blank=True)
    result_document = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản kết quả"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    completed_on = models.DateField(_("ngày hoàn thành"), null=True, blank=True)
    # The deadline (below), kept on save so that lists order by it, down an index and page by page
    # (core/keyset.py): the due code's spelling orders "Theo ngày" first and "Quý I hoặc II" after Quý I.
    deadline_on = models.DateField(_("thời hạn"), null=True, editable=False)
    past_dates = ("completed_on",)

    objects = AssignedTaskQuerySet.as_manager()

    class Meta:
        ordering = ["-year", "deadline_on", "pk"]
        verbose_name = pgettext_lazy("one row", "nhiệm vụ được giao")
        verbose_name_plural = _("nhiệm vụ được giao")
        indexes = [models.Index(fields=["-year", "deadline_on", "id"], name="task_by_deadline")]
        constraints = [
            Check(
                condition=~Q(due="date") | Q(due_date__isnull=False),
                name="task_due_date_given",
                on="due_date",
                violation_error_message=_("Nhập hạn hoàn thành khi thời hạn là theo ngày."),
            ),
            Check(
                condition=Q(due="date") | Q(due_date__isnull=True),
                name="task_due_date_only_by_date",
                on="due_date",
                violation_error_message=_("Chỉ ghi hạn hoàn thành khi thời gian hoàn thành là «Theo ngày»."),
            ),
            Check(
                condition=Q(progress="done") | Q(completed_on__isnull=True),
                name="task_completed_only_when_done",
                on="completed_on",
                violation_error_message=_("Chỉ ghi ngày hoàn thành khi nhiệm vụ đã hoàn thành."),
            ),
            # A task of a year's programme is neither due nor done before that year.
            Check(
                condition=Q(completed_on__isnull=True) | Q(completed_on__year__gte=F("year")),
                name="task_completed_within_or_after_its_year",
                on="completed_on",
                violation_error_message=_("Ngày hoàn thành không được trước năm giao nhiệm vụ."),
            ),
            Check(
                condition=Q(due_date__isnull=True) | Q(due_date__year__gte=F("year")),
                name="task_due_within_or_after_its_year",
                on="due_date",
                violation_error_message=_("Hạn hoàn thành không được trước năm giao nhiệm vụ."),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.deadline_on = self.deadline
        super().save(*args, **kwargs)

    @property
    def deadline(self):
        """The day the task is due: its date, or the last day of its quarter or year."""
        if self.due == self.Due.DATE:
            return self.due_date
        return date(self.year, *LAST_DAYS[self.due]) if self.year and self.due in LAST_DAYS else None

    def days_overdue(self, today=None):
        """How many days past its deadline a task still open is; 0 when it is not late."""
        today = today or timezone.localdate()
        if self.progress not in OPEN_PROGRESS or self.deadline is None or self.deadline >= today:
            return 0
        return (today - self.deadline).days

    def progress_as_of(self, day):
        """(progress, result document) as a report of a period ending on day tells them: a task done or sent
        to the UBND tỉnh after that day was still in progress then, and a document issued after it is not
        cited yet (the register keeps today's progress only)."""
        document = self.result_document
        if document is not None and document.issued_on and document.issued_on > day:
            document = None
        done_later = self.progress == self.Progress.DONE and self.completed_on and self.completed_on > day
        sent_later = self.progress == self.Progress.SUBMITTED and self.result_document is not None and document is None
        if done_later or sent_later:
            return self.Progress.IN_PROGRESS, None
        return self.Progress(self.progress), document

    def days_late_done(self):
        """How many days after its deadline a task done was completed, 0 when on time; None for a task not done,
        or done without a deadline or a day of completion known."""
        if self.progress != self.Progress.DONE or self.completed_on is None or self.deadline is None:
            return None
        return max((self.completed_on - self.deadline).days, 0)

    def deadline_status(self):
        """ "31/12/2021 – quá hạn 1.799 ngày": the deadline, and how late the task is while still open; once done,
        whether it was done by then: "15/11/2026 – hoàn thành muộn 16 ngày", "… – hoàn thành đúng hạn"."""
        if self.deadline is None:
            return ""
        day = formats.date_format(self.deadline, "SHORT_DATE_FORMAT")
        done_late = self.days_late_done()
        if done_late is not None:
            if not done_late:
                return f"{day} – " + gettext("hoàn thành đúng hạn")
            said = ngettext("hoàn thành muộn %(n)s ngày", "hoàn thành muộn %(n)s ngày", done_late)
            return f"{day} – " + said % {"n": screen_count(done_late)}
        late = self.days_overdue()
        if not late:
            return day
        return f"{day} – " + gettext("quá hạn %(n)s ngày") % {"n": screen_count(late)}

    deadline_status.short_description = _("thời hạn")  # type: ignore[attr-defined]

    def clean(self):
        if self.progress == self.Progress.DONE and not self.completed_on:
            raise ValidationError({"completed_on": _("Nhiệm vụ đã hoàn thành phải có ngày hoàn thành.")})
