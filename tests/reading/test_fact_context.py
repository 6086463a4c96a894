"""Where each fact was read (fact_context.mark_read, read_at, units_read): a sentence and the place of
its figure, kept for the facts read after their sentence (later_parts) and the parts named again."""

import gc

from ngoaivu.reading.fact_context import FactContext, mark_read, read_at, units_read
from ngoaivu.reading.grouping import group_mentions
from ngoaivu.reading.mentions import find_mentions


def _stated(ctx: FactContext, sentence: str) -> list:
    groups = group_mentions(sentence, find_mentions(sentence))
    ctx.stated.append((sentence, groups))
    return groups


def test_a_fact_read_keeps_its_first_place_and_the_units_of_its_figure():
    ctx = FactContext()
    first = _stated(ctx, "Năm 2023, Trường tiếp nhận 28 lưu học sinh Lào.")[0]
    again = _stated(ctx, "Các em gồm 28 lưu học sinh.")[0]
    fact = {"indicator": "foreign_student_arrivals", "scope": "period", "count": 28}
    mark_read(ctx, fact, 0, first.start)
    mark_read(ctx, fact, 1, again.start)  # told again: still the first place
    assert read_at(ctx, fact) == (0, first.start)
    assert units_read(ctx, fact) == first.units()
    # a fact not read from a figure has no place
    assert read_at(ctx, {"indicator": "foreign_students", "scope": "stock", "count": 28}) is None
    assert units_read(ctx, {"indicator": "foreign_students", "scope": "stock", "count": 28}) is None


def test_a_dropped_fact_leaves_its_place_to_no_new_fact():
    ctx = FactContext()
    group = _stated(ctx, "Trong số đó, có 2 tàu cá bị bắt giữ.")[0]
    dropped = {"indicator": "boats_detained", "scope": "period", "boats": 2}
    ctx.facts.append(dropped)
    mark_read(ctx, dropped, 0, group.start)
    ctx.facts.remove(dropped)  # as restated.drop_restated_in_paragraph drops a fact told again
    del dropped
    gc.collect()
    # the facts read after, many enough to take the freed one's memory were it freed: none takes its place
    new = [{"indicator": "boats_detained", "scope": "part", "boats": n} for n in range(2000)]
    assert [f for f in new if read_at(ctx, f) is not None] == []
