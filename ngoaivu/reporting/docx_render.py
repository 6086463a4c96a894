"""ReportDocument -> DOCX laid out as Nghị định 30/2020/NĐ-CP (Phụ lục I) asks.

Pure python-docx, no Django: the engine builds the ReportDocument, this only types it (in the page, fonts
and file properties of docx_setup.py).
python-docx has no footnote API, so the footnotes part is written by hand (see _add_footnotes_part).
"""

import io
import re
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor

from .document import ReportDocument, split_footnotes, split_paragraphs
from .docx_setup import BODY_SIZE, core_properties, page_number_header, setup_fonts, setup_page

TEXT_WIDTH_MM = 210 - 30 - 15  # 165 mm
# Header columns: the right one must hold "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (12 pt bold) on one line.
HEADER_COLUMNS_MM = (64, TEXT_WIDTH_MM - 64)
SIGNATURE_COLUMNS_MM = (82, TEXT_WIDTH_MM - 82)
FIRST_LINE_INDENT = Mm(10)
FOOTNOTES_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
SIGNATURE_GAP_LINES = 4


def render_docx(document: ReportDocument) -> bytes:
    doc = Document()
    setup_fonts(doc)
    setup_page(doc)
    if document.footnotes:
        _add_footnote_styles(doc)
    if document.notice:  # a stale draft says so above its header, in red, where no reader misses it
        notice = _run(_centred(doc, ""), document.notice, size=Pt(12), bold=True)
        notice.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    _header_table(doc, document)
    _centred(doc, document.kind, bold=True, space_before=Pt(18))
    _title_lines(_centred(doc, ""), document.title)
    _rule(doc, width_mm=40)
    for text in split_paragraphs(document.intro):
        _body(doc, text, document)
    for section in document.walk():
        if not section.summary:  # a closing paragraph has no heading line (seed 003's «Tóm lại, …»)
            bold, italic = section.level <= 2, section.level >= 3
            _body(doc, section.label(), document, bold=bold, italic=italic, keep_with_next=True)
        for text in section.paragraphs:  # one line, one paragraph (document.split_paragraphs), as in the page
            _body(doc, text, document, italic=section.summary)
    for text in split_paragraphs(document.closing):
        _body(doc, text, document, keep_with_next=True)  # the closing goes with the signature
    _signature_table(doc, document)
    page_number_header(doc)
    if document.footnotes:
        _add_footnotes_part(doc, document.footnotes)
    core_properties(doc, document)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


# --- paragraphs ------------------------------------------------------------------------


def _format(paragraph, align, size=None, space_before=Pt(0), indent=None):
    fmt = paragraph.paragraph_format
    paragraph.alignment = align
    fmt.space_before, fmt.space_after = space_before, Pt(0)
    fmt.line_spacing = 1.0
    if indent is not None:
        fmt.first_line_indent = indent
    if size is not None:  # the paragraph mark's size sets the height of an empty paragraph
        _mark_rpr(paragraph, size)
    return paragraph


def _mark_rpr(paragraph, size):
    half_points = int(size.pt * 2)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:rPr {nsdecls("w")}><w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/></w:rPr>')
    )


# Characters XML 1.0 cannot hold (controls, U+FFFE…): a text read from a unit's file may bring one, and
# Word could not be written at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text):
    return _NOT_XML.sub("", text)


def _run(paragraph, text, size=BODY_SIZE, bold=False, italic=False):
    run = paragraph.add_run(xml_text(text))
    run.font.size = size
    run.bold = bold or None
    run.italic = italic or None
    return run


def _centred(container, text, size=BODY_SIZE, bold=False, italic=False, space_before=Pt(0)):
    paragraph = _format(container.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, size, space_before)
    if text:
        _run(paragraph, text, size, bold, italic)
    return paragraph


def _title_lines(paragraph, title):
    """The title may span lines ("\\n"): one paragraph, lines joined by breaks."""
    lines = title.split("\n")
    for index, line in enumerate(lines):
        run = _run(paragraph, line.strip(), bold=True)
        if index < len(lines) - 1:
            run.add_break()


