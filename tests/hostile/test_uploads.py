"""Every upload endpoint, sent the files an intruder or a careless unit would send.

Each must be refused with one clear Vietnamese line (or, for a file that is harmless once read
safely, read without leaking anything), and without growing the serving process: the
parse runs in the sandbox's child, never in the web worker.
"""

import resource

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.reporting.models import ReportTemplate

from . import files

BOMB = "dung lượng giải nén bất thường"
DAMAGED = "bị hỏng"


def docx_bomb_under_the_upload_limit():
    """78 MB of document.xml that zips to under the 5 MB upload limit."""
    body = "<w:p><w:r><w:t>Đoàn khách</w:t></w:r></w:p>".encode() * 1_900_000
    return files.zip_package(files.docx_parts(files.W_OPEN + body + files.W_CLOSE))


REPORT_FILES = {
    "bomb.pdf": (lambda bomb: bomb, BOMB),
    "bomb.docx": (lambda bomb: docx_bomb_under_the_upload_limit(), BOMB),
    "truncated.docx": (
        lambda bomb: files.truncated(files.zip_package(files.docx_parts(files.W_OPEN + files.W_CLOSE))),
        DAMAGED,
    ),
    "truncated.pdf": (lambda bomb: files.truncated(files.pdf(files.PAGE_TEXT * 3)), DAMAGED),
    "locked.pdf": (lambda bomb: files.encrypted_pdf(), "mật khẩu"),
    "sheet.docx": (lambda bomb: files.zip_package(files.xlsx_parts()), "không phải là Word"),
    "page.txt": (lambda bomb: b"<html><script>alert(1)</script></html>", "không phải là"),
    "program.pdf": (lambda bomb: b"MZ\x90\x00" + b"\x00" * 200, "không phải là"),
    "empty.docx": (lambda bomb: b"", "rỗng"),
}
SAFELY_READ = {"xxe.docx": files.docx_xxe, "laughs.docx": files.docx_laughs}


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


def send(post, name, data):
    """(response, megabytes the serving process grew by). How long a refusal takes is bench/hostile.py's to
    print; here the sandbox's own limits (test_sandbox.py) stop a file that would run long."""
    before = peak_mb()
    response = post(SimpleUploadedFile(name, data))
    return response, peak_mb() - before


@pytest.fixture
def read_report(client_for, run_tasks):
    client = client_for("officer")
    return lambda upload: client.post("/so-theo-doi/doc-bao-cao/", {"file": upload}, follow=True)


@pytest.fixture
def answer_upload(client_for, units, users, run_tasks):
    request = ReportRequest.objects.create(
        direction=ReportRequest.Direction.OUTGOING,
        subject="Báo cáo tháng 8/2021",
        unit=units["sngv"],
        template=ReportTemplate.objects.get(code="general"),
        period_code="2021-08",
        deadline="2021-09-10",
        created_by=users["officer"],
    )
    submission = Submission.objects.create(request=request, unit=units["dh"])
    client = client_for("other_reporter")
    return lambda upload: client.post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": upload}, follow=True)


def said(response):
    """What the page tells the user: the form's error, why the background reading failed, or the
    messages after a redirect."""
    if response.context.get("error"):
        return response.context["error"]
    submission = response.context.get("submission")
    if submission is not None and submission.reading_state == "failed":
        return submission.reading_message
    return " ".join(str(m) for m in get_messages(response.wsgi_request)) or " ".join(
        str(m) for m in response.context.get("messages", [])
    )


@pytest.mark.parametrize("endpoint", ["read_report", "answer_upload"])
@pytest.mark.parametrize("name", list(REPORT_FILES))
def test_a_hostile_report_is_refused_in_bounds(request, endpoint, name, pdf_bomb):
    make, expected = REPORT_FILES[name]
    response, grown = send(request.getfixturevalue(endpoint), name, make(pdf_bomb))
    assert response.status_code == 200
    assert expected in said(response), said(response)
    assert grown < 150


@pytest.mark.parametrize("endpoint", ["read_report", "answer_upload"])
@pytest.mark.parametrize("name", list(SAFELY_READ))
def test_entities_are_never_expanded_nor_fetched(request, endpoint, name):
    response, grown = send(request.getfixturevalue(endpoint), name, SAFELY_READ[name]())
    page = response.content.decode()
    assert "root:" not in page and "hahaha" not in page
    assert len(page) < 500_000
    assert grown < 150


SHEETS = {
    "dimension.xlsx": (files.xlsx_dimension_bomb, "Trang tính có hơn 5.000 dòng dữ liệu"),
    "rows.xlsx": (files.xlsx_row_bomb, "Trang tính có hơn 5.000 dòng dữ liệu"),
    "truncated.xlsx": (lambda: files.truncated(files.zip_package(files.xlsx_parts())), DAMAGED),
    "report.xlsx": (lambda: files.zip_package(files.docx_parts(files.W_OPEN + files.W_CLOSE)), "không phải là Excel"),
    "empty.xlsx": (lambda: b"", "rỗng"),
}


@pytest.mark.parametrize("name", list(SHEETS))
def test_a_hostile_sheet_is_refused_in_bounds(client_for, name):
    make, expected = SHEETS[name]
    client = client_for("officer")
    response, grown = send(lambda upload: client.post("/so-theo-doi/doan-vao/nhap/", {"file": upload}), name, make())
    assert response.status_code == 200
    assert expected in response.context["error"]
    assert grown < 150


def test_a_sheet_naming_a_server_file_does_not_show_it(client_for):
    client = client_for("officer")
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": SimpleUploadedFile("x.xlsx", files.xlsx_xxe())})
    assert response.status_code == 200
    assert "root:" not in response.content.decode()


@pytest.mark.django_db(transaction=True)
def test_an_import_parses_before_any_transaction(client_for, monkeypatch):
    """On SQLite a transaction that has written holds the database's only write lock: the sheet is
    read, in the sandbox, before the import opens one."""
    from django.db import connection

    from ngoaivu.register import workbooks

    seen = []
    real = workbooks.run_limited

    def watched(*args, **kwargs):
        seen.append(connection.in_atomic_block)
        return real(*args, **kwargs)

    monkeypatch.setattr(workbooks, "run_limited", watched)
    client = client_for("officer")
    client.post("/so-theo-doi/doan-vao/nhap/", {"file": SimpleUploadedFile("rows.xlsx", files.xlsx_row_bomb(50))})
    assert seen == [False, False]  # the rows, then the formulas without a saved value
