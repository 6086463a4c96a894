"""Sentence patterns filled with figures: the prose of a draft. Pure Python.

A section's body is a list of sentence specs (plain data an administrator edits):

    {"text": "…{incoming_delegations.groups.ytd} đoàn…",   # written when "if" holds
     "if": "incoming_delegations.groups.period",         # a figure path or a context flag
     "else": "Trong tháng, không có …",                  # written otherwise (optional)
     "footnote": "…",                                    # appended as a real footnote (optional)
     "paragraph": false}                                 # true: joins the previous paragraph

Placeholders:
    {code.measure.window}      a count in the official style: "04", "17", "1.234"
                               windows: period, ytd, last_year, last_year_ytd, diff, ytd_diff
    {code.measure.window:money} an amount of đồng: "7,037 tỷ đồng"
    {code.measure.window:number} a plain number: "108.373"
    {code.compare}             "tăng 03 đoàn với 11 lượt người so với cùng kỳ năm 2020"
    {code.ytd_compare}         the same for the year to date
    {period.label} {period.ytd_label} {period.word} {period.year} {period.last_year}
    {unit.name} {unit.short}   "Sở Ngoại vụ", "Sở"
    {lists.NAME.joined}        a list the application supplies ("22, 23 và 24")
    {cite:NUMBER}              a legal document: in full on first mention, short after
"""

import re
from dataclasses import dataclass, field

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.wording import format_count, format_number

PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


class PatternError(ValueError):
    """A pattern names something that does not exist; the message is for the administrator."""


@dataclass
class Context:
    figures: dict  # {code: {measure: Figure}}
    period: dict  # label, ytd_label, word, year, last_year, partial (bool)
    unit: dict  # name, short
    lists: dict = field(default_factory=dict)  # {name: {"items": [...], "joined": "…", …}}
    citations: dict = field(default_factory=dict)  # {number: (full, short)}
    cited: set = field(default_factory=set)  # numbers already cited in full
    footnotes: list = field(default_factory=list)  # collected footnote texts
    letter: dict = field(default_factory=dict)  # the letter that asked for the report: citation, issuer


def format_money(vnd):
    """ "7,037 tỷ đồng", "850 triệu đồng", "25.000.000 đồng" — as the seeds write amounts."""
    vnd = int(vnd)
    if abs(vnd) >= 1_000_000_000:
        return f"{_trimmed(vnd / 1_000_000_000)} tỷ đồng"
    if abs(vnd) >= 1_000_000 and vnd % 1_000_000 == 0:
        return f"{_trimmed(vnd / 1_000_000)} triệu đồng"
    return f"{format_number(vnd)} đồng"


def _trimmed(value):
    text = format_number(round(value, 3), decimals=3).rstrip("0").rstrip(",")
    return text


def change_phrase(measures, year, windows=("period", "last_year")):
    """ "tăng 03 đoàn với 11 lượt người so với cùng kỳ năm 2020" from (Measure, Figure) pairs."""
    now, then = windows
    diffs = [(measure, getattr(figure, now) - getattr(figure, then)) for measure, figure in measures]
    if all(diff == 0 for _m, diff in diffs):
        return f"bằng cùng kỳ năm {year}"
    signs = {diff > 0 for _m, diff in diffs if diff != 0}
    if len(signs) == 1 and all(diff != 0 for _m, diff in diffs):
        verb = "tăng" if signs.pop() else "giảm"
        parts = [f"{format_count(abs(diff))} {measure.unit}" for measure, diff in diffs]
        return f"{verb} {' với '.join(parts)} so với cùng kỳ năm {year}"
    parts = []
    for measure, diff in diffs:
        if diff > 0:
            parts.append(f"tăng {format_count(diff)} {measure.unit}")
        elif diff < 0:
            parts.append(f"giảm {format_count(-diff)} {measure.unit}")
        else:
            parts.append(f"bằng về số {measure.unit}")
    return f"{', '.join(parts)} so với cùng kỳ năm {year}"


