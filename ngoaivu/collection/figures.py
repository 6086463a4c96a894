"""Where each figure of a unit's answer came from. Plain data in, plain data out: no database.

Three sources can speak for one figure: the register (computed for the unit and the period),
the unit's uploaded report (the sentence that states it) and the unit's own typing. None of them
replaces another unseen: a figure that differs from the register is shown beside it.
"""

import hashlib
from dataclasses import dataclass

from ngoaivu.reading.text import sentences

REGISTER, DOCUMENT, TYPED = "register", "document", "typed"


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
        result[f"v__{code}__{measure}"] = FigureSource(
            code=code,
            measure=measure,
            value=((values or {}).get(code) or {}).get(measure),
            register=int(((register or {}).get(code) or {}).get(measure) or 0),
            document=read.get("document"),
            sentence=read.get("sentence", ""),
        )
    return result


def reading_sections(result, marked=frozenset()):
    """[{"heading", "paragraphs": [[{"text", "anchor", "marked"}]]}] of a read report, every sentence
    with the anchor the figures link to, and those in marked flagged."""
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
                            {"text": piece, "anchor": anchor, "marked": anchor in marked}
                            for piece, anchor in zip(pieces, anchors, strict=True)
                        ]
                    )
            heading = " ".join(part for part in (section.get("number"), section.get("heading")) if part)
            out.append({"heading": heading, "paragraphs": paragraphs})
            walk(section.get("children", []))

    walk(result.get("sections", []))
    return out
