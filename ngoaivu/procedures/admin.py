from django.contrib import admin

from .models import Procedure, Translation


class TranslationInline(admin.StackedInline):
    model = Translation
    extra = 0


@admin.register(Procedure)
class ProcedureAdmin(admin.ModelAdmin):
    list_display = ["code", "name", "field", "agency", "online_level"]
    list_filter = ["field", "online_level"]
    search_fields = ["code", "name", "search_text"]
    inlines = [TranslationInline]


@admin.register(Translation)
class TranslationAdmin(admin.ModelAdmin):
    list_display = ["procedure", "language", "status", "reviewer", "published_on"]
    list_filter = ["language", "status"]
