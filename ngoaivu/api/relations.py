"""Fields of the API that name another row: by its id, or a cited document by its citation."""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from rest_framework import serializers

from ngoaivu.core.legal_documents import CITATION_EXAMPLE
from ngoaivu.pure.numbers import quoted
from ngoaivu.register.forms import CitationField as CitationFormField
from ngoaivu.register.forms import resolve_document

from .figures import TextField


class IdField(serializers.PrimaryKeyRelatedField):
    """A row named by its id, a whole number as the API writes it (19, or "19"). DRF's would take 1.5 or
    19.9 for the row 1 or 19 (Django cuts the number down), and true for the row 1: refused instead."""

    def to_internal_value(self, data):
        if isinstance(data, bool) or isinstance(data, float) or (isinstance(data, str) and not _is_id(data)):
            shown = str(data).lower() if isinstance(data, bool) else quoted(str(data))
            raise serializers.ValidationError(
                _("Mã số (id) phải là số nguyên, như API ghi, ví dụ 19: «%(value)s» không phải.") % {"value": shown},
                code="incorrect_type",
            )
        return super().to_internal_value(data)


def _is_id(text):
    digits = text.strip()
    return digits.isascii() and digits.isdigit()


class CitationField(TextField):
    """A cited document, read and written as its citation ("Quyết định số 12/QĐ-UBND ngày 01/02/2021 của
    UBND tỉnh"), by the forms' own rule (register/forms.CitationField): what cannot be read, or names a
    document the register holds otherwise, is refused with the reason; null or "" names none. Sent back
    as the API gave it, the row's document is kept as it is. The document is found or added on saving
    (resolve_document)."""

    def __init__(self, **kwargs):
        kwargs.setdefault("allow_null", True)
        kwargs.setdefault("allow_blank", True)
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "help_text", format_lazy(_lazy("Ghi như khi trích dẫn, ví dụ: {example}"), example=CITATION_EXAMPLE)
        )
        super().__init__(**kwargs)

    def to_representation(self, value):
        return value.citation()

    def run_validation(self, data=serializers.empty):
        value = super().run_validation(data)
        return None if value in (None, "") else value

    def to_internal_value(self, data):
        text = super().to_internal_value(data)
        if not text.strip():
            return ""
        formfield = CitationFormField(required=False, user=asking_user(self))
        instance = getattr(self.parent, "instance", None)
        if instance is not None and not isinstance(instance, list):
            formfield.kept = getattr(instance, f"{self.source}_id", None)
        try:
            return formfield.clean(text)
        except DjangoValidationError as error:
            raise serializers.ValidationError(error.messages) from None


def asking_user(part):
    """The person asking, or None outside a request: part is a serializer or one of its fields (a field
    reads its serializer's context). Another unit's documents are not told to them (core register_clash)."""
    request = part.context.get("request")
    return getattr(request, "user", None)


def saved_citations(serializer, validated_data):
    """validated_data with each cited document found in the register or added to it, as the form saves
    it; a clash with the register (found since it was read) refused under its field."""
    for name, field in serializer.fields.items():
        if isinstance(field, CitationField) and not field.read_only and validated_data.get(name) is not None:
            try:
                validated_data[name] = resolve_document(validated_data[name], asking_user(serializer))
            except DjangoValidationError as error:
                raise serializers.ValidationError({name: error.messages}) from None
    return validated_data


def citation_lookups(instance, names):
    """{lookup: value} comparing a row's cited documents as a copy of it would cite them (first_copy): a
    kept document by its key, one not yet saved by what it cites, as the form compares them."""
    lookups = {}
    for name in names:
        document = getattr(instance, name)
        if document is None:
            lookups[f"{name}__isnull"] = True
        elif document.pk is not None:
            lookups[name] = document.pk
        else:
            lookups.update(
                {
                    f"{name}__doc_type": document.doc_type,
                    f"{name}__number": document.number,
                    f"{name}__issued_on": document.issued_on,
                }
            )
    return lookups
