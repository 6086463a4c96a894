"""A report uploaded on "Đọc báo cáo của đơn vị", read off the request by a background task
(register/tasks.py) and shown to the one who uploaded it."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from ngoaivu.core.models import Unit
from ngoaivu.core.uploads import get_private_storage


class ReadingState(models.TextChoices):
    """Where the reading of an uploaded report stands (here, and for a unit's answer)."""

    PENDING = "pending", _("Đang đọc tệp")
    DONE = "done", _("Đã đọc tệp")
    FAILED = "failed", _("Không đọc được tệp")


class ReportReading(models.Model):
    State = ReadingState

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), on_delete=models.CASCADE, related_name="+"
    )
    file_name = models.CharField(_("tên tệp"), max_length=255)
    file = models.FileField(_("tệp"), upload_to="readings/", storage=get_private_storage)
    # The unit whose register the figures are set against (an officer's choice); none: the issuer's.
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị đối chiếu"), null=True, blank=True, on_delete=models.SET_NULL)
    state = models.CharField(_("tình trạng"), max_length=10, choices=State.choices, default=State.PENDING)
    result = models.JSONField(_("kết quả đọc"), default=dict, blank=True)
    # Why reading failed, as the reader's message template and its values: shown in the reader's language.
    error = models.JSONField(_("lỗi"), default=dict, blank=True)
    signatures = models.JSONField(
        _("chữ ký số của tệp"), default=list, blank=True
    )  # [{"line": "…", "sound": True, False or None (no signature)}]
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = pgettext_lazy("one row", "lần đọc báo cáo")
        verbose_name_plural = _("lần đọc báo cáo")

    def __str__(self):
        return self.file_name
