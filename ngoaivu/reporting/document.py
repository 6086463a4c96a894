"""A report as plain data: what the renderers (DOCX, PDF, HTML) need, nothing of Django.

Body text may carry footnote marks "[[fn:N]]", N indexing ReportDocument.footnotes from 1;
renderers turn them into real footnotes (Word) or superscript links (HTML).

A section's text is split into paragraphs by split_paragraphs() only, for every renderer: one
line is one paragraph, as officers type them, and a line starting "- " or "+ " is an item.
"""

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from ngoaivu.pure.wording import format_date_long

FOOTNOTE_MARK = re.compile(r"\[\[fn:(\d+)\]\]")

# The last part of the key of a section that closes the section above it: seed 003 ends its part I with a
# paragraph in italics, «Tóm lại, trong tháng 8/2021, …», with no heading before it. Its heading («Tóm lại»)
# names it in the pages only.
SUMMARY_KEY = "summary"


def is_summary(key):
    """Whether the section keyed key ("I.summary") is the closing paragraph of the section above it."""
    return key.rpartition(".")[2] == SUMMARY_KEY


@dataclass
class Section:
    number: str  # "I", "1", "a", "-" or "" — as written before the heading
    heading: str
    level: int  # 1 for I, 2 for 1, 3 for a
    paragraphs: list = field(default_factory=list)  # strings (split_paragraphs); "- " or "+ " starts an item
    children: list = field(default_factory=list)
    summary: bool = False  # its parent's closing paragraph (is_summary): no heading line, in italics

    def label(self):
        return section_label(self.number, self.heading, self.level)


def section_label(number, heading, level):
    """ "I. KẾT QUẢ…", "1. Công tác…", "a) Công tác…" as the seeds write them."""
    if not number:
        return heading
    separator = ")" if level >= 3 else "."
    return f"{number}{separator} {heading}"


def split_paragraphs(text):
    """The paragraphs of a text: each non-empty line, stripped. A single Enter starts a new paragraph,
    so an item typed on the next line ("- …", "+ …") is never joined to the line above."""
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@dataclass
class Signature:
    title: str  # "GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"
    name: str
    authority: str = ""  # "KT. GIÁM ĐỐC", "TL. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN" — when signing for the head


@dataclass
class ReportDocument:
    parent_body: str  # "UBND TỈNH QUẢNG NGÃI"
    issuer: str  # "SỞ NGOẠI VỤ"
    number_suffix: str  # "BC-SNgV"
    place: str  # "Quảng Ngãi"
    year: int | None  # of the date line; None: left blank (a draft of a unit that has ended, reporting/ended.py)
    title: str  # the summary line under BÁO CÁO
    intro: str = ""
    sections: list = field(default_factory=list)
    closing: str = ""
    recipients: list = field(default_factory=list)  # "- UBND tỉnh;" items without the dash
    signature: Signature | None = None
    footnotes: list = field(default_factory=list)  # footnote texts; mark N is footnotes[N-1]
    number: int | None = None  # the sequence number; None before issuing ("Số:      /BC-SNgV")
    issued_on: date | None = None  # None before issuing ("ngày     tháng     năm 2021")
    kind: str = "BÁO CÁO"
    # A draft the register no longer agrees with says so at the top of its file (redrafting.draft_notice);
    # an issued report never carries it.
    notice: str = ""
    # The file's own properties (File › Properties in Word): the unit's name in full as its author, and
    # when the report was drafted and last changed, aware datetimes. None: the moment of rendering.
    author: str = ""  # "Sở Ngoại vụ tỉnh Quảng Ngãi"; the issuer line when empty
    created: datetime | None = None
    modified: datetime | None = None

    @property
    def number_line(self):
        if self.number is None:
            return f"Số:       /{self.number_suffix}"
        return f"Số: {self.number:02d}/{self.number_suffix}"

    @property
    def date_line(self):
        if self.issued_on is None:
            return f"{self.place}, ngày      tháng      năm {self.year or '     '}"
        return f"{self.place}, {format_date_long(self.issued_on)}"

    def recipient_lines(self):
        """ "- X;" per recipient, the last one closed with "." as the seeds do ("- Lưu: VT, TH.")."""
        items = [item.strip().lstrip("-").strip().rstrip(";.").strip() for item in self.recipients]
        items = [item for item in items if item]
        return [f"- {item}{'.' if index == len(items) - 1 else ';'}" for index, item in enumerate(items)]

    def walk(self):
        """Every section, depth first, in reading order."""
        stack = list(reversed(self.sections))
        while stack:
            section = stack.pop()
            yield section
            stack.extend(reversed(section.children))


def footnote_marks(text):
    """The footnote numbers text marks ("[[fn:N]]"), once each, in order."""
    return sorted({number for _piece, number in split_footnotes(text or "") if number})


def split_footnotes(text):
    """[(text, None) | ("", N)] pieces of a paragraph, N a footnote number."""
    pieces, position = [], 0
    for match in FOOTNOTE_MARK.finditer(text):
        if match.start() > position:
            pieces.append((text[position : match.start()], None))
        pieces.append(("", int(match.group(1))))
        position = match.end()
    if position < len(text):
        pieces.append((text[position:], None))
    return pieces
