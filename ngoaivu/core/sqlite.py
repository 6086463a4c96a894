"""SQLite's LIKE folds case for ASCII only, so "đoàn" would not find "Đoàn".

On SQLite connections LIKE is replaced by a Unicode-aware version; PostgreSQL's UPPER()
already folds Vietnamese letters.
"""

import re
import unicodedata
from functools import lru_cache

from django.db.backends.signals import connection_created
from django.dispatch import receiver

from ngoaivu.pure.text import fold


@lru_cache(maxsize=512)
def _pattern(like, escape):
    parts, i = [], 0
    while i < len(like):
        char = like[i]
        if escape and char == escape and i + 1 < len(like):
            parts.append(re.escape(like[i + 1]))
            i += 2
            continue
        parts.append(".*" if char == "%" else "." if char == "_" else re.escape(char))
        i += 1
    return re.compile("".join(parts), re.DOTALL)


def _fold(text):
    return unicodedata.normalize("NFC", text).casefold()


def unicode_like(pattern, value, escape=None):
    if pattern is None or value is None:
        return None
    return _pattern(_fold(pattern), escape).fullmatch(_fold(str(value))) is not None


@receiver(connection_created)
def use_unicode_like(sender, connection, **kwargs):
    if connection.vendor == "sqlite":
        connection.connection.create_function("like", 2, lambda p, v: unicode_like(p, v), deterministic=True)
        connection.connection.create_function("like", 3, unicode_like, deterministic=True)
        # core/search.py: a search folds each field as the query is folded.
        connection.connection.create_function("ngoaivu_fold", 1, _fold_or_none, deterministic=True)


def _fold_or_none(value):
    return None if value is None else fold(value)
