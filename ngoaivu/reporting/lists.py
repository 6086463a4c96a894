"""The rows of the lists a template names, fetched from the register: plain data (text, numbers,
dates, lists of names), nothing worded; how an item is written and how items are joined is the
template's (sentences.py: list specs). The lists and their fields:

    courtesy_receptions      mission, country, date
    economic_events          title, partner, country, date
    economic_letters         title, date
    agreements_signed        title, partner, country, date
    agreements_in_progress   title, partner, country, date
    agreement_steps          agreement (its title), work (the period's steps on it, in the officer's words or
                             by their names, with their documents: "Tham mưu …; báo cáo …"), apart (yes when
                             its partner's country has a section of its own: partner_countries)
    aid                      title, donor, country, value, original (the value in the currency given: "175.238,50
                             USD"; empty when given in đồng), emergency (yes/no), kind, date, decision (the
                             approval's citation, or empty)
    conferences              title, organiser, sponsor, date, end (the last day, when another), foreign_participants,
                             decision (the permitting decision's citation, or empty)
    bulletins                number, title, date, issue (the title and number, "Bản tin Đối ngoại Quảng Ngãi số
                             22"; the number alone after an issue of the same title: "… số 22, 23 và 24")
    articles                 language, count (one row per language of the articles, Vietnamese first)
    procedure_translations   language, count (one row per language of the procedures' translations published)
    cultural_events          title, location, date
    overseas_vietnamese      title, country, date
    border_activities        title, location, date
    student_arrivals         returning (yes/no), country, persons, provinces (not those of a country told in a
                             section of its own: partner_lists.py)
    students_left            country, persons: the students who studied in the period and left before its
                             last day, by country (most first)
    documents_issued         citation, number, date, summary (without its final stop), unit, other_unit (yes
                             when the report's unit is not the one that drafted it)
    documents_own            the same, the citation without its issuer
    tasks_programme, tasks_other   title (an earlier year's task still open when the period began marked
                                   «(… chuyển sang)»), due (the day itself for a task due by date), progress,
                                   document (the result's citation, or empty)
    outgoing_delegations     month, countries, place (where it went before its one country: «tỉnh Hà Bắc»),
                             purpose (without that place), verb_first (its title reads as a task), destination
                             (the countries its title does not name), persons, title, date, end (the day back,
                             when another), decision (the dispatch decision's citation, or empty), first (the
                             first row), month_first (the first of its month)
    next_year_plan           when (with its year), country, destination, purpose, persons, unit, other_unit,
                             document (the plan's letter or approval, without its issuer), first (the plan's
                             first item)
    planned_work             title, date, end (the last day, when another), bulletin (yes for an issue of a
                             bulletin), issue: the speaker's own work dated in the next period, a postponed
                             or cancelled event and a letter left out
    tasks_due_next           title, deadline, late (yes when past before the period's last day), due_now (yes
                             when due on that day or later, before the next period): the speaker's tasks
                             still open at the period's end, due by the end of the next period
"""

from django.db.models import Count, Sum

from ngoaivu.pure.plans import place_named, purpose_without_place, trip_place
from ngoaivu.pure.wording import in_year, reads_as_task
from ngoaivu.register import models as m
from ngoaivu.register.counting import scoped
from ngoaivu.register.engine import left, rows

from .partner_lists import COUNTRY_LISTS, LAO_LISTS, country_names, partner_countries
from .plan_lists import PLAN_LISTS, planned_work
from .shared_rows import agreement_steps, aid_rows, arrivals, countries_apart, country_name, reads
from .task_lists import answers_owed, assigned_tasks, tasks_due_next

LANGUAGES = {
    "vi": "Tiếng Việt",
    "en": "Tiếng Anh",
    "zh": "Tiếng Trung",
    "ko": "Tiếng Hàn",
    "ja": "Tiếng Nhật",
    "lo": "Tiếng Lào",
}


# Lists of the speaker's own work, whatever rows its figures count: its plan (another unit's plans are
# its own report's) and the answers to the requests it sent.
OWN_WORK = ("planned_work", "tasks_due_next", "late_answers", "returned_answers", *PLAN_LISTS)


# The lists a section may be repeated for ("each") whose rows, as far as the section's heading and key
# need them, are known without counting the period's work.
HEADING_ROWS = {"partner_countries": country_names}


def heading_rows(name, units, period):
    """The rows of the list name a section is repeated for ("each", drafting.expanded), as far as its
    heading and key need them: the countries reported apart without their lists; [] for no list."""
    if name in HEADING_ROWS:
        return HEADING_ROWS[name]()
    return build_lists(units, period, [name]).get(name, [])


def build_lists(units, period, names=None, speaker=None):
    """{name: [row, …]}: the rows of the lists a template names (every list when names is None).

    A row is plain data — text, numbers, dates, lists of names — and nothing worded: how an item
    is written and how items are joined is the template's (sentences.py: list specs). A row that
    carries its unit_id learns whether it is another unit's than the speaker's (the report's unit):
    the focal point's report names the unit that did it."""
    wanted = LISTS if names is None else [name for name in names if name in LISTS]
    own = speaker.scope(period.end, own=True) if speaker is not None else units
    lists = {name: LISTS[name](own if name in OWN_WORK else units, period) for name in wanted}
    for row in (row for found in lists.values() for row in found if "unit_id" in row):
        row["other_unit"] = speaker is not None and row["unit_id"] != speaker.pk
    return lists


