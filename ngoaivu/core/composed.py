"""Text typed decomposed (NFD: "ệ" as "e" and two marks, as some keyboards and pasted documents give
it) is stored composed (NFC), however it comes in (a form, the API, an import): one spelling of a
word for search, sorting, exports and the reports' DOCX."""

import unicodedata

from django.db import models


def compose_text(sender, instance, raw=False, **kwargs):
    """pre_save: every text field of instance in NFC. Fixtures (raw) load as they are."""
    if raw:
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and not unicodedata.is_normalized("NFC", value):
                setattr(instance, field.attname, unicodedata.normalize("NFC", value))
