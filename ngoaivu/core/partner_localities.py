"""The foreign localities the province cooperates with."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from simple_history.models import HistoricalRecords

from ngoaivu.core.constraints import Unique


class PartnerLocality(models.Model):
    """A foreign locality the province cooperates with (Champasak – Lào, Miyagi – Nhật Bản…)."""

    name = models.CharField(_("tên địa phương"), max_length=200)
    country = CountryField(_("quốc gia"))
    level = models.CharField(_("cấp"), max_length=100, blank=True, help_text=_("tỉnh, bang, thành phố…"))
    since = models.DateField(_("thiết lập quan hệ từ"), null=True, blank=True)
    notes = models.TextField(_("ghi chú"), blank=True)
    # Seed 001 tells the work with the localities of Laos under a letter of its own: a province says
    # which partners' countries its reports tell apart (reporting/partner_lists.py).
    reported_apart = models.BooleanField(
        _("báo cáo thành mục riêng"),
        default=False,
        help_text=_(
            "Báo cáo có mục «Hoạt động hợp tác với các địa phương của …» riêng cho quốc gia của địa phương này."
        ),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["country", "name"]
        verbose_name = _("địa phương đối tác")
        verbose_name_plural = _("địa phương đối tác")
        constraints = [
            Unique(
                fields=["name", "country"],
                name="partner_locality_unique",
                on="name",
                violation_error_message=_("Đã có địa phương đối tác cùng tên thuộc quốc gia này."),
            )
        ]

    def __str__(self):
        return f"{self.name} – {self.country.name}"
