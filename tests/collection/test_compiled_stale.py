"""A compiled report is held against the answers accepted now: an answer accepted after compiling
flags the sections it adds to, and «Tổng hợp lại các mục này» writes them again from the answers."""

import io
import re

import docx
import pytest

from ngoaivu.collection import compilation
from ngoaivu.reporting.pdf import PdfUnavailable
from ngoaivu.reporting.redrafting import stale_sections

from .test_compilation import answer

DELEGATIONS = "I.1.b"


def _compiled(outgoing, units, users):
    request = outgoing()
    answer(
        request,
        units["vp"],
        "accepted",
        {"incoming_delegations": {"groups": 2, "persons": 7}},
        {DELEGATIONS: "Văn phòng đón 02 đoàn với 07 lượt người."},
    )
    return request, compilation.compile_report(request, users["officer"])


def test_a_compiled_report_agrees_with_its_answers_when_made(outgoing, units, users, client_for):
    _request, report = _compiled(outgoing, units, users)
    assert stale_sections(report) == []
    page = client_for("officer").get(f"/bao-cao/{report.pk}/").content.decode()
    assert "stale-figures" not in page


def test_an_answer_accepted_after_compiling_flags_and_redrafts_the_sections_it_adds_to(
    outgoing, units, users, client_for
):
    request, report = _compiled(outgoing, units, users)
    answer(
        request,
        units["dh"],
        "accepted",
        {"incoming_delegations": {"groups": 1, "persons": 4}},
        {DELEGATIONS: "Trường đón 01 đoàn với 04 lượt người."},
    )
    assert DELEGATIONS in [section.key for section in stale_sections(report)]
    client = client_for("officer")
    page = client.get(f"/bao-cao/{report.pk}/").content.decode()
    assert "không còn khớp với nội dung tổng hợp từ báo cáo của các đơn vị" in page
    assert "Tổng hợp lại các mục này" in page
    done = client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/", follow=True).content.decode()
    assert "từ báo cáo của các đơn vị." in done
    text = report.sections.get(key=DELEGATIONS).text
    assert "03 đoàn với 11 lượt người" in text.split("\n\n")[0]
    assert "- Trường Đại học Phạm Văn Đồng: Trường đón 01 đoàn với 04 lượt người." in text
    assert stale_sections(report) == []


def test_an_edited_compiled_section_shows_the_difference_and_keeps_the_edit_until_chosen(
    outgoing, units, users, client_for
):
    request, report = _compiled(outgoing, units, users)
    section = report.sections.get(key=DELEGATIONS)
    client = client_for("officer")
    edited = section.text + "\n\nĐoạn viết thêm."
    client.post(f"/bao-cao/{report.pk}/muc/{section.pk}/", {"text": edited, "version": section.version})
    answer(request, units["dh"], "accepted", {"incoming_delegations": {"groups": 1, "persons": 4}})
    response = client.post(f"/bao-cao/{report.pk}/tao-lai-so-lieu/")
    assert response.url == f"/bao-cao/{report.pk}/muc/{section.pk}/tao-lai/"
    section.refresh_from_db()
    assert section.text == edited
    page = client.get(response.url)
    assert "03 đoàn với 11 lượt người" in page.context["new_text"]


def test_a_reporter_of_the_compiling_unit_never_reads_the_compiled_report(outgoing, units, users, client):
    # The compiled report gathers other units' answers: a reporter of its own unit reads none of it.
    from ngoaivu.core.models import Role, User

    _request, report = _compiled(outgoing, units, users)
    reporter = User.objects.create_user("baocao-sngv", role=Role.REPORTER, unit=units["sngv"])
    client.force_login(reporter)
    for url in (f"/bao-cao/{report.pk}/", f"/bao-cao/{report.pk}/tai-ve.docx", f"/api/reports/{report.pk}/"):
        assert client.get(url).status_code == 404, url
    section = report.sections.first()
    assert client.get(f"/bao-cao/{report.pk}/muc/{section.pk}/").status_code == 404
    assert str(report.pk) not in [str(r["id"]) for r in client.get("/api/reports/").json()["results"]]
    client.force_login(users["officer"])
    assert client.get(f"/bao-cao/{report.pk}/").status_code == 200


