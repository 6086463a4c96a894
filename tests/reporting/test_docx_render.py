"""The DOCX renderer against Nghị định 30/2020/NĐ-CP, on a report shaped like seed 003 (August 2021)."""

import io
import os
import re
import shutil
import subprocess
import tempfile
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml.ns import qn

from ngoaivu.reporting.document import ReportDocument, Section, Signature
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.pdf import PdfUnavailable, docx_to_pdf, libreoffice_path

FOOTNOTE_1 = "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế."
FOOTNOTE_2 = "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ."
TITLE = "Công tác đối ngoại tháng 8/2021"
RECIPIENTS = [
    "UBND tỉnh;",
    "Văn phòng Tỉnh ủy;",
    "Cục Ngoại vụ;",
    "Sở Kế hoạch và Đầu tư;",
    "Công an tỉnh;",
    "Cục Thống kê tỉnh;",
    "SNgV: GD, các PGĐ, các phòng trực thuộc;",
    "Lưu: VT, TH.",
]


def august_2021(**overrides):
    outbound = Section(
        "a",
        "Công tác tổ chức và quản lý đoàn ra",
        3,
        [
            "Sở không tiếp nhận hồ sơ thẩm tra, làm thủ tục trình Chủ tịch UBND tỉnh ra quyết định cử cán bộ đi "
            "công tác nước ngoài.",
        ],
    )
    inbound = Section(
        "b",
        "Công tác tổ chức và quản lý đoàn vào",
        3,
        [
            "- Trong tháng, không có người nước ngoài đến làm việc trên địa bàn tỉnh. Tính chung trong 8 tháng, Sở "
            "phối hợp hướng dẫn, quản lý 19 đoàn với 54 lượt người nước ngoài đến học tập, làm việc trên địa bàn tỉnh.",
            "- Sở tiếp tục phối hợp hướng dẫn, quản lý người nước ngoài trên địa bàn tỉnh trong tình hình dịch bệnh "
            "Covid-19 đang diễn biến phức tạp.",
        ],
    )
    results = Section(
        "I",
        "KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021",
        1,
        children=[
            Section("1", "Công tác tổ chức và quản lý đoàn ra/đoàn vào", 2, children=[outbound, inbound]),
            Section(
                "2",
                "Công tác triển khai thực hiện các chủ trương, chính sách của Đảng và pháp luật của Nhà nước "
                "về công tác đối ngoại, hội nhập quốc tế",
                2,
                [
                    "Nhằm tiếp tục triển khai thực hiện Nghị quyết số 22-NQ/TW[[fn:1]], Sở xây dựng kế hoạch tổ chức các "
                    "lớp tập huấn về hội nhập quốc tế nhưng vì tình hình dịch Covid-19 diễn biến phức tạp nên chưa thể tổ "
                    "chức được.",
                ],
            ),
            Section(
                "3",
                "Công tác ngoại giao kinh tế và hợp tác quốc tế",
                2,
                [
                    "Đề nghị các cơ quan, đơn vị tổng hợp, đề xuất nhu cầu hợp tác, xúc tiến thiết lập quan hệ với các nước "
                    "khu vực Đông Bắc Á, trọng tâm là Nhật Bản và Hàn Quốc[[fn:2]].",
                ],
            ),
        ],
    )
    plan = Section(
        "II",
        "DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU THÁNG 9/2021",
        1,
        children=[
            Section(
                "1",
                "Công tác lễ tân ngoại giao, tổ chức và quản lý đoàn ra/đoàn vào",
                2,
                [
                    "Tiếp tục tham mưu quản lý nhà nước đối với đoàn ra, đoàn vào. Tổng hợp, trình UBND tỉnh Kế hoạch "
                    "đoàn ra, đoàn vào năm 2022.",
                ],
            ),
            Section(
                "2",
                "Một số công tác khác",
                2,
                [
                    "- Tăng cường công tác quản lý và hỗ trợ đối với hoạt động xuất nhập cảnh, lưu trú, tạm trú, hộ chiếu, "
                    "visa... của các công ty nước ngoài, các tổ chức quốc tế, các tổ chức PCPNN trên địa bàn tỉnh.",
                    "- Tiếp tục phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh triển khai thực hiện tốt công tác quản lý "
                    "biên giới biển - đảo, lãnh hải.",
                ],
            ),
        ],
    )
    fields = dict(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        issuer="SỞ NGOẠI VỤ",
        number_suffix="BC-SNgV",
        place="Quảng Ngãi",
        year=2021,
        title=TITLE,
        number=15,
        issued_on=date(2021, 9, 5),
        intro="Thực hiện chế độ thông tin báo cáo định kỳ, Sở Ngoại vụ báo cáo kết quả hoạt động đối ngoại tháng 8 "
        "và dự kiến công tác đối ngoại tháng 9/2021 như sau:",
        sections=[results, plan],
        closing="Sở Ngoại vụ kính báo cáo UBND tỉnh./.",
        recipients=list(RECIPIENTS),
        signature=Signature("GIÁM ĐỐC", "Nguyễn Viết Vy"),
        footnotes=[FOOTNOTE_1, FOOTNOTE_2],
    )
    fields.update(overrides)
    return ReportDocument(**fields)


