"""A figure stated twice is one fact: a headline the body states again, a figure its paragraph
restates with more detail."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .structure import Block
from .text import sentences

if TYPE_CHECKING:
    from .fact_context import FactContext


def drop_restated_in_paragraph(ctx: FactContext, first_new: int) -> None:
    """A figure the same paragraph states again with more detail is one fact, the detailed one:
    "2 tàu cá Việt Nam đã bị … bắt giữ. … về việc 2 tàu cá cùng 14 ngư dân bị … bắt giữ". Only
    counts of several (two boats, not "một tàu", which is as often another boat)."""
    new = ctx.facts[first_new:]
    for fact in list(new):
        values = {k: fact[k] for k in VALUES if k in fact}
        if not values or any(not isinstance(v, (int, float)) or v < 2 for k, v in values.items() if k != "currency"):
            continue
        if any(
            other is not fact
            and other["indicator"] == fact["indicator"]
            and other["scope"] == fact["scope"]
            and other["scope"] != "part"
            and len([k for k in VALUES if k in other]) > len(values)
            and all(other.get(k) == v for k, v in values.items())
            for other in new
        ) and not any(total is fact for total, _parts, _sentence in ctx.breakdowns):  # a total with its parts stays
            ctx.facts.remove(fact)
            ctx.seen.pop(fact_key(fact), None)
        elif _arrivals_told_again(fact, new[: new.index(fact)]):
            ctx.facts.remove(fact)
            ctx.seen.pop(fact_key(fact), None)


def _arrivals_told_again(fact: dict, before: list) -> bool:
    """ "… đã tiếp nhận 269 sinh viên Lào … Tại khu cách ly, 269 sinh viên Lào thường xuyên được …":
    the students there, as many as just arrived, are those arrivals told again."""
    return (
        fact["indicator"] == "foreign_students"
        and fact["scope"] == "stock"
        and any(
            other["indicator"] == "foreign_student_arrivals"
            and other["scope"] != "part"
            and other.get("count") == fact.get("count")
            for other in before
        )
    )


VALUES = (
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
    "participants",
    "foreign_participants",
)


def fact_key(fact: dict) -> tuple:
    return (fact["indicator"], fact["scope"], tuple(fact.get(k) for k in VALUES), fact.get("label"))


def body_texts(blocks: list[Block]) -> list[str]:
    return [b.text for b in blocks if b.part != "title" and not b.plan and _DATELINE.fullmatch(b.text) is None]


def drop_restated_crossheads(blocks: list[Block], ctx: FactContext) -> None:
    """A press crosshead (a short line of its own, no stop, inside the text: "Gần 4.600 lao động nước
    ngoài đang làm việc ở Vũng Áng") that rounds a figure of the text ("… 4.596 người") is that
    figure told first. Only a hedged figure ("gần", "hơn", …) that rounds another: a list item
    without a stop states figures of its own."""
    lines = {
        text.strip()
        for text in body_texts(blocks)[1:]
        if len(text) <= 150 and "\n" not in text.strip() and _CROSSHEAD.fullmatch(text.strip())
    }
    for fact in [f for f in ctx.facts if f["text"] in lines and f["scope"] != "part" and f.get("qualifier")]:
        values = {k: v for k, v in fact.items() if k in VALUES and isinstance(v, (int, float))}
        if values and any(
            other is not fact
            and other["indicator"] == fact["indicator"]
            and other["text"] not in lines
            and all(rounds(v, other.get(k), fact["qualifier"]) for k, v in values.items())
            for other in ctx.facts
        ):
            ctx.facts.remove(fact)


# a line that opens on a capital and ends on no stop, not a list item ("- …", "a) …", "1. …")
_CROSSHEAD = re.compile(r"(?-i:[A-ZĐÀ-Ỹ])(?:[^.,;:!?…\n]|(?<=\d)[.,](?=\d)|,(?=\s))*[^\W_]")


def drop_restated_headline(blocks: list[Block], ctx: FactContext) -> None:
    """A figure of the opening sentence (a press headline: "Cấp phép cho gần 1.400 lao động
    nước ngoài", or the lead under it) that the text states again with more detail or its scope is one fact, the body's."""
    texts = body_texts(blocks)
    pieces = sentences(texts[0]) if texts else []
    if not pieces:
        return
    openings = {pieces[0][1].strip()}
    if len(pieces) == 1 and len(texts) > 1 and (lead := sentences(texts[1])):
        openings.add(lead[0][1].strip())  # under a headline, the lead paragraph's opening sentence
    # a headline proper (one line, no stop): a figure there is the body's, even a part's
    title = pieces[0][1].strip() if len(pieces) == 1 and not texts[0].rstrip().endswith((".", ";", ":", "…")) else None
    # a part in the lead is its total's detail, not the headline's figure again
    for fact in [f for f in ctx.facts if f["text"] in openings and f["scope"] != "part"]:
        values = {k: fact[k] for k in VALUES if k in fact}
        if any(
            other is not fact
            and other["indicator"] == fact["indicator"]
            # a part is not the total restated, unless the headline rounds it: "Chỉ còn gần 1.000 người
            # Trung Quốc làm việc tại Formosa" over "… Trung Quốc 896 người"; or states it as it is: "4.000 lưu
            # học sinh Campuchia đang học tập tại Việt Nam" over "…, số lưu học sinh Campuchia … khoảng 4.000 người"
            and (
                other["scope"] != "part"
                or _rounds_closely(values, other, fact.get("qualifier"))
                or (fact["text"] == title and _equal_figures(values, other))
            )
            and (other["scope"] == "change") == (fact["scope"] == "change")  # nor a change the figure
            and (
                all(other.get(k) == v or rounds(v, other.get(k), fact.get("qualifier")) for k, v in values.items())
                or _restates_in_dong(fact, other)
            )
            for other in ctx.facts
        ) or (fact["text"] == title and _incident_told_again(fact, [f for f in ctx.facts if f["text"] != title])):
            ctx.facts.remove(fact)


FISHING = ("boats_detained", "boats_released", "boats_obstructed", "fishermen_still_detained")
# what a body may tell of the men a headline counts as detained: how the story stands now
_LATER_IN_THE_STORY = {"boats_detained": ("fishermen_still_detained", "boats_released")}


def _incident_told_again(headline: dict, body: list[dict]) -> bool:
    """A headline's boats and men of an incident at sea that the text counts again, each figure in a
    fact of its own or as how things stand since: "34 ngư dân cùng 7 tàu … về nước" over "… 7 chiếc tàu …"
    and "… 34 ngư dân … đã rời …"; "… bắt giữ 3 tàu cá cùng 26 ngư dân" over "3 tàu cá … đang bị …
    tạm giữ cùng với 26 ngư dân" and "… bắt giữ 3 tàu cá …" (not over how things stand alone: the
    headline may be the only telling of the detention). Counts of several only."""
    if headline["indicator"] not in FISHING or headline["scope"] in ("part", "change"):
        return False
    values = {k: headline[k] for k in ("boats", "fishermen") if isinstance(headline.get(k), int)}
    if not values or any(v < 2 for v in values.values()):
        return False
    told = [f for f in body if f["indicator"] == headline["indicator"] and f["scope"] != "change"]
    if told:  # how things stand since, when the text tells the headline's event of its own too
        told += [f for f in body if f["indicator"] in _LATER_IN_THE_STORY.get(headline["indicator"], ())]
    return all(any(f.get(k) == v for f in told) for k, v in values.items())


def drop_detention_of_the_released(ctx: FactContext) -> None:
    """ "Indonesia trao trả 45 ngư dân Việt Nam. … Đây là 45 ngư dân … bị bắt giữ": after a
    release, the same men said to have been detained are the released men described, not a
    detention of the period."""
    released: list[dict] = []
    for fact in list(ctx.facts):
        if fact["scope"] != "period":
            continue
        if fact["indicator"] == "boats_released":
            released.append(fact)
        elif fact["indicator"] == "boats_detained":
            values = {k: fact[k] for k in ("boats", "fishermen") if k in fact}
            if values and any(all(r.get(k) == v for k, v in values.items()) for r in released):
                ctx.facts.remove(fact)


# what says the students counted are those there now: "hiện có", "hiện nay", "đang học"
_PRESENT_NOW = re.compile(r"(?<!\w)hiện(?:\s+(?:có|nay|tại|đang|còn))?(?!\w)|đang\s+học(?!\w)|tổng\s+số", re.I)


def drop_students_told_again(ctx: FactContext) -> None:
    """ "… đón nhận 14 du học sinh …" then, in another paragraph, "… kinh phí đào tạo … cho 14 du học
    sinh Campuchia": students there, as many as a count of students read before (their arrival, or a
    part of a total), not said to be there now, are those students told again."""
    before: list[dict] = []
    for fact in list(ctx.facts):
        if (
            fact["indicator"] == "foreign_students"
            and fact["scope"] == "stock"
            and isinstance(fact.get("count"), int)
            and fact["count"] >= 2
            and not _PRESENT_NOW.search(fact.get("text", ""))
            and any(
                other.get("count") == fact["count"]
                and (
                    (other["indicator"] == "foreign_student_arrivals" and other["scope"] != "part")
                    or (other["indicator"] == "foreign_students" and other["scope"] == "part")
                )
                for other in before
            )
        ):
            ctx.facts.remove(fact)
            ctx.seen.pop(fact_key(fact), None)
            continue
        before.append(fact)


def drop_amounts_told_again(ctx: FactContext) -> None:
    """ "… tài trợ với tổng kinh phí 180,000 USD (khoảng hơn 4 tỉ đồng)" then, in another paragraph,
    "Ngôi trường được tài trợ với tổng kinh phí 180,000 USD": an amount of aid stated again, with no
    measure the first lacks, is that amount told again (an amount is seldom the same twice by chance;
    a count is, so counts stay)."""
    before: list[dict] = []
    for fact in list(ctx.facts):
        values = {k: fact[k] for k in VALUES if k in fact}
        if (
            fact["indicator"] == "aid"
            and fact["scope"] in ("period", "ytd")
            and isinstance(values.get("value"), (int, float))
            and any(
                other["indicator"] == "aid"
                and other["scope"] == fact["scope"]
                and all(other.get(k) == v for k, v in values.items())
                for other in before
            )
            and not any(total is fact for total, _parts, _sentence in ctx.breakdowns)
        ):
            ctx.facts.remove(fact)
            ctx.seen.pop(fact_key(fact), None)
            continue
        before.append(fact)


def _equal_figures(values: dict, other: dict) -> bool:
    """Every figure the same, counts of several only (one boat is as often another one)."""
    numbers = {k: v for k, v in values.items() if isinstance(v, (int, float))}
    return bool(numbers) and all(v >= 2 and other.get(k) == v for k, v in numbers.items())


def _restates_in_dong(headline: dict, body: dict) -> bool:
    """A headline amount in đồng that is the body's foreign amount as it gives it in đồng: "vận
    động được 25 tỷ đồng" for "1,086 triệu USD (tương đương xấp xỉ 25 tỷ đồng)"."""
    vnd = body.get("value_vnd")
    if headline.get("currency") != "VND" or vnd is None or "value" not in headline:
        return False
    if any(k in headline and headline[k] != body.get(k) for k in VALUES if k not in ("value", "currency", "value_vnd")):
        return False
    return headline["value"] == vnd or rounds(headline["value"], vnd, headline.get("qualifier"))


# A line that only dates the page: "29/11/2016 - 19:21", "Thứ Hai, 04/12/2017, 16:33 [GMT+7]".
_DATELINE = re.compile(
    r"(?:\d{1,2}:\d{2}\s*[|,\-–]?\s*)?"  # the time first: "16:20 | 31/07/2019 GMT+7"
    r"[^\d\n]{0,12}?\d{1,2}/\d{1,2}/\d{4}[\s,\-–|]*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:\[?GMT\s*[+-]\s*\d+\]?)?\s*"
)


def _rounds_closely(values: dict, body: dict, hedge: str | None) -> bool:
    """Every figure of the headline rounds the body's, within a tenth and a half of it."""
    return all(
        rounds(v, body.get(k), hedge) and abs(body[k] - v) <= v * 0.15
        for k, v in values.items()
        if isinstance(v, (int, float))
    )


def rounds(headline, body, hedge: str | None) -> bool:
    """A headline's round figure for the body's exact one: "trên 3 triệu USD" for 3,286,743 USD,
    "gần 1.400" for 1.386 (the same leading digit's worth)."""
    if hedge is None or not isinstance(headline, (int, float)) or not isinstance(body, (int, float)) or headline <= 0:
        return False
    step = 10 ** (len(str(int(headline))) - 1)
    if hedge in ("trên", "hơn"):
        return headline < body < headline + step
    if hedge in ("gần", "gần như"):
        return headline - step < body < headline
    return hedge in ("khoảng", "xấp xỉ", "chừng") and abs(body - headline) < step
