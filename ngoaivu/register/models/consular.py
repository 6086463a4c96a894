"""Thẻ ABTC, viện trợ PCPNN, lãnh sự và bảo hộ công dân, bảo hộ ngư dân."""

from babel.numbers import is_currency
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField

from ngoaivu.core.constraints import Check
from ngoaivu.core.models import LegalDocument
from ngoaivu.pure.text import typed_code
from ngoaivu.pure.wording import format_count

from .base import Record, end_not_before_start


# A Vietnamese tax code: 10 digits, a branch's 13 with a hyphen before the last three (ASCII digits only).
TAX_CODE_FORMAT = RegexValidator(
    r"\A[0-9]{10}(?:-[0-9]{3})?\Z",
    _("Mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu «-» và 3 chữ số, ví dụ 4300123456 hoặc 4300123456-001."),
)


class AbtcApplication(Record):
    """One enterprise's file asking that its businesspeople use the APEC Business Travel Card."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Đã tiếp nhận")
        APPRAISED = "appraised", _("Đã thẩm tra")
        APPROVED = "approved", _("Được cho phép")
        REFUSED = "refused", _("Không cho phép")

    enterprise = models.CharField(_("doanh nghiệp"), max_length=255)
    tax_code = models.CharField(_("mã số thuế"), max_length=20, blank=True, validators=[TAX_CODE_FORMAT])
    businesspeople = models.PositiveIntegerField(_("số doanh nhân"), validators=[MinValueValidator(1)])
    names = models.TextField(_("họ tên doanh nhân"), blank=True, help_text=_("Mỗi người một dòng."))
    received_on = models.DateField(_("ngày tiếp nhận"))
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.RECEIVED)
    decided_on = models.DateField(_("ngày quyết định"), null=True, blank=True)
    decision = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản cho phép"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    past_dates = ("received_on", "decided_on")

    class Meta:
        ordering = ["-received_on", "pk"]
        verbose_name = _("hồ sơ thẻ ABTC")
        verbose_name_plural = _("thẻ ABTC")
        # Reports filter by unit and date: decided_on, received_on.
        indexes = [
            models.Index(fields=["-received_on", "id"], name="abtcapplic_recent"),
            models.Index(fields=["unit", "decided_on"], name="abtcapplic_unit_decided"),
            models.Index(fields=["unit", "received_on"], name="abtcapplic_unit_received"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["enterprise", "id"], name="abtcapplic_enterprise_id"),
            models.Index(fields=["businesspeople", "id"], name="abtcapplic_people_id"),
        ]
        constraints = [
            Check(
                condition=Q(businesspeople__gte=1),
                name="abtc_businesspeople_positive",
                on="businesspeople",
                violation_error_message=_("Số doanh nhân phải từ 01 trở lên."),
            ),
            end_not_before_start("received_on", "decided_on", name="abtc_decided_after_received"),
            Check(
                condition=Q(status__in=["approved", "refused"]) | Q(decided_on__isnull=True),
                name="abtc_decided_only_when_decided",
                on="decided_on",
                violation_error_message=_(
                    "Hồ sơ chưa có quyết định thì chưa có ngày quyết định; nếu đã quyết định, chọn tình trạng "
                    "«Được cho phép» hoặc «Không cho phép»."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.enterprise} ({format_count(self.businesspeople)} doanh nhân)"

    def plain_name(self):
        return self.enterprise

    # Codes read as meant (typed_code) before they are checked, here and in the API (api/serializers.py).
    typed_fields = ("tax_code",)

    def clean_fields(self, exclude=None):
        """The tax code as meant (typed_code: full-width digits, stray spaces), once, before it is checked:
        the form, an import and the API all come this way. A code kept from before the rule (migration
        0022) and sent back unchanged is said to be the stored one, so that the person knows what to fix."""
        for name in self.typed_fields:
            if name not in (exclude or ()):
                setattr(self, name, typed_code(getattr(self, name)))
        try:
            super().clean_fields(exclude)
        except ValidationError as error:
            if "tax_code" in error.error_dict and self._tax_code_as_stored():
                error.error_dict["tax_code"] = [
                    ValidationError(
                        _(
                            "Mã số thuế đang lưu «%(value)s» được ghi từ trước khi sổ theo dõi kiểm tra định dạng "
                            "và không đúng định dạng: mã số thuế gồm 10 chữ số, hoặc 10 chữ số, dấu «-» và 3 chữ số, "
                            "ví dụ 4300123456 hoặc 4300123456-001. Sửa lại mã số thuế (hoặc để trống nếu chưa rõ) "
                            "rồi lưu."
                        ),
                        code="stored_tax_code",
                        params={"value": self.tax_code},
                    )
                ]
            raise

    def _tax_code_as_stored(self):
        if self.pk is None:
            return False
        stored = type(self)._base_manager.filter(pk=self.pk).values_list("tax_code", flat=True).first()
        return stored is not None and typed_code(stored) == self.tax_code

    def clean(self):
        if self.status in (self.Status.APPROVED, self.Status.REFUSED) and not self.decided_on:
            raise ValidationError({"decided_on": _("Hồ sơ đã có kết quả phải có ngày quyết định.")})


class ForeignAid(Record):
    """Viện trợ của cơ quan, tổ chức, cá nhân nước ngoài (PCPNN)."""

    class Kind(models.TextChoices):
        EMERGENCY = "emergency", _("Viện trợ khẩn cấp")
        PROJECT = "project", _("Dự án")
        NON_PROJECT = "non_project", _("Phi dự án")

    title = models.CharField(_("tên khoản viện trợ"), max_length=255)
    donor = models.CharField(_("nhà tài trợ"), max_length=255)
    country = CountryField(_("quốc gia nhà tài trợ"))
    kind = models.CharField(_("hình thức"), max_length=20, choices=Kind.choices, default=Kind.PROJECT)
    sector = models.CharField(_("lĩnh vực"), max_length=200, blank=True)
    value_vnd = models.DecimalField(
        _("giá trị (đồng)"), max_digits=18, decimal_places=0, validators=[MinValueValidator(0)]
    )
    value_original = models.DecimalField(
        _("giá trị nguyên tệ"),
        max_digits=18,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    # Left empty, an aid in đồng only is in VND (clean): the box is not one more to fill for it.
    currency = models.CharField(
        _("loại tiền"), max_length=3, default="VND", blank=True, help_text=_("Mã ISO 4217: VND, USD, EUR, JPY…")
    )
    approved_on = models.DateField(_("ngày phê duyệt"))
    approval_decision = models.ForeignKey(
        LegalDocument,
        verbose_name=_("quyết định phê duyệt"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    beneficiary = models.CharField(_("đơn vị tiếp nhận"), max_length=255, blank=True)
    past_dates = ("approved_on",)

    class Meta:
        ordering = ["-approved_on", "pk"]
        verbose_name = _("khoản viện trợ")
        verbose_name_plural = _("viện trợ PCPNN")
        # Reports filter by unit and date: approved_on.
        indexes = [
            models.Index(fields=["-approved_on", "id"], name="foreignaid_recent"),
            models.Index(fields=["unit", "approved_on"], name="foreignaid_unit_approved"),
        ]
        constraints = [
            Check(
                condition=Q(value_vnd__gte=0),
                name="aid_value_not_negative",
                on="value_vnd",
                violation_error_message=_("Giá trị viện trợ không được là số âm."),
            ),
            Check(
                condition=Q(value_original__isnull=True) | Q(value_original__gte=0),
                name="aid_original_not_negative",
                on="value_original",
                violation_error_message=_("Giá trị nguyên tệ không được là số âm."),
            ),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        self.currency = (self.currency or "").strip().upper()
        if not self.currency and self.value_original is None:
            self.currency = "VND"
        if not self.currency:
            raise ValidationError({"currency": _("Ghi loại tiền của giá trị nguyên tệ, ví dụ USD.")})
        if len(self.currency) != 3 or not self.currency.isalpha():
            raise ValidationError({"currency": _("Loại tiền phải là mã ISO 3 chữ cái, ví dụ USD.")})
        if not is_currency(self.currency):  # Babel's list of ISO 4217 codes
            message = _("«%(code)s» không phải là mã tiền tệ ISO 4217; ghi mã như USD, EUR, JPY, KRW.")
            raise ValidationError({"currency": message % {"code": self.currency}})
        if self.currency != "VND" and self.value_original is None:
            raise ValidationError(
                {
                    "value_original": _("Nhập giá trị nguyên tệ cho khoản viện trợ bằng %(currency)s.")
                    % {"currency": self.currency}
                }
            )


class ConsularCase(Record):
    """Lãnh sự, bảo hộ công dân: a case or an incident involving foreigners."""

    class Kind(models.TextChoices):
        CITIZEN_PROTECTION = "protection", _("Bảo hộ công dân Việt Nam ở nước ngoài")
        FOREIGNER_INCIDENT = "foreigner", _("Vụ việc liên quan đến người nước ngoài")
        DOCUMENT = "document", _("Hợp pháp hóa, chứng nhận lãnh sự")
        OTHER = "other", _("Khác")

    class Status(models.TextChoices):
        OPEN = "open", _("Đang xử lý")
        CLOSED = "closed", _("Đã giải quyết")

    title = models.CharField(_("vụ việc"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.FOREIGNER_INCIDENT)
    country = CountryField(_("quốc gia liên quan"))
    occurred_on = models.DateField(_("ngày xảy ra"))
    persons = models.PositiveIntegerField(_("số người liên quan"), default=1)
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.OPEN)
    closed_on = models.DateField(_("ngày giải quyết xong"), null=True, blank=True)
    past_dates = ("occurred_on", "closed_on")

    class Meta:
        ordering = ["-occurred_on", "pk"]
        verbose_name = _("vụ việc lãnh sự")
        verbose_name_plural = _("lãnh sự, bảo hộ công dân")
        # Reports filter by unit and date: occurred_on.
        indexes = [
            models.Index(fields=["-occurred_on", "id"], name="consularca_recent"),
            models.Index(fields=["unit", "occurred_on"], name="consularca_unit_occurred"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["title", "id"], name="consularca_title_id"),
        ]
        constraints = [
            Check(
                condition=Q(persons__gte=1),
                name="consular_persons_positive",
                on="persons",
                violation_error_message=_("Số người liên quan phải từ 01 trở lên."),
            ),
            end_not_before_start("occurred_on", "closed_on", name="consular_closed_after_occurred"),
            Check(
                condition=~Q(status="closed") | Q(closed_on__isnull=False),
                name="consular_closed_dated",
                on="closed_on",
                violation_error_message=_("Vụ việc đã giải quyết phải có ngày giải quyết xong."),
            ),
            Check(
                condition=~Q(status="open") | Q(closed_on__isnull=True),
                name="consular_open_undated",
                on="closed_on",
                violation_error_message=_(
                    "Vụ việc đang xử lý chưa có ngày giải quyết xong; nếu đã giải quyết, chọn tình trạng "
                    "«Đã giải quyết»."
                ),
            ),
        ]

    def __str__(self):
        return self.title


class FishingIncident(Record):
    """A fishing boat of the province detained, obstructed or robbed abroad.

    Who is still detained on a date follows from the rows: detained before or on it and
    not yet released, so the stock at a period's end is never typed.
    """

    class Kind(models.TextChoices):
        DETAINED = "detained", _("Bị bắt giữ")
        OBSTRUCTED = "obstructed", _("Bị ngăn cản, lấy tài sản")
        ROBBED = "robbed", _("Bị cướp tài sản")

    boat_number = models.CharField(_("số hiệu tàu"), max_length=50, help_text=_("Ví dụ: QNg 90479 TS"))
    owner = models.CharField(_("chủ tàu"), max_length=200, blank=True)
    kind = models.CharField(_("sự việc"), max_length=20, choices=Kind.choices, default=Kind.DETAINED)
    country = CountryField(_("nước bắt giữ, ngăn cản"))
    occurred_on = models.DateField(_("ngày xảy ra"))
    location = models.CharField(_("vùng biển"), max_length=255, blank=True)
    fishermen = models.PositiveIntegerField(_("số ngư dân"))
    released_on = models.DateField(_("ngày được thả"), null=True, blank=True)
    past_dates = ("occurred_on", "released_on")

    class Meta:
        ordering = ["-occurred_on", "pk"]
        verbose_name = _("vụ tàu cá, ngư dân")
        verbose_name_plural = _("bảo hộ ngư dân")
        # Reports filter by unit and date: occurred_on, released_on.
        indexes = [
            models.Index(fields=["-occurred_on", "id"], name="fishinginc_recent"),
            models.Index(fields=["unit", "occurred_on"], name="fishinginc_unit_occurred"),
            models.Index(fields=["unit", "released_on"], name="fishinginc_unit_released"),
        ]
        constraints = [
            # A boat is reported with its crew: "01 tàu cá cùng 0 ngư dân" is never a figure.
            Check(
                condition=Q(fishermen__gte=1),
                name="fishing_fishermen_positive",
                on="fishermen",
                violation_error_message=_("Số ngư dân phải từ 01 trở lên."),
            ),
            end_not_before_start("occurred_on", "released_on", name="fishing_released_after_occurred"),
            Check(
                condition=Q(released_on__isnull=True) | Q(kind="detained"),
                name="fishing_only_detained_released",
                on="released_on",
                violation_error_message=_("Chỉ tàu bị bắt giữ mới có ngày được thả."),
            ),
        ]

    name_day = "occurred_on"

    def __str__(self):
        return f"{self.plain_name()} ({self.occurred_on:%d/%m/%Y})"

    def plain_name(self):
        return f"{self.boat_number} – {self.get_kind_display()}"
