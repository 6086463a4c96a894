"""Which figure of an indicator can never be smaller than another, read from the register's own rules.

A unit's answer gives an indicator's totals, not rows. The rows the register keeps obey their
model's check constraints, and so do any totals rows could add up to:

- Q(a__gte=F(b)) on every row: the total of a is at least the total of b (3 đoàn bring at least
  3 lượt người);
- Q(a__gte=1) on every row: the total of a is at least the number of rows, so at least any count
  of the indicator (its rows, or the distinct values of a field: 04 doanh nhân of 03 doanh nghiệp);
- any figure above 0 needs a row: then the count of rows, and the total of a field kept at least 1
  on every row, are at least 1 (14 lượt người in 0 đoàn, 1,5 tỷ đồng of 0 khoản viện trợ are refused);
- a measure the catalogue marks at_least_one_each, which its model lets be 0 as not known (a course's
  participants): above 0, at least any count of the indicator (03 lớp with 01 lượt người is refused).

The rules stay written once, in the models' Meta.constraints and the catalogue; this module only reads them.
"""

from django.apps import apps
from django.db.models import F, Q
from django.utils.translation import gettext as _

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import format_count


def _simple_rules(model):
    """(field, bound, constraint) for each constraint "field >= bound" of model, bound an int or another
    field's name."""
    for constraint in model._meta.constraints:
        condition = getattr(constraint, "condition", None)
        if not isinstance(condition, Q) or condition.negated or len(condition.children) != 1:
            continue
        child = condition.children[0]
        if not isinstance(child, tuple) or not child[0].endswith("__gte"):
            continue
        field, bound = child[0].removesuffix("__gte"), child[1]
        if isinstance(bound, F):
            yield field, bound.name, constraint
        elif isinstance(bound, int) and not isinstance(bound, bool):
            yield field, bound, constraint


def floors(code):
    """[(measure, measure it is at least)] of the indicator code, as its model's rules imply them."""
    indicator = BY_CODE[code]
    model = apps.get_model(indicator.model)
    summed = {m.field: m.name for m in indicator.measures if m.field and not m.distinct}
    counts = [m.name for m in indicator.measures if m.field is None or m.distinct]
    pairs = []
    for field, bound, _constraint in _simple_rules(model):
        if field not in summed:
            continue
        if isinstance(bound, str):
            if bound in summed and bound != field:
                pairs.append((summed[field], summed[bound]))
        elif bound >= 1:
            pairs.extend((summed[field], count) for count in counts)
    for measure in indicator.measures:
        if measure.at_least_one_each:
            pairs.extend((measure.name, count) for count in counts if (measure.name, count) not in pairs)
    return pairs


def _not_known(code, measure, value):
    """Whether value is a figure left at 0 as not known (Measure.at_least_one_each), which no floor compares."""
    return value == 0 and any(m.name == measure and m.at_least_one_each for m in BY_CODE[code].measures)


def rule_message(constraint, model):
    """The constraint's message as the model's form shows it: a project rule formats its own
    (core.constraints, its fields' labels filled in), a plain Django one is as written."""
    formatted = getattr(constraint, "message", None)
    return formatted(model) if callable(formatted) else constraint.violation_error_message


def row_floors(code):
    """[(measure, message or None)]: the measures of the indicator code that are at least 1 once it has a
    row: its count of rows (message None), and each sum of a field its model keeps at least 1 on every
    row, with the model's own words for it ("Số đoàn phải từ 01 trở lên.")."""
    indicator = BY_CODE[code]
    model = apps.get_model(indicator.model)
    summed = {m.field: m.name for m in indicator.measures if m.field and not m.distinct}
    result = [(m.name, None) for m in indicator.measures if m.field is None]
    for field, bound, constraint in _simple_rules(model):
        if field in summed and isinstance(bound, int) and bound >= 1:
            result.append((summed[field], rule_message(constraint, model)))
    return result


def _row_errors(code, by_measure, words):
    """{(code, measure): message} for a figure at 0 (not blank) beside another above 0 that needs a row."""
    shown = [(name, value) for name, value in by_measure.items() if value and name in words]
    errors = {}
    for measure, message in row_floors(code):
        if by_measure.get(measure) != 0:
            continue
        other = next(((name, value) for name, value in shown if name != measure), None)
        if other is None:
            continue
        errors[(code, measure)] = (
            str(message)
            if message
            else _("Số %(word)s phải từ 01 trở lên: đã ghi %(value)s %(other)s.")
            % {"word": words[measure], "value": format_count(int(other[1])), "other": words[other[0]]}
        )
    return errors


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
            if value is None or least is None or value >= least or _not_known(code, measure, value):
                continue
            errors[(code, measure)] = _("Số %(word)s (%(value)s) không được ít hơn số %(floor)s (%(least)s).") % {
                "word": words[measure],
                "value": format_count(value),
                "floor": words[floor],
                "least": format_count(least),
            }
        for key, message in _row_errors(code, by_measure, words).items():
            errors.setdefault(key, message)
    return errors
