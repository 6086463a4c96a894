"""The facts of one block (a paragraph, a list item) of a report, read sentence by sentence for
facts.extract_facts: each figure's indicator, scope, and the total it is a part of (the rules are the module
docstring of facts.py)."""

from __future__ import annotations

import re

from .lexicon import SCOPES as _SCOPES
from .summed_parts import parts_adding_up
from .breakdowns import (
    accounts_for,
    LIST_ITEM,
    OPENS_WITH_PART,
    bracketed_after,
    names_some,
    completes_breakdown,
    colon_items,
    elided_item,
    named_item,
    earlier_total,
    lists_on,
    picked_out,
    restates_before,
    listed_labels,
    next_lead,
    part_label,
    part_named_again,
    parts_marker,
    restated_total,
    same_kind,
    ASIDE_OPENING,
    PEOPLE,
    PEOPLE_NAMED_OTHERWISE,
    aid_item,
    told_again,
    total_not_stated,
)
from .aid_money import given_to, share_of_committed, lent_after, lent_money
from .cues import indicator_of
from .fact_context import FactContext, add_fact, amount_of_total, mark_read, units_read
from .more_parts import SLASH_AFTER, before_the_rest, further_part
from .measures import measures_of
from .workers import workers_not_counted
from .grouping import group_mentions
from .mentions import Group, Mention, find_mentions
from .own_words import own_kind
from .other_counts import other_counts
from .periods_vi import time_expressions
from .scopes import TO_DATE, UNDER_WAY, is_change, scope_of, states_no_figure, to_date_heading, year_of
from .restated import (
    drop_restated_in_paragraph,
)
from .students import not_counted_students, student_part
from .structure import Block
from .text import sentences

_YTD = _SCOPES["ytd"]


# a sentence that spells out a total told before: "Cụ thể, tính đến 18/3, cả nước có trên 68.500 …"
_SPELLED_OUT = re.compile(r"[\W_]*cụ\s+thể\s*[,:]", re.I)
# "Con số này của cùng kỳ năm 2019 là …": the same span a year before
_SAME_PERIOD = re.compile(r"cùng\s+kỳ\s+năm\s+\d{4}", re.I)
# A part named again by its label ("Trong số SV do trường tiếp nhận, 1 em …") is one of the breakdown
# just read: it is looked for among the last facts only, a dozen being a breakdown of several parts
# with the figures of a sentence or two around it. A label from further back that a sentence happens to
# repeat names another whole, of another paragraph. (A bound, not a tuned figure: the dev texts read the
# same with 3 or 100.)
_RECENT_FACTS = 12


