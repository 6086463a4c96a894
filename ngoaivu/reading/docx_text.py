"""DOCX → lines of text and footnotes, with the zip guarded before anything is inflated.

Read with the standard zip module and lxml (no entity expansion, no network): paragraphs
in order, list numbering as Word shows it ("1.", "a)", "-"), tables (two-column layout
tables such as the header and signature cell by cell; a wider table of a line a cell row by row as
Markdown writes it, «| Đoàn vào | 17 | 35 |», its heading row followed by «| --- | --- | --- |»; other
wider tables row by row with " | "),
text boxes once, footnotes (the mark becomes "¹" in the body), headers apart. Runs typed
in a legacy font (.VnTime, VNI-Times) are converted by their font name.
"""

from __future__ import annotations

import zipfile
import zlib
from dataclasses import dataclass, field

from lxml import etree

from .archive import MAX_PART, bomb, damaged, open_package
from .docx_numbering import _Numbering
from ngoaivu.pure.messages import gettext_noop

from .errors import ReadError
from .legacy import encoding_for_font, to_unicode

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_W = f"{{{W}}}"
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, remove_comments=True, remove_pis=True
)
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_BAD = damaged("DOCX")
_BOMB = bomb("DOCX")


@dataclass
class DocxText:
    lines: list[str] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    headers: list[str] = field(default_factory=list)
    legacy: str | None = None


def _w(name: str, el) -> str | None:
    return el.get(_W + name)


def _read_part(package: zipfile.ZipFile, name: str):
    try:
        info = package.getinfo(name)
    except KeyError:
        return None
    limit = min(info.file_size, MAX_PART)
    chunks, size = [], 0
    try:
        with package.open(info) as stream:
            while True:
                chunk = stream.read(1 << 20)
                if not chunk:
                    break
                size += len(chunk)
                if size > limit:
                    raise _BOMB
                chunks.append(chunk)
        return etree.fromstring(b"".join(chunks), _PARSER)
    except ReadError:
        raise
    except (
        zipfile.BadZipFile,
        OSError,
        EOFError,
        ValueError,
        RuntimeError,
        NotImplementedError,
        etree.XMLSyntaxError,
        zlib.error,
    ):
        raise _BAD from None


# --- styles and numbering ----------------------------------------------------------------------


def _fonts_of(rpr) -> str | None:
    if rpr is None:
        return None
    fonts = rpr.find(_W + "rFonts")
    if fonts is None:
        return None
    return _w("ascii", fonts) or _w("hAnsi", fonts) or _w("cs", fonts)


def _num_pr(numpr) -> tuple[str, str] | None:
    """(numId, ilvl) of a w:numPr, or None when it names no list. An ilvl left out, or
    written without its value, is level 0."""
    num_id, ilvl = numpr.find(_W + "numId"), numpr.find(_W + "ilvl")
    if num_id is None:
        return None
    level = _w("val", ilvl) if ilvl is not None else None
    return _w("val", num_id) or "", "0" if level is None else level


class _Styles:
    def __init__(self, root):
        self.font: dict[str, str | None] = {}
        self.based: dict[str, str | None] = {}
        self.num: dict[str, tuple[str, str]] = {}
        self.bold: dict[str, bool] = {}
        self.default_font = None
        if root is None:
            return
        default = root.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
        self.default_font = _fonts_of(default)
        for style in root.iter(_W + "style"):
            sid = _w("styleId", style)
            if not sid:
                continue
            self.font[sid] = _fonts_of(style.find(_W + "rPr"))
            bold = style.find(f"{_W}rPr/{_W}b")
            if bold is not None:
                self.bold[sid] = _on(bold)
            based = style.find(_W + "basedOn")
            self.based[sid] = _w("val", based) if based is not None else None
            numpr = style.find(f"{_W}pPr/{_W}numPr")
            if numpr is not None:
                num = _num_pr(numpr)
                if num is not None:
                    self.num[sid] = num

    def resolve(self, sid: str | None, table: dict):
        seen = set()
        while sid and sid not in seen:
            seen.add(sid)
            if table.get(sid):
                return table[sid]
            sid = self.based.get(sid)
        return None


# --- body ---------------------------------------------------------------------------------------


