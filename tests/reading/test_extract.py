"""Files → text: DOCX (paragraphs, numbering, tables, footnotes, headers, legacy fonts), PDF,
DOC through LibreOffice, TXT/MD; and every way a file can be unreadable, as one-line errors."""

import io
import os
import random
import struct
import subprocess
import tempfile
import zipfile
from datetime import date
from pathlib import Path

import pytest
from docx import Document

from ngoaivu.reading.errors import ReadError
from ngoaivu.reading.extract import extract_bytes
from ngoaivu.reading.reader import read_bytes, read_file
from ngoaivu.reporting.document import ReportDocument, Section, Signature
from ngoaivu.reporting.docx_render import render_docx

from .conftest import needs_pdfium, needs_soffice


def report_document(**changes) -> ReportDocument:
    values = dict(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        issuer="SỞ NGOẠI VỤ",
        number_suffix="BC-SNgV",
        place="Quảng Ngãi",
        year=2021,
        title="Công tác đối ngoại tháng 8/2021",
        intro="Thực hiện Công văn số 2314/UBND-TH ngày 25/5/2021 của UBND tỉnh[[fn:1]], Sở Ngoại vụ báo cáo như sau:",
        sections=[
            Section(
                "I",
                "KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021",
                1,
                children=[
                    Section(
                        "1",
                        "Công tác đoàn vào",
                        2,
                        paragraphs=[
                            "- Trong tháng, quản lý 03 đoàn với 07 lượt người nước ngoài. Tính chung 8 tháng, "
                            "19 đoàn với 54 lượt người."
                        ],
                    ),
                    Section(
                        "2",
                        "Bảo hộ ngư dân",
                        2,
                        paragraphs=["Toàn tỉnh có 02 tàu cá cùng 19 ngư dân bị nước ngoài bắt giữ[[fn:2]]."],
                    ),
                ],
            )
        ],
        recipients=["UBND tỉnh", "Lưu: VT, TH"],
        signature=Signature("PHÓ GIÁM ĐỐC", "Nguyễn Văn An", "KT. GIÁM ĐỐC"),
        footnotes=[
            "Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị.",
            "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.",
        ],
        number=15,
        issued_on=date(2021, 9, 10),
    )
    values.update(changes)
    return ReportDocument(**values)


@pytest.fixture(scope="module")
def report_docx() -> bytes:
    return render_docx(report_document())


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_docx_paragraphs_tables_and_footnotes(report_docx):
    extracted = extract_bytes(report_docx, "r.docx")
    assert extracted.kind == "docx"
    lines = extracted.text.split("\n")
    # The header table, cell by cell.
    for line in (
        "UBND TỈNH QUẢNG NGÃI",
        "SỞ NGOẠI VỤ",
        "Số: 15/BC-SNgV",
        "Quảng Ngãi, ngày 10 tháng 9 năm 2021",
        "BÁO CÁO",
        "Công tác đối ngoại tháng 8/2021",
        "KT. GIÁM ĐỐC",
        "Nguyễn Văn An",
    ):
        assert line in lines
    # Footnote marks stay where Word shows them; the notes come apart, in order.
    assert "của UBND tỉnh¹, Sở Ngoại vụ" in extracted.text
    assert "bắt giữ²." in extracted.text
    assert extracted.footnotes == [
        "Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị.",
        "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.",
    ]


def test_docx_read_end_to_end(tmp_path, report_docx):
    result = read_file(write(tmp_path, "bao-cao.docx", report_docx))
    meta = result["meta"]
    assert (meta["kind"], meta["number"], meta["number_blank"], meta["date"]) == (
        "BÁO CÁO",
        "15/BC-SNgV",
        False,
        "2021-09-10",
    )
    assert (meta["issuer"], meta["place"], meta["signer_title"], meta["signer_name"]) == (
        "SỞ NGOẠI VỤ",
        "Quảng Ngãi",
        "PHÓ GIÁM ĐỐC",
        "Nguyễn Văn An",
    )
    assert meta["period"]["kind"] == "month" and meta["period"]["index"] == 8
    assert [f["text"] for f in result["footnotes"]][1].startswith("Công văn số 49/SNgV-HTQT")
    numbers = [r["number"] for r in result["references"]]
    assert numbers == ["2314/UBND-TH", "272-QĐ/TW", "49/SNgV-HTQT"]  # footnotes included; not 15/BC-SNgV
    facts = {(f["indicator"], f["scope"]): f for f in result["facts"]}
    assert facts["incoming_delegations", "ytd"]["groups"] == 19
    assert facts["boats_detained", "period"]["fishermen"] == 19
    assert result["source"]["format"] == "docx"


