"""A draft whose page warns that the register changed carries the same warning at the top of its DOCX
and PDF; a fresh draft carries none, and an issued report stays as it was frozen."""

import io
from datetime import date

import docx
import pytest

from ngoaivu.reporting import tasks
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report

WARNING = "DỰ THẢO CHƯA CẬP NHẬT"


@pytest.fixture
def report(units, users, incoming):
    incoming(start_date=date(2021, 8, 10), person_visits=5)
    return create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08", users["officer"])


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
