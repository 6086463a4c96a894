"""What a unit's uploaded report gives its answer (collection/uploaded.py): figures, texts, warnings."""

from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.contradictions import contradictions
from ngoaivu.collection.uploaded import document_figures
from ngoaivu.core.models import Unit
from ngoaivu.reading.reader import read_text
from ngoaivu.reporting.models import ReportTemplate

from tests.hostile.files import pdf

from .conftest import UNIVERSITY_REPORT, docx_bytes

DOLLARS = "Trong tháng, Trường tiếp nhận 02 khoản viện trợ với tổng giá trị 120.000 USD (tương đương 2,8 tỷ đồng)."


def upload(client, submission, name, lines):
    data = docx_bytes(lines)
    return client.post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile(name, data)}, follow=True
    )


def test_an_amount_in_dollars_is_proposed_as_the_dong_the_report_states(db):
    template = ReportTemplate.objects.get(code="general")
    figures = document_figures(template, read_text(f"BÁO CÁO\nCông tác đối ngoại tháng 8/2021\n{DOLLARS}")["facts"])
    assert figures["aid"]["value"]["document"] == 2_800_000_000  # never 120.000 đồng
    assert figures["aid"]["count"]["document"] == 2
    # Without the đồng it is worth, a foreign amount is not proposed at all.
    text = "Trường tiếp nhận 01 khoản viện trợ trị giá 25.000 USD."
    figures = document_figures(template, read_text(f"BÁO CÁO\nCông tác đối ngoại tháng 8/2021\n{text}")["facts"])
    assert "value" not in figures.get("aid", {})


def test_a_report_of_another_period_or_unit_and_the_readers_checks_are_shown(client_for, outgoing, units):
    Unit.objects.create(name="Sở Công Thương", code="SCT", parent=units["committee"])
    submission = outgoing().submissions.get(unit=units["dh"])
    lines = [
        "SỞ CÔNG THƯƠNG",
        "Số:      /BC-SCT",
        "BÁO CÁO",
        "Công tác đối ngoại quý II năm 2021",
        "4. Viện trợ",
        "Trong quý, Sở tiếp nhận 01 khoản viện trợ trị giá 25.000 USD.",
    ]
    page = upload(client_for("other_reporter"), submission, "sct.docx", lines).content.decode()
    assert "Cần xem lại trong tệp" in page
    assert "Tệp là báo cáo quý II năm 2021, khác kỳ được yêu cầu (tháng 8/2021)" in page
    assert "Tệp do Sở Công Thương ban hành, không phải báo cáo của Trường Đại học Phạm Văn Đồng" in page
    assert "Số văn bản chưa được điền" in page
    assert "ghi giá trị bằng USD, không nêu số tiền quy đổi ra đồng" in page
    # The unit's own report of the asked month raises none of these.
    page = upload(client_for("other_reporter"), submission, "dh.docx", UNIVERSITY_REPORT).content.decode()
    assert "Cần xem lại trong tệp" not in page


