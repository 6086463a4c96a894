"""The figures a report states that the reader placed under no indicator, each with its sentence.

They are shown beside the figures read, so that no figure of a report is dropped unseen: a count
the lexicon has no words for ("Hải Phòng có 3.500 người" in a list of provinces) is left for the
officer to judge, never guessed into an indicator. Not listed: what is no figure of any period
(a plan, an average, a rate: scopes.states_no_figure), figures of a plan section or of the
document's title, and a figure told again (the same count of the same unit) once it was read or listed.
Each figure comes with the indicators it most likely counts (reading/suggestions.py), for the
officer to check, never read as a fact.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .measures import measures_of
from .lexicon import BOAT_CUES, CUES, SIMPLE, TOPICS
from .mentions import Group, Mention
from .restated import VALUES
from .scopes import states_no_figure
from .suggestions import Model, features, shipped


def magnitude(value) -> Decimal | None:
    """A figure's number whatever its sign, a money mention's amount; None for no number (a currency)."""
    if isinstance(value, dict):  # money: {"value", "currency", "value_vnd"}
        value = value.get("value")
    return abs(Decimal(str(value))) if isinstance(value, (int, float, Decimal)) else None


def fact_magnitudes(fact: dict) -> set[Decimal]:
    """The numbers a fact reads, whatever their sign ("giảm 5 đoàn" reads -5)."""
    numbers = (magnitude(fact[key]) for key in VALUES if fact.get(key) is not None)
    return {number for number in numbers if number is not None}  # a currency is no number


def _read_values(facts: list[dict]) -> dict[str, set]:
    """sentence → the numbers read from it."""
    read: dict[str, set] = {}
    for fact in facts:
        read.setdefault(fact["text"], set()).update(fact_magnitudes(fact))
    return read


def unplaced_figures(
    sentences: list[tuple[str, list[Group]]],
    facts: list[dict],
    period_kind: str | None = None,
    model: Model | None = None,
) -> list[dict]:
    """[{"text": sentence, "figures": ["3.500 người", …], "suggested": [[{"indicator", measures…}, …], …]}]
    (each figure's suggested indicators, with the figure as a measure of each), in the order of the document, from each sentence with figures and their groups as facts.extract_facts
    found them (plans and the title left out) and the facts read; period_kind: the report's; model:
    the suggestions' (the shipped one unless another is measured)."""
    model = model or shipped()
    read = _read_values(facts)
    stated = [  # (sentence, mention, placed)
        (sentence, mention, magnitude(mention.value) in read.get(sentence, ()))
        for sentence, groups in sentences
        for group in groups
        if not states_no_figure(sentence, group)
        for mention in group.mentions
        if mention.unit != "other" or (not read.get(sentence) and _names_a_topic(sentence))
    ]
    told = {_told(mention) for _sentence, mention, is_placed in stated if is_placed}
    out: list[dict] = []
    for sentence, mention, is_placed in stated:
        if is_placed or _told(mention) in told:
            continue
        told.add(_told(mention))  # listed once, however often the text repeats it
        words = " ".join(sentence[mention.start : mention.end].split())
        if not out or out[-1]["text"] != sentence:
            out.append({"text": sentence, "figures": [], "suggested": []})
        out[-1]["figures"].append(words)
        feats = features(sentence, mention.start, mention.end, mention.unit, period_kind)
        codes = model.suggest(feats, mention.unit)
        out[-1]["suggested"].append([{"indicator": code, **measures_of(code, Group([mention]), 1)} for code in codes])
    return out


# Every indicator's words, gathered once: a sentence naming one of them is about the register's work.
_TOPIC_CUES = [
    *CUES.values(),
    *BOAT_CUES.values(),
    *TOPICS.values(),
    *(cue for listed in SIMPLE.values() for _code, cue in listed if cue is not None),
]


def _names_a_topic(sentence: str) -> bool:
    """Whether a sentence names what an indicator counts (its lexicon words): a count in words the
    lexicon lacks is listed there ("cấp phép sử dụng 04 thẻ …" beside "ABTC"), not in any sentence
    with a number ("02 ngôn ngữ", "108.373 túi bột" of a gift read in its own figure)."""
    return any(cue.search(sentence) for cue in _TOPIC_CUES)


def _told(mention: Mention) -> tuple:
    """What a figure counts, however written: "75 nghìn lao động" and "75.000 lao động" are one."""
    return mention.unit, magnitude(mention.value)


_CLAUSE_END = re.compile(r"[,;:.!?()\[\]\d]|\s[-–]\s")


_LINK_WORD = re.compile(r"\s*(?<!\w)(?:là|có|với|gồm|đạt)$", re.I)


def words_beside(sentence: str, figure: str, limit: int = 8) -> str:
    """The words a report writes after a figure, to its clause's end, or before it when none follow:
    what an administrator would teach the reader ("đón 25 người nước ngoài đến làm việc, …" → "nước
    ngoài đến làm việc"; "Tổng kinh phí hỗ trợ là 4.600.000.000 đồng." → "Tổng kinh phí hỗ trợ")."""
    # the figure itself, not a piece of a longer number ("5 người" in "25 người")
    found = re.search(r"(?<![\d.,])" + r"\s+".join(re.escape(word) for word in figure.split()), sentence)
    if found is None:
        return ""
    rest = sentence[found.end() :]
    stop = _CLAUSE_END.search(rest)
    after = rest[: stop.start() if stop else len(rest)].split()[:limit]
    if after:
        return " ".join(after)
    before = sentence[: found.start()]
    start = max((m.end() for m in _CLAUSE_END.finditer(before)), default=0)
    # without the link to the figure: "Tổng kinh phí hỗ trợ là" → "Tổng kinh phí hỗ trợ"
    words = _LINK_WORD.sub("", " ".join(before[start:].split()[-limit:]))
    return words.lstrip("-–+• ")