def test_compiling_needs_an_accepted_answer_and_a_second_press_finds_the_first_report(outgoing, units, users):
    import pytest
    from django.core.exceptions import ValidationError

    from ngoaivu.reporting.models import Report

    request = outgoing()
    with pytest.raises(ValidationError, match="Chưa có báo cáo nào của đơn vị được tiếp nhận"):
        compilation.compile_report(request, users["officer"])
    assert not Report.objects.exists()
    answer(request, units["vp"], "accepted", {"incoming_delegations": {"groups": 2, "persons": 7}})
    first = compilation.compile_report(request, users["officer"])
    stale_copy = type(request).objects.get(pk=request.pk)
    stale_copy.report = None  # a second press made from a page loaded before the first
    assert compilation.compile_report(stale_copy, users["officer"]) == first
    assert Report.objects.count() == 1


def test_a_second_officer_reviewing_the_same_answer_is_told_it_was_handled(outgoing, units):
    import pytest

    from ngoaivu.collection.services import SubmissionError, review

    request = outgoing()
    submission = answer(request, units["vp"], "submitted", {"incoming_delegations": {"groups": 1, "persons": 2}})
    seen_by_second = type(submission).objects.get(pk=submission.pk)
    review(submission, "accept")
    with pytest.raises(SubmissionError, match="Báo cáo vừa được xử lý"):
        review(seen_by_second, "return", "Thiếu số liệu")
    submission.refresh_from_db()
    assert submission.status == "accepted" and submission.comment == ""


def test_a_count_the_register_cannot_name_is_written_without_an_empty_list(outgoing, units, users):
    request = outgoing()
    answer(request, units["vp"], "accepted", {"courtesy_receptions": {"count": 1}})
    report = compilation.compile_report(request, users["officer"])
    text = "\n".join(section.text for section in report.sections.all())
    # The sentence names no one: it tells the Sở's own receptions (none); the office's, with its source.
    assert "Theo báo cáo của Văn phòng UBND tỉnh, đơn vị có 01 " in text and "()" not in text


def test_a_compiled_draft_is_compiled_again_once_per_download_never_while_its_pdf_is_waited_for(
    outgoing, units, users, client_for, settings, monkeypatch
):
    from django_tasks import default_task_backend

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # queued, not run
    request, report = _compiled(outgoing, units, users)
    answer(request, units["dh"], "accepted", {"incoming_delegations": {"groups": 1, "persons": 4}})
    compiled, compile_draft = [], compilation.compiled_draft
    monkeypatch.setattr(
        compilation, "compiled_draft", lambda request: compiled.append(request) or compile_draft(request)
    )
    client = client_for("officer")

    response = client.get(f"/bao-cao/{report.pk}/tai-ve.docx")
    warning = docx.Document(io.BytesIO(response.content)).paragraphs[0].text
    assert warning.startswith("DỰ THẢO CHƯA CẬP NHẬT") and str(report.sections.get(key=DELEGATIONS)) in warning
    assert len(compiled) == 1
    waiting = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf")
    assert len(compiled) == 2
    # the waiting page reloads to ask after the PDF started (or, unsaid, the download again)
    url = re.search(r'http-equiv="refresh" content="2(?:; url=([^"]+))?"', waiting.content.decode()).group(1)
    poll = url or f"/bao-cao/{report.pk}/tai-ve.pdf"
    assert "Máy chủ đang tạo tệp PDF" in client.get(poll).content.decode()
    assert len(compiled) == 2
    # The conversion takes the warning decided when the PDF was started: here it stops at LibreOffice.
    monkeypatch.setattr("ngoaivu.reporting.pdf.libreoffice_path", lambda: None)
    queued = default_task_backend.results[-1]
    with pytest.raises(PdfUnavailable):
        queued.task.call(*queued.args, **queued.kwargs)
    assert "Máy chủ chưa cài LibreOffice nên chưa tạo được PDF." in client.get(poll).content.decode()
    assert len(compiled) == 2
