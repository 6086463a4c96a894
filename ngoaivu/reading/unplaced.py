"""The figures a report states that the reader placed under no indicator, each with its sentence.

They are shown beside the figures read, so that no figure of a report is dropped unseen: a count
the lexicon has no words for ("Hải Phòng có 3.500 người" in a list of provinces) is left for the
officer to judge, never guessed into an indicator. Not listed: what is no figure of any period
(a plan, an average, a rate: scopes.states_no_figure), figures of a plan section or of the
document's title, and a figure told again (the same count of the same unit) once it was read or listed.
"""

from __future__ import annotations

from decimal import Decimal

from .mentions import Mention, find_mentions, group_mentions
from .restated import VALUES
from .scopes import states_no_figure
from .structure import Block
from .text import sentences


def _number(value) -> Decimal | None:
    if isinstance(value, dict):  # money: {"value", "currency", "value_vnd"}
        value = value.get("value")
    return abs(Decimal(str(value))) if isinstance(value, (int, float, Decimal)) else None


def _read_values(facts: list[dict]) -> dict[str, set]:
    """sentence → the numbers read from it, whatever their sign ("giảm 5 đoàn" reads -5)."""
    read: dict[str, set] = {}
    for fact in facts:
        numbers = {_number(fact[key]) for key in VALUES if fact.get(key) is not None}
        read.setdefault(fact["text"], set()).update(numbers)
    return read


def unplaced_figures(blocks: list[Block], facts: list[dict]) -> list[dict]:
    """[{"text": sentence, "figures": ["3.500 người", …]}], in the order of the document."""
    read = _read_values(facts)
    stated = []  # (sentence, mention, placed)
    for block in blocks:
        if block.plan or block.part == "title":
            continue
        for _offset, raw in sentences(block.text):
            sentence = raw.strip()
            for group in group_mentions(sentence, find_mentions(sentence)):
                if states_no_figure(sentence, group):
                    continue
                for mention in group.mentions:
                    stated.append((sentence, mention, _number(mention.value) in read.get(sentence, ())))
    told = {_told(mention) for _sentence, mention, is_placed in stated if is_placed}
    out: list[dict] = []
    for sentence, mention, is_placed in stated:
        if is_placed or _told(mention) in told:
            continue
        told.add(_told(mention))  # listed once, however often the text repeats it
        words = " ".join(sentence[mention.start : mention.end].split())
        if out and out[-1]["text"] == sentence:
            out[-1]["figures"].append(words)
        else:
            out.append({"text": sentence, "figures": [words]})
    return out


def _told(mention: Mention) -> tuple:
    """What a figure counts, however written: "75 nghìn lao động" and "75.000 lao động" are one."""
    return mention.unit, _number(mention.value)
