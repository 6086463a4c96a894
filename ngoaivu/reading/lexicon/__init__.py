"""The indicator lexicon: the words of official prose that tell the reader of reports what a
figure counts, kept as data in one place (facts.py holds the rules, not the words).

- UNITS: the words after a figure → its unit ("17 đoàn" → groups), tried in order.
- ENTRIES: one entry per indicator: {"indicator": a code of pure/indicators.py, "family": how
  facts.py uses the words, "units": the units it counts, "words": the cue words}. Families:
  "delegation" (groups and persons: the nearest cue wins), "fishing" (boats and fishermen: a
  still-detained cue after the figure wins, else the nearest), "simple" (one unit, the cue must
  be in the sentence; None: no cue needed; of several indicators of one unit, the nearest cue
  wins), "aid", "abtc" (words in the sentence or headings), "named" (no figure is read: the words
  name it only where a report says there was none of it, nones.py).
  nones.py reads every entry's words (and its units' words) after "không có …", "chưa tổ chức …": a
  word added to an entry names its indicator in a statement of none too.
- SCOPE_WORDS: the markers of a scope before a figure (ytd, a part, a plan…).

The words are data, in this package: units.py (UNITS, the unit words), entries.py (ENTRIES, the
indicators' words), context.py (the words around a figure and SCOPE_WORDS); this module compiles them
into the tables the reader reads.

Words are regular-expression fragments, case-insensitive ("\\s+" between words). To teach the
reader a new wording, an administrator adds a fragment to an entry's "words" (or a new entry);
`build(entries)` compiles a list of entries into the tables facts.py reads, and `use(entries)` makes
the reader read with them (the shipped ENTRIES plus words kept elsewhere, e.g. by an administrator).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from .context import (
    AID_STAGE_WORDS as AID_STAGE_WORDS,  # read by part_sums.py from here
    AVERAGE_OPENING_WORDS,
    AVERAGE_WORDS,
    CUMULATIVE_AFTER_WORDS,
    FISHING_PARAGRAPH_WORDS,
    FOREIGN_STUDENTS_WORDS,
    NOT_COUNTED_STUDENTS_WORDS,
    ON_BOARD_WORDS,
    PER_YEAR_AFTER_WORDS,
    SCOPE_WORDS,
    STILL_HELD_AFTER_WORDS,
    STUDENT_ARRIVAL_AFTER_WORDS,
    STUDENT_ARRIVAL_WORDS,
    STUDENTS_PRESENT_WORDS,
    THERE_ARE_WORDS,
)
from .entries import ENTRIES

# the unit words, read by the reader's modules from here
from .units import ABROAD as ABROAD
from .units import COUNT_WORDS as COUNT_WORDS
from .units import FOREIGN_WORKERS as FOREIGN_WORKERS
from .units import UNITS as UNITS
from .units import WORD_COUNT_UNITS as WORD_COUNT_UNITS


def alternation(words) -> re.Pattern:
    return re.compile("|".join(f"(?:{w})" for w in words), re.I)


def build(entries: list[dict]) -> dict:
    """The tables facts.py reads, from a list of entries (ENTRIES, or ENTRIES plus an
    administrator's additions)."""
    by_family: dict[str, dict] = {}
    for entry in entries:
        words = entry.get("words")
        family = by_family.setdefault(entry["family"], {})
        if entry["family"] == "simple":
            for unit in entry["units"]:
                family.setdefault(unit, []).append((entry["indicator"], alternation(words) if words else None))
        else:
            family[entry["indicator"]] = alternation(words or [])
    return by_family


def names(entries: list[dict]) -> dict[str, re.Pattern]:
    """{indicator: its words}, of the entries that have words: what names an indicator in a statement
    of none (nones.py)."""
    return {entry["indicator"]: alternation(entry["words"]) for entry in entries if entry.get("words")}


TABLES = build(ENTRIES)
# The words naming each indicator in the entries read with now (use()), and each indicator's units.
NAMES: dict[str, re.Pattern] = names(ENTRIES)
ENTRY_UNITS: dict[str, tuple[str, ...]] = {entry["indicator"]: tuple(entry["units"]) for entry in ENTRIES}
CUES: dict[str, re.Pattern] = TABLES["delegation"]
BOAT_CUES: dict[str, re.Pattern] = TABLES["fishing"]
SIMPLE: dict[str, list[tuple[str, re.Pattern | None]]] = TABLES["simple"]
TOPICS: dict[str, re.Pattern] = {**TABLES["aid"], **TABLES["abtc"]}  # aid, abtc
SCOPES: dict[str, re.Pattern] = {scope: alternation(words) for scope, words in SCOPE_WORDS.items()}
STUDENT_ARRIVAL: re.Pattern = alternation(STUDENT_ARRIVAL_WORDS)
STILL_HELD_AFTER: re.Pattern = alternation(STILL_HELD_AFTER_WORDS)
CUMULATIVE_AFTER: re.Pattern = alternation(CUMULATIVE_AFTER_WORDS)
FOREIGN_STUDENTS: re.Pattern = alternation(FOREIGN_STUDENTS_WORDS)
NOT_COUNTED_STUDENTS: re.Pattern = alternation(NOT_COUNTED_STUDENTS_WORDS)
AVERAGE: re.Pattern = alternation(AVERAGE_WORDS)
AVERAGE_OPENING: re.Pattern = alternation(AVERAGE_OPENING_WORDS)
PER_YEAR_AFTER: re.Pattern = alternation(PER_YEAR_AFTER_WORDS)
STUDENT_ARRIVAL_AFTER: re.Pattern = alternation(STUDENT_ARRIVAL_AFTER_WORDS)
FISHING_PARAGRAPH: re.Pattern = alternation(FISHING_PARAGRAPH_WORDS)
ON_BOARD: re.Pattern = alternation(ON_BOARD_WORDS)
STUDENTS_PRESENT: re.Pattern = alternation(STUDENTS_PRESENT_WORDS)
THERE_ARE: re.Pattern = alternation(THERE_ARE_WORDS)
# "năm 2017 có 8.024 công dân" under "21.384 công dân Việt Nam được bảo hộ trong năm 2020"
CITIZENS_PROTECTED: re.Pattern = alternation(
    [r"bảo\s+hộ\s+công\s+dân", r"(?<!\w)được\s+(?:\S+\s+){0,2}?bảo\s+hộ(?!\s+(?:lao\s+động|quyền|thương\s+hiệu))"]
)
# An administrator's phrases for the indicators that count people (delegations' members, the men of
# boats, foreign workers), during one reading: "25 người nước ngoài đến làm việc" is no delegation by
# the shipped words (plain "người" counts anyone), but it is where the administrator says so.
PEOPLE_PHRASES: dict[str, re.Pattern] = {}
PEOPLE_UNITS = frozenset({"persons", "fishermen", "foreign_workers"})


def teachable(entry: dict) -> bool:
    """Whether an administrator may add phrases to the entry's indicator: it has cue words, or it
    counts people, whom a phrase then places (foreign workers, named by their unit alone)."""
    return bool(entry.get("words")) or bool(PEOPLE_UNITS & set(entry["units"]))


def use(entries: list[dict]) -> None:
    """Read with these entries from now on (ENTRIES plus an administrator's words, say): the
    tables facts.py holds are updated in place. use(ENTRIES) goes back to the shipped words."""
    tables = build(entries)
    for table, family in ((CUES, "delegation"), (BOAT_CUES, "fishing"), (SIMPLE, "simple")):
        table.clear()
        table.update(tables.get(family, {}))
    TOPICS.clear()
    TOPICS.update({**tables.get("aid", {}), **tables.get("abtc", {})})
    NAMES.clear()
    NAMES.update(names(entries))
    ENTRY_UNITS.clear()
    ENTRY_UNITS.update({entry["indicator"]: tuple(entry["units"]) for entry in entries})


def phrase_pattern(phrase: str) -> str:
    """A phrase as an administrator types it ("lao động người nước ngoài") as a fragment of the
    lexicon: its words in order, any space between them, nothing read as a pattern."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def phrase_patterns(phrases: dict[str, list[str]]) -> dict[str, list[str]]:
    """{indicator: [phrase]} as {indicator: [fragment of the lexicon]}, phrases without a word left out."""
    return {indicator: [phrase_pattern(p) for p in listed if p.split()] for indicator, listed in phrases.items()}


def with_phrases(added: dict[str, list[str]]) -> list[dict]:
    """ENTRIES with an administrator's phrases (phrase_patterns) added to the words of their
    indicators. An indicator whose entry needs no word (a unit that says it all) is left as it is."""
    out = []
    for entry in ENTRIES:
        if added.get(entry["indicator"]) and entry.get("words"):
            entry = {**entry, "words": [*entry["words"], *added[entry["indicator"]]]}
        out.append(entry)
    return out


@contextmanager
def extended(phrases: dict[str, list[str]] | None) -> Iterator[None]:
    """Read with the administrator's phrases for the time of one reading, then the shipped words."""
    if not phrases:
        yield
        return
    added = phrase_patterns(phrases)
    try:
        use(with_phrases(added))
        PEOPLE_PHRASES.update(
            {
                entry["indicator"]: alternation(added[entry["indicator"]])
                for entry in ENTRIES
                if PEOPLE_UNITS & set(entry["units"]) and added.get(entry["indicator"])
            }
        )
        yield
    finally:
        use(ENTRIES)
        PEOPLE_PHRASES.clear()
