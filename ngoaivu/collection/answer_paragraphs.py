"""What each unit reported, as a compiled report gathers it under the office's summary of each section."""

from ngoaivu.reporting.context import unit_words
from ngoaivu.pure.text import lf_lines

from .compiled_text import attributed, new_paragraphs, without_nothing


def _names(unit):
    """The words a text may name its own unit by: "Văn phòng UBND tỉnh Quảng Ngãi", "Văn phòng"."""
    words = unit_words(unit)
    return [unit.name, words["name"], words["short"]]


# A table of an answer's DOCX is read row by row, its cells joined by " | " (reading/docx_text.py);
# a row said by its column heads reads in the report's paragraphs: «Quốc gia: Lào; Số lưu học sinh: 120».
_CELLS = " | "
_NUMBERING = {"stt", "tt", "số tt"}  # a column of row numbers tells nothing of the row


def _cells(line):
    return [cell.strip() for cell in line.split(_CELLS)] if _CELLS in line else []


def tables_said(text):
    """text with each table read from a DOCX (a run of lines of as many " | "-joined cells, at least a row
    under its heads) written as a line per row, each cell after its column's head; the heads' line goes."""
    lines, out, index = lf_lines(text).split("\n"), [], 0
    while index < len(lines):
        heads = _cells(lines[index])
        end = index + 1
        while end < len(lines) and heads and len(_cells(lines[end])) == len(heads):
            end += 1
        if end - index < 2:
            out.append(lines[index])
            index += 1
            continue
        for row in lines[index + 1 : end]:
            said = [
                f"{head}: {cell}" if head else cell
                for head, cell in zip(heads, _cells(row), strict=True)
                if cell and head.casefold().rstrip(".") not in _NUMBERING
            ]
            if said:
                out.append("; ".join(said) + ("" if said[-1].endswith(".") else "."))
        index = end
    return "\n".join(out)


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
            text = new_paragraphs(tables_said(text), names, seen.setdefault(key, set()))
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
