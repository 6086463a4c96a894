"""The documents the office drafts and those its reports cite: one table."""

from django.core import checks
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _, pgettext_lazy
from simple_history.models import HistoricalRecords

from ngoaivu.core.constraints import Unique
from ngoaivu.pure.text import clean_text
from ngoaivu.pure.wording import format_count, format_date, screen_date
from ngoaivu.reading.doc_numbers import register_number
from ngoaivu.reading.unit_names import issued_by


# The kind a citation names when it names none: "Văn bản số 1821/VP-HCQT …".
GENERIC_KIND = "Văn bản"


def normal_number(number):
    """A document number as the register keeps it, however it was typed, pasted or imported: its one
    spelling (reading/doc_numbers.register_number: «1821 /VP-HCQT» is 1821/VP-HCQT, «12/SNgV – VP»
    12/SNgV-VP). The letters keep their case: «SNgV», «QyĐ», «TTr» are written so by their issuers."""
    return register_number(clean_text(number or "", one_line=True))


def number_key(number):
    """What the uniqueness rule and the citations compare: the number's one spelling whatever its case
    («1821/vp-hcqt» is the document 1821/VP-HCQT)."""
    return normal_number(number).casefold()


class LegalDocumentQuerySet(models.QuerySet):
    def cited_as(self, document):
        """The kept documents a parsed citation can name, whatever its year: the same number, of its kind
        or of none named («Văn bản số 1821/VP-HCQT» is the Công văn of that number, and the other way round)."""
        # A row left without its key (core 0017: two spellings of one document, for a person to merge)
        # is still found by the number as it is kept.
        same = self.filter(Q(number_key=number_key(document.number)) | Q(number_key=None, number=document.number))
        if document.doc_type != GENERIC_KIND:
            same = same.filter(Q(doc_type=document.doc_type) | Q(doc_type=GENERIC_KIND))
        return same


