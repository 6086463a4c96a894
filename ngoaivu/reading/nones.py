"""Statements that a period had none of what an indicator counts: «không tổ chức hội nghị, hội
thảo quốc tế nào», «không có tàu cá … bị bắt giữ», «chưa tiếp nhận đoàn nào».

A negation ("không có", "chưa tổ chức"…) followed closely by what one indicator counts, in a sentence
with no figure, is a figure 0 of that indicator, its sentence its source. The words are the lexicon's
(lexicon/, an administrator's phrases included): a unit of the indicator where a figure would stand
with one of its words in the clause, or one of its words alone; only the grammar is here. They are listed apart from
the facts (result["nones"]): the public texts' gold records no figure 0, so counted as facts
they would be read as false ones; the register's comparison may use them (register/intake.py).
A sentence naming two indicators' words, or a figure, says nothing sure and is left out; the
digits of its time («tháng 3/2021», «6 tháng đầu năm», a date) and of the units whose answers it
counts («theo báo cáo của 02 đơn vị») are no figure. Its scope and year are a fact's
(scopes.py): «Từ đầu năm đến nay, không có …» is none of the year to date.

The application's own sentences of none (the area modules of reporting/outlines/) are read back so.
"""

from __future__ import annotations

import re
from functools import cache

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import Period

from .doc_numbers import DATE_ANY
from .lexicon import ENTRY_UNITS, NAMES
from .lexicon import UNITS as _UNITS
from .mentions import Group, Mention
from .periods_vi import time_expressions
from .scopes import scope_of, year_of
from .text import sentences

# The negation of a happening ("không có", "chưa tiếp nhận", "không tổ chức", "không cử"), or the
# application's own «không tiếp nhận hồ sơ … cử», «không tiếp nhận, quản lý». Its verb is part of
# what names the indicator ("tiếp nhận … đoàn", "cử đoàn" are words of the lexicon).
_NEGATION = re.compile(
    r"(?<!\w)(?:không|chưa)\s+(?P<verb>"
    r"tiếp\s+nhận\s+hồ\s+sơ[^.;\d]{0,100}?(?<!\w)cử"
    r"|(?:tiếp\s+nhận|quản\s+lý)(?:\s*,\s*(?:tiếp\s+nhận|quản\s+lý))+"
    r"|có|xảy\s+ra|phát\s+sinh|ghi\s+nhận|tổ\s+chức|tiếp\s+nhận|đón|cử"
    r")(?!\w)",
    re.I,
)
# Then at most two words without a figure, then what is counted, where a figure would stand ("không
# có [02] tàu cá"): a unit of the indicator (lexicon.UNITS), or a word of its own (lexicon.ENTRIES, an
# administrator's included); the words of the indicator in its clause ("… bị nước ngoài bắt giữ").
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\s+[^\s\d.,;:!?()]+")
_UNIT_WORDS = dict(_UNITS)
_CLAUSE_STOP = re.compile(r"[.;:!?]")  # the clause of what is counted: to these, 100 characters at most
_ATTENDING = re.compile(r"(?<!\w)tham\s+(?:gia|dự)(?!\w)", re.I)
# The officials not sent abroad («Sở không cử cán bộ đi công tác nước ngoài») are the people of a
# delegation, counted otherwise as staff.
_ALSO_COUNTED = {"outgoing_delegations": ("staff",)}
# One sentence that says none of two indicators: «không có cán bộ công chức đi công tác nước ngoài về
# việc công và cả việc riêng» (the delegations sent and the private trips).
_BOTH = re.compile(r"(?<!\w)về\s+việc\s+công\s+và\s+(?:cả\s+)?việc\s+riêng(?!\w)", re.I)
# Digits that are no figure: those of a time or a date, and the count of the units whose answers a
# compiled report counts (reporting/paragraphs.as_counted: «theo báo cáo của 02 đơn vị»).
_UNITS_ANSWERING = re.compile(r"(?<!\w)theo\s+báo\s+cáo\s+của\s+\d+\s+đơn\s+vị(?!\w)", re.I)
_FIGURE = re.compile(r"\d")


def _without_times(sentence: str) -> str:
    spans = [(e.start, e.end) for e in time_expressions(sentence)]
    spans += [m.span() for m in DATE_ANY.finditer(sentence)]
    spans += [m.span() for m in _UNITS_ANSWERING.finditer(sentence)]
    chars = list(sentence)
    for start, end in spans:
        chars[start:end] = " " * (end - start)
    return "".join(chars)


