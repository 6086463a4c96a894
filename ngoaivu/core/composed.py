"""Text typed decomposed (NFD: "ệ" as "e" and two marks, as some keyboards and pasted documents give
it) is stored composed (NFC), however it comes in (a form, the API, an import): one spelling of a
word for search, sorting, exports and the reports' DOCX. A form's lines end with LF, as the API's and
the imports' do: a browser sends a text area's as CRLF. What a paste brings along unseen (a no-break or
zero-width space, a tab, a control character such as BEL) is cleaned the same way in the same places
(pure/text.py clean_text): a one-line text (CharField) has its runs of spaces as one besides."""

import unicodedata

from django.db import models

from ngoaivu.pure.text import clean_text, lf_lines


def stored_text(field, value):
    """value of a text field as it is stored: clean_text, one line for a CharField. Anything else as it is."""
    if isinstance(value, str) and isinstance(field, (models.CharField, models.TextField)):
        return clean_text(value, one_line=isinstance(field, models.CharField))
    return value


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


def _as_stored(key, value):
    """A form's value before any form reads it: which field stores it is not known here, so its spaces
    are left for the save to join (a text area's indent stays). A password, a key file's passphrase or a
    device's PIN only composed: what was typed is the secret."""
    if "password" in key or "passphrase" in key or key == "pin":
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
