from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.admin_base import HistoryAdmin, ModelAdmin, TabularInline
from ngoaivu.core.period_field import period_in_words
from .models import DocumentSignature, IssuedDocument, Report, ReportSection, ReportTemplate


@admin.register(ReportTemplate)
class ReportTemplateAdmin(HistoryAdmin):
    """Administrators edit outlines and sentence patterns here (see reporting/outlines.py for the syntax)."""

    list_display = ["name", "code", "is_active", "updated_at"]
    search_fields = ["name", "code"]


class SectionInline(TabularInline):
    model = ReportSection
    fields = ["position", "number", "heading", "level"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Report)
class ReportAdmin(HistoryAdmin):
    list_display = ["title", "unit", period_in_words, "status", "number", "issued_on"]
    list_filter = ["status", "unit"]
    readonly_fields = ["status", "number", "issued_on", "year"]
    inlines = [SectionInline]


class SignatureInline(TabularInline):
    model = DocumentSignature
    fields = [
        "kind",
        "holder",
        "key_source",
        "certificate_serial",
        "certificate_issuer",
        "signed_at",
        "pdf_sha256",
        "user",
    ]
    readonly_fields = fields
    extra = 0
    can_delete = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(IssuedDocument)
class IssuedDocumentAdmin(ModelAdmin):
    """Read-only: an issued document is never changed by hand."""

    list_display = ["report", "state", "rendered_at", "pdf_sha256"]
    list_filter = ["state"]
    # The files by name: no URL serves them; the report's page offers them to whom may read it.
    readonly_fields = [
        field.name if not isinstance(field, models.FileField) else f"{field.name}_name"
        for field in IssuedDocument._meta.fields
    ]
    exclude = [field.name for field in IssuedDocument._meta.fields if isinstance(field, models.FileField)]
    inlines = [SignatureInline]

    @admin.display(description=_("tệp Word"))
    def docx_name(self, document):
        return document.docx.name

    @admin.display(description=_("tệp PDF"))
    def pdf_name(self, document):
        return document.pdf.name

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
