"""Units and their successions; the models of the app's other modules are imported at the end."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy as _
from simple_history.models import HistoricalRecords

from ngoaivu.core.constraints import Check, Unique
from ngoaivu.core.stamps import validate_stamp_image
from ngoaivu.core.uploads import get_private_storage
from ngoaivu.pure.wording import screen_date


class UnitQuerySet(models.QuerySet):
    def existed_in(self, period):
        """The units that existed on some day of period (anything with start and end dates, both days in
        it): the rule of Unit.existed_in, in the database."""
        return self.filter(
            Q(started_on__isnull=True) | Q(started_on__lte=period.end),
            Q(ended_on__isnull=True) | Q(ended_on__gt=period.start),
        )


class Unit(models.Model):
    """A body that records or reports foreign-affairs work (cơ quan, đơn vị)."""

    class Kind(models.TextChoices):
        PROVINCE = "province", _("Tỉnh")
        PEOPLES_COMMITTEE = "committee", _("UBND tỉnh")
        OFFICE = "office", _("Văn phòng")
        DEPARTMENT = "department", _("Sở, ban, ngành")
        DISTRICT = "district", _("UBND cấp huyện")
        COMMUNE = "commune", _("UBND cấp xã")
        UNIVERSITY = "university", _("Trường đại học, cao đẳng")
        OTHER = "other", _("Khác")

    # Unique among the units that still exist: the new tỉnh Quảng Ngãi bears the old one's name.
    name = models.CharField(_("tên chính thức"), max_length=255)
    short_name = models.CharField(_("tên viết tắt"), max_length=100, blank=True)
    code = models.CharField(
        _("ký hiệu"),
        max_length=20,
        unique=True,
        error_messages={"unique": _("Ký hiệu này đã được dùng cho đơn vị khác; vui lòng chọn ký hiệu khác.")},
        help_text=_("Ký hiệu dùng trong số văn bản, ví dụ SNgV, VP, UBND."),
    )
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.DEPARTMENT)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("đơn vị cấp trên"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    is_active = models.BooleanField(_("đang hoạt động"), default=True)
    seal_image = models.FileField(
        _("ảnh con dấu"),
        upload_to="stamps/seals/",
        storage=get_private_storage,
        blank=True,
        validators=[validate_stamp_image],
        help_text=_("Ảnh PNG nền trong suốt, màu đỏ, của con dấu đơn vị đóng trên văn bản điện tử."),
    )
    started_on = models.DateField(
        _("hoạt động từ ngày"), null=True, blank=True, help_text=_("Để trống nếu đơn vị có từ trước khi dùng phần mềm.")
    )
    ended_on = models.DateField(
        _("thôi hoạt động từ ngày"),
        null=True,
        blank=True,
        help_text=_("Ngày sắp xếp có hiệu lực: từ ngày này đơn vị không còn (sáp nhập, chia tách, giải thể…)."),
    )
    recorded_since = models.DateField(
        _("ghi sổ theo dõi từ ngày"),
        null=True,
        blank=True,
        help_text=_(
            "Ngày đơn vị bắt đầu ghi đầy đủ công việc vào sổ theo dõi. Báo cáo không so sánh với cùng kỳ "
            "trước ngày này mà ghi «chưa có số liệu cùng kỳ». Để trống nếu sổ có đủ số liệu các năm trước."
        ),
    )
    coordinates_province = models.BooleanField(
        _("cơ quan đầu mối đối ngoại của tỉnh"),
        default=False,
        help_text=_("Báo cáo của đơn vị này tổng hợp số liệu của toàn tỉnh, không chỉ của riêng đơn vị."),
    )
    reporting_convention = models.CharField(
        _("cách tính kỳ báo cáo"),
        max_length=20,
        default="calendar",
        choices=[
            ("calendar", _("Theo tháng dương lịch")),
            ("decree09", _("Theo Nghị định 09/2019/NĐ-CP (từ ngày 15 tháng trước đến ngày 14)")),
        ],
    )
    history = HistoricalRecords()

    objects = UnitQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("đơn vị")
        verbose_name_plural = _("đơn vị")
        constraints = [
            Check(
                condition=~Q(parent=models.F("pk")),
                name="unit_not_own_parent",
                on="parent",
                violation_error_message=_("Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới."),
            ),
            Unique(
                fields=["name"],
                condition=Q(ended_on__isnull=True),
                name="unit_current_name_unique",
                on="name",
                violation_error_message=_("Đã có đơn vị mang tên chính thức này; vui lòng kiểm tra lại tên đơn vị."),
            ),
            Check(
                condition=Q(ended_on__isnull=True)
                | Q(started_on__isnull=True)
                | Q(ended_on__gt=models.F("started_on")),
                name="unit_ends_after_it_starts",
                on="ended_on",
                violation_error_message=_("Ngày thôi hoạt động phải sau ngày bắt đầu hoạt động."),
            ),
            # An ended unit takes no new work: the pickers offer active units only.
            Check(
                condition=Q(ended_on__isnull=True) | Q(is_active=False),
                name="ended_unit_inactive",
                on="is_active",
                violation_error_message=_("Đơn vị đã thôi hoạt động không thể đang hoạt động."),
            ),
        ]

    def __str__(self):
        return self.report_name

    @property
    def report_name(self):
        """How reports name the unit (name_in_reports)."""
        return self.name_in_reports(self.name, self.short_name)

    @staticmethod
    def name_in_reports(name, short_name):
        """How reports name a unit, in their sentences and tables: its short name, else its official name
        («Sở Ngoại vụ», not «Sở Ngoại vụ tỉnh Quảng Ngãi»). One rule, so that a report never names a unit
        two ways: report_name, and core/lineage.current_names on rows read with values()."""
        return short_name or name

    def scope(self, as_of=None, own=False):
        """The units whose register rows this unit's reports count, as the unit stood on as_of:
        see core/lineage.py. None: the whole register. own: its own work, not its province's."""
        from .lineage import scope_of

        return scope_of(self, as_of, own=own)

    def exists_on(self, day):
        return (self.started_on is None or self.started_on <= day) and not self.has_ended(day)

    def has_ended(self, day):
        """Whether the unit was merged or dissolved by day (ended_on: the first day it no longer exists)."""
        return self.ended_on is not None and self.ended_on <= day

    def existed_in(self, period):
        """Whether the unit existed on some day of period (anything with start and end dates, both days in
        it): it started by the period's last day and ended (ended_on: the first day it no longer does)
        after its first. Unit.objects.existed_in asks the same of the database."""
        return (self.started_on is None or self.started_on <= period.end) and (
            self.ended_on is None or self.ended_on > period.start
        )

    def leaders(self):
        """The unit's active leaders, first made first: who signs its reports and approves them."""
        return self.users.filter(role=Role.LEADER, is_active=True).order_by("pk")

    def province(self):
        unit = self
        while unit is not None and unit.kind != self.Kind.PROVINCE:
            unit = unit.parent
        return unit

    @property
    def last_day(self):
        """The last day the unit existed (ended_on is the first day it no longer does), or None."""
        return self.ended_on - timedelta(days=1) if self.ended_on else None

    @property
    def listed_name(self):
        """As lists name the unit: an ended one with its dates, "Sở Ngoại vụ (đến 28/02/2025)", for
        the new tỉnh Quảng Ngãi bears the old one's name."""
        return f"{self} ({self.lifespan})" if self.ended_on else str(self)

    @property
    def lifespan(self):
        """ "từ 01/03/2025 đến 30/06/2025", "từ 01/03/2025", "đến 30/06/2025", or "" when neither is known."""
        start, end = screen_date(self.started_on), screen_date(self.last_day)
        if start and end:
            return gettext("từ %(start)s đến %(end)s") % {"start": start, "end": end}
        if start:
            return gettext("từ %(start)s") % {"start": start}
        if end:
            return gettext("đến %(end)s") % {"end": end}
        return ""

    def check_existed(self, start, end):
        """Refuse a time from start to end in which the unit did not exist, for a report's period or a
        register row's date: an ended unit keeps the time it existed, never after; a new unit from its
        first day."""
        if self.ended_on is not None and start >= self.ended_on:
            message = _(
                "%(unit)s đã thôi hoạt động từ ngày %(day)s; vui lòng chọn thời gian trước ngày đó "
                "hoặc chọn đơn vị sau sắp xếp."
            )
            raise ValidationError(message % {"unit": self.name, "day": screen_date(self.ended_on)})
        if self.started_on is not None and end < self.started_on:
            message = _("%(unit)s bắt đầu hoạt động từ ngày %(day)s; vui lòng chọn thời gian từ ngày đó trở đi.")
            raise ValidationError(message % {"unit": self.name, "day": screen_date(self.started_on)})

    # What says which documents are the unit's own (LegalDocument.is_own_of).
    NAMING_FIELDS = ("code", "name", "short_name")

    def save(self, *args, **kwargs):
        before = None if self._state.adding else Unit.objects.filter(pk=self.pk).values(*self.NAMING_FIELDS).first()
        super().save(*args, **kwargs)
        if before and before != {name: getattr(self, name) for name in self.NAMING_FIELDS}:
            # a new code or name may make its documents its own, or no longer
            for document in self.legal_documents.all():
                if (own := document.is_own_of(self)) != document.issued_by_unit:
                    LegalDocument.objects.filter(pk=document.pk).update(issued_by_unit=own)

    def clean(self):
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk and self.pk is not None:
                raise ValidationError({"parent": _("Đơn vị cấp trên không được là chính nó hoặc đơn vị cấp dưới.")})
            ancestor = ancestor.parent
        parent_ended = self.parent is not None and self.parent.ended_on is not None
        if parent_ended and self.ended_on is None and self.parent.ended_on <= timezone.localdate():
            message = _("%(parent)s đã thôi hoạt động từ ngày %(day)s; vui lòng chọn đơn vị cấp trên đang hoạt động.")
            raise ValidationError(
                {"parent": message % {"parent": self.parent.name, "day": screen_date(self.parent.ended_on)}}
            )
        # The code goes into document numbers ("…/BC-SNgV"): "sngv" would read as the same unit.
        if self.code and Unit.objects.filter(code__iexact=self.code).exclude(pk=self.pk).exists():
            raise ValidationError({"code": _("Ký hiệu này đã được dùng cho đơn vị khác; vui lòng chọn ký hiệu khác.")})


