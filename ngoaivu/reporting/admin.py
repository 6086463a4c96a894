from django.contrib import admin
from simple_history.admin import SimpleHistoryAdmin

from ngoaivu.core.period_field import period_in_words
from .models import DocumentSignature, IssuedDocument, Report, ReportSection, ReportTemplate


@admin.register(ReportTemplate)
class ReportTemplateAdmin(SimpleHistoryAdmin):
    """Administrators edit outlines and sentence patterns here (see reporting/outlines.py for the syntax)."""

    list_display = ["name", "code", "is_active", "updated_at"]
    search_fields = ["name", "code"]


class SectionInline(admin.TabularInline):
    model = ReportSection
    fields = ["position", "number", "heading", "level"]
    readonly_fields = fields
    extra = 0
    can_delete = False


@admin.register(Report)
class ReportAdmin(SimpleHistoryAdmin):
    list_display = ["title", "unit", period_in_words, "status", "number", "issued_on"]
    list_filter = ["status", "unit"]
    readonly_fields = ["status", "number", "issued_on", "year"]
    inlines = [SectionInline]


class SignatureInline(admin.TabularInline):
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
class IssuedDocumentAdmin(admin.ModelAdmin):
    """Read-only: an issued document is never changed by hand."""

    list_display = ["report", "state", "rendered_at", "pdf_sha256"]
    list_filter = ["state"]
    readonly_fields = [field.name for field in IssuedDocument._meta.fields]
    inlines = [SignatureInline]

    def has_add_permission(self, request):
        return False

    def has_delete_permission(self, request, obj=None):
        return False
