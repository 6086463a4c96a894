from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as BaseUserAdmin
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from .models import LegalDocument, PartnerLocality, ReadingPhrase, Unit, User

admin.site.site_header = _("Quản trị Ngoại vụ")
admin.site.site_title = _("Quản trị Ngoại vụ")
admin.site.index_title = _("Dữ liệu và người dùng")


@admin.register(Unit)
class UnitAdmin(SimpleHistoryAdmin):
    list_display = ["name", "code", "kind", "parent", "is_active"]
    list_filter = ["kind", "is_active"]
    search_fields = ["name", "code", "short_name"]


@admin.register(User)
class UserAdmin(BaseUserAdmin):
    list_display = ["username", "first_name", "last_name", "unit", "role", "is_active"]
    list_filter = ["role", "unit", "is_active"]
    fieldsets = BaseUserAdmin.fieldsets + (("Ngoại vụ", {"fields": ["unit", "role", "position", "language"]}),)
    add_fieldsets = BaseUserAdmin.add_fieldsets + (("Ngoại vụ", {"fields": ["unit", "role", "position"]}),)


@admin.register(PartnerLocality)
class PartnerLocalityAdmin(SimpleHistoryAdmin):
    list_display = ["name", "country", "level", "since"]
    search_fields = ["name"]


@admin.register(LegalDocument)
class LegalDocumentAdmin(SimpleHistoryAdmin):
    list_display = ["doc_type", "number", "issued_on", "issuer", "status"]
    list_filter = ["doc_type", "status"]
    search_fields = ["number", "summary", "issuer"]


@admin.register(ReadingPhrase)
class ReadingPhraseAdmin(admin.ModelAdmin):
    list_display = ["phrase", "indicator"]
    list_filter = ["indicator"]
    search_fields = ["phrase"]
