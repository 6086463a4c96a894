"""Reading a unit's file into its answer («Đọc tệp» on the answer page): a section's text beyond an answer's
limit refuses the file."""

import re

from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.services import ANSWER_TEXT_LIMIT

from .conftest import UNIVERSITY_HEAD, docx_bytes
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


def test_a_section_of_a_file_beyond_the_limit_refuses_the_file_and_keeps_the_last_one(client_for, outgoing, units):
    assert len("\n".join([PARAGRAPH] * 25)) > ANSWER_TEXT_LIMIT
    client = client_for("other_reporter")
    submission = answered_from(client, outgoing().submissions.get(unit=units["dh"]), "good.docx")
    before = (submission.stored_file.name, submission.values, submission.sources, submission.texts, submission.status)

    page = read_file(client, submission, "dai.docx", docx_bytes(LONG_SECTION)).content.decode()
    submission.refresh_from_db()
    found = SAID_LONG.search(submission.reading_message)
    assert found and int(found[1].replace(".", "")) > ANSWER_TEXT_LIMIT, submission.reading_message
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