def _rule(container, width_mm, cell_width_mm=TEXT_WIDTH_MM, space_before=Pt(0)):
    """A short centred horizontal line: an almost empty paragraph with a bottom border."""
    paragraph = _format(container.add_paragraph(), WD_ALIGN_PARAGRAPH.CENTER, Pt(4), space_before)
    side = Mm(max(cell_width_mm - width_mm, 0) / 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.right_indent = side, side
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = Pt(4)  # the border is drawn under this height: it clears dots below (Ụ, ạ)
    border = '<w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/>'
    _insert_ordered(paragraph._p.get_or_add_pPr(), f"<w:pBdr {nsdecls('w')}>{border}</w:pBdr>", _PPR_AFTER_PBDR)
    return paragraph


def _body(doc, text, document, bold=False, italic=False, keep_with_next=False):
    """A justified 14 pt paragraph with a first-line indent; "[[fn:N]]" marks become footnote references."""
    paragraph = _format(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.JUSTIFY, space_before=Pt(6), indent=FIRST_LINE_INDENT)
    paragraph.paragraph_format.line_spacing = 1.15
    paragraph.paragraph_format.keep_with_next = keep_with_next or None
    for piece, number in split_footnotes(text):
        if number is None:
            _run(paragraph, piece, bold=bold, italic=italic)
            continue
        if not 1 <= number <= len(document.footnotes):
            raise ValueError(f"Footnote mark [[fn:{number}]] has no footnote text ({len(document.footnotes)} given).")
        run = _run(paragraph, "", bold=bold, italic=italic)
        run._r.style = "FootnoteReference"  # style id, added by _add_footnote_styles
        run.font.superscript = True
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(number))
        run._r.append(reference)
    return paragraph


# --- tables ----------------------------------------------------------------------------


def _plain_table(doc, rows, widths_mm):
    """A borderless fixed-layout table; widths go on columns AND cells (LibreOffice reads only one)."""
    table = doc.add_table(rows=rows, cols=len(widths_mm))
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    width = tbl_pr.find(qn("w:tblW"))
    width.set(qn("w:type"), "dxa")
    width.set(qn("w:w"), str(sum(Mm(w).twips for w in widths_mm)))
    edges = "".join(f'<w:{edge} w:val="nil"/>' for edge in ("top", "left", "bottom", "right", "insideH", "insideV"))
    _insert_ordered(tbl_pr, f"<w:tblBorders {nsdecls('w')}>{edges}</w:tblBorders>", _TBL_PR_AFTER_BORDERS)
    margins = '<w:left w:w="28" w:type="dxa"/><w:right w:w="28" w:type="dxa"/>'  # ~0.5 mm, not Word's 1.9
    _insert_ordered(tbl_pr, f"<w:tblCellMar {nsdecls('w')}>{margins}</w:tblCellMar>", _TBL_PR_AFTER_CELL_MAR)
    for index, width in enumerate(widths_mm):
        table.columns[index].width = Mm(width)
        for cell in table.columns[index].cells:
            cell.width = Mm(width)
    return table


# Schema order matters to Word (out-of-order children = "unreadable content"): what may follow each insert.
_PPR_AFTER_PBDR = ("shd", "tabs", "suppressAutoHyphens", "spacing", "ind", "jc", "outlineLvl", "rPr")
_TBL_PR_AFTER_BORDERS = ("shd", "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription")
_TBL_PR_AFTER_CELL_MAR = ("tblLook", "tblCaption", "tblDescription")


def _insert_ordered(parent, xml, successors):
    """Add (or replace) a child before the first existing one of its schema successors."""
    element = parse_xml(xml)
    existing = parent.find(element.tag)
    if existing is not None:
        parent.remove(existing)
    later = {qn(f"w:{tag}") for tag in successors}
    successor = next((child for child in parent if child.tag in later), None)
    if successor is not None:
        successor.addprevious(element)
    else:
        parent.append(element)


def _cell_line(cell, text, size, bold=False, italic=False, first=False):
    """Centred line in a table cell; the cell's own first (empty) paragraph is reused."""
    paragraph = cell.paragraphs[0] if first else cell.add_paragraph()
    _format(paragraph, WD_ALIGN_PARAGRAPH.CENTER, size)
    if text:
        _run(paragraph, text, size, bold, italic)
    return paragraph