def test_a_new_upload_keeps_what_the_unit_wrote_where_the_file_says_nothing(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    upload(client, submission, "dh.docx", UNIVERSITY_REPORT)
    submission.refresh_from_db()
    own = "Trường góp ý dự thảo Quy chế quản lý hoạt động đối ngoại của tỉnh."
    submission.texts = {**submission.texts, "I.9": own}
    submission.save()
    page = upload(client, submission, "dh-2.docx", UNIVERSITY_REPORT).content.decode()
    submission.refresh_from_db()
    assert submission.texts["I.9"] == own
    assert submission.texts["I.2"].startswith("Trong tháng, Trường tổ chức 02 lớp tập huấn")  # the file's own
    assert "Giữ nguyên 01 mục đơn vị đã tự viết mà tệp không có." in page
    # What an earlier file gave goes with it: a file without section 2 does not keep the last file's; the
    # register's draft comes back.
    page = upload(client, submission, "dh-3.docx", UNIVERSITY_REPORT[:5]).content.decode()
    submission.refresh_from_db()
    assert submission.texts.get("I.2", "") == submission.sources["drafted"].get("I.2", "")
    assert submission.texts["I.9"] == own


def test_a_failed_reading_leaves_the_last_files_figures(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    upload(client, submission, "dh.docx", UNIVERSITY_REPORT)
    submission.refresh_from_db()
    figures = submission.sources["figures"]
    assert figures
    # A PDF with no text layer (a scan) is read off the request; its reading fails and it is not used.
    # (A Word file with no text is refused at once: test_submission_file.py.)
    scan = SimpleUploadedFile("scan.pdf", pdf(b""))
    page = client.post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": scan}, follow=True).content.decode()
    submission.refresh_from_db()
    assert submission.reading_state == "failed" and "lớp chữ" in submission.reading_message
    assert submission.uploaded_file == "dh.docx" and submission.sources["figures"] == figures
    assert "Dùng số này" in page


def test_statements_that_add_up_to_the_answer_or_state_it_in_dong_agree_with_it(outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    submission.status = "submitted"
    submission.values = {"aid": {"count": 2, "value": 3_300_000_000}}
    other = "Tiếp nhận 01 khoản viện trợ khác trị giá 500 triệu đồng."
    submission.texts = {"I.4": f"{DOLLARS.replace('02 khoản', '01 khoản')} {other}"}
    submission.save()
    assert contradictions([submission]) == []
    submission.values = {"aid": {"count": 3, "value": 3_300_000_000}}
    found = contradictions([submission])
    assert [(c["stated"], c["accepted"]) for c in found] == [("01", "03"), ("01", "03")]
    # One sentence that agrees does not hide another that does not.
    submission.values = {"aid": {"count": 2, "value": 3_300_000_000}}
    submission.texts = {
        "I.4": "Trong tháng, tiếp nhận 02 khoản viện trợ.",
        "I.9": "Trong tháng, tiếp nhận 03 khoản viện trợ.",
    }
    submission.save()
    assert [(c["key"], c["stated"], c["accepted"]) for c in contradictions([submission])] == [("I.9", "03", "02")]


def test_a_year_to_date_the_compiled_report_would_contradict_is_flagged(outgoing, units):
    from datetime import date

    from ngoaivu.register.models import OutgoingDelegation

    OutgoingDelegation.objects.create(
        unit=units["dh"], title="Trao đổi giảng viên", persons=3, countries=["LA"], start_date=date(2021, 5, 4)
    )
    submission = outgoing(period="2021-Q3").submissions.get(unit=units["dh"])
    submission.status = "submitted"
    submission.values = {"outgoing_delegations": {"groups": 1, "persons": 4}}
    submission.texts = {
        "I.1.a": "Trong quý, Trường cử 01 đoàn với 04 lượt người đi công tác nước ngoài. "
        "Tính chung 9 tháng, Trường cử 03 đoàn với 10 lượt người đi công tác nước ngoài."
    }
    submission.save()
    found = contradictions([submission])
    # The register's May delegation and the quarter's answer: 02 đoàn, 07 lượt người, not 03 and 10.
    assert [(c["indicator"], c["stated"], c["accepted"], c["basis"]) for c in found] == [
        ("Đoàn ra (9 tháng)", "03", "02", "sổ theo dõi cùng số liệu gửi"),
        ("Đoàn ra (9 tháng)", "10", "07", "sổ theo dõi cùng số liệu gửi"),
    ]
    submission.texts = {"I.1.a": "Tính chung 9 tháng, Trường cử 02 đoàn với 07 lượt người đi công tác nước ngoài."}
    submission.save()
    assert contradictions([submission]) == []


def test_the_registers_draft_is_not_kept_as_the_units_words_even_after_the_register_changed(
    client_for, outgoing, units, incoming
):
    from datetime import date

    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    form = client.get(f"/yeu-cau/don-vi/{submission.pk}/").context["form"]
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**data, "save": "1"})  # the register's draft, saved as is
    submission.refresh_from_db()
    assert submission.texts.get("I.1.b")  # "… không có đoàn khách nước ngoài đến làm việc."
    incoming(unit="dh", start_date=date(2021, 8, 12), person_visits=6)  # the register changes since
    page = upload(client, submission, "dh.docx", UNIVERSITY_REPORT).content.decode()
    submission.refresh_from_db()
    assert "Giữ nguyên" not in page and "được thay bằng nội dung của tệp" not in page
    # where the file says nothing, the draft as it was prefilled stays
    assert submission.texts["I.1.b"] == submission.sources["drafted"]["I.1.b"]


def test_a_figure_stated_twice_with_other_numbers_is_proposed_once_and_flagged(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    lines = [
        "BÁO CÁO",
        "Công tác đối ngoại tháng 8/2021",
        "1. Đoàn vào",
        "Trong tháng, Trường đón 02 đoàn khách Lào với 10 lượt người đến làm việc về hợp tác đào tạo.",
        "2. Hợp tác quốc tế",
        "Ngày 20/8/2021, Trường đón 01 đoàn của Đại học Kangwon (Hàn Quốc) với 03 lượt người đến trao đổi.",
        "Như đã nêu, trong tháng Trường đón 02 đoàn khách Lào.",
    ]
    page = upload(client_for("other_reporter"), submission, "dh.docx", lines).content.decode()
    submission.refresh_from_db()
    assert submission.sources["figures"]["incoming_delegations"]["groups"]["document"] == 2  # the first
    assert (
        "Tệp nêu 02 số liệu khác nhau về «Đoàn vào»: 02 đoàn, 01 đoàn. Số đề xuất là số nêu đầu tiên" in page
    )  # the same 02 said again is no third figure
    assert "Tệp nêu 02 số liệu khác nhau về «Đoàn vào»: 10 lượt người, 03 lượt người." in page


def test_a_count_of_procedures_is_proposed_as_the_template_measures_it(db):
    """The report's own sentence: its one figure is the procedures whose translations were published."""
    template = ReportTemplate.objects.get(code="general")
    text = (
        "Công bố bản dịch tiếng Anh, tiếng Trung, tiếng Hàn và tiếng Nhật của 22 thủ tục hành chính trên Trang "
        "thông tin công khai, phục vụ tổ chức, cá nhân nước ngoài tra cứu, thực hiện."
    )
    figures = document_figures(
        template, read_text(f"BÁO CÁO\nCông tác đối ngoại 6 tháng đầu năm 2021\n{text}")["facts"]
    )
    assert figures["procedures_published"]["procedures"]["document"] == 22


def test_text_under_a_heading_without_its_sub_sections_is_the_sections_own_and_a_stray_one_is_kept_aside(
    client_for, outgoing, units
):
    submission = outgoing().submissions.get(unit=units["dh"])
    lines = [
        *UNIVERSITY_REPORT[:6],
        "1. Công tác tổ chức và quản lý đoàn ra/đoàn vào",
        "Trong tháng, đón 05 đoàn vào với 32 lượt người.",
        "V. ĐỀ XUẤT, KIẾN NGHỊ",
        "Đề nghị Bộ Ngoại giao tiếp tục hỗ trợ tỉnh.",
    ]
    page = upload(client_for("other_reporter"), submission, "dh.docx", lines).content.decode()
    submission.refresh_from_db()
    # The section's own text, as its report prints it above a) and b): not under a) (đoàn ra), which it
    # does not speak of; the answer form shows it in its own box, kept when the unit saves.
    assert submission.texts["I.1"] == "Trong tháng, đón 05 đoàn vào với 32 lượt người."
    assert not any("05 đoàn vào" in text for key, text in submission.texts.items() if key.startswith("I.1."))
    form = page.split('name="s__I.1"', 1)[1].split("</textarea>", 1)[0]
    assert "Trong tháng, đón 05 đoàn vào với 32 lượt người." in form
    assert not any("Đề nghị Bộ Ngoại giao" in text for text in submission.texts.values())
    assert submission.sources["unplaced"] == [
        {"heading": "V. ĐỀ XUẤT, KIẾN NGHỊ", "text": "Đề nghị Bộ Ngoại giao tiếp tục hỗ trợ tỉnh."}
    ]
    assert "không khớp mục nào của mẫu báo cáo" in page and "Đề nghị Bộ Ngoại giao tiếp tục hỗ trợ tỉnh." in page
