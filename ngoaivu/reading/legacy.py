"""Legacy Vietnamese font encodings (TCVN3 / ABC and VNI for Windows) → Unicode NFC.

Before Unicode, provincial offices typed with 8-bit fonts: ".VnTime" (TCVN3, TCVN 5712
VN3) and "VNI-Times" (VNI). The file stores the font's byte codes, which Word and text
files show as Latin-1 look-alikes: "C«ng v¨n sè" (TCVN3) or "Coâng vaên soá" (VNI) for
"Công văn số". The tables below are written from the published encodings.

Detection works two ways: by the run's font name when the file keeps it (DOCX), and by
the text itself, comparing how many words are valid Vietnamese syllables before and after
each conversion (text files, PDFs, documents whose font was lost).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["TCVN3", "VNI", "to_unicode", "detect", "fix_text", "encoding_for_font", "decode_bytes"]

TCVN3, VNI = "tcvn3", "vni"

# --- TCVN3 (.VnTime): one byte per letter; upper-case toned letters only exist in the
# "H" fonts (.VnTimeH), which draw the lower-case codes as capitals.
_TCVN3_ROWS = {
    "a": "à\xb5 ả\xb6 ã\xb7 á\xb8 ạ\xb9",
    "ă": "ă\xa8 ằ\xbb ẳ\xbc ẵ\xbd ắ\xbe ặ\xc6",
    "â": "â\xa9 ầ\xc7 ẩ\xc8 ẫ\xc9 ấ\xca ậ\xcb",
    "e": "è\xcc ẻ\xce ẽ\xcf é\xd0 ẹ\xd1",
    "ê": "ê\xaa ề\xd2 ể\xd3 ễ\xd4 ế\xd5 ệ\xd6",
    "i": "ì\xd7 ỉ\xd8 ĩ\xdc í\xdd ị\xde",
    "o": "ò\xdf ỏ\xe1 õ\xe2 ó\xe3 ọ\xe4",
    "ô": "ô\xab ồ\xe5 ổ\xe6 ỗ\xe7 ố\xe8 ộ\xe9",
    "ơ": "ơ\xac ờ\xea ở\xeb ỡ\xec ớ\xed ợ\xee",
    "u": "ù\xef ủ\xf1 ũ\xf2 ú\xf3 ụ\xf4",
    "ư": "ư\xad ừ\xf5 ử\xf6 ữ\xf7 ứ\xf8 ự\xf9",
    "y": "ỳ\xfa ỷ\xfb ỹ\xfc ý\xfd ỵ\xfe",
    "đ": "đ\xae",
    "upper": "Ă\xa1 Â\xa2 Ê\xa3 Ô\xa4 Ơ\xa5 Ư\xa6 Đ\xa7",
}
_TCVN3_MAP = {pair[1]: pair[0] for row in _TCVN3_ROWS.values() for pair in row.split()}

# --- VNI: a base letter followed by a modifier byte (tone, or circumflex/breve with tone).
_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_CIRC = {"â": "", "á": "\u0301", "à": "\u0300", "å": "\u0309", "ã": "\u0303", "ä": "\u0323"}
_BREVE = {"ê": "", "é": "\u0301", "è": "\u0300", "ú": "\u0309", "ü": "\u0303", "ë": "\u0323"}
_VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}


def _compose(base: str, marks: str) -> str:
    return unicodedata.normalize("NFC", base + marks)


def _build_vni() -> dict[str, str]:
    table: dict[str, str] = {}
    for lower in (False, True):

        def case(s: str) -> str:
            return s if lower else s.upper()

        for base in "aeouy":
            for mod, mark in _TONES.items():
                table[case(base) + mod] = _compose(case(base), mark)
        for base, modbase in (("ô", "ơ"), ("ö", "ư")):
            for mod, mark in _TONES.items():
                table[case(base) + mod] = _compose(case(modbase), mark)
        for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
            for mod, mark in _CIRC.items():
                table[case(base) + mod] = _compose(case(hat), mark)
        for mod, mark in _BREVE.items():
            table[case("a") + mod] = _compose(case("ă"), mark)
    # Modifiers typed in the other case than their base ("Aù", "aÙ") mean the same.
    for key, value in list(table.items()):
        base, mod = key[0], key[1]
        for other in (mod.upper(), mod.lower()):
            table.setdefault(base + other, value)
    return table


_VNI_PAIRS = _build_vni()
_VNI_SINGLES = {**_VNI_SINGLE, **{k.upper(): v.upper() for k, v in _VNI_SINGLE.items()}}
_VNI_RE = re.compile(
    "|".join(sorted(map(re.escape, _VNI_PAIRS), key=len, reverse=True)) + "|[" + "".join(_VNI_SINGLES) + "]"
)
# Word shows bytes 0x80–0x9F of a legacy font through cp1252; map them back to bytes first.
_CP1252_BACK = {}
for _byte in range(0x80, 0xA0):
    try:
        _CP1252_BACK[bytes([_byte]).decode("cp1252")] = chr(_byte)
    except UnicodeDecodeError:
        pass


def to_unicode(text: str, encoding: str, upper: bool = False) -> str:
    """Convert text typed in a legacy font; upper for the ".VnTimeH"-style capital fonts."""
    if encoding == TCVN3:
        out = "".join(_TCVN3_MAP.get(_CP1252_BACK.get(c, c), c) for c in text)
        return unicodedata.normalize("NFC", out.upper() if upper else out)
    if encoding == VNI:
        out = _VNI_RE.sub(lambda m: _VNI_PAIRS.get(m[0]) or _VNI_SINGLES[m[0]], text)
        return unicodedata.normalize("NFC", out.upper() if upper else out)
    return text


def encoding_for_font(font: str | None) -> tuple[str | None, bool]:
    """(encoding, upper) for a font name: ".VnTime" → TCVN3, ".VnTimeH" → TCVN3 capitals,
    "VNI-Times" → VNI; (None, False) for a Unicode font."""
    if not font:
        return None, False
    name = font.strip()
    if name.lower().startswith(".vn"):
        return TCVN3, name.endswith("H") or name.endswith("H ")
    if name.lower().startswith("vni"):
        return VNI, False
    return None, False


# --- detection ---------------------------------------------------------------------------

_ONSET = "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?"
_NUCLEI = (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô "
    "uơ uy ưa ưi ưu ươ ya yê iêu yêu oai oay oeo uây uôi uya uyê uyu ươi ươu"
).split()
_SYLLABLE = re.compile(rf"{_ONSET}(?:{'|'.join(sorted(_NUCLEI, key=len, reverse=True))})(?:ch|nh|ng|[cmnpt])?")
_STRIP = "".join(chr(c) for c in range(0x21, 0x7F) if not chr(c).isalpha()) + "“”‘’…–—\u00a0⁰¹²³⁴⁵⁶⁷⁸⁹"
# Letters that only Unicode text has (ă, đ, ơ, ư, ạ … ỹ): a legacy text has none of them.
_UNICODE_ONLY = re.compile("[\u0100-\u01b0\u1ea0-\u1ef9]")
_TONE_MARKS = dict.fromkeys(map(ord, "\u0300\u0301\u0303\u0309\u0323"))


def _toneless(word: str) -> str | None:
    """The word without its tone, or None when it carries two tones."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(1 for c in decomposed if ord(c) in _TONE_MARKS) > 1:
        return None
    return unicodedata.normalize("NFC", decomposed.translate(_TONE_MARKS))


