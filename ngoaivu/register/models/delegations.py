"""Lễ tân đối ngoại, đoàn ra, đoàn vào and the annual delegation plan."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from ngoaivu.core.constraints import Check, Unique
from ngoaivu.core.models import LegalDocument

from .base import YEAR_VALIDATORS, ActivityStatus, Record, end_not_before_start


class CourtesyReception(Record):
    """A provincial leader receiving a foreign mission (tiếp xã giao)."""

    received_on = models.DateField(_("ngày tiếp"))
    mission = models.CharField(
        _("cơ quan, đoàn được tiếp"),
        max_length=255,
        help_text=_("Ví dụ: Tổng Lãnh sự quán Liên bang Nga tại TP. Đà Nẵng"),
    )
    country = CountryField(_("quốc gia"))
    received_by = models.CharField(_("lãnh đạo tiếp"), max_length=200, blank=True)
    content = models.TextField(_("nội dung"), blank=True)

    class Meta:
        ordering = ["-received_on", "pk"]
        verbose_name = _("tiếp xã giao")
        verbose_name_plural = _("lễ tân đối ngoại")
        # Reports filter by unit and date: received_on.
        indexes = [
            models.Index(fields=["-received_on", "id"], name="courtesyre_recent"),
            models.Index(fields=["unit", "received_on"], name="courtesyre_unit_received"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["mission", "id"], name="courtesyre_mission_id"),
            models.Index(fields=["received_by", "id"], name="courtesyre_receiver_id"),
        ]

    name_day = "received_on"

    def __str__(self):
        return f"{self.plain_name()} ({self.received_on:%d/%m/%Y})"

    def plain_name(self):
        return self.mission


class OutgoingDelegation(Record):
    """Đoàn ra: officials sent abroad by decision of the Chairman."""

    class Nature(models.TextChoices):
        OFFICIAL = "official", _("Việc công")
        PRIVATE = "private", _("Việc riêng")

    title = models.CharField(_("tên đoàn"), max_length=255)
    head = models.CharField(_("trưởng đoàn"), max_length=200, blank=True)
    members = models.TextField(_("thành viên"), blank=True, help_text=_("Mỗi người một dòng."))
    persons = models.PositiveIntegerField(_("số người"), default=1)
    countries = CountryField(_("nước đến"), multiple=True)
    start_date = models.DateField(_("ngày đi"))
    end_date = models.DateField(_("ngày về"), null=True, blank=True)
    purpose = models.TextField(_("mục đích"), blank=True)
    nature = models.CharField(_("tính chất"), max_length=20, choices=Nature.choices, default=Nature.OFFICIAL)
    dispatch_decision = models.ForeignKey(
        LegalDocument,
        verbose_name=_("quyết định cử đi"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    in_annual_plan = models.BooleanField(_("trong kế hoạch năm"), default=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = pgettext_lazy("one row", "đoàn ra")
        verbose_name_plural = _("đoàn ra")
        # Reports filter by unit and date: start_date.
        indexes = [
            models.Index(fields=["-start_date", "id"], name="outgoingde_recent"),
            models.Index(fields=["unit", "start_date"], name="outgoingde_unit_start"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["title", "id"], name="outgoingde_title_id"),
            models.Index(fields=["persons", "id"], name="outgoingde_persons_id"),
        ]
        constraints = [
            end_not_before_start(name="outgoing_end_after_start"),
            Check(
                condition=Q(persons__gte=1),
                name="outgoing_persons_positive",
                on="persons",
                violation_error_message=_("Số người phải từ 01 trở lên."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        if not self.countries:
            raise ValidationError({"countries": _("Chọn ít nhất một nước đến.")})


class IncomingDelegation(Record):
    """Đoàn vào: a foreign delegation received in the province."""

    class HostLevel(models.TextChoices):
        PROVINCIAL_LEADERS = "provincial", _("Lãnh đạo tỉnh")
        AGENCIES = "agency", _("Sở, ngành, địa phương")

    class Purpose(models.TextChoices):
        WORK = "work", _("Làm việc")
        STUDY = "study", _("Học tập")
        SURVEY = "survey", _("Khảo sát")
        INVESTMENT = "investment", _("Xúc tiến đầu tư, thương mại")
        AID = "aid", _("Viện trợ, thăm dự án")
        OTHER = "other", _("Khác")

    title = models.CharField(_("tên đoàn"), max_length=255)
    organisation = models.CharField(_("cơ quan, tổ chức nước ngoài"), max_length=255, blank=True)
    country = CountryField(_("quốc tịch"))
    host_level = models.CharField(
        _("cấp đón tiếp"), max_length=20, choices=HostLevel.choices, default=HostLevel.AGENCIES
    )
    purpose = models.CharField(_("mục đích"), max_length=20, choices=Purpose.choices, default=Purpose.WORK)
    start_date = models.DateField(_("ngày đến"))
    end_date = models.DateField(_("ngày đi"), null=True, blank=True)
    groups = models.PositiveIntegerField(_("số đoàn"), default=1)
    person_visits = models.PositiveIntegerField(_("số lượt người"))
    content = models.TextField(_("nội dung làm việc"), blank=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = pgettext_lazy("one row", "đoàn vào")
        verbose_name_plural = _("đoàn vào")
        # Reports filter by unit and date: start_date.
        indexes = [
            models.Index(fields=["-start_date", "id"], name="incomingde_recent"),
            models.Index(fields=["unit", "start_date"], name="incomingde_unit_start"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["title", "id"], name="incomingde_title_id"),
            models.Index(fields=["groups", "id"], name="incomingde_groups_id"),
            models.Index(fields=["person_visits", "id"], name="incomingde_visits_id"),
        ]
        constraints = [
            end_not_before_start(name="incoming_end_after_start"),
            Check(
                condition=Q(groups__gte=1),
                name="incoming_groups_positive",
                on="groups",
                violation_error_message=_("Số đoàn phải từ 01 trở lên."),
            ),
            Check(
                condition=Q(person_visits__gte=F("groups")),
                name="incoming_visits_cover_groups",
                on="person_visits",
                violation_error_message=_("Số lượt người không được ít hơn số đoàn."),
            ),
        ]

    def __str__(self):
        return self.title


class DelegationPlan(Record):
    """Kế hoạch đoàn ra, đoàn vào năm of one unit, approved and later adjusted."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        SUBMITTED = "submitted", _("Đã trình")
        APPROVED = "approved", _("Đã phê duyệt")
        ADJUSTED = "adjusted", _("Đã điều chỉnh, bổ sung")

    year = models.PositiveIntegerField(_("năm"), validators=YEAR_VALIDATORS)
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    approval_decision = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản phê duyệt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The letter that set the plan out or registered it (seed 002: «Kế hoạch đoàn ra năm 2025 (Công văn
    # số 1821/VP-HCQT ngày 09/8/2024)»), before or without an approval.
    plan_document = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản xây dựng kế hoạch"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("Công văn trình hoặc đăng ký kế hoạch, nếu có."),
    )

    class Meta:
        ordering = ["-year", "unit__name"]
        verbose_name = _("kế hoạch đoàn ra, đoàn vào")
        verbose_name_plural = _("kế hoạch đoàn ra, đoàn vào năm")
        constraints = [
            Unique(
                fields=["unit", "year"],
                name="delegation_plan_one_per_unit_year",
                on="year",
                violation_error_message=_(
                    "Đơn vị đã có kế hoạch đoàn ra, đoàn vào của năm này; "
                    "vui lòng cập nhật kế hoạch đã có thay vì lập kế hoạch mới."
                ),
            )
        ]

    def __str__(self):
        return _("Kế hoạch đoàn ra, đoàn vào năm %(year)s – %(unit)s") % {"year": self.year, "unit": self.unit}


class DelegationPlanItem(Record):
    class Direction(models.TextChoices):
        OUTGOING = "out", _("Đoàn ra")
        INCOMING = "in", _("Đoàn vào")

    Status = ActivityStatus

    plan = models.ForeignKey(DelegationPlan, verbose_name=_("kế hoạch"), on_delete=models.CASCADE, related_name="items")
    direction = models.CharField(_("loại đoàn"), max_length=5, choices=Direction.choices)
    country = CountryField(_("quốc gia"))
    destination = models.CharField(
        _("nơi đến"),
        max_length=200,
        blank=True,
        help_text=_("Thành phố, địa phương của quốc gia, ví dụ: thành phố Seoul; để trống nếu chưa xác định."),
    )
    purpose = models.TextField(_("mục đích"))
    planned_period = models.CharField(_("thời gian dự kiến"), max_length=100, help_text=_("Ví dụ: Quý III hoặc Quý IV"))
    persons = models.PositiveIntegerField(_("số người dự kiến"), default=1)
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.PLANNED)

    class Meta:
        ordering = ["plan", "direction", "pk"]
        verbose_name = _("đoàn trong kế hoạch")
        verbose_name_plural = _("đoàn trong kế hoạch năm")

    def __str__(self):
        return f"{self.get_direction_display()} – {self.country.name} ({self.planned_period})"

    def save(self, *args, **kwargs):
        # An item always belongs to the plan's unit, so the plan's permissions cover it.
        self.unit_id = self.plan.unit_id
        super().save(*args, **kwargs)
