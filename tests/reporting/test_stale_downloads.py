"""A draft whose page warns that the register changed carries the same warning at the top of its DOCX
and PDF; a fresh draft carries none, and an issued report stays as it was frozen."""

import io
import re
from datetime import date

import docx
import pytest

from ngoaivu.reporting import tasks
from ngoaivu.reporting.frozen import PreviewPdf
from ngoaivu.reporting.pdf import libreoffice_path
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

WARNING = "DỰ THẢO CHƯA CẬP NHẬT"


@pytest.fixture
def report(units, users, incoming):
    incoming(start_date=date(2021, 8, 10), person_visits=5)
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


def poll_url(waiting, report):
    """Where the waiting page reloads to while the PDF is being made: the PDF started (?ban=<digest>)."""
    match = re.search(r'http-equiv="refresh" content="2; url=([^"]+)"', waiting.content.decode())
    assert match, "not the waiting page, or it does not point at the PDF started"
    assert re.fullmatch(rf"/bao-cao/{report.pk}/tai-ve\.pdf\?ban=[0-9a-f]{{64}}", match.group(1))
    return match.group(1)


def first_paragraph(client, report):
    response = client.get(f"/bao-cao/{report.pk}/tai-ve.docx")
    assert response.status_code == 200
    return docx.Document(io.BytesIO(response.content)).paragraphs[0].text


def test_a_stale_draft_downloads_with_the_warning_at_the_top(report, client_for, incoming):
    client = client_for("officer")
    assert WARNING not in first_paragraph(client, report)
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    section = report.sections.get(key="I.1.b")
    text = first_paragraph(client, report)
    assert text.startswith(WARNING) and str(section) in text
    # the PDF is converted from the same document
    assert tasks._document(report).notice == text


def test_an_issued_report_carries_no_warning(report, incoming):
    report.status = report.Status.ISSUED
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    assert tasks._document(report).notice == ""


def test_waiting_for_a_pdf_never_drafts_the_report_again(report, client_for, incoming, django_assert_max_num_queries):
    # Whether the register still agrees is decided when the PDF is started (the tasks are not run here);
    # the waiting page asks only after that PDF: neither the register nor the template are read again.
    client = client_for("officer")
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    poll = poll_url(client.get(f"/bao-cao/{report.pk}/tai-ve.pdf"), report)
    for _ in range(2):
        with django_assert_max_num_queries(10):
            poll = poll_url(client.get(poll), report)


def test_a_ready_pdf_is_served_through_its_address_only_while_the_draft_is_unchanged(report, client_for, incoming):
    # The waiting address (?ban=) may be reloaded or bookmarked after the PDF was made; once the draft
    # changed (here: the register, so the draft is stale), it must not serve the superseded PDF.
    client = client_for("officer")
    poll = poll_url(client.get(f"/bao-cao/{report.pk}/tai-ve.pdf"), report)
    started = poll.rsplit("=", 1)[1]
    PreviewPdf.keep(report, started, b"%PDF-1.4 superseded")  # what the worker would store
    response = client.get(poll)
    assert response["Content-Type"] == "application/pdf" and response.content == b"%PDF-1.4 superseded"
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    response = client.get(poll)
    assert response.content != b"%PDF-1.4 superseded"
    assert poll_url(response, report) != poll  # the PDF of the draft as it is now is being made
    # another report's PDF is never reached through ?ban=
    other = create_report(report.unit, report.template, "2021-07", report.created_by)
    response = client.get(f"/bao-cao/{other.pk}/tai-ve.pdf?ban={started}")
    assert response.content != b"%PDF-1.4 superseded"


@pytest.mark.pdf
def test_a_stale_drafts_pdf_carries_the_warning(report, client_for, incoming, run_tasks):
    import pypdfium2

    if libreoffice_path() is None and not __import__("os").environ.get("NGOAIVU_REQUIRE_ALL"):
        pytest.skip("LibreOffice không có trên máy này")
    client = client_for("officer")
    incoming(start_date=date(2021, 8, 20), person_visits=4)
    response = client.get(f"/bao-cao/{report.pk}/tai-ve.pdf")
    assert response["Content-Type"] == "application/pdf"
    text = " ".join(pypdfium2.PdfDocument(response.content)[0].get_textpage().get_text_range().split())
    assert WARNING in text and str(report.sections.get(key="I.1.b")) in text
