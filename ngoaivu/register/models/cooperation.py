"""Thỏa thuận quốc tế, hội nghị hội thảo quốc tế, hội nhập quốc tế, ngoại giao kinh tế."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Min, Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy as _, pgettext_lazy
from django_countries.fields import CountryField

from ngoaivu.core.constraints import Check
from ngoaivu.core.models import LegalDocument, PartnerLocality

from .base import Record, done_status, end_not_before_start


class Agreement(Record):
    """An international agreement or MOU and where it stands in its approval pipeline."""

    class Kind(models.TextChoices):
        AGREEMENT = "agreement", _("Thỏa thuận quốc tế")
        MOU = "mou", _("Bản ghi nhớ (MOU)")
        PLAN = "plan", _("Kế hoạch hợp tác")

    class Status(models.TextChoices):
        DRAFTING = "drafting", _("Đang dự thảo")
        PARTY_REVIEW = "party_review", _("Trình Ban Thường vụ Tỉnh ủy")
        MINISTRY_OPINIONS = "ministry_opinions", _("Xin ý kiến Bộ, ngành")
        SIGNED = "signed", _("Đã ký kết")
        IN_FORCE = "in_force", _("Đang hiệu lực")
        POSTPONED = "postponed", _("Tạm hoãn")
        EXPIRED = "expired", _("Hết hiệu lực")
        RENEWED = "renewed", _("Đã gia hạn")

    IN_PROGRESS = (Status.DRAFTING, Status.PARTY_REVIEW, Status.MINISTRY_OPINIONS)

    title = models.CharField(_("tên thỏa thuận"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.MOU)
    partner = models.CharField(_("đối tác"), max_length=255)
    partner_locality = models.ForeignKey(
        PartnerLocality,
        verbose_name=_("địa phương đối tác"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="agreements",
    )
    country = CountryField(_("quốc gia"))
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.DRAFTING)
    signed_on = models.DateField(_("ngày ký"), null=True, blank=True)
    valid_from = models.DateField(_("hiệu lực từ"), null=True, blank=True)
    valid_until = models.DateField(_("hiệu lực đến"), null=True, blank=True)
    content = models.TextField(_("nội dung chính"), blank=True)
    # Kept from the steps (note_start): agreements under review at a period's end are those started
    # by then and not signed by then, not those under review on the day the report is drafted.
    process_started_on = models.DateField(_("ngày bắt đầu xin ý kiến, thẩm định"), null=True, editable=False)
    past_dates = ("signed_on",)

    class Meta:
        ordering = ["-signed_on", "title"]
        verbose_name = pgettext_lazy("one row", "thỏa thuận quốc tế")
        verbose_name_plural = _("thỏa thuận quốc tế")
        # Reports filter by unit and date: signed_on.
        indexes = [
            models.Index(fields=["-signed_on", "title"], name="agreement_recent"),
            models.Index(fields=["unit", "signed_on"], name="agreement_unit_signed"),
        ]
        constraints = [
            end_not_before_start("valid_from", "valid_until", name="agreement_validity_order"),
            end_not_before_start("signed_on", "valid_from", name="agreement_in_force_after_signed"),
            Check(
                condition=~Q(status__in=["drafting", "party_review", "ministry_opinions"]) | Q(signed_on__isnull=True),
                name="agreement_unsigned_undated",
                on="signed_on",
                violation_error_message=_(
                    "Thỏa thuận đang dự thảo, xin ý kiến chưa có ngày ký; nếu đã ký, chọn tình trạng «Đã ký kết»."
                ),
            ),
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        self.process_started_on = self.start_of_process()
        super().save(*args, **kwargs)

    def start_of_process(self):
        """Its first step's day; without steps, the day it was registered or signed, whichever came first."""
        first_step = self.steps.aggregate(first=Min("done_on"))["first"] if self.pk else None
        # the day in the province, not UTC's: one registered at 06:30 was registered that day, not the one before
        registered = timezone.localdate(self.created_at) if self.created_at else timezone.localdate()
        return first_step or min(day for day in (registered, self.signed_on) if day)

    def note_start(self):
        """After a step is saved or deleted; an update, so the agreement's version stays that of its form."""
        Agreement.objects.filter(pk=self.pk).update(process_started_on=self.start_of_process())

    def clean(self):
        signed_states = {self.Status.SIGNED, self.Status.IN_FORCE, self.Status.EXPIRED, self.Status.RENEWED}
        if self.status in signed_states and not self.signed_on:
            raise ValidationError({"signed_on": _("Thỏa thuận đã ký phải có ngày ký.")})


