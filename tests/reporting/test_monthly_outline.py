"""The general report as seed 003 writes it: «I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021», its areas
numbered on to «Một số công tác khác», closed by a paragraph in italics «Tóm lại, trong tháng 8/2021, …» with no
heading; then «II. DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU THÁNG 9/2021». No third or fourth part: the tasks assigned
are an area of part I, and the answers late to the office's requests are said in the summary."""

import datetime as dt
import io
import re

from docx import Document

from ngoaivu.collection.models import Submission
from ngoaivu.pure.period_parsing import parse
from ngoaivu.reporting.context import build_context
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.drafting import build
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.outlines import GENERAL
from ngoaivu.reporting.services import create_report, to_document

SUMMARY = (
    "Tóm lại, trong tháng 8/2021, Sở Ngoại vụ đã tổ chức triển khai thực hiện công tác đối ngoại theo kế hoạch đã đề "
    "ra, phục vụ nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và hội nhập quốc tế của tỉnh."
)


def _focal(units):
    units["sngv"].coordinates_province = True
    units["sngv"].save()
    return units["sngv"]


def _monthly(unit, period="2021-08"):
    return create_report(unit, ReportTemplate.objects.get(code="general"), period)


def _paragraphs(report):
    return Document(io.BytesIO(render_docx(to_document(report)))).paragraphs


def test_the_monthly_draft_has_seed_003s_two_parts_and_closes_part_i_with_its_summary(units):
    paragraphs = _paragraphs(_monthly(_focal(units)))
    texts = [p.text for p in paragraphs]
    parts = [p for p in paragraphs if re.match(r"[IVX]+\. ", p.text)]
    assert [p.text for p in parts] == [
        "I. KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI THÁNG 8/2021",
        "II. DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU THÁNG 9/2021",
    ]
    assert all(run.bold for part in parts for run in part.runs)
    # part I's areas numbered in order, «Một số công tác khác» last, the tasks assigned just before it
    areas = [text for text in texts if re.match(r"\d+\. ", text)]
    assert [int(area.split(".")[0]) for area in areas] == list(range(1, len(areas) + 1))
    assert areas[-2:] == [
        f"{len(areas) - 1}. Kết quả thực hiện các nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao",
        f"{len(areas)}. Một số công tác khác",
    ]
    # the summary: after the last area, before part II, in italics, no heading line of its own
    summary = next(p for p in paragraphs if p.text.startswith("Tóm lại"))
    assert summary.text == SUMMARY
    assert summary.runs and all(run.italic for run in summary.runs)
    assert texts.index(areas[-1]) < texts.index(SUMMARY) < texts.index(parts[1].text)
    assert "Tóm lại" not in texts
    # nothing of the parts seed 003 does not have
    assert not [text for text in texts if re.match(r"(III|IV)\. |\d\. (Thuận lợi|Khó khăn)$", text)]
    assert "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO" not in " ".join(texts)


def test_the_summary_is_a_section_the_officer_edits_shown_in_italics_on_the_page(units, client_for):
    report = _monthly(_focal(units))
    summary = report.sections.get(key="I.summary")
    assert (summary.number, summary.heading, summary.level, summary.text) == ("", "Tóm lại", 2, SUMMARY)
    client = client_for("officer")
    edited = f"{SUMMARY[:-1]}; tham mưu tốt công tác bảo hộ ngư dân."
    page = client.get(f"/bao-cao/{report.pk}/muc/{summary.pk}/")
    assert page.status_code == 200
    version = page.context["form"]["version"].value()
    response = client.post(f"/bao-cao/{report.pk}/muc/{summary.pk}/", {"text": edited, "version": version})
    assert response.status_code == 302
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert f"<em>{edited}</em>" in page
    summary_paragraph = next(p for p in _paragraphs(report) if p.text.startswith("Tóm lại"))
    assert summary_paragraph.text == edited and all(run.italic for run in summary_paragraph.runs)


def test_the_tasks_assigned_are_bullets_under_the_letters_of_their_area(units):
    from ngoaivu.register.models import AssignedTask

    sngv = _focal(units)
    AssignedTask.objects.create(
        unit=sngv, title="Kế hoạch hợp tác với tỉnh Champasak", year=2021, due="year", source="programme"
    )
    AssignedTask.objects.create(unit=sngv, title="Tổ chức Hội nghị vận động viện trợ", year=2021, source="other")
    report = _monthly(sngv)
    programme, other = report.sections.get(key="I.12.a"), report.sections.get(key="I.12.b")
    assert str(programme) == "a) Theo Chương trình công tác của UBND tỉnh"
    assert programme.text.split("\n\n") == [
        "- Kế hoạch hợp tác với tỉnh Champasak",
        "+ Thời gian hoàn thành được giao: Cả năm",
        "+ Tiến độ thực hiện: Chưa triển khai.",
    ]
    assert str(other) == "b) Các nhiệm vụ khác được UBND tỉnh, Chủ tịch UBND tỉnh giao"
    assert other.text == "- Tổ chức Hội nghị vận động viện trợ: Chưa triển khai."


def test_the_summary_names_the_units_late_to_answer_and_those_returned(units, clock, outgoing):
    from ngoaivu.collection.services import review, save_answer

    sngv = _focal(units)
    request = outgoing()
    clock(2021, 9, 9)  # the university answers in time, and its answer is returned; the Văn phòng never does
    answer = save_answer(
        Submission.objects.get(request=request, unit=units["dh"]), {}, {"I.1.a": "Không phát sinh."}, submit=True
    )
    review(answer, "return", "Bổ sung mục 2.")
    clock(2021, 9, 20)
    assert _monthly(sngv).sections.get(key="I.summary").text == (
        f"{SUMMARY} Tuy nhiên, Văn phòng UBND tỉnh chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm. "
        "Báo cáo của Trường Đại học Phạm Văn Đồng đã được trả lại để chỉnh sửa, chưa được gửi lại."
    )


def test_units_that_never_answered_are_named_together(units, clock, outgoing):
    sngv = _focal(units)
    outgoing()
    clock(2021, 9, 20)
    assert _monthly(sngv).sections.get(key="I.summary").text == (
        f"{SUMMARY} Tuy nhiên, một số cơ quan, đơn vị (Trường Đại học Phạm Văn Đồng, Văn phòng UBND tỉnh) chưa gửi "
        "báo cáo đúng thời hạn nên việc tổng hợp còn chậm."
    )


def test_the_summary_names_its_period_as_the_report_counts_it(units):
    sngv = _focal(units)

    def summary(period):
        draft = build(GENERAL, build_context(sngv, period, GENERAL))
        return next(section.text for section in draft.flat() if section.key == "I.summary")

    assert summary(parse("2021-H1")).startswith("Tóm lại, trong 6 tháng đầu năm 2021, Sở Ngoại vụ đã")
    assert summary(parse("2021")).startswith("Tóm lại, trong năm 2021, Sở Ngoại vụ đã")
    assert summary(parse("2021-01-01..2021-03-12")).startswith(
        "Tóm lại, từ ngày 01/01/2021 đến ngày 12/3/2021, Sở Ngoại vụ đã"
    )
    # figures cut at a day: the days they count, as the sentences above it say them
    assert summary(parse("2021-08", as_of=dt.date(2021, 8, 20))).startswith(
        "Tóm lại, từ ngày 01/8/2021 đến ngày 20/8/2021, Sở Ngoại vụ đã"
    )
