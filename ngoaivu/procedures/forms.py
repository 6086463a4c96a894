from django import forms

from .models import TEXT_FIELDS, Translation


class TranslationForm(forms.ModelForm):
    class Meta:
        model = Translation
        fields = TEXT_FIELDS + ["status"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2})
            for name in ["name", "field", "agency", "processing_time", "shortened_time"]
        }
