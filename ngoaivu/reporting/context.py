"""Gather from the database what a draft needs: figures, rows of lists, citations.

This is the thin Django side of drafting: everything it returns is plain data for the pure
functions of sentences.py and drafting.py.
"""

import re
from datetime import date, timedelta

from django.db.models import Count
from django.utils import translation

from ngoaivu.core.countries import report_names
from ngoaivu.core.lineage import current_names, focal_point, is_focal_on, merged_names, recorded_from
from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.pure.wording import before_merger_note, in_year, is_committee, without_stop
from ngoaivu.pure.plans import purpose_without_place, trip_place
from ngoaivu.register import models as m
from ngoaivu.register.models.tasks import OPEN_PROGRESS

from . import signals
from .drafting import build, period_words
from .plan_lists import PLAN_LISTS, planned_work
from .partner_lists import COUNTRY_LISTS, LAO_LISTS, partner_countries
from .shared_rows import agreement_steps, aid_rows, arrivals, countries_apart
from ngoaivu.register.engine import evaluate, rows, scoped
from ngoaivu.pure.indicators import BY_CODE, Figure
from ngoaivu.pure.periods import parse
from .sentences import LETTER_WORDS, Context, list_names

CODE_IN_PATTERN = re.compile(
    r"\b([a-z_]+)\.(?:[a-z_]+(?:,[a-z_]+)*\.)?(?:period|ytd|last_year|last_year_ytd|diff|ytd_diff|compare|ytd_compare)\b"
)
CITE_IN_PATTERN = re.compile(r"\{cite:([^}]+)\}")
LANGUAGES = {
    "vi": "Tiếng Việt",
    "en": "Tiếng Anh",
    "zh": "Tiếng Trung",
    "ko": "Tiếng Hàn",
    "ja": "Tiếng Nhật",
    "lo": "Tiếng Lào",
}


def _strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def indicator_codes(definition):
    """Every catalogue code the template's patterns and conditions name, in the order the template
    first names them: the compiled table and the answer form follow the report's outline."""
    codes = {}
    for text in _strings(definition):
        codes.update((code, None) for code in CODE_IN_PATTERN.findall(text) if code in BY_CODE)
    return list(codes)


# What unit_words gives: {unit.name}…
UNIT_WORDS = ("name", "short", "code", "focal", "office", "focal_point", "introduced")


def unit_words(unit, as_of=None):
    """How the prose names the unit: "Sở Ngoại vụ" in full, "Sở" for short; focal: whether it was
    the province's focal point on as_of (None: today), whose duties some sentences name; focal_point:
    the name of the unit to which the reports of the others go: the focal point on the day after
    as_of, when the report is sent (a February 2025 report goes to whoever took the duty on 01/3/2025)."""
    short = {Unit.Kind.DEPARTMENT: "Sở", Unit.Kind.OFFICE: "Văn phòng"}.get(unit.kind, unit.short_name or unit.name)
    if unit.kind == Unit.Kind.DEPARTMENT and not unit.short_name.startswith("Sở"):
        short = unit.short_name or unit.name
    focal = focal_point(unit.province(), as_of + timedelta(days=1) if as_of else None)
    name = unit.short_name or unit.name
    return {
        "name": name,
        "short": short,
        "code": unit.code,
        "focal": is_focal_on(unit, as_of),
        # a Văn phòng UBND tỉnh has duties beyond foreign affairs: a review of its work names which
        "office": unit.kind == Unit.Kind.OFFICE,
        # none when the unit took the duty itself (a Văn phòng's February 2025 report): it reports to the UBND tỉnh
        "focal_point": (focal.short_name or focal.name) if focal is not None and focal.pk != unit.pk else "",
        # the first mention that gives the short form the rest uses (seed 002: «Văn phòng UBND tỉnh (Văn phòng)»)
        "introduced": f"{name} ({short})" if short != name else name,
    }


# Lists of the speaker's own work, whatever rows its figures count: its plan (another unit's plans are
# its own report's) and the answers to the requests it sent.
OWN_WORK = ("planned_work", "tasks_due_next", "late_answers", "returned_answers", *PLAN_LISTS)


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

    return build


def _aid(units, period):
    return aid_rows(rows("aid", period, units).order_by("approved_on", "pk"))


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


def _bulletins(units, period):
    return [
        {"number": row.issue_number, "title": row.title, "date": row.published_on}
        for row in rows("bulletins", period, units).order_by("issue_number")
    ]