class _Reader:
    def __init__(self, styles: _Styles, numbering: _Numbering, note_marks: dict[str, int]):
        self.styles, self.numbering, self.note_marks = styles, numbering, note_marks
        self.legacy: str | None = None
        self.extra: list[str] = []

    def block(self, parent, out: list[str]):
        for child in parent:
            tag = child.tag
            if tag == _W + "p":
                text = self.paragraph(child)
                out.append(text)
                if self.extra:
                    out.extend(self.extra)
                    self.extra = []
            elif tag == _W + "tbl":
                self.table(child, out)
            elif tag in (
                _W + "sdt",
                _W + "sdtContent",
                _W + "customXml",
                f"{{{MC}}}AlternateContent",
                f"{{{MC}}}Choice",
                _W + "ins",
                _W + "moveTo",
            ):
                self.block(child, out)

    def table(self, tbl, out: list[str]):
        rows, trs = [], []
        for tr in tbl.iter(_W + "tr"):
            if tr.getparent() is not tbl and tr.getparent().getparent() is not tbl:
                continue  # a nested table's row: read with its cell
            cells = []
            for tc in tr:
                if tc.tag == _W + "sdt":
                    tc = tc.find(f"{_W}sdtContent/{_W}tc")
                if tc is None or tc.tag != _W + "tc":
                    continue
                lines: list[str] = []
                self.block(tc, lines)
                cells.append([line for line in lines if line.strip()])
            rows.append(cells)
            trs.append(tr)
        width = max((len(r) for r in rows), default=0)
        if width > 2 and all(len(lines) <= 1 and "\n" not in "".join(lines) for cells in rows for lines in cells):
            # a table of data, a line a cell: a row a line, as Markdown writes a table, each row kept apart
            # from the next one (never read on as one sentence), its heading row followed by a rule
            for index, cells in enumerate(rows):
                out.append("| " + " | ".join(lines[0] if lines else "" for lines in cells) + " |")
                if index == 0 and _heading_row(trs, rows, self.styles):
                    out.append("| " + " | ".join("---" for _cell in cells) + " |")
        else:
            for cells in rows:
                if width <= 2:
                    for lines in cells:
                        out.extend(lines)
                else:
                    out.append(" | ".join(" ".join(lines) for lines in cells))
        out.append("")

    def paragraph(self, p) -> str:
        ppr = p.find(_W + "pPr")
        style = None
        label = ""
        if ppr is not None:
            pstyle = ppr.find(_W + "pStyle")
            style = _w("val", pstyle) if pstyle is not None else None
            numpr = ppr.find(_W + "numPr")
            num = None
            if numpr is not None:
                num = _num_pr(numpr)
            elif style:
                num = self.styles.resolve(style, self.styles.num)
            if num:
                label = self.numbering.label(*num)
        pieces: list[str] = []
        self.inline(p, pieces, style)
        text = "".join(pieces)
        return f"{label} {text}" if label and text.strip() else text

    def inline(self, parent, pieces: list[str], pstyle: str | None):
        for child in parent:
            tag = child.tag
            if tag == _W + "r":
                self.run(child, pieces, pstyle)
            elif tag in (
                _W + "hyperlink",
                _W + "ins",
                _W + "smartTag",
                _W + "fldSimple",
                _W + "sdt",
                _W + "sdtContent",
                _W + "customXml",
                _W + "moveTo",
                _W + "dir",
                _W + "bdo",
                f"{{{MC}}}AlternateContent",
                f"{{{MC}}}Choice",
            ):
                self.inline(child, pieces, pstyle)

    def run(self, r, pieces: list[str], pstyle: str | None):
        rpr = r.find(_W + "rPr")
        font = _fonts_of(rpr)
        if font is None and rpr is not None:
            rstyle = rpr.find(_W + "rStyle")
            if rstyle is not None:
                font = self.styles.resolve(_w("val", rstyle), self.styles.font)
        font = font or self.styles.resolve(pstyle or "Normal", self.styles.font) or self.styles.default_font
        encoding, upper = encoding_for_font(font)
        text: list[str] = []
        for child in r:
            tag = child.tag
            if tag == _W + "t":
                text.append(child.text or "")
            elif tag == _W + "tab":
                text.append("\t")
            elif tag in (_W + "br", _W + "cr"):
                text.append("\n")
            elif tag == _W + "noBreakHyphen":
                text.append("-")
            elif tag in (_W + "footnoteReference", _W + "endnoteReference"):
                number = self.note_marks.get(("f" if "foot" in tag else "e") + (_w("id", child) or ""))
                if number:
                    text.append(str(number).translate(SUPERSCRIPT))
            elif tag in (_W + "drawing", _W + "pict", f"{{{MC}}}AlternateContent", _W + "object"):
                for box in _text_boxes(child):
                    self.block(box, self.extra)
        chunk = "".join(text)
        if encoding and all(ord(c) < 0x2000 for c in chunk) and not any(0x100 <= ord(c) < 0x2000 for c in chunk):
            chunk = to_unicode(chunk, encoding, upper)
            self.legacy = self.legacy or encoding
        pieces.append(chunk)


