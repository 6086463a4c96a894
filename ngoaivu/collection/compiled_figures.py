"""The figures a compiled report states, and the compilation table shows: one rule for both.

Every window counts the register over the asking unit's whole scope (the province's, for the focal
point, as its own reports count it), the asked units' part of the period replaced by their answers
(compiled_cells): a unit not asked, or asked and not answering, whose rows the office's register holds
(the Biên phòng's detention of April, a college's students), is counted in the period as in the year to
date and the stock, and named as their source (whole_sources); the table shows its figure in a column of
its own (register_parts), so that the total there is the figure the report states. A period that counted
only the answers, beside a stock of the whole scope, would say «không có tàu cá bị bắt giữ» in the months
a boat still held was taken."""

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
    own work and the answering units'), whose indicators and measures the report states; whole, over
    whole_scope; totals: {(code, measure): the compiled total of the period (compiled_cells: the whole
    scope's, the answers standing for their units' register)}. The year to date gains what the answers
    add to their units' register rows of the period."""
    figures = {}
    for code, by_measure in register.items():
        for measure, asked in by_measure.items():
            total = totals[(code, measure)]
            held = whole.get(code, {}).get(measure, asked)
            figures.setdefault(code, {})[measure] = replace(held, period=total, ytd=held.ytd + total - held.period)
    return figures


def evaluate_whole(codes, period, units, register, scope):
    """The register's figures over scope (whole_scope), register itself when it is the asked units'."""
    return register if scope == units else evaluate(codes, period, scope)


def register_parts(codes, period, unit, accepted, whole):
    """{(kind, unit pk): {code: {measure: Figure}}}: the register over whole_scope (whole) in parts, each
    unit its own scope: the asking unit's own work ("own"), each answering unit's not counted already
    ("answer"), each other unit of the scope ("other": not asked, or asked and not answering). One
    grouped query per model."""
    own_scope = unit.scope(period.end, own=True)
    taken, scopes = set(own_scope.until), {("own", unit.pk): own_scope}
    for submission in accepted:
        mine = submission.unit.scope(period.end, own=True).until
        scopes[("answer", submission.unit_id)] = Scope({pk: day for pk, day in mine.items() if pk not in taken})
        taken |= set(mine)
    rest = whole.until if whole is not None else dict.fromkeys(Unit.objects.values_list("pk", flat=True))
    scopes |= {("other", pk): Scope({pk: day}) for pk, day in rest.items() if pk not in taken}
    return evaluate_by_scope(codes, period, {key: scope for key, scope in scopes.items() if scope.until})


def other_units(parts):
    """[(Unit, {code: {measure: Figure}})]: the other units of register_parts whose register holds a
    figure of the period (a stock: at its end), in the order of their names: the columns of the
    compilation table beside the answers' (compilation.table), the cells compiled_cells adds."""
    found = {pk: figures for (kind, pk), figures in parts.items() if kind == "other"}
    held = [pk for pk, figures in found.items() if any(f.period for m in figures.values() for f in m.values())]
    units = sorted(Unit.objects.filter(pk__in=held), key=lambda u: collation_key(u.report_name))
    return [(u, found[u.pk]) for u in units]


def whole_sources(codes, period, unit, parts, contributors):
    """({code: (answering unit ids, [names of the other units])}, {code: [names of the other units]},
    {code: whether the asking unit's own register counts in it}): whose figures the year to date and a
    stock (the first), and the period (the second) count, as a sentence that states them says
    (reporting/paragraphs.attributed): the asking unit's own register when it holds rows of them, the
    answers that give the indicator a figure in the period (contributors: {code: unit ids}) or whose
    unit's register holds its earlier months, and each other unit of the scope whose register rows it
    counts (parts: register_parts; the Biên phòng's detention of April, not asked)."""
    # named as unit_words names the asking unit (Unit.report_name): one unit never two ways in one report
    names = {u.pk: u.report_name for u in Unit.objects.filter(pk__in=[k for kind, k in parts if kind == "other"])}
    sources, in_period, own = {}, {}, {}
    for code in codes:
        stock = BY_CODE[code].is_stock
        answers, others, period_others = set(contributors.get(code, ())), [], []
        for (kind, pk), figures in parts.items():
            held = figures.get(code, {}).values()
            if kind == "answer" and not stock and any(f.ytd - f.period for f in held):
                answers.add(pk)  # its earlier months, from the register
            elif kind == "other":
                if any(f.period if stock else f.ytd for f in held):
                    others.append(names[pk])
                if any(f.period for f in held):
                    period_others.append(names[pk])
            elif kind == "own":
                own[code] = any(f.period if stock else f.ytd for f in held)
        sources[code] = (answers, sorted(others, key=collation_key))
        in_period[code] = sorted(period_others, key=collation_key)
    return sources, in_period, own
