from django.contrib import admin

from ngoaivu.core.admin_base import ModelAdmin, StackedInline

from .models import Procedure, Translation


class TranslationInline(StackedInline):
    model = Translation
    extra = 0


@admin.register(Procedure)
class ProcedureAdmin(ModelAdmin):
    list_display = ["code", "name", "field", "agency", "online_level"]
    list_filter = ["field", "online_level"]
    search_fields = ["code", "name", "search_text"]
    inlines = [TranslationInline]


@admin.register(Translation)
class TranslationAdmin(ModelAdmin):
    list_display = ["procedure", "language", "status", "reviewer", "published_on"]
    list_filter = ["language", "status"]
