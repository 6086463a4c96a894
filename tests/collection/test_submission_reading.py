"""Reading a unit's file into its answer («Đọc tệp» on the answer page): a section's text beyond an answer's
limit refuses the file, a file that cannot be read changes nothing."""

import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.core.figure_limits import TEXT_LIMIT

from tests.hostile.files import pdf

from .conftest import UNIVERSITY_HEAD, UNIVERSITY_REPORT, docx_bytes
from .test_submission_file import KEPT, answered_from
from .test_upload_keeps_texts import _form_data

# Section 2 of a report, its paragraphs run on past what one section of an answer holds.
PARAGRAPH = "Trường phối hợp với Đại học Kangwon (Hàn Quốc) tổ chức hội thảo quốc tế về đào tạo ngôn ngữ. " * 9
LONG_SECTION = [*UNIVERSITY_HEAD, "2. Công tác hội nhập quốc tế", *[PARAGRAPH] * 25]
SAID_LONG = re.compile(
    r"Không dùng tệp «dai\.docx»\. Nội dung mục «I\.2 [^»]+» đọc từ tệp dài ([\d.]+) ký tự, "
    r"vượt quá giới hạn 20\.000 ký tự của một mục\."
)


def read_file(client, submission, name, data, **typed):
    """«Đọc tệp» on the answer page: the answer as shown (with what is typed) posted with the file."""
    form = {**_form_data(client, submission), **typed, "read": "", "file": SimpleUploadedFile(name, data)}
    return client.post(f"/yeu-cau/don-vi/{submission.pk}/", form, follow=True)


def said(response):
    return [str(message) for message in response.context["messages"]]


def test_a_section_of_a_file_beyond_the_limit_refuses_the_file_and_keeps_the_last_one(client_for, outgoing, units):
    assert len("\n".join([PARAGRAPH] * 25)) > TEXT_LIMIT
    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    before = (submission.stored_file.name, submission.values, submission.sources, submission.texts, submission.status)

    page = read_file(client, submission, "dai.docx", docx_bytes(LONG_SECTION)).content.decode()
    submission.refresh_from_db()
    found = SAID_LONG.search(submission.reading_message)
    assert found and int(found[1].replace(".", "")) > TEXT_LIMIT, submission.reading_message
    assert submission.reading_message.endswith(KEPT) and found[0] in page
    assert submission.reading_state == "failed" and not submission.pending_file
    assert submission.uploaded_file == "good.docx"
    assert (submission.stored_file.name, submission.values, submission.sources, submission.texts) == before[:4]
    assert submission.status == before[4]


def test_a_first_file_beyond_the_limit_leaves_the_answer_not_started(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    file = SimpleUploadedFile("dai.docx", docx_bytes(LONG_SECTION))  # the upload alone, as a script sends it
    client_for("other_reporter").post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": file})
    submission.refresh_from_db()
    assert SAID_LONG.search(submission.reading_message) and KEPT not in submission.reading_message
    assert (submission.status, submission.texts, submission.uploaded_file) == ("not_started", {}, "")


def truncated_docx():
    """A real Word report cut off halfway, as an interrupted copy leaves it: no longer a zip that opens."""
    data = docx_bytes(UNIVERSITY_REPORT)
    return data[: len(data) // 2]


CORRUPT = [
    pytest.param(truncated_docx(), "Tệp «dh.docx» bị hỏng hoặc không đầy đủ, không mở được.", id="truncated"),
    pytest.param(b"Bao cao thang 8, khong phai tep Word. " * 5, "không phải là Word (.docx)", id="not-a-zip"),
]


@pytest.mark.parametrize("data, why", CORRUPT)
@pytest.mark.parametrize("status", ["not_started", "draft"])
def test_a_corrupt_file_read_with_nothing_typed_changes_nothing_and_says_why(
    client_for, outgoing, units, data, why, status
):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    if status == "draft":
        client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**_form_data(client, submission), "save": ""})
        submission.refresh_from_db()
    before = (submission.status, submission.version, submission.texts, submission.values)

    response = read_file(client, submission, "dh.docx", data)
    messages = said(response)
    assert len(messages) == 1 and messages[0].startswith("Không đọc được tệp «dh.docx».") and why in messages[0]
    assert "Không có thay đổi nào" not in response.content.decode()
    submission.refresh_from_db()
    assert (submission.status, submission.version, submission.texts, submission.values) == before
    assert submission.status == status and not submission.pending_file and not submission.stored_file


def test_a_file_that_fails_in_its_reading_leaves_an_answer_not_started(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    page = read_file(client_for("other_reporter"), submission, "scan.pdf", pdf(b"")).content.decode()
    submission.refresh_from_db()
    assert submission.reading_state == "failed" and submission.status == "not_started"
    assert submission.reading_message.startswith("Không đọc được tệp «scan.pdf». Tệp PDF không có lớp chữ")
    assert "Không có thay đổi nào" not in page and "Đã lưu bản nháp." not in page


def test_what_was_typed_is_saved_though_the_file_is_corrupt(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    typed = "Trường góp ý dự thảo Quy chế quản lý hoạt động đối ngoại của tỉnh."
    response = read_file(client_for("other_reporter"), submission, "dh.docx", truncated_docx(), **{"s__I.3": typed})
    assert said(response)[0].startswith("Không đọc được tệp «dh.docx».") and "Đã lưu bản nháp." in said(response)
    submission.refresh_from_db()
    assert submission.texts["I.3"] == typed and submission.status == "draft" and not submission.stored_file
