"""What each unit reported, as a compiled report gathers it under the office's summary of each section."""

import re

from ngoaivu.reporting.context import unit_words
from ngoaivu.pure.text import lf_lines

from .compiled_text import attributed, new_paragraphs, without_nothing


def _names(unit):
    """The words a text may name its own unit by: "Văn phòng UBND tỉnh Quảng Ngãi", "Văn phòng"."""
    words = unit_words(unit)
    return [unit.name, words["name"], words["short"]]


# A table of an answer's DOCX is read row by row (reading/docx_text.py): «| Đoàn ra | 03 đoàn | Lào |», its
# heading row, when Word marks one, followed by a rule «| --- | --- | --- |» as a Markdown table writes it;
# texts read before, and typed ones, join the cells by " | " alone. A row said by its column heads reads in
# the report's paragraphs «Quốc gia: Lào; Số lưu học sinh: 120»; a row of a table without heads, by its
# cells: «Đoàn ra: 03 đoàn», «Đoàn ra; 03 đoàn; Lào».
_CELLS = " | "
_NUMBERING = {"stt", "tt", "số tt"}  # a column of row numbers tells nothing of the row
_RULE = re.compile(r":?-{3,}:?")
_ROW_NUMBER = re.compile(r"\d{1,3}\.?")


def _bar_row(line):
    """The cells of «| a | b |», or None."""
    line = line.strip()
    if len(line) < 2 or not (line.startswith("|") and line.endswith("|")):
        return None
    return [cell.strip() for cell in line[1:-1].split("|")]


def _cells(line):
    return [cell.strip() for cell in line.split(_CELLS)] if _CELLS in line else []


def _is_rule(cells):
    return bool(cells) and all(_RULE.fullmatch(cell) for cell in cells)


def _has_digit(cells):
    return any(char.isdigit() for cell in cells for char in cell)


def _table_at(lines, index):
    """(end, heads or None, rows) of the table starting at lines[index], or None where no table starts."""
    if _bar_row(lines[index]) is not None:
        end = index
        while end < len(lines) and _bar_row(lines[end]) is not None:
            end += 1
        rows = [_bar_row(line) for line in lines[index:end]]
        if len(rows) > 1 and _is_rule(rows[1]) and not _is_rule(rows[0]):
            return end, rows[0], [row for row in rows[2:] if not _is_rule(row)]
        return end, None, [row for row in rows if not _is_rule(row)]
    first = _cells(lines[index])
    end = index + 1
    while end < len(lines) and first and len(_cells(lines[end])) == len(first):
        end += 1
    if end - index < 2:
        return None
    rows = [_cells(line) for line in lines[index:end]]
    if _is_rule(rows[1]):
        return end, rows[0], [row for row in rows[2:] if not _is_rule(row)]
    # no rule: a first row without a figure over rows that all have one is the heads («Quốc gia | Số lưu
    # học sinh» over «Lào | 120»); «Đoàn ra | 03 đoàn» over «Đoàn vào | 05 đoàn» is a row like the others
    if not _has_digit(rows[0]) and all(_has_digit(row) for row in rows[1:]):
        return end, rows[0], rows[1:]
    return end, None, rows


def _row_said(cells, heads):
    if heads is not None and len(heads) == len(cells):
        said = [
            f"{head}: {cell}" if head else cell
            for head, cell in zip(heads, cells, strict=True)
            if cell and head.casefold().rstrip(".") not in _NUMBERING
        ]
        return "; ".join(said)
    if len(cells) == 2 and all(cells):
        return f"{cells[0].rstrip(':').rstrip()}: {cells[1]}"
    return "; ".join(cell for cell in cells if cell)


def tables_said(text):
    """text with each table read from a DOCX written as a line per row: each cell after its column's head
    where the table has a heading row (the heads' line goes), else its cells one after another. Never the
    first row taken for heads it is not: figures would be said of the wrong labels."""
    lines, out, index = lf_lines(text).split("\n"), [], 0
    while index < len(lines):
        table = _table_at(lines, index)
        if table is None:
            out.append(lines[index])
            index += 1
            continue
        end, heads, rows = table
        # a first column numbering the rows (1, 2, 3…) says nothing where no head names it
        if heads is None and rows and all(row and _ROW_NUMBER.fullmatch(row[0]) for row in rows):
            if [int(row[0].rstrip(".")) for row in rows] == list(range(1, len(rows) + 1)):
                rows = [row[1:] for row in rows]
        for row in rows:
            said = _row_said(row, heads)
            if said:
                out.append(said + ("" if said.endswith(".") else "."))
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


def _before_year_to_date(summary, note):
    """summary with the note (unlisted.Note) said right after its area's count of the period, before the
    area's year-to-date sentence, and before a «Ngoài ra, …» sentence between them (trips on private
    business), so that «Trong đó» speaks of the period's count; None where the summary has no such sentence."""
    if isinstance(note, str) or not note.opening:
        return None
    lines = summary.split("\n")
    for index, line in enumerate(lines):
        for found in re.finditer(rf"(?:^|(?<=\. )|(?<=^- )){re.escape(note.opening)}", line):
            end = line.find(". ", found.start())
            if note.figure not in line[found.start() : None if end < 0 else end]:
                continue
            at = found.start()
            besides = line.find(". Ngoài ra, ")
            at = besides + 2 if 0 <= besides < at else at
            if not line[:at].strip(" -"):  # a paragraph of its own: the note goes between
                lines.insert(index, note.text)
            else:
                lines[index] = f"{line[:at]}{note.text} {line[at:]}"
            return "\n".join(lines)
    return None


def with_answers(summaries, gathered, notes=None):
    """{section key: text} of the sections the units' answers add to: the summary (summaries: {key:
    text}), the answers' part its list does not name (notes: unlisted_notes; in the summary, before the
    year-to-date sentence of its area, where it has one), then what each unit reported (gathered:
    gathered_answers)."""
    notes = notes or {}
    texts = {}
    for key in [*gathered, *(key for key in notes if key not in gathered)]:
        if key not in summaries:
            continue
        summary, after = summaries.get(key, ""), []
        for note in notes.get(key, []):
            placed = _before_year_to_date(summary, note)
            if placed is None:
                after.append(note if isinstance(note, str) else note.text)
            else:
                summary = placed
        texts[key] = "\n\n".join(p for p in [summary, *after, *gathered.get(key, [])] if p)
    return texts
