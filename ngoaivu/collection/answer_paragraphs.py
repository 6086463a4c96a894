"""What each unit reported, as a compiled report gathers it under the office's summary of each section."""

from ngoaivu.reporting.context import unit_words

from .compiled_text import attributed, new_paragraphs, without_nothing


def _names(unit):
    """The words a text may name its own unit by: "Văn phòng UBND tỉnh Quảng Ngãi", "Văn phòng"."""
    words = unit_words(unit)
    return [unit.name, words["name"], words["short"]]


def gathered_answers(accepted, report_footnotes, summaries=None, compiler=None):
    """({section key: [paragraph…]}, {(unit id, section key)}): what each unit reported, attributed, its
    footnotes renumbered; and the sections where a unit tells work of its own (not only what is said
    already, not only that none was done), where its paragraph says its part (unlisted.unlisted_notes).
    A paragraph that says what the section's summary (summaries: {key: text} of the compiler unit)
    or an earlier unit already says is left out: the template's words for every unit alike. So is
    a unit's sentence that only says no work of a kind was done («Không có nhiệm vụ khác được
    giao»), where the section has anything else to say (a summary, another unit's news): the
    summary's totals count that unit's nothing already."""
    summaries = summaries or {}
    seen, said = {}, {key for key, text in summaries.items() if text.strip()}
    for key, text in summaries.items():
        seen[key] = set()
        new_paragraphs(text, _names(compiler) if compiler else [], seen[key])
    fresh, told = [], set()
    for submission in accepted:
        names = _names(submission.unit)
        for key, text in sorted((submission.texts or {}).items()):
            text = new_paragraphs(text, names, seen.setdefault(key, set()))
            news = without_nothing(text, names)
            fresh.append((submission, key, text, news))
            if news:
                said.add(key)
                told.add((submission.unit_id, key))
    gathered = {}
    for submission, key, text, news in fresh:
        notes = (submission.sources or {}).get("footnotes") or []
        paragraphs = attributed(submission.unit.name, news if key in said else text, notes, report_footnotes)
        if paragraphs:
            gathered.setdefault(key, []).extend(paragraphs)
    return gathered, told


def with_answers(summaries, gathered, notes=None):
    """{section key: text} of the sections the units' answers add to: the summary (summaries: {key:
    text}), the answers' part its list does not name (notes: unlisted_notes), then what each unit
    reported (gathered: gathered_answers)."""
    notes = notes or {}
    return {
        key: "\n\n".join(p for p in [summaries.get(key, ""), *notes.get(key, []), *gathered.get(key, [])] if p)
        for key in [*gathered, *(key for key in notes if key not in gathered)]
        if key in summaries
    }
