"""A total's own words: the sentence and paragraph with the parts that follow the total blanked
out, so that what only a part names ("Trường có 1.200 sinh viên, trong đó có 45 sinh viên Lào")
does not make the total foreign students. Blanked with spaces of the same length, so every offset
into the sentence still holds."""

from __future__ import annotations

import re

from .cues import indicator_of
from .mentions import Group, Mention

# The kinds whose people are foreign one by one: that some of the students are Lao says nothing of
# the others. A delegation with foreign members ("26 đoàn …, 243 người, trong đó có 50 người nước
# ngoài") or an aid given partly in kind is of its kind as a whole, and its parts may say so.
ONE_BY_ONE = frozenset({"foreign_students", "foreign_student_arrivals"})


def parts_span(sentence: str, part_at: re.Match, group: Group) -> tuple[int, int] | None:
    """Where the parts after the figure of group run in the sentence: from their marker to the
    bracket that closes it ("45 đoàn (trong đó 10 đoàn cấp Bộ) đến thăm …") or to the sentence's
    end; None when the parts are not after this figure."""
    start = part_at.start()
    if start < group.end:
        return None
    opened = sentence.rfind("(", group.end, start)
    if opened != -1 and ")" not in sentence[opened:start]:
        closed = sentence.find(")", part_at.end())
        return opened, closed + 1 if closed != -1 else len(sentence)
    return start, len(sentence)


def blanked(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


def own_words(
    sentence: str, texts: tuple[str, ...], mentions: list[Mention], span: tuple[int, int]
) -> tuple[str, list[str], list[Mention]]:
    """The sentence, the texts around it (its paragraph, the headline when the sentence is in it)
    and the figures of the sentence, without the parts in span."""
    start, end = span
    around = []
    for text in texts:
        at = text.find(sentence)
        around.append(text if at == -1 else blanked(text, at + start, at + end))
    kept = [m for m in mentions if m.end <= start or m.start >= end]
    return blanked(sentence, start, end), around, kept


def own_kind(
    indicator: str | None,
    group: Group,
    sentence: str,
    part_at: re.Match | None,
    mentions: list[Mention],
    context: str,
    texts: tuple[str, str],
) -> tuple[str | None, bool]:
    """The indicator of a total read from its own words (its paragraph and headline as texts), and
    whether the total is broader than its kind: then its parts are figures of their own."""
    span = parts_span(sentence, part_at, group) if part_at is not None else None
    if indicator not in ONE_BY_ONE or span is None:
        return indicator, False
    own_sentence, (paragraph, headline), own_mentions = own_words(sentence, texts, mentions, span)
    own = indicator_of(group, own_sentence, context, own_mentions, paragraph, headline)
    return own, own is None