def _header_table(doc, document):
    """Two columns: issuing body | national title; second row: number | place and date (aligned)."""
    # A 1 pt paragraph first: when a body table comes first and the text has footnotes, LibreOffice
    # puts an empty full-height paragraph before the table, pushing the header ~6 mm below the margin.
    lead = _format(doc.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, Pt(1))
    lead.paragraph_format.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    lead.paragraph_format.line_spacing = Pt(1)
    left_mm, right_mm = HEADER_COLUMNS_MM
    table = _plain_table(doc, 2, HEADER_COLUMNS_MM)
    left, right = table.cell(0, 0), table.cell(0, 1)
    if document.parent_body:  # a people's committee names itself alone
        _cell_line(left, document.parent_body.upper(), Pt(13), first=True)
    _cell_line(left, document.issuer.upper(), Pt(13), bold=True, first=not document.parent_body)
    _rule(left, width_mm=left_mm * 0.4, cell_width_mm=left_mm)
    _cell_line(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Pt(12), bold=True, first=True)
    _cell_line(right, "Độc lập - Tự do - Hạnh phúc", Pt(13), bold=True)
    _rule(right, width_mm=right_mm * 0.6, cell_width_mm=right_mm)
    number = _cell_line(table.cell(1, 0), document.number_line, Pt(13), first=True)
    date = _cell_line(table.cell(1, 1), document.date_line, Pt(14), italic=True, first=True)
    number.paragraph_format.space_before = date.paragraph_format.space_before = Pt(6)
    return table


def _signature_table(doc, document):
    table = _plain_table(doc, 1, SIGNATURE_COLUMNS_MM)
    # One page holds the recipients and the signature: a row split across a page break would leave
    # the signer's title on one page and the name on the next.
    table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:cantSplit {nsdecls('w')}/>"))
    left, right = table.cell(0, 0), table.cell(0, 1)
    heading = left.paragraphs[0]
    _format(heading, WD_ALIGN_PARAGRAPH.LEFT, Pt(12), space_before=Pt(12))
    _run(heading, "Nơi nhận:", Pt(12), bold=True, italic=True)
    for line in document.recipient_lines():
        _format(left.add_paragraph(), WD_ALIGN_PARAGRAPH.LEFT, Pt(11))
        _run(left.paragraphs[-1], line, Pt(11))
    signature = document.signature
    if signature is not None:  # the gap leaves room for the hand signature and the seal
        titles = [text.upper() for text in (signature.authority, signature.title) if text]
        for index, text in enumerate(titles + [""] * SIGNATURE_GAP_LINES + [signature.name]):
            _cell_line(right, text, BODY_SIZE, bold=True, first=index == 0)
        right.paragraphs[0].paragraph_format.space_before = Pt(12)
    return table


# --- footnotes ---------------------------------------------------------------------------

_SEPARATOR = '<w:footnote w:type="{0}" w:id="{1}"><w:p><w:r><w:{0}/></w:r></w:p></w:footnote>'
_FOOTNOTE = (  # size, spacing and font come from the FootnoteText style (12 pt, based on Normal: TNR)
    '<w:footnote w:id="{0}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
    '<w:r><w:t xml:space="preserve"> {1}</w:t></w:r></w:p></w:footnote>'
)


def _footnotes_xml(texts):
    """Word wants the two separator footnotes (ids -1, 0) before the real ones (ids 1..n)."""
    notes = [_SEPARATOR.format("separator", -1), _SEPARATOR.format("continuationSeparator", 0)]
    notes += [_FOOTNOTE.format(number, escape(xml_text(text).strip())) for number, text in enumerate(texts, start=1)]
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        f"<w:footnotes {nsdecls('w', 'r')}>{''.join(notes)}</w:footnotes>"
    ).encode("utf-8")


def _add_footnote_styles(doc):
    """Word's built-in footnote styles: LibreOffice numbers the footnote area with "footnote reference"
    (ignoring the footnoteRef run's own formatting), so without it the number comes out full size."""
    styles = doc.styles.element
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>'
            '<w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            '<w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr>'
            '<w:rPr><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>'
        )
    )
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="character" w:styleId="FootnoteReference">'
            '<w:name w:val="footnote reference"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>'
            '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
        )
    )


def _add_footnotes_part(doc, texts):
    part = Part(PackURI("/word/footnotes.xml"), FOOTNOTES_CT, _footnotes_xml(texts), doc.part.package)
    doc.part.relate_to(part, RT.FOOTNOTES)
    # Word names its separator footnotes in settings too; LibreOffice does not need it.
    separators = '<w:footnote w:id="-1"/><w:footnote w:id="0"/>'
    _insert_ordered(
        doc.settings.element,
        f"<w:footnotePr {nsdecls('w')}>{separators}</w:footnotePr>",
        ("endnotePr", "compat", "docVars", "rsids", "themeFontLang", "clrSchemeMapping"),
    )
