"""A footnote added to a draft by hand is numbered among the report's notes where its mark falls, and the DOCX
makes it a real footnote. The demo's issued 01/BC-SNgV (seed 001) carries seed 001's three footnotes: the
documents the Sở's direction followed (¹), then the results of two tasks (², ³)."""

import io
import re
import zipfile
from datetime import date

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.models import LegalDocument
from ngoaivu.register.models import AssignedTask
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.notes import add_footnote
from ngoaivu.reporting.redrafting import document_to_send
from ngoaivu.reporting.services import create_report

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _footnotes_of(content):
    """{id: text} of the DOCX's real footnotes (ids 1…), and the ids the body refers to, in order."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        notes = etree.fromstring(archive.read("word/footnotes.xml"))
        body = etree.fromstring(archive.read("word/document.xml"))
    texts = {
        int(note.get(f"{W}id")): "".join(note.itertext()).strip()
        for note in notes.iter(f"{W}footnote")
        if int(note.get(f"{W}id")) > 0
    }
    references = [int(ref.get(f"{W}id")) for ref in body.iter(f"{W}footnoteReference")]
    return texts, references


def _paragraph_with(content, words):
    from docx import Document

    return next(p for p in Document(io.BytesIO(content)).paragraphs if words in p.text)


def _review_with_a_task_result(units):
    sngv = units["sngv"]
    result = LegalDocument.objects.create(
        doc_type="Quyết định", number="730/QĐ-UBND", issued_on=date(2021, 5, 21), issuer="Chủ tịch UBND tỉnh"
    )
    AssignedTask.objects.create(
        unit=sngv, title="Kế hoạch bồi dưỡng kiến thức", year=2021, source="other", progress="done",
        result_document=result,
    )  # fmt: skip
    return create_report(sngv, ReportTemplate.objects.get(code="review"), "2021-H1")


def test_a_note_added_before_the_drafted_ones_is_numbered_first_and_renders_as_a_real_footnote(units):
    report = _review_with_a_task_result(units)
    assert report.footnotes == ["Quyết định số 730/QĐ-UBND ngày 21/5/2021 của Chủ tịch UBND tỉnh."]
    opening = add_footnote(report.sections.get(key="I.1"), "Quyết định số 43/QĐ-UBND ngày 20/01/2021 của UBND tỉnh.")
    report.refresh_from_db()
    assert report.footnotes == [
        "Quyết định số 43/QĐ-UBND ngày 20/01/2021 của UBND tỉnh.",
        "Quyết định số 730/QĐ-UBND ngày 21/5/2021 của Chủ tịch UBND tỉnh.",
    ]
    assert opening.text.endswith("của HĐND, UBND tỉnh[[fn:1]].") and opening.is_edited
    assert report.sections.get(key="II.2").text.endswith("Đã hoàn thành[[fn:2]].")
    texts, references = _footnotes_of(render_docx(document_to_send(report)))
    assert texts == {1: report.footnotes[0], 2: report.footnotes[1]} and references == [1, 2]


def test_a_note_is_marked_after_the_words_given_and_refused_where_they_are_not_or_past_drafting(units, users):
    report = _review_with_a_task_result(units)
    opening = report.sections.get(key="I.1")
    with pytest.raises(ValidationError, match="không có đoạn «các văn bản của Quốc hội»"):
        add_footnote(opening, "Ghi chú.", after="các văn bản của Quốc hội")
    add_footnote(opening, "Ghi chú.", after="các nội dung chỉ đạo quan trọng")
    opening.refresh_from_db()
    assert "các nội dung chỉ đạo quan trọng[[fn:1]] của Trung ương" in opening.text
    Report.objects.filter(pk=report.pk).update(status=Report.Status.SUBMITTED)
    with pytest.raises(ValidationError, match="không còn ở trạng thái dự thảo"):
        add_footnote(opening, "Ghi chú khác.")


SEED_001_NOTE_1 = (
    "Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị khóa XI về việc ban hành Quy chế quản lý thống nhất các "
    "hoạt động đối ngoại (Quy chế 272); Quyết định số 323-QĐ/TU ngày 16/6/2015 của Ban Thường vụ Tỉnh ủy Quảng Ngãi về "
    "Quy chế quản lý thống nhất các hoạt động đối ngoại tỉnh Quảng Ngãi; Nghị quyết số 01/NQ-CP ngày 01/01/2021 của "
    "Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà "
    "nước năm 2021; Nghị quyết số 02/NQ-CP ngày 01/01/2021 của Chính phủ về tiếp tục thực hiện những nhiệm vụ, giải "
    "pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao năng lực cạnh tranh quốc gia năm 2021; Quyết định số "
    "16/QĐ-UBND ngày 11/01/2021 của UBND tỉnh về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - "
    "xã hội năm 2021; Quyết định số 43/QĐ-UBND ngày 20/01/2021 của UBND tỉnh ban hành Chương trình công tác năm 2021 "
    "của UBND tỉnh."
)


def test_the_demos_issued_first_half_report_has_seed_001s_three_footnotes_in_its_docx(demo, db):
    report = Report.objects.get(unit__code="SNgV", numbered_year=2021, number=1)
    assert (report.status, report.number_label, report.period_code) == ("issued", "01/BC-SNgV", "2021-H1")
    assert report.footnotes == [
        SEED_001_NOTE_1,
        "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.",
        "Quyết định số 730/QĐ-UBND ngày 21/5/2021 của Chủ tịch UBND tỉnh.",
    ]
    content = render_docx(document_to_send(report))  # what issuing froze (tasks.freeze_issued)
    texts, references = _footnotes_of(content)
    assert texts == {1: SEED_001_NOTE_1, 2: report.footnotes[1], 3: report.footnotes[2]}
    assert references == [1, 2, 3]
    # «… các văn bản chỉ đạo triển khai thực hiện của HĐND, UBND tỉnh¹.», as seed 001 marks it
    opening = _paragraph_with(content, "các văn bản chỉ đạo triển khai thực hiện của HĐND, UBND tỉnh")
    assert opening.text.endswith("của HĐND, UBND tỉnh.")
    marked = [run for run in opening.runs if run._r.find(f"{W}footnoteReference") is not None]
    assert len(marked) == 1 and marked[0]._r.find(f"{W}footnoteReference").get(f"{W}id") == "1"
    assert re.search(r"UBND tỉnh\[\[fn:1\]\]\.$", report.sections.get(key="I.1").text)