def facts_of_block(block: Block, ctx: FactContext) -> None:
    if block.plan or block.part == "title":
        return
    context = "\n".join(block.path)
    first_new = len(ctx.facts)
    last_total = None  # (fact, units) of the last figure stated outside a breakdown
    # a paragraph "Trong đó, …", "Cụ thể, …" breaks down the total just before it, sentence after sentence
    parts_paragraph = OPENS_WITH_PART.match(block.text) is not None and ctx.last_total is not None
    if parts_paragraph:
        last_total = ctx.last_total
    # a lead goes on into the sections under it, not into the next section
    lead = ctx.lead if ctx.lead is not None and block.path[: len(ctx.lead.path)] == ctx.lead.path else None
    in_list = lead is not None and lead.total is not None and LIST_ITEM.match(block.text) is not None
    if lead is not None and in_list:
        last_total = lead.total
    parts_go_on = False  # "Trong đó, … 09 đoàn; làm việc với lãnh đạo tỉnh là 02 đoàn": the parts run on after ";"
    item_counted = False  # a list item adds its first figure to the breakdown
    opens_breakdown = False
    span_goes_on = False  # "Từ năm 2021 đến nay, tỉnh đã cử 62 đoàn …; đón 165 đoàn …": the span runs on after ";"
    paragraph_span, first_sentence = False, True
    # "Toàn tỉnh hiện có 32 tổ chức PCPNN …; … với tổng giá trị vận động khoảng 12,5 tỷ đồng": aid
    # under way, counted to date, runs on after ";" as a span does
    under_way_goes_on = False
    unstated = False  # the parts read are of a total the text does not state (breakdowns.total_not_stated)
    has_figures = False
    part_units: set | None = None  # the units of the last part read, which a list item may leave unsaid
    for offset, raw in sentences(block.text):
        sentence = raw.strip()
        mentions = parts_adding_up(sentence, find_mentions(sentence), earlier_total(sentence, last_total))
        has_figures = has_figures or bool(mentions)
        if others := other_counts(sentence, mentions):  # counted in words the lexicon lacks: listed, never read
            ctx.stated.append((sentence, [Group([other]) for other in others]))
        carried = (
            "ytd"
            if span_goes_on
            or ((paragraph_span or ctx.since_founding) and not _names_a_time(sentence, mentions))
            or (lead is not None and lead.scope == "ytd" and not in_list)
            else "period"
        )
        opens_span = _YTD.search(sentence[: mentions[0].start] if mentions else sentence) or TO_DATE.match(sentence)
        span_goes_on = sentence.endswith(";") and (span_goes_on or opens_span is not None)
        under_way = under_way_goes_on and not _names_a_time(sentence, mentions)
        opens_under_way = UNDER_WAY.search(sentence[: mentions[0].start] if mentions else sentence)
        under_way_goes_on = sentence.endswith(";") and (under_way_goes_on or opens_under_way is not None)
        # outside a report's period, a paragraph opened on a span to date is told in it: "Cụ thể, từ năm 2017
        # đến nay, 2 tỉnh đã tổ chức các đoàn … Các sở, ngành 2 tỉnh đã ký kết 4 thỏa thuận …"
        paragraph_span = paragraph_span or (ctx.period is None and opens_span is not None and first_sentence)
        first_sentence = False
        continuing = (parts_go_on or (parts_paragraph and not ASIDE_OPENING.match(sentence))) and (
            last_total is not None or unstated
        )
        unstated = unstated and continuing  # a breakdown of a total not stated goes on only so
        parts_go_on = False
        if lead is not None and opens_breakdown:
            lead.new_breakdown = True
        # "a/ Thẩm quyền quyết định:", maybe run into the item before it: the next items are another breakdown
        opens_breakdown = in_list and sentence.endswith(":")
        if not mentions and continuing and part_units:
            mentions = elided_item(sentence, part_units)  # "…; 17 cao học; 119 ĐH." after "gồm: 240 học sinh …;"
        if not mentions and last_total is not None and (continuing or OPENS_WITH_PART.match(sentence)):
            # "…, trong đó Lào: 30; Campuchia: 12.", "… 42 lưu học sinh. Trong đó, Lào: 30; …"
            mentions = colon_items(sentence, [], 0, last_total[1])
        if not mentions and in_list and last_total is not None:
            mentions = named_item(sentence, last_total[1])  # "- Lào: 30;" under "… 42 lưu học sinh, cụ thể như sau:"
        part_units = part_units if continuing else None
        if not mentions:
            parts_go_on = continuing and sentence.endswith(";")  # an item without a figure: "…; dự án “…”;"
            continue
        part_at = parts_marker(sentence, mentions, last_total is not None)
        if part_at is None and last_total is None and not continuing:
            # "Số lưu học sinh … gồm: 240 …", a text opening on "Trong đó, …": parts of a total not stated
            part_at = total_not_stated(sentence, mentions, bool(ctx.stated))
            unstated = part_at is not None
        earlier = [ctx.last_total[0]] if ctx.last_total else []  # or the total of a paragraph before
        restated, total = restated_total(sentence, earlier + ctx.facts[first_new:])
        # "Trong 28 LHS Lào, có 26 LHS tỉnh Xiêng Khoảng, …": named again, the total is broken down
        # anew ("Trong số này, … 167 người. 35 …" then "trong số 202 lao động nêu trên, có: 75 người …")
        named_again = restated is not None
        if restated is not None:
            part_at = restated
            last_total = (total, {m.unit for m in mentions if m.start < restated.end()})
        elif part_at is None and not continuing:
            # "Trong số SV do trường tiếp nhận, 1 em …, 10 em …": a part named again by its label, broken down
            named, part = part_named_again(sentence, mentions, ctx.facts[-_RECENT_FACTS:])
            units = units_read(ctx, part) if part is not None else None
            if named is not None and units:
                part_at, last_total, named_again = named, (part, units), True
        continuing = continuing and part_at is None
        if part_at is not None:
            # "…, trong đó Lào: 30; …": parts named before a colon, in the unit of the total before the marker
            before = [m for m in mentions if m.end <= part_at.start()]
            units = {before[-1].unit} if before else (last_total[1] if last_total is not None else set())
            mentions = colon_items(sentence, mentions, part_at.end(), units)
        parts_go_on = (part_at is not None or continuing) and sentence.endswith(";")
        left = part_at.end() if part_at else 0
        groups = group_mentions(sentence, mentions)
        ctx.stated.append((sentence, groups))
        total_end = None  # where the total stated in this sentence ends
        total_read = 0  # where the last figure read as a total ends (0: the sentence before)
        uncounted: set = set()  # the units of a total not counted, whose parts follow
        uncounted_to = 0  # where the last of those parts ends
        listing = False  # past the first of them
        after_form = False
        listed = listed_labels(sentence, groups)
        for group in groups:
            if (
                uncounted
                and same_kind(group.units(), uncounted)
                and lists_on(sentence, uncounted_to, group.start, listing)
            ):
                uncounted_to, listing = (
                    group.end,
                    True,
                )  # "25.480 lao động … chưa quay trở lại, trong đó 19.113 …, 3.766 …"
                continue
            if states_no_figure(sentence, group) or (restated is not None and group.start < restated.end()):
                continue  # a plan, an average, a rate; a total named again
            is_part = in_list or continuing or (part_at is not None and part_at.end() <= group.start)
            # a part known by its sum belongs to the total it adds up to, if that was read
            summed = any(m.part_of is not None and m.part_of.end <= total_read for m in group.mentions)
            if not summed and any(m.part_of is not None for m in group.mentions):
                continue
            is_part = (is_part or summed) and (
                last_total is not None or unstated
            )  # parts of no total read ("200 khách tham dự, trong đó …")
            if (
                not is_part
                and total_end is not None
                and last_total is not None
                and bracketed_after(sentence, group, total_end)
                and "year" not in last_total[0]
            ):
                is_part = True  # not "năm 2022 đạt 50 tỷ đồng (năm 2021: 30 tỷ đồng)", another year's figure
            if (
                not is_part
                and last_total is not None
                and (names_some(sentence, group) or accounts_for(sentence, group))
            ):
                is_part = True  # "… của một số dự án (có 04 dự án …, 01 dự án …)", "… chiếm tới 120 người"
            listed_label = None  # a part named before its bracket: "Kiên Giang (09 vụ/13 tàu), Cà Mau (…)"
            if not is_part and group.start in listed and ctx.last_total is not None:
                is_part, listed_label = True, listed[group.start]
            indicator = indicator_of(group, sentence, context, mentions, block.text, ctx.headline)
            indicator = indicator or given_to(sentence, group, ctx.facts)  # "Số tiền này được cấp cho 3 dự án"
            # a total is of the kind its own words say (own_words.py); if broader, its parts are read on their own
            indicator, broader = own_kind(
                indicator, group, sentence, None if is_part else part_at, mentions, context, (block.text, ctx.headline)
            )
            # "… chỉ có 20 lao động được cấp phép, còn lại là …", "Ngoài ra còn 4 vụ/6 tàu cá …" after parts:
            # some of the last total, naming nothing else, labelled by what follows (more_parts.py)
            further = bool(
                indicator is None
                and not is_part
                and ctx.last_total
                and (before_the_rest(ctx, sentence, group) or further_part(ctx, sentence, group))
            )
            if further:
                is_part, last_total, left = True, ctx.last_total, group.start
            if is_part and summed and last_total:
                indicator = last_total[0]["indicator"]
            elif (
                indicator is None
                and is_part
                and last_total
                and same_kind(group.units(), last_total[1])
                and not (last_total[0]["indicator"] == "foreign_experts" and workers_not_counted(sentence, group))
                and not (last_total[0]["indicator"] == "aid" and lent_after(sentence, group))
                and not ("students" in last_total[1] and not_counted_students(sentence, group))
            ):
                indicator = last_total[0]["indicator"]
                if group.units() == {"persons"} and "fishermen" in last_total[1]:
                    group.mentions[0].unit = "fishermen"  # "Trong 11 ngư dân …, có 5 người ở …"
                elif group.units() <= PEOPLE_NAMED_OTHERWISE and last_total[1] & PEOPLE:
                    for m in group.mentions:  # "392 cán bộ … (trong đó …, 55 trường hợp …)": people
                        m.unit = "persons"
            elif indicator is None and listed_label and ctx.last_total and same_kind(group.units(), ctx.last_total[1]):
                indicator = ctx.last_total[0]["indicator"]
            elif (
                indicator is None
                and not is_part
                and aid_item(ctx.breakdowns, ctx.items_of, ctx.last_total, sentence, group)
                and not lent_money(sentence, block.text)
            ):
                # "…: 105.600.000 đồng" after an aid of 572.000.000 đồng: an item of it, naming nothing else
                indicator, is_part, last_total = "aid", True, ctx.last_total
                ctx.items_of = ctx.last_total[0] if ctx.last_total else None
            elif (
                indicator is None
                and is_change(sentence, group)
                and last_total
                and same_kind(group.units(), last_total[1])
            ):
                indicator = last_total[0]["indicator"]  # "Con số này tăng 60 ngư dân so với năm 2015."
            elif indicator is None and not is_part and last_total and to_date_heading(sentence, group, mentions):
                if same_kind(group.units(), last_total[1]):
                    indicator = last_total[0]["indicator"]  # "… 02 đoàn. Lũy kế từ đầu năm: 06 đoàn, 30 lượt người."
            # "Huyện Long Điền là địa phương có số tàu lớn nhất bị bắt giữ (110 tàu …)", after the
            # total of a sentence before: one part, picked out, not a breakdown to add up
            picked = (
                not is_part
                and last_total is not None
                and (
                    last_total[0]["indicator"] == indicator
                    or (indicator is None and same_kind(group.units(), last_total[1]))  # "… với 45 người"
                )
                and picked_out(sentence, group, total_end)
            )
            if picked and last_total is not None:
                indicator = last_total[0]["indicator"]
            is_part = is_part or picked
            if indicator is None:
                if is_part and last_total is not None:
                    # "36 DHS, trong đó … 10 DHS; … cho 8 cán bộ …; 18 DHS": a part the register does not
                    # count leaves the breakdown incomplete, so no sum of it is checked (part_sums.parts_checks)
                    if not ctx.breakdowns or ctx.breakdowns[-1][0] is not last_total[0]:
                        ctx.breakdowns.append((last_total[0], [], sentence))
                    ctx.breakdowns[-1][1].append({"unread": sentence[group.start : group.end]})
                # (not one joined by "/" to the figure after it, "4 vụ/6 tàu cá": the same count)
                if (
                    not is_part
                    and group.start not in listed
                    and not restates_before(sentence, group)
                    and not SLASH_AFTER.match(sentence, group.end)
                ):
                    # "… có 31.365 lao động.¶Trong đó, lao động trong nước 31.163 người, …": the
                    # paragraph of parts after it is of this figure, which counts nothing of the register
                    ctx.last_total = None
                    if group is groups[-1] and sentence.endswith(";"):
                        # "… 5 sinh viên Lào tốt nghiệp …; trong đó 2 sinh viên …": the clause after is of it
                        last_total, parts_go_on = None, False
                    if part_at is not None and part_at.start() >= group.end:
                        last_total = None  # "29 dự án ODA, … 3.196 tỉ đồng, trong đó vốn ODA là …"
                        if not broader:
                            uncounted, uncounted_to = group.units(), part_at.end()  # nor are its parts
                continue
            if listed_label is not None and (ctx.last_total is None or ctx.last_total[0]["indicator"] != indicator):
                is_part, listed_label = False, None  # listed, but not the parts of the total before
            if (
                is_part
                and last_total is not None
                and indicator not in (None, last_total[0]["indicator"])
                and not same_kind(group.units(), last_total[1])
            ):
                is_part = False  # "… 60 cán bộ, với 500 sinh viên, trong đó sinh viên nước ngoài là 70 sinh viên"
            if is_part and last_total is not None:
                indicator = student_part(indicator, last_total[0]["indicator"], sentence, group, mentions)
            scope, sign = scope_of(
                sentence, group, indicator, ctx.period, "ytd" if under_way and indicator == "aid" else carried
            )
            if (
                scope == "period"
                and last_total is not None
                and last_total[0]["indicator"] == indicator
                and last_total[0]["scope"] == "ytd"
                and _SAME_PERIOD.search(sentence, 0, group.start)
            ):
                scope = "ytd"  # "… từ đầu năm đến hết tháng 8/2020, 92 tàu … Cùng kỳ năm 2019 là 181 tàu"
            scope = share_of_committed(sentence, group, indicator, scope, ctx.facts)  # "…, đạt 57% tổng vốn cam kết"
            if is_part and scope != "change":
                scope = "part"
            elif scope == "period" and completes_breakdown(
                ctx.breakdowns, ctx.last_total, measures_of(indicator, group, sign)
            ):
                # "Cụ thể, … 625.000.000 VNĐ. ¶ Cùng ngày, … 203.200.000 VNĐ" under "hơn 800 triệu đồng": the
                # figure that completes the breakdown of the total before is its last part
                scope, is_part, last_total = "part", True, ctx.last_total
            if (
                scope == "part"
                and last_total is not None
                # a part by its paragraph or a "Cụ thể, …", not one named a part ("trong đó tiếp nhận mới 1 dự án")
                and (part_at is None or _SPELLED_OUT.match(sentence, 0, part_at.end()) is not None)
                and told_again(last_total[0], indicator, measures_of(indicator, group, sign))
            ):
                continue  # "Cụ thể, … có trên 68.500 lao động …, trong đó …" under "Hơn 68.500 lao động …"
            if last_total is not None and any(f is last_total[0] for f in ctx.facts[first_new:]):
                group = amount_of_total(ctx, sentence, group, last_total[0], scope == "part")
                if not group.mentions:
                    continue
            if indicator == "foreign_students" and scope == "ytd":
                indicator = "foreign_student_arrivals"  # "từ năm 2002 đến nay … gần 1.600 LHS": all who came
            fact = {"indicator": indicator, "scope": scope, **measures_of(indicator, group, sign)}
            year = None if scope == "change" else year_of(sentence, group)
            if year:
                fact["year"] = year
            fact["qualifier"] = next((m.qualifier for m in group.mentions if m.qualifier), None)
            if scope == "part" and listed_label is not None:
                fact["label"] = listed_label
            elif scope == "part":
                later = [g.start for g in groups if g.start > group.start]
                fact["label"], after_form = part_label(
                    sentence, group, left, min(later, default=len(sentence)), after_form
                )
            fact["text"] = sentence
            kept = add_fact(ctx, fact, (id(block), offset))
            mark_read(ctx, kept, len(ctx.stated) - 1, group.start)
            part_units = group.units() if scope == "part" else None
            if scope == "part":
                total_read = group.end  # "có 3 tàu (2 tàu ở Phú Quý, 1 tàu ở La Gi)": a part's own parts
            left = max(group.end, part_at.end() if part_at else 0)
            if scope == "part" and listed_label is None and not picked and not further:  # a selection
                total = last_total[0] if last_total else None
                if total is not None and total["indicator"] == indicator and not (in_list and item_counted):
                    if (
                        not ctx.breakdowns
                        or ctx.breakdowns[-1][0] is not total
                        or (lead and lead.new_breakdown)
                        or named_again
                    ):
                        ctx.breakdowns.append((total, [], sentence))
                        named_again = False
                        if lead is not None:
                            lead.new_breakdown = False
                    ctx.breakdowns[-1][1].append(kept)
                    item_counted = True  # "- 2476 lượt người, trong đó … 1040 lượt người": one item
            elif not is_part and scope in ("period", "ytd", "stock") and group.start not in listed:
                last_total = (kept, group.units())
                ctx.last_total = last_total
                total_end = total_read = group.end
                parts_paragraph = False
    if lead is not None and opens_breakdown:
        lead.new_breakdown = True
    ctx.lead = next_lead(block, lead, in_list, last_total, ctx.facts[first_new:], has_figures)
    drop_restated_in_paragraph(ctx, first_new)


def _names_a_time(sentence: str, mentions: list[Mention]) -> bool:
    """ "Năm 2022, các sở … đã ký kết 4 thỏa thuận": the sentence gives its figures a time of their own."""
    before = sentence[: mentions[0].start] if mentions else sentence
    return next(time_expressions(before), None) is not None