def unissued():
    return august_2021(number=None, issued_on=None, signature=Signature("PHÓ GIÁM ĐỐC", "Trần Văn A", "KT. GIÁM ĐỐC"))


def opened(document):
    return Document(io.BytesIO(render_docx(document)))


def all_text(doc):
    cells = [p.text for t in doc.tables for row in t.rows for c in row.cells for p in c.paragraphs]
    return [p.text for p in doc.paragraphs] + cells


@pytest.fixture(scope="module")
def doc():
    return opened(august_2021())


def test_a4_page_and_decree_margins(doc):
    section = doc.sections[0]
    for value, expected in (
        (section.page_width, 210),
        (section.page_height, 297),
        (section.top_margin, 20),
        (section.bottom_margin, 20),
        (section.left_margin, 30),
        (section.right_margin, 15),
    ):
        assert abs(value.mm - expected) <= 0.5


def test_times_new_roman_everywhere(doc):
    normal = doc.styles["Normal"]
    assert normal.font.name == "Times New Roman" and normal.font.size.pt == 14
    fonts = normal.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        assert fonts.get(qn(attr)) == "Times New Roman"
    assert normal.element.rPr.find(qn("w:lang")).get(qn("w:val")) == "vi-VN"
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    assert not [k for k in defaults.find(qn("w:rFonts")).attrib if k.endswith("Theme") or k.endswith("theme")]
    theme = next(p for p in doc.part.package.iter_parts() if p.partname.endswith("theme1.xml")).blob.decode()
    assert theme.count('<a:latin typeface="Times New Roman"') == 2
    paragraphs = list(doc.paragraphs) + [p for t in doc.tables for r in t.rows for c in r.cells for p in c.paragraphs]
    runs = [run for p in paragraphs for run in p.runs]
    assert runs
    for run in runs:  # a run's own font, if any, is TNR; otherwise it inherits Normal's
        assert run.font.name in (None, "Times New Roman")
        assert run.style.name in ("Default Paragraph Font", "footnote reference")
    for p in paragraphs:
        assert p.style.name == "Normal"


