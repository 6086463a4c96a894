"""Where a cue word stands against a figure: the nearest cue of a sentence, the cue of the figure's
own clause, the cue that names what the figure's noun counts. cues.py and the rules beside it
(fishing.py) choose an indicator with these; the words are data in lexicon/."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .mentions import Group, Mention


CLAUSE_STOP = re.compile(r"[,;]")


def nearest(cues: dict, sentence: str, start: int, end: int):
    best, best_distance = None, None
    for name, cue in cues.items():
        for m in cue.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            distance = max(distance, 0) + (0 if m.end() <= start else 5)  # words before weigh a little more
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
    return best


def named_kind(cues: dict, sentence: str, at: int):
    """ "đón 01 đoàn phóng viên nước ngoài": a cue that begins right after the count's own noun
    names what was counted, whatever cue stands nearer before ("đón"), unless that one sends it abroad."""
    start = len(sentence) - len(sentence[at:].lstrip())
    return next((name for name, cue in cues.items() if cue.match(sentence, start)), None)


def in_own_clause(cues: dict, sentence: str, group: Group, mentions: Sequence[Mention]) -> str | None:
    """The cue of the figure's own clause, between the commas around it and the figures before
    and after: "49 đoàn lãnh đạo các nước thăm Việt Nam, 37 đoàn lãnh đạo Việt Nam thăm các
    nước" (each its own), before the nearest cue of the whole sentence."""
    others = [m for m in mentions if m not in group.mentions]
    left = max([m.end for m in others if m.end <= group.start] + [0])
    right = min([m.start for m in others if m.start >= group.end] + [len(sentence)])
    cut = max(sentence.rfind(",", left, group.start), sentence.rfind(";", left, group.start))
    left = max(left, cut + 1)
    stop = CLAUSE_STOP.search(sentence, group.end, right)
    right = stop.start() if stop else right
    return nearest(cues, sentence[left:right], group.start - left, group.end - left)
