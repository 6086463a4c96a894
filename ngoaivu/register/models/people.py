"""Người nước ngoài và lưu học sinh, người Việt Nam ở nước ngoài, xây dựng nội bộ."""

from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from ngoaivu.core.constraints import Check

from .base import Record, end_not_before_start


class ForeignResident(Record):
    """Foreign experts, workers and students — one person or a cohort that arrived together."""

    class Kind(models.TextChoices):
        STUDENT = "student", _("Lưu học sinh")
        EXPERT = "expert", _("Chuyên gia")
        WORKER = "worker", _("Lao động")

    class Arrival(models.TextChoices):
        NEW = "new", _("Mới đến")
        RETURNING = "returning", _("Trở lại")

    kind = models.CharField(_("đối tượng"), max_length=20, choices=Kind.choices, default=Kind.STUDENT)
    name = models.CharField(_("họ tên hoặc nhóm"), max_length=255)
    country = CountryField(_("quốc tịch"))
    home_province = models.CharField(_("tỉnh, thành phố quê quán"), max_length=100, blank=True)
    institution = models.CharField(_("cơ sở đào tạo, nơi làm việc"), max_length=255, blank=True)
    persons = models.PositiveIntegerField(_("số người"), default=1)
    arrival = models.CharField(_("diện"), max_length=20, choices=Arrival.choices, default=Arrival.NEW)
    arrived_on = models.DateField(_("ngày đến"))
    departed_on = models.DateField(_("ngày rời đi"), null=True, blank=True)
    scholarship = models.CharField(_("học bổng, diện"), max_length=200, blank=True)
    past_dates = ("arrived_on",)

    class Meta:
        ordering = ["-arrived_on", "pk"]
        verbose_name = pgettext_lazy("one row", "người nước ngoài, lưu học sinh")
        verbose_name_plural = _("người nước ngoài, lưu học sinh")
        # Reports filter by unit and date: arrived_on, departed_on.
        indexes = [
            models.Index(fields=["-arrived_on", "id"], name="foreignres_recent"),
            models.Index(fields=["unit", "arrived_on"], name="foreignres_unit_arrived"),
            models.Index(fields=["unit", "departed_on"], name="foreignres_unit_departed"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["name", "id"], name="foreignres_name_id"),
            models.Index(fields=["home_province", "id"], name="foreignres_home_id"),
            models.Index(fields=["institution", "id"], name="foreignres_institution_id"),
            models.Index(fields=["persons", "id"], name="foreignres_persons_id"),
        ]
        constraints = [
            end_not_before_start("arrived_on", "departed_on", name="resident_departed_after_arrived"),
            Check(
                condition=Q(persons__gte=1),
                name="resident_persons_positive",
                on="persons",
                violation_error_message=_("Số người phải từ 01 trở lên."),
            ),
        ]

    def __str__(self):
        return f"{self.name} ({self.persons})"

    def plain_name(self):
        return self.name


class OverseasVietnameseActivity(Record):
    """Công tác đối với người Việt Nam ở nước ngoài (NVNONN)."""

    class Kind(models.TextChoices):
        ASSOCIATION = "association", _("Hội, tổ chức kiều bào")
        INVESTMENT = "investment", _("Dự án đầu tư")
        VISIT = "visit", _("Đoàn về thăm quê hương")
        EVENT = "event", _("Sự kiện, hoạt động")
        POLICY = "policy", _("Chính sách, văn bản")

    title = models.CharField(_("hoạt động"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.EVENT)
    country = CountryField(_("nước sở tại"), blank=True)
    held_on = models.DateField(_("ngày"))
    persons = models.PositiveIntegerField(_("số người"), default=0)
    investment_vnd = models.DecimalField(_("vốn đầu tư (đồng)"), max_digits=18, decimal_places=0, null=True, blank=True)

    class Meta:
        ordering = ["-held_on", "pk"]
        verbose_name = _("hoạt động NVNONN")
        verbose_name_plural = _("người Việt Nam ở nước ngoài")
        # Reports filter by unit and date: held_on.
        indexes = [
            models.Index(fields=["-held_on", "id"], name="overseasvi_recent"),
            models.Index(fields=["unit", "held_on"], name="overseasvi_unit_held"),
        ]
        constraints = [
            Check(
                condition=Q(investment_vnd__isnull=True) | Q(investment_vnd__gte=0),
                name="overseas_investment_not_negative",
                on="investment_vnd",
                violation_error_message=_("Vốn đầu tư không được là số âm."),
            ),
        ]

    def __str__(self):
        return self.title


class StaffMember(Record):
    """Xây dựng nội bộ: the people of the office and its divisions."""

    name = models.CharField(_("họ tên"), max_length=200)
    position = models.CharField(_("chức vụ"), max_length=200, blank=True)
    division = models.CharField(_("phòng, bộ phận"), max_length=200, blank=True)
    joined_on = models.DateField(_("ngày về đơn vị"))
    left_on = models.DateField(_("ngày nghỉ, chuyển công tác"), null=True, blank=True)

    class Meta:
        ordering = ["division", "name"]
        verbose_name = _("cán bộ, công chức")
        verbose_name_plural = _("xây dựng nội bộ")
        # Reports filter by unit and date: joined_on, left_on.
        indexes = [
            models.Index(fields=["unit", "joined_on"], name="staffmembe_unit_joined"),
            models.Index(fields=["unit", "left_on"], name="staffmembe_unit_left"),
        ]
        constraints = [end_not_before_start("joined_on", "left_on", name="staff_left_after_joined")]

    def __str__(self):
        return self.name