def test_header_table(doc):
    header = doc.tables[0]
    assert len(header.columns) == 2
    widths = [c.width for c in header.columns]
    assert all(cell.width == widths[i] for row in header.rows for i, cell in enumerate(row.cells))
    assert abs(sum(w.mm for w in widths) - 165) < 1 and 0.35 < widths[0] / sum(widths) < 0.45
    left = [p.text for row in header.rows for p in row.cells[0].paragraphs]
    right = [p.text for row in header.rows for p in row.cells[1].paragraphs]
    assert "UBND TỈNH QUẢNG NGÃI" in left and "SỞ NGOẠI VỤ" in left and "Số: 15/BC-SNgV" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    assert "Quảng Ngãi, ngày 05 tháng 9 năm 2021" in right
    issuer = next(p for p in header.cell(0, 0).paragraphs if p.text == "SỞ NGOẠI VỤ")
    assert issuer.runs[0].bold
    date_line = header.cell(1, 1).paragraphs[0]
    assert date_line.runs[0].italic and date_line.runs[0].font.size.pt == 14
    for row in header.rows:
        for cell in row.cells:
            for p in cell.paragraphs:
                assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER
    rules = [
        p
        for p in header.cell(0, 0).paragraphs + header.cell(0, 1).paragraphs
        if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None
    ]
    assert len(rules) == 2  # short lines under the issuer and under the motto
    assert "nil" == header._tbl.tblPr.find(qn("w:tblBorders")).find(qn("w:insideV")).get(qn("w:val"))


def test_unissued_report_leaves_number_and_date_blank():
    doc = opened(unissued())
    text = all_text(doc)
    assert "Số:       /BC-SNgV" in text
    assert any(re.fullmatch(r"Quảng Ngãi, ngày\s+tháng\s+năm 2021", t) for t in text)
    signature = [p.text for p in doc.tables[-1].cell(0, 1).paragraphs if p.text]
    assert signature == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Trần Văn A"]


def test_kind_and_title_bold_centred(doc):
    texts = [p.text for p in doc.paragraphs]
    kind = doc.paragraphs[texts.index("BÁO CÁO")]
    title = doc.paragraphs[texts.index(TITLE)]
    for p in (kind, title):
        assert p.alignment == WD_ALIGN_PARAGRAPH.CENTER and all(r.bold for r in p.runs)
        assert all(r.font.size.pt == 14 for r in p.runs)
    two_lines = opened(august_2021(title="Công tác đối ngoại\ntháng 8/2021"))
    assert "Công tác đối ngoại\ntháng 8/2021" in [p.text for p in two_lines.paragraphs]


def test_body_paragraphs_justified_with_first_line_indent(doc):
    texts = [p.text for p in doc.paragraphs]
    body = [p for p in doc.paragraphs[texts.index(TITLE) + 2 :] if p.text]
    assert body[0].text.startswith("Thực hiện chế độ thông tin") and body[-1].text.endswith("UBND tỉnh./.")
    for p in body:
        fmt = p.paragraph_format
        assert p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
        assert 9.5 <= fmt.first_line_indent.mm <= 13
        assert fmt.space_before.pt == 6 and fmt.line_spacing >= 1.0
        assert all(r.font.size.pt == 14 for r in p.runs)
    by_text = {p.text: p for p in body}
    assert all(r.bold for r in by_text["I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021"].runs)
    assert all(r.bold for r in by_text["1. Công tác tổ chức và quản lý đoàn ra/đoàn vào"].runs)
    level3 = by_text["a) Công tác tổ chức và quản lý đoàn ra"]
    assert all(r.italic and not r.bold for r in level3.runs)
    assert sum(1 for t in by_text if t.startswith("- ")) == 4  # dash items keep their dash


