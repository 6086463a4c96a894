"""What a template names: the indicators, legal documents and lists its patterns and conditions name,
so that only those are computed and fetched. Pure Python."""

import re

from ngoaivu.pure.indicators import BY_CODE

CODE_IN_PATTERN = re.compile(
    r"\b([a-z_]+)\.(?:[a-z_]+(?:,[a-z_]+)*\.)?(?:period|ytd|last_year|last_year_ytd|diff|ytd_diff|compare|ytd_compare)\b"
)
CITE_IN_PATTERN = re.compile(r"\{cite:([^}]+)\}")
LIST_IN_PATTERN = re.compile(r"\blists\.([a-z_]+)")


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def indicator_codes(definition):
    """Every catalogue code the template's patterns and conditions name, in the order the template
    first names them: the compiled table and the answer form follow the report's outline."""
    codes = {}
    for text in _strings(definition):
        codes.update((code, None) for code in CODE_IN_PATTERN.findall(text) if code in BY_CODE)
    return list(codes)


def cited_numbers(definition):
    """The number of every legal document the template cites ({cite:NUMBER})."""
    return {number.strip() for text in _strings(definition) for number in CITE_IN_PATTERN.findall(text)}


def list_names(definition):
    """Every list a template names: in list specs, placeholders and conditions (old keys too)."""
    names = set()

    def walk(value):
        if isinstance(value, str):
            names.update(LIST_IN_PATTERN.findall(value))
        elif isinstance(value, dict):
            names.update(value[key] for key in ("list", "each") if isinstance(value.get(key), str))
            for part in value.values():
                walk(part)
        elif isinstance(value, (list, tuple)):
            for part in value:
                walk(part)

    walk(definition)
    return sorted(names)
