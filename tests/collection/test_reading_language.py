"""What the reading of a unit's file says is said in the language of whoever reads it, not in the language
the reading ran under: the unit and the office may have chosen different ones, and the worker has none.
Its figures are written in that language too."""

import io
import json
import zipfile

import pytest
from django.core.management import call_command
from django.test import Client
from django.utils import translation

from ngoaivu.collection.models import ReadingState, Submission
from ngoaivu.core.figure_limits import TEXT_LIMIT

from tests.hostile.files import pdf

from .conftest import UNIVERSITY_REPORT, docx_bytes
from .test_submission_file import answered_from, upload
from .test_submission_reading import LONG_SECTION

# UNIVERSITY_REPORT gives 02 figures and 02 sections.
READ_VI = "Đã đọc tệp good.docx: 02 số liệu, 02 mục."
READ_EN = "Read good.docx: 2 figures, 2 sections."


def said_in(language, submission):
    with translation.override(language):
        return submission.reading_message


def answer_page(user, submission):
    client = Client()
    client.force_login(user)
    return client.get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()


def test_a_reading_is_said_in_the_language_of_whoever_reads_it(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    upload(client_for("other_reporter"), submission, "good.docx", docx_bytes(UNIVERSITY_REPORT))
    submission.refresh_from_db()
    assert said_in("vi", submission) == READ_VI
    assert said_in("en", submission) == READ_EN  # the counts too: "1", not "01"


def test_a_file_read_under_english_is_said_in_vietnamese_to_the_office(client_for, outgoing, units, users):
    """The reading runs under the language of the request that queued it (here, at once, as the worker
    would run it under its own): the unit chose English, the officer reads Vietnamese."""
    users["other_reporter"].language = "en"
    users["other_reporter"].save(update_fields=["language"])
    submission = outgoing().submissions.get(unit=units["dh"])
    page = upload(client_for("other_reporter"), submission, "good.docx", docx_bytes(UNIVERSITY_REPORT))
    assert READ_EN in page.content.decode()
    assert READ_VI in answer_page(users["officer"], submission)
    assert READ_EN not in answer_page(users["officer"], submission)


def test_a_file_refused_for_its_length_says_its_figures_in_the_readers_language(client_for, outgoing, units, users):
    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    upload(client, submission, "dai.docx", docx_bytes(LONG_SECTION))
    submission.refresh_from_db()
    assert submission.reading_state == ReadingState.FAILED
    vietnamese, english = said_in("vi", submission), said_in("en", submission)
    assert vietnamese.startswith("Không dùng tệp «dai.docx». Nội dung mục «I.2 ")
    assert f"vượt quá giới hạn {TEXT_LIMIT // 1000}.000 ký tự" in vietnamese
    assert english.startswith("The file «dai.docx» was not used. The text of section «I.2 ")
    assert f"over the limit of {TEXT_LIMIT // 1000},000 characters" in english
    assert english.endswith("The file uploaded before («good.docx») and the figures read from it are kept unchanged.")
    users["officer"].language = "en"
    users["officer"].save(update_fields=["language"])
    assert english in answer_page(users["officer"], submission).replace("&#x27;", "'")


def test_a_file_that_could_not_be_read_says_the_readers_reason_in_the_readers_language(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    upload(client_for("other_reporter"), submission, "scan.pdf", pdf(b""))
    submission.refresh_from_db()
    assert said_in("vi", submission).startswith(
        "Không đọc được tệp «scan.pdf». Tệp PDF không có lớp chữ (bản quét ảnh)"
    )
    assert said_in("en", submission).startswith(
        "The file «scan.pdf» could not be read. The PDF file has no text layer (it is a scanned image)"
    )


def test_a_message_stored_as_text_before_is_shown_as_it_is(outgoing, units, users):
    submission = outgoing().submissions.get(unit=units["dh"])
    written = "Đã đọc tệp cu.docx: 03 số liệu, 02 mục."
    Submission.objects.filter(pk=submission.pk).update(reading_state=ReadingState.DONE, reading_said=written)
    submission.refresh_from_db()
    assert said_in("vi", submission) == said_in("en", submission) == written
    assert written in answer_page(users["officer"], submission)


@pytest.mark.django_db(transaction=True)
def test_a_backup_taken_when_the_message_was_text_restores_it_as_it_was(outgoing, units, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    submission = outgoing().submissions.get(unit=units["dh"])
    archive, older = tmp_path / "sao-luu.zip", tmp_path / "cu.zip"
    call_command("backup", str(archive), stdout=io.StringIO())
    written = "Đã đọc tệp cu.docx: 03 số liệu, 02 mục."
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(older, "w", zipfile.ZIP_DEFLATED) as copy:
        for member in source.infolist():
            data = source.read(member)
            if member.filename.endswith(".jsonl") and b'"collection.submission"' in data:
                rows = [json.loads(line) for line in data.decode().splitlines() if line.strip()]
                for row in rows:  # the row as the version before wrote it
                    said = row["fields"].pop("reading_said")
                    row["fields"]["reading_message"] = written if row["pk"] == submission.pk else said or ""
                data = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()
            copy.writestr(member.filename, data)
    call_command("flush", interactive=False, verbosity=0)
    call_command("restore", str(older), stdout=io.StringIO())
    assert said_in("en", Submission.objects.get(pk=submission.pk)) == written
    assert said_in("vi", Submission.objects.exclude(pk=submission.pk).get()) == ""


def test_going_back_to_text_writes_the_figures_as_the_vietnamese_screens_do():
    # collection 0015 reversed: a reading kept as parts goes back to one Vietnamese text, a count under ten
    # with two digits and a larger number with its thousands dots, as reading_said.py shows them.
    import importlib

    from ngoaivu.collection.tasks import read_said, too_long

    migration = importlib.import_module("ngoaivu.collection.migrations.0015_reading_said")
    said = [*read_said("bc.docx", 4, 12, 0, []), too_long(("I.1", 25000))]
    text = migration._vietnamese(said)
    assert text.startswith("Đã đọc tệp bc.docx: 04 số liệu, 12 mục. Nội dung mục «I.1» đọc từ tệp dài 25.000 ký tự")
    assert f"vượt quá giới hạn {TEXT_LIMIT // 1000}.000 ký tự" in text
    assert migration._vietnamese("Đã đọc tệp cu.docx: 03 số liệu, 02 mục.") == "Đã đọc tệp cu.docx: 03 số liệu, 02 mục."