class Succession(models.Model):
    """What became of a unit: merged into, split into, renamed as, or its duties moved to another.

    The records of the predecessor count for the successor (carries_records), so that a report
    of the successor compares the same territory or duty across the change (core/lineage.py).
    """

    class Kind(models.TextChoices):
        MERGE = "merge", _("Sáp nhập, hợp nhất")
        SPLIT = "split", _("Chia, tách")
        RENAME = "rename", _("Đổi tên")
        DUTIES = "duties", _("Chuyển giao chức năng, nhiệm vụ")

    predecessor = models.ForeignKey(
        Unit, verbose_name=_("đơn vị trước sắp xếp"), on_delete=models.PROTECT, related_name="successor_links"
    )
    successor = models.ForeignKey(
        Unit, verbose_name=_("đơn vị sau sắp xếp"), on_delete=models.PROTECT, related_name="predecessor_links"
    )
    kind = models.CharField(_("hình thức"), max_length=10, choices=Kind.choices)
    effective_on = models.DateField(_("có hiệu lực từ ngày"))
    legal_basis = models.CharField(
        _("căn cứ pháp lý"),
        max_length=300,
        help_text=_("Ví dụ: Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội."),
    )
    duties = models.TextField(
        _("chức năng, nhiệm vụ chuyển giao"), blank=True, help_text=_("Để trống nếu chuyển giao toàn bộ.")
    )
    carries_records = models.BooleanField(
        _("số liệu trước sắp xếp tính cho đơn vị này"),
        default=True,
        help_text=_(
            "Số liệu của đơn vị trước sắp xếp chỉ được tính cho một đơn vị sau sắp xếp, để không tính hai lần."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["effective_on", "predecessor__name", "successor__name"]
        verbose_name = _("sắp xếp đơn vị")
        verbose_name_plural = _("sắp xếp đơn vị")
        constraints = [
            Check(
                condition=~Q(predecessor=models.F("successor")),
                name="succession_not_to_itself",
                on="successor",
                violation_error_message=_("Đơn vị sau sắp xếp phải khác đơn vị trước sắp xếp."),
            ),
            Unique(
                fields=["predecessor", "successor"],
                name="succession_unique_pair",
                on="successor",
                violation_error_message=_("Đã ghi nhận việc sắp xếp giữa hai đơn vị này."),
            ),
            Unique(
                fields=["predecessor"],
                condition=Q(carries_records=True),
                name="succession_records_counted_once",
                on="carries_records",
                violation_error_message=_(
                    "Số liệu của đơn vị trước sắp xếp đã được tính cho một đơn vị khác; "
                    "mỗi đơn vị chỉ chuyển số liệu cho một đơn vị để không tính hai lần."
                ),
            ),
        ]

    def __str__(self):
        return f"{self.predecessor.name} → {self.successor.name} ({self.get_kind_display().lower()}, {screen_date(self.effective_on)})"

    def clean(self):
        # Errors of the whole row: the unit's own page edits successions with one of the two units fixed.
        if self.predecessor_id and self.predecessor_id == self.successor_id:
            raise ValidationError(_("Đơn vị sau sắp xếp phải khác đơn vị trước sắp xếp."))
        if not (self.successor_id and self.predecessor_id and self.effective_on):
            return
        successor, predecessor, day = self.successor, self.predecessor, self.effective_on
        if Succession.objects.filter(predecessor=successor, successor=predecessor).exclude(pk=self.pk).exists():
            raise ValidationError(_("Đã ghi nhận việc sắp xếp theo chiều ngược lại giữa hai đơn vị này."))
        if successor.ended_on and successor.ended_on <= day:
            raise ValidationError(_("Đơn vị sau sắp xếp đã thôi hoạt động trước ngày sắp xếp có hiệu lực."))
        if successor.started_on and successor.started_on > day:
            message = _("%(unit)s bắt đầu hoạt động từ ngày %(start)s, sau ngày sắp xếp có hiệu lực (%(day)s).")
            raise ValidationError(
                message % {"unit": successor.name, "start": screen_date(successor.started_on), "day": screen_date(day)}
            )
        if predecessor.ended_on and predecessor.ended_on < day:
            message = _("%(unit)s đã thôi hoạt động từ ngày %(end)s, trước ngày sắp xếp có hiệu lực (%(day)s).")
            raise ValidationError(
                message % {"unit": predecessor.name, "end": screen_date(predecessor.ended_on), "day": screen_date(day)}
            )

    @property
    def is_partial(self):
        """The predecessor goes on after the change (some duties moved): its later records stay its own."""
        return self.predecessor.ended_on is None or self.predecessor.ended_on > self.effective_on


from .certificates import RevocationList, SigningToken, TrustRoot  # noqa: E402,F401 — models of this app
from .legal_documents import GENERIC_KIND, LegalDocument  # noqa: E402,F401
from .partner_localities import PartnerLocality  # noqa: E402,F401
from .reading_phrases import ReadingPhrase  # noqa: E402,F401
from .stored_files import StoredFile  # noqa: E402,F401
from .users import Role, User  # noqa: E402,F401
