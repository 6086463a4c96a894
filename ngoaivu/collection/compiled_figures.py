"""The figures a compiled report states, and the compilation table shows: one rule for both.

Every window counts the register over the asking unit's whole scope (the province's, for the focal
point, as its own reports count it), the asked units' part of the period replaced by their answers
(compiled_cells): a unit not asked, or asked and not answering, whose rows the office's register holds
(the Biên phòng's detention of April, a college's students), is counted in the period as in the year to
date and the stock, and named as their source (whole_sources); the table shows its figure in a column of
its own (register_units), so that the total there is the figure the report states. A period that counted
only the answers, beside a stock of the whole scope, would say «không có tàu cá bị bắt giữ» in the months
a boat still held was taken. Its rows are listed as the asking unit's register lists them (register_scope):
the report's list of the students who came names the college's, as the register's report does."""

from dataclasses import replace
from functools import reduce
from operator import or_
from typing import NamedTuple

from ngoaivu.core.lineage import Scope, is_focal_on
from ngoaivu.core.models import Unit
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.period_parsing import parse
from ngoaivu.pure.periods import Period
from ngoaivu.pure.text import collation_key
from ngoaivu.register.engine import evaluate, evaluate_by_scope, left
from ngoaivu.reporting.lists import list_reads
from ngoaivu.reporting.template_names import indicator_codes, list_names


def whole_scope(unit, period, units):
    """The units whose rows a compilation counts: the asking unit's scope (unit.scope: the province's, for
    the focal point) and the asked units' (units: their union, None: every unit; answering or not, as
    compiled_parts gives it), for a unit may ask one outside its own. None: the whole register."""
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


def counted_figures(codes, found, own, accepted, held):
    """({(code, measure): compiled_cells}, {code: {measure: Figure}}) of codes: each measure's cells in the period
    (own: the asking unit's own figures, found: compiled_parts, held: unlisted.held_counts) and the figures a
    compiled report states (compiled_figures), over the asked units and the whole scope: one counting for the
    report (compilation.compiled_context) and its sources page's lists (compiled_sources)."""
    register = evaluate(codes, found.period, found.units)
    cells = {
        (code, measure): compiled_cells(own, accepted, code, measure, held, found.others)
        for code, by_measure in register.items()
        for measure in by_measure
    }
    whole = evaluate_whole(codes, found.period, found.units, register, found.whole)
    return cells, compiled_figures(register, whole, {key: sum(counted) for key, counted in cells.items()})


def compiled_cells(own, accepted, code, measure, held=None, others=()):
    """[n…]: what a compilation counts of code's measure in the period, whose sum is its total: the asking
    unit's own work in its register first (own: compilation.own_figures), then each accepted answer's, in
    their order, then the register's figure of each other unit of the whole scope (others: register_units:
    not asked, or not answering), which the year to date and a stock count too. The table shows them, the
    compiled report states their sum (compilation.compiled_context). held (unlisted.held_counts): an
    answer that counts fewer than its unit's rows the report lists counts the register's figure, as
    unlisted.py explains; the table says so beside the row (unlisted.shortfall_notes)."""
    mine = own.get(code, {}).get(measure)
    cells = [int(mine.period or 0) if mine else 0]
    held = held or [{} for _submission in accepted]
    theirs = [figures.get(code, {}).get(measure) for _unit, figures in others]
    return (
        cells
        + [
            counts.get(code, {}).get(measure, 0) if by_register(s, counts, code, measure) else _stated(s, code, measure)
            for s, counts in zip(accepted, held, strict=True)
        ]
        + [int(f.period or 0) if f else 0 for f in theirs]
    )


def _stated(submission, code, measure):
    return int((submission.values or {}).get(code, {}).get(measure) or 0)


def by_register(submission, counts, code, measure):
    """Whether an accepted answer's figure of code's measure is its register's (counts: its held_counts): it
    states fewer than the rows of its unit the report lists (compiled_cells)."""
    return counts.get(code, {}).get(measure, 0) > _stated(submission, code, measure)


def evaluate_whole(codes, period, units, register, scope):
    """The register's figures over scope (whole_scope), register itself when it is the asked units'."""
    return register if scope == units else evaluate(codes, period, scope)


def listed_codes(names):
    """The indicators whose register rows the lists of names read, as each list says (reporting/lists.list_reads):
    a unit whose only rows of the period are a list's is counted by its register all the same
    (register_units), its rows listed as the asking unit's register lists them."""
    return list(dict.fromkeys(code for name in names for code in list_reads(name)))


