"""An uploaded report never takes unseen what the unit wrote: its saved texts, what it is typing, the
prefilled texts of the sections the file does not have (collection/uploaded.py, views_submission.py)."""

from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.answer_outline import drafted_texts

from .conftest import UNIVERSITY_HEAD, UNIVERSITY_REPORT, docx_bytes
from .test_uploaded import upload

OWN = "Trường đón 01 đoàn của Đại học Kangwon (Hàn Quốc) đến trao đổi về hợp tác đào tạo."
READ = "Trong tháng, Trường đón 02 đoàn khách Lào với 10 lượt người đến làm việc."
WITH_INCOMING = [*UNIVERSITY_HEAD, "1. Công tác tổ chức và quản lý đoàn ra/đoàn vào", "b) Đoàn vào", READ]


def _form_data(client, submission):
    """The answer form as shown, every box with what it holds."""
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    form = page.context["form"]
    return {name: (form[name].value() if form[name].value() is not None else "") for name in form.fields}


def test_an_upload_replacing_a_saved_text_says_so_and_the_unit_can_take_it_back(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**_form_data(client, submission), "s__I.1.b": OWN, "save": ""})
    page = upload(client, submission, "dh.docx", WITH_INCOMING).content.decode()
    submission.refresh_from_db()
    assert submission.texts["I.1.b"] == READ  # the file's, as the unit's report says
    assert "Nội dung đơn vị đã lưu ở 01 mục (I.1.b) được thay bằng nội dung của tệp" in page
    assert submission.sources.get("replaced") == {"I.1.b": OWN}  # never lost
    offer = page.split('name="s__I.1.b"', 1)[1].split('name="s__', 1)[0]
    assert OWN in offer and 'name="restore" value="I.1.b"' in offer
    # Taken back: saved with the draft, shown in the box; then no longer offered.
    data = _form_data(client, submission)
    page = client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**data, "restore": "I.1.b"}, follow=True).content.decode()
    assert OWN in page.split('name="s__I.1.b"', 1)[1].split("</textarea>", 1)[0]
    assert "Đã dùng lại nội dung mục I.1.b đã lưu trước khi tải tệp lên và lưu bản nháp." in page
    submission.refresh_from_db()
    assert submission.texts["I.1.b"] == OWN
    assert 'name="restore"' not in client.get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()


def test_a_text_saved_over_a_file_read_before_its_texts_were_kept_is_offered_back(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    submission.status, submission.texts = "draft", {"I.1.b": OWN}
    submission.sources = {"drafted": {}, "file_sections": ["I.1.b"]}  # as an earlier upload kept it
    submission.save()
    page = upload(client_for("other_reporter"), submission, "dh.docx", WITH_INCOMING).content.decode()
    submission.refresh_from_db()
    assert submission.texts["I.1.b"] == READ and "(I.1.b) được thay bằng nội dung của tệp" in page
    assert submission.sources["replaced"] == {"I.1.b": OWN}


def test_reading_a_file_keeps_what_the_unit_was_typing(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    typed = "Trường góp ý dự thảo Quy chế quản lý hoạt động đối ngoại của tỉnh."
    data = {
        **_form_data(client, submission),
        "v__incoming_delegations__groups": "4",
        "v__incoming_delegations__persons": "33",
        "s__I.3": typed,
        "read": "",
        "file": SimpleUploadedFile("dh.docx", docx_bytes(UNIVERSITY_REPORT)),
    }
    page = client.post(f"/yeu-cau/don-vi/{submission.pk}/", data, follow=True).content.decode()
    submission.refresh_from_db()
    assert submission.reading_state == "done" and submission.uploaded_file == "dh.docx"
    assert submission.values["incoming_delegations"] == {"groups": 4, "persons": 33}
    assert submission.texts["I.3"] == typed
    assert submission.texts["I.2"].startswith("Trong tháng, Trường tổ chức 02 lớp tập huấn")  # the file's
    assert "Giữ nguyên 01 mục đơn vị đã tự viết mà tệp không có." in page
    # No file chosen: what was typed is saved all the same, and the page says to choose one.
    data = {**_form_data(client, submission), "s__I.3": "Sửa lại.", "read": ""}
    page = client.post(f"/yeu-cau/don-vi/{submission.pk}/", data, follow=True).content.decode()
    submission.refresh_from_db()
    assert submission.texts["I.3"] == "Sửa lại." and "Chọn tệp báo cáo (.docx, .doc, .pdf) để tải lên." in page
    # The file and «Đọc tệp» belong to the answer form: what is typed there travels with the file.
    assert 'name="file" form="answer"' in page and 'form="answer" name="read"' in page
    assert '<form method="post" id="answer"' in page


def test_a_section_the_file_does_not_have_keeps_its_prefilled_text(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    request = submission.request
    drafted = drafted_texts(request.template, submission.unit, request.period_for(submission.unit))[0]
    upload(client_for("other_reporter"), submission, "dh.docx", UNIVERSITY_REPORT)
    submission.refresh_from_db()
    prefilled = {key: text for key, text in drafted.items() if text.strip() and key not in ("I.2", "I.6")}
    assert "I.9" in prefilled
    assert {key: submission.texts.get(key) for key in prefilled} == prefilled


def test_a_text_of_a_section_an_earlier_file_gave_stays_when_the_new_file_lacks_it(client_for, outgoing, units):
    # Read before the file's texts were kept: the section's text may be the unit's own, edited since.
    submission = outgoing().submissions.get(unit=units["dh"])
    submission.status, submission.texts = "draft", {"I.1.b": OWN}
    submission.sources = {"drafted": {"I.1.b": "Dự thảo của sổ."}, "file_sections": ["I.1.b"]}
    submission.save()
    upload(client_for("other_reporter"), submission, "dh.docx", UNIVERSITY_REPORT)
    submission.refresh_from_db()
    assert submission.texts["I.1.b"] == OWN
    assert submission.texts["I.2"].startswith("Trong tháng, Trường tổ chức 02 lớp tập huấn")  # the file was read


def test_a_file_chosen_but_not_read_is_said_and_the_answer_is_not_sent_with_it(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    chosen = {"file": SimpleUploadedFile("dh.docx", docx_bytes(UNIVERSITY_REPORT))}
    data = {**_form_data(client, submission), "s__I.3": "Sửa lại.", "save": "", **chosen}
    page = client.post(f"/yeu-cau/don-vi/{submission.pk}/", data, follow=True).content.decode()
    submission.refresh_from_db()
    assert "Tệp đã chọn chưa được đọc: bấm «Đọc tệp» để đọc số liệu từ tệp." in page
    assert submission.texts["I.3"] == "Sửa lại." and not submission.uploaded_file  # saved, the file not read
    # «Gửi báo cáo» with a file chosen: kept as a draft, for the unit to read the file or send without it.
    chosen = {"file": SimpleUploadedFile("dh.docx", docx_bytes(UNIVERSITY_REPORT))}
    data = {**_form_data(client, submission), "submit": "1", **chosen}
    page = client.post(f"/yeu-cau/don-vi/{submission.pk}/", data, follow=True).content.decode()
    submission.refresh_from_db()
    assert "Chưa gửi báo cáo: tệp đã chọn chưa được đọc." in page
    assert submission.status == "draft" and not submission.uploaded_file
