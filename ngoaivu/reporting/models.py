"""Report templates, reports and their sections, with the approval workflow."""

import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ngoaivu.core.constraints import Check, Unique
from ngoaivu.core.lineage import counts_province, focal_spans
from ngoaivu.core.locking import Versioned
from ngoaivu.core.permissions import reads_province_reports, scope
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError

from .document import section_label
from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.core.period_field import label_or_code, validate_period_code


# The kinds of period a template is made for, as the refusal of another names them.
KIND_WORDS = {
    "month": _("tháng"),
    "quarter": _("quý"),
    "half": _("6 tháng"),
    "nine_months": _("9 tháng đầu năm"),
    "year": _("cả năm"),
    "custom": _("khoảng ngày tự chọn"),
}
HALF_WORDS = {1: _("6 tháng đầu năm"), 2: _("6 tháng cuối năm")}


def period_kind_words(kinds, parts=None):
    """ "6 tháng đầu năm hoặc năm": the periods of a template's "period_kinds" and "period_parts"."""
    parts = parts or {}
    words = []
    for kind in kinds:
        if kind == "half" and parts.get("half"):
            words += [str(HALF_WORDS[index]) for index in parts["half"] if index in HALF_WORDS]
        elif kind in KIND_WORDS:
            words.append(str(KIND_WORDS[kind]))
    if len(words) < 2:
        return "".join(words)
    return _("%(some)s hoặc %(last)s") % {"some": ", ".join(words[:-1]), "last": words[-1]}


