from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from .admin_base import HistoryAdmin, ModelAdmin, PrivateFilesAdmin, TabularInline
from .models import (
    LegalDocument,
    PartnerLocality,
    ReadingPhrase,
    RevocationList,
    SigningToken,
    Succession,
    TrustRoot,
    Unit,
    User,
)

admin.site.site_header = _("Quản trị Ngoại vụ")
admin.site.site_title = _("Quản trị Ngoại vụ")
admin.site.index_title = _("Dữ liệu và người dùng")


class _SuccessionInline(TabularInline):
    model = Succession
    extra = 0
    details = ["kind", "effective_on", "legal_basis", "duties", "carries_records"]


class PredecessorInline(_SuccessionInline):
    """The successions into this unit: what it came from."""

    fk_name = "successor"
    fields = ["predecessor", *_SuccessionInline.details]
    autocomplete_fields = ["predecessor"]
    verbose_name = _("đơn vị trước sắp xếp")
    verbose_name_plural = _("đơn vị trước sắp xếp (sáp nhập, chia, tách, đổi tên, chuyển giao vào đơn vị này)")


class SuccessorInline(_SuccessionInline):
    """The successions out of this unit: what it became."""

    fk_name = "predecessor"
    fields = ["successor", *_SuccessionInline.details]
    autocomplete_fields = ["successor"]
    verbose_name = _("đơn vị sau sắp xếp")
    verbose_name_plural = _(
        "đơn vị sau sắp xếp (đơn vị này được sáp nhập vào, chia, tách, đổi tên thành "
        "hoặc chuyển giao chức năng, nhiệm vụ cho)"
    )


@admin.register(Unit)
class UnitAdmin(PrivateFilesAdmin, HistoryAdmin):
    list_display = ["name", "code", "kind", "parent", "started_on", "ended_on", "is_active"]
    list_filter = ["kind", "is_active", ("ended_on", admin.EmptyFieldListFilter)]
    list_select_related = ["parent"]
    search_fields = ["name", "code", "short_name"]
    autocomplete_fields = ["parent"]  # searched, not a list of every unit (some 442 nationally)
    inlines = [PredecessorInline, SuccessorInline]

    def get_changeform_initial_data(self, request):
        # A unit added now has its work recorded from today: no comparison with a year not entered.
        return {"recorded_since": timezone.localdate(), **super().get_changeform_initial_data(request)}


@admin.register(Succession)
class SuccessionAdmin(HistoryAdmin):
    list_display = ["predecessor", "successor", "kind", "effective_on", "legal_basis", "carries_records"]
    list_filter = ["kind", "effective_on", "carries_records"]
    list_select_related = ["predecessor", "successor"]
    search_fields = ["predecessor__name", "predecessor__code", "successor__name", "successor__code", "legal_basis"]
    autocomplete_fields = ["predecessor", "successor"]
    date_hierarchy = "effective_on"


@admin.register(User)
class UserAdmin(PrivateFilesAdmin, BaseUserAdmin):
    list_display = ["username", "first_name", "last_name", "unit", "role", "is_active"]
    list_filter = ["role", "unit", "is_active"]
    autocomplete_fields = ["unit"]
    fieldsets = BaseUserAdmin.fieldsets + (
        ("Ngoại vụ", {"fields": ["unit", "role", "position", "language", "signature_image"]}),
    )
    add_fieldsets = BaseUserAdmin.add_fieldsets + (("Ngoại vụ", {"fields": ["unit", "role", "position"]}),)


@admin.register(PartnerLocality)
class PartnerLocalityAdmin(HistoryAdmin):
    list_display = ["name", "country", "level", "since", "reported_apart"]
    list_filter = ["reported_apart"]
    search_fields = ["name"]

    def get_search_results(self, request, queryset, search_term):
        """By the country's name too («Lào»), which the row holds as its code."""
        found, distinct = super().get_search_results(request, queryset, search_term)
        term = search_term.strip().casefold()
        if term:
            codes = [code for code, name in countries if term in str(name).casefold()]
            found |= queryset.filter(country__in=codes)
        return found, distinct


@admin.register(LegalDocument)
class LegalDocumentAdmin(HistoryAdmin):
    list_display = ["doc_type", "number", "issued_on", "issuer", "status"]
    list_filter = ["doc_type", "status"]
    search_fields = ["number", "summary", "issuer"]


@admin.register(ReadingPhrase)
class ReadingPhraseAdmin(ModelAdmin):
    list_display = ["phrase", "indicator"]
    list_filter = ["indicator"]
    search_fields = ["phrase"]


@admin.register(TrustRoot)
class TrustRootAdmin(ModelAdmin):
    """The roots whose chains are trusted when a PDF's signatures are checked (the national roots)."""

    list_display = ["name", "fingerprint", "is_active", "added_at"]
    readonly_fields = ["fingerprint", "added_at"]


@admin.register(RevocationList)
class RevocationListAdmin(ModelAdmin):
    """The CRLs of the authorities: replaced by the next one each authority publishes."""

    list_display = ["name", "is_active", "added_at"]
    readonly_fields = ["added_at"]


@admin.register(SigningToken)
class SigningTokenAdmin(ModelAdmin):
    """Which key on which PKCS#11 token or HSM a person or a unit signs with; the PIN is asked when signing."""

    list_display = ["__str__", "user", "unit", "module"]
    autocomplete_fields = ["user", "unit"]
