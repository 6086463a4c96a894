"""The figures a compiled report states: the answers' period totals, and what its register holds for the rest.

The period's figures are the compiled total (compiled_cells: the asking unit's own work and the accepted
answers). The year to date, last year's year to date and a stock (the fishermen still held at the
period's end) are the register's over the asking unit's whole scope (the province's, for the focal point,
as its own reports count them), the asked units' part of the period replaced by their answers': a unit
not asked, whose rows the office's register holds (the Biên phòng's detention of April), is not lost from
the year to date, nor the fishermen it still holds from the stock. Last year's period is the answering
units' and the asking unit's own, as the period's figure is, so that the period's comparison adds up."""

from dataclasses import replace

from ngoaivu.core.lineage import Scope
from ngoaivu.core.models import Unit
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.text import collation_key
from ngoaivu.register.engine import evaluate, evaluate_by_scope


def whole_scope(unit, period, units):
    """The units whose rows the year to date counts: the asking unit's scope (unit.scope: the province's,
    for the focal point) and the answering units' (units: their union, None: every unit), for a unit may
    ask one outside its own. None: the whole register."""
    mine = unit.scope(period.end)
    return None if mine is None or units is None else mine | units


def compiled_figures(register, whole, totals):
    """{code: {measure: Figure}}: register, the register's figures over the asked units (the asking unit's
    own work and the answering units'), whole, over whole_scope; totals: {(code, measure): the compiled
    total of the period}."""
    figures = {}
    for code, by_measure in register.items():
        for measure, asked in by_measure.items():
            total = totals[(code, measure)]
            held = whole.get(code, {}).get(measure, asked)
            rest = -asked.period + total  # the asked units' part of the period, as they answered it
            if BY_CODE[code].is_stock:  # the state at the period's end, of every unit the register holds
                figure = replace(held, period=held.period + rest, ytd=held.ytd + rest)
            else:
                figure = replace(asked, period=total, ytd=held.ytd + rest, last_year_ytd=held.last_year_ytd)
            figures.setdefault(code, {})[measure] = figure
    return figures


def evaluate_whole(codes, period, units, register, scope):
    """The register's figures over scope (whole_scope), register itself when it is the asked units'."""
    return register if scope == units else evaluate(codes, period, scope)


def whole_sources(codes, period, unit, accepted, whole, contributors):
    """({code: (answering unit ids, [names of the other units])}, {code: whether the asking unit's own
    register counts in it}): whose figures the year to date and a stock count (compiled_figures: over
    whole_scope), as a sentence that states them says (reporting/paragraphs.attributed): the asking unit's
    own register when it holds rows of them, the answers that give the indicator a figure in the period
    (contributors: {code: unit ids}) or whose unit's register holds its earlier months, and each other unit
    of the scope whose register rows it counts (the Biên phòng's detention of April, not asked). One grouped
    query per model, each unit its own scope."""
    own_scope = unit.scope(period.end, own=True)
    taken, scopes = set(own_scope.until), {("own", unit.pk): own_scope}
    for submission in accepted:
        mine = submission.unit.scope(period.end, own=True).until
        scopes[("answer", submission.unit_id)] = Scope({pk: day for pk, day in mine.items() if pk not in taken})
        taken |= set(mine)
    rest = whole.until if whole is not None else dict.fromkeys(Unit.objects.values_list("pk", flat=True))
    scopes |= {("other", pk): Scope({pk: day}) for pk, day in rest.items() if pk not in taken}
    found = evaluate_by_scope(codes, period, {key: scope for key, scope in scopes.items() if scope.until})
    # named as unit_words names the asking unit (Unit.report_name): one unit never two ways in one report
    names = {u.pk: u.report_name for u in Unit.objects.filter(pk__in=[k for kind, k in found if kind == "other"])}
    sources, own = {}, {}
    for code in codes:
        stock = BY_CODE[code].is_stock
        answers, others = set(contributors.get(code, ())), []
        for (kind, pk), figures in found.items():
            held = figures.get(code, {}).values()
            if kind == "answer" and not stock and any(f.ytd - f.period for f in held):
                answers.add(pk)  # its earlier months, from the register
            elif kind == "other" and any(f.period if stock else f.ytd for f in held):
                others.append(names[pk])
            elif kind == "own":
                own[code] = any(f.period if stock else f.ytd for f in held)
        sources[code] = (answers, sorted(others, key=collation_key))
    return sources, own
