"""Which register rows a unit's figures count, across mergers, splits and moved duties.

A unit's reports count its own rows and those of the units under it, and, for each succession
in force on the day the report is counted to (as_of), the rows of the predecessor: the new tỉnh
Quảng Ngãi of 2026 counts the old tỉnh Kon Tum's rows of 2025, so that "cùng kỳ" compares the
same territory; the Sở Ngoại vụ's report of 2021 does not, for the merger came later.

A predecessor that ended with the change counts whole; one that goes on after giving away some
duties counts up to the day before the change only (Scope.until).
"""

from dataclasses import dataclass
from datetime import timedelta

from django.db.models import F, Q
from django.utils import timezone

from ngoaivu.pure.text import collation_key
from ngoaivu.pure.wording import central_names

from .models import Succession, Unit


@dataclass(frozen=True)
class Scope:
    """Unit ids whose rows count, each with the last day counted (None: every day)."""

    until: dict

    @classmethod
    def of(cls, unit_ids):
        return cls(dict.fromkeys(unit_ids))

    @property
    def unit_ids(self):
        return sorted(self.until)

    def __iter__(self):
        # filter(unit__in=scope) reads the unit ids; the days are the engine's (register/counting.kept).
        return iter(self.unit_ids)

    def cuts(self):
        """{last day: [unit ids]} for the units counted up to a day only."""
        by_day = {}
        for pk, day in self.until.items():
            if day is not None:
                by_day.setdefault(day, []).append(pk)
        return {day: sorted(ids) for day, ids in sorted(by_day.items())}

    def days_counted(self, start, end):
        """{unit id: (first day, last day)} of the rows counted from start to end: a unit counted up to a
        day before start counts none of them."""
        counted = {}
        for pk, day in self.until.items():
            last = end if day is None else min(day, end)
            if last >= start:
                counted[pk] = (start, last)
        return counted

    def __or__(self, other):
        merged = dict(self.until)
        for pk, day in other.until.items():
            merged[pk] = _later(merged[pk], day) if pk in merged else day
        return Scope(merged)


def _later(a, b):
    """The later of two last days, None (every day) being the latest."""
    return None if a is None or b is None else max(a, b)


def _earlier(a, b):
    if a is None:
        return b
    return a if b is None else min(a, b)


def subtree_ids(root_ids):
    """The units given and every unit under them, ended ones included."""
    ids, frontier = list(root_ids), list(root_ids)
    while frontier:
        frontier = list(Unit.objects.filter(parent_id__in=frontier).values_list("pk", flat=True))
        ids.extend(pk for pk in frontier if pk not in ids)
    return ids


def recorded_from(scope, start, end):
    """Whether the register holds the rows of scope (a Scope, unit ids, or None: every unit) from start
    to end: no unit counted then, and existing then, began its register (recorded_since) after start,
    unless it only began to exist when its register did. Else a comparison with that time would
    count rows nobody entered as none."""
    late = (
        Unit.objects.filter(recorded_since__gt=start)
        .exclude(started_on__gte=F("recorded_since"))
        .exclude(started_on__gt=end)
        .exclude(ended_on__lte=start)
    )
    if scope is not None:
        scope = scope if isinstance(scope, Scope) else Scope.of(scope)  # unit ids, as the engine takes them
        late = late.filter(pk__in=[pk for pk, until in scope.until.items() if until is None or until >= start])
    return not late.exists()


def in_force(successions, as_of):
    return successions if as_of is None else successions.filter(effective_on__lte=as_of)


# The changes after which the successor does what the predecessor did for the whole province; a
# split shares the duties out, so which part holds the focal point is recorded as a transfer of duties.
FOCAL_KINDS = (Succession.Kind.DUTIES, Succession.Kind.MERGE, Succession.Kind.RENAME)