def test_docx_draft_has_blank_number_and_date(tmp_path):
    data = render_docx(report_document(number=None, issued_on=None))
    result = read_file(write(tmp_path, "draft.docx", data))
    assert result["meta"]["number"] is None and result["meta"]["number_blank"]
    assert result["meta"]["date"] is None and result["meta"]["year"] == 2021
    assert {"blank_number", "blank_date"} <= {c["code"] for c in result["checks"]}


def _python_docx(build) -> bytes:
    document = Document()
    build(document)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_legacy_fonts_by_run():
    def build(document):
        paragraph = document.add_paragraph()
        run = paragraph.add_run("C«ng v¨n sè 1353/SNgV-§N ngµy 09/11/2023")
        run.font.name = ".VnTime"
        paragraph = document.add_paragraph()
        run = paragraph.add_run("b¸o c¸o")
        run.font.name = ".VnTimeH"
        paragraph = document.add_paragraph()
        run = paragraph.add_run("Coâng vaên soá 49")
        run.font.name = "VNI-Times"
        document.add_paragraph("Đoạn đã là Unicode.")

    extracted = extract_bytes(_python_docx(build), "x.docx")
    assert extracted.text.split("\n") == [
        "Công văn số 1353/SNgV-ĐN ngày 09/11/2023",
        "BÁO CÁO",
        "Công văn số 49",
        "Đoạn đã là Unicode.",
    ]
    assert extracted.legacy_encoding in ("tcvn3", "vni")


def test_docx_list_numbering_and_wide_tables():
    def build(document):
        document.add_paragraph("Công tác đoàn vào", style="List Number")
        document.add_paragraph("Công tác đoàn ra", style="List Number")
        table = document.add_table(rows=2, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Nội dung", "Số đoàn", "Số người")):
            cell.text = text
        for cell, text in zip(table.rows[1].cells, ("Đoàn vào", "17", "35")):
            cell.text = text

    lines = [line for line in extract_bytes(_python_docx(build), "x.docx").text.split("\n") if line]
    assert lines[:2] == ["1. Công tác đoàn vào", "2. Công tác đoàn ra"]
    # a row a line, as Markdown writes a table; the first row, without a figure over one with, heads it
    assert lines[2:] == ["| Nội dung | Số đoàn | Số người |", "| --- | --- | --- |", "| Đoàn vào | 17 | 35 |"]


def _table_text(rows, heading=None, bold_style=False):
    """The lines of a DOCX holding a table of rows; heading: how its first row is marked («repeat»: Word's
    w:tblHeader, «bold»: its runs, «style»: its paragraphs' style bold), None: not."""
    from docx.oxml import OxmlElement

    def build(document):
        style = document.styles.add_style("Tiêu đề bảng", 1)  # a paragraph style
        style.font.bold = True
        table = document.add_table(rows=0, cols=len(rows[0]))
        for index, cells in enumerate(rows):
            row = table.add_row()
            for cell, text in zip(row.cells, cells):
                for number, line in enumerate(text.split("\n")):
                    paragraph = cell.paragraphs[0] if number == 0 else cell.add_paragraph()
                    paragraph.add_run(line).bold = heading == "bold" and index == 0 or None
                    if heading == "style" and index == 0:
                        paragraph.style = style
            if heading == "repeat" and index == 0:
                row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))

    return [line for line in extract_bytes(_python_docx(build), "x.docx").text.split("\n") if line]


