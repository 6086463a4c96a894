"""The documents the office drafts and those its reports cite: one table."""

import re
import unicodedata

from django.core import checks
from django.core.exceptions import ValidationError
from django.db import DatabaseError, models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _, pgettext_lazy
from simple_history.models import HistoricalRecords

from ngoaivu.core.constraints import Unique
from ngoaivu.core.date_fields import refuse_date
from ngoaivu.core.figure_limits import size_errors
from ngoaivu.pure.numbers import quoted
from ngoaivu.pure.text import clean_text
from ngoaivu.pure.wording import format_count, format_date, screen_date
from ngoaivu.reading.doc_numbers import CODE, DASHES, DOC_TYPES, KIND_CODES, register_number
from ngoaivu.reading.citation_checks import DOC_CODES, number_year
from ngoaivu.reading.unit_names import issued_by


# The kind a citation names when it names none: "Văn bản số 1821/VP-HCQT …".
GENERIC_KIND = "Văn bản"
CITATION_EXAMPLE = "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh"

# A code part of a number after its first slash: "VP", "hcqt", "2021", "SNgV".
_CODE_PART = re.compile(r"[^\W_]+")
SHOWN_PART = 40  # what a message quotes of a part not read: enough to find it in the box
_LEADING_FIGURES = re.compile(r"(?:[0-9]+[a-zA-Z]?)?")
# The codes written in mixed case by the rules that name them («TTg», «TTr», «QyĐ»): typed in lower case,
# they take that spelling, not capitals («123/qđ-ttg» is 123/QĐ-TTg).
_MIXED_CODES = {
    code.casefold(): code for code in DOC_CODES | set(KIND_CODES) if code not in (code.upper(), code.lower())
}
# The kinds as the register spells them, found whatever the case typed; longest first («Nghị quyết liên tịch»).
_KINDS = sorted(set(DOC_TYPES) | set(KIND_CODES.values()), key=len, reverse=True)


def normal_number(number):
    """A document number as the register keeps it, however it was typed, pasted or imported: its one
    spelling (reading/doc_numbers.register_number: «1821 /VP-HCQT» is 1821/VP-HCQT, «12/SNgV – VP»
    12/SNgV-VP). A code part typed wholly in lower case is written in capitals («85/vp-hcqt» is
    85/VP-HCQT); one of mixed case keeps it: «SNgV», «QyĐ», «TTr» are written so by their issuers."""
    number = clean_text(number or "", one_line=True)
    head = _LEADING_FIGURES.match(number)
    codes = number[head.end() :]  # «12a/2021/qđ-ubnd»: the figures and their letter stay as typed
    capitals = _CODE_PART.sub(_in_capitals, codes)
    return register_number(head[0] + capitals)


def _in_capitals(part):
    """A code part as the register writes it: typed wholly in lower case, in capitals or in the mixed case of
    a known code («ttg» is TTg); otherwise as typed."""
    code = part[0]
    if code != code.lower():
        return code
    return _MIXED_CODES.get(code.casefold(), code.upper())


def normal_kind(kind):
    """A kind of document in its one spelling, as the seeds write it: «công văn» and «CÔNG VĂN» are
    «Công văn», «quyết định» is «Quyết định»; so the uniqueness rule sees one kind, whatever the case typed.
    What follows a known kind, or a kind the register does not know, keeps its case but for the first
    letter: «nghị quyết HĐND» is «Nghị quyết HĐND», «bản ghi nhớ (MOU)» «Bản ghi nhớ (MOU)»."""
    kind = " ".join(clean_text(kind or "", one_line=True).split())
    folded = kind.casefold()
    for known in _KINDS:
        if folded == known.casefold() or folded.startswith(known.casefold() + " "):
            return known + kind[len(known) :]
    return kind[:1].upper() + kind[1:]


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

    def kept_for(self, document):
        """The kept document a parsed citation names: of its number and kind, of its year or undated."""
        same = self.cited_as(document)
        if document.issued_on:
            same = same.filter(Q(issued_on__year=document.issued_on.year) | Q(issued_on__isnull=True))
        # The dated document first, whatever the database's place for an empty date (SQLite puts it first):
        # «… ngày 10/3/2021» is the one of that date, not the undated one a completion would clash with.
        return same.order_by(F("issued_on").asc(nulls_last=True), "pk").first()


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

    def clean_fields(self, exclude=None):
        """Its text (the summary) holds at most the register's text limit, in the API as in the form (core/figure_limits)."""
        errors = size_errors(self, exclude or ())
        try:
            super().clean_fields([*(exclude or ()), *errors])
        except ValidationError as error:
            errors = error.update_error_dict(errors)
        if errors:
            raise ValidationError(errors)

    def clean(self):
        self._derive()
        errors = {}
        year = number_year(self.number)
        if year is not None and self.issued_on and year != self.issued_on.year:
            errors["number"] = _(
                "Số, ký hiệu %(number)s mang năm %(year)s nhưng ngày ban hành là %(day)s: sửa số hoặc ngày cho khớp."
            ) % {"number": self.number, "year": year, "day": screen_date(self.issued_on)}
        if self.status == self.Status.ISSUED:
            # An issued document has its number and its date (Nghị định 30/2020/NĐ-CP, Điều 8).
            if not self.number:
                errors.setdefault("number", _("Văn bản «Đã ban hành» phải có số, ký hiệu."))
            if not self.issued_on:
                errors["issued_on"] = _("Văn bản «Đã ban hành» phải có ngày ban hành.")
        if errors:
            raise ValidationError(errors)
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
        self.doc_type = normal_kind(self.doc_type)
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
    def from_citation(cls, text, user=None):
        """An unsaved document parsed from a citation a person typed, or None when the text cites nothing.
        Whatever it writes is read or refused (ValidationError) with the reason, never dropped: a part
        left unread, or a date or issuer other than the register's for that number (register_clash, told
        without the kept one's details when user may not read it)."""
        from ngoaivu.core.citations import register_clash  # not at the top: citations imports this model
        from ngoaivu.reading.references import parse_reference

        text = spelled_numbers(unicodedata.normalize("NFC", str(text)))
        ref = parse_reference(text)
        if ref is None:
            return None
        problem = _unread_problem(text, ref)
        if problem:
            raise ValidationError(problem)
        document = cls(
            doc_type=normal_kind(ref.doc_type),
            number=normal_number(ref.number),  # "1821 /VP-HCQT" is 1821/VP-HCQT; "22/NQ-TW" is 22-NQ/TW
            issued_on=ref.issued_on,
            issuer=ref.issuer or "",
            summary=ref.summary or "",
        )
        problem = register_clash(document, user)
        if problem:
            raise ValidationError(problem)
        return document