def focal_spans(units):
    """{unit pk: (first day, first day no longer)} of the days each unit of units is the province's
    foreign-affairs focal point (None: unbounded), read in one query; a unit without the flag is left out.
    The flag is dated by the changes that moved the duty: a unit that received it from a flagged
    predecessor holds it from the first such change; one that handed it to a flagged successor holds it no
    longer from the first such change. is_focal_on's rule, for many units at once (a list of reports)."""
    pks = {unit.pk for unit in units if unit.coordinates_province}
    spans = dict.fromkeys(pks, (None, None))
    if not pks:
        return spans
    links = Succession.objects.filter(kind__in=FOCAL_KINDS).filter(
        Q(successor_id__in=pks, predecessor__coordinates_province=True)
        | Q(predecessor_id__in=pks, successor__coordinates_province=True)
    )
    flags = ("predecessor__coordinates_province", "successor__coordinates_province")
    for before, after, day, before_flagged, after_flagged in links.values_list(
        "predecessor_id", "successor_id", "effective_on", *flags
    ):
        if after in pks and before_flagged:
            since, until = spans[after]
            spans[after] = (_earlier(since, day), until)
        if before in pks and after_flagged:
            since, until = spans[before]
            spans[before] = (since, _earlier(until, day))
    return spans


def is_focal_on(unit, day=None, spans=None):
    """The province's foreign-affairs focal point on day (None: today), as focal_spans dates the flag;
    spans: focal_spans() of units including unit, read once for many (else read now)."""
    if not unit.coordinates_province:
        return False
    spans = focal_spans([unit]) if spans is None else spans
    if unit.pk not in spans:
        return False
    day = day or timezone.localdate()
    since, until = spans[unit.pk]
    return (since is None or since <= day) and (until is None or day < until)


def focal_point(province=None, day=None):
    """The unit that is the foreign-affairs focal point on day (None: today; of province, if given), or None."""
    flagged = Unit.objects.filter(coordinates_province=True).select_related("parent").order_by("pk")
    if day is None:
        flagged = flagged.filter(is_active=True)
    return next(
        (
            unit
            for unit in flagged
            if (day is None or unit.exists_on(day))
            and is_focal_on(unit, day)
            and (province is None or unit.province() == province)
        ),
        None,
    )


def counts_province(unit, as_of=None, spans=None):
    """Whether a report of unit counts more than the unit's own tree: its province's, as the focal point
    (territory_root's province, or the whole register, which is never the unit but for the province itself).
    spans: focal_spans() read once for a list (is_focal_on)."""
    return unit.kind != Unit.Kind.PROVINCE and is_focal_on(unit, as_of, spans)


def territory_root(unit, as_of=None):
    """The unit whose tree a report of unit covers: the province for its focal point, else itself.
    None when a focal point has no province above it: then the whole register."""
    if is_focal_on(unit, as_of):
        return unit.province()
    return unit


def scope_of(unit, as_of=None, own=False):
    """The Scope of unit's figures as it stood on as_of (None: today), or None for the whole register.
    own: the unit's own work only, never the province its focal point reports for: what a unit
    answers to a request, which the office then adds to the other units' answers."""
    as_of = _clamped(unit, as_of)
    root = unit if own else territory_root(unit, as_of)
    if root is None:
        return None
    until = dict.fromkeys(subtree_ids([root.pk]))
    frontier = list(until)
    while frontier:
        links = in_force(Succession.objects.filter(successor_id__in=frontier, carries_records=True), as_of)
        frontier = []
        for link in links.select_related("predecessor"):
            last_day = link.effective_on - timedelta(days=1) if link.is_partial else None
            last_day = _earlier(until[link.successor_id], last_day) if link.successor_id in until else last_day
            for pk in subtree_ids([link.predecessor_id]):
                widened = _later(until[pk], last_day) if pk in until else last_day
                if pk not in until or widened != until[pk]:
                    until[pk] = widened
                    frontier.append(pk)
    return Scope(until)


def _clamped(unit, as_of):
    """An ended unit is counted as it stood on its last day, whatever later day is asked."""
    if unit.last_day is None:
        return as_of
    return unit.last_day if as_of is None else min(as_of, unit.last_day)


def merged_names(unit, as_of, since, own=False):
    """The units whose rows a report of unit counts through changes in force on as_of that took
    effect after since, as "số liệu cùng kỳ … gồm số liệu của …" names them: the unit (or its
    province; not with own, as scope_of) if it existed before, then its predecessors. Empty when no
    such change."""
    as_of = _clamped(unit, as_of)
    root = unit if own else territory_root(unit, as_of)
    if root is None:
        return []
    links = in_force(root.predecessor_links.filter(carries_records=True, effective_on__gt=since), as_of)
    links = list(links.select_related("predecessor").order_by("effective_on", "predecessor__name"))
    if not links:
        return []
    existed = root.started_on is None or root.started_on < links[0].effective_on
    return ([root.name] if existed else []) + [link.predecessor.name for link in links]


