"""The people who sign in, by role and unit."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.constraints import Check
from ngoaivu.core.stamps import validate_stamp_image
from ngoaivu.core.uploads import get_private_storage
from ngoaivu.pure.wording import screen_date


class Role(models.TextChoices):
    ADMIN = "admin", _("Quản trị hệ thống")
    OFFICER = "officer", _("Chuyên viên ngoại vụ")
    REPORTER = "reporter", _("Đơn vị báo cáo")
    LEADER = "leader", _("Lãnh đạo")
    VIEWER = "viewer", _("Người xem")


class User(AbstractUser):
    unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("đơn vị"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="users",
    )
    role = models.CharField(_("vai trò"), max_length=20, choices=Role.choices, default=Role.VIEWER)
    position = models.CharField(_("chức vụ"), max_length=100, blank=True)
    # Empty until the user chooses: then the interface follows the choice, whatever the browser says.
    language = models.CharField(_("ngôn ngữ giao diện"), max_length=10, choices=settings.LANGUAGES, blank=True)
    signature_image = models.FileField(
        _("ảnh chữ ký"),
        upload_to="stamps/signatures/",
        storage=get_private_storage,
        blank=True,
        validators=[validate_stamp_image],
        help_text=_("Ảnh PNG nền trong suốt, màu xanh, đặt lên chữ ký của văn bản điện tử người này ký."),
    )

    class Meta:
        ordering = ["username"]
        verbose_name = _("người dùng")
        verbose_name_plural = _("người dùng")
        constraints = [
            # A unit reporter without a unit would see nothing or, worse, everything.
            Check(
                condition=~Q(role="reporter") | Q(unit__isnull=False),
                name="reporter_has_unit",
                on="unit",
                violation_error_message=_("Người dùng của đơn vị báo cáo phải thuộc một đơn vị."),
            ),
        ]

    def __str__(self):
        return self.get_full_name() or self.username

    def validate_unique(self, exclude=None):
        """A username differing from another only in case («ChuyenVien» beside «chuyenvien») is taken, as
        the site's form to add a user refuses it (Django's UserCreationForm): the command and every form agree."""
        super().validate_unique(exclude)
        taken = User._default_manager.filter(username__iexact=self.username).exclude(pk=self.pk)
        if "username" not in (exclude or ()) and taken.exists():
            raise ValidationError({"username": self.unique_error_message(User, ["username"])})

    def clean(self):
        super().clean()
        unit = self.unit if self.unit_id else None
        if self.pk is None and unit is not None and unit.ended_on and unit.ended_on <= timezone.localdate():
            message = _("%(unit)s đã thôi hoạt động từ ngày %(day)s; vui lòng chọn đơn vị đang hoạt động.")
            raise ValidationError({"unit": message % {"unit": unit.name, "day": screen_date(unit.ended_on)}})
        # Someone must be left to manage the users: the last active administrator stays one.
        if self.pk is None or (self.is_active and self.role == Role.ADMIN):
            return
        admins = User.objects.filter(is_active=True, role=Role.ADMIN)
        if admins.filter(pk=self.pk).exists() and not admins.exclude(pk=self.pk).exists():
            raise ValidationError(
                _(
                    "Đây là người quản trị hệ thống duy nhất còn hoạt động: đề nghị giao vai trò quản trị cho người khác trước."
                )
            )
