"""Thông tin đối ngoại, báo chí nước ngoài, ngoại giao văn hóa, biên giới lãnh thổ."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django_countries.fields import CountryField

from ngoaivu.core.constraints import Check, Unique
from ngoaivu.pure.text import clean_text

from .base import Record, done_status, end_not_before_start


def title_key(title):
    """A bulletin's title as its uniqueness rule compares it: as stored (core/composed.py), whatever its
    case («bản tin đối ngoại quảng ngãi» is «Bản tin Đối ngoại Quảng Ngãi»). Kept in a column of its own,
    as SQLite's LOWER() folds ASCII letters only («Đ» would stay)."""
    return clean_text(title or "", one_line=True).casefold()


# A title that ends with the issue's own number («Bản tin Đối ngoại số 45», issue 45): numbered in the title,
# each issue would be a bulletin of its own to the uniqueness rule, and named «… số 45 số 45». Another number
# is the title's own («Bản tin Chuyển đổi số 2025»: «số» is «digital» there).
_NUMBERED_TITLE = re.compile(r"\bsố\s*(\d+)\s*$", re.IGNORECASE)


class Bulletin(Record):
    """Bản tin đối ngoại, numbered issue by issue: a unit may publish more than one bulletin, each
    numbered on its own, so its title is part of what names an issue."""

    issue_number = models.PositiveIntegerField(_("số bản tin"))
    published_on = models.DateField(_("ngày phát hành"))
    title = models.CharField(_("tên bản tin"), max_length=255, default="Bản tin Đối ngoại")
    # Derived from the title on every save (title_key): the uniqueness rule compares it.
    title_key = models.CharField(_("tên bản tin để đối chiếu"), max_length=255, null=True, editable=False)
    copies = models.PositiveIntegerField(_("số lượng in"), default=0)

    class Meta:
        ordering = ["-published_on", "-issue_number"]
        verbose_name = pgettext_lazy("one row", "bản tin đối ngoại")
        verbose_name_plural = _("bản tin đối ngoại")
        # Reports filter by unit and date: published_on.
        indexes = [
            models.Index(fields=["-published_on", "-issue_number"], name="bulletin_recent"),
            models.Index(fields=["unit", "published_on"], name="bulletin_unit_publishe"),
        ]
        constraints = [
            Unique(
                fields=["unit", "title_key", "issue_number"],
                name="bulletin_issue_unique",
                on="issue_number",
                violation_error_message=_("Bản tin này của đơn vị đã có số này; vui lòng kiểm tra lại số bản tin."),
            ),
            Check(
                condition=Q(issue_number__gte=1),
                name="bulletin_issue_positive",
                on="issue_number",
                violation_error_message=_("Số bản tin phải từ 01 trở lên."),
            ),
        ]

    def __str__(self):
        return f"{self.title} số {self.issue_number}"

    def clean(self):
        super().clean()
        numbered = _NUMBERED_TITLE.search(self.title or "")
        if numbered and int(numbered[1]) == self.issue_number:
            raise ValidationError({"title": _("Tên bản tin không kèm số; số của từng bản tin ghi ở ô «Số bản tin».")})
        self.title_key = title_key(self.title)

    def validate_constraints(self, exclude=None):
        # A form leaves out title_key (not editable), which would skip the uniqueness rule; clean() has
        # just derived it from the title, so the rule is checked whenever the title is.
        if exclude and "title_key" in exclude and "title" not in exclude:
            exclude = set(exclude) - {"title_key"}
        super().validate_constraints(exclude=exclude)

    def save(self, *args, **kwargs):
        self.title_key = title_key(self.title)
        super().save(*args, **kwargs)