class AgreementStep(Record):
    """One step of the approval pipeline: Ban Thường vụ, the ministries' opinions, signing…"""

    class Step(models.TextChoices):
        PARTY_REVIEW = "party_review", _("Báo cáo Ban Thường vụ Tỉnh ủy")
        # Worded as the work done: a report writes the step of the period as it is named here.
        MOFA_OPINION = "mofa", _("Xin ý kiến Bộ Ngoại giao")
        MOF_OPINION = "mof", _("Xin ý kiến Bộ Tài chính")
        OTHER_OPINION = "other_opinion", _("Xin ý kiến cơ quan khác")
        APPROVAL = "approval", _("Phê duyệt ký kết")
        SIGNING = "signing", _("Ký kết")
        RENEWAL = "renewal", _("Gia hạn")

    agreement = models.ForeignKey(
        Agreement, verbose_name=_("thỏa thuận"), on_delete=models.CASCADE, related_name="steps"
    )
    step = models.CharField(_("bước"), max_length=20, choices=Step.choices)
    done_on = models.DateField(_("ngày"))
    document = models.ForeignKey(
        LegalDocument, verbose_name=_("văn bản"), null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Written into the report as it is typed (seed 003: «Về …: Tham mưu UBND tỉnh Kế hoạch tổ chức Hội
    # nghị; …»); the notes stay the office's own.
    work_done = models.TextField(
        _("nội dung công việc"),
        blank=True,
        help_text=_("Viết như sẽ đưa vào báo cáo; để trống thì báo cáo ghi tên bước."),
    )
    past_dates = ("done_on",)

    class Meta:
        ordering = ["agreement", "done_on", "pk"]
        verbose_name = _("bước thẩm định")
        verbose_name_plural = _("các bước thẩm định thỏa thuận")
        # Reports filter by unit and date: done_on.
        indexes = [models.Index(fields=["unit", "done_on"], name="agreements_unit_done")]

    name_day = "done_on"

    def __str__(self):
        # Named with its agreement: two agreements' steps of one day are told apart wherever they are listed.
        return f"{self.plain_name()} ({self.done_on:%d/%m/%Y})"

    def plain_name(self):
        try:
            title = self.agreement.title
        except Agreement.DoesNotExist:  # a deleted step whose agreement is deleted too («Đã xóa»)
            title = gettext("thỏa thuận đã xóa")
        return f"{self.get_step_display()} – {title}"

    def save(self, *args, **kwargs):
        self.unit_id = self.agreement.unit_id
        super().save(*args, **kwargs)
        self.agreement.note_start()

    def delete(self, *args, **kwargs):
        result = super().delete(*args, **kwargs)
        self.agreement.note_start()
        return result


class Conference(Record):
    """Hội nghị, hội thảo quốc tế held in the province."""

    class Format(models.TextChoices):
        IN_PERSON = "in_person", _("Trực tiếp")
        ONLINE = "online", _("Trực tuyến")
        HYBRID = "hybrid", _("Trực tiếp kết hợp trực tuyến")

    title = models.CharField(_("tên hội nghị, hội thảo"), max_length=255)
    organiser = models.CharField(_("cơ quan tổ chức"), max_length=255)
    sponsor = models.CharField(_("nhà tài trợ"), max_length=255, blank=True)
    # The country whose partners it is held with: the area of that country's localities tells it (seed 003).
    country = CountryField(_("quốc gia đối tác"), blank=True)
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    status = done_status()
    format = models.CharField(_("hình thức"), max_length=20, choices=Format.choices, default=Format.IN_PERSON)
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    participants = models.PositiveIntegerField(_("tổng số đại biểu"), default=0)
    foreign_participants = models.PositiveIntegerField(_("đại biểu nước ngoài"), default=0)
    permitting_authority = models.CharField(_("cấp cho phép"), max_length=200, blank=True)
    permit_decision = models.ForeignKey(
        LegalDocument,
        verbose_name=_("quyết định cho phép"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = pgettext_lazy("one row", "hội nghị, hội thảo quốc tế")
        verbose_name_plural = _("hội nghị, hội thảo quốc tế")
        # Reports filter by unit and date: start_date.
        indexes = [
            models.Index(fields=["-start_date", "id"], name="conference_recent"),
            models.Index(fields=["unit", "start_date"], name="conference_unit_start"),
        ]
        constraints = [
            end_not_before_start(name="conference_end_after_start"),
            Check(
                condition=Q(foreign_participants__lte=F("participants")) | Q(participants=0),
                name="conference_foreigners_within_total",
                on="foreign_participants",
                violation_error_message=_("Số đại biểu nước ngoài không được lớn hơn tổng số đại biểu."),
            ),
        ]

    def __str__(self):
        return self.title


class IntegrationActivity(Record):
    """Hội nhập quốc tế: training courses, plans and steering-committee work."""

    class Kind(models.TextChoices):
        TRAINING_COURSE = "training", _("Lớp tập huấn, bồi dưỡng")
        PLAN = "plan", _("Kế hoạch, chương trình")
        STEERING_COMMITTEE = "committee", _("Hoạt động Ban Chỉ đạo hội nhập quốc tế")
        OTHER = "other", _("Khác")

    class Role(models.TextChoices):
        ORGANISED = "organised", _("Đơn vị chủ trì tổ chức")
        ATTENDED = "attended", _("Đơn vị cử người tham dự")

    title = models.CharField(_("tên hoạt động"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.TRAINING_COURSE)
    # A course another body held, to which the unit sent its officials, is reported apart ("cử công
    # chức tham gia lớp tập huấn … do Sở Công Thương tổ chức", seed 000), never as one it held.
    role = models.CharField(
        _("vai trò của đơn vị"),
        max_length=10,
        choices=Role.choices,
        default=Role.ORGANISED,
        help_text=_("Lớp do cơ quan khác tổ chức mà đơn vị chỉ cử người tham dự: chọn «Đơn vị cử người tham dự»."),
    )
    start_date = models.DateField(_("ngày bắt đầu"))
    end_date = models.DateField(_("ngày kết thúc"), null=True, blank=True)
    participants = models.PositiveIntegerField(_("số người tham gia"), default=0)
    organiser = models.CharField(_("đơn vị tổ chức"), max_length=255, blank=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("hoạt động hội nhập quốc tế")
        verbose_name_plural = _("hội nhập quốc tế")
        # Reports filter by unit and date: start_date.
        indexes = [
            models.Index(fields=["-start_date", "id"], name="integratio_recent"),
            models.Index(fields=["unit", "start_date"], name="integratio_unit_start"),
        ]
        constraints = [end_not_before_start(name="integration_end_after_start")]

    def __str__(self):
        return self.title


class EconomicDiplomacyEvent(Record):
    """Ngoại giao kinh tế: investment promotion, business conferences, project lists."""

    class Kind(models.TextChoices):
        INVESTMENT_PROMOTION = "promotion", _("Xúc tiến đầu tư")
        BUSINESS_CONFERENCE = "business", _("Hội nghị doanh nghiệp")
        TRADE_FAIR = "fair", _("Hội chợ, triển lãm")
        PROJECT_LIST = "projects", _("Danh mục dự án kêu gọi đầu tư")
        # A reply or a proposal is work reported in its own words (seed 003), not an activity counted.
        LETTER = "letter", _("Trao đổi, phúc đáp, đề xuất bằng văn bản")
        OTHER = "other", _("Khác")

    title = models.CharField(_("tên sự kiện"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.INVESTMENT_PROMOTION)
    held_on = models.DateField(_("ngày"))
    status = done_status()
    partner = models.CharField(_("đối tác"), max_length=255, blank=True)
    country = CountryField(_("quốc gia"), blank=True)
    projects = models.TextField(_("dự án, kết quả"), blank=True)

    class Meta:
        ordering = ["-held_on", "pk"]
        verbose_name = _("sự kiện ngoại giao kinh tế")
        verbose_name_plural = _("ngoại giao kinh tế")
        # Reports filter by unit and date: held_on.
        indexes = [
            models.Index(fields=["-held_on", "id"], name="economicdi_recent"),
            models.Index(fields=["unit", "held_on"], name="economicdi_unit_held"),
        ]

    def __str__(self):
        return self.title
