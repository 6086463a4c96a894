"""The type of an upload is read from its bytes, never from its name."""

import io
import zipfile

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document

from ngoaivu import soffice
from ngoaivu.core.uploads import UploadError, kind_of, read_upload


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


ANSWER_KINDS = ("docx", "doc", "pdf")
TAKEN = "chỉ nhận tệp Word (.docx) hoặc Word 97–2003 (.doc) hoặc PDF (.pdf)."


def refusal(name, data, kinds=ANSWER_KINDS):
    with pytest.raises(UploadError) as refused:
        read_upload(SimpleUploadedFile(name, data), kinds)
    return str(refused.value)


def opendocument(folder):
    """A real .odt: a Word file LibreOffice converts."""
    document = Document()
    document.add_paragraph("Trong tháng, đón 02 đoàn khách nước ngoài.")
    document.save(folder / "good.docx")
    command = [soffice.find(), "--headless", f"-env:UserInstallation=file://{folder}/profile"]
    soffice.run([*command, "--convert-to", "odt", "--outdir", str(folder), str(folder / "good.docx")], folder, 180)
    return (folder / "good.odt").read_bytes()


@pytest.mark.skipif(soffice.find() is None, reason="LibreOffice không có trên máy này")
def test_an_opendocument_is_a_kind_not_taken_not_a_damaged_file(tmp_path):
    data = opendocument(tmp_path)
    assert refusal("good.odt", data) == f"Tệp «good.odt» không phải là loại tệp được nhận; {TAKEN}"
    assert refusal("good.docx", data).endswith("dù tên tệp là «good.docx».")


def test_a_file_of_another_kind_is_told_which_kinds_are_taken_and_a_name_that_claims_one_is_told_apart():
    text = "Trong tháng, đón 02 đoàn khách nước ngoài.".encode()
    assert refusal("text.txt", text) == f"Tệp «text.txt» không phải là loại tệp được nhận; {TAKEN}"
    assert refusal("bao-cao.pdf", text) == (
        "Nội dung tệp không phải là Word (.docx) hoặc Word 97–2003 (.doc) hoặc PDF (.pdf), dù tên tệp là «bao-cao.pdf»."
    )
    assert (
        refusal("bao-cao.docx", b"PK\x03\x04 cut off") == "Tệp «bao-cao.docx» bị hỏng hoặc không đầy đủ, không mở được."
    )


def test_plain_text_named_as_a_document_is_refused_where_text_is_taken():
    text = "Trong tháng, đón 02 đoàn khách nước ngoài.".encode()
    taken = ("docx", "doc", "pdf", "text")
    for name, kind in (
        ("bao-cao.docx", "Word (.docx)"),
        ("bao-cao.pdf", "PDF (.pdf)"),
        ("bao-cao.doc", "Word 97–2003 (.doc)"),
    ):
        with pytest.raises(UploadError) as refused:
            read_upload(SimpleUploadedFile(name, text), taken)
        assert str(refused.value) == f"Nội dung tệp không phải là {kind}, dù tên tệp là «{name}»."
    # text named as text is taken, and so is an RTF named .doc, which the reader converts
    assert read_upload(SimpleUploadedFile("bao-cao.txt", text), taken) == (text, "text")
    rtf = b"{\\rtf1\\ansi Trong thang, don 02 doan.}"
    assert read_upload(SimpleUploadedFile("bao-cao.doc", rtf), taken) == (rtf, "text")