def part_scopes(period, unit, accepted, whole, missing=(), own_scopes=None):
    """{(kind, unit pk): Scope}: whole_scope (whole) in parts, none counted twice: the asking unit's own work
    ("own"), each answering unit's own tree not counted already ("answer"), each unit asked and without an
    accepted answer (missing: [Unit]), its own tree as its answer would count it, and each other unit of
    the scope ("other": a unit not asked, or asked and not answering). A part without units is left out.
    own_scopes: {unit pk: its own Scope}, read once by compiled_parts."""
    own_scopes = own_scopes or {}

    def own_scope(of):
        return own_scopes[of.pk] if of.pk in own_scopes else of.scope(period.end, own=True)

    mine = own_scope(unit)
    taken, scopes = set(mine.until), {("own", unit.pk): mine}
    for submission in accepted:
        theirs = own_scope(submission.unit).until
        scopes[("answer", submission.unit_id)] = Scope({pk: day for pk, day in theirs.items() if pk not in taken})
        taken |= set(theirs)
    rest = whole.until if whole is not None else dict.fromkeys(Unit.objects.values_list("pk", flat=True))
    for asked in missing:
        theirs = {pk: day for pk, day in own_scope(asked).until.items() if pk in rest}
        scopes[("other", asked.pk)] = Scope({pk: day for pk, day in theirs.items() if pk not in taken})
        taken |= set(theirs)
    scopes |= {("other", pk): Scope({pk: day}) for pk, day in rest.items() if pk not in taken}
    return {key: scope for key, scope in scopes.items() if scope.until}


def register_parts(codes, period, scopes):
    """{(kind, unit pk): {code: {measure: Figure}}}: the register's figures of each part (scopes:
    part_scopes). One grouped query per model."""
    return evaluate_by_scope(codes, period, scopes)


def register_scope(scopes):
    """The Scope of the parts counted by their register rows, not by an answer (scopes: part_scopes): the
    asking unit's own work and the other units'. What a compiled sentence that lists the register's rows
    without saying whose lists (compilation.compiled_context: own_lists)."""
    merged = Scope({})
    for (kind, _pk), scope in scopes.items():
        if kind != "answer":
            merged = merged | scope
    return merged


def register_share(parts, codes):
    """{code: {measure: Figure}}: the sum of the parts counted by their register rows (register_scope's
    figures), for the indicators of codes."""
    summed = {}
    for (kind, _pk), figures in parts.items():
        if kind == "answer":
            continue
        for code in codes:
            for measure, figure in figures.get(code, {}).items():
                held = summed.setdefault(code, {}).get(measure)
                summed[code][measure] = figure if held is None else _added(held, figure)
    return summed


def _added(a, b):
    return replace(
        a,
        period=a.period + b.period,
        ytd=a.ytd + b.ytd,
        last_year=a.last_year + b.last_year,
        last_year_ytd=a.last_year_ytd + b.last_year_ytd,
    )


def register_units(parts, gone=frozenset()):
    """[(Unit, {code: {measure: Figure}})]: the units a compilation counts by their register rows, in the
    order of their names: each other unit of register_parts (asked without an accepted answer, or not asked)
    whose register holds rows of the period that the template reads: a figure of the period (a stock: at its
    end) of the indicators parts counts (the template's, and those its lists read: listed_codes), or rows a
    list reads of a stock gone before the period's end (gone: gone_in_period). Rows no indicator of the
    template reads (the tasks of the year, next year's plans: shared_rows.reads) are none. The one answer to
    «whose figures come from the register»: the columns of the compilation table (compilation.table), the
    cells compiled_cells adds, the units the page's notice names (compilation.coverage_note)."""
    found = {pk: figures for (kind, pk), figures in parts.items() if kind == "other"}
    held = [pk for pk, figures in found.items() if pk in gone or _of_period(figures)]
    units = sorted(Unit.objects.filter(pk__in=held), key=lambda u: collation_key(u.report_name))
    return [(u, found[u.pk]) for u in units]


def _of_period(figures):
    return any(f.period for by_measure in figures.values() for f in by_measure.values())


def gone_in_period(listed, period, scopes, parts):
    """{unit pk}: the other units (part_scopes' "other") with no figure of the period whose register holds rows
    of a stock that a list reads (listed: listed_codes) on some day of the period but not on its last: the
    students who went home before the month's end, whom students_left lists (engine.left). A stock's figure
    is read on the period's last day and misses them; a flow's counts the very rows its lists read."""
    empty = {pk for (kind, pk), figures in parts.items() if kind == "other" and not _of_period(figures)}
    stocks = [code for code in listed if BY_CODE[code].is_stock]
    if not empty or not stocks:
        return set()
    part_of = {
        unit_pk: pk
        for (kind, pk), scope in scopes.items()
        if pk in empty and kind == "other"
        for unit_pk in scope.until
    }
    merged = reduce(or_, (scopes[("other", pk)] for pk in empty), Scope({}))
    found = set()
    for code in stocks:
        found.update(left(code, period, merged).values_list("unit_id", flat=True).distinct())
    return {part_of[unit_pk] for unit_pk in found if unit_pk in part_of}


