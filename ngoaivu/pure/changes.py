"""A figure against the same period of another year: "tăng 03 đoàn với 11 lượt người so với cùng kỳ
năm 2020", "tăng 02 tàu cá cùng 09 ngư dân" (the word that joins a pair is its measure's:
indicator_types.Measure.after), "tăng 02 doanh nhân với 01 doanh nghiệp": a difference belongs to no other, so
«của» is said «với». Pure Python.

One rule for the reports, which write it in Vietnamese (reporting/sentences.py), and for the interface,
which passes its own words in the reader's language (core/amounts.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ngoaivu.pure.indicator_types import OF, WITH
from ngoaivu.pure.messages import gettext_noop
from ngoaivu.pure.wording import format_amount

UNCOMPARED = gettext_noop("chưa có số liệu cùng kỳ năm %(year)s để so sánh")
EQUAL = gettext_noop("bằng cùng kỳ năm %(year)s")
UP = gettext_noop("tăng %(amounts)s")
DOWN = gettext_noop("giảm %(amounts)s")
# Money has no "số đồng" to be equal in.
SAME_VALUE = gettext_noop("bằng về giá trị")
SAME_COUNT = gettext_noop("bằng về số %(unit)s")
AGAINST = gettext_noop("%(changes)s so với cùng kỳ năm %(year)s")
# A whole year is compared with the whole year before: «so với năm 2020», not «cùng kỳ».
YEAR_UNCOMPARED = gettext_noop("chưa có số liệu năm %(year)s để so sánh")
YEAR_EQUAL = gettext_noop("bằng năm %(year)s")
YEAR_AGAINST = gettext_noop("%(changes)s so với năm %(year)s")


def _as_written(text: str) -> str:
    return text


def change_phrase(
    measures: Sequence[tuple[Any, Any]],
    year: int | str,
    windows: tuple[str, str] = ("period", "last_year"),
    compared: bool = True,
    say: Callable[[str], str] = _as_written,
    amount: Callable[[int, str], str] = format_amount,
    unit_word: Callable[[str], str] = _as_written,
    whole_year: bool = False,
) -> str:
    """The change of each (Measure, Figure) pair between the two windows of its Figure; compared False:
    the register does not hold that time (core.lineage.recorded_from). say, amount and unit_word give
    the words: the reports' own unless the interface passes them translated. whole_year: the windows
    are whole years, compared «so với năm 2020»."""
    uncompared, equal, against = (
        (YEAR_UNCOMPARED, YEAR_EQUAL, YEAR_AGAINST) if whole_year else (UNCOMPARED, EQUAL, AGAINST)
    )
    if not compared:
        return say(uncompared) % {"year": year}
    now, then = windows
    diffs = [(measure.unit, getattr(figure, now) - getattr(figure, then)) for measure, figure in measures]
    # «17 đoàn với 35 lượt người»; the new businesspeople are no part of the new enterprises
    joins = [say(WITH if measure.after == OF else measure.after) for measure, _figure in measures[1:]]
    if all(diff == 0 for _unit, diff in diffs):
        return say(equal) % {"year": year}
    if all(diff > 0 for _unit, diff in diffs) or all(diff < 0 for _unit, diff in diffs):
        amounts = amount(abs(diffs[0][1]), diffs[0][0])
        amounts += "".join(join + amount(abs(diff), unit) for join, (unit, diff) in zip(joins, diffs[1:], strict=True))
        changes = say(UP if diffs[0][1] > 0 else DOWN) % {"amounts": amounts}
    else:
        changes = ", ".join(_one_change(unit, diff, say, amount, unit_word) for unit, diff in diffs)
    return say(against) % {"changes": changes, "year": year}


def _one_change(unit, diff, say, amount, unit_word):
    if diff:
        return say(UP if diff > 0 else DOWN) % {"amounts": amount(abs(diff), unit)}
    return say(SAME_VALUE) if unit == "đồng" else say(SAME_COUNT) % {"unit": unit_word(unit)}
