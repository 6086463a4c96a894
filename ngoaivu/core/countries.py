"""Country look-up by the names officers type: Vietnamese, English or the ISO code."""

import re
import unicodedata
from functools import lru_cache

import django_countries
from django.utils import translation
from django_countries import countries

from ngoaivu.pure.text import collation_key

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


@lru_cache(maxsize=1)
def _names_pattern():
    """Every Vietnamese name of a country (the ISO list's and ALIASES), longest first, as whole words."""
    names = set(ALIASES) - {"anh"}  # «anh» is a word of its own; the list's «Vương quốc Anh» names the country
    with translation.override("vi"):
        names |= {_key(name) for _code, name in countries}
    alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def countries_in(text, leaving_out=("VN",)):
    """The codes of the countries a sentence names, capitalised as names are, in its order and once each:
    «đi Hàn Quốc và Nhật Bản» gives KR, JP."""
    found = []
    for match in _names_pattern().finditer(unicodedata.normalize("NFC", text or "")):
        code = _index().get(_key(match[0]))
        if match[0][0].isupper() and code and code not in leaving_out and code not in found:
            found.append(code)
    return found


def country_name(code):
    return countries.name(code) if code else ""


def sort_key(item):
    """A (code, name) pair's place in a list of countries: the name in Vietnamese alphabetical order
    («Đan Mạch» after «Cuba», «Thụy Điển» before «Thụy Sĩ»), not in the order of its letters' codes."""
    return collation_key(item[1])


def sort_in_vietnamese_order():
    """Every list of countries (a form's, a list filter's, the searchable dropdown's, the API schema's)
    in sort_key's order: django-countries sorts its iteration by its module's sort_key (by the code of
    the letters without diacritics when pyuca is not installed), which it offers no setting to change."""
    django_countries.sort_key = sort_key
    countries.__dict__.pop("_iter_cache", None)


def choices():
    """The (code, name) list every country field offers, in the current language: the API schema names it once."""
    return [(code, name) for code, name in countries]


# How a report names a country whose localities it tells apart (PartnerLocality.reported_apart): in full
# with its abbreviation for a heading, short in a sentence (seed 001: «… của nước Cộng hòa Dân chủ Nhân
# dân (CHDCND) Lào», «… của nước CHDCND Lào»). Any other country: «nước» and its name.
OFFICIAL_NAMES = {
    "LA": ("nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào", "nước CHDCND Lào"),
    "KH": ("Vương quốc Campuchia", "Vương quốc Campuchia"),
    "CN": ("nước Cộng hòa Nhân dân Trung Hoa", "Trung Quốc"),
}


def report_names(code):
    """{"name": "Lào", "full": …, "short": …}: the country's Vietnamese name (its students are «lưu học
    sinh Lào»), its official name in full and short."""
    with translation.override("vi"):
        name = str(countries.name(code))
    full, short = OFFICIAL_NAMES.get(code, (f"nước {name}", f"nước {name}"))
    return {"name": name, "full": full, "short": short}
