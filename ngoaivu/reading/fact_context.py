"""The facts of a document as facts.py reads them: what was read so far (FactContext), a fact added
once (the first keeps a year told later), the total amount after an aid total's parts."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ngoaivu.pure.periods import Period

from .aid_money import TOTAL_WORDS
from .breakdowns import Lead
from .measures import measures_of
from .mentions import Group
from .restated import fact_key


@dataclass
class FactContext:
    period: Period | None = None
    facts: list = field(default_factory=list)
    breakdowns: list = field(default_factory=list)  # (total fact, [part facts], sentence)
    seen: dict = field(default_factory=dict)
    seen_in: dict = field(default_factory=dict)  # the sentence each fact of `seen` was read in
    last_total: tuple | None = None  # (fact, units) of the last figure stated outside a breakdown, any paragraph
    headline: str = ""  # the opening paragraph: what a press text is about
    lead: Lead | None = None  # a paragraph ending in ":" that the list items after it continue
    items_of: dict | None = None  # an aid total whose items, naming nothing, follow it (breakdowns.aid_item)
    stated: list = field(default_factory=list)  # (sentence, its figure groups), for reading/unplaced.py
    # where each fact was read: id(fact) → (fact, its sentence's index in stated, its group's start); see
    # mark_read and read_at
    read_at: dict = field(default_factory=dict)
    # a text of no period that opens on when its body was founded tells what it did since (founded_opening)
    since_founding: bool = False


def mark_read(ctx: FactContext, fact: dict, index: int, start: int) -> None:
    """The fact was read from the group at start in the sentence ctx.stated[index], unless it was read
    before (a fact told again keeps its first place). The entry holds the fact itself: a fact dropped
    later (restated.drop_restated_in_paragraph) stays alive while its entry does, so its id is never
    another fact's, which would take its place."""
    if read_at(ctx, fact) is None:
        ctx.read_at[id(fact)] = (fact, index, start)


def read_at(ctx: FactContext, fact: dict) -> tuple[int, int] | None:
    """(sentence index in ctx.stated, group start) the fact was read from, or None for a fact not read
    from a group (one made up of others)."""
    entry = ctx.read_at.get(id(fact))
    return (entry[1], entry[2]) if entry is not None and entry[0] is fact else None


def units_read(ctx: FactContext, fact: dict) -> set | None:
    """The units of the group a fact was read from, or None."""
    where = read_at(ctx, fact)
    if where is None:
        return None
    group = next((g for g in ctx.stated[where[0]][1] if g.mentions and g.start == where[1]), None)
    return group.units() if group is not None else None


# the body a text is about, founded on a date its opening names: "Sở Ngoại vụ tỉnh Cao Bằng được
# thành lập ngày 17/3/2004 theo Quyết định …", "Hội … thành lập năm 1994"
_FOUNDED = re.compile(r"[^.;:]{3,80}?(?<!\w)(?:được\s+)?thành\s+lập\s+(?:vào\s+|từ\s+)?(?:ngày|tháng|năm)\s+\d", re.I)


def founded_opening(blocks: list, period: Period | None, opening: str) -> bool:
    """The opening paragraph of a text of no period starts on when the body the text is about was
    founded: its undated figures after are counted since then, the text being a history of it, not
    a report of a period. (A press text's period, with no title or headings, is a guess from its
    lines: "Năm 2008, …".)"""
    guessed = period is None or not any(b.part in ("title", "heading") for b in blocks)
    return guessed and _FOUNDED.match(opening) is not None


_TOTAL_AMOUNT = re.compile(rf"{TOTAL_WORDS}[^,;.\d]{{0,30}}$", re.I)


# the total amount of the projects counted before it, told apart from them: "Hiện nay … có 40 chương
# trình, dự án … Các tổ chức … với tổng giá trị cam kết viện trợ cho các dự án là: 12.203.983 USD"
_THEIR_AMOUNT = re.compile(
    rf"{TOTAL_WORDS}[^,;.\d]{{0,40}}?\s(?:của|cho)\s+(?:các|những)\s+(?:chương\s+trình|dự\s+án)[^,;.\d]{{0,20}}$",
    re.I,
)


def amount_of_total(ctx: FactContext, sentence: str, group: Group, total: dict, part: bool = True) -> Group:
    """ "34 chương trình, …, trong đó có 18 …; 16 khoản … với tổng vốn tài trợ là gần 40 tỷ đồng":
    the total amount after the parts is the total's, not the last part's; outside the parts (part
    False), an amount named the total of the projects (_THEIR_AMOUNT) is as well."""
    if total["indicator"] != "aid" or "value" in total:
        return group
    words = _TOTAL_AMOUNT if part else _THEIR_AMOUNT
    amount = next(
        (m for m in group.mentions if m.unit == "money" and words.search(sentence[max(0, m.start - 80) : m.start])),
        None,
    )
    if amount is None:
        return group
    ctx.seen.pop(fact_key(total), None)
    total.update(measures_of("aid", Group([amount]), 1))
    ctx.seen[fact_key(total)] = total
    return Group([m for m in group.mentions if m is not amount])


# a day named in a sentence: "ngày 16/6/2016", "ngày 17-6", "ngày 5 tháng 3"
_DAY = re.compile(r"(?<!\w)ngày\s+(\d{1,2})\s*(?:[/.-]|\s+tháng\s+)\s*(\d{1,2})(?!\d)", re.I)


def _other_days(first: dict, fact: dict) -> bool:
    """Alike figures told of different days are two events: "ngày 16/6 … vây bắt 5 tàu cá", "ngày 17/6 …
    bắt cùng lúc 5 tàu cá"."""
    before, now = (_DAY.search(f.get("text", "")) for f in (first, fact))
    return before is not None and now is not None and (int(before[1]), int(before[2])) != (int(now[1]), int(now[2]))


def add_fact(ctx: FactContext, fact: dict, where: tuple | None = None) -> dict:
    """The fact, added unless told before; `where` is the sentence it stands in (its block and place):
    two figures alike in one sentence are two facts ("tiếp nhận 3 dự án, 3 khoản viện trợ phi dự án"),
    not one told again."""
    key = fact_key(fact)
    first = ctx.seen.get(key)
    if first is None or (where is not None and ctx.seen_in.get(key) == where) or _other_days(first, fact):
        ctx.seen[key] = fact
        ctx.seen_in[key] = where
        ctx.facts.append(fact)
        return fact
    if "year" not in first and "year" in fact:
        first["year"] = fact["year"]
    return first