def _figure(context, code, measure):
    try:
        return context.figures[code][measure]
    except KeyError:
        raise PatternError(f"Mẫu câu dùng chỉ tiêu «{code}.{measure}» chưa được tính.") from None


def resolve(path, context):
    """The value a placeholder or a condition names."""
    spec = ""
    if ":" in path and not path.startswith("cite:"):
        path, spec = path.split(":", 1)
    if path.startswith("cite:"):
        return _cite(path[5:].strip(), context)
    head, _dot, rest = path.partition(".")
    if head == "period":
        return context.period.get(rest, "")
    if head == "unit":
        return context.unit.get(rest, "")
    if head == "letter":
        return context.letter.get(rest, "")
    if head == "lists":
        name, _d, key = rest.partition(".")
        return context.lists.get(name, {}).get(key or "joined", "")
    if head not in BY_CODE:
        raise PatternError(f"Không có chỉ tiêu «{head}».")
    indicator = BY_CODE[head]
    if rest in ("compare", "ytd_compare"):
        pairs = [(m, _figure(context, head, m.name)) for m in indicator.measures]
        windows = ("period", "last_year") if rest == "compare" else ("ytd", "last_year_ytd")
        return change_phrase(pairs, context.period.get("last_year"), windows)
    measure, _d, window = rest.partition(".")
    figure = _figure(context, head, measure)
    value = getattr(figure, window or "period", None)
    if value is None:
        raise PatternError(f"Không có kỳ «{window}» (dùng period, ytd, last_year, diff…).")
    if spec == "money":
        return format_money(value)
    if spec == "number":
        return format_number(value)
    if spec == "raw":
        return value
    return format_count(abs(value)) if window in ("diff", "ytd_diff") else format_count(value)


def _cite(number, context):
    full, short = context.citations.get(number, (f"văn bản số {number}", f"văn bản số {number}"))
    if number in context.cited:
        return short
    context.cited.add(number)
    return full


def holds(condition, context):
    """Whether a sentence's "if" holds: a figure other than zero, or a true flag; a list needs all."""
    if not condition:
        return True
    if isinstance(condition, (list, tuple)):
        return all(holds(part, context) for part in condition)
    negate = condition.startswith("not ")
    path = condition[4:] if negate else condition
    head = path.split(".", 1)[0]
    if head == "period":
        value = context.period.get(path.split(".", 1)[1])
    elif head == "letter":
        value = context.letter.get(path.split(".", 1)[1])
    elif head == "lists":
        value = bool(context.lists.get(path.split(".", 1)[1], {}).get("items"))
    else:
        value = resolve(path + ":raw", context)
    return (not value) if negate else bool(value)


def fill(pattern, context):
    return PLACEHOLDER.sub(lambda match: str(resolve(match.group(1).strip(), context)), pattern)


def write_section(body, context):
    """The paragraphs of a section from its sentence specs; footnotes go to context.footnotes."""
    paragraphs = []
    for spec in body:
        if isinstance(spec, str):
            spec = {"text": spec}
        chosen = spec.get("text", "") if holds(spec.get("if"), context) else spec.get("else", "")
        if not chosen:
            continue
        sentence = fill(chosen, context)
        if spec.get("footnote"):
            context.footnotes.append(fill(spec["footnote"], context))
            sentence = mark_before_stop(sentence, len(context.footnotes))
        if spec.get("paragraph") is False and paragraphs:
            paragraphs[-1] = f"{paragraphs[-1]} {sentence}"
        else:
            paragraphs.append(sentence)
    return paragraphs


def mark_before_stop(sentence, number):
    """A footnote mark goes before the final full stop, as in "…UBND tỉnh¹."."""
    mark = f"[[fn:{number}]]"
    if sentence.endswith("."):
        return sentence[:-1] + mark + "."
    return sentence + mark


def join_vi(items):
    """ "22, 23 và 24" — a Vietnamese enumeration."""
    items = [str(item) for item in items]
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} và {items[-1]}"
