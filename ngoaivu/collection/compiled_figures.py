"""The figures a compiled report states: the answers' period totals, and what its register holds for the rest.

The period's figures are the compiled total (compiled_cells: the asking unit's own work and the accepted
answers). The year to date, last year's year to date and a stock (the fishermen still held at the
period's end) are the register's over the asking unit's whole scope (the province's, for the focal point,
as its own reports count them), the asked units' part of the period replaced by their answers': a unit
not asked, whose rows the office's register holds (the Biên phòng's detention of April), is not lost from
the year to date, nor the fishermen it still holds from the stock. Last year's period is the answering
units' and the asking unit's own, as the period's figure is, so that the period's comparison adds up."""

from dataclasses import replace

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.register.engine import evaluate


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
