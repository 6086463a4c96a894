"""Text typed decomposed (NFD: "ệ" as "e" and two marks, as some keyboards and pasted documents give
it) is stored composed (NFC), however it comes in (a form, the API, an import): one spelling of a
word for search, sorting, exports and the reports' DOCX. A form's lines end with LF, as the API's and
the imports' do: a browser sends a text area's as CRLF. What a paste brings along unseen (a no-break or
zero-width space, a tab, a control character such as BEL) is cleaned the same way in the same places
(pure/text.py clean_text): a one-line text (CharField) has its runs of spaces as one besides.

What the machine reads back as typed (a PKCS#11 token's label, a library's path) is a VerbatimCharField:
stored as typed, only composed. A form, the API and an import check a value as it will be stored
(core/forms.StoredTextMixin, as_stored, compose_text), so "Sở  Ngoại vụ" typed with two spaces is
refused beside its field as a name already given, never by the database on saving."""

import unicodedata

from django.db import models

from ngoaivu.pure.text import clean_text, lf_lines


class VerbatimCharField(models.CharField):
    """A one-line text stored as typed, only composed (NFC): its spaces are meant (a token's label "VNPT  CA"
    is found only under that label). Migrations record it as the CharField it is in the database."""

    verbatim = True

    def deconstruct(self):
        name, _path, args, kwargs = super().deconstruct()
        return name, "django.db.models.CharField", args, kwargs


def stored_text(field, value):
    """value of a text field as it is stored: clean_text, one line for a CharField; a VerbatimCharField's
    only composed. Anything else as it is."""
    if not isinstance(value, str) or not isinstance(field, (models.CharField, models.TextField)):
        return value
    if getattr(field, "verbatim", False):
        return unicodedata.normalize("NFC", value)
    return clean_text(value, one_line=isinstance(field, models.CharField))


def as_stored(model, values):
    """values ({name: value}, a form's cleaned_data) with those of model's text fields as stored_text gives them."""
    fields = {field.name: field for field in model._meta.concrete_fields}
    return {name: stored_text(fields[name], value) if name in fields else value for name, value in values.items()}


def compose_text(sender, instance, raw=False, **kwargs):
    """pre_save: every text field of instance as stored_text gives it. Fixtures (raw) load as they are."""
    if raw:
        return
    for field in instance._meta.concrete_fields:
        if isinstance(field, (models.CharField, models.TextField)):
            value = getattr(instance, field.attname)
            cleaned = stored_text(field, value)
            if cleaned != value:
                setattr(instance, field.attname, cleaned)


# The form fields that carry a secret (a password box): what was typed is the secret, only composed. Django's
# login, password change and administration password forms, and the signing form's key file passphrase and
# device PIN (reporting/views_signing.py). tests/core/test_composed.py checks every form's password boxes
# are named here: a new one must be added.
SECRET_FIELDS = frozenset(
    {"password", "old_password", "new_password1", "new_password2", "password1", "password2", "passphrase", "pin"}
)


def _as_stored(key, value):
    """A form's value before any form reads it: which field stores it is not known here, so its spaces
    are left for the save to join (a text area's indent stays). A secret (SECRET_FIELDS, under a form's
    prefix too: "sign-pin") only composed."""
    if key.rsplit("-", 1)[-1] in SECRET_FIELDS:
        return unicodedata.normalize("NFC", lf_lines(value))
    return clean_text(value)


class ComposedInput:
    """Middleware: a form's text in NFC, its lines ended by LF, before any form reads it, so that a name
    typed decomposed is checked (unique, choices, lengths) as it will be stored, never refused by the
    database instead, and a text saved unchanged compares equal to the stored one (a translation saved
    unchanged is no new text to review again)."""

    FORMS = ("application/x-www-form-urlencoded", "multipart/form-data")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # The API parses its own bodies and answers their faults in JSON (a body over the limit: 413):
        # left for it to read first.
        if request.method == "POST" and request.content_type in self.FORMS and not request.path.startswith("/api/"):
            posted = request.POST
            if any(_as_stored(key, value) != value for key, values in posted.lists() for value in values):
                composed = posted.copy()
                for key, values in posted.lists():
                    composed.setlist(key, [_as_stored(key, value) for value in values])
                composed._mutable = False
                request.POST = composed
        return self.get_response(request)
