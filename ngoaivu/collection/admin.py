from django.contrib import admin
from django.forms.models import BaseInlineFormSet

from ngoaivu.core.admin_base import ModelAdmin, TabularInline

from ngoaivu.core.period_field import period_in_words
from .models import ReminderSent, ReportRequest, Submission


class SubmissionFormSet(BaseInlineFormSet):
    def clean(self):
        """The units asked, all rows together (the request's rule, ReportRequest.asked_units_errors): each
        row's Submission.clean sees the stored answers only, none of a request being added."""
        super().clean()
        rows = [
            form
            for form in self.forms
            if form.cleaned_data.get("unit") is not None and not self._should_delete_form(form)
        ]
        # A row stored and left with its unit stands: a request stored before the rule is saved with its
        # answers, and only a unit newly asked is refused (ReportRequest.standing_units).
        kept = {form.cleaned_data["unit"].pk for form in rows if form.instance.pk and "unit" not in form.changed_data}
        standing = kept & self.instance.standing_units()
        for unit, error in self.instance.asked_units_errors([form.cleaned_data["unit"] for form in rows], standing):
            form = next(form for form in rows if form.cleaned_data.get("unit") is unit)
            if error not in form.errors.get("unit", ()):
                form.add_error("unit", error)


class SubmissionInline(TabularInline):
    model = Submission
    formset = SubmissionFormSet
    fields = ["unit", "status", "submitted_at", "accepted_at", "comment"]
    autocomplete_fields = ["unit"]  # searched, not a list of every unit on every row
    extra = 0


@admin.register(ReportRequest)
class ReportRequestAdmin(ModelAdmin):
    list_display = ["subject", "direction", "unit", period_in_words, "deadline"]
    list_filter = ["direction"]
    search_fields = ["subject", "requested_by"]
    raw_id_fields = ["letter", "report"]
    autocomplete_fields = ["unit"]
    readonly_fields = ["created_by", "created_at"]
    inlines = [SubmissionInline]

    def save_model(self, request, obj, form, change):
        if not change:  # who recorded it, as the office's own pages keep it
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


@admin.register(ReminderSent)
class ReminderSentAdmin(ModelAdmin):
    list_display = ["submission", "kind", "sent_at", "recipients"]
    list_filter = ["kind"]
