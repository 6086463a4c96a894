"""Where each figure of a unit's answer came from. Plain data in, plain data out: no database.

Three sources can speak for one figure: the register (computed for the unit and the period),
the unit's uploaded report (the sentence that states it) and the unit's own typing. None of them
replaces another unseen: a figure that differs from the register is shown beside it.
"""

import hashlib
from dataclasses import dataclass

from ngoaivu.reading.text import sentences

REGISTER, DOCUMENT, TYPED = "register", "document", "typed"


def figure_field(code, measure):
    """The answer form's field of one figure: an indicator's measure ("v__abtc__cards")."""
    return f"v__{code}__{measure}"


def sentence_anchor(sentence: str) -> str:
    """A stable id for a sentence of the uploaded report, the same in the form and the reading view."""
    return "cau-" + hashlib.sha1(sentence.strip().encode()).hexdigest()[:10]


@dataclass(frozen=True)
class FigureSource:
    code: str
    measure: str
    value: int | None  # what the answer holds now
    register: int  # what the register gives for the unit and period
    document: int | None = None  # what the uploaded report states, if it states it
    sentence: str = ""

    @property
    def origin(self) -> str:
        """The register's figure unless the answer holds another: the report's, or the unit's own."""
        value = self.value or 0
        if value == self.register:
            return REGISTER
        if self.document is not None and value == self.document:
            return DOCUMENT
        return TYPED

    @property
    def differs(self) -> bool:
        """The answer, or the report the unit sent, says something else than the register."""
        return (self.value or 0) != self.register or (self.document is not None and self.document != self.register)

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.sentence) if self.sentence else ""


def figure_sources(measures, values, register, sources) -> dict[str, FigureSource]:
    """{form field name: FigureSource} for the measures [(code, name, measure, word)] of a template.

    values: the answer's {code: {measure: n}}; register: the same shape, computed now;
    sources: the submission's {"figures": {code: {measure: {"document": n, "sentence": "…"}}}}.
    """
    result = {}
    read_figures = (sources or {}).get("figures") or {}
    for code, _name, measure, _word in measures:
        read = (read_figures.get(code) or {}).get(measure) or {}
        result[figure_field(code, measure)] = FigureSource(
            code=code,
            measure=measure,
            value=((values or {}).get(code) or {}).get(measure),
            register=int(((register or {}).get(code) or {}).get(measure) or 0),
            document=read.get("document"),
            sentence=read.get("sentence", ""),
        )
    return result


def documented(sources) -> dict[tuple[str, str], int]:
    """{(code, measure): n}: of figure_sources(), the figures the unit's uploaded report states."""
    return {(s.code, s.measure): s.document for s in sources.values() if s.document is not None}


def reading_sections(result, marked=frozenset()):
    """[{"heading", "paragraphs": [[{"text", "anchor", "marked", "unplaced"}]]}] of a read report, every
    sentence with the anchor the figures link to, those in marked flagged, and the figures the reader
    placed under no indicator (reading/unplaced.py) beside their sentence."""
    unplaced = {sentence_anchor(item["text"]): "; ".join(item["figures"]) for item in result.get("unplaced", [])}
    out = []

    def walk(read_sections):
        for section in read_sections:
            paragraphs = []
            for paragraph in (section.get("text") or "").split("\n"):
                pieces = [piece.strip() for _offset, piece in sentences(paragraph) if piece.strip()]
                anchors = [sentence_anchor(piece) for piece in pieces]
                if pieces:
                    paragraphs.append(
                        [
                            {
                                "text": piece,
                                "anchor": anchor,
                                "marked": anchor in marked,
                                "unplaced": unplaced.get(anchor, ""),
                            }
                            for piece, anchor in zip(pieces, anchors, strict=True)
                        ]
                    )
            heading = " ".join(part for part in (section.get("number"), section.get("heading")) if part)
            out.append({"heading": heading, "paragraphs": paragraphs})
            walk(section.get("children", []))

    walk(result.get("sections", []))
    return out


@dataclass(frozen=True)
class OutlineSection:
    """A section of a template as the answer form shows it."""

    level: int  # 1 for "I", 2 for "1", 3 for "a"
    label: str  # as the report prints it: "I. KẾT QUẢ…", "1. Công tác…", "a) Công tác…"
    codes: tuple = ()  # the indicators its own text names (its subsections' not included), first named first


@dataclass(frozen=True)
class Heading:
    level: int
    label: str


@dataclass
class FigureGroup:
    headings: list  # [Heading] printed before its figures: its section's, and its parents' not printed yet
    measures: list  # [(code, name, measure, word)]


def group_figures(outline, measures, other_label) -> list[FigureGroup]:
    """The measures [(code, name, measure, word)] under the sections of outline ([OutlineSection], the
    template's order), each indicator in the first section that names it, in the order the section names
    them; the measures no section names come last, under other_label.

    A unit answers section by section as its report reads, not in the catalogue's order of codes."""
    placed = {}  # code: (section index, position in the section)
    for index, section in enumerate(outline):
        for position, code in enumerate(section.codes):
            placed.setdefault(code, (index, position))
    by_section, others = {}, []
    for order, row in enumerate(measures):
        where = placed.get(row[0])
        if where is None:
            others.append(row)
        else:
            by_section.setdefault(where[0], []).append((where[1], order, row))
    groups, printed = [], set()
    for index in sorted(by_section):
        # The parents first: the nearest section before it at each higher level.
        path, level = [index], outline[index].level
        for before in range(index - 1, -1, -1):
            if outline[before].level < level:
                path.insert(0, before)
                level = outline[before].level
        headings = [Heading(outline[i].level, outline[i].label) for i in path if i not in printed and outline[i].label]
        printed.update(path)
        rows = [row for _position, _order, row in sorted(by_section[index], key=lambda item: item[:2])]
        groups.append(FigureGroup(headings=headings, measures=rows))
    if others:
        groups.append(FigureGroup(headings=[Heading(1, other_label)], measures=others))
    return groups
