"""Accent folding ("Giấy phép lao động" and "giay phep lao dong" are the same to a search or a match),
Vietnamese alphabetical order and line endings. No Django."""

import re
import unicodedata


def lf_lines(text: str | None) -> str:
    """Lines ended by LF only: a browser sends a text area's lines as CRLF, a file may hold CR, and one
    text must compare, count and store the same whichever way it came."""
    return (text or "").replace("\r\n", "\n").replace("\r", "\n")


def typed_code(text: str | None) -> str:
    """A code (a tax code) as it was meant: full-width digits and signs made ASCII (NFKC: "０１２" → "012"),
    every space dropped, inside as at the ends ("0101 234 567" → "0101234567")."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


# A mark on a Latin letter (after NFD): a Vietnamese tone or vowel mark, the «ç» of «Curaçao». A mark of another
# script is part of its letter: the voicing marks of Japanese kana («ビザ» visa, «ピザ» pizza, «ヒサ» a name).
_LATIN_MARKS = re.compile(
    "(?<=[a-z\u00c0-\u024f\u1e00-\u1eff])[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)


def fold(text: object) -> str:
    """What a search compares: lowercase, a Latin letter without its diacritics (đ → d), as Vietnamese is
    typed with or without them; a letter of another script as it is written, in its usual width (NFKC:
    half-width «ﾋﾞｻﾞ» is «ビザ», full-width «ＶＩＳＡ» is «visa»), composed (NFC: a Korean syllable stays one)."""
    text = unicodedata.normalize("NFKC", str(text or "")).lower()
    text = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", text))
    return unicodedata.normalize("NFC", text).replace("đ", "d")


def _latin_letter_folded(ch: str) -> str:
    """A Latin letter as fold() makes it, but for compatibility forms (NFKC's «ſ» → «s»): the table of
    fold_table() is the expression of the search indexes, and must not change."""
    return _LATIN_MARKS.sub("", unicodedata.normalize("NFD", ch.lower())).replace("đ", "d")


def fold_table() -> tuple[str, str]:
    """(letters, their folded letters): every Vietnamese letter with a diacritic, either case, and
    what fold() makes of it, for a database's TRANSLATE() to fold as fold() does."""
    letters = [chr(code) for code in (*range(0xC0, 0x250), *range(0x1EA0, 0x1EFA))]
    folded = [(ch, _latin_letter_folded(ch)) for ch in letters]
    pairs = [(ch, f) for ch, f in folded if len(f) == 1 and f.isascii() and f.isalpha()]
    return "".join(ch for ch, _f in pairs), "".join(f for _ch, f in pairs)


def words(query: object) -> list[str]:
    """The folded words of a search: "Nông  nghiệp" → ["nong", "nghiep"], the text cleaned as a posted one
    is (clean_text: a no-break space or a tab is a space). An invisible character (a zero-width space) parts
    words here: whether it joined them or parted them, every word must be found, and "Sek" and "ong" are
    in "Sekong" as "work" and "permit" are in "work permit"."""
    parted = str(query or "").translate(_PARTING)
    return fold(clean_text(parted, one_line=True)).split()


# The Vietnamese alphabet in its order, and the tones after the level one (ngang, huyền, hỏi,
# ngã, sắc, nặng), as dictionaries sort: "Đức Phổ" after "Kon Tum" would be an English order.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_TONE_MARKS = "\u0300\u0309\u0303\u0301\u0323"
_LETTER_BASE = 0xF0000  # a letter's rank as a character after every other character (a private-use plane)


def _tables() -> tuple[dict[int, str], dict[int, str]]:
    """str.translate tables: every letter, with each tone, to its rank in the alphabet; and to its tone."""
    letters, tones = {}, {}
    for rank, letter in enumerate(_ALPHABET):
        for tone, mark in enumerate(("", *_TONE_MARKS)):
            composed = unicodedata.normalize("NFC", letter + mark)
            if len(composed) == 1:
                letters[ord(composed)] = chr(_LETTER_BASE + rank)
                tones[ord(composed)] = str(tone)
    # A letter of another language (the «Å» of «Åland», the «ç» of «Curaçao») as its base letter.
    for code in range(0xC0, 0x250):
        base = fold(chr(code))
        if code not in letters and chr(code).islower() and len(base) == 1 and base in _ALPHABET:
            letters[code] = letters[ord(base)]
            tones[code] = "6"
    return letters, tones


_LETTER_TABLE, _TONE_TABLE = _tables()


def collation_key(text: object) -> tuple[str, str]:
    """A key that sorts Vietnamese names as the alphabet orders them: letters first by the
    alphabet (a ă â … d đ …), then by tone; other characters (spaces, digits) before letters.
    Two tables and no loop in Python: a search sorts every unit of the country by it."""
    text = unicodedata.normalize("NFC", str(text or "").lower())
    return text.translate(_LETTER_TABLE), text.translate(_TONE_TABLE)


# Pasted text carries characters no one sees or means: a no-break or other Unicode space (one space),
# a zero-width space, joiner or byte-order mark, a direction mark (nothing), a control character such
# as BEL, which the DOCX of a report drops and a PDF shows as a box (nothing), a tab, which breaks a PDF
# line (one space). Lines stay lines: LF, and a Unicode line or paragraph separator becomes one.
_UNICODE_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\t"  # not U+3000: the ideographic space of Chinese and Japanese text
_INVISIBLE = (
    "\u00ad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\ufeff"
)
_CONTROLS = "".join(chr(code) for code in (*range(0x00, 0x20), *range(0x7F, 0xA0)) if chr(code) not in "\t\n\r")
_CLEAN_TABLE = str.maketrans(
    {
        **dict.fromkeys(_UNICODE_SPACES, " "),
        **dict.fromkeys(_INVISIBLE + _CONTROLS, None),
        "\x0b": "\n",  # Word's soft line break (Shift+Enter), pasted: a line break meant
        "\u2028": "\n",
        "\u2029": "\n",
    }
)


_PARTING = str.maketrans(dict.fromkeys(_INVISIBLE, " "))


def clean_text(text: str, *, one_line: bool = False) -> str:
    """text as it is stored, however it came (typed, pasted, the API, an import): composed (NFC), its
    lines ended by LF, Unicode spaces and tabs as one ordinary space, invisible and control characters
    removed. A one-line value (one_line) has besides its runs of spaces as one space, no space at the
    ends of a line, nor around the text; its line breaks (a report's title on two lines) are kept."""
    text = unicodedata.normalize("NFC", lf_lines(text).translate(_CLEAN_TABLE))
    if one_line:
        text = "\n".join(" ".join(word for word in line.split(" ") if word) for line in text.split("\n")).strip(" \n")
    return text