def _on(el) -> bool:
    """Whether a toggle property (w:b, w:tblHeader) is set: present, and not turned off."""
    return el is not None and (_w("val", el) or "true").lower() not in ("0", "false", "off", "none")


def _bold_run(r, styles: _Styles) -> bool:
    rpr = r.find(_W + "rPr")
    if rpr is not None and rpr.find(_W + "b") is not None:
        return _on(rpr.find(_W + "b"))
    rstyle = rpr.find(_W + "rStyle") if rpr is not None else None
    if rstyle is not None and styles.resolve(_w("val", rstyle), styles.bold):
        return True
    p = next(r.iterancestors(_W + "p"), None)
    pstyle = p.find(f"{_W}pPr/{_W}pStyle") if p is not None else None
    return bool(pstyle is not None and styles.resolve(_w("val", pstyle), styles.bold))


def _bold_row(tr, styles: _Styles) -> bool:
    """Every run of the row that shows text is bold, and one does."""
    runs = [r for r in tr.iter(_W + "r") if "".join(t.text or "" for t in r.iter(_W + "t")).strip()]
    return bool(runs) and all(_bold_run(r, styles) for r in runs)


def _heading_row(trs, rows, styles: _Styles) -> bool:
    """Whether a table's first row heads its columns: Word repeats it on each page (w:tblHeader), it alone is
    bold, or it has no figure where every other row has one («Nội dung | Số đoàn» over «Đoàn vào | 17»).
    A first row of data («Đoàn ra | 03 đoàn») is never taken for heads."""
    if len(rows) < 2:
        return False
    if _on(trs[0].find(f"{_W}trPr/{_W}tblHeader")):
        return True
    if _bold_row(trs[0], styles) and not all(_bold_row(tr, styles) for tr in trs[1:]):
        return True

    def figured(cells):
        return any(char.isdigit() for lines in cells for line in lines for char in line)

    return not figured(rows[0]) and all(figured(cells) for cells in rows[1:])


def _text_boxes(el):
    """w:txbxContent under el, skipping mc:Fallback (a copy of mc:Choice)."""
    stack = [el]
    while stack:
        node = stack.pop()
        if node.tag == f"{{{MC}}}Fallback":
            continue
        if node.tag == _W + "txbxContent":
            yield node
            continue
        stack.extend(reversed(list(node)))


def _note_texts(root, kind: str, reader: _Reader, marks: dict[str, int]) -> list[str]:
    if root is None:
        return []
    by_id = {}
    for note in root.iter(_W + kind):
        if _w("type", note) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines: list[str] = []
        reader.block(note, lines)
        by_id[_w("id", note)] = " ".join(" ".join(lines).split())
    prefix = "f" if kind == "footnote" else "e"
    ordered = sorted((number, key[1:]) for key, number in marks.items() if key[0] == prefix)
    return [by_id.get(note_id, "") for _number, note_id in ordered]


def read_docx(source) -> DocxText:
    """source: a path or a binary file object."""
    package = open_package(source, "DOCX")
    if "word/document.xml" not in package.namelist():
        raise ReadError(gettext_noop("Tệp nén này không phải tài liệu Word (.docx)."))
    with package:
        document = _read_part(package, "word/document.xml")
        if document is None:
            raise _BAD
        styles = _Styles(_read_part(package, "word/styles.xml"))
        numbering = _Numbering(_read_part(package, "word/numbering.xml"))
        marks: dict[str, int] = {}
        for el in document.iter(_W + "footnoteReference", _W + "endnoteReference"):
            prefix = "f" if el.tag.endswith("footnoteReference") else "e"
            key = prefix + (_w("id", el) or "")
            if key not in marks:
                marks[key] = sum(1 for k in marks if k[0] == prefix) + 1
        # Endnotes are numbered after the footnotes so that marks stay distinct.
        footnote_count = sum(1 for k in marks if k[0] == "f")
        for key in marks:
            if key[0] == "e":
                marks[key] += footnote_count
        reader = _Reader(styles, numbering, marks)
        body = document.find(_W + "body")
        out = DocxText()
        if body is not None:
            reader.block(body, out.lines)
        notes_reader = _Reader(styles, _Numbering(None), {})
        out.footnotes = _note_texts(
            _read_part(package, "word/footnotes.xml"), "footnote", notes_reader, marks
        ) + _note_texts(_read_part(package, "word/endnotes.xml"), "endnote", notes_reader, marks)
        for name in sorted(n for n in package.namelist() if n.startswith("word/header") and n.endswith(".xml")):
            lines: list[str] = []
            notes_reader.block(_read_part(package, name), lines)
            text = " ".join(" ".join(lines).split())
            if text and not text.isdigit() and text not in out.headers:
                out.headers.append(text)
        out.legacy = reader.legacy or notes_reader.legacy
        return out