class LegalDocument(models.Model):
    """A cited or issued document: "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh".

    The same table serves the register of documents the office drafts (thể chế) —
    those carry the drafting unit and a status — and the documents reports cite.
    """

    class Status(models.TextChoices):
        CITED = "cited", _("Văn bản tham chiếu")
        DRAFTING = "drafting", _("Đang dự thảo")
        SUBMITTED = "submitted", _("Đã trình")
        ISSUED = "issued", _("Đã ban hành")

    doc_type = models.CharField(_("loại văn bản"), max_length=60)
    number = models.CharField(_("số, ký hiệu"), max_length=60, blank=True)
    # number_key: the number as the uniqueness rule compares it (number_key()), derived on every save.
    number_key = models.CharField(_("số, ký hiệu để đối chiếu"), max_length=60, null=True, editable=False)
    issued_on = models.DateField(_("ngày ban hành"), null=True, blank=True)
    # Kept beside the date for the uniqueness rule below (an expression over the date
    # cannot be validated on PostgreSQL when the date is empty).
    issued_year = models.PositiveSmallIntegerField(_("năm ban hành"), null=True, editable=False)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=200, blank=True)
    summary = models.TextField(_("trích yếu"), blank=True)
    unit = models.ForeignKey(
        "core.Unit",
        verbose_name=_("đơn vị tham mưu"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="legal_documents",
    )
    status = models.CharField(_("tình trạng"), max_length=20, choices=Status.choices, default=Status.CITED)
    # Derived from the number and the issuer (reading/unit_names.issued_by): the unit's own notice or
    # letter is not a document it advised the province to issue ("tham mưu ban hành").
    issued_by_unit = models.BooleanField(_("văn bản của chính đơn vị"), default=False, editable=False)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật"), auto_now=True)
    history = HistoricalRecords()

    objects = LegalDocumentQuerySet.as_manager()

    class Meta:
        ordering = ["-issued_on", "doc_type", "number"]
        verbose_name = _("văn bản")
        verbose_name_plural = pgettext_lazy("danh sách", "văn bản")  # one word in Vietnamese, two in English
        constraints = [
            # Numbers without a year ("16/QĐ-UBND") start again each year: unique within a year.
            Unique(
                fields=["doc_type", "number_key", "issued_year"],
                condition=~Q(number=""),
                name="legal_document_unique_number_year",
                on="number",
                violation_error_message=_(
                    "Đã có văn bản cùng loại, cùng số, ký hiệu trong năm ban hành này; "
                    "vui lòng kiểm tra lại số, ký hiệu hoặc ngày ban hành."
                ),
            ),
        ]

    def __str__(self):
        return self.citation()

    def clean(self):
        self._derive()
        today = timezone.localdate()
        if self.status == self.Status.ISSUED and self.issued_on and self.issued_on > today:
            raise ValidationError(
                {
                    "issued_on": _(
                        "Ngày ban hành %(day)s chưa đến (hôm nay là %(today)s): văn bản «Đã ban hành» phải đã ban "
                        "hành; văn bản đang soạn chọn «Đang dự thảo» hoặc «Đã trình»."
                    )
                    % {"day": screen_date(self.issued_on), "today": screen_date(today)}
                }
            )

    def _derive(self):
        normal = normal_number(self.number)
        if normal != self.number:
            # Said after the save (register/views._saved): a number is never rewritten silently.
            self.saved_note = _("Số, ký hiệu được ghi theo dạng chuẩn: %(number)s.") % {"number": normal}
            self.number = normal
        self.number_key = number_key(self.number)
        self.issued_year = self.issued_on.year if self.issued_on else None
        self.issued_by_unit = self.unit_id is not None and self.is_own_of(self.unit)

    def is_own_of(self, unit):
        """Whether unit issued this document itself (reading/unit_names.issued_by)."""
        return issued_by(self.issuer, self.number, unit.code, (unit.name, unit.short_name))

    def validate_constraints(self, exclude=None):
        # A form leaves out issued_year (not editable), which would skip the uniqueness rule;
        # clean() has just derived it from issued_on, so the rule is checked whenever the date is; the
        # same for number_key, derived from the number.
        if exclude and "issued_year" in exclude and "issued_on" not in exclude:
            exclude = set(exclude) - {"issued_year"}
        if exclude and "number_key" in exclude and "number" not in exclude:
            exclude = set(exclude) - {"number_key"}
        super().validate_constraints(exclude=exclude)

    def save(self, *args, **kwargs):
        self._derive()
        super().save(*args, **kwargs)

    def citation(self, issuer=True):
        """The full first-mention form used in reports; issuer False: without «của <issuer>», for a
        sentence that has named it already («Theo đề nghị của Sở Ngoại vụ tại Công văn số …»)."""
        parts = [self.doc_type]
        if self.number:
            parts.append(f"số {self.number}")
        if self.issued_on:
            parts.append(f"ngày {format_date(self.issued_on)}")
        if self.issuer and issuer:
            parts.append(f"của {self.issuer}")
        return " ".join(parts)

    def about(self):
        """ "về việc báo cáo kiểm điểm …": what the document is about, as a citation goes on (seed 001)."""
        about = self.summary.strip().rstrip(".")
        if about and not about.lower().startswith(("về việc", "về ")):
            about = f"về việc {about[:1].lower()}{about[1:]}"
        return about

    def reference(self):
        """ "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 về việc báo cáo …": after its issuer is named (seed 002)."""
        return " ".join(part for part in (self.citation(issuer=False), self.about()) if part)

    @classmethod
    def from_citation(cls, text):
        """An unsaved document parsed from a citation, or None when the text cites nothing."""
        from ngoaivu.reading.references import parse_reference

        ref = parse_reference(text)
        if ref is None:
            return None
        return cls(
            doc_type=ref.doc_type,
            number=normal_number(ref.number),  # "1821 /VP-HCQT" is 1821/VP-HCQT; "22/NQ-TW" is 22-NQ/TW
            issued_on=ref.issued_on,
            issuer=ref.issuer or "",
            summary=ref.summary or "",
        )


@checks.register(checks.Tags.database)
def documents_to_merge(app_configs=None, databases=None, **kwargs):
    """ngoaivu check --database default (and ngoaivu migrate): the documents core 0017 left without their
    key, two spellings of one document (kind, number whatever its spelling, year), for a person to merge."""
    if not databases:
        return []
    left = LegalDocument.objects.filter(number_key=None).exclude(number="")
    try:
        rows = list(left.order_by("doc_type", "issued_year", "number").values_list("pk", "doc_type", "number"))
    except DatabaseError:  # the table or the column not yet migrated: nothing to say yet
        return []
    if not rows:
        return []
    named = "; ".join(f"{kind} «{number}» (mã {pk})" for pk, kind, number in rows)
    return [
        checks.Warning(
            f"Sổ văn bản có {format_count(len(rows))} văn bản cùng loại, cùng số, ký hiệu (khác cách viết) và "
            f"cùng năm ban hành với văn bản khác: {named}.",
            hint="Xem lại và gộp các văn bản này thành một; khi sửa, số, ký hiệu được ghi theo dạng chuẩn.",
            obj=LegalDocument,
            id="ngoaivu.W101",
        )
    ]
