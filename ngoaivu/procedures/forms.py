from django import forms

from .models import TEXT_FIELDS, Translation


class TranslationForm(forms.ModelForm):
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