# A number as a person may type it: spaces beside its slash and dashes, a code in lower case
# («30 /ubnd – kgvx»), which the reader of reports takes only in capitals after a spaced dash.
_TYPED_NUMBER = re.compile(
    rf"(?<![\w/])[0-9]+[a-zA-Z]?\s*/\s*(?:[0-9]{{4}}\s*/\s*)?{CODE}(?:\s*{DASHES}\s*{CODE})*(?![\w/])"
)
_DASHED = re.compile(rf"\s*{DASHES}\s*")
# A date as a person may write it, read or not: "10/3/2025", "10/3/25", "10.3.2025".
_DATE_LIKE = re.compile(r"(?<![0-9/])[0-9]{1,2}\s*[/.-]\s*[0-9]{1,2}\s*[/.-]\s*[0-9]{2,4}(?![0-9/])")
_FULL_YEAR = re.compile(r"[0-9]{4}$")
_LEFT_OVER = " \t\n.,;"


def _unread_problem(text, ref):
    """Why a typed citation cannot be kept as read: a date-like part the reader did not take, or text
    after what it read (a date written without «ngày», an issuer without «của»); None when all is read.
    An issuer read with a date in it («của UBND tỉnh 10/4/2021») is such a part too."""
    read = re.search(r"\s*".join(map(re.escape, "".join(ref.text.split()))), text)
    before, after = (text[: read.start()], text[read.end() :]) if read else ("", "")
    unread = [after, ref.issuer or ""] + ([before] if ref.issued_on is None else [])
    for part in unread:
        day = _DATE_LIKE.search(part)
        if day and not _FULL_YEAR.search(day[0]):
            return refuse_date(day[0])
        if day and ref.issued_on is not None:
            return _(
                "Văn bản đã ghi có thêm ngày «%(value)s» sau ngày ban hành %(day)s: một văn bản chỉ có một ngày "
                "ban hành. Bỏ ngày thừa, ghi theo mẫu: %(example)s"
            ) % {"value": day[0], "day": screen_date(ref.issued_on), "example": CITATION_EXAMPLE}
        if day:
            return _(
                "Không đọc được ngày «%(value)s» trong văn bản đã ghi: ghi «ngày» trước ngày ban hành và «của» "
                "trước cơ quan ban hành, theo mẫu: %(example)s"
            ) % {"value": day[0], "example": CITATION_EXAMPLE}
    left = after.strip(_LEFT_OVER)
    if left:
        return _("Không đọc được phần «%(part)s» của văn bản đã ghi. Ghi theo mẫu: %(example)s") % {
            "part": quoted(left, SHOWN_PART),
            "example": CITATION_EXAMPLE,
        }
    return None


def spelled_numbers(text):
    """text with each typed number in the register's spelling, so that it is read whole. A word after a
    dash written as a name («30/UBND - Sở Ngoại vụ») is no code: the number ends before it."""

    def spelled(match):
        typed = match[0]
        for dash in _DASHED.finditer(typed):
            word = _CODE_PART.match(typed, dash.end())
            if word and len(word[0]) > 1 and word[0][0].isupper() and word[0][1:].islower():
                return normal_number(typed[: dash.start()]) + typed[dash.start() :]
        return normal_number(typed)

    return _TYPED_NUMBER.sub(spelled, text)


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