class Article(Record):
    """A news item published on the office's website, in one language."""

    class Language(models.TextChoices):
        VIETNAMESE = "vi", _("Tiếng Việt")
        ENGLISH = "en", _("Tiếng Anh")
        CHINESE = "zh", _("Tiếng Trung")
        KOREAN = "ko", _("Tiếng Hàn")
        JAPANESE = "ja", _("Tiếng Nhật")
        LAO = "lo", _("Tiếng Lào")

    title = models.CharField(_("tiêu đề"), max_length=255)
    language = models.CharField(_("ngôn ngữ"), max_length=5, choices=Language.choices, default=Language.VIETNAMESE)
    published_on = models.DateField(_("ngày đăng"))
    channel = models.CharField(_("nơi đăng"), max_length=200, default="Trang thông tin điện tử")
    url = models.URLField(_("đường dẫn"), blank=True)  # forms: see RecordForm (https by default)

    class Meta:
        ordering = ["-published_on", "pk"]
        verbose_name = _("tin bài")
        verbose_name_plural = _("tin bài đối ngoại")
        # Reports filter by unit and date: published_on.
        indexes = [
            models.Index(fields=["-published_on", "id"], name="article_recent"),
            models.Index(fields=["unit", "published_on"], name="article_unit_publishe"),
            # The list sorts by these columns (register/areas.sorted_by_index), the id breaking ties.
            models.Index(fields=["title", "id"], name="article_title_id"),
            models.Index(fields=["channel", "id"], name="article_channel_id"),
        ]

    def __str__(self):
        return self.title


class PressCrew(Record):
    """A foreign press or television crew reporting in the province."""

    outlet = models.CharField(_("cơ quan báo chí"), max_length=255)
    country = CountryField(_("quốc gia"))
    persons = models.PositiveIntegerField(_("số phóng viên"), default=1)
    start_date = models.DateField(_("ngày đến"))
    end_date = models.DateField(_("ngày đi"), null=True, blank=True)
    topic = models.TextField(_("nội dung tác nghiệp"), blank=True)

    class Meta:
        ordering = ["-start_date", "pk"]
        verbose_name = _("đoàn phóng viên nước ngoài")
        verbose_name_plural = _("báo chí nước ngoài")
        # Reports filter by unit and date: start_date.
        indexes = [
            models.Index(fields=["-start_date", "id"], name="presscrew_recent"),
            models.Index(fields=["unit", "start_date"], name="presscrew_unit_start"),
        ]
        constraints = [
            end_not_before_start(name="press_end_after_start"),
            Check(
                condition=Q(persons__gte=1),
                name="press_persons_positive",
                on="persons",
                violation_error_message=_("Số người phải từ 01 trở lên."),
            ),
        ]

    name_day = "start_date"

    def __str__(self):
        return f"{self.plain_name()} ({self.start_date:%d/%m/%Y})"

    def plain_name(self):
        return self.outlet


class CulturalEvent(Record):
    """Ngoại giao văn hóa: exchanges, festivals, homestays, exhibitions."""

    title = models.CharField(_("sự kiện"), max_length=255)
    held_on = models.DateField(_("ngày"))
    status = done_status()
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)
    country = CountryField(_("quốc gia đối tác"), blank=True)
    participants = models.PositiveIntegerField(_("số người tham gia"), default=0)

    class Meta:
        ordering = ["-held_on", "pk"]
        verbose_name = _("sự kiện ngoại giao văn hóa")
        verbose_name_plural = _("ngoại giao văn hóa")
        # Reports filter by unit and date: held_on.
        indexes = [
            models.Index(fields=["-held_on", "id"], name="culturalev_recent"),
            models.Index(fields=["unit", "held_on"], name="culturalev_unit_held"),
        ]

    def __str__(self):
        return self.title


class BorderActivity(Record):
    """Biên giới, lãnh thổ: information work on the sea and islands."""

    class Kind(models.TextChoices):
        PROPAGANDA = "propaganda", _("Tuyên truyền biển, đảo")
        PUBLICATION = "publication", _("Biên soạn, in ấn tài liệu")
        TRAINING = "training", _("Tập huấn")
        FIELD_TRIP = "field_trip", _("Đoàn công tác")
        OTHER = "other", _("Khác")

    title = models.CharField(_("hoạt động"), max_length=255)
    kind = models.CharField(_("loại"), max_length=20, choices=Kind.choices, default=Kind.PROPAGANDA)
    held_on = models.DateField(_("ngày"))
    status = done_status()
    location = models.CharField(_("địa điểm"), max_length=255, blank=True)

    class Meta:
        ordering = ["-held_on", "pk"]
        verbose_name = _("hoạt động biên giới, lãnh thổ")
        verbose_name_plural = _("biên giới, lãnh thổ")
        # Reports filter by unit and date: held_on.
        indexes = [
            models.Index(fields=["-held_on", "id"], name="borderacti_recent"),
            models.Index(fields=["unit", "held_on"], name="borderacti_unit_held"),
        ]

    def __str__(self):
        return self.title