def test_a_tables_first_row_is_marked_as_its_heads_only_when_it_is_one():
    data = [["Đoàn ra", "03 đoàn", "Lào"], ["Đoàn vào", "05 đoàn", "Nhật Bản"]]
    # a first row of figures is a row like the others: no rule under it
    assert _table_text(data) == ["| Đoàn ra | 03 đoàn | Lào |", "| Đoàn vào | 05 đoàn | Nhật Bản |"]
    words = [["Quốc gia", "Đối tác", "Lĩnh vực"], ["Lào", "Tỉnh Attapeu", "Giáo dục"]]
    assert _table_text(words) == ["| Quốc gia | Đối tác | Lĩnh vực |", "| Lào | Tỉnh Attapeu | Giáo dục |"]
    for heading in ("repeat", "bold", "style"):
        assert _table_text(words, heading) == [
            "| Quốc gia | Đối tác | Lĩnh vực |",
            "| --- | --- | --- |",
            "| Lào | Tỉnh Attapeu | Giáo dục |",
        ], heading


def test_a_table_whose_cells_hold_several_lines_is_read_as_before():
    # the head or the signature of a letter set in a table: each row's cells joined, never taken for data
    layout = [
        ["UBND TỈNH QUẢNG NGÃI\nSỞ NGOẠI VỤ", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"]
    ]
    assert _table_text(layout) == [
        "UBND TỈNH QUẢNG NGÃI SỞ NGOẠI VỤ |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc"
    ]


@pytest.mark.pdf
@needs_soffice
@needs_pdfium
def test_pdf_with_text_layer(tmp_path, report_docx):
    from ngoaivu.reporting.pdf import docx_to_pdf

    path = write(tmp_path, "bao-cao.pdf", docx_to_pdf(report_docx))
    result = read_file(path)
    assert result["source"]["format"] == "pdf"
    assert result["meta"]["number"] == "15/BC-SNgV"
    assert result["meta"]["place"] == "Quảng Ngãi"
    assert result["meta"]["signer_name"] == "Nguyễn Văn An"
    assert [n["number"] for n in result["footnotes"]] == [1, 2]  # small raised digits → footnotes
    assert {r["number"] for r in result["references"]} == {"2314/UBND-TH", "272-QĐ/TW", "49/SNgV-HTQT"}
    facts = {(f["indicator"], f["scope"]): f for f in result["facts"]}
    assert facts["incoming_delegations", "ytd"]["persons"] == 54


@pytest.mark.pdf
@needs_soffice
@needs_pdfium
def test_a_paragraph_running_onto_the_next_page_is_one_line(tmp_path):
    from ngoaivu.reporting.pdf import docx_to_pdf

    item = (
        "- Trong tháng, Sở phối hợp với các cơ quan, đơn vị liên quan đón tiếp {n:02d} đoàn khách nước ngoài "
        "đến thăm và làm việc tại tỉnh, trao đổi về hợp tác đầu tư, giáo dục, y tế và phát triển nguồn nhân "
        "lực chất lượng cao trong giai đoạn tới."
    )
    document = Document()
    for n in range(1, 41):
        document.add_paragraph(item.format(n=n))
    buffer = io.BytesIO()
    document.save(buffer)
    extracted = extract_bytes(docx_to_pdf(buffer.getvalue()), "bao-cao.pdf")
    assert extracted.pages > 1  # so some paragraph crosses a page break
    assert extracted.text.split("\n") == [item.format(n=n) for n in range(1, 41)]


@pytest.mark.pdf
@needs_soffice
@needs_pdfium
def test_a_number_broken_at_its_hyphen_is_read_whole():
    """pdfium writes a hyphen ending a line as U+FFFE: «112/KH-» then «UBND» is one number again."""
    from ngoaivu.reporting.pdf import docx_to_pdf

    document = Document()
    for n in range(40):  # each a little longer, so that some line ends at «KH-»
        document.add_paragraph(f"Thực hiện Kế hoạch {'a' * n} số 112/KH-UBND ngày 15/3/2021 của UBND tỉnh.")
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract_bytes(docx_to_pdf(buffer.getvalue()), "bao-cao.pdf").text
    assert "\ufffe" not in text
    assert [line for line in text.split("\n") if "số 112/KH-UBND ngày 15/3/2021" not in line] == []


def test_pages_are_joined_where_a_sentence_runs_on_and_kept_apart_elsewhere():
    from ngoaivu.reading.extract import _join_pages

    assert _join_pages(["a) Công tác lãnh sự\nTrong tháng, tiếp nhận", "02 vụ việc."]) == (
        "a) Công tác lãnh sự\nTrong tháng, tiếp nhận\n02 vụ việc."  # a figure may begin a line of its own
    )
    assert _join_pages(["Trong tháng, Sở phối hợp với", "các cơ quan.", "", "II. PHƯƠNG HƯỚNG"]) == (
        "Trong tháng, Sở phối hợp với các cơ quan.\nII. PHƯƠNG HƯỚNG"
    )
    assert _join_pages(["1. Đoàn vào", "Trong tháng, đón 02 đoàn."]) == "1. Đoàn vào\nTrong tháng, đón 02 đoàn."


@pytest.mark.pdf
@needs_soffice
def test_old_doc_through_libreoffice(tmp_path, report_docx):
    from ngoaivu.reporting.pdf import libreoffice_path

    source = write(tmp_path, "in.docx", report_docx)
    profile = Path(tempfile.mkdtemp(prefix="lo-test-"))
    subprocess.run(
        [
            libreoffice_path(),
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "doc",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    doc = tmp_path / "in.doc"
    assert doc.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    result = read_file(doc)
    assert result["source"]["format"] == "doc"
    assert result["meta"]["number"] == "15/BC-SNgV"
    assert "272-QĐ/TW" in {r["number"] for r in result["references"]}
    # As an upload: read in the sandbox, LibreOffice under the child's limits.
    assert read_bytes(doc.read_bytes(), "in.doc")["meta"]["number"] == "15/BC-SNgV"
    # The same file with the FIB's fEncrypted bit set (a password-protected .doc).
    data = bytearray(doc.read_bytes())
    fib = next(i for i in range(512, len(data), 512) if data[i : i + 2] == b"\xec\xa5")
    data[fib + 11] |= 0x01
    assert "mật khẩu" in _error(write(tmp_path, "locked.doc", bytes(data)))


def test_text_and_markdown(tmp_path):
    path = write(tmp_path, "bc.md", "## **BÁO CÁO**\n**Công tác đối ngoại quý III/2021**\n".encode())
    result = read_file(path)
    assert result["source"]["format"] == "md"
    assert result["meta"]["title"] == "Công tác đối ngoại quý III/2021"
    assert result["meta"]["period"]["kind"] == "quarter"
    tcvn = write(tmp_path, "cu.txt", "B¸O C¸O\nC«ng t¸c ®èi ngo¹i th¸ng 8/2021\n".encode("latin-1"))
    result = read_file(tcvn)
    assert result["meta"]["title"] == "Công tác đối ngoại tháng 8/2021"
    assert result["source"]["legacy_encoding"] == "tcvn3"


# --- files that cannot be read: one Vietnamese line, never a traceback ---------------------


def _error(path) -> str:
    with pytest.raises(ReadError) as caught:
        read_file(path)
    message = str(caught.value)
    assert message and "\n" not in message
    return message


def test_missing_empty_and_directory(tmp_path):
    assert "Không tìm thấy" in _error(tmp_path / "khong-co.docx")
    assert "rỗng" in _error(write(tmp_path, "empty.docx", b""))
    assert "rỗng" in _error(write(tmp_path, "blank.txt", b"  \n\n"))
    _error(tmp_path)


def test_random_bytes_and_images(tmp_path):
    rng = random.Random(7)
    noise = bytes(rng.randrange(256) for _ in range(5000))
    assert "định dạng" in _error(write(tmp_path, "noise.docx", noise))
    assert "định dạng" in _error(write(tmp_path, "anh.pdf", b"\x89PNG\r\n\x1a\n" + noise))


def test_truncated_docx(tmp_path, report_docx):
    assert "hỏng" in _error(write(tmp_path, "cut.docx", report_docx[: len(report_docx) // 2]))
    assert "hỏng" in _error(write(tmp_path, "cut2.docx", report_docx[:200]))


def test_zip_that_is_not_a_word_document(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "hello")
    assert "không phải tài liệu Word" in _error(write(tmp_path, "x.docx", buffer.getvalue()))


def _set_encrypted_flag(data: bytes) -> bytes:
    data = bytearray(data)
    for signature, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            flags = struct.unpack_from("<H", data, start + offset)[0]
            struct.pack_into("<H", data, start + offset, flags | 1)
            start += 4
    return bytes(data)


def test_encrypted_files(tmp_path, report_docx):
    assert "mật khẩu" in _error(write(tmp_path, "zipcrypto.docx", _set_encrypted_flag(report_docx)))
    # Word saves a password-protected .docx as an OLE file holding "EncryptedPackage".
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 600
    assert "mật khẩu" in _error(write(tmp_path, "protected.docx", ole))
    other_ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 1000 + "Workbook".encode("utf-16-le")
    assert "không phải văn bản Word" in _error(write(tmp_path, "sheet.doc", other_ole))


def test_zip_bomb_declared_size(tmp_path, report_docx):
    # A small zip whose entry declares a huge uncompressed size.
    data = bytearray(report_docx)
    start = data.find(b"PK\x01\x02")
    while start >= 0:
        struct.pack_into("<I", data, start + 24, 0xFFFFFF00)
        start = data.find(b"PK\x01\x02", start + 4)
    assert "bất thường" in _error(write(tmp_path, "bomb.docx", bytes(data)))


def test_zip_bomb_real_and_many_entries(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<a>" + b"0" * (40 * 1024 * 1024) + b"</a>")
    assert len(buffer.getvalue()) < 200_000
    assert "bất thường" in _error(write(tmp_path, "bomb2.docx", buffer.getvalue()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<a/>")
        for i in range(5000):
            archive.writestr(f"x/{i}", "")
    assert "bất thường" in _error(write(tmp_path, "many.docx", buffer.getvalue()))


def test_broken_xml_in_docx(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><unclosed>")
    assert "hỏng" in _error(write(tmp_path, "badxml.docx", buffer.getvalue()))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:  # an entity bomb must not expand
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><!DOCTYPE d [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
            "<d>&c;</d>",
        )
    with pytest.raises(ReadError):
        read_file(write(tmp_path, "entities.docx", buffer.getvalue()))


@needs_pdfium
def test_broken_and_scanned_pdf(tmp_path):
    assert "PDF" in _error(write(tmp_path, "cut.pdf", b"%PDF-1.7\n1 0 obj << /Type /Catalog"))
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    out = io.BytesIO()
    document.save(out)
    assert "OCR" in _error(write(tmp_path, "scan.pdf", out.getvalue()))


def test_300_page_text_document_is_read_whole(tmp_path):
    # Its speed is measured by bench/reading_speed.py, not here.
    page = (
        "a) Công tác đoàn vào\nTrong tháng, Sở phối hợp quản lý 03 đoàn với 07 lượt người nước ngoài; "
        "thực hiện Công văn số {n}/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ về việc báo cáo.\n"
        + "Tiếp tục triển khai thực hiện có hiệu quả các nhiệm vụ đối ngoại trên địa bàn tỉnh, "
        "nâng cao hiệu quả công tác thông tin đối ngoại và hội nhập quốc tế.\n" * 25
    )
    text = "BÁO CÁO\nCông tác đối ngoại năm 2021\n" + "".join(
        f"{i}. Mục {i}\n" + page.format(n=i) for i in range(1, 301)
    )
    path = write(tmp_path, "dai.txt", text.encode())
    assert len(text) > 300 * 3000 * 0.9
    result = read_file(path)
    assert len(result["sections"]) == 300
    assert len(result["references"]) == 300


def test_300_page_docx_is_read_whole(tmp_path):
    def build(document):
        for page in range(300):
            document.add_paragraph(f"{page + 1}. Công tác đối ngoại phần {page + 1}")
            for _ in range(12):
                document.add_paragraph(
                    "Trong tháng, Sở phối hợp quản lý 03 đoàn với 07 lượt người nước ngoài; "
                    "tiếp tục triển khai thực hiện các nhiệm vụ đối ngoại trên địa bàn tỉnh."
                )
            document.add_page_break()

    path = write(tmp_path, "dai.docx", _python_docx(build))
    result = read_file(path)
    assert len(result["sections"]) == 300


@pytest.mark.pdf
@needs_soffice
@needs_pdfium
def test_password_protected_pdf(tmp_path, report_docx):
    from ngoaivu.reporting.pdf import libreoffice_path

    source = write(tmp_path, "in.docx", report_docx)
    profile = Path(tempfile.mkdtemp(prefix="lo-test-"))
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"matkhau"}}'
    )
    subprocess.run(
        [
            libreoffice_path(),
            "--headless",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            options,
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
        env={**os.environ, "HOME": str(tmp_path)},
    )
    assert "mật khẩu" in _error(tmp_path / "out" / "in.pdf")


def test_a_list_level_without_its_value_is_the_first_level():
    """<w:ilvl/> with no w:val (written by some generators) once crashed the reader with a TypeError."""
    import zipfile

    from ngoaivu.reading.docx_text import read_docx

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    document = (
        f'<w:document xmlns:w="{w}"><w:body>'
        '<w:p><w:pPr><w:numPr><w:ilvl/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>one</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>two</w:t></w:r></w:p>'
        "</w:body></w:document>"
    )
    numbering = (
        f'<w:numbering xmlns:w="{w}"><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0">'
        '<w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>'
        '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>'
    )
    package = io.BytesIO()
    with zipfile.ZipFile(package, "w") as archive:
        archive.writestr("word/document.xml", document)
        archive.writestr("word/numbering.xml", numbering)
    package.seek(0)
    assert read_docx(package).lines == ["1. one", "2. two"]


def test_plain_text_named_as_a_pdf_or_word_file_is_refused():
    for name in ("bao-cao.pdf", "bao-cao.docx", "bao-cao.doc"):
        with pytest.raises(ReadError) as refused:
            extract_bytes(b"not a pdf", name)
        kind = name.rsplit(".", 1)[1].upper()
        assert str(refused.value) == (
            f"Tệp «{name}» mang đuôi .{kind.lower()} nhưng không phải tệp {kind}; hãy gửi lại đúng tệp."
        )
    assert extract_bytes("Báo cáo".encode(), "bao-cao.txt").text == "Báo cáo"


def _wrapped_header_report(document):
    from docx.shared import Cm

    header = document.add_table(rows=1, cols=2)
    header.autofit = False
    for column, width in zip(header.columns, (Cm(10), Cm(5)), strict=True):
        column.width = column.cells[0].width = width  # the motto's column too narrow for its line
    header.cell(0, 0).text = "UBND TỈNH QUẢNG NGÃI\nSỞ NGOẠI VỤ"
    header.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    document.add_paragraph("Số: 21/BC-SNgV          Quảng Ngãi, ngày 10 tháng 9 năm 2021")
    document.add_paragraph("BÁO CÁO")
    document.add_paragraph("Công tác đối ngoại tháng 8/2021")
    heading = document.add_paragraph()
    # a heading that fills its line (the next word would not have fitted)
    heading.add_run("4. Công tác lãnh sự và bảo hộ công dân; công tác biên giới, lãnh thổ").bold = True
    document.add_paragraph("Toàn tỉnh có 03 tàu cá cùng 21 ngư dân bị nước ngoài bắt giữ.")


@pytest.mark.pdf
@needs_soffice
@needs_pdfium
def test_a_pdf_header_wrapping_the_motto_and_a_bold_heading_before_a_sentence(tmp_path):
    from ngoaivu.reporting.pdf import docx_to_pdf

    result = read_file(write(tmp_path, "bc.pdf", docx_to_pdf(_python_docx(_wrapped_header_report))))
    # the motto's column wraps («CỘNG HÒA XÃ HỘI CHỦ» / «NGHĨA VIỆT NAM»): never the issuer
    assert result["meta"]["issuer"] == "SỞ NGOẠI VỤ"
    # a bold heading reaching the margin does not run into the sentence under it
    assert [f["text"] for f in result["facts"] if f["indicator"] == "boats_detained"] == [
        "Toàn tỉnh có 03 tàu cá cùng 21 ngư dân bị nước ngoài bắt giữ."
    ]


def test_a_wrapped_motto_is_never_the_issuer():
    text = (
        "UBND TỈNH QUẢNG NGÃI\nSỞ NGOẠI VỤ\n{motto}\nĐộc lập - Tự do - Hạnh phúc\n"
        "Số: 21/BC-SNgV\nBÁO CÁO\nCông tác đối ngoại tháng 8/2021\n"
    )
    for motto in ("CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM", "CỘNG HOÀ XÃ HỘI\nCHỦ NGHĨA VIỆT\nNAM"):
        assert read_bytes(text.format(motto=motto).encode(), "bc.txt")["meta"]["issuer"] == "SỞ NGOẠI VỤ"
