from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.figure_limits import text_size_error
from ngoaivu.core.forms import StoredTextMixin, VersionFormMixin

from .models import TEXT_FIELDS, Translation

SOURCE_CHANGED_FIELD = "vietnamese_changed"


class LongTextsLimited:
    """A ModelForm whose long texts (fees, documents, steps, legal basis) are limited as the register's are
    (core/figure_limits.TEXT_LIMIT, which Procedure, a Record, keeps): a paste gone wrong is refused with
    its length, not stored and shown to foreigners."""

    def clean(self):
        cleaned = super().clean()
        for name in self.fields:
            model_field = next((f for f in self._meta.model._meta.fields if f.name == name), None)
            if name in cleaned and isinstance(model_field, models.TextField):
                too_long = text_size_error(cleaned[name])
                if too_long:
                    self.add_error(name, too_long)
        return cleaned


class TranslationAdminForm(StoredTextMixin, LongTextsLimited, forms.ModelForm):
    """The admin's translation form: the same limit as the translation page's."""


class TranslationForm(StoredTextMixin, LongTextsLimited, VersionFormMixin, forms.ModelForm):
    """A translation's texts beside the Vietnamese; a save over someone else's since is refused (core.locking).
    A post without the version is refused too: what it would overwrite is not known (a browser always sends it)."""

    version_required = True

    def __init__(self, *args, disabled=False, own_text=False, source_changed=False, **kwargs):
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
        # Sent from the conflict page of a page opened before the Vietnamese changed (source_changed_since):
        # its text translates the old Vietnamese, so it is saved as a draft, not reviewed nor published.
        self.source_changed = source_changed

    def keep_stored_status(self):
        """The conflict page's form: the status as stored now, as the page opened now would show it (a save
        since may have sent the text back to a draft), the person's texts kept. Saving it again is then the
        person's edit of the text as it stands, not a publication of a status that is no longer the text's."""
        self.data[self.add_prefix("status")] = self.instance.status
        return self

    def carry_source_change(self):
        """The conflict page's form: it says, hidden, that the Vietnamese changed since the page was opened,
        and offers to save as a draft. Refused, the translation page shown again (the new Vietnamese beside
        the text) no longer carries it."""
        self.fields[SOURCE_CHANGED_FIELD] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.data[self.add_prefix(SOURCE_CHANGED_FIELD)] = "1"
        self.data[self.add_prefix("status")] = Translation.Status.DRAFT
        return self

    def clean(self):
        cleaned = super().clean()
        if self.source_changed and cleaned.get("status") in Translation.REVIEWED_STATES and not self.is_stale():
            self.add_error(
                "status",
                _(
                    "Nội dung tiếng Việt của thủ tục đã thay đổi sau khi bạn mở trang này; hãy đọc nội dung mới "
                    "bên cạnh trước khi hiệu đính hoặc công bố. Muốn giữ nội dung của bạn ngay, hãy lưu ở trạng "
                    "thái «Bản nháp»."
                ),
            )
        return cleaned

    class Meta:
        model = Translation
        fields = TEXT_FIELDS + ["status"]
        widgets = {
            name: forms.Textarea(attrs={"rows": 2})
            for name in ["name", "field", "agency", "processing_time", "shortened_time"]
        }
