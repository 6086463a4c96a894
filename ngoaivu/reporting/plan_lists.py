"""The rows of the plan section by area of work (outlines/ahead.py words them): the register's work dated
in the next period, and the delegations of the year's plan expected then. The thin Django side; the rows
are plain data for sentences.py, as lists.build_lists gives them."""

import re
import unicodedata

from ngoaivu.pure.text import fold
from ngoaivu.pure.plans import planned_months, planned_within, purpose_without_place, trip_place
from ngoaivu.pure.wording import after_verb, as_sentence, in_year, reads_as_task
from ngoaivu.register import models as m
from ngoaivu.register.area_registry import date_field_of
from ngoaivu.register.counting import scoped

# Which of the register's work each area of the plan names, in the order the areas are written.
SOURCES = {
    "plan_integration": (m.IntegrationActivity,),
    "plan_economic": (m.EconomicDiplomacyEvent, m.Conference),
    "plan_border": (m.BorderActivity,),
    "plan_information": (m.CulturalEvent, m.Bulletin),
}
# The work a plan names from the register: what is dated in the period it speaks of, by its area's date
# (register.area_registry.date_field_of), to its last day when it has one. An event postponed or cancelled is not
# planned; one held since was. A letter is answered, not planned.
NOT_PLANNED = (m.ActivityStatus.POSTPONED, m.ActivityStatus.CANCELLED)


def work_row(title, start, end=None, bulletin=False, issue=0):
    """A piece of work as a plan's row: its title as the start of a sentence, as the object of the area's verb,
    and whether it reads as a sentence as typed or opens with an event's noun the area gives its verb."""
    return {
        "title": as_sentence(title),
        "phrase": after_verb(title),
        "verb_first": reads_as_task(title),
        "date": start,
        "end": end if end and end != start else None,
        "bulletin": bulletin,
        "issue": issue,
    }


def _work(models):
    def build(units, period):
        following = period.next()
        if following is None:
            return []
        found = []
        for model in models:
            field, names = date_field_of(model), {f.name for f in model._meta.fields}
            queryset = scoped(model, units, field, by_year=False).filter(
                **{f"{field}__range": (following.start, following.end)}
            )
            if "status" in names:
                queryset = queryset.exclude(status__in=NOT_PLANNED)
            if model is m.EconomicDiplomacyEvent:
                queryset = queryset.exclude(kind=m.EconomicDiplomacyEvent.Kind.LETTER)  # a letter is answered
            bulletin = model is m.Bulletin
            for row in queryset:
                end = row.end_date if "end_date" in names else None
                title = str(row) if bulletin else row.title
                found.append(work_row(title, getattr(row, field), end, bulletin, row.issue_number if bulletin else 0))
        return sorted(found, key=lambda row: (row["date"], row["issue"], row["title"]))

    return build


def _trips(units, period, years):
    """The delegations of the register that went or came in years by the period's end, as (unit, direction,
    countries, day), by day: an official trip abroad of the annual plan, a delegation received."""
    Direction = m.DelegationPlanItem.Direction
    outgoing = scoped(m.OutgoingDelegation, units, "start_date", by_year=False).filter(
        nature=m.OutgoingDelegation.Nature.OFFICIAL,
        in_annual_plan=True,
        start_date__year__in=years,
        start_date__lte=period.end,
    )
    # students coming to study are no visit of a plan
    incoming = (
        scoped(m.IncomingDelegation, units, "start_date", by_year=False)
        .filter(start_date__year__in=years, start_date__lte=period.end)
        .exclude(purpose=m.IncomingDelegation.Purpose.STUDY)
    )
    trips = [
        (
            row.unit_id,
            Direction.OUTGOING,
            {c.code for c in row.countries},
            row.start_date,
            fold(f"{row.title} {row.purpose}"),
        )
        for row in outgoing
    ]
    trips += [
        (row.unit_id, Direction.INCOMING, {row.country.code}, row.start_date, fold(row.title)) for row in incoming
    ]
    return sorted(trips, key=lambda trip: trip[3])