@reads("courtesy_receptions")
def _courtesy_receptions(units, period):
    return [
        {"mission": row.mission, "country": row.country.name, "date": row.received_on}
        for row in rows("courtesy_receptions", period, units).order_by("received_on", "pk")
    ]


def _agreements(code):
    def build(units, period):
        return [
            {"title": row.title, "partner": row.partner, "country": row.country.name, "date": row.signed_on}
            for row in rows(code, period, units)
        ]

    return reads(code)(build)


@reads("aid")
def _aid(units, period):
    return aid_rows(rows("aid", period, units).order_by("approved_on", "pk"))


@reads("conferences")
def _conferences(units, period):
    apart = countries_apart()  # held with a partner of a country told in a section of its own: told there
    return [
        {
            "apart": bool(row.country) and row.country.code in apart,
            "title": row.title,
            "organiser": row.organiser,
            "sponsor": row.sponsor,
            "date": row.start_date,
            # the last day, when another than the first
            "end": row.end_date if row.end_date and row.end_date != row.start_date else None,
            "online": row.format == m.Conference.Format.ONLINE,
            "location": row.location,
            "foreign_participants": row.foreign_participants,
            "decision": row.permit_decision.citation() if row.permit_decision_id else "",
        }
        for row in rows("conferences", period, units).select_related("permit_decision").order_by("start_date", "pk")
    ]


@reads("bulletins")
def _bulletins(units, period):
    by_title: dict = {}  # each title's issues together, the titles in the order of their first issue
    for row in rows("bulletins", period, units).order_by("issue_number", "pk"):
        by_title.setdefault(row.title, []).append(row)
    return [
        {
            "number": row.issue_number,
            "title": row.title,
            "date": row.published_on,
            "issue": f"{row.title} số {row.issue_number}" if position == 0 else str(row.issue_number),
        }
        for issues in by_title.values()
        for position, row in enumerate(issues)
    ]


def _languages(code, order):
    """One row per language the rows of an indicator were published in, sorted by order (a language code
    to a sort key)."""

    def build(units, period):
        counted = rows(code, period, units).order_by().values("language").annotate(n=Count("pk"))
        by_code = {row["language"]: row["n"] for row in counted}
        return [{"language": LANGUAGES.get(lang, lang), "count": by_code[lang]} for lang in sorted(by_code, key=order)]

    return reads(code)(build)


def _held(code, *fields):
    def build(units, period):
        return [
            {"title": row.title, **{name: _plain(getattr(row, name)) for name in fields}, "date": row.held_on}
            for row in rows(code, period, units).order_by("held_on", "pk")
        ]

    return reads(code)(build)


def _plain(value):
    """A country as its name; anything else as it is."""
    return getattr(value, "name", value)


@reads("foreign_student_arrivals")
def _student_arrivals(units, period):
    """The students come, but those of a country told in a section of its own: told there only, as seed 001
    tells its Lao students under «d)» and not again (partner_lists.py)."""
    return arrivals(rows("foreign_student_arrivals", period, units).exclude(country__in=countries_apart()))


@reads("foreign_students")
def _students_left(units, period):
    by_country = left("foreign_students", period, units).values("country").annotate(n=Sum("persons"))
    return [{"country": country_name(row["country"]), "persons": row["n"]} for row in by_country.order_by("-n")]


def _documents(code, issuer):
    """The documents of an indicator; issuer False: the unit's own, written without their issuer, since
    the unit is the one speaking (seed 001: «Ban hành Thông báo số 331/TB-SNgV ngày 10/5/2021 …»)."""

    def build(units, period):
        return [
            {
                "citation": doc.citation(issuer=issuer),
                "number": doc.number,
                "date": doc.issued_on,
                # A phrase after the citation: without the final stop the summary may be typed with.
                "summary": doc.summary.rstrip("."),
                "unit": doc.unit.report_name if doc.unit else "",
                "unit_id": doc.unit_id,
            }
            for doc in rows(code, period, units).select_related("unit").order_by("issued_on", "pk")
        ]

    return reads(code)(build)


@reads("outgoing_delegations")
def _outgoing_delegations(units, period):
    found = _delegations_sent(units, period)
    months = [(row["date"].year, row["month"]) for row in found]
    for position, row in enumerate(found):
        # the first of its month opens the month's sentence («Trong tháng 10, tổ chức đoàn …; đoàn …»)
        row["first"] = position == 0
        row["month_first"] = position == 0 or months[position - 1] != months[position]
    return found


def _delegations_sent(units, period):
    return [
        _sent(row)
        for row in rows("outgoing_delegations", period, units)
        .select_related("dispatch_decision")
        .order_by("start_date", "pk")
    ]


