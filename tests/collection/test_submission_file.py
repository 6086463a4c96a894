"""A unit's uploaded report is kept privately and served only to those who may see the submission,
in either store: the database (the default, shared by every server) and a server's own disk."""

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

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
    first = submission.stored_file.name
    page = upload(client, submission, "lan-2.docx", docx_bytes(UNIVERSITY_REPORT + ["Bổ sung."]))
    assert "Máy chủ đang đọc tệp" in page.content.decode()
    sent = client.post(f"/yeu-cau/don-vi/{submission.pk}/", {"submit": "1"}, follow=True)
    assert "vui lòng chờ đọc xong" in sent.content.decode()
    submission.refresh_from_db()
    assert submission.status != Submission.Status.SUBMITTED and submission.reading_state == ReadingState.PENDING
    assert read_submission.call(submission.pk, first) == "superseded"
    assert read_submission.call(submission.pk, submission.stored_file.name) == ReadingState.DONE
    submission.refresh_from_db()
    assert "lan-2.docx" in submission.reading_message


def test_while_a_new_file_is_read_the_last_files_warnings_are_not_shown_and_a_failed_reading_says_why(
    client_for, outgoing, units, media
):
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
    submission.reading_state, submission.reading_message = ReadingState.FAILED, "Tệp «x.docx» không đọc được."
    submission.save()
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/doc-tep/", follow=True).content.decode()
    assert "Tệp «x.docx» không đọc được." in page and "Không đọc được nội dung nào trong tệp." not in page


def test_a_word_file_with_no_text_is_refused_and_the_last_file_and_its_figures_are_kept(
    client_for, outgoing, units, media
):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    upload(client, submission, "good.docx", docx_bytes(UNIVERSITY_REPORT))
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    form = client.get(url).context["form"]
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    taken = client.post(url, {**data, "take": "all"})
    client.post(url, {name: taken.context["form"][name].value() for name in form.fields})
    submission.refresh_from_db()
    before = (submission.stored_file.name, submission.values, submission.sources)
    assert submission.values["training_courses"]["count"] == 2

    page = upload(client, submission, "empty.docx", docx_bytes([])).content.decode()
    assert "Không dùng tệp «empty.docx». Tệp không có nội dung văn bản để đọc." in page
    assert "Tệp đã tải lên trước đó («good.docx») và số liệu đọc từ tệp ấy vẫn được giữ nguyên." in page
    submission.refresh_from_db()
    assert submission.uploaded_file == "good.docx"
    assert (submission.stored_file.name, submission.values, submission.sources) == before
    assert kept(media, "submissions") == [submission.stored_file.name]
    row = next(r for r in client.get(url).context["figures"] if r["field"].name == "v__training_courses__count")
    assert row["origin"] == "Đọc từ báo cáo của đơn vị"
