from django.contrib import admin

from ngoaivu.core.admin_base import ModelAdmin, StackedInline

from .forms import TranslationAdminForm
from .models import Procedure, Translation


# Who wrote and who reviewed follow from who saves (Translation.review_rule): nobody types them in,
# the administrator neither, so that no one names another as the reviewer of their own text.
REVIEW_RECORD = ["translator", "reviewer", "reviewed_at"]


class TranslationInline(StackedInline):
    model = Translation
    form = TranslationAdminForm
    extra = 0
    readonly_fields = REVIEW_RECORD


@admin.register(Procedure)
class ProcedureAdmin(ModelAdmin):
    list_display = ["code", "name", "field", "agency", "online_level"]
    list_filter = ["field", "online_level"]
    search_fields = ["code", "name", "search_text"]
    inlines = [TranslationInline]


@admin.register(Translation)
class TranslationAdmin(ModelAdmin):
    list_display = ["procedure", "language", "status", "translator", "reviewer", "published_on"]
    list_filter = ["language", "status"]
    readonly_fields = REVIEW_RECORD
    form = TranslationAdminForm