def whole_sources(codes, period, unit, parts, contributors, registered=None):
    """({code: (answering unit ids, [names of the other units])}, {code: [names of the other units]},
    {code: whether the asking unit's own register counts in it}): whose figures the year to date and a
    stock (the first), and the period (the second) count, as a sentence that states them says
    (reporting/paragraphs.attributed): the asking unit's own register when it holds rows of them, the
    answers that give the indicator a figure in the period (contributors: {code: unit ids}), and each other
    unit of the scope whose register rows it counts (parts: register_parts; the Biên phòng's detention of
    April, not asked). An answering unit whose register holds the year's earlier months is named with the
    registers for them, and counted as a report only when its answer gives the period a figure: «theo số
    liệu của Văn phòng UBND tỉnh và theo báo cáo của 01 đơn vị», as the period says a register and a report
    apart. registered: {code: unit ids} of the accepted answers the period counts by their register
    (compilation.compiled_context: they state fewer than the rows their register holds): named with the
    registers, not as reports."""
    registered = registered or {}
    # named as unit_words names the asking unit (Unit.report_name): one unit never two ways in one report
    named = [k for kind, k in parts if kind != "own"] + [k for ids in registered.values() for k in ids]
    names = {u.pk: u.report_name for u in Unit.objects.filter(pk__in=named)}
    sources, in_period, own = {}, {}, {}
    for code in codes:
        stock = BY_CODE[code].is_stock
        answers, by_their_register = set(contributors.get(code, ())), registered.get(code, set())
        # an answer counted by its register: its figure of the period, and so of the year to date, is the register's
        others, period_others = [names[pk] for pk in by_their_register], [names[pk] for pk in by_their_register]
        for (kind, pk), figures in parts.items():
            held = figures.get(code, {}).values()
            if kind == "answer" and pk in by_their_register:
                continue
            if kind == "answer" and not stock and any(f.ytd - f.period for f in held):
                others.append(names[pk])  # its earlier months are its register's, not its report's
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


def asked_scope(scopes):
    """The union of the asking unit's own scope and the asked units' (scopes: [Scope]): the units whose
    register the answers stand for (a Scope; None: all)."""
    return None if None in scopes else reduce(or_, scopes, Scope({}))


def whole_province(request, period, accepted, submissions, own):
    """Whether the accepted answers count all that the asking unit's reports count (the province's, for
    the focal point): every unit asked answered (submissions: compilation.answers_of), and the units asked
    cover every unit of that scope that existed in the period, but the bodies above the asking unit (the
    UBND tỉnh, the province), which it reports to. Else the sentences do not say «toàn tỉnh» over the
    answers' totals. The asking unit's own work is counted from its register. Another unit's answers are
    never the province's: its sentences say whose reports they count (sentences.counted). own: the units' own
    Scopes (Parts.own), read once for the compilation."""
    if len(accepted) < len(submissions) or not is_focal_on(request.unit, period.end):
        return False
    full = request.unit.scope(period.end)
    asked = set()
    for pk in [request.unit_id] + [s.unit_id for s in submissions]:
        scope = own[pk]
        if scope is None:
            return True
        asked.update(scope.unit_ids)
    above, unit = set(), request.unit.parent
    while unit is not None:
        above.add(unit.pk)
        unit = unit.parent
    units = Unit.objects.exclude(pk__in=asked | above)
    if full is not None:
        units = units.filter(pk__in=full.unit_ids)
    return not units.existed_in(period).exists()


class Parts(NamedTuple):
    """What a compilation counts, and from where (compiled_parts): its table, its report and the notice of
    its page read the one answer."""

    period: Period
    codes: list  # the template's indicators (reporting.template_names.indicator_codes)
    units: Scope | None  # asked_scope of the accepted answers: the asking unit's own work and the answers'
    whole: Scope | None  # whole_scope
    scopes: dict  # part_scopes
    parts: dict  # register_parts
    others: list  # register_units: the units counted by their register rows
    own: dict  # {unit pk: its own Scope} of the asking unit and the units asked (unlisted.held_counts reads them)


def compiled_parts(request, accepted, submissions):
    """Parts of a request's compilation: accepted, its accepted answers; submissions, all its answers
    (compilation.answers_of). A unit asked without an accepted answer is counted by its register rows, in
    its own scope as its answer would have been, whether or not the asking unit's own reports count it."""
    unit, definition = request.unit, request.template.definition
    period = parse(request.period_code, unit.reporting_convention)
    codes = indicator_codes(definition)
    answered = {s.unit_id for s in accepted}
    missing = [s.unit for s in submissions if s.unit_id not in answered]
    own = {u.pk: u.scope(period.end, own=True) for u in [unit, *(s.unit for s in submissions)]}
    whole = whole_scope(unit, period, asked_scope(list(own.values())))
    scopes = part_scopes(period, unit, accepted, whole, missing, own)
    listed = listed_codes(list_names(definition))
    parts = register_parts(list(dict.fromkeys([*codes, *listed])), period, scopes)
    units = asked_scope([own[unit.pk], *(own[s.unit_id] for s in accepted)])
    others = register_units(parts, gone_in_period(listed, period, scopes, parts))
    return Parts(period, codes, units, whole, scopes, parts, others, own)
