"""Accent folding ("Giấy phép lao động" and "giay phep lao dong" are the same to a search or a match)
and Vietnamese alphabetical order. No Django."""

import re
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


# The Vietnamese alphabet in its order, and the tones after the level one (ngang, huyền, hỏi,
# ngã, sắc, nặng), as dictionaries sort: "Đức Phổ" after "Kon Tum" would be an English order.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}
_CLUSTER = re.compile(r".[\u0300-\u036f]*", re.S)


def collation_key(text: object) -> tuple:
    """A key that sorts Vietnamese names as the alphabet orders them: letters first by the
    alphabet (a ă â … d đ …), then by tone; other characters (spaces, digits) before letters."""
    letters, tones = [], []
    for cluster in _CLUSTER.findall(unicodedata.normalize("NFD", str(text or "").lower())):
        tone = next((_TONES[mark] for mark in cluster[1:] if mark in _TONES), 0)
        letter = unicodedata.normalize("NFC", "".join(ch for ch in cluster if ch not in _TONES))
        rank = _ALPHABET.find(letter)
        letters.append((1, rank) if rank >= 0 else (0, ord(letter[0])))
        tones.append(tone)
    return tuple(letters), tuple(tones)
