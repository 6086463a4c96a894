"""What a compiled report says of the answers' part of an area whose sentence lists the register's rows
(the delegations sent, the receptions, the agreements…): the count sentence gives the compiled total,
the list names the rows the register holds; what the answers count beyond those rows is said with its
source, so that the list does not read as the whole."""

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import parse
from ngoaivu.pure.wording import format_amount
from ngoaivu.register.engine import evaluate, evaluate_by_scope
from ngoaivu.reporting.template_names import list_names


def unlisted_parts(request, accepted, context):
    """{list name: [(unit, {measure: n})]}: what the accepted answers count of an area whose sentence
    lists the register's rows (outgoing delegations, receptions, agreements…) beyond the rows the
    register holds for their unit: a unit that answered by the form, or counted more than it recorded.
    The count sentence gives the compiled total; these parts are said with their source
    (unlisted_sentences), so that the list beside it does not read as the whole."""
    period = parse(request.period_code, request.unit.reporting_convention)
    names = [n for n in context.lists if context.lists[n] and n in BY_CODE and not BY_CODE[n].is_stock]
    if not names:
        return {}
    found = {}
    for submission, register in zip(accepted, _registers(names, period, accepted)):
        for name in names:
            part = {}
            for measure in BY_CODE[name].measures:
                held = register.get(name, {}).get(measure.name)
                stated = int((submission.values or {}).get(name, {}).get(measure.name) or 0)
                more = stated - (int(held.period or 0) if held else 0)
                if more > 0:
                    part[measure.name] = more
            if part:
                found.setdefault(name, []).append((submission.unit, part))
    return found


def _registers(names, period, accepted):
    """The register's figures of each accepted answer's unit, in their order: one grouped query per model
    when the units' rows are apart (as answering units' own rows are), else one evaluation each."""
    scopes = [submission.unit.scope(period.end, own=True) for submission in accepted]
    ids = [unit_id for scope in scopes if scope is not None for unit_id in scope.unit_ids]
    if None in scopes or len(ids) != len(set(ids)):
        return [evaluate(names, period, scope) for scope in scopes]
    by_scope = evaluate_by_scope(names, period, dict(enumerate(scopes)))
    return [by_scope[index] for index in range(len(scopes))]


def unlisted_sentence(name, parts):
    """«Ngoài ra, theo báo cáo của Trường Đại học Phạm Văn Đồng, đơn vị có thêm 03 đoàn với 12 lượt
    người.»: the answers' part of an area that its list does not name, each with its source."""
    clauses = []
    for unit, part in parts:
        said = " với ".join(format_amount(part[m.name], m.unit) for m in BY_CODE[name].measures if part.get(m.name))
        clauses.append(f"theo báo cáo của {unit.name}, đơn vị có thêm {said}")
    return f"Ngoài ra, {'; '.join(clauses)}."


def _list_sections(definition):
    """{section key: [list name…]}: the lists each numbered section's own body names."""
    found = {}

    def walk(specs, parent):
        for spec in specs or []:
            if not isinstance(spec, dict) or "each" in spec:
                continue
            key = f"{parent}.{spec.get('number', '')}" if parent else spec.get("number", "")
            names = list_names(spec.get("body") or [])
            if names:
                found[key] = names
            walk(spec.get("children"), key)

    walk(definition.get("sections"), "")
    return found


def unlisted_notes(request, accepted, context):
    """{section key: [sentence]}: the unlisted parts (unlisted_parts) said in the section that lists the area."""
    parts = unlisted_parts(request, accepted, context)
    notes = {}
    for key, names in _list_sections(request.template.definition).items():
        for name in names:
            if name in parts:
                notes.setdefault(key, []).append(unlisted_sentence(name, parts.pop(name)))
    return notes
