"""The template as a unit's answer shows it: its indicators and measures, its sections keyed, numbered and
headed as the unit's report writes them, and the texts the register drafts for them."""

import json

from django.utils import translation

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.reporting.context import build_context, unit_words
from ngoaivu.reporting.document import Section
from ngoaivu.reporting.drafting import build, expanded, period_words
from ngoaivu.reporting.lists import heading_rows
from ngoaivu.reporting.sentences import Context, PatternError, fill
from ngoaivu.reporting.template_names import CODE_IN_PATTERN, indicator_codes

from .compiled_text import marks_to_superscripts
from .figures import OutlineSection


def measures(template):
    """[(code, indicator name, measure name, measure unit)] the template's patterns use, by code (the answer
    form groups them by section: figures.group_figures)."""
    rows = []
    for code in indicator_codes(template.definition):
        indicator = BY_CODE[code]
        rows.extend((code, indicator.name, m.name, m.unit) for m in indicator.measures)
    return rows


@translation.override("vi")  # the unit's report text, whatever language its reporter reads
def drafted_texts(template, unit, period):
    """({leaf section key: drafted text}, footnotes) from the register, footnote marks as a unit sees them ("¹")."""
    try:
        context = build_context(unit, period, template.definition, own=True)
        # An answer counts the unit's own rows: it speaks for the unit, even the focal point's ("toàn tỉnh có
        # …" would call its own rows the province's, which the office adds up from every unit's answer).
        context.unit = {**context.unit, "focal": False}
        draft = build(template.definition, context)
    except PatternError:
        # A template an administrator wrote wrong: the unit writes its texts itself; the office
        # is told why when it drafts a report from the template (reporting.services).
        return {}, []
    texts = {s.key: marks_to_superscripts(s.text) for s in draft.flat() if not s.children}
    return texts, list(draft.footnotes)


def _heading_context(unit, period):
    """What a heading names ("{period.label_upper}", "{unit.name}"), without evaluating any figure."""
    return Context(figures={}, period=period_words(period), unit=unit_words(unit))


def section_keys(template, unit, period):
    """[(key, number, heading)] of the leaf sections, headings filled, without evaluating any figure."""
    return [
        (key, number, heading) for key, number, heading, leaves in all_sections(template, unit, period) if not leaves
    ]


def _outline(template, unit, period):
    """(spec, key, number, heading, level) of every section in the template's order, keyed, numbered and
    headed as the unit's report writes them (drafting.expanded): a section repeated for each country reported
    apart is one section per country, named in its heading, the sections after it numbered on."""
    context = _heading_context(unit, period)
    units = unit.scope(period.end, own=True)

    def walk(specs, parent, level):
        outer = context.each
        for spec, key, number, row in expanded(specs, lambda name: heading_rows(name, units, period), parent):
            if row is not None:
                context.each = {name: value for name, value in row.items() if name != "lists"}
            yield spec, key, number, _heading(spec.get("heading", ""), context), level
            yield from walk(spec.get("children") or [], key, level + 1)
            context.each = outer

    yield from walk(template.definition.get("sections", []), "", 1)


def all_sections(template, unit, period):
    """[(key, number, heading, leaves)] of every section in the template's order (_outline), headings filled;
    leaves: the keys of the leaf sections under it, [] for a leaf itself."""
    outline = [(key, number, heading, level) for _spec, key, number, heading, level in _outline(template, unit, period)]
    # a section's leaves: the sections after it deeper than it, up to the next of its level, that have none below
    leaf = [at + 1 == len(outline) or outline[at + 1][3] <= level for at, (*_s, level) in enumerate(outline)]
    result = []
    for at, (key, number, heading, level) in enumerate(outline):
        below = []
        for (k, _n, _h, deeper), is_leaf in zip(outline[at + 1 :], leaf[at + 1 :]):
            if deeper <= level:
                break
            if is_leaf:
                below.append(k)
        result.append((key, number, heading, below))
    return result


def answer_sections(sections, texts):
    """[(key, number, heading)] of all_sections an answer has a text box for: each leaf, and a section
    above its a), b) whose own text the answer holds (a unit's file that says the section's work without
    them: uploaded._placed_texts), so that it is seen, kept when saved and compiled as the section's text."""
    texts = texts or {}
    return [(key, number, heading) for key, number, heading, leaves in sections if not leaves or texts.get(key)]


def numbered(sections):
    """{key: "I.5"}: each section of all_sections by its numbers from the top, as the report prints them
    (the aid section, keyed I.4, is «5.» after «4.» of Laos); what a unit's form labels it by and a unit's
    file numbers it by."""
    found = {}
    for key, number, _heading, _leaves in sections:
        parent = key.rpartition(".")[0] if "." in key else None
        found[key] = f"{found[parent]}.{number}" if parent in found else number
    return found


def _heading(pattern, context):
    try:
        return fill(pattern, context)
    except PatternError:
        return pattern  # as written, placeholders and all, rather than no form at all


def figure_outline(template, unit, period):
    """[OutlineSection] of every section of the template, in its order (_outline), each heading as the report
    prints it and with the indicators its own text names (conditions included), first named first."""
    result = []
    for spec, _key, number, heading, level in _outline(template, unit, period):
        own = {name: value for name, value in spec.items() if name != "children"}
        named = CODE_IN_PATTERN.findall(json.dumps(own, ensure_ascii=False))
        codes = dict.fromkeys(code for code in named if code in BY_CODE)  # first mention first, once
        result.append(OutlineSection(level=level, label=Section(number, heading, level).label(), codes=tuple(codes)))
    return result