def _sent(row):
    """A delegation sent, as the sentences name it: where it went (seed 002: «đến tỉnh Hà Bắc, Trung Quốc», the
    place its title or purpose says, with one country) and what for, its purpose without that place again."""
    countries = [country.name for country in row.countries]
    one = countries[0] if len(countries) == 1 else None
    place = (place_named(row.title, one) or place_named(row.purpose, one)) if one else ""
    return {
        "month": row.start_date.month,
        "countries": countries,
        "place": place,
        "verb_first": reads_as_task(row.title),  # «Xúc tiến đầu tư tại …»: what for, when no purpose is typed
        "purpose": purpose_without_place(row.purpose, one, place) if one else " ".join(row.purpose.split()).rstrip("."),
        # the countries its name does not say already («Đoàn xúc tiến đầu tư tại Nhật Bản»)
        "destination": [name for name in countries if name not in row.title],
        "persons": row.persons,
        "title": row.title,
        "date": row.start_date,
        # the day back, when another than the day out
        "end": row.end_date if row.end_date and row.end_date != row.start_date else None,
        "decision": row.dispatch_decision.citation() if row.dispatch_decision_id else "",
    }


@reads("integration_work")
def _integration_work(units, period):
    work = rows("integration_work", period, units).order_by("start_date", "pk")
    return [{"title": row.title, "date": row.start_date} for row in work]


@reads("training_attended")
def _training_attended(units, period):
    return [
        {
            "title": row.title,
            "organiser": row.organiser,
            "participants": row.participants,
            "unit": row.unit.report_name,
        }
        for row in rows("training_attended", period, units).select_related("unit").order_by("start_date", "pk")
    ]


@reads()  # the plans of next year, no indicator's rows of the period
def _next_year_plan(units, period):
    items = (
        scoped(m.DelegationPlanItem, units, "plan__year")
        .filter(plan__year=period.year + 1, direction="out")
        .select_related("plan__unit", "plan__plan_document", "plan__approval_decision")
        .order_by("plan__unit__name", "pk")
    )
    out, seen = [], set()
    for item in items:
        plan = item.plan
        document = plan.plan_document or plan.approval_decision
        country = item.country.name
        # "Seoul, Hàn Quốc" typed as the destination is "Seoul": the sentence names the country, and where the
        # trip goes, before its purpose
        destination = trip_place(item.destination, country)
        out.append(
            {
                "when": in_year(item.planned_period, plan.year),
                "country": country,
                "destination": destination,
                "purpose": purpose_without_place(item.purpose, country, destination),
                "persons": item.persons,
                "unit": plan.unit.report_name,
                "unit_id": plan.unit_id,
                "document": document.citation(issuer=False) if document else "",
                "first": plan.pk not in seen,  # the plan's first item: where the plan itself is named
            }
        )
        seen.add(plan.pk)
    return out


LISTS = {
    "courtesy_receptions": _courtesy_receptions,
    "economic_events": _held("economic_events", "partner", "country"),
    "economic_letters": _held("economic_letters"),
    "agreements_signed": _agreements("agreements_signed"),
    "agreements_in_progress": _agreements("agreements_in_progress"),
    "agreement_steps": agreement_steps,
    "aid": _aid,
    "conferences": _conferences,
    "bulletins": _bulletins,
    "articles": _languages("articles", lambda lang: (lang != "vi", lang)),  # Vietnamese first
    # as the seeds list them: tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Nhật
    "procedure_translations": _languages("procedures_translated", list(LANGUAGES).index),
    "cultural_events": _held("cultural_events", "location"),
    "overseas_vietnamese": _held("overseas_vietnamese", "country"),
    "border_activities": _held("border_activities", "location"),
    "student_arrivals": _student_arrivals,
    "students_left": _students_left,
    "documents_issued": _documents("documents_issued", issuer=True),
    "documents_own": _documents("documents_own", issuer=False),
    "tasks_programme": assigned_tasks(m.AssignedTask.Source.WORK_PROGRAMME),
    "tasks_other": assigned_tasks(m.AssignedTask.Source.OTHER),
    "outgoing_delegations": _outgoing_delegations,
    "next_year_plan": _next_year_plan,
    "planned_work": planned_work,
    "tasks_due_next": tasks_due_next,
    "late_answers": answers_owed(returned=False),
    "returned_answers": answers_owed(returned=True),
    "training_attended": _training_attended,
    "integration_work": _integration_work,
    "partner_countries": partner_countries,  # each with its own lists (partner_lists.COUNTRY_LISTS)
    **LAO_LISTS,
    **PLAN_LISTS,  # the plan section's rows by area of work
}


def list_reads(name):
    """The indicators whose register rows the list name reads (shared_rows.reads), a list of the report
    or of a country's section (partner_lists.COUNTRY_LISTS); none for a list of the speaker's own work
    (OWN_WORK), which names no other unit's rows, nor for a name that is no list."""
    if name in OWN_WORK:
        return ()
    build = LISTS.get(name) or COUNTRY_LISTS.get(name)
    return () if build is None else build.reads
