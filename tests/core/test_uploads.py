"""The type of an upload is read from its bytes, never from its name."""

import io
import zipfile

from ngoaivu.core.uploads import kind_of


def zipped(*names):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


def test_office_files_are_told_apart_by_their_parts():
    assert kind_of(zipped("[Content_Types].xml", "word/document.xml")) == "docx"
    assert kind_of(zipped("[Content_Types].xml", "xl/workbook.xml")) == "xlsx"
    assert kind_of(zipped("mimetype", "content.xml")) is None  # an OpenDocument file, or any other zip
    assert kind_of(b"PK\x03\x04 not really a zip") is None


def test_pdf_doc_and_text():
    assert kind_of(b"%PDF-1.7\n...") == "pdf"
    assert kind_of(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100) == "doc"
    assert kind_of("BÁO CÁO công tác đối ngoại tháng 8/2021".encode()) == "text"
    assert kind_of("BÁO CÁO".encode() * 30000) == "text"
    assert kind_of("BÁO CÁO".encode("utf-16")) == "text"
    assert kind_of(b"B\xb8o c\xb8o c\xabng t\xb8c \xae\xe8i ngo\xb9i") == "text"  # TCVN3, as old reports are typed


def test_programs_pages_and_binary_noise_are_not_reports():
    assert kind_of(b"MZ\x90\x00") is None
    assert kind_of(b"\x7fELF\x02\x01") is None
    assert kind_of(b"  <html><body>x</body></html>") is None
    assert kind_of(b"#!/bin/sh\nrm -rf /") is None
    assert kind_of(b"\x00\x01\x02binary") is None
    assert kind_of(b"") is None