def test_real_footnotes(doc):
    footnotes = [p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml"]
    assert len(footnotes) == 1
    part = footnotes[0]
    assert part.content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    assert any(
        rel.reltype.endswith("/relationships/footnotes") and rel.target_part is part for rel in doc.part.rels.values()
    )
    xml = part.blob.decode("utf-8")
    assert FOOTNOTE_1 in xml and FOOTNOTE_2 in xml
    ids = re.findall(r'<w:footnote (?:w:type="(\w+)" )?w:id="(-?\d+)"', xml)
    assert ids == [("separator", "-1"), ("continuationSeparator", "0"), ("", "1"), ("", "2")]
    assert xml.count("<w:footnoteRef/>") == 2
    references = doc.element.body.findall(".//" + qn("w:footnoteReference"))
    assert [r.get(qn("w:id")) for r in references] == ["1", "2"]
    for reference in references:
        rpr = reference.getparent().find(qn("w:rPr"))
        assert rpr.find(qn("w:vertAlign")).get(qn("w:val")) == "superscript"
        assert rpr.find(qn("w:rStyle")).get(qn("w:val")) == "FootnoteReference"
    # LibreOffice numbers the footnote area with this style, not with the footnoteRef run's own formatting
    assert doc.styles["footnote reference"].font.superscript
    assert doc.styles["footnote text"].font.size.pt == 12
    assert "[[fn:" not in "".join(all_text(doc))


def test_no_footnotes_part_without_footnotes():
    plain = august_2021(footnotes=[], sections=[Section("I", "MỘT MỤC", 1, ["Không có chú thích."])])
    doc = opened(plain)
    assert not [p for p in doc.part.package.iter_parts() if p.partname == "/word/footnotes.xml"]


def test_mark_without_footnote_text_is_refused():
    with pytest.raises(ValueError):
        render_docx(august_2021(footnotes=[FOOTNOTE_1]))


def test_recipients_and_signature(doc):
    table = doc.tables[-1]
    assert len(table.columns) == 2
    left, right = table.cell(0, 0), table.cell(0, 1)
    heading = left.paragraphs[0]
    assert heading.text == "Nơi nhận:"
    assert all(r.bold and r.italic and r.font.size.pt == 12 for r in heading.runs)
    lines = [p for p in left.paragraphs[1:]]
    assert [p.text for p in lines][0] == "- UBND tỉnh;" and lines[-1].text == "- Lưu: VT, TH."
    assert len(lines) == len(RECIPIENTS) and all(r.font.size.pt == 11 for p in lines for r in p.runs)
    signed = [p for p in right.paragraphs if p.text]
    assert [p.text for p in signed] == ["GIÁM ĐỐC", "Nguyễn Viết Vy"]
    assert all(r.bold and r.font.size.pt == 14 for p in signed for r in p.runs)
    assert all(p.alignment == WD_ALIGN_PARAGRAPH.CENTER for p in right.paragraphs)
    assert len(right.paragraphs) - len(signed) >= 3  # room to sign
    body_end = doc.element.body.index(table._tbl) - 1
    closing = doc.element.body[body_end]
    assert closing.xpath("string(.)") == "Sở Ngoại vụ kính báo cáo UBND tỉnh./."
    # The closing, the recipients and the signature stay on one page.
    assert closing.xpath("./w:pPr/w:keepNext") and table.rows[0]._tr.xpath("./w:trPr/w:cantSplit")


def test_page_number_in_header_from_page_two(doc):
    section = doc.sections[0]
    assert section.different_first_page_header_footer
    assert section._sectPr.find(qn("w:titlePg")) is not None
    header = section.header._element
    fields = [f.get(qn("w:instr")) for f in header.iter(qn("w:fldSimple"))]
    fields += ["".join(t.text for t in header.iter(qn("w:instrText")))]
    assert any(field and field.strip() == "PAGE" for field in fields)
    assert section.header.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert not section.first_page_header.is_linked_to_previous
    assert "".join(section.first_page_header._element.itertext()).strip() == ""


def test_core_properties(doc):
    assert doc.core_properties.title == TITLE
    assert doc.core_properties.author == "SỞ NGOẠI VỤ"  # the issuer line, when the unit's name is not given
    assert doc.core_properties.comments == "" and doc.core_properties.created.year > 2013


def test_core_properties_say_the_unit_and_when_it_was_drafted():
    hanoi = timezone(timedelta(hours=7))
    drafted, edited = datetime(2021, 9, 3, 8, 30, tzinfo=hanoi), datetime(2021, 9, 6, 16, tzinfo=hanoi)
    doc = opened(august_2021(author="Sở Ngoại vụ tỉnh Quảng Ngãi", created=drafted, modified=edited))
    properties = doc.core_properties
    assert properties.author == properties.last_modified_by == "Sở Ngoại vụ tỉnh Quảng Ngãi"
    assert properties.created == drafted and properties.modified == edited and properties.language == "vi-VN"
    core = doc.part.package.part_related_by(RT.CORE_PROPERTIES).blob.decode()
    assert "python-docx" not in core and "2013" not in core
    assert "2021-09-03T01:30:00Z" in core  # 08:30 in Hà Nội is 01:30 UTC


def test_the_file_names_no_other_program_and_shows_no_blank_page_thumbnail():
    archive = zipfile.ZipFile(io.BytesIO(render_docx(august_2021())))
    assert not any("thumbnail" in name for name in archive.namelist())
    assert "thumbnail" not in archive.read("_rels/.rels").decode()
    app = archive.read("docProps/app.xml").decode()
    assert "<Application>Ngoại vụ</Application>" in app and "Microsoft" not in app and "Normal.dotm" not in app


# --- PDF -------------------------------------------------------------------------------


def test_pdf_unavailable_without_libreoffice(monkeypatch):
    monkeypatch.setattr("ngoaivu.reporting.pdf.libreoffice_path", lambda: None)
    with pytest.raises(PdfUnavailable, match="chưa cài LibreOffice"):
        docx_to_pdf(b"not used")


def _page_count(pdf, path):
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))
    return len(re.findall(rb"/Type\s*/Page(?!s)", pdf))