def visible_unit_ids(unit_id):
    """A unit's own id and those of the ended units whose whole work it took over (recursively):
    what a reporter of the unit reads. A predecessor that goes on keeps its rows to itself."""
    ids, frontier = [unit_id], [unit_id]
    while frontier:
        links = Succession.objects.filter(
            successor_id__in=frontier, carries_records=True, predecessor__ended_on__lte=F("effective_on")
        )
        frontier = [pk for pk in links.values_list("predecessor_id", flat=True) if pk not in ids]
        ids.extend(frontier)
    return ids


def tree_as_of(day):
    """[(unit, depth)] of the units that existed on day, in tree order; a unit whose parent did
    not exist that day stands at the top."""
    alive = sorted((unit for unit in Unit.objects.all() if unit.exists_on(day)), key=lambda u: collation_key(u.name))
    alive_ids = {unit.pk for unit in alive}
    children = {}
    for unit in alive:
        parent = unit.parent_id if unit.parent_id in alive_ids else None
        children.setdefault(parent, []).append(unit)
    result, stack = [], [(unit, 0) for unit in reversed(children.get(None, []))]
    while stack:
        unit, depth = stack.pop()
        result.append((unit, depth))
        stack.extend((child, depth + 1) for child in reversed(children.get(unit.pk, [])))
    return result


def current_successor(unit, as_of=None):
    """The unit that carries unit's work on as_of (None: today): unit itself while it exists; for an
    ended one, the successor its records went to (carries_records, at most one), followed through
    later changes. None when the records of an ended unit went to no unit. What a document issued
    by a unit that has since ended names as "nay là …" beside the unit it names."""
    day = as_of or timezone.localdate()
    seen = set()
    while unit is not None and unit.ended_on is not None and unit.ended_on <= day:
        if unit.pk in seen:
            return None  # a loop of successions carries the work nowhere
        seen.add(unit.pk)
        link = Succession.objects.filter(predecessor=unit, carries_records=True).select_related("successor").first()
        unit = link.successor if link is not None else None
    return unit


def working_unit(user, day=None):
    """The unit a user's new work goes to by default on day (None: today): the user's own unit, or,
    once it has ended, the unit that carries its work (an account the administrator has not yet
    moved, collection/transfer.py). The user's own unit when its work went to no unit; None without one."""
    if not user.unit_id:
        return None
    return current_successor(user.unit, day) or user.unit


def current_names(as_of=None):
    """{an ended unit's name or short name, casefolded: the name of the unit that carries its work on
    as_of (None: today)}, as current_successor() follows it: how a report names a body its template
    still lists by an old name ("Sở Kế hoạch và Đầu tư" is "Sở Tài chính" once merged into it), and the
    central bodies renamed by then (pure/wording.central_names: "Cục Thống kê tỉnh"). A name
    two ended units share is left as written: which of them is meant, the name does not say. Two queries,
    however many units ended (a province's communes in 2025)."""
    day = as_of or timezone.localdate()
    units = {u["pk"]: u for u in Unit.objects.values("pk", "name", "short_name", "ended_on")}
    links = dict(
        Succession.objects.filter(carries_records=True).order_by("pk").values_list("predecessor_id", "successor_id")
    )

    def carrier(pk):
        seen = set()
        while pk is not None and units[pk]["ended_on"] is not None and units[pk]["ended_on"] <= day:
            if pk in seen:
                return None  # a loop of successions carries the work nowhere
            seen.add(pk)
            pk = links.get(pk)
        return pk

    names, shared = central_names(day), set()
    for pk, unit in sorted(units.items()):
        if unit["ended_on"] is None or unit["ended_on"] > day:
            continue
        successor = carrier(pk)
        if successor is None:
            continue
        new = Unit.name_in_reports(units[successor]["name"], units[successor]["short_name"])
        for old in {unit["name"].casefold(), unit["short_name"].casefold()} - {""}:
            if names.get(old, new) != new:
                shared.add(old)
            names[old] = new
    return {old: new for old, new in names.items() if old not in shared}
