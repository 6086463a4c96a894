"""An issued report's documents, made once and kept: the DOCX and PDF rendered when it was issued,
each with its SHA-256, and the signatures later added to the PDF. Downloads serve these bytes; a
change of the rendering code never changes an issued document, and a correction is a new report."""

import hashlib

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.constraints import Check, Unique
from ngoaivu.core.uploads import get_private_storage


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_digest(document):
    """The SHA-256 of a report's content (its ReportDocument, every field): equal while nothing
    changed. A DOCX's own hash would not do: its zip carries the time it was written."""
    return sha256(repr(document).encode("utf-8"))


class IssuedDocument(models.Model):
    """The frozen files of one issued report. Made by reporting.tasks.freeze_issued after issuing."""

    class State(models.TextChoices):
        PENDING = "pending", _("Đang tạo tệp")
        READY = "ready", _("Đã có tệp")
        FAILED = "failed", _("Không tạo được tệp")

    report = models.OneToOneField(
        "reporting.Report",
        verbose_name=_("báo cáo"),
        on_delete=models.PROTECT,
        related_name="issued_document",
        error_messages={"unique": _("Báo cáo này đã có văn bản điện tử; văn bản đã ban hành chỉ tạo một lần.")},
    )
    state = models.CharField(_("tình trạng"), max_length=10, choices=State.choices, default=State.PENDING)
    error = models.TextField(_("lỗi"), blank=True)
    docx = models.FileField(_("tệp Word"), upload_to="issued/", storage=get_private_storage, blank=True)
    docx_sha256 = models.CharField(_("SHA-256 tệp Word"), max_length=64, blank=True)
    pdf = models.FileField(_("tệp PDF"), upload_to="issued/", storage=get_private_storage, blank=True)
    pdf_sha256 = models.CharField(_("SHA-256 tệp PDF"), max_length=64, blank=True)
    # The PDF as rendered, before any signature: the signed file is this plus incremental updates.
    rendered_pdf_sha256 = models.CharField(_("SHA-256 bản PDF khi ban hành"), max_length=64, blank=True)
    rendered_at = models.DateTimeField(_("thời điểm tạo tệp"), null=True, blank=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("văn bản đã ban hành")
        verbose_name_plural = _("văn bản đã ban hành")
        constraints = [
            Check(
                condition=~Q(state="ready") | (~Q(pdf_sha256="") & ~Q(docx_sha256="")),
                name="issued_document_ready_has_hashes",
                on="state",
                violation_error_message=_("Văn bản đã tạo tệp phải có mã SHA-256 của tệp Word và tệp PDF."),
            )
        ]

    def __str__(self):
        return str(self.report)

    @property
    def is_ready(self):
        return self.state == self.State.READY

    def store(self, docx: bytes, pdf: bytes, when):
        """Keep the rendered files and their hashes (called once, by the freezing task)."""
        base = f"{self.report.file_name('')[:-1]}-{self.report.pk}"
        self.docx.save(f"{base}.docx", ContentFile(docx), save=False)
        self.pdf.save(f"{base}.pdf", ContentFile(pdf), save=False)
        self.docx_sha256, self.pdf_sha256 = sha256(docx), sha256(pdf)
        self.rendered_pdf_sha256 = self.pdf_sha256
        self.rendered_at, self.state, self.error = when, self.State.READY, ""

    def replace_pdf(self, signed: bytes):
        """The PDF after a signature, in a new file: the previous one stays until this is committed."""
        self.pdf.save(f"{self.report.file_name('')[:-1]}-{self.report.pk}-signed.pdf", ContentFile(signed), save=False)
        self.pdf_sha256 = sha256(signed)


class DocumentSignature(models.Model):
    """A signature added to an issued report's PDF: the signer's, then the organisation's."""

    class Kind(models.TextChoices):
        PERSON = "person", _("Chữ ký số của người có thẩm quyền")
        ORGANISATION = "organisation", _("Chữ ký số của cơ quan, tổ chức")

    class KeySource(models.TextChoices):
        PKCS12 = "pkcs12", _("Tệp chứng thư số (PKCS#12)")
        TOKEN = "token", _("Thiết bị ký số (PKCS#11)")

    document = models.ForeignKey(
        IssuedDocument, verbose_name=_("văn bản"), on_delete=models.CASCADE, related_name="signatures"
    )
    kind = models.CharField(_("loại chữ ký"), max_length=20, choices=Kind.choices)
    key_source = models.CharField(_("nguồn khóa"), max_length=10, choices=KeySource.choices)
    holder = models.CharField(_("người/cơ quan được cấp chứng thư"), max_length=255)
    certificate_serial = models.CharField(_("số hiệu chứng thư"), max_length=80)
    certificate_issuer = models.CharField(_("tổ chức cấp chứng thư"), max_length=255)
    signed_at = models.DateTimeField(_("thời điểm ký"))
    pdf_sha256 = models.CharField(_("SHA-256 tệp sau khi ký"), max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("người thực hiện"), null=True, on_delete=models.SET_NULL
    )

    class Meta:
        ordering = ["document", "signed_at"]
        verbose_name = _("chữ ký số")
        verbose_name_plural = _("chữ ký số")
        constraints = [
            Unique(
                fields=["document", "kind"],
                name="document_signature_once_per_kind",
                on="kind",
                violation_error_message=_("Văn bản đã có chữ ký số loại này."),
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()}: {self.holder}"


class PreviewPdf(models.Model):
    """A draft's PDF, made off the request, kept under the content_digest of the report it was made
    from: while the draft is unchanged its PDF is served again; an edit gives another hash."""

    report = models.ForeignKey(
        "reporting.Report", verbose_name=_("báo cáo"), on_delete=models.CASCADE, related_name="preview_pdfs"
    )
    content_sha256 = models.CharField(_("SHA-256 nội dung báo cáo"), max_length=64)
    pdf = models.FileField(_("tệp PDF"), upload_to="previews/", storage=get_private_storage, blank=True)
    error = models.TextField(_("lỗi"), blank=True)
    created_at = models.DateTimeField(_("ngày tạo"), auto_now_add=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("bản PDF xem trước")
        verbose_name_plural = _("bản PDF xem trước")
        constraints = [
            Unique(
                fields=["report", "content_sha256"],
                name="preview_pdf_once_per_content",
                on="content_sha256",
                violation_error_message=_("Bản PDF của nội dung này đã có."),
            )
        ]

    def __str__(self):
        return f"{self.report} ({self.content_sha256[:12]})"

    @classmethod
    def keep(cls, report, content_sha256, pdf):
        """Store the PDF; older previews of the report are dropped with their files."""
        preview, _created = cls.objects.get_or_create(report=report, content_sha256=content_sha256)
        preview.error = ""
        preview.pdf.save(f"{report.file_name('')[:-1]}-{report.pk}-{content_sha256[:12]}.pdf", ContentFile(pdf))
        for old in cls.objects.filter(report=report).exclude(pk=preview.pk):
            old.pdf.delete(save=False)
            old.delete()
        return preview