@pytest.mark.pdf
def test_pdf_has_title_and_footnotes():
    if libreoffice_path() is None:
        if os.environ.get("NGOAIVU_REQUIRE_ALL"):
            pytest.fail("NGOAIVU_REQUIRE_ALL is set but LibreOffice (soffice) is not installed.")
        pytest.skip("LibreOffice is not installed")
    pdf = docx_to_pdf(render_docx(august_2021()))
    assert pdf.startswith(b"%PDF")
    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir) / "report.pdf"
        path.write_bytes(pdf)
        assert 1 <= _page_count(pdf, path) <= 4
        if shutil.which("pdftotext"):
            text = subprocess.run(
                ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
            ).stdout
            flat = " ".join(text.split())
            assert "BÁO CÁO" in flat and TITLE in flat
            assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in flat
            assert FOOTNOTE_2 in flat and "Bộ Chính trị về hội nhập quốc tế." in flat


def test_characters_xml_cannot_hold_are_left_out_not_a_failure():
    """A text read from a unit's file may bring a control character or U+FFFE: the Word file is made."""
    from dataclasses import replace

    document = august_2021()
    broken = Section(number="9", heading="Công tác khác", level=2, paragraphs=["Kế hoạch số 112/KH\ufffeUBND\x0b."])
    notes = [*document.footnotes[:-1], document.footnotes[-1] + "\x01"]
    document = replace(document, sections=[*document.sections, broken], footnotes=notes)
    text = all_text(opened(document))
    assert "Kế hoạch số 112/KHUBND." in text


def test_markup_in_a_text_is_printed_as_written_never_read():
    """A section or a footnote holding HTML or the XML of Word itself: its characters, not a format."""
    from dataclasses import replace

    pasted = 'Đón <b>02 đoàn</b>&nbsp;<script>alert("x")</script></w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>đậm'
    document = august_2021()
    section = Section(number="9", heading="Công tác <i>khác</i>", level=2, paragraphs=[pasted])
    notes = [*document.footnotes[:-1], "Xem <a href='x'>&amp;</a>]]></w:t>"]
    document = replace(document, sections=[*document.sections, section], footnotes=notes)
    data = render_docx(document)
    text = all_text(Document(io.BytesIO(data)))
    assert pasted in text and "9. Công tác <i>khác</i>" in text
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        body = package.read("word/document.xml").decode()
        footnotes = package.read("word/footnotes.xml").decode()
    printed = body[body.index("Đón ") :]
    assert "&lt;b&gt;02 đoàn&lt;/b&gt;&amp;nbsp;&lt;script&gt;" in printed
    assert "<w:b/>" not in printed[: printed.index("</w:p>")]  # the pasted «<w:b/>» bolds nothing
    assert "Xem &lt;a href='x'&gt;&amp;amp;&lt;/a&gt;]]&gt;&lt;/w:t&gt;" in footnotes
