"""The rows of the sections on the work with the localities of a partner country (outlines/partners.py
words them): one section per country whose localities the province reports apart
(PartnerLocality.reported_apart; seed 001: Laos), from the register's rows of that country.
The thin Django side; the rows are plain data for sentences.py, as lists.build_lists gives them."""

from ngoaivu.core.countries import report_names
from ngoaivu.register import models as m
from ngoaivu.register.engine import rows

from .plan_lists import work_row
from .shared_rows import agreement_steps, aid_rows, arrivals, countries_apart, reads


@reads("foreign_student_arrivals")
def _student_arrivals(units, period, country):
    return arrivals(rows("foreign_student_arrivals", period, units).filter(country=country))


@reads("outgoing_delegations")
def _delegations_out(units, period, country):
    found = rows("outgoing_delegations", period, units).order_by("start_date", "pk")
    return [
        {**work_row(row.title, row.start_date, row.end_date), "persons": row.persons}
        for row in found
        if country in {each.code for each in row.countries}
    ]


@reads("incoming_delegations")
def _delegations_in(units, period, country):
    """The delegations of the country received, but students come to study: the students' arrivals tell them."""
    found = (
        rows("incoming_delegations", period, units)
        .filter(country=country)
        .exclude(purpose=m.IncomingDelegation.Purpose.STUDY)
        .order_by("start_date", "pk")
    )
    return [{**work_row(row.title, row.start_date, row.end_date), "persons": row.person_visits} for row in found]


@reads("conferences")
def _conferences(units, period, country):
    """Conferences held with the country's partners (seed 003: «Hội nghị trực tuyến với tỉnh Champasak»), by date."""
    found = rows("conferences", period, units).filter(country=country).order_by("start_date", "pk")
    return [work_row(row.title, row.start_date, row.end_date) for row in found]


@reads("economic_events", "cultural_events")
def _events(units, period, country):
    """Events of economic and cultural diplomacy held with the country's partners, by date."""
    found = [
        work_row(row.title, row.held_on)
        for code in ("economic_events", "cultural_events")
        for row in rows(code, period, units).filter(country=country)
    ]
    return sorted(found, key=lambda row: (row["date"], row["title"]))


@reads("aid")
def _aid(units, period, country):
    return aid_rows(rows("aid", period, units).filter(country=country).order_by("approved_on", "pk"))


# The lists of one country's section, by the names its sentences give them.
COUNTRY_LISTS = {
    "partner_student_arrivals": _student_arrivals,
    "partner_agreement_steps": agreement_steps,
    "partner_delegations_out": _delegations_out,
    "partner_delegations_in": _delegations_in,
    "partner_conferences": _conferences,
    "partner_events": _events,
    "partner_aid": _aid,
}


def country_names():
    """A row per country reported apart, by code: {"code", "name", "full", "short"}
    (core.countries.report_names): what the heading and the key of its section need."""
    return [{"code": code, **report_names(code)} for code in countries_apart()]


@reads()  # the countries, from the localities reported apart; the lists of each are named on their own
def partner_countries(units, period):
    """A row per country reported apart, country_names' with its lists: {…, "lists": {name: rows}};
    the template repeats its «each» section once per row."""
    return [
        {**row, "lists": {name: build(units, period, row["code"]) for name, build in COUNTRY_LISTS.items()}}
        for row in country_names()
    ]


def of_laos(name):
    """A list of Laos alone, as the templates edited before the partner sections name it (lao_aid…)."""
    build = COUNTRY_LISTS[name]
    return reads(*build.reads)(lambda units, period: build(units, period, "LA"))


# What those templates still write.
LAO_LISTS = {name.replace("partner_", "lao_"): of_laos(name) for name in COUNTRY_LISTS}
