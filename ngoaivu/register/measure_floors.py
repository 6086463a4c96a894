"""Which figure of an indicator can never be smaller than another, read from the register's own rules.

A unit's answer gives an indicator's totals, not rows. The rows the register keeps obey their
model's check constraints, and so do any totals rows could add up to:

- Q(a__gte=F(b)) on every row: the total of a is at least the total of b (3 đoàn bring at least
  3 lượt người);
- Q(a__gte=1) on every row: the total of a is at least the number of rows, so at least any count
  of the indicator (its rows, or the distinct values of a field: 04 doanh nhân of 03 doanh nghiệp).

The rules stay written once, in the models' Meta.constraints; this module only reads them.
"""

from django.apps import apps
from django.db.models import F, Q
from django.utils.translation import gettext as _

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import format_count


def _simple_rules(model):
    """(field, bound) for each constraint "field >= bound" of model, bound an int or another field's name."""
    for constraint in model._meta.constraints:
        condition = getattr(constraint, "condition", None)
        if not isinstance(condition, Q) or condition.negated or len(condition.children) != 1:
            continue
        child = condition.children[0]
        if not isinstance(child, tuple) or not child[0].endswith("__gte"):
            continue
        field, bound = child[0].removesuffix("__gte"), child[1]
        if isinstance(bound, F):
            yield field, bound.name
        elif isinstance(bound, int) and not isinstance(bound, bool):
            yield field, bound


def floors(code):
    """[(measure, measure it is at least)] of the indicator code, as its model's rules imply them."""
    indicator = BY_CODE[code]
    model = apps.get_model(indicator.model)
    summed = {m.field: m.name for m in indicator.measures if m.field and not m.distinct}
    counts = [m.name for m in indicator.measures if m.field is None or m.distinct]
    pairs = []
    for field, bound in _simple_rules(model):
        if field not in summed:
            continue
        if isinstance(bound, str):
            if bound in summed and bound != field:
                pairs.append((summed[field], summed[bound]))
        elif bound >= 1:
            pairs.extend((summed[field], count) for count in counts)
    return pairs


def floor_errors(values):
    """{(code, measure): message} for the totals of values ({code: {measure: n}}) below their floor,
    each figure named by its catalogue word ("lượt người"). Blank figures are not compared."""
    errors = {}
    for code, by_measure in values.items():
        if code not in BY_CODE:
            continue
        words = {m.name: m.unit for m in BY_CODE[code].measures}
        for measure, floor in floors(code):
            value, least = by_measure.get(measure), by_measure.get(floor)
            if value is None or least is None or value >= least:
                continue
            errors[(code, measure)] = _("Số %(word)s (%(value)s) không được ít hơn số %(floor)s (%(least)s).") % {
                "word": words[measure],
                "value": format_count(value),
                "floor": words[floor],
                "least": format_count(least),
            }
    return errors
