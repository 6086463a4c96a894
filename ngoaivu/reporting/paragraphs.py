"""A section's paragraphs written from its sentence specs (sentences.py: the syntax), its footnotes
marked and collected, and «toàn tỉnh» said as what the figures count. Pure Python."""

import re

from .sentences import fill, holds, list_items, list_shows, mark_before_stop, write_list

_WHOLE_PROVINCE = re.compile(r"(?<!\w)(t)oàn tỉnh(?!\w)", re.IGNORECASE)


def as_counted(text, context):
    """text with «toàn tỉnh» said as what the figures count (context.across), when they do not count
    the whole province: «Trong tháng, theo báo cáo của 09 đơn vị, không có tàu…»."""
    if not context.across:
        return text
    return _WHOLE_PROVINCE.sub(
        lambda m: context.across[0].upper() + context.across[1:] if m.group(1) == "T" else context.across, text
    )


def _compares(sentence, context):
    """Whether a sentence compares with last year («so với cùng kỳ năm 2020», of a whole year «so với
    năm 2020»): the first one carries the note on units merged since (context.comparison_note)."""
    return "so với cùng kỳ" in sentence or f"so với năm {context.period.get('last_year')}" in sentence


def write_section(body, context):
    """The paragraphs of a section from its sentence specs; footnotes go to context.footnotes."""
    paragraphs = []
    for spec in body:
        if isinstance(spec, str):
            spec = {"text": spec}
        if "list" in spec:
            if "join" not in spec:
                # One paragraph per item: a list of its own (drafting.write_body takes it out first).
                paragraphs.extend(list_paragraphs(spec, context))
                continue
            sentence = write_list(spec, context)
        else:
            chosen = spec.get("text", "") if holds(spec.get("if"), context) else spec.get("else", "")
            sentence = fill(chosen, context)
            if sentence and spec.get("footnote"):
                context.footnotes.append(fill(spec["footnote"], context))
                sentence = mark_before_stop(sentence, len(context.footnotes))
        if not sentence:
            continue
        if context.comparison_note and _compares(sentence, context):
            context.footnotes.append(context.comparison_note)
            sentence = mark_before_stop(sentence, len(context.footnotes))
            context.comparison_note = ""
        if spec.get("paragraph") is False and paragraphs:
            paragraphs[-1] = f"{paragraphs[-1]} {sentence}"
        else:
            paragraphs.append(sentence)
    return paragraphs


def list_paragraphs(spec, context):
    """A list spec without "join": each item its own paragraph (a line of an item, another one)."""
    if not list_shows(spec, context):
        other = spec.get("empty", spec.get("else"))
        return [fill(other, context)] if other else []
    paragraphs = []
    for text, note in list_items(spec, context):
        lines = [line for line in text.split("\n") if line.strip()]
        if note and lines:
            # As the seeds do: the document that proves the result goes into a footnote.
            context.footnotes.append(note)
            lines[-1] = mark_before_stop(lines[-1], len(context.footnotes))
        paragraphs.extend(lines)
    return paragraphs