class ReportTemplate(models.Model):
    """An outline with, for each section, its sentence patterns (see reporting/outlines.py)."""

    code = models.SlugField(
        _("mã mẫu"),
        max_length=50,
        unique=True,
        error_messages={"unique": _("Mã mẫu này đã được dùng cho mẫu báo cáo khác; vui lòng chọn mã khác.")},
    )
    name = models.CharField(_("tên mẫu"), max_length=255)
    definition = models.JSONField(_("nội dung mẫu"), help_text=_("Đề cương, mẫu câu và chỉ tiêu của từng mục."))
    # The definition as last shipped: a template still equal to it has not been edited here
    # and follows the product's improvements; an edited one is left alone.
    shipped_definition = models.JSONField(_("mẫu khi cài đặt"), null=True, blank=True, editable=False)
    is_active = models.BooleanField(_("đang dùng"), default=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = _("mẫu báo cáo")
        verbose_name_plural = _("mẫu báo cáo")

    def __str__(self):
        return self.name

    def clean(self):
        from .context import trial_drafts
        from .sentences import PatternError

        try:
            trial_drafts(self.definition)
        except PatternError as error:
            raise ValidationError({"definition": _("Mẫu có chỗ viết sai: %(error)s") % {"error": error}}) from None

    def check_period(self, period):
        """A template is made for some kinds of period ("period_kinds"), and of a kind split in parts
        for some of them only ("period_parts": {"half": [1]}, the first 6 months): another is
        refused under "template", saying what the template is for."""
        definition = self.definition if isinstance(self.definition, dict) else {}
        kinds = definition.get("period_kinds", [period.kind])
        parts = definition.get("period_parts") or {}
        if period.kind in kinds and period.index in parts.get(period.kind, [period.index]):
            return
        message = _("Mẫu «%(name)s» không dùng cho kỳ %(period)s; mẫu này chỉ dùng cho kỳ %(kinds)s.")
        allowed = period_kind_words(kinds, parts)
        raise ValidationError({"template": message % {"name": self.name, "period": period.label(), "kinds": allowed}})


class ReportQuerySet(models.QuerySet):
    def readable_by(self, user):
        """scope()'s rule; and a compiled report gathers other units' answers, a focal point's report its
        province's rows: a unit reporter reads neither, even of its own unit (the office's reporters since
        it became the Văn phòng)."""
        readable = scope(self, user)
        if reads_province_reports(user):
            return readable
        readable = readable.filter(compiled=False)
        # The same rule as one report's (Report.counts_province), the focal points' days read once for
        # all: a list of many reports asks as few queries as one.
        focal = list(readable.filter(unit__coordinates_province=True).select_related("unit"))
        spans = focal_spans({report.unit for report in focal})
        return readable.exclude(pk__in=[report.pk for report in focal if report.counts_province(spans)])


class Report(Versioned):
    """Versioned: the head (title, opening, closing, recipients, signature) is edited with optimistic locking."""

    objects = ReportQuerySet.as_manager()

    class Status(models.TextChoices):
        DRAFT = "draft", _("Dự thảo")
        SUBMITTED = "submitted", _("Chờ duyệt")
        APPROVED = "approved", _("Đã duyệt")
        ISSUED = "issued", _("Đã ban hành")

    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="reports")
    template = models.ForeignKey(
        ReportTemplate, verbose_name=_("mẫu"), on_delete=models.PROTECT, related_name="reports"
    )
    period_code = models.CharField(
        _("kỳ báo cáo"),
        max_length=30,
        help_text=_("Ví dụ: 2021-08, 2021-Q1, 2021-H1, 2021-9M, 2021"),
        validators=[validate_period_code],
    )
    convention = models.CharField(_("cách tính kỳ"), max_length=20, default="calendar")
    as_of = models.DateField(_("số liệu tính đến ngày"), null=True, blank=True)
    letter = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản yêu cầu báo cáo"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    # Written from the units' answers (a compilation), not from the register: the register's figures
    # are not its source, so it is never redrafted from them nor held against them.
    compiled = models.BooleanField(_("tổng hợp từ báo cáo của các đơn vị"), default=False, editable=False)
    title = models.CharField(_("trích yếu"), max_length=500)
    intro = models.TextField(_("mở đầu"), blank=True)
    closing = models.TextField(_("kết thúc"), blank=True)
    recipients = models.TextField(_("nơi nhận"), blank=True, help_text=_("Mỗi nơi nhận một dòng."))
    footnotes = models.JSONField(_("chú thích"), default=list, blank=True)
    signer_authority = models.CharField(
        _("thẩm quyền ký"), max_length=100, blank=True, help_text=_("KT. GIÁM ĐỐC, TL. CHỦ TỊCH…")
    )
    signer_title = models.CharField(_("chức vụ người ký"), max_length=100, blank=True)
    signer_name = models.CharField(_("người ký"), max_length=100, blank=True)
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.DRAFT)
    year = models.PositiveSmallIntegerField(_("năm"))
    number = models.PositiveIntegerField(_("số"), null=True, blank=True)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    # The year whose sequence the number belongs to: the year of issue, as Nghị định 30/2020 numbers a
    # body's documents from 01 on 1 January (a report of December issued in January opens the new year).
    numbered_year = models.PositiveSmallIntegerField(_("năm cấp số"), null=True, blank=True, editable=False)
    # The issuer as the report was issued: a later rename or merger of the unit never changes
    # an issued report's header or number (set by reporting/workflow._give_number).
    issuer_name = models.CharField(_("tên đơn vị ban hành"), max_length=255, blank=True, editable=False)
    issuer_code = models.CharField(_("ký hiệu đơn vị ban hành"), max_length=20, blank=True, editable=False)
    issuer_parent_name = models.CharField(_("tên cơ quan cấp trên"), max_length=255, blank=True, editable=False)
    issuer_place = models.CharField(_("địa danh ban hành"), max_length=100, blank=True, editable=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)
    # A return's reason is kept as the history's change reason: as long as the person wrote it.
    history = HistoricalRecords(history_change_reason_field=models.TextField(null=True))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("báo cáo")
        verbose_name_plural = _("báo cáo")
        constraints = [
            # The number sequence of a unit and year never repeats, even when two people issue at once.
            Unique(
                fields=["unit", "numbered_year", "number"],
                name="report_number_unique_per_unit_year",
                on="number",
                violation_error_message=_(
                    "Số này đã được cấp cho một báo cáo khác của đơn vị trong năm; vui lòng kiểm tra lại số báo cáo."
                ),
            ),
            Check(
                condition=~Q(status="issued") | (Q(number__isnull=False) & Q(issued_on__isnull=False)),
                name="issued_report_has_number_and_date",
                on="status",
                violation_error_message=_("Báo cáo đã ban hành phải có số và ngày ban hành."),
            ),
        ]

    def __str__(self):
        return f"{self.title} ({self.issued_by if self.is_frozen else self.unit})"

    @property
    def period(self):
        return parse(self.period_code, self.convention, self.as_of)

    def counts_province(self, spans=None):
        """Whether the report counts its province's rows: its unit was the focal point at the period's end.
        A period that no longer reads is taken to, so that no reader is shown more than it may read.
        spans: core/lineage.focal_spans() of the units of a list, read once for all its reports."""
        try:
            end = self.period.end
        except PeriodError:
            return self.unit.coordinates_province
        return counts_province(self.unit, end, spans)

    def uncut_comparison(self):
        """Last year's period's last day when the report lacks the day its figures are counted to (as_of) though
        its period had not ended on the day it was made, as reports made before create_report stored that day
        do: its own figures stop at the day they were drafted, while «cùng kỳ năm trước» counts last year's
        whole period, to that day. None otherwise, or for a compilation (its figures are the answers')."""
        if self.as_of is not None or self.compiled or self.created_at is None:
            return None
        try:
            period = self.period
        except PeriodError:
            return None
        if timezone.localdate(self.created_at) >= period.end:
            return None
        return period.same_period_last_year().end

    @property
    def period_label(self):
        """The period in words, as the report names it: "tháng 8/2021", "6 tháng đầu năm 2021"."""
        return label_or_code(self.period_code, lambda: self.period)

    @property
    def number_label(self):
        return self.label_of(self.number)

    def label_of(self, number):
        """ "15/BC-SNgV": how a number of this unit's reports is written ("…/BC-SNgV" without one)."""
        code = self.issuer_code if self.is_frozen else self.unit.code
        return f"{number:02d}/BC-{code}" if number else f"…/BC-{code}"

    @property
    def is_frozen(self):
        """Issued, with its issuer stored: the stored names count, not the unit's current ones."""
        return self.status == self.Status.ISSUED and bool(self.issuer_code)

    def freeze_issuer(self):
        """Store the issuing unit's names as they stand now; called once, when the report is issued."""
        self.issuer_name, self.issuer_code, self.issuer_parent_name, self.issuer_place = issuer_of(self.unit)

    def issuer(self):
        """(name, code, parent name, place) of the report's header: as stored once issued, else the unit's now."""
        if self.is_frozen:
            return self.issuer_name, self.issuer_code, self.issuer_parent_name, self.issuer_place
        return issuer_of(self.unit)

    @property
    def issued_by(self):
        """The unit's name as the pages show it: the name it was issued under once issued, else the
        unit's as lists name it (an ended one with its dates)."""
        if not self.is_frozen:
            return self.unit.listed_name
        if self.issuer_name == OFFICE_HEADER and self.issuer_parent_name:
            # The header's «VĂN PHÒNG» names its committee's office only under the committee's line; alone on
            # a page it names no one: with that line, as stored, so that no later renaming changes it.
            return f"{OFFICE_HEADER} {self.issuer_parent_name}"
        return self.issuer_name

    @property
    def is_editable(self):
        return self.status == self.Status.DRAFT

    def file_name(self, extension):
        """ "bao-cao-SNgV-2021-08.docx": the name its downloads take."""
        return f"bao-cao-{self.issuer()[1]}-{self.period_code}.{extension}"


