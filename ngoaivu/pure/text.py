"""Accent folding: "Giấy phép lao động" and "giay phep lao dong" are the same to a search or a match. No Django."""

import unicodedata


def fold(text: object) -> str:
    """Lowercase, without diacritics (NFD, combining marks dropped, đ → d)."""
    text = unicodedata.normalize("NFD", str(text or "")).lower().replace("đ", "d")
    return "".join(ch for ch in text if not unicodedata.combining(ch))


def fold_table() -> tuple[str, str]:
    """(letters, their folded letters): every Vietnamese letter with a diacritic, either case, and
    what fold() makes of it, for a database's TRANSLATE() to fold as fold() does."""
    letters = [chr(code) for code in (*range(0xC0, 0x250), *range(0x1EA0, 0x1EFA))]
    pairs = [(ch, fold(ch)) for ch in letters if len(fold(ch)) == 1 and fold(ch).isascii() and fold(ch).isalpha()]
    return "".join(ch for ch, _f in pairs), "".join(folded for _ch, folded in pairs)


def words(query: object) -> list[str]:
    """The folded words of a search: "Nông  nghiệp" → ["nong", "nghiep"]."""
    return fold(query).split()