def _languages(code, order):
    """One row per language the rows of an indicator were published in, sorted by order (a language code
    to a sort key)."""

    def build(units, period):
        counted = rows(code, period, units).order_by().values("language").annotate(n=Count("pk"))
        by_code = {row["language"]: row["n"] for row in counted}
        return [{"language": LANGUAGES.get(lang, lang), "count": by_code[lang]} for lang in sorted(by_code, key=order)]

    return build


def _held(code, *fields):
    def build(units, period):
        return [
            {"title": row.title, **{name: _plain(getattr(row, name)) for name in fields}, "date": row.held_on}
            for row in rows(code, period, units).order_by("held_on", "pk")
        ]

    return build


def _plain(value):
    """A country as its name; anything else as it is."""
    return getattr(value, "name", value)


def _student_arrivals(units, period):
    return arrivals(rows("foreign_student_arrivals", period, units))


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
                "unit": (doc.unit.short_name or doc.unit.name) if doc.unit else "",
                "unit_id": doc.unit_id,
            }
            for doc in rows(code, period, units).select_related("unit").order_by("issued_on", "pk")
        ]

    return build


def _tasks(source):
    def build(units, period):
        tasks = scoped(m.AssignedTask, units, "year").filter(year=period.year, source=source)
        rows = []
        for task in tasks.select_related("result_document").order_by("pk"):
            progress, document = task.progress_as_of(period.end)  # as it stood at the period's end
            # Not done by a day already past at the period's end: the report says it is late.
            late = progress != m.AssignedTask.Progress.DONE and task.deadline is not None and task.deadline < period.end
            wording = f"{progress.label} (quá hạn)" if late else str(progress.label)
            # The officer's own words of the result ("Đang triển khai thực hiện, dự kiến tổ chức vào tháng
            # 9 - 11/2021…", seed 001), while they still tell the task as it stood at the period's end.
            note = task.progress_note.strip().rstrip(".")
            if note and progress == task.progress and not late:
                wording = note
            rows.append(
                {
                    "title": task.title,
                    "due": task.get_due_display(),
                    "progress": wording,
                    "document": document.citation() if document else "",
                }
            )
        return rows

    return build


def _outgoing_delegations(units, period):
    return [
        {
            "month": row.start_date.month,
            "countries": [country.name for country in row.countries],
            # the countries its name does not say already («Đoàn xúc tiến đầu tư tại Nhật Bản»)
            "destination": [country.name for country in row.countries if country.name not in row.title],
            "persons": row.persons,
            "title": row.title,
            "date": row.start_date,
            # the day back, when another than the day out
            "end": row.end_date if row.end_date and row.end_date != row.start_date else None,
            "decision": row.dispatch_decision.citation() if row.dispatch_decision_id else "",
        }
        for row in rows("outgoing_delegations", period, units)
        .select_related("dispatch_decision")
        .order_by("start_date", "pk")
    ]


def _answers(returned):
    def build(units, period):
        # one row per unit already (collection.services.late_answers), the late and the returned apart
        found = (row for _receiver, rows in signals.late_answers.send(None, units=units, period=period) for row in rows)
        return [row for row in found if bool(row.get("returned")) == returned]

    return build


def _integration_work(units, period):
    work = rows("integration_work", period, units).order_by("start_date", "pk")
    return [{"title": row.title, "date": row.start_date} for row in work]


def _training_attended(units, period):
    return [
        {
            "title": row.title,
            "organiser": row.organiser,
            "participants": row.participants,
            "unit": row.unit.short_name or row.unit.name,
        }
        for row in rows("training_attended", period, units).select_related("unit").order_by("start_date", "pk")
    ]


def _tasks_due_next(units, period):
    """The tasks still open at the period's end that fall due by the end of the next period, by deadline: those
    already late first. Late: due before the next period begins, for the plan speaks of that time (a task due
    on the period's last day is late in next month's plan, though section II, at that day, does not say so
    yet). Those due before last year are left out: a task open for years is a register to tidy, not next
    month's plan."""
    following = period.next()
    if following is None:
        return []
    since = date(period.year - 1, 1, 1)
    due = []
    for task in scoped(m.AssignedTask, units, "year").filter(year__lte=following.year):
        progress, _document = task.progress_as_of(period.end)
        if progress in OPEN_PROGRESS and task.deadline and since <= task.deadline <= following.end:
            due.append(
                {"title": without_stop(task.title), "deadline": task.deadline, "late": task.deadline < following.start}
            )
    return sorted(due, key=lambda row: (row["deadline"], row["title"]))


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
                "unit": plan.unit.short_name or plan.unit.name,
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
    "documents_issued": _documents("documents_issued", issuer=True),
    "documents_own": _documents("documents_own", issuer=False),
    "tasks_programme": _tasks(m.AssignedTask.Source.WORK_PROGRAMME),
    "tasks_other": _tasks(m.AssignedTask.Source.OTHER),
    "outgoing_delegations": _outgoing_delegations,
    "next_year_plan": _next_year_plan,
    "planned_work": planned_work,
    "tasks_due_next": _tasks_due_next,
    "late_answers": _answers(returned=False),
    "returned_answers": _answers(returned=True),
    "training_attended": _training_attended,
    "integration_work": _integration_work,
    "partner_countries": partner_countries,  # each with its own lists (partner_lists.COUNTRY_LISTS)
    **LAO_LISTS,
    **PLAN_LISTS,  # the plan section's rows by area of work
}