# The words before a place's name in a plan's destination: «thành phố Seoul» is named «Seoul» in a trip's title.
_PLACE_WORDS = re.compile(r"^(?:thành\s+phố|tp\.?|tỉnh|bang|vùng|quận|huyện|thủ\s+đô)\s+", re.I)


def _place(destination):
    """The folded name of a plan item's destination, without the word of its kind; "" when it names none."""
    return fold(_PLACE_WORDS.sub("", " ".join(destination.split())))


def _taken_place(units, period, items):
    """The pks of the items of a plan whose delegation the register holds by the period's end.

    A delegation planned for a quarter or a few months is named in the plan of each month of that time; once
    it has gone (or come) it is no longer planned work, though nobody has yet marked the item «Đã thực hiện»:
    next month's plan must not announce a visit the report itself has told as done. A delegation of the
    register is the item's when it goes the same way, to (or from) its country, in one of the months the item
    names (its year when it names none), naming the item's destination if it has one, the plan's unit's first; each delegation is one item's only. One that
    went at another time than the one planned may be another delegation: the officer marks the item done."""
    items = list(items)
    if not items:
        return set()
    trips = _trips(units, period, {item.plan.year for item in items})
    used, done = set(), set()
    for item in items:
        months = planned_months(item.planned_period)
        place = _place(item.destination)
        fitting = [
            index
            for index, (_unit, direction, countries, day, words) in enumerate(trips)
            if index not in used
            and direction == item.direction
            and item.country.code in countries
            and day.year == item.plan.year
            and (months is None or day.month in months)
            # a trip to Korea for trade is not the planned study visit to Seoul
            and (not place or place in words)
        ]
        if fitting:
            same_unit = [index for index in fitting if trips[index][0] == item.plan.unit_id]
            used.add((same_unit or fitting)[0])
            done.add(item.pk)
    return done


def _delegations(units, period):
    """The delegations of the plans of the next period's year still planned and expected within it, and not
    yet gone or come by the period's end (_taken_place), out then in."""
    following = period.next()
    if following is None:
        return []
    items = (
        scoped(m.DelegationPlanItem, units, "plan__year")
        .filter(plan__year=following.year, status=m.ActivityStatus.PLANNED)
        .select_related("plan")
        .order_by("-direction", "plan__unit__name", "pk")  # "out" before "in"
    )
    expected = [
        item for item in items if planned_within(item.planned_period, item.plan.year, following.start, following.end)
    ]
    done = _taken_place(units, period, expected)
    found: dict[tuple, dict] = {}
    for item in expected:
        if item.pk in done:
            continue
        country, purpose = item.country.name, " ".join(item.purpose.split()).rstrip(".")
        outgoing = item.direction == m.DelegationPlanItem.Direction.OUTGOING
        # a delegation coming in whose purpose names its guests («Đón đoàn tỉnh Attapeu …») is written by it
        welcome = not outgoing and unicodedata.normalize("NFC", purpose).casefold().split()[:1] == ["đón"]
        destination = "" if welcome else trip_place(item.destination, country)
        if outgoing:  # the sentence names where it goes: the purpose does not again
            purpose = purpose_without_place(purpose, country, destination)
        row = {
            "outgoing": outgoing,
            "welcome": welcome,
            "country": country,
            "destination": destination,
            "purpose": purpose,
            "when": in_year(item.planned_period, item.plan.year),
        }
        # the same delegation planned twice (two units, two lines) is one sentence, not the same one twice
        key = tuple(row.values())
        if key in found:
            found[key]["persons"] += item.persons
        else:
            found[key] = {**row, "persons": item.persons}
    return list(found.values())


# Every piece of it, by date: the list an administrator's template made before the plan was grouped by area
# still names ({lists.planned_work}).
planned_work = _work(
    (m.Conference, m.EconomicDiplomacyEvent, m.CulturalEvent, m.BorderActivity, m.IntegrationActivity, m.Bulletin)
)

PLAN_LISTS = {"plan_delegations": _delegations, **{name: _work(models) for name, models in SOURCES.items()}}
