"""Report requests: letters that ask for a report, received from a higher body or sent to the units."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.core.period_field import in_words, label_or_code, validate_period_code
from ngoaivu.core.permissions import is_unit_bound
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import PeriodError
from ngoaivu.pure.wording import screen_date
from ngoaivu.reporting.models import Report, ReportTemplate

from . import asked_units


class ReportRequestQuerySet(models.QuerySet):
    def visible_to(self, user):
        """A unit reporter sees its unit's incoming requests and those it was asked to answer; the
        office and its readers see all."""
        if not (user.is_authenticated and user.is_active):
            return self.none()
        if not is_unit_bound(user):
            return self
        own = models.Q(direction=ReportRequest.Direction.INCOMING, unit_id=user.unit_id)
        from .submissions import Submission  # its foreign key is to this module's ReportRequest

        asked = models.Q(pk__in=Submission.objects.filter(unit_id=user.unit_id).values("request_id"))
        return self.filter(own | asked)


class ReportRequest(models.Model):
    """A request for a report: received from a higher body, or sent by the office to its units."""

    class Direction(models.TextChoices):
        INCOMING = "incoming", _("Yêu cầu đến (cấp trên yêu cầu báo cáo)")
        OUTGOING = "outgoing", _("Yêu cầu đi (đề nghị các đơn vị báo cáo)")

    direction = models.CharField(_("loại yêu cầu"), max_length=10, choices=Direction.choices)
    letter = models.ForeignKey(
        LegalDocument,
        verbose_name=_("văn bản yêu cầu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="report_requests",
    )
    subject = models.CharField(_("nội dung yêu cầu"), max_length=500)
    requested_by = models.CharField(_("cơ quan yêu cầu"), max_length=200, blank=True)
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("đơn vị"),
        on_delete=models.PROTECT,
        related_name="report_requests",
        help_text=_("Yêu cầu đến: đơn vị phải báo cáo. Yêu cầu đi: đơn vị gửi yêu cầu và tổng hợp."),
    )
    template = models.ForeignKey(
        ReportTemplate, verbose_name=_("mẫu báo cáo"), on_delete=models.PROTECT, related_name="+"
    )
    period_code = models.CharField(_("kỳ báo cáo"), max_length=30, validators=[validate_period_code])
    deadline = models.DateField(_("hạn báo cáo"))
    report = models.ForeignKey(
        Report,
        verbose_name=_("báo cáo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Báo cáo trả lời (yêu cầu đến) hoặc báo cáo tổng hợp (yêu cầu đi)."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người tạo"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    objects = ReportRequestQuerySet.as_manager()

    class Meta:
        ordering = ["deadline", "pk"]
        verbose_name = _("yêu cầu báo cáo")
        verbose_name_plural = _("yêu cầu báo cáo")

    def __str__(self):
        return self.subject

    def clean(self):
        super().clean()
        error = self.deadline_error()
        if error:
            raise ValidationError({"deadline": error})

    def deadline_error(self):
        """Why the deadline cannot be, or "": before the period's first day there is nothing yet to report.
        Before its end is allowed (annual reports are asked for in December). Every way in asks it here: the
        request's form, the admin. No database rule can: the period's first day is read from its code by the
        unit's reporting convention. A period that does not read is its field's error (validate_period_code)."""
        if not (self.deadline and self.period_code and self.unit_id):
            return ""
        try:
            period = self.period_for(self.unit)
        except PeriodError:
            return ""
        if self.deadline >= period.start:
            return ""
        return gettext("Hạn báo cáo không được trước ngày bắt đầu kỳ báo cáo %(period)s (%(start)s).") % {
            "period": in_words(period),
            "start": screen_date(period.start),
        }

    def asked_units_errors(self, units, standing=()):
        """[(unit, why)]: the units of units (in their order) that cannot be asked to answer this request
        beside the asking unit and the units before them, each with why, in words (asked_units.py);
        standing: the ids of those asked already (standing_units), whose overlaps are not said again."""
        return asked_units.asked_units_errors(self, units, standing)

    def standing_units(self):
        """{unit id} of the answers as stored, while the request asks as stored (its asking unit, period
        and direction unchanged): what they count twice was there before (a request stored before the
        asked-units rule) and is no reason to refuse saving it. A request changed in these asks anew."""
        if not self.pk:
            return set()
        stored = ReportRequest.objects.filter(pk=self.pk).values("unit_id", "period_code", "direction").first()
        if stored != {"unit_id": self.unit_id, "period_code": self.period_code, "direction": self.direction}:
            return set()
        return set(self.submissions.values_list("unit_id", flat=True))

    def period_for(self, unit):
        """The asked period as a unit counts it (its own reporting convention)."""
        return parse(self.period_code, unit.reporting_convention)

    @property
    def period_label(self):
        """The period in words: "6 tháng đầu năm 2021"."""
        return label_or_code(self.period_code, lambda: self.period_for(self.unit))

    @property
    def is_incoming(self):
        return self.direction == self.Direction.INCOMING

    def days_left(self, today=None):
        return (self.deadline - (today or timezone.localdate())).days
