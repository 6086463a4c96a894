"""Read a report: file or text → {"meta", "sections", "footnotes", "references", "facts", "unplaced",
"checks"}.

Pure Python (no Django). read_file raises ReadError, whose message is one Vietnamese line,
for a file that cannot be read; read_text takes any string and never raises.
"""

from __future__ import annotations

import re

import unicodedata
from pathlib import Path

from .checks import date_checks, header_checks, year_checks
from .citation_checks import reference_year_checks, unit_code_checks
from .part_sums import parts_checks
from .errors import ReadError
from ngoaivu.pure.periods import Period
from ngoaivu.sandbox import UPLOAD_SECONDS, LimitExceeded, run_limited

from .extract import OLE_MAGIC, extract, extract_bytes
from .nones import nones
from .facts import extract_facts
from .legacy import fix_text
from .lexicon import extended
from .money import unglue_amounts
from .references import find_references
from .structure import parse_structure
from .text import normalise
from .unplaced import unplaced_figures

__all__ = ["read_file", "read_text", "ReadError"]

# LibreOffice converts a .doc or .rtf before it is read: its upload gets more time.
SLOW_READ_SECONDS = 75


def _reference_dict(ref) -> dict:
    return {
        "type": ref.doc_type,
        "number": ref.number,
        "date": ref.issued_on.isoformat() if ref.issued_on else None,
        "issuer": ref.issuer,
        "summary": ref.summary,
        "text": ref.text,
    }


def read_text(text: str, known_unit_codes=None, footnotes: list[str] | None = None, phrases=None) -> dict:
    """The reading of a report's text (already Unicode or in TCVN3/VNI).

    footnotes: texts kept apart by the extractor (DOCX), footnote n being footnotes[n-1];
    known_unit_codes: the register's unit codes, to check the codes in cited numbers;
    phrases: {indicator: [phrase]}, an administrator's words added to the lexicon for this reading.
    """
    with extended(phrases):
        return _read_text(text, known_unit_codes, footnotes)


def _parse(text: str, footnotes: list[str] | None):
    """(clean text, clean footnotes, structure) of a report's text in any encoding."""
    text, encoding = fix_text(unicodedata.normalize("NFC", text or ""))
    clean = unglue_amounts(normalise(text))
    notes = [normalise(fix_text(note)[0]) for note in footnotes or []]
    structure = parse_structure(clean, notes)
    if encoding:
        structure.meta["legacy_encoding"] = encoding
    return clean, notes, structure


def stated_figures(text: str) -> tuple[list, list[dict], str | None]:
    """(every sentence with its figure groups, the facts read, the period's kind) of a report's
    text: what bench/reading_suggestions.py learns the suggestions from."""
    _clean, _notes, structure = _parse(text, None)
    period = Period.from_dict(structure.meta.get("period"))
    found = extract_facts(structure.blocks, period)
    return found.stated, found.facts, period.kind if period else None


def _read_text(text: str, known_unit_codes, footnotes: list[str] | None) -> dict:
    clean, notes, structure = _parse(text, footnotes)
    meta = structure.meta
    cited = "\n".join([clean, *notes])
    references = [_reference_dict(r) for r in find_references(cited)]
    own = meta.get("number")
    # the document's own number is no reference, unless an annex names it: "(Ban hành kèm theo
    # Quyết định số 47/2019/QĐ-UBND ngày …)"
    if own and not re.search(rf"kèm\s+theo\s+[^\d()]{{1,30}}?số\s*:?\s*{re.escape(own)}", cited, re.I):
        references = [r for r in references if r["number"] != own]
    period = Period.from_dict(meta.get("period"))
    found = extract_facts(structure.blocks, period)
    checks = header_checks(meta, period)
    checks += year_checks(structure.blocks, period, [r["text"] for r in references])
    checks += date_checks(structure.blocks)
    checks += parts_checks(found.breakdowns)
    checks += unit_code_checks(references, known_unit_codes)
    checks += reference_year_checks(references)
    return {
        "meta": meta,
        "intro": structure.intro,
        "sections": structure.sections,
        "closing": structure.closing,
        "footnotes": structure.footnotes,
        "references": references,
        "facts": found.facts,
        "unplaced": unplaced_figures(found.stated, found.facts, period.kind if period else None),
        "checks": checks,
        "nones": nones(clean, period),  # figures 0 stated in words, apart from the facts (reading/nones.py)
    }


def read_file(path, known_unit_codes=None, phrases=None) -> dict:
    """Read a .docx, .doc, .pdf, .txt or .md report; ReadError for a file that cannot be read."""
    extracted = extract(path)
    result = read_text(extracted.text, known_unit_codes, extracted.footnotes, phrases)
    result["source"] = {
        "file": Path(path).name,
        "format": extracted.kind,
        "legacy_encoding": extracted.legacy_encoding or result["meta"].get("legacy_encoding"),
        "pages": extracted.pages,
        "headers": extracted.headers,
        "warnings": extracted.warnings,
    }
    return result


def read_bytes(data: bytes, name: str = "", known_unit_codes=None, phrases=None) -> dict:
    """As read_file, for an upload held in memory: read in a child process under the limits of
    ngoaivu.sandbox (an upload is untrusted), so a hostile file costs a refusal, never the server.
    ReadError for a file that cannot be read, within the limits or not."""
    seconds = SLOW_READ_SECONDS if data.startswith((OLE_MAGIC, b"{\\rtf")) else UPLOAD_SECONDS
    try:
        return run_limited(_read_bytes_here, data, name, known_unit_codes, phrases, seconds=seconds)
    except LimitExceeded as stopped:
        raise ReadError(stopped.message, **stopped.params) from None


def _read_bytes_here(data: bytes, name: str, known_unit_codes, phrases) -> dict:
    extracted = extract_bytes(data, name)
    result = read_text(extracted.text, known_unit_codes, extracted.footnotes, phrases)
    result["source"] = {
        "file": name,
        "format": extracted.kind,
        "legacy_encoding": extracted.legacy_encoding,
        "pages": extracted.pages,
        "headers": extracted.headers,
        "warnings": extracted.warnings,
    }
    return result


__all__ += ["read_bytes"]
