"""Accent folding: "Giấy phép lao động" and "giay phep lao dong" are the same to a search or a match. No Django."""

import unicodedata


def fold(text: object) -> str:
    """Lowercase, without diacritics (NFD, combining marks dropped, đ → d)."""
    text = unicodedata.normalize("NFD", str(text or "")).lower().replace("đ", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))
