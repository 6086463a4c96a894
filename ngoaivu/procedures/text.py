"""Accent folding for search: "Giấy phép lao động" and "giay phep lao dong" are the same."""

import unicodedata


def fold(text):
    """Lowercase, without diacritics (NFD, combining marks dropped, đ → d)."""
    text = unicodedata.normalize("NFD", str(text or "")).lower().replace("đ", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))
