"""Nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.constraints import Check
from ngoaivu.core.models import LegalDocument

from .base import Record


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
    year = models.PositiveIntegerField(_("năm"))
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
    past_dates = ("completed_on",)

    class Meta:
        ordering = ["-year", "due", "pk"]
        verbose_name = _("nhiệm vụ được giao")
        verbose_name_plural = _("nhiệm vụ được giao")
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
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if self.progress == self.Progress.DONE and not self.completed_on:
            raise ValidationError({"completed_on": _("Nhiệm vụ đã hoàn thành phải có ngày hoàn thành.")})
        if self.year is not None and not 2000 <= self.year <= 2100:
            raise ValidationError({"year": _("Năm không hợp lệ.")})
        if self.year is not None and self.due_date is not None and self.due_date.year < self.year:
            message = _("Hạn hoàn thành không được trước năm %(year)s, năm giao nhiệm vụ.")
            raise ValidationError({"due_date": message % {"year": self.year}})