# A district's or commune's people's committee dates its documents with its own place (Nghị định
# 30/2020/NĐ-CP, Phụ lục I): "UBND huyện Lý Sơn" → "Lý Sơn, ngày …".
_LOCAL_BODY = re.compile(
    r"^(?:UBND|Ủy ban nhân dân)\s+(?:huyện|quận|thị xã|thành phố|xã|phường|thị trấn|đặc khu)\s+(?P<place>.+)$",
    re.I,
)


# The header of a people's committee's office: «VĂN PHÒNG» under «UBND TỈNH …» (issuer_of).
OFFICE_HEADER = "Văn phòng"


def issuer_of(unit):
    """(name, code, parent name, place) of a report's header for unit as it stands now. The place
    is the province's name without "Tỉnh" ("Quảng Ngãi, ngày …"), a district's or commune's own.

    As Nghị định 30/2020/NĐ-CP writes headers: a people's committee, of any level, names itself
    alone, in full ("UBND XÃ BÌNH SƠN", no line above); the committee's office is «VĂN PHÒNG» under
    «UBND TỈNH QUẢNG NGÃI»; any other body is its name under its parent's, unless that parent is the
    province itself, which is no body ("TỈNH QUẢNG NGÃI" over the Công an tỉnh or a ministry's
    university): then it names itself alone."""
    province = unit.province()
    place = province.name.removeprefix("Tỉnh ").removeprefix("Thành phố ") if province else ""
    local = _LOCAL_BODY.match(unit.name) if unit.kind in (unit.Kind.DISTRICT, unit.Kind.COMMUNE) else None
    if local is not None:
        place = local["place"].strip()
    parent = unit.parent
    if unit.kind in (unit.Kind.PEOPLES_COMMITTEE, unit.Kind.DISTRICT, unit.Kind.COMMUNE):
        return unit.name, unit.code, "", place
    if unit.kind == unit.Kind.OFFICE and parent is not None and parent.kind == unit.Kind.PEOPLES_COMMITTEE:
        return OFFICE_HEADER, unit.code, parent.name, place
    above = parent.name if parent is not None and parent.kind != unit.Kind.PROVINCE else ""
    name = unit.report_name
    # «SỞ NGOẠI VỤ» under «UBND TỈNH KON TUM», not «SỞ NGOẠI VỤ TỈNH KON TUM»: the line above says it.
    tail = f" {province.name}".casefold() if province else ""
    if tail and name.casefold().endswith(tail) and above.casefold().endswith(tail):
        name = name[: -len(tail)]
    return name, unit.code, above, place


class ReportSection(Versioned):
    report = models.ForeignKey(Report, verbose_name=_("báo cáo"), on_delete=models.CASCADE, related_name="sections")
    key = models.CharField(_("khóa"), max_length=30)
    number = models.CharField(_("số mục"), max_length=10, blank=True)
    heading = models.CharField(_("tiêu đề mục"), max_length=500)
    level = models.PositiveSmallIntegerField(_("cấp"))
    position = models.PositiveIntegerField(_("thứ tự"))
    text = models.TextField(_("nội dung"), blank=True)
    generated_text = models.TextField(_("nội dung tạo tự động"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["report", "position"]
        verbose_name = _("mục báo cáo")
        verbose_name_plural = _("mục báo cáo")
        constraints = [
            Unique(
                fields=["report", "key"],
                name="report_section_key_unique",
                on="key",
                violation_error_message=_("Báo cáo đã có một mục với khóa này; mỗi mục cần một khóa riêng."),
            )
        ]

    def __str__(self):
        return section_label(self.number, self.heading, self.level)

    @property
    def is_edited(self):
        return self.text != self.generated_text


from .frozen import DocumentSignature, IssuedDocument, PreviewPdf  # noqa: E402,F401 — models of this app
