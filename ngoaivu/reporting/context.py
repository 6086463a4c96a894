"""Gather from the database what a draft needs: figures, the words of its unit, period and letter,
citations, and the rows of its lists (lists.py).

This is the thin Django side of drafting: everything it returns is plain data for the pure
functions of sentences.py and drafting.py.
"""

from datetime import date, timedelta

from django.utils import translation

from ngoaivu.core.countries import report_names
from ngoaivu.core.lineage import current_names, focal_point, is_focal_on, merged_names, recorded_from
from ngoaivu.core.legal_documents import number_key
from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.wording import before_merger_note, is_committee
from ngoaivu.register.engine import evaluate

from .drafting import build, period_words
from .lists import LISTS, build_lists
from .partner_lists import COUNTRY_LISTS
from .sentences import LETTER_WORDS, Context
from .template_names import cited_numbers, indicator_codes, list_names


# What unit_words gives: {unit.name}…
UNIT_WORDS = ("name", "short", "code", "focal", "office", "school", "focal_point", "addressee", "introduced")


def unit_words(unit, as_of=None):
    """How the prose names the unit: "Sở Ngoại vụ" in full, "Sở" for short; focal: whether it was
    the province's focal point on as_of (None: today), whose duties some sentences name; focal_point:
    the name of the unit to which the reports of the others go: the focal point on the day after
    as_of, when the report is sent (a February 2025 report goes to whoever took the duty on 01/3/2025)."""
    short = {Unit.Kind.DEPARTMENT: "Sở", Unit.Kind.OFFICE: "Văn phòng"}.get(unit.kind, unit.report_name)
    if unit.kind == Unit.Kind.DEPARTMENT and not unit.short_name.startswith("Sở"):
        short = unit.report_name
    focal = focal_point(unit.province(), as_of + timedelta(days=1) if as_of else None)
    name = unit.report_name
    focal_name = focal.report_name if focal is not None and focal.pk != unit.pk else ""
    return {
        "name": name,
        "short": short,
        "code": unit.code,
        "focal": is_focal_on(unit, as_of),
        # a Văn phòng UBND tỉnh has duties beyond foreign affairs: a review of its work names which
        "office": unit.kind == Unit.Kind.OFFICE,
        # a university or college: its students study at it, a body's at the schools under it
        "school": unit.kind == Unit.Kind.UNIVERSITY,
        # none when the unit took the duty itself (a Văn phòng's February 2025 report): it reports to the UBND tỉnh
        "focal_point": focal_name,
        # whom the report is sent to without a letter (build_context: with one, addressee())
        "addressee": focal_name,
        # the first mention that gives the short form the rest uses (seed 002: «Văn phòng UBND tỉnh (Văn phòng)»)
        "introduced": f"{name} ({short})" if short != name else name,
    }


def addressee(words, issuer, names):
    """{unit.addressee}: the one body a report is sent to, which its closing («kính gửi … theo dõi, tổng
    hợp./.») and its Nơi nhận both name. words: unit_words(); issuer: the letter's; names:
    current_names() on the day the report is sent. The body that asked by letter, by the name it has then
    (a Sở Ngoại vụ that has ended is the unit carrying its work), unless that is the unit itself or the
    UBND tỉnh; else the province's focal point (words["focal_point"]). "": the UBND tỉnh («kính báo cáo
    UBND tỉnh./.»), as for the focal point itself."""
    issuer = issuer.strip()
    if is_committee(issuer):
        return ""  # asked by the UBND tỉnh: «kính báo cáo UBND tỉnh»
    if issuer:
        current = names.get(issuer.casefold(), issuer)
        own = {words["name"].casefold(), names.get(words["name"].casefold(), words["name"]).casefold()}
        if current.casefold() not in own:
            return current
    return words["focal_point"]


def citations(definition):
    """{number: (full citation, short form)} for every {cite:NUMBER} in the template."""
    numbers = cited_numbers(definition)
    found = {}
    keys = {number_key(number): number for number in numbers}  # «1821/vp-hcqt» cites 1821/VP-HCQT
    for document in LegalDocument.objects.filter(number_key__in=keys).order_by("issued_on"):
        found.setdefault(keys[document.number_key], (document.citation(), f"{document.doc_type} số {document.number}"))
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
            unit=dict.fromkeys(UNIT_WORDS, "Sở Ngoại vụ") | {"focal": focal, "office": False, "school": False},
            # one country of its own section, whose lists are empty: its words are checked too
            lists={name: [] for name in LISTS}
            | {"partner_countries": [{"code": "LA", **report_names("LA"), "lists": dict.fromkeys(COUNTRY_LISTS, [])}]},
            citations=citations(definition),
            letter=dict.fromkeys(LETTER_WORDS, "Công văn số 01/UBND-NC ngày 05/8/2021") if focal else {},
        )
        build(definition, context)


def comparison_note(units, period, own=False, whole=()):
    """ "Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Quảng Ngãi và tỉnh Kon Tum (trước sắp xếp).",
    when last year's figures count units that a change has since joined; else "". units: the report's
    unit, or a compilation's answering units, each counted as Unit.scope counts it (own); whole: units
    counted with all their reports count (a compilation's asking unit: the province, for the focal point)."""
    last_year, since = period.year - 1, date(period.year - 1, 1, 1)
    names = []
    for unit, whose in [(unit, False) for unit in whole] + [(unit, own) for unit in units]:
        names += [name for name in merged_names(unit, period.end, since=since, own=whose) if name not in names]
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
    words = unit_words(unit, period.end)
    letter_words = {}
    if letter is not None:
        issuer = letter.issuer or ""
        # sent the day after the period, as unit_words' focal point: a February 2025 report goes to the Sở's successor
        if issuer:
            words["addressee"] = addressee(words, issuer, current_names(period.end + timedelta(days=1)))
        letter_words = {
            "citation": letter.citation(),
            "issuer": issuer,
            "reference": letter.reference(),
            "about": letter.about(),
            # who compiles the answer: the body that asked (addressee), unless it is the UBND tỉnh itself,
            # whose reviews other bodies compile (seed 001)
            "compiler": words["addressee"] if issuer else "",
        }
    return Context(
        figures=figures,
        period=period_words(period) | comparison_words(units, period),
        unit=words,
        lists=build_lists(units, period, list_names(definition), speaker=unit),
        citations=citations(definition),
        letter=letter_words,
        comparison_note=comparison_note([unit], period, own=own),
        renamed=current_names(period.end),  # the bodies of the report's time
    )
