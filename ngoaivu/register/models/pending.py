"""A spreadsheet kept between the two steps of an import (views_import.record_import, pending_imports.py)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class UploadedWorkbook(models.Model):
    """What names an uploaded workbook, kept or dropped: the token its confirmation carries, its uploader
    and its name."""

    token = models.CharField(
        _("mã"),
        max_length=64,
        unique=True,
        error_messages={"unique": _("Mã này đã dùng cho một tệp khác; tải tệp lên lại.")},
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tải lên"), on_delete=models.CASCADE, related_name="+"
    )
    file_name = models.CharField(_("tên tệp"), max_length=255)

    class Meta:
        abstract = True

    def __str__(self):
        return self.file_name


class PendingImport(UploadedWorkbook):
    """An uploaded workbook whose unlikely figures wait for the person to confirm them: the confirmation
    names it by its token alone, so the file is not chosen twice. Only its uploader, in the session that
    uploaded it, may use it; it is dropped once imported, and after a day (pending_imports.KEEP)."""

    session_key = models.CharField(_("phiên làm việc"), max_length=40)
    area = models.CharField(_("mục"), max_length=50)
    sha256 = models.CharField(_("mã băm SHA-256"), max_length=64)
    content = models.BinaryField(_("nội dung"))
    created_at = models.DateTimeField(_("ngày tạo"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("tệp chờ xác nhận nhập")
        verbose_name_plural = _("tệp chờ xác nhận nhập")


class DroppedImport(UploadedWorkbook):
    """What is left of a kept workbook once dropped: its token, uploader, name and why it went, so a
    confirmation that still names it says why (pending_imports.find); kept for pending_imports.TRACE."""

    class Reason(models.TextChoices):
        IMPORTED = "imported", _("đã nhập")
        REPLACED = "replaced", _("thay bằng tệp khác chọn trên trang xác nhận")
        CROWDED = "crowded", _("nhường chỗ cho tệp tải lên sau")
        EXPIRED = "expired", _("quá thời hạn lưu giữ")
        REFUSED = "refused", _("có lỗi khi kiểm tra lại")
        DAMAGED = "damaged", _("không còn nguyên vẹn")

    reason = models.CharField(_("lý do"), max_length=10, choices=Reason.choices)
    uploaded_at = models.DateTimeField(_("ngày tải lên"))
    dropped_at = models.DateTimeField(_("ngày xóa"), default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-dropped_at"]
        verbose_name = _("tệp chờ xác nhận nhập đã xóa")
        verbose_name_plural = _("tệp chờ xác nhận nhập đã xóa")
