"""Two versions of a text side by side, paragraph by paragraph, with the words that differ marked. No Django.

    rows = compare(old_paragraphs, new_paragraphs)
    for row in rows: row.kind ("same", "changed", "removed", "added"), row.old, row.new (pieces or None)

A piece is (text, changed). Tokens are runs of non-space characters and runs of spaces, so a
word is never cut inside (a Vietnamese letter and its marks stay one token), and both texts are
read in NFC first: the same word typed precomposed or decomposed is the same word.
"""

import difflib
import re
import unicodedata
from dataclasses import dataclass

TOKEN = re.compile(r"\s+|\S+")
# Two paragraphs of a replaced block are taken as one paragraph edited when this much of them is alike.
SIMILAR = 0.5


@dataclass(frozen=True)
class Piece:
    text: str
    changed: bool


@dataclass(frozen=True)
class Row:
    kind: str  # "same", "changed", "removed" (old only), "added" (new only)
    old: tuple[Piece, ...] | None
    new: tuple[Piece, ...] | None


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def tokens(text: str) -> list[str]:
    return TOKEN.findall(nfc(text))


def word_diff(old: str, new: str) -> tuple[tuple[Piece, ...], tuple[Piece, ...]]:
    """(old pieces, new pieces): the words only in old are changed on its side, those only in new on its."""
    a, b = tokens(old), tokens(new)
    left: list[Piece] = []
    right: list[Piece] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        same = op == "equal"
        if i2 > i1:
            left.append(Piece("".join(a[i1:i2]), not same))
        if j2 > j1:
            right.append(Piece("".join(b[j1:j2]), not same))
    return _merged(left), _merged(right)


def _merged(pieces: list[Piece]) -> tuple[Piece, ...]:
    """Neighbours of one kind joined; a lone space between two changes joins them ("03 tàu" marked once)."""
    pieces = [
        Piece(p.text, True)
        if not p.changed
        and not p.text.strip()
        and 0 < index < len(pieces) - 1
        and pieces[index - 1].changed
        and pieces[index + 1].changed
        else p
        for index, p in enumerate(pieces)
    ]
    result: list[Piece] = []
    for piece in pieces:
        if result and result[-1].changed == piece.changed:
            result[-1] = Piece(result[-1].text + piece.text, piece.changed)
        else:
            result.append(piece)
    return tuple(result)


def _whole(text: str, changed: bool) -> tuple[Piece, ...]:
    return (Piece(nfc(text), changed),)


def compare(old: list[str], new: list[str]) -> list[Row]:
    """The paragraphs of old and new aligned: equal ones once, edited ones with their words marked,
    the others alone on their side."""
    old, new = [nfc(p) for p in old], [nfc(p) for p in new]
    rows: list[Row] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            rows.extend(Row("same", _whole(p, False), _whole(p, False)) for p in old[i1:i2])
        else:
            rows.extend(_replaced(old[i1:i2], new[j1:j2]))
    return rows


def _replaced(old: list[str], new: list[str]) -> list[Row]:
    """A block that differs: each old paragraph paired, in order, with the next new one alike enough;
    a paragraph with no partner was removed or added."""
    rows: list[Row] = []
    start = 0
    for paragraph in old:
        partner = next(
            (
                index
                for index in range(start, len(new))
                if difflib.SequenceMatcher(None, tokens(paragraph), tokens(new[index]), autojunk=False).ratio()
                >= SIMILAR
            ),
            None,
        )
        if partner is None:
            rows.append(Row("removed", _whole(paragraph, True), None))
            continue
        rows.extend(Row("added", None, _whole(p, True)) for p in new[start:partner])
        left, right = word_diff(paragraph, new[partner])
        rows.append(Row("changed", left, right))
        start = partner + 1
    rows.extend(Row("added", None, _whole(p, True)) for p in new[start:])
    return rows
