"""Country look-up by the names officers type: Vietnamese, English or the ISO code."""

import unicodedata
from functools import lru_cache

from django.utils import translation
from django_countries import countries

# Names in everyday official use that differ from the ISO list's Vietnamese names.
ALIASES = {
    "hoa kỳ": "US",
    "mỹ": "US",
    "triều tiên": "KP",
    "anh": "GB",
    "liên bang nga": "RU",
    "cộng hòa dân chủ nhân dân lào": "LA",
    "chdcnd lào": "LA",
    "hàn quốc": "KR",
    "đại hàn dân quốc": "KR",
}


def _key(name):
    return unicodedata.normalize("NFC", " ".join(str(name).split())).casefold()


@lru_cache(maxsize=1)
def _index():
    index = {}
    for language in ("en", "vi"):
        with translation.override(language):
            for code, name in countries:
                index[_key(name)] = code
    for code, _name in countries:
        index[code.casefold()] = code
    index.update(ALIASES)
    return index


def country_code(name):
    """The ISO code for a typed name, or None when no country has that name."""
    if not name:
        return None
    return _index().get(_key(name))


def country_name(code):
    return countries.name(code) if code else ""


def choices():
    """The (code, name) list every country field offers, in the current language: the API schema names it once."""
    return [(code, name) for code, name in countries]
