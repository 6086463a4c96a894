"""Text as it comes from Word, PDF or a text rendering → clean lines, paragraphs, sentences.

Word renderings carry stray line breaks inside sentences (often with blank lines between),
markdown marks (**bold**, *italic*, ## headings) and footnote marks ("tỉnh¹"). The rule for
joining lines is the one references.py uses: a break followed by a lower-case letter is a
break inside a sentence; so is a break after a comma or before an opening bracket.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_LETTERS = {
    unicodedata.normalize("NFC", v + t)
    for v in "aăâeêioôơuưy"
    for t in ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
}
_LETTERS |= set("bcdđfghjklmnpqrstvwxz")
UPPER = "".join(sorted(c.upper() for c in _LETTERS))  # Vietnamese capitals, for regex classes
LOWER = "".join(sorted(_LETTERS))
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
_SPACES = str.maketrans(
    {
        "\t": " ",
        "\u00a0": " ",
        "\u2002": " ",
        "\u2003": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u000b": "\n",
        "\u000c": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
        "\r": "\n",
    }
)
_HEADING_HASH = re.compile(r"^\s*#{1,6}\s+", re.M)
_BOLD = re.compile(r"\*{2,}|_{2,}(?=\S)|(?<=\S)_{2,}")
_ITALIC = re.compile(r"(?<![\w*])\*(?=[^\s*])|(?<=[^\s*])\*(?![\w*])")
_MULTISPACE = re.compile(r"[ ]{2,}")

# A line that starts a new item or heading: "I.", "1.", "1.1.", "a)", "-", "+", "•".
MARKER = re.compile(
    r"^\s*(?:(?P<roman>[IVXLC]{1,6})\s*[.)/-](?=\s|$)"
    r"|(?P<arabic>\d{1,3}(?:\.\d{1,2}){0,3})\s*[.)](?=\s|$)"
    r"|(?P<letter>[a-zđ])\s*\)(?=\s|$)"
    rf"|(?P<letterdot>[a-zđ])\.(?=\s+[{UPPER}])"
    r"|(?P<dash>[-+•–*·])(?=\s))"
)


def normalise(text: str) -> str:
    """NFC, one kind of space and line break, markdown marks removed (text stays as written)."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).translate(_SPACES)
    text = _HEADING_HASH.sub("", text)
    text = _BOLD.sub("", text)
    text = _ITALIC.sub("", text)
    return text


@dataclass
class Paragraph:
    text: str
    index: int  # position among the paragraphs
    gap_before: bool  # a blank line before it in the source


def _is_continuation(previous: str, line: str, after_gap: bool = False) -> bool:
    first = line[:1]
    if not first or MARKER.match(line):
        return False
    if first.islower() or first in ",;:)" or (first == "(" and not after_gap):
        return True  # after a blank line, "(Dân trí) - …" opens a press lead
    if previous.rstrip().endswith((",", "(", "&")):
        return True
    # a figure opening a line after a blank one opens a paragraph: a headline, then "342 lưu học sinh …"
    if first in "0123456789" and not after_gap and not previous.rstrip().endswith((".", ":", ";", "!", "?")):
        return True
    return False


def paragraphs(text: str) -> list[Paragraph]:
    """Logical paragraphs: source lines joined across stray breaks, whitespace collapsed."""
    out: list[Paragraph] = []
    current: list[str] = []
    gap = False
    gap_before_current = False
    for raw in text.split("\n"):
        line = _MULTISPACE.sub(" ", raw.strip())
        if not line:
            gap = True
            continue
        if current and _is_continuation(current[-1], line, gap):
            current.append(line)
        else:
            if current:
                out.append(Paragraph(" ".join(current), len(out), gap_before_current))
            current, gap_before_current = [line], gap
        gap = False
    if current:
        out.append(Paragraph(" ".join(current), len(out), gap_before_current))
    return out


FOOTNOTE_LINE = re.compile(rf"^\s*([{SUPERSCRIPTS}]+)\s*(\S.*)$")


def superscript_number(marks: str) -> int | None:
    try:
        return int(marks.translate(_FROM_SUPERSCRIPT))
    except ValueError:
        return None


