from django import forms

from ngoaivu.core.forms import VersionFormMixin

from .models import TEXT_FIELDS, Translation


class TranslationForm(VersionFormMixin, forms.ModelForm):
    """A translation's texts beside the Vietnamese; a save over someone else's since is refused (core.locking)."""

    def __init__(self, *args, disabled=False, **kwargs):
        super().__init__(*args, **kwargs)
        for field in self.fields.values():
            field.disabled = disabled  # one who only reads sees the text, not a form that looks editable

    class Meta:
        model = Translation
        fields = TEXT_FIELDS + ["status"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2})
            for name in ["name", "field", "agency", "processing_time", "shortened_time"]
        }
