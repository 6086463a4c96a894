"""API tokens: several per user (one per script or machine), each with a name and an end date.

Only a SHA-256 digest of the key is kept: the key is shown once, when it is made, and a copy of
the database (a backup) holds nothing that opens the API. A key is 160 random bits, so a plain
digest is enough; a slow password hash would only slow down every API request.
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# last_used is written at most this often, so that a busy script does not write on every request.
TOUCH_EVERY = timedelta(minutes=1)


def digest(key):
    return hashlib.sha256(key.encode()).hexdigest()


def lifetime():
    return timedelta(days=settings.API_TOKEN_DAYS)


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người dùng"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(
        _("tên khóa"), max_length=100, help_text=_("Máy hoặc phần mềm dùng khóa, ví dụ «Máy chủ tổng hợp số liệu».")
    )
    digest = models.CharField(
        _("mã băm của khóa"),
        max_length=64,
        unique=True,
        editable=False,
        error_messages={"unique": _("Đã có khóa trùng với khóa này; hãy tạo khóa khác.")},
    )
    prefix = models.CharField(
        _("đầu khóa"), max_length=8, editable=False, help_text=_("Vài ký tự đầu của khóa, để nhận ra khóa.")
    )
    created = models.DateTimeField(_("ngày tạo"), default=timezone.now, editable=False)
    expires = models.DateTimeField(_("hết hạn"))
    last_used = models.DateTimeField(_("dùng lần cuối"), null=True, blank=True, editable=False)

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("khóa truy cập API")
        verbose_name_plural = _("khóa truy cập API")

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @classmethod
    def issue(cls, user, name):
        """A new token and its key (the only time the key is seen). A token of the same name is replaced."""
        key = secrets.token_hex(20)
        now = timezone.now()
        with transaction.atomic():
            cls.objects.filter(user=user, name=name).delete()
            token = cls.objects.create(
                user=user, name=name, digest=digest(key), prefix=key[:6], created=now, expires=now + lifetime()
            )
        return token, key

    @classmethod
    def find(cls, key):
        return cls.objects.select_related("user").filter(digest=digest(key)).first()

    @property
    def is_expired(self):
        return self.expires <= timezone.now()

    def touch(self):
        now = timezone.now()
        if self.last_used is None or now - self.last_used >= TOUCH_EVERY:
            type(self).objects.filter(pk=self.pk).update(last_used=now)
            self.last_used = now


def revoke_all(user_id):
    """Every token of the user stops working (a new password, a disabled account, a second factor)."""
    ApiToken.objects.filter(user_id=user_id).delete()