def _words(text: str):
    """Whitespace-separated words without surrounding ASCII punctuation and digits."""
    for token in text.split():
        word = token.strip(_STRIP)
        if word and not word.isascii():
            yield word


def _score(text: str) -> int:
    """Valid Vietnamese words with a non-ASCII letter, minus non-ASCII words that are not."""
    score = 0
    for word in _words(text):
        bare = _toneless(word) if word.isalpha() else None
        score += 1 if bare is not None and _SYLLABLE.fullmatch(bare) else -1
    return score


# Every legacy text has Latin-1 range characters; Unicode Vietnamese has some too, so this
# only spares the scoring for plain ASCII text.
_LEGACY_HINT = re.compile("[\xa1-\xff]")


def _gain(text: str) -> tuple[str | None, int]:
    """(best legacy encoding, how many more valid words it gives) for a piece of text."""
    if not _LEGACY_HINT.search(text) or _UNICODE_ONLY.search(text):
        return None, 0
    before = _score(text)
    best, best_gain = None, 0
    for encoding in (TCVN3, VNI):
        gain = _score(to_unicode(text, encoding)) - before
        if gain > best_gain:
            best, best_gain = encoding, gain
    words = sum(1 for _ in _words(text))
    if best_gain >= max(2, words // 5) or (best_gain >= 1 and words <= 3):
        return best, best_gain
    return None, 0


def detect(text: str) -> str | None:
    """TCVN3, VNI or None (already Unicode, or not Vietnamese) for a piece of text."""
    return _gain(text)[0]


_CAPS_WORD = re.compile(r"\b[^\W\d_]+\b")


def _fix_caps(text: str) -> str:
    """TCVN3 capitals typed in a ".VnTimeH"-style font whose name was lost come out as
    "BáO CáO" or "Sở NGOạI Vụ": a word whose ASCII letters are all capitals is a capital
    word, and so is every word of a line made only of such words."""
    words = [w for w in _CAPS_WORD.findall(text) if any(c.isascii() for c in w)]
    ascii_caps = [all(c.isupper() for c in w if c.isascii()) for w in words]
    if len(words) >= 2 and all(ascii_caps) and any(sum(c.isascii() for c in w) >= 2 for w in words):
        return text.upper()

    def fix(m: re.Match) -> str:
        word = m[0]
        ascii_letters = [c for c in word if c.isascii()]
        capitals = ascii_letters and all(c.isupper() for c in ascii_letters)
        if capitals and (len(ascii_letters) >= 2 or not word[0].isascii()) and not word.isupper():
            return word.upper()
        return word

    return _CAPS_WORD.sub(fix, text)


def _convert(part: str, encoding: str) -> str:
    converted = to_unicode(part, encoding)
    return _fix_caps(converted) if encoding == TCVN3 else converted


def fix_text(text: str) -> tuple[str, str | None]:
    """(Unicode text, encoding found or None), line by line so that a document mixing
    Unicode and legacy parts converts only the legacy ones. A line too short to tell
    ("Sè:  /BC-SNgV") follows the encoding the rest of the document shows."""
    parts = text.split("\n")
    found = [_gain(part) for part in parts]
    totals = {TCVN3: 0, VNI: 0}
    for encoding, gain in found:
        if encoding:
            totals[encoding] += gain
    document = max(totals, key=lambda e: totals[e]) if max(totals.values()) >= 3 else None
    out = []
    for part, (encoding, _gain_) in zip(parts, found):
        if encoding is None and document and _LEGACY_HINT.search(part) and not _UNICODE_ONLY.search(part):
            if _score(to_unicode(part, document)) >= _score(part):
                encoding = document
        out.append(_convert(part, encoding) if encoding else part)
    first = next((e for e, _g in found if e), None)
    return unicodedata.normalize("NFC", "\n".join(out)), document or first


def decode_bytes(data: bytes) -> str:
    """Text file bytes → str: UTF-8 (with or without BOM), UTF-16 with BOM, else the
    single-byte reading (cp1258 or the Latin-1 view of a legacy font) that reads best."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    candidates: list[tuple[int, int, str]] = []
    for codec in ("cp1258", "cp1252", "latin-1"):
        text = data.decode(codec, "replace")
        fixed, _ = fix_text(text)
        candidates.append((_score(fixed), -len(candidates), text))
    return max(candidates)[2]
