"""Who did a unit's work in a period before it passed to the unit: the check behind «Lập báo cáo».

A unit that received another's work by a change after a period (the Văn phòng UBND tỉnh took the
Sở Ngoại vụ's duties on 01/3/2025) existed in that period too, so a report of the period may be
drafted for it; but its report counts the rows as they stood at the period's end, before the change,
and so says nothing of the work the Sở did in 2021. That report is rarely what was meant: the form
asks first (reporting/forms.NewReportForm), and presets the unit that did the work.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from ngoaivu.core.lineage import is_focal_on, scope_of
from ngoaivu.core.models import Succession, Unit
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.counting import scoped


@dataclass(frozen=True)
class EarlierHolder:
    """A unit whose work has passed to another since a period, and that did the work in that period."""

    unit: Unit
    last_day: date  # the last day it did the work: the day before it passed on
    focal: bool  # it was the province's foreign-affairs focal point then; else it held register rows


def holds_rows(scope, period):
    """Whether the register holds a row of scope (a core/lineage.Scope) dated in period: a row of any area that
    dates its rows, each unit counted up to its last day, as the indicators count them (register/counting.scoped)."""
    return any(
        scoped(area.model, scope, area.date_field, by_year=False)
        .filter(**{f"{area.date_field}__range": (period.start, period.end)})
        .exists()
        for area in AREAS.values()
        if area.date_field
    )


def _earlier_units(unit, period):
    """[(predecessor, the day its work passed on)] of the units whose work passed to unit, directly
    or through others, by changes that took effect after period: those its report of period does not
    count (core/lineage.scope_of). Nearest first, then by the day of the change and the name."""
    found, seen, frontier = [], {unit.pk}, [unit.pk]
    while frontier:
        links = (
            Succession.objects.filter(successor_id__in=frontier, effective_on__gt=period.end)
            .select_related("predecessor", "predecessor__parent")
            .order_by("effective_on", "predecessor__name", "pk")
        )
        frontier = []
        for link in links:
            if link.predecessor_id in seen:
                continue
            seen.add(link.predecessor_id)
            frontier.append(link.predecessor_id)
            found.append((link.predecessor, link.effective_on))
    return found


def earlier_holder(unit, period, may_read=None):
    """The unit that did unit's work in period (a pure.periods.Period) before it passed to unit, when
    unit itself recorded nothing then: a report of unit for period would be empty of that work. None
    when unit holds rows of its own in period, was the focal point itself, or no such unit did the work.

    The focal point of the time comes first (its report counts the province's rows), then a unit that
    held rows in period, nearest first. may_read: the unit ids whose rows the asker reads (None: all);
    a predecessor counts by its rows only if they are readable, so that the answer says nothing of rows
    the asker may not see. The focal role is no row, and counts whoever asks."""
    last = min(period.end, unit.last_day) if unit.last_day else period.end
    if not unit.existed_in(period) or is_focal_on(unit, last):
        return None
    if holds_rows(scope_of(unit, period.end, own=True), period):
        return None
    candidates = [(p, changed_on) for p, changed_on in _earlier_units(unit, period) if p.existed_in(period)]
    for predecessor, changed_on in candidates:
        day = min(period.end, predecessor.last_day) if predecessor.last_day else period.end
        if is_focal_on(predecessor, day):
            return EarlierHolder(predecessor, _last_day(predecessor, changed_on), focal=True)
    for predecessor, changed_on in candidates:
        if may_read is not None and predecessor.pk not in may_read:
            continue
        if holds_rows(scope_of(predecessor, period.end, own=True), period):
            return EarlierHolder(predecessor, _last_day(predecessor, changed_on), focal=False)
    return None


def _last_day(unit, changed_on):
    """The last day unit did the work: the day before the change, or before its end if that came first."""
    last = changed_on - timedelta(days=1)
    return min(last, unit.last_day) if unit.last_day else last
