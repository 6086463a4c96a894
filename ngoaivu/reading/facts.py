"""Figures stated in a report → facts in the indicator vocabulary of pure/indicators.py.

A figure is a number written in digits followed by its unit ("17 đoàn", "35 lượt người",
"04 tàu cá", "7,037 tỷ đồng"). Figures joined by "với", "cùng", "của", "/" make one fact
("17 đoàn với 35 lượt người", "04 doanh nhân của 03 doanh nghiệp", "02 tàu/19 ngư dân").
The indicator comes from the unit and the words around it (nearest first), then the
headings above; the scope from the markers before it: "tăng/giảm" (change), "trong đó"
(part), "tính chung 8 tháng", "từ đầu năm", "nâng tổng số … lên" (ytd), "vẫn còn",
"hiện có" (stock), else the period. Plans ("dự kiến", a "phương hướng" section) are not facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from ngoaivu.pure.periods import Period

from .facts_lexicon import BOAT_CUES as _BOAT_CUES
from .facts_lexicon import CUES as _CUES
from .facts_lexicon import SIMPLE as _SIMPLE
from .facts_lexicon import UNITS as _UNITS
from .money import MONEY, parse_money
from .periods_vi import time_expressions
from .structure import Block
from .text import NUMBER, as_json_number, parse_number, sentences

_QUANTITY = re.compile(
    rf"(?P<number>{NUMBER.pattern})\s*(?:(?P<money>{MONEY})|"
    + "|".join(f"(?P<{key}>{pattern})" for key, pattern in _UNITS)
    + r")(?![\w])",
    re.I,
)
_HEDGE = re.compile(
    r"(?:^|[\s(])(?P<hedge>gần\s+như|gần|hơn|khoảng|ước\s+đạt|ước\s+tính|ước|trên|xấp\s+xỉ|ít\s+nhất"
    r"|tối\s+thiểu|tối\s+đa|dưới|chừng|lên\s+tới|lên\s+đến|tới)\s*$",
    re.I,
)
_CHANGE = re.compile(
    r"(?:^|[\s(])(?P<dir>tăng|giảm|nhiều\s+hơn|ít\s+hơn)(?:\s+(?:thêm|được|là|gần|hơn|khoảng))?\s*$", re.I
)
_YTD = re.compile(
    r"tính\s+chung|lũy\s+kế|luỹ\s+kế|từ\s+đầu\s+năm|nâng\s+tổng\s+số|cộng\s+dồn|tính\s+từ\s+đầu"
    r"|tính\s+đến\s+(?:nay|thời\s+điểm|hết)|tổng\s+cộng\s+từ",
    re.I,
)
_PERIOD_MARK = re.compile(r"trong\s+tháng|trong\s+kỳ|trong\s+quý|trong\s+năm|tháng\s+này|kỳ\s+này", re.I)
_PART = re.compile(r"trong\s+đó|cụ\s+thể\s*:|bao\s+gồm\s*:|gồm\s*:", re.I)
_STOCK = re.compile(
    r"vẫn\s+còn|hiện\s+còn|còn\s+lại|hiện\s+(?:có|đang|nay)|đang\s+bị|chưa\s+được\s+(?:thả|trả)"
    r"|đang\s+(?:học|làm\s+việc|sinh\s+sống|cư\s+trú|công\s+tác)|tổng\s+số\s+(?:cán\s+bộ|công\s+chức)"
    r"|biên\s+chế",
    re.I,
)
_PLAN = re.compile(r"dự\s+kiến|phấn\s+đấu|sẽ\s|chỉ\s+tiêu|kế\s+hoạch\s+năm\s+\d{4}\s+là", re.I)

_AID = re.compile(r"viện\s+trợ|tài\s+trợ|PCPNN|phi\s+chính\s+phủ", re.I)
_ABTC = re.compile(r"ABTC|APEC|thẻ\s+đi\s+lại", re.I)
_BOATS = re.compile("|".join(p.pattern for p in _BOAT_CUES.values()), re.I)
_JOIN = {
    frozenset({"groups", "persons"}),
    frozenset({"boats", "fishermen"}),
    frozenset({"businesspeople", "enterprises"}),
    frozenset({"aid_items", "money"}),
}
_GAP_STOP = re.compile(r"[;.]|trong\s+đó|\btăng\b|\bgiảm\b", re.I)


@dataclass
class Mention:
    start: int
    end: int
    unit: str
    value: object  # Decimal, or a dict for money
    qualifier: str | None


@dataclass
class _Group:
    mentions: list = field(default_factory=list)

    @property
    def start(self):
        return self.mentions[0].start

    @property
    def end(self):
        return self.mentions[-1].end

    def units(self):
        return {m.unit for m in self.mentions}


def _mentions(sentence: str):
    skip_to = 0  # the "(tương đương 58,3 tỷ đồng)" of an amount already read
    for m in _QUANTITY.finditer(sentence):
        if m.start() < skip_to:
            continue
        unit = next(key for key in ("money", *(k for k, _ in _UNITS)) if m[key])
        before = sentence[max(0, m.start() - 30) : m.start()]
        hedge = _HEDGE.search(before)
        value: dict | Decimal | None
        if unit == "money":
            value = parse_money(m[0], sentence[m.end() : m.end() + 80])
            if value is None:
                continue
            skip_to = m.end() + value.get("consumed", 0)
        else:
            value = parse_number(m["number"])
            if value is None:
                continue
        yield Mention(m.start(), m.end(), unit, value, " ".join(hedge["hedge"].lower().split()) if hedge else None)


def _groups(sentence: str, mentions: list[Mention]) -> list[_Group]:
    groups: list[_Group] = []
    for mention in mentions:
        current = groups[-1] if groups else None
        if current is not None:
            gap = sentence[current.end : mention.start]
            units = current.units()
            limit = 160 if mention.unit == "money" else 45
            if (
                mention.unit not in units
                and len(gap) <= limit
                and not _GAP_STOP.search(gap)
                and any(frozenset({u, mention.unit}) in _JOIN for u in units)
            ):
                current.mentions.append(mention)
                continue
        groups.append(_Group([mention]))
    return groups


def _nearest(cues: dict, sentence: str, start: int, end: int):
    best, best_distance = None, None
    for name, cue in cues.items():
        for m in cue.finditer(sentence):
            distance = start - m.end() if m.end() <= start else m.start() - end if m.start() >= end else 0
            distance = max(distance, 0) + (0 if m.end() <= start else 5)  # words before weigh a little more
            if best_distance is None or distance < best_distance:
                best, best_distance = name, distance
    return best


def _indicator(group: _Group, sentence: str, context: str) -> str | None:
    units = group.units()
    if units & {"money", "aid_items"}:
        if _AID.search(sentence) or ("money" in units and _AID.search(context)):
            return "aid" if "aid_items" in units or "money" in units else None
        if units <= {"aid_items"} or "money" in units:
            return None
    if units & {"businesspeople", "enterprises"}:
        return "abtc" if _ABTC.search(sentence) or _ABTC.search(context) else None
    if units & {"boats", "fishermen"}:
        if "fishermen" in units and "boats" not in units and not re.search(r"ngư\s+dân|thuyền\s+viên", sentence, re.I):
            return None
        return _nearest(_BOAT_CUES, sentence, group.start, group.end)
    if "groups" in units or units == {"receptions"}:
        found = _nearest(_CUES, sentence, group.start, group.end)
        if found is None:
            for heading in reversed(context.split("\n")):
                found = _nearest(_CUES, heading, len(heading), len(heading))
                if found:
                    break
        if units == {"receptions"} and found != "courtesy_receptions":
            return None
        return found
    if units == {"persons"}:
        found = _nearest(
            {k: v for k, v in _CUES.items() if k.endswith("delegations")}, sentence, group.start, group.end
        )
        return found if found and re.search(r"lượt", sentence[group.start : group.end], re.I) else None
    (unit,) = units if len(units) == 1 else (None,)
    if unit == "students":
        window = sentence[max(0, group.start - 60) : group.end + 60]
        if not re.search(r"lưu\s+học\s+sinh", sentence[group.start : group.end], re.I) and not re.search(
            r"Lào|Campuchia|nước\s+ngoài|lưu\s+học", window
        ):
            return None
    if unit in _SIMPLE:
        indicator, cue = _SIMPLE[unit]
        if cue is None or cue.search(sentence) or (unit in ("conferences", "cases") and cue.search(context)):
            return indicator
    return None


_MEASURE = {
    "groups": "groups",
    "persons": "persons",
    "boats": "boats",
    "fishermen": "fishermen",
    "businesspeople": "businesspeople",
    "enterprises": "enterprises",
}


def _measures(indicator: str, group: _Group, sign: int) -> dict:
    out = {}
    for m in group.mentions:
        if m.unit == "money":
            out["value"] = as_json_number(m.value["value"] * sign)
            out["currency"] = m.value["currency"]
            if m.value.get("value_vnd") is not None:
                out["value_vnd"] = as_json_number(m.value["value_vnd"] * sign)
            continue
        value = as_json_number(m.value * sign)
        if indicator in ("incoming_delegations", "outgoing_delegations"):
            out[_MEASURE.get(m.unit, "count")] = value
        elif indicator in ("foreign_press_crews",):
            out["count" if m.unit == "groups" else "persons"] = value
        elif m.unit in _MEASURE and indicator not in ("courtesy_receptions",):
            out[_MEASURE[m.unit]] = value
        else:
            out["count"] = value
    return out


@dataclass
class FactContext:
    period: Period | None = None
    facts: list = field(default_factory=list)
    breakdowns: list = field(default_factory=list)  # (total fact, [part facts], sentence)
    seen: dict = field(default_factory=dict)


def _scope(sentence: str, group: _Group, indicator: str, period: Period | None):
    """(scope, sign) from the words before the figure."""
    before = sentence[: group.start]
    change = _CHANGE.search(re.sub(r"\s*(?:gần\s+như|gần|hơn|khoảng|trên)\s*$", "", before))
    if change:
        word = change["dir"].lower()
        return "change", -1 if word.startswith(("giảm", "ít")) else 1
    if indicator == "fishermen_still_detained":
        return "stock", 1
    if indicator in ("foreign_students", "staff") and _STOCK.search(sentence):
        return "stock", 1
    marks = [(m.end(), "ytd") for m in _YTD.finditer(before)]
    marks += [(m.end(), "period") for m in _PERIOD_MARK.finditer(before)]
    for expr in time_expressions(before):
        if expr.months:
            within = period.month_count() if period else None
            if within and expr.months > within:
                marks.append((expr.end, "ytd"))
            elif within and expr.months <= within:
                marks.append((expr.end, "period"))
    if marks:
        return max(marks)[1], 1
    return "period", 1


_COMPARISON = re.compile(r"(?:cùng\s+kỳ|so\s+với|hơn|trước)[^,;]{0,20}$", re.I)


def _year(sentence: str, group: _Group) -> int | None:
    """The year the sentence names for this figure: the last one before it, else one after
    it that is not a comparison ("so với cùng kỳ năm 2020")."""
    years = [e for e in time_expressions(sentence) if e.year]
    before = [e for e in years if e.end <= group.start]
    if before:
        return before[-1].year
    after = [e for e in years if e.start >= group.end and not _COMPARISON.search(sentence[group.end : e.start])]
    return after[0].year if after else None


def _label(sentence: str, group: _Group, left: int) -> str:
    """What a part is: the words between the previous part and the figure ("Nhật Bản 04
    đoàn"), else those after it up to the next comma ("05 đoàn do lãnh đạo tỉnh tiếp")."""
    before = sentence[left : group.start]
    before = before[max(before.rfind(";"), before.rfind(":")) + 1 :]
    before = _PART.sub("", before).strip(" ,;:-–(")
    before = re.sub(r"^(?:có|là|gồm|và)\s+", "", before).strip()
    if re.search(r"[^\W\d_]", before):
        return " ".join(before.split())
    rights = [i for i in (sentence.find(c, group.end) for c in ",;:)") if i >= 0]
    after = sentence[group.end : min(rights) if rights else len(sentence)]
    return " ".join(after.split()).strip(" .-")


def facts_of_block(block: Block, ctx: FactContext) -> None:
    if block.plan or block.part == "title":
        return
    context = "\n".join(block.path)
    last_total = None  # (fact, units) of the last figure stated outside a breakdown
    for _offset, raw in sentences(block.text):
        sentence = raw.strip()
        mentions = list(_mentions(sentence))
        if not mentions:
            continue
        part_at = _PART.search(sentence)
        left = part_at.end() if part_at else 0
        for group in _groups(sentence, mentions):
            if _PLAN.search(sentence[: group.start]):
                continue
            is_part = part_at is not None and part_at.end() <= group.start
            indicator = _indicator(group, sentence, context)
            if indicator is None and is_part and last_total and group.units() <= last_total[1]:
                indicator = last_total[0]["indicator"]
            if indicator is None:
                continue
            scope, sign = _scope(sentence, group, indicator, ctx.period)
            if is_part and scope != "change":
                scope = "part"
            fact = {"indicator": indicator, "scope": scope, **_measures(indicator, group, sign)}
            year = None if scope == "change" else _year(sentence, group)
            if year:
                fact["year"] = year
            fact["qualifier"] = next((m.qualifier for m in group.mentions if m.qualifier), None)
            if scope == "part":
                fact["label"] = _label(sentence, group, left)
            fact["text"] = sentence
            kept = _add(ctx, fact)
            left = group.end
            if scope == "part":
                total = last_total[0] if last_total else None
                if total is not None and total["indicator"] == indicator:
                    if not ctx.breakdowns or ctx.breakdowns[-1][0] is not total:
                        ctx.breakdowns.append((total, [], sentence))
                    ctx.breakdowns[-1][1].append(kept)
            elif not is_part and scope in ("period", "ytd", "stock"):
                last_total = (kept, group.units())


_VALUES = (
    "groups",
    "persons",
    "count",
    "value",
    "currency",
    "value_vnd",
    "enterprises",
    "businesspeople",
    "boats",
    "fishermen",
)


def fact_key(fact: dict) -> tuple:
    return (fact["indicator"], fact["scope"], tuple(fact.get(k) for k in _VALUES), fact.get("label"))


def _add(ctx: FactContext, fact: dict) -> dict:
    key = fact_key(fact)
    first = ctx.seen.get(key)
    if first is None:
        ctx.seen[key] = fact
        ctx.facts.append(fact)
        return fact
    if "year" not in first and "year" in fact:
        first["year"] = fact["year"]
    return first


def extract_facts(blocks: list[Block], period: Period | None = None) -> FactContext:
    ctx = FactContext(period=period)
    for block in blocks:
        facts_of_block(block, ctx)
    return ctx
