"""Administrative procedures (thủ tục hành chính, TTHC) for foreigners: the province's catalogue."""

import re

from django.core.validators import RegexValidator
from django.db import models, transaction
from django.db.models import Q
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from ngoaivu.register.models.base import Record
from ngoaivu.register.offering import offers

from ngoaivu.core.screen_figures import screen_count

from ..texts import SEARCHED, TEXT_FIELDS, searched_text


# The national database's codes: "1.000105", "2.000205", and in a province's public service portal the
# long form "1.001234.000.00.00.H47". The code is also the public page's address: nothing else goes in it.
CODE = r"[0-9]\.[0-9]{6}(?:\.[0-9]{3}\.[0-9]{2}\.[0-9]{2}\.H[0-9]{2})?"  # ASCII digits: not "١.٠٠٠١٠٥"
CODE_FORMAT = RegexValidator(
    rf"\A{CODE}\Z",
    _(
        "Mã thủ tục ghi như trên Cơ sở dữ liệu quốc gia về thủ tục hành chính, ví dụ 1.000105 hoặc 1.001234.000.00.00.H47."
    ),
)


def has_public_address(code):
    """Whether code can be a public page's address: a row saved before its format was checked may not."""
    return re.fullmatch(CODE, code) is not None  # (a stored code has no final line break: forms trim it)


class ProcedureQuerySet(models.QuerySet):
    def with_public_address(self):
        return self.filter(code__regex=rf"^{CODE}$")

    def public(self):
        """What foreigners see: the procedures marked public, whose codes can be an address."""
        return self.filter(is_public=True).with_public_address()


def sees_translations(user):
    """The translations pages (/thu-tuc/) and their menu entry: to whom the register offers the catalogue
    of procedures (register/offering.offers, asked once a request): the office and those who read every
    unit, and the reporters of a unit that keeps procedures (or of its successor). Others would find them
    empty, and a unit reporter never adds a procedure (Procedure.office_writes)."""
    return offers(user, Procedure)


class Procedure(Record):
    # The province's public catalogue: the office keeps it, unit reporters do not (core/permissions.can_write).
    office_writes = True
    # Its translations go with it when it is deleted, and come back with it (register/history.dependents).
    deleted_with_it = ("translations",)

    class OnlineLevel(models.TextChoices):
        NONE = "none", _("Không trực tuyến")
        PARTIAL = "partial", _("Trực tuyến một phần")
        FULL = "full", _("Trực tuyến toàn trình")

    code = models.CharField(
        _("mã thủ tục"),
        max_length=40,
        unique=True,
        validators=[CODE_FORMAT],
        error_messages={"unique": _("Đã có thủ tục mang mã này; vui lòng kiểm tra lại mã thủ tục.")},
        help_text=_("Mã trên Cơ sở dữ liệu quốc gia về TTHC, ví dụ 1.000105."),
    )
    name = models.CharField(_("tên thủ tục"), max_length=500)
    field = models.CharField(_("lĩnh vực"), max_length=200)
    agency = models.CharField(_("cơ quan thực hiện"), max_length=300)
    processing_time = models.CharField(_("thời hạn giải quyết theo quy định"), max_length=300)
    shortened_time = models.CharField(
        _("thời hạn đã rút ngắn"), max_length=300, blank=True, help_text=_("Khi tỉnh rút ngắn thời hạn giải quyết.")
    )
    online_level = models.CharField(
        _("mức độ dịch vụ công trực tuyến"), max_length=10, choices=OnlineLevel.choices, default=OnlineLevel.PARTIAL
    )
    fees = models.TextField(_("phí, lệ phí"), blank=True)
    documents = models.TextField(_("thành phần hồ sơ"), blank=True)
    steps = models.TextField(_("trình tự thực hiện"), blank=True)
    legal_basis = models.TextField(_("căn cứ pháp lý"), blank=True)
    # A procedure being entered is nobody's business but the office's: the public pages, the kiosk
    # and the QR codes show it once the officer says it is ready.
    is_public = models.BooleanField(
        _("công bố trên trang công khai"),
        default=False,
        help_text=_("Đánh dấu khi nội dung tiếng Việt đã đầy đủ; trước đó thủ tục không hiện với người nước ngoài."),
    )
    search_text = models.TextField(_("nội dung để tìm kiếm"), editable=False, blank=True)

    objects = ProcedureQuerySet.as_manager()
    # How many reviewed or published translations the last save() sent back to drafts.
    drafted_translations = 0

    class Meta:
        ordering = ["field", "code"]
        verbose_name = _("thủ tục hành chính")
        verbose_name_plural = _("thủ tục hành chính")

    def __str__(self):
        return f"{self.code} – {self.name}"

    def save(self, *args, **kwargs):
        self.search_text = searched_text({name: getattr(self, name) for name in SEARCHED}, self.code)
        self.drafted_translations = 0
        with transaction.atomic():
            changed = self.pk is not None and self._text_changed()
            super().save(*args, **kwargs)
            if changed:
                # A translation of the old text would tell foreigners what no longer holds (a fee, a time
                # limit): it goes back to a draft, and the public page shows the Vietnamese until it is reviewed.
                # The published version kept while a revision is drafted goes too: it describes the old procedure.
                # Each is saved as a row (not QuerySet.update()): its version moves on, so a page opened on
                # the old text is refused (core/locking.py), and its history says who changed it and why.
                # (Translation reached by its relation: its module imports this one.)
                sent_back = Q(status__in=self.translations.model.REVIEWED_STATES) | Q(published_text__isnull=False)
                for translation in self.translations.filter(sent_back).select_for_update():
                    translation.procedure = self
                    translation.source_changed()
                    self.drafted_translations += 1

    @property
    def saved_note(self):
        """What the last save did besides, for its message (register/views._saved): the staff who changed
        the Vietnamese learn that its translations must be reviewed again."""
        if not self.drafted_translations:
            return ""
        return gettext(
            "%(n)s bản dịch đã hiệu đính hoặc công bố chuyển về bản nháp để rà soát lại theo nội dung mới."
        ) % {"n": screen_count(self.drafted_translations)}

    def _text_changed(self):
        saved = type(self).objects.filter(pk=self.pk).values(*TEXT_FIELDS).first()
        return saved is not None and any(saved[name] != getattr(self, name) for name in TEXT_FIELDS)
