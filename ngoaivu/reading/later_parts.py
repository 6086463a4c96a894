"""Parts told in the sentences after their total, with no "trong đó" to say so, known by their sum:
"Tòa án … quyết định thả 122 ngư dân … Tòa án … thả ngay 85 ngư dân trong ngày 26/8. 37 ngư dân còn
lại … sẽ được thả trong ngày 31/8", "… 104 ngư dân còn lại sẽ về nước … Cụ thể, 59 người sẽ về …
Riêng 45 người sẽ về …", "Nhà trường tiếp nhận 28 LHS … Khi đó, có 25 em …, 03 em …". Figures of the
total's kind that follow it one after the other and make it exactly, two at least, are its parts and
take its indicator, whatever they were read as alone (a plan, a figure of no indicator, the freed or
the still held of a detention). facts.extract_facts reads them last, on the facts read."""

from __future__ import annotations

import re
from decimal import Decimal

from .breakdowns import part_label, same_kind
from .fact_context import FactContext, mark_read, read_at, units_read
from .restated import VALUES
from .text import as_json_number

# how many sentences with figures after the total (or after it is told again) its parts may stand in
_WINDOW = 6
# a detention, its freed and its still held: parts of one another's totals
_FISHING = frozenset({"boats_detained", "boats_released", "fishermen_still_detained"})
_COUNTED = ("groups", "persons", "count", "boats", "fishermen")
_SCOPES = ("period", "ytd", "stock")
# "37 ngư dân còn lại …": the rest of a whole, whatever it was read as alone
_THE_REST = re.compile(r"\s*(?:người\s+|em\s+)?còn\s+lại(?!\w)", re.I)
# "trong số 9 lao động …": a whole named, whose parts the figures after are
_WHOLE_NAMED = re.compile(r"(?<!\w)trong\s+(?:tổng\s+)?(?:số\s+)?(?:(?:gần|khoảng|hơn|trên)\s+)?$", re.I)


def parts_told_after(ctx: FactContext) -> None:
    """Read as parts the runs of figures after a total that add up to it (module docstring)."""
    at = {where: f for f in ctx.facts if (where := read_at(ctx, f)) is not None}
    for total in list(ctx.facts):
        key = _single_count(total)
        if key is None or total["scope"] not in _SCOPES or read_at(ctx, total) is None:
            continue
        run = _run_after(ctx, total, key, at)
        if run:
            _read_as_parts(ctx, total, key, run, at)


def _single_count(fact: dict) -> str | None:
    """The one count a fact measures ("fishermen", "count" …), or None for an amount or several."""
    keys = [k for k in VALUES if k in fact and k != "qualifier"]
    return keys[0] if len(keys) == 1 and keys[0] in _COUNTED and isinstance(fact[keys[0]], int) else None


def _run_after(ctx: FactContext, total: dict, key: str, at: dict) -> list:
    """The figures (sentence index, group, fact or None) after the total that make it, or []."""
    units, where = units_read(ctx, total), read_at(ctx, total)
    if not units or where is None:
        return []
    # its parts read already ("trong số 202 lao động nêu trên, có: 75 người …, 11 người …") count towards it
    own = {id(p) for t, parts, _s in ctx.breakdowns if t is total for p in parts}
    index, start = where
    whole = Decimal(total[key])
    run: list = []
    last = index + _WINDOW
    i = index
    while i < min(len(ctx.stated), last + 1):
        sentence, groups = ctx.stated[i]
        for group in groups:
            if not group.mentions or (i == index and group.start <= start):
                continue
            if len(group.mentions) != 1 or not same_kind(group.units(), units) or group.mentions[0].implicit:
                continue  # not "một tàu cá … bị chìm", a boat of the story counted in words
            value = group.mentions[0].value
            if not isinstance(value, Decimal):
                continue
            fact = at.get((i, group.start))
            if value == whole:
                run, last = [], i + _WINDOW  # the total told again: its parts may follow
                continue
            if _WHOLE_NAMED.search(sentence, max(0, group.start - 30), group.start):
                return []  # "trong số 9 lao động …": the parts after are of another whole
            if run and value == run[-1][1].mentions[0].value:
                continue  # "4 người đã trở lại …; … cách ly 4 người": the same ones told again
            if fact is not None and id(fact) in own:
                pass  # "…, có: 75 người …, 11 người …. Với 116 người chưa được cấp giấy phép …": the rest after
            elif fact is not None and (fact["scope"] not in _SCOPES or not _may_join(fact, total, sentence, group)):
                if fact["scope"] == "part":
                    run = []  # parts of a breakdown read already: another may follow
                    continue
                return []  # another kind of figure: the total is done with
            run.append((i, group, fact))
            made = sum(g.mentions[0].value for _i, g, _f in run)
            while made > whole and run:
                made -= run.pop(0)[1].mentions[0].value
            if made == whole and len(run) >= 2 and any(f is None or id(f) not in own for _i, _g, f in run):
                return run
        i += 1
    return []


def _may_join(fact: dict, total: dict, sentence: str, group) -> bool:
    """A figure read alone may be a part of the total: of its indicator, or the rest of a detention's
    ("37 ngư dân còn lại … sẽ được thả" after a decision to free 122); not the freed and the still held
    of those detained, facts of their own."""
    if fact["indicator"] == total["indicator"]:
        return True
    return {fact["indicator"], total["indicator"]} <= _FISHING and _THE_REST.match(sentence, group.end) is not None


def _read_as_parts(ctx: FactContext, total: dict, key: str, run: list, at: dict) -> None:
    """The run's figures as parts of the total, a breakdown of it; those read already as its parts stay as
    they are, the others complete them."""
    parts = []
    for i, group, fact in run:
        if fact is not None and fact["scope"] == "part":
            parts.append(fact)
            continue
        sentence = ctx.stated[i][0]
        value = as_json_number(group.mentions[0].value)
        label, _after = part_label(sentence, group, 0, len(sentence), True)
        if fact is None:
            fact = {"indicator": total["indicator"], "scope": "part", key: value}
            fact["qualifier"] = group.mentions[0].qualifier
            fact["label"] = label
            fact["text"] = sentence
            ctx.facts.insert(_place(ctx, (i, group.start)), fact)
            mark_read(ctx, fact, i, group.start)
            at[(i, group.start)] = fact
        else:
            for k in VALUES:
                if k != "qualifier":
                    fact.pop(k, None)
            fact.update({"indicator": total["indicator"], "scope": "part", key: value, "label": label})
        parts.append(fact)
    # the breakdown read before, of those parts alone, is this one unfinished
    ctx.breakdowns[:] = [
        b for b in ctx.breakdowns if not (b[0] is total and b[1] and all(any(p is q for q in parts) for p in b[1]))
    ]
    ctx.breakdowns.append((total, parts, ctx.stated[run[0][0]][0]))


def _place(ctx: FactContext, position: tuple) -> int:
    """Where a fact read at position goes among the facts, in the order of the text."""
    before = [n for n, f in enumerate(ctx.facts) if (read_at(ctx, f) or (-1, -1)) < position]
    return before[-1] + 1 if before else 0
