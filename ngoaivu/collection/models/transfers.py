"""The record of a unit's people and open work moved to its successor."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.pure.wording import screen_date


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
