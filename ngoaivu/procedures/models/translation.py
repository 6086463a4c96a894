"""Procedures' translations into foreigners' languages: who wrote and who reviewed them, what is published."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext, gettext_noop
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from ngoaivu.core.constraints import Check, Unique
from ngoaivu.core.locking import Versioned
from ngoaivu.core.models import Unit

from ..texts import SEARCHED, TEXT_FIELDS, PublishedVersion, searched_text
from .procedure import Procedure


class Language(models.TextChoices):
    EN = "en", "English"
    ZH = "zh", "中文"
    KO = "ko", "한국어"
    JA = "ja", "日本語"


# Said to the one who last wrote a translation's text when they would mark it reviewed or publish it.
OWN_TEXT = _("Bản dịch do chính bạn soạn; cần một người khác hiệu đính trước khi công bố.")
# Said to the translator of a text published without a second person's review who would confirm it.
OWN_PUBLISHED_TEXT = _("Bản dịch do chính bạn soạn; cần một người khác rà soát.")
CONFIRM_AS_SHOWN = _("Để xác nhận đã rà soát, giữ nguyên nội dung và trạng thái của bản dịch; muốn sửa thì bấm «Lưu».")
# The history reason of a translation sent back to a draft because the Vietnamese changed (source_changed).
SOURCE_CHANGED = gettext_noop("Nội dung tiếng Việt của thủ tục đã thay đổi; bản dịch chuyển về bản nháp.")
NOTHING_TO_CONFIRM = _(
    "Bản dịch này không chờ xác nhận rà soát: chưa công bố hoặc đã được người thứ hai rà soát. Không có gì được lưu."
)


def acting_user():
    """The signed-in user of the request being answered (simple_history's middleware keeps it), or None."""
    request = getattr(HistoricalRecords.context, "request", None)
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None


def awaiting_second_review():
    """The published translations whose review is not a second person's: none recorded (published before
    the rule, migration 0007 clearing a translator's own review, or by a script that named none), or by
    their translator. The public pages keep showing them; anyone but the translator settles one from its
    page (Translation.confirms_review)."""
    return Q(status=Translation.Status.PUBLISHED) & (Q(reviewer__isnull=True) | Q(reviewer=F("translator")))


def shown_publicly():
    """The translations foreigners read: the published ones, and those whose published version is kept
    while a revision of it is drafted and reviewed (Translation.published_text)."""
    return Q(status=Translation.Status.PUBLISHED) | Q(published_text__isnull=False)


def being_updated():
    """The translations published once and off the public pages while a revision of them is drafted and
    reviewed: the Vietnamese they translated changed (Procedure.save), so no published version is kept.
    Foreigners read the Vietnamese meanwhile, told that a translation exists and is being updated."""
    revised = [Translation.Status.DRAFT, Translation.Status.REVIEWED]
    return Q(status__in=revised, first_published_on__isnull=False, published_text__isnull=True)


class Translation(PublishedVersion, Versioned):
    class Status(models.TextChoices):
        MISSING = "missing", _("Chưa dịch")
        DRAFT = "draft", _("Bản nháp")
        REVIEWED = "reviewed", _("Đã hiệu đính")
        PUBLISHED = "published", _("Đã công bố")

    REVIEWED_STATES = (Status.REVIEWED, Status.PUBLISHED)

    procedure = models.ForeignKey(
        Procedure, verbose_name=_("thủ tục"), on_delete=models.CASCADE, related_name="translations"
    )
    language = models.CharField(_("ngôn ngữ"), max_length=2, choices=Language.choices)
    status = models.CharField(_("trạng thái"), max_length=10, choices=Status.choices, default=Status.MISSING)
    name = models.CharField(_("tên thủ tục"), max_length=500, blank=True)
    field = models.CharField(_("lĩnh vực"), max_length=200, blank=True)
    agency = models.CharField(_("cơ quan thực hiện"), max_length=300, blank=True)
    processing_time = models.CharField(_("thời hạn giải quyết theo quy định"), max_length=300, blank=True)
    shortened_time = models.CharField(_("thời hạn đã rút ngắn"), max_length=300, blank=True)
    fees = models.TextField(_("phí, lệ phí"), blank=True)
    documents = models.TextField(_("thành phần hồ sơ"), blank=True)
    steps = models.TextField(_("trình tự thực hiện"), blank=True)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    # Who last changed the text: the one person who may not mark it reviewed (review_rule).
    translator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người dịch"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người hiệu đính"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("thời điểm hiệu đính"), null=True, blank=True)
    published_on = models.DateField(_("ngày công bố"), null=True, blank=True)
    # The day the translation was first published: the reports count it in that period
    # (procedures_published, procedures_translated), and a correction republished later neither counts it
    # again nor moves it, so a past period's figure never changes. Only save() writes it, once; a revision,
    # a republication, a change of the Vietnamese and a withdrawal («Chưa dịch») all keep it: a withdrawn
    # translation was still published in that period, and that period's reports said so.
    first_published_on = models.DateField(_("ngày công bố lần đầu"), null=True, blank=True, editable=False)
    # The published version, while a revision of it is drafted and reviewed: its texts, published_on and
    # search_text. Foreigners read it until the revision is published; it goes when the translation is
    # withdrawn («Chưa dịch») or the Vietnamese changes (Procedure.save). Only save() writes it.
    published_text = models.JSONField(_("bản đã công bố"), null=True, blank=True, editable=False)
    # The procedure's unit, copied so the report generator counts translations by unit.
    unit = models.ForeignKey(Unit, verbose_name=_("đơn vị"), on_delete=models.PROTECT, related_name="+", editable=False)
    search_text = models.TextField(_("nội dung để tìm kiếm"), editable=False, blank=True)
    updated_at = models.DateTimeField(_("cập nhật lần cuối"), auto_now=True)
    # Who changed a text and when, and what a deleted procedure's translations were (restored with it).
    history = HistoricalRecords(excluded_fields=["search_text"])

    class Meta:
        ordering = ["procedure", "language"]
        verbose_name = _("bản dịch thủ tục")
        verbose_name_plural = _("bản dịch thủ tục")
        constraints = [
            Unique(
                fields=["procedure", "language"],
                name="one_translation_per_language",
                on="language",
                violation_error_message=_("Thủ tục này đã có bản dịch sang ngôn ngữ này; vui lòng sửa bản dịch đã có."),
            ),
            # A constraint, not clean(): a name refused for its own reason (too long) is not also said missing.
            Check(
                condition=~Q(status__in=["reviewed", "published"]) | ~Q(name=""),
                name="translation_reviewed_has_a_name",
                on="name",
                violation_error_message=_("Bản dịch đã hiệu đính hoặc công bố phải có tên thủ tục."),
            ),
            # A second pair of eyes: whatever writes the row (a page, the admin, a script), its reviewer is
            # not its translator. A row whose translator is not known (written before it was recorded) passes.
            Check(
                condition=Q(reviewer__isnull=True) | Q(translator__isnull=True) | ~Q(reviewer=F("translator")),
                name="translation_reviewer_is_not_translator",
                on="reviewer",
                violation_error_message=_("Người hiệu đính phải là người khác với người dịch."),
            ),
            # A kept published version stands in for a revision pending: beside a published text it would be
            # a second public text, and beside «Chưa dịch» a withdrawn one still shown.
            Check(
                condition=Q(published_text__isnull=True) | Q(status__in=["draft", "reviewed"]),
                name="translation_kept_version_only_during_a_revision",
                on="status",
                violation_error_message=_("Bản đã công bố chỉ được giữ lại khi bản dịch đang được sửa."),
            ),
            Check(
                condition=Q(published_text__isnull=True)
                | Q(published_text__has_keys=[*TEXT_FIELDS, "published_on", "search_text"]),
                name="translation_kept_version_is_whole",
                on="published_text",
                violation_error_message=_("Bản đã công bố được giữ lại phải đủ các nội dung và ngày công bố."),
            ),
        ]

    def __str__(self):
        return f"{self.procedure.code} [{self.language}]"

    # Who is changing the row, for review_rule(); by default the signed-in user of the request.
    changed_by = None
    # Whether the last clean() sent a reviewed text, changed, back to a draft.
    sent_back = False
    # Whether this change confirms the review of the published text as stored (awaiting_second_review).
    confirms_review = False
    # Whether this save drops the kept published version (source_changed): the Vietnamese changed.
    drops_kept_version = False

    def clean_fields(self, exclude=None):
        if self.procedure_id:
            self.unit_id = self.procedure.unit_id
        super().clean_fields(exclude=exclude)

    def clean(self):
        super().clean()
        user = self.changed_by or acting_user()
        if user is not None:
            self.review_rule(user)

    def review_rule(self, user):
        """Apply user's change to who wrote and who reviewed the text, or refuse it.

        A change of the text makes user its translator, and a review of the old text no longer holds:
        a reviewed or published translation whose text changes goes back to a draft. Marking the text
        reviewed, or publishing it straight from a draft, makes user its reviewer, and is refused
        (ValidationError beside the status) to its translator. Publishing a text reviewed by another
        keeps that reviewer. Confirming the review of a text published without a second person's
        (confirms_review) makes user its reviewer, on the same terms, and changes nothing else. Every form
        that saves a translation validates through here (clean()).
        """
        stored = self._stored("status", *TEXT_FIELDS)
        before = stored["status"] if stored else self.Status.MISSING
        if stored is None:
            text_changed = any(getattr(self, name).strip() for name in TEXT_FIELDS)
        else:
            text_changed = any(stored[name] != getattr(self, name) for name in TEXT_FIELDS)
        self.sent_back = False
        if self.confirms_review:
            self._confirm_review(user, text_changed or self.status != before)
            return
        if text_changed:
            self.translator = user
            if self.status in self.REVIEWED_STATES:
                if self.status != before:
                    raise ValidationError({"status": OWN_TEXT}, code="own_text")
                self.status, self.sent_back = self.Status.DRAFT, True  # what was reviewed is not this text
            return
        if self.status in self.REVIEWED_STATES and before not in self.REVIEWED_STATES:
            if not self.reviewable_by(user):
                raise ValidationError({"status": OWN_TEXT}, code="own_text")
            self.reviewer, self.reviewed_at = user, timezone.now()

    def _confirm_review(self, user, changed):
        if changed:  # what user read and confirms is the text as stored: a change is saved apart («Lưu»)
            raise ValidationError(CONFIRM_AS_SHOWN, code="confirm_as_shown")
        if not type(self).objects.filter(awaiting_second_review(), pk=self.pk).exists():
            # Nothing awaits review (reviewed already, a draft): refused, not saved as a change that is none.
            raise ValidationError(NOTHING_TO_CONFIRM, code="nothing_to_confirm")
        if not self.reviewable_by(user):
            raise ValidationError(OWN_PUBLISHED_TEXT, code="own_text")
        self.reviewer, self.reviewed_at = user, timezone.now()

    def source_changed(self):
        """The Vietnamese text it translates changed: back to a draft, unreviewed, and the kept published
        version goes too (it describes the old procedure). Saved as any change is: a new version, a history
        entry under the request's user with the reason, updated_at."""
        self.status = self.Status.DRAFT
        self.drops_kept_version = True
        self._change_reason = gettext(SOURCE_CHANGED)
        try:
            self.save()
        finally:
            del self.drops_kept_version

    def source_changed_since(self, version):
        """Whether the Vietnamese it translates changed after version (source_changed): a page opened then
        showed the old Vietnamese beside it."""
        reasons = {SOURCE_CHANGED, gettext(SOURCE_CHANGED)}
        return (
            version is not None and self.history.filter(version__gt=version, history_change_reason__in=reasons).exists()
        )

    def reviewable_by(self, user):
        """Whether user may mark this text reviewed, or publish it unreviewed: anyone but its translator
        (the administrator too: the rule has no exception). The page offers it, or explains why not."""
        return self.translator_id is None or self.translator_id != user.pk

    def save(self, *args, **kwargs):
        self.unit_id = self.procedure.unit_id
        if self.status == self.Status.PUBLISHED and self.published_on is None:
            self.published_on = timezone.localdate()
        if self.status != self.Status.PUBLISHED:
            self.published_on = None
        if self.status not in self.REVIEWED_STATES:
            self.reviewer, self.reviewed_at = None, None  # a draft is nobody's reviewed text
        self.search_text = searched_text({name: getattr(self, name) for name in SEARCHED})
        # The row as stored, read once: what the kept version and the first publication follow.
        stored = self._stored(
            "status", "published_on", "updated_at", "published_text", "first_published_on", *TEXT_FIELDS
        )
        self.published_text = None if self.drops_kept_version else self._kept_version(stored)
        self.first_published_on = self._first_publication(stored)
        super().save(*args, **kwargs)

    def _stored(self, *fields):
        """fields of this row as the database holds it ({name: value}), None for a row not stored yet."""
        return type(self).objects.filter(pk=self.pk).values(*fields).first() if self.pk else None

    def _first_publication(self, stored):
        """What first_published_on becomes: as stored once set, whatever this instance holds; else the
        publication date when this save publishes it. A row not stored yet keeps a date it is given (a
        translation restored with its procedure, an import of older records)."""
        if stored is not None and stored["first_published_on"] is not None:
            return stored["first_published_on"]
        if stored is None and self.first_published_on is not None:
            return self.first_published_on
        return self.published_on if self.status == self.Status.PUBLISHED else None
