"""Hostile files, made here byte by byte: each one is what a careless unit or an intruder could send."""

import io
import zipfile
import zlib

from docx import Document
from openpyxl import Workbook

PAGE_TEXT = b"BT /F1 12 Tf 20 20 Td (A) Tj ET\n"


def pdf(content: bytes, *, compressed: bytes | None = None, trailer_extra: bytes = b"") -> bytes:
    """A one-page PDF whose page content is `content` (or the given deflated bytes)."""
    stream = compressed if compressed is not None else zlib.compress(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    )
    return out.getvalue()


def pdf_bomb(inflated_mb: int = 1024) -> bytes:
    """One page whose content stream inflates to about `inflated_mb` MB from a couple of MB."""
    squeezer = zlib.compressobj(9)
    chunk = PAGE_TEXT * (1024 * 1024 // len(PAGE_TEXT))
    parts = [squeezer.compress(chunk) for _ in range(inflated_mb)]
    parts.append(squeezer.flush())
    return pdf(b"", compressed=b"".join(parts))


def zip_package(parts: dict[str, bytes], level: int = 9) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return out.getvalue()


def docx_parts(body_xml: bytes) -> dict[str, bytes]:
    """The parts of a real (python-docx) document, its body replaced."""
    source = io.BytesIO()
    Document().save(source)
    with zipfile.ZipFile(source) as package:
        parts = {name: package.read(name) for name in package.namelist()}
    parts["word/document.xml"] = body_xml
    return parts


W_OPEN = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
)
W_CLOSE = b"</w:body></w:document>"


def docx_bomb(megabytes: int = 78) -> bytes:
    """A DOCX whose document.xml is `megabytes` MB of paragraphs: varied enough to stay a few MB zipped."""
    paragraph = b"<w:p><w:r><w:t>%d \xc4\x91o\xc3\xa0n kh\xc3\xa1ch %d</w:t></w:r></w:p>"
    rows, size, n = [], 0, 0
    while size < megabytes * 1024 * 1024:
        row = paragraph % (n * 7919 % 1000003, n)
        rows.append(row)
        size += len(row)
        n += 1
    return zip_package(docx_parts(W_OPEN + b"".join(rows) + W_CLOSE), level=1)


def docx_xxe() -> bytes:
    """A DOCX whose body names a file of the server as an external entity."""
    body = (
        b'<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>B\xc3\xa1o c\xc3\xa1o &secret; h\xe1\xba\xbft</w:t></w:r></w:p>" + W_CLOSE
    )
    return zip_package(docx_parts(body))


def docx_laughs() -> bytes:
    """A DOCX whose body is the "billion laughs": ten entities, each ten of the one before."""
    entities = b'<!ENTITY a0 "ha">' + b"".join(
        b'<!ENTITY a%d "%s">' % (i, b"".join(b"&a%d;" % (i - 1) for _ in range(10))) for i in range(1, 10)
    )
    body = (
        b'<?xml version="1.0"?>\n<!DOCTYPE w:document [' + entities + b"]>"
        b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        b"<w:p><w:r><w:t>&a9;</w:t></w:r></w:p>" + W_CLOSE
    )
    return zip_package(docx_parts(body))


def xlsx_parts(headers=("Mã", "Tên")) -> dict[str, bytes]:
    book = Workbook()
    book.active.append(list(headers))
    source = io.BytesIO()
    book.save(source)
    with zipfile.ZipFile(source) as package:
        return {name: package.read(name) for name in package.namelist()}


SHEET_OPEN = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
)


def xlsx_dimension_bomb() -> bytes:
    """1.6 KB that declares the whole grid and puts a row at the last one."""
    parts = xlsx_parts()
    parts["xl/worksheets/sheet1.xml"] = (
        SHEET_OPEN + b'<dimension ref="A1:XFD1048576"/><sheetData>'
        b'<row r="1"><c r="A1" t="inlineStr"><is><t>M\xc3\xa3</t></is></c></row>'
        b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>'
        b"</sheetData></worksheet>"
    )
    return zip_package(parts)


def xlsx_row_bomb(rows: int = 300_000) -> bytes:
    """A sheet of many small rows: a few MB inflated, a small file."""
    parts = xlsx_parts()
    body = b"".join(b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (n, n, n) for n in range(1, rows + 1))
    parts["xl/worksheets/sheet1.xml"] = SHEET_OPEN + b"<sheetData>" + body + b"</sheetData></worksheet>"
    return zip_package(parts)


def xlsx_xxe() -> bytes:
    parts = xlsx_parts()
    parts["xl/worksheets/sheet1.xml"] = (
        b'<?xml version="1.0"?>\n<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
        + SHEET_OPEN.split(b"\n", 1)[1]
        + b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c>'
        b"</row></sheetData></worksheet>"
    )
    return zip_package(parts)


def encrypted_pdf() -> bytes:
    """A PDF that says it is encrypted (a standard security handler), as one with a password does."""
    encrypt = (
        b"/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904"
        b" /O <" + b"28bf4e5e4e758a4164004e56fffa0108" * 2 + b">"
        b" /U <" + b"0" * 64 + b"> >> /ID [<00112233445566778899aabbccddeeff><00112233445566778899aabbccddeeff>] "
    )
    return pdf(PAGE_TEXT, trailer_extra=encrypt)


def truncated(data: bytes) -> bytes:
    return data[: len(data) // 2]
