"""A table of a unit's answer as the compiled report says it (collection/answer_paragraphs.tables_said): a row
under its column's heads where the table has a heading row, else by its own cells; never a row of figures
taken for heads, which would say each figure of the wrong label."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from docx import Document
from docx.oxml import OxmlElement

from ngoaivu.collection import compilation
from ngoaivu.collection.answer_paragraphs import tables_said

from .conftest import UNIVERSITY_HEAD


def test_a_table_without_heads_is_said_row_by_row_by_its_own_cells():
    text = "Kết quả:\nĐoàn ra | 03 đoàn\nĐoàn vào | 05 đoàn\nViện trợ | 02 khoản"
    assert tables_said(text) == "Kết quả:\nĐoàn ra: 03 đoàn.\nĐoàn vào: 05 đoàn.\nViện trợ: 02 khoản."
    # as the reader writes a Word table of more columns; the rows' numbers say nothing without a head
    rows = "| 1 | Đoàn đi Lào | 05 người | Khảo sát |\n| 2 | Đoàn đi Nhật Bản | 04 người |  |"
    assert tables_said(rows) == "Đoàn đi Lào; 05 người; Khảo sát.\nĐoàn đi Nhật Bản; 04 người."


def test_a_heading_row_is_one_the_reader_marked_or_one_without_figures_over_rows_with_them():
    marked = "| Nội dung | Số lượng | Ghi chú |\n| --- | --- | --- |\n| Đoàn ra | 03 đoàn | Lào |"
    assert tables_said(marked) == "Nội dung: Đoàn ra; Số lượng: 03 đoàn; Ghi chú: Lào."
    # a text read before the reader marked heads, or typed: «STT | Quốc gia …» has no figure, its rows do
    typed = "STT | Quốc gia | Số lưu học sinh\n1 | Lào | 120\n2 | Campuchia | 15"
    assert tables_said(typed) == "Quốc gia: Lào; Số lưu học sinh: 120.\nQuốc gia: Campuchia; Số lưu học sinh: 15."
    # a first row with a figure is a row like the others
    assert tables_said("Lào | 120 | Học bổng\nCampuchia | 15 | Tự túc") == "Lào; 120; Học bổng.\nCampuchia; 15; Tự túc."


def _report(rows, heading=None):
    """A unit's DOCX report whose section 6 holds a table of rows; heading: how Word marks its first row as
    the heads («repeat»: w:tblHeader, «bold»), None: not marked."""
    document = Document()
    for line in UNIVERSITY_HEAD:
        document.add_paragraph(line)
    document.add_paragraph("6. Công tác quản lý người nước ngoài, lưu học sinh")
    document.add_paragraph("Lưu học sinh nước ngoài của Trường:")
    table = document.add_table(rows=0, cols=len(rows[0]))
    for index, cells in enumerate(rows):
        row = table.add_row()
        for cell, text in zip(row.cells, cells):
            cell.paragraphs[0].add_run(text).bold = heading == "bold" and index == 0
        if heading == "repeat" and index == 0:
            row._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    document.add_paragraph("Trường không có khó khăn, vướng mắc.")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


def _compiled(client_for, outgoing, units, data):
    """The section I.6 of the compiled report, after the university uploaded data as its report."""
    request = outgoing()
    submission = request.submissions.get(unit=units["dh"])
    client_for("other_reporter").post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile("dh.docx", data)}, follow=True
    )
    submission.refresh_from_db()
    submission.status = "accepted"
    submission.save()
    return compilation.compiled_draft(request)[0]["I.6"]


def test_a_word_table_without_a_heading_row_is_said_by_its_rows_in_the_compiled_report(client_for, outgoing, units):
    rows = [["Lào", "12 lưu học sinh", "Học bổng"], ["Campuchia", "03 lưu học sinh", "Tự túc"]]
    text = _compiled(client_for, outgoing, units, _report(rows))
    assert "Lào; 12 lưu học sinh; Học bổng.\n\nCampuchia; 03 lưu học sinh; Tự túc." in text
    assert "Lào: Campuchia" not in text and "|" not in text


def test_a_word_tables_heading_row_heads_its_rows_in_the_compiled_report(client_for, outgoing, units):
    heads = ["Quốc gia", "Số lưu học sinh", "Diện"]
    for heading in ("repeat", "bold"):
        rows = [heads, ["Lào", "12 lưu học sinh", "Học bổng"], ["Campuchia", "03 lưu học sinh", "Tự túc"]]
        text = _compiled(client_for, outgoing, units, _report(rows, heading))
        assert "Quốc gia: Lào; Số lưu học sinh: 12 lưu học sinh; Diện: Học bổng." in text, heading
        assert "Quốc gia: Campuchia; Số lưu học sinh: 03 lưu học sinh; Diện: Tự túc." in text, heading
    # not marked, but the only row without a figure: the heads; the rows' numbers said by no one
    numbered = [["STT", "Quốc gia", "Số lưu học sinh"], ["1", "Lào", "12"], ["2", "Campuchia", "03"]]
    text = _compiled(client_for, outgoing, units, _report(numbered))
    assert "Quốc gia: Lào; Số lưu học sinh: 12.\n\nQuốc gia: Campuchia; Số lưu học sinh: 03." in text
    assert "|" not in text
