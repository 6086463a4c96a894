from django import forms

from django.db import models

from ngoaivu.core.figure_limits import text_size_error
from ngoaivu.core.forms import VersionFormMixin

from .models import TEXT_FIELDS, Translation


class LongTextsLimited:
    """A ModelForm whose long texts (fees, documents, steps, legal basis) are limited as the register's are
    (core/figure_limits.TEXT_LIMIT, which Procedure, a Record, keeps): a paste gone wrong is refused with
    its length, not stored and shown to foreigners."""

    def clean(self):
        cleaned = super().clean()
        for name in self.fields:
            if name in cleaned and isinstance(self._meta.model._meta.get_field(name), models.TextField):
                too_long = text_size_error(cleaned[name])
                if too_long:
                    self.add_error(name, too_long)
        return cleaned


class TranslationAdminForm(LongTextsLimited, forms.ModelForm):
    """The admin's translation form: the same limit as the translation page's."""


class TranslationForm(LongTextsLimited, VersionFormMixin, forms.ModelForm):
    """A translation's texts beside the Vietnamese; a save over someone else's since is refused (core.locking).
    A post without the version is refused too: what it would overwrite is not known (a browser always sends it)."""

    version_required = True

    def __init__(self, *args, disabled=False, own_text=False, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.disabled = disabled  # one who only reads sees the text, not a form that looks editable
        if own_text and not self.is_bound:
            # Its translator keeps it a draft: the states that would review it are not offered. A form
            # sent still takes them, for Translation.review_rule to refuse with its reason, not as no choice.
            status = self.fields["status"]
            status.choices = [
                (value, label) for value, label in status.choices if value not in Translation.REVIEWED_STATES
            ]

    class Meta:
        model = Translation
        fields = TEXT_FIELDS + ["status"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2})
            for name in ["name", "field", "agency", "processing_time", "shortened_time"]
        }
