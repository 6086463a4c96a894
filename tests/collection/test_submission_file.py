"""A unit's uploaded report is kept privately and served only to those who may see the submission,
in either store: the database (the default, shared by every server) and a server's own disk."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.models import Submission
from ngoaivu.reading.extract import OLE_MAGIC

from tests.hostile.files import pdf

from .conftest import UNIVERSITY_REPORT, docx_bytes

STORES = {"database": "ngoaivu.core.stored_files.DatabaseStorage", "local": "ngoaivu.core.uploads.PrivateStorage"}


@pytest.fixture(params=sorted(STORES))
def media(request, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "uploads"
    settings.STORAGES = {**settings.STORAGES, "default": {"BACKEND": STORES[request.param]}}
    return default_storage


def kept(store, folder=""):
    """Every file name the store holds under folder."""
    try:
        folders, files = store.listdir(folder)
    except FileNotFoundError:
        return []
    prefix = f"{folder}/" if folder else ""
    return [prefix + name for name in files] + [name for sub in folders for name in kept(store, prefix + sub)]


def upload(client, submission, name, data):
    return client.post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile(name, data)}, follow=True
    )


def test_the_uploaded_report_is_kept_and_served_to_its_unit_and_the_office(client_for, outgoing, units, media):
    submission = outgoing().submissions.get(unit=units["dh"])
    data = docx_bytes(UNIVERSITY_REPORT)
    upload(client_for("other_reporter"), submission, "Báo cáo tháng 8.docx", data)
    submission.refresh_from_db()
    assert kept(media, "submissions") == [submission.stored_file.name]
    with media.open(submission.stored_file.name) as stored:
        assert stored.read() == data
    assert submission.stored_file.name.startswith(f"submissions/{submission.request_id}/DHPVD-")
    page = client_for("other_reporter").get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()
    assert f'href="/yeu-cau/don-vi/{submission.pk}/tep/"' in page
    for name in ("other_reporter", "officer", "viewer"):
        response = client_for(name).get(f"/yeu-cau/don-vi/{submission.pk}/tep/")
        assert response.status_code == 200, name
        assert b"".join(response.streaming_content) == data
        assert response["Content-Type"].startswith("application/vnd.openxmlformats-officedocument.wordprocessingml")
        assert response["Content-Disposition"].startswith("attachment;")
        assert response["X-Content-Type-Options"] == "nosniff"


def test_another_unit_and_strangers_never_get_the_file(client, client_for, outgoing, units, media):
    submission = outgoing().submissions.get(unit=units["dh"])
    upload(client_for("other_reporter"), submission, "bao-cao.docx", docx_bytes(UNIVERSITY_REPORT))
    assert client_for("reporter").get(f"/yeu-cau/don-vi/{submission.pk}/tep/").status_code == 404
    client.logout()
    assert client.get(f"/yeu-cau/don-vi/{submission.pk}/tep/").status_code == 302
    # No URL under /media/ or /static/ reaches the upload folder.
    submission.refresh_from_db()
    assert client_for("officer").get(f"/media/{submission.stored_file.name}").status_code == 404
    assert client_for("officer").get(f"/static/../var/uploads/{submission.stored_file.name}").status_code == 404


def test_a_new_upload_replaces_the_last_file(client_for, outgoing, units, media):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    upload(client, submission, "lan-1.docx", docx_bytes(UNIVERSITY_REPORT))
    submission.refresh_from_db()
    first = submission.stored_file.name
    upload(client, submission, "lan-2.docx", docx_bytes(UNIVERSITY_REPORT + ["Bổ sung."]))
    submission.refresh_from_db()
    assert not media.exists(first)
    assert submission.uploaded_file == "lan-2.docx"
    assert kept(media, "submissions") == [submission.stored_file.name]


@pytest.mark.parametrize(
    "name, data, said",
    [
        ("bao-cao.docx", b"MZ\x90\x00\x03\x00\x00\x00 a program, not a report", "dù tên tệp là «bao-cao.docx»"),
        ("bao-cao.pdf", b"<html><script>alert(1)</script></html>", "dù tên tệp là «bao-cao.pdf»"),
        ("bao-cao.docx", b"PK\x03\x04 a damaged zip", "Tệp «bao-cao.docx» bị hỏng hoặc không đầy đủ"),
    ],
)
def test_a_file_whose_content_is_not_a_report_is_refused_and_not_kept(
    client_for, outgoing, units, media, name, data, said
):
    submission = outgoing().submissions.get(unit=units["vp"])
    response = upload(client_for("reporter"), submission, name, data)
    assert said in response.content.decode()
    submission.refresh_from_db()
    assert not submission.stored_file and submission.status == "not_started"
    assert kept(media, "submissions") == []


def test_a_file_over_the_limit_is_refused(client_for, outgoing, units, media, settings):
    settings.MAX_UPLOAD_SIZE = 1024 * 1024
    submission = outgoing().submissions.get(unit=units["vp"])
    response = upload(client_for("reporter"), submission, "lon.pdf", b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 1))
    assert "Tệp quá lớn (1,0 MB); giới hạn là 1 MB." in response.content.decode()
    submission.refresh_from_db()
    assert not submission.stored_file


def test_a_reading_of_an_earlier_upload_never_writes_over_a_newer_one(client_for, outgoing, units, media, settings):
    """Two uploads before the worker runs: the first reading finds itself superseded and leaves the
    answer to the second; while a reading waits, the answer cannot be saved or sent."""
    from ngoaivu.collection.models import ReadingState, Submission
    from ngoaivu.collection.tasks import read_submission

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # queued, not run
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    upload(client, submission, "lan-1.docx", docx_bytes(UNIVERSITY_REPORT))
    submission.refresh_from_db()
    first = submission.pending_file.name
    page = upload(client, submission, "lan-2.docx", docx_bytes(UNIVERSITY_REPORT + ["Bổ sung."]))
    assert "Máy chủ đang đọc tệp" in page.content.decode()
    sent = client.post(f"/yeu-cau/don-vi/{submission.pk}/", {"submit": "1"}, follow=True)
    assert "vui lòng chờ đọc xong" in sent.content.decode()
    submission.refresh_from_db()
    assert submission.status != Submission.Status.SUBMITTED and submission.reading_state == ReadingState.PENDING
    assert kept(media, "submissions") == [submission.pending_file.name]  # the first, never read, is gone
    assert read_submission.call(submission.pk, first) == "superseded"
    assert read_submission.call(submission.pk, submission.pending_file.name) == ReadingState.DONE
    submission.refresh_from_db()
    assert "lan-2.docx" in submission.reading_message and submission.uploaded_file == "lan-2.docx"
    assert kept(media, "submissions") == [submission.stored_file.name] and not submission.pending_file


def test_while_a_new_file_is_read_the_last_files_warnings_are_not_shown(client_for, outgoing, units, media):
    from ngoaivu.collection.models import ReadingState

    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    upload(client, submission, "vp.docx", docx_bytes(UNIVERSITY_REPORT))
    submission.refresh_from_db()
    earlier = "Tệp là báo cáo năm 2024, khác kỳ được yêu cầu (tháng 8/2021): kiểm tra số liệu trước khi dùng."
    submission.sources = {**submission.sources, "warnings": [earlier]}
    submission.reading_state = ReadingState.PENDING
    submission.save()
    assert earlier not in client.get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()


def answered_from(client, submission, name, lines=UNIVERSITY_REPORT):
    """The unit uploads its report and takes every figure read from it, which saves its draft."""
    upload(client, submission, name, docx_bytes(lines))
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    form = client.get(url).context["form"]
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    client.post(url, {**data, "take": "all"})
    submission.refresh_from_db()
    return submission


def test_a_word_file_with_no_text_is_refused_and_the_last_file_and_its_figures_are_kept(
    client_for, outgoing, units, media
):
    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    before = (submission.stored_file.name, submission.values, submission.sources)
    assert submission.values["training_courses"]["count"] == 2

    page = upload(client, submission, "empty.docx", docx_bytes([])).content.decode()
    assert "Không đọc được tệp «empty.docx». Tệp không có nội dung văn bản để đọc." in page
    assert "Tệp đã tải lên trước đó («good.docx») và số liệu đọc từ tệp ấy vẫn được giữ nguyên." in page
    submission.refresh_from_db()
    assert submission.uploaded_file == "good.docx"
    assert (submission.stored_file.name, submission.values, submission.sources) == before
    assert kept(media, "submissions") == [submission.stored_file.name]
    row = next(r for r in client.get(url).context["figures"] if r["field"].name == "v__training_courses__count")
    assert row["origin"] == "Đọc từ báo cáo của đơn vị"


# A report that cannot be read, made here: a scan (a PDF page with no text layer) and a .doc whose
# Word stream is damaged (LibreOffice cannot convert it; on a server without it, not read either).
SCAN = pdf(b"")
DAMAGED_DOC = OLE_MAGIC + b"\x00" * 504 + "WordDocument".encode("utf-16-le") + b"\x00" * 600
KEPT = "Tệp đã tải lên trước đó («good.docx») và số liệu đọc từ tệp ấy vẫn được giữ nguyên."
ADVICE = "Đề nghị tải lên báo cáo bằng tệp Word (.docx) hoặc tệp PDF có lớp chữ."


@pytest.mark.parametrize(
    "name, data, why",
    [
        pytest.param(
            "scan.pdf",
            SCAN,
            "Tệp PDF không có lớp chữ (bản quét ảnh); cần nhận dạng chữ (OCR) trước khi đọc.",
            id="scan",
        ),
        pytest.param("hong.doc", DAMAGED_DOC, ".doc", id="damaged-doc"),
    ],
)
def test_a_file_that_cannot_be_read_leaves_the_last_file_its_figures_and_their_trail(
    client_for, outgoing, units, media, name, data, why
):
    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    before = (submission.stored_file.name, submission.values, submission.sources, submission.texts)
    good = media.open(submission.stored_file.name).read()

    page = upload(client, submission, name, data).content.decode()
    said = f"Không đọc được tệp «{name}». "
    assert said in page and why in page.split(said)[1].split(ADVICE)[0]
    assert f"{ADVICE} {KEPT}" in page
    submission.refresh_from_db()
    assert submission.reading_state == "failed" and not submission.pending_file and not submission.pending_name
    assert submission.uploaded_file == "good.docx"
    assert (submission.stored_file.name, submission.values, submission.sources, submission.texts) == before
    assert kept(media, "submissions") == [submission.stored_file.name]  # the file not used is not kept
    # The link, the figure's origin and its «xem trong báo cáo» lead to the file in use, as before.
    assert b"".join(client.get(f"{url}tep/").streaming_content) == good
    answer = client.get(url)
    row = next(r for r in answer.context["figures"] if r["field"].name == "v__training_courses__count")
    assert row["origin"] == "Đọc từ báo cáo của đơn vị" and answer.context["editable"]
    assert f'href="{url}doc-tep/#{row["source"].anchor}"' in answer.content.decode()
    reading = client.get(f"{url}doc-tep/")
    assert reading.status_code == 200 and f'id="{row["source"].anchor}" class="source-sentence marked"' in (
        reading.content.decode()
    )


def test_a_scan_as_the_first_file_is_not_kept_and_says_why(client_for, outgoing, units, media):
    submission = outgoing().submissions.get(unit=units["vp"])
    page = upload(client_for("reporter"), submission, "scan.pdf", SCAN).content.decode()
    assert "Không đọc được tệp «scan.pdf». Tệp PDF không có lớp chữ" in page and ADVICE in page and KEPT not in page
    submission.refresh_from_db()
    assert not submission.stored_file and submission.uploaded_file == "" and kept(media, "submissions") == []


def test_a_new_file_takes_the_last_ones_place_only_once_read(client_for, outgoing, units, media, settings):
    from ngoaivu.collection.tasks import read_submission

    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    first, good = submission.stored_file.name, media.open(submission.stored_file.name).read()
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}  # queued, not run
    newer = docx_bytes([line.replace("02 lớp", "03 lớp") for line in UNIVERSITY_REPORT])
    page = upload(client, submission, "moi.docx", newer).content.decode()
    assert "Máy chủ đang đọc tệp «moi.docx»; trang tự tải lại khi xong." in page
    submission.refresh_from_db()
    # Being read: the file in use and its figures are still the last file's.
    assert submission.uploaded_file == "good.docx" and submission.stored_file.name == first
    assert submission.sources["figures"]["training_courses"]["count"]["document"] == 2
    assert b"".join(client.get(f"{url}tep/").streaming_content) == good

    assert read_submission.call(submission.pk, submission.pending_file.name) == "done"
    submission.refresh_from_db()
    assert submission.uploaded_file == "moi.docx" and not submission.pending_file
    assert kept(media, "submissions") == [submission.stored_file.name] != [first]
    assert submission.sources["figures"]["training_courses"]["count"]["document"] == 3
    assert b"".join(client.get(f"{url}tep/").streaming_content) == newer
    row = next(r for r in client.get(url).context["figures"] if r["field"].name == "v__training_courses__count")
    assert (row["source"].value, row["source"].document, row["origin"]) == (2, 3, "Đơn vị tự ghi")


def test_a_file_read_after_the_answer_was_sent_does_not_replace_the_one_sent_with_it(
    client_for, outgoing, units, media, settings
):
    from ngoaivu.collection.tasks import read_submission

    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    before = (submission.stored_file.name, submission.sources)
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    upload(client, submission, "moi.docx", docx_bytes(UNIVERSITY_REPORT))
    submission.refresh_from_db()
    Submission.objects.filter(pk=submission.pk).update(status="submitted")  # sent meanwhile (the admin)
    assert read_submission.call(submission.pk, submission.pending_file.name) == "done"
    submission.refresh_from_db()
    assert (submission.stored_file.name, submission.sources) == before and submission.uploaded_file == "good.docx"
    assert submission.reading_message.startswith("Không dùng tệp «moi.docx». Báo cáo đã được gửi trước khi")
    assert kept(media, "submissions") == [submission.stored_file.name]