def citations(definition):
    """{number: (full citation, short form)} for every {cite:NUMBER} in the template."""
    numbers = {number.strip() for text in _strings(definition) for number in CITE_IN_PATTERN.findall(text)}
    found = {}
    for document in LegalDocument.objects.filter(number__in=numbers).order_by("issued_on"):
        found.setdefault(document.number, (document.citation(), f"{document.doc_type} số {document.number}"))
    return found


def trial_drafts(definition):
    """Write a template for a month as the data may come — every figure present, then none; by the
    focal point answering a letter, then by another unit — so that what an administrator wrote
    wrong is said when the template is saved, not when a report is drafted. Raises PatternError.
    The lists are empty here: an item pattern is checked on the first report that lists a row."""
    codes, period = indicator_codes(definition), parse("2021-08")
    for value, focal in ((1, True), (0, False)):
        figures = {code: {m.name: Figure(value, value, value, value) for m in BY_CODE[code].measures} for code in codes}
        context = Context(
            figures=figures,
            period=period_words(period) | {"compared": bool(value), "ytd_compared": bool(value)},
            unit=dict.fromkeys(UNIT_WORDS, "Sở Ngoại vụ") | {"focal": focal, "office": False},
            # one country of its own section, whose lists are empty: its words are checked too
            lists={name: [] for name in LISTS}
            | {"partner_countries": [{"code": "LA", **report_names("LA"), "lists": dict.fromkeys(COUNTRY_LISTS, [])}]},
            citations=citations(definition),
            letter=dict.fromkeys(LETTER_WORDS, "Công văn số 01/UBND-NC ngày 05/8/2021") if focal else {},
        )
        build(definition, context)


def comparison_note(units, period, own=False):
    """ "Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Quảng Ngãi và tỉnh Kon Tum (trước sắp xếp).",
    when last year's figures count units that a change has since joined; else "". units: the report's
    unit, or a compilation's answering units, each counted as Unit.scope counts it (own)."""
    last_year, since = period.year - 1, date(period.year - 1, 1, 1)
    names = []
    for unit in units:
        names += [name for name in merged_names(unit, period.end, since=since, own=own) if name not in names]
    return before_merger_note(last_year, names, period.is_whole_year()) if names else ""


def comparison_words(units, period):
    """{"compared", "ytd_compared"}: whether the register holds units' rows (a Scope; None: all) of
    the same period last year, and of last year's year to date, to compare with."""
    last = period.same_period_last_year()
    return {
        "compared": recorded_from(units, last.start, last.end),
        "ytd_compared": recorded_from(units, last.year_to_date().start, last.end),
    }


def report_units(unit, period, own=False):
    """The units whose rows a report of unit counts (a Scope): its province's for the focal point, its
    own for an answer to a request (own). The report's text and its «Nguồn số liệu» page count the same."""
    return unit.scope(period.end, own=own)


@translation.override("vi")  # a report is written in Vietnamese whatever the interface: countries, choices…
def build_context(unit, period, definition, letter=None, own=False):
    """own: the unit's own work (an answer to a request), not its province's (Unit.scope)."""
    units = report_units(unit, period, own=own)
    figures = evaluate(indicator_codes(definition), period, units)
    letter_words = {}
    if letter is not None:
        letter_words = {
            "citation": letter.citation(),
            "issuer": letter.issuer or "",
            "reference": letter.reference(),
            "about": letter.about(),
            # who compiles the answer: the body that asked, unless it is the UBND tỉnh itself, whose
            # reviews other bodies compile (seed 001)
            "compiler": "" if is_committee(letter.issuer) else letter.issuer or "",
        }
    return Context(
        figures=figures,
        period=period_words(period) | comparison_words(units, period),
        unit=unit_words(unit, period.end),
        lists=build_lists(units, period, list_names(definition), speaker=unit),
        citations=citations(definition),
        letter=letter_words,
        comparison_note=comparison_note([unit], period, own=own),
        renamed=current_names(period.end),  # the bodies of the report's time
    )
