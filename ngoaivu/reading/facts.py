"""Figures stated in a report → facts in the indicator vocabulary of pure/indicators.py.

A figure is a number written in digits followed by its unit ("17 đoàn", "35 lượt người",
"04 tàu cá", "7,037 tỷ đồng"), or a boat counted in words ("một tàu cá", "chiếc tàu … cùng
11 ngư dân": one boat). Figures joined by "với", "cùng", "của", "/" make one fact
("17 đoàn với 35 lượt người", "04 doanh nhân của 03 doanh nghiệp", "02 tàu/19 ngư dân").
The indicator comes from the unit and the words around it (cues.py; the words are data in
lexicon/). The scope from the markers before it (scopes.py): "tăng/giảm", "so với … thêm" (change);
"trong đó" after a total, "gồm" after a figure, names with bracketed figures after a total
(part); "tính chung 8 tháng", "từ đầu năm", "tính đến tháng 10", "từ năm 2008 đến nay",
"trong 5 năm qua", "nâng tổng số … lên" (ytd); "vẫn còn", "hiện có" (stock); else the period.
Plans ("dự kiến", a "phương hướng" section) are not facts; a headline restated by the text is
the text's fact.

A document's facts are read block by block (block_facts.py), then those told twice are dropped (restated.py);
last, figures told in the sentences after a total that add up to it exactly become its parts (later_parts.py).
"""

from __future__ import annotations

from ngoaivu.pure.periods import Period

from .block_facts import facts_of_block
from .fact_context import FactContext, founded_opening
from .later_parts import parts_told_after
from .restated import (
    body_texts,
    drop_amounts_told_again,
    drop_detention_of_the_released,
    drop_restated_crossheads,
    drop_restated_headline,
    drop_students_told_again,
)
from .structure import Block


def extract_facts(blocks: list[Block], period: Period | None = None) -> FactContext:
    ctx = FactContext(period=period)
    opening = body_texts(blocks)
    ctx.headline = opening[0] if opening else ""
    ctx.since_founding = founded_opening(blocks, period, ctx.headline)
    for block in blocks:
        facts_of_block(block, ctx)
    drop_restated_headline(blocks, ctx)
    drop_restated_crossheads(blocks, ctx)
    drop_detention_of_the_released(ctx)
    drop_students_told_again(ctx)
    drop_amounts_told_again(ctx)
    parts_told_after(ctx)
    return ctx
