"""A draft from a template and the figures: plain data in, plain data out.

The template is the data of outlines.py (or an administrator's copy of it); the result is
a list of DraftSection in reading order, each with its text, ready to be saved, edited and
rendered.
"""

from dataclasses import dataclass, field

from ngoaivu.pure.periods import CUSTOM, HALF, MONTH, NINE_MONTHS, QUARTER, ROMAN, YEAR
from .sentences import fill, mark_before_stop, write_section

LETTERS = "abcdđeghiklmnopqrstuvxy"  # Vietnamese outlines skip f, j, w, z and use đ


@dataclass
class DraftSection:
    key: str  # "I", "I.1", "I.1.a" — stable across regenerations
    number: str
    heading: str
    level: int
    text: str  # paragraphs separated by blank lines
    children: list = field(default_factory=list)


@dataclass
class Draft:
    title: str
    intro: str
    closing: str
    recipients: list
    sections: list  # DraftSection tree
    footnotes: list

    def flat(self):
        stack, result = list(reversed(self.sections)), []
        while stack:
            section = stack.pop()
            result.append(section)
            stack.extend(reversed(section.children))
        return result


def period_words(period):
    """The period as the prose names it: label, "Trong tháng", "8 tháng", the next period…"""
    kind, year, index = period.kind, period.year, period.index
    in_word = {
        MONTH: "Trong tháng",
        QUARTER: "Trong quý",
        HALF: "Trong 6 tháng",
        NINE_MONTHS: "Trong 9 tháng",
        YEAR: "Trong năm",
        CUSTOM: "Trong kỳ",
    }[kind]
    if kind == HALF and index == 1:
        in_word = "Trong 6 tháng đầu năm"
    if kind == MONTH:
        next_label = f"tháng {index % 12 + 1}/{year + index // 12}"
    elif kind == QUARTER:
        next_label = f"Quý {ROMAN[index % 4 + 1]} năm {year + index // 4}"
    elif kind == HALF:
        next_label = f"6 tháng cuối năm {year}" if index == 1 else f"6 tháng đầu năm {year + 1}"
    elif kind == NINE_MONTHS:
        next_label = f"Quý IV năm {year}"
    elif kind == YEAR:
        next_label = f"năm {year + 1}"
    else:
        next_label = "kỳ tới"
    label = period.label()
    ytd = period.year_to_date()
    return {
        "label": label,
        "label_upper": label.upper(),
        "ytd_label": period.year_to_date_label(),
        "in_word": in_word,
        "year": year,
        "last_year": year - 1,
        "next_year": year + 1,
        "next_label": next_label,
        "next_label_upper": next_label.upper(),
        "has_ytd": ytd.start < period.start,
    }


def build(template, context):
    """Fill every section of template (plain data) from context (a sentences.Context)."""
    sections = [_section(spec, context, parent_key="", level=1) for spec in template["sections"]]
    return Draft(
        title=_text(template.get("title", ""), context),
        intro=_text(template.get("intro", ""), context),
        closing=_text(template.get("closing", ""), context),
        recipients=list(template.get("recipients", [])),
        sections=sections,
        footnotes=list(context.footnotes),
    )


def _text(spec, context):
    """A title, opening or closing: a pattern, or sentence specs when it depends on the data."""
    if isinstance(spec, str):
        return fill(spec, context)
    return " ".join(write_section(spec, context))


def write_body(body, context):
    """The text of one section body: sentences and lists, paragraphs separated by a blank line."""
    paragraphs, sentences = [], []
    for spec in body:
        if isinstance(spec, dict) and "list" in spec:
            paragraphs.extend(write_section(sentences, context))
            sentences = []
            paragraphs.extend(_list_paragraphs(spec, context))
        else:
            sentences.append(spec)
    paragraphs.extend(write_section(sentences, context))
    return "\n\n".join(paragraphs)


def _list_paragraphs(spec, context):
    items = context.lists.get(spec["list"], {}).get("items", [])
    if not items:
        return [fill(spec["empty"], context)] if spec.get("empty") else []
    paragraphs = []
    for position, item in enumerate(items):
        values = {"letter": LETTERS[position % len(LETTERS)], **item}
        lines = [line for line in _fill_item(spec["item"], values).split("\n") if line.strip()]
        note = _fill_item(spec.get("footnote", ""), values).strip()
        if note and lines:
            # As the seeds do: the document that proves the result goes into a footnote.
            context.footnotes.append(note)
            lines[-1] = mark_before_stop(lines[-1], len(context.footnotes))
        paragraphs.extend(lines)
    return paragraphs


def _fill_item(pattern, values):
    for name, value in values.items():
        pattern = pattern.replace("{" + name + "}", str(value))
    return pattern


def _section(spec, context, parent_key, level):
    number = spec.get("number", "")
    key = f"{parent_key}.{number}" if parent_key else number
    return DraftSection(
        key=key,
        number=number,
        heading=fill(spec.get("heading", ""), context),
        level=level,
        text=write_body(spec.get("body", []), context),
        children=[_section(child, context, key, level + 1) for child in spec.get("children", [])],
    )
