"""A real `ngoaivu worker` process runs what the pages queued: an issued report's frozen files and
the reading of a unit's uploaded report, on the test database (SQLite and PostgreSQL)."""

import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client
from django_tasks_db.models import DBTaskResult

from ngoaivu.collection.models import ReadingState, ReportRequest, Submission
from ngoaivu.core.models import Role, Unit
from ngoaivu.reporting.frozen import IssuedDocument, sha256
from ngoaivu.reporting.models import ReportTemplate
from ngoaivu.reporting.services import create_report
from ngoaivu.reporting.workflow import issue
from ngoaivu.reporting.templates_store import install_shipped_templates
from tests.collection.conftest import UNIVERSITY_REPORT, docx_bytes
from tests.conftest import make_user

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.pdf]


def _database_url():
    """The test database, as the worker process is told where it is."""
    db = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{db['NAME']}"
    return f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


def test_a_worker_process_makes_the_issued_files_and_reads_the_upload(settings, tmp_path):
    from ngoaivu.reporting.pdf import libreoffice_path

    if libreoffice_path() is None and not os.environ.get("NGOAIVU_REQUIRE_ALL"):
        pytest.skip("LibreOffice không có trên máy này")
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default"]}}
    var = tmp_path / "var"
    settings.MEDIA_ROOT = var / "uploads"
    install_shipped_templates()
    sngv = Unit.objects.create(name="Sở Ngoại vụ", code="SNgV", coordinates_province=True)
    university = Unit.objects.create(name="Trường Đại học Phạm Văn Đồng", code="DHPVD")
    template = ReportTemplate.objects.get(code="general")
    report = issue(create_report(sngv, template, "2021-08"))
    # Issuing queued the files (tests/reporting/test_workflow_races.py: once, however many press "Ban hành").
    assert IssuedDocument.objects.get(report=report).state == IssuedDocument.State.PENDING
    request = ReportRequest.objects.create(
        direction=ReportRequest.Direction.OUTGOING,
        subject="Báo cáo tháng 8/2021",
        unit=sngv,
        template=template,
        period_code="2021-08",
        deadline="2021-09-10",
    )
    submission = Submission.objects.create(request=request, unit=university)
    client = Client()
    client.force_login(make_user("daihoc", Role.REPORTER, university))
    upload = docx_bytes(UNIVERSITY_REPORT)
    from django.core.files.uploadedfile import SimpleUploadedFile

    page = client.post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile("bc.docx", upload)}, follow=True
    )
    assert "Máy chủ đang đọc tệp" in page.content.decode() and b'http-equiv="refresh"' in page.content
    assert DBTaskResult.objects.filter(status="READY").count() == 2

    done = subprocess.run(
        [sys.executable, "-m", "ngoaivu", "worker", "--batch"],
        env={**os.environ, "DATABASE_URL": _database_url(), "NGOAIVU_VAR_DIR": str(var), "TASKS_BACKEND": "database"},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}

    document = IssuedDocument.objects.get(report=report)
    assert document.is_ready and document.pdf.open("rb").read().startswith(b"%PDF")
    assert sha256(document.pdf.open("rb").read()) == document.pdf_sha256
    submission.refresh_from_db()
    assert submission.reading_state == ReadingState.DONE, submission.reading_message
    assert "Đã đọc tệp bc.docx" in submission.reading_message and submission.status == Submission.Status.DRAFT
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()
    assert "Đã đọc tệp bc.docx" in page and 'http-equiv="refresh"' not in page