# Sentence ends: . ! ? … followed by a space and an upper-case letter, a dash or a bracket;
# a semicolon. Short capitalised abbreviations (TP., Tp., TS., KT.) do not end a sentence.
_SENTENCE_END = re.compile(
    rf"(?<=[.!?…])\s+(?=[\"“({UPPER}0-9*-])|(?<=;)\s*"
    # a full stop with its space lost, as some pages print them: "bị bắt giữ.Ngày 20.4, ông …"
    # (after a word in lower case, so "TP.Vũng Tàu", "P.5" stay whole)
    rf"|(?<=[a-zà-ỹđ]{{2}}\.)(?=[{UPPER}][a-zà-ỹđ])"
)
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-ZĐ][A-Za-zđ]?|v\.v|TP|Tp|ThS|PGS|TS|GS|St|Mr|Ms|Dr|No)\.$")
# a two-letter word after a capitalised one ends a name, not an abbreviation: "tỉnh Nghệ An.", "Long An."
_PLACE_END = re.compile(rf"(?<!\S)[{UPPER}][a-zà-ỹđ]+\s+[{UPPER}][a-z]\.$")


def sentences(paragraph: str) -> list[tuple[int, str]]:
    """(offset, sentence) pieces of a paragraph; a semicolon ends a piece too."""
    out, start = [], 0
    for m in _SENTENCE_END.finditer(paragraph):
        piece = paragraph[start : m.start()]
        if not piece.strip():
            continue
        if piece.endswith(".") and _ABBREVIATION.search(piece[-8:]) and not _PLACE_END.search(piece[-30:]):
            continue
        if piece.endswith(";") and piece.count("(") > piece.count(")"):
            continue  # a ";" inside a bracket: "(năm 2015 có 4 dự án …; năm 2016 có 17 dự án …)"
        out.append((start, piece))
        start = m.end()
    if paragraph[start:].strip():
        out.append((start, paragraph[start:]))
    return out


# --- numbers -------------------------------------------------------------------------------

# Digits as written in Vietnamese: 1.234.567,89 (dot thousands, comma decimals); not part
# of a date (5.3.2016, 09/11/2023), a reference (1353/SNgV) or a range's second year.
# A bracketed aside: "(chiếm 75%)", "(khi 2 tỉnh chưa ký kết …)".
BRACKET = re.compile(r"\([^()]*\)")


NUMBER = re.compile(
    # "1,234,567 USD": two commas or more group thousands, as some pages print dollar amounts
    r"(?<![\w.,])(?<!\d/)(?<!\d-)(?<!\d\s-\s)(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}"
    # "1 200 đại biểu": thousands spaced, as a table or a PDF gives them; not "tháng 8 150 …"
    r"|(?<![-–])(?<!\d\s)(?<!(?i:tháng)\s)(?<!(?i:quý)\s)(?<!(?i:năm)\s)(?<!(?i:ngày)\s)(?<!(?i:số)\s)"
    r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d.,])"
    r"|\d+(?:,\d+)?|\d+\.\d{1,2})"
    # a currency code may be glued to its figure: "88.831USD"
    r"(?!(?!(?-i:USD|EUR|VND)\b)[\w/%]|[.,/-]\d|\s*%)"
)


def parse_number(token: str) -> Decimal | None:
    """ "1.234.567,89" → 1234567.89, "7,037" → 7.037, "05" → 5, "2.5" → 2.5, "1,234,567" → 1234567,
    "1 200" → 1200."""
    token = token.strip()
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+", token):
        token = re.sub(r"\s", "", token)
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?", token):
        token = token.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"\d{1,3}(?:,\d{3}){2,}", token):
        token = token.replace(",", "")
    elif re.fullmatch(r"\d+,\d+", token):
        token = token.replace(",", ".")
    elif not re.fullmatch(r"\d+(?:\.\d{1,2})?", token):
        return None
    try:
        return Decimal(token)
    except InvalidOperation:
        return None


def as_json_number(value: Decimal):
    """An int when whole, else a float."""
    return int(value) if value == value.to_integral_value() else float(value)