def _counted(code: str) -> re.Pattern | None:
    """The units of an indicator, as a pattern (None: it has none the lexicon names)."""
    return _units_pattern((*ENTRY_UNITS.get(code, ()), *_ALSO_COUNTED.get(code, ())))


@cache
def _units_pattern(units: tuple[str, ...]) -> re.Pattern | None:
    words = [_UNIT_WORDS[unit] for unit in units if unit in _UNIT_WORDS]
    return re.compile("|".join(f"(?:{w})" for w in words) + r"(?!\w)", re.I) if words else None


def _slots(sentence: str) -> list[tuple[int, int, int]]:
    """[(where a negation begins, where its verb begins, where what is counted may begin)]: after each
    negation, after none, one or two words."""
    slots = []
    for negation in _NEGATION.finditer(sentence):
        at = negation.end()
        for _words in range(3):
            if (space := _SPACE.match(sentence, at)) is None:
                break
            slots.append((negation.start(), negation.start("verb"), space.end()))
            if (word := _WORD.match(sentence, at)) is None:
                break
            at = word.end()
    return slots


def _said_none_of(
    sentence: str, slots: list[tuple[int, int, int]], named: re.Pattern, counted: re.Pattern | None
) -> tuple[int, int] | None:
    """(2 if a unit of the indicator is what is counted, 1 if a word of its own; where the negation
    begins), or None: whether the sentence says there was none of it."""
    best = None
    for negation, verb, slot in slots:
        unit = counted.match(sentence, slot) if counted else None
        if unit:
            stop = _CLAUSE_STOP.search(sentence, unit.end(), unit.end() + 100)
            clause_end = stop.start() if stop else min(len(sentence), unit.end() + 100)
            # the verb names the indicator with what it takes ("tiếp nhận đoàn", "cử đoàn"), not where
            # people are sent to attend something («không cử cán bộ tham gia lớp tập huấn»)
            begin = slot if _ATTENDING.search(sentence, slot, clause_end) else verb
            # a word of the indicator besides what is counted: "người nước ngoài" alone may be anyone's
            if any(m.start() != slot for m in named.finditer(sentence, begin, clause_end)):
                return 2, negation
        if best is None and named.match(sentence, slot):
            best = 1, negation
    return best


def _stated(sentence: str) -> list[tuple[str, int]]:
    """[(indicator, where its negation begins)]: those a sentence says there was none of."""
    if not (slots := _slots(sentence)) or _FIGURE.search(_without_times(sentence)):
        return []
    said: dict[str, tuple[int, int]] = {}
    for code, named in NAMES.items():
        if (strength_at := _said_none_of(sentence, slots, named, _counted(code))) is not None:
            said[code] = strength_at
    # a unit of the indicator counted before a word of its own alone ("không có người nước ngoài đến
    # làm việc": people, of delegations, before the foreigners of consular cases)
    strongest = max((strength for strength, _at in said.values()), default=0)
    found = {code: at for code, (strength, at) in said.items() if strength == strongest}
    if "outgoing_delegations" in found and _BOTH.search(sentence):
        at = found["outgoing_delegations"]
        return [("outgoing_delegations", at), ("private_trips", at)]
    if found.keys() == {"outgoing_delegations", "private_trips"}:
        del found["outgoing_delegations"]  # "không có cán bộ đi nước ngoài về việc riêng": allowed, not sent
    return list(found.items()) if len(found) == 1 else []


def stated_none(sentence: str) -> str | None:
    """The one indicator a sentence says there was none of, or None."""
    found = _stated(sentence)
    return found[0][0] if len(found) == 1 else None


def nones(text: str, period: Period | None = None) -> list[dict]:
    """[{"indicator", "scope", measure: 0 …, "text"}, "year" when the sentence names one]: each
    statement of none in the text, in its order, the indicator's every measure 0, once for each
    indicator and sentence. The scope is a fact's at the negation (scopes.scope_of; period: the
    report's), "period" when no word says another."""
    out: list[dict] = []
    for line in text.splitlines():
        for _offset, raw in sentences(line):
            sentence = " ".join(raw.split())
            for code, at in _stated(sentence):
                if any(item["indicator"] == code and item["text"] == sentence for item in out):
                    continue
                where = Group([Mention(at, at, "none", 0, None)])
                scope, _sign = scope_of(sentence, where, code, period)
                zeros = {measure.name: 0 for measure in BY_CODE[code].measures}
                item = {"indicator": code, "scope": scope, **zeros, "text": sentence}
                if (year := year_of(sentence, where)) is not None:
                    item["year"] = year
                out.append(item)
    return out
