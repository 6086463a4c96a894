"""Parts of a total told without "trong đó": a figure set against the rest ("chỉ có 20 lao động được
cấp phép, còn lại là …") and one more after the parts read ("Ngoài ra còn 4 vụ/6 tàu cá/50 ngư dân …").
facts.py reads them as parts of the last total, apart from the breakdown whose sum is checked."""

from __future__ import annotations

import re

from .breakdowns import same_kind
from .fact_context import FactContext
from .mentions import Group

# "Ngoài ra (còn) …", "Còn lại …" opening a sentence
_FURTHER = re.compile(r"[\W_]*(?:ngoài\s+ra\s*,?\s*(?:còn\s+(?:có\s+)?)?|(?:số\s+)?còn\s+lại\s+(?:là\s+)?)", re.I)
SLASH_AFTER = re.compile(r"\s*/\s*\d")
_SLASHED_BEFORE = re.compile(r"(?:\d[\d.,]*\s*[^\d/,;.]{1,12}/\s*)*")  # "4 vụ/" before "6 tàu/50 ngư dân"


_THE_REST_AFTER = re.compile(r"[^.;\d]{0,60}?,\s*(?:số\s+)?còn\s+lại(?!\w)", re.I)


def before_the_rest(ctx: FactContext, sentence: str, group: Group) -> bool:
    """A figure of the last total's kind followed in its clause by ", còn lại …" (the rest): a part of it."""
    return (
        ctx.last_total is not None
        and _THE_REST_AFTER.match(sentence, group.end) is not None
        and same_kind(group.units(), ctx.last_total[1])
    )


def further_part(ctx: FactContext, sentence: str, group: Group) -> bool:
    """ "Ngoài ra (còn) …", "Còn lại …" opening on the figure, right after parts of the last total: one more."""
    last = ctx.facts[-1] if ctx.facts else None
    return (
        ctx.last_total is not None
        and last is not None
        and last["scope"] == "part"
        and last["indicator"] == ctx.last_total[0]["indicator"]
        and (opening := _FURTHER.match(sentence)) is not None
        and _SLASHED_BEFORE.fullmatch(sentence, opening.end(), group.start) is not None
        and same_kind(group.units(), ctx.last_total[1])
    )
