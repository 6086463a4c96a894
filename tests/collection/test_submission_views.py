"""A unit's answer: the form, the upload, return and accept, and who may do what."""

import datetime as dt

from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.models import Submission

from .conftest import return_answer, send


def form_data(response, **changes):
    form = response.context["form"]
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    data.update(changes)
    return data


def send_checked(client, url, data):
    """Send an answer, ticking «Tôi đã kiểm tra» when the page asks (a figure beside a prefilled text that
    says none of it: the register's draft, written before the figure was changed)."""
    response = client.post(url, data)
    form = response.context["form"] if response.status_code == 200 else None
    if form is not None and form.warnings:
        response = client.post(url, {**data, "warnings_checked": "1", "warnings_seen": form.warnings_seal})
    return response


def test_the_form_opens_prefilled_and_saving_makes_a_draft(client_for, outgoing, units, incoming):
    incoming(unit="vp", start_date=dt.date(2021, 8, 3), person_visits=4)
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    assert page.context["form"]["v__incoming_delegations__persons"].initial == 4
    assert "s__I.1.a" in page.context["form"].fields and "s__I" not in page.context["form"].fields
    # Both figure columns line up on the right, headings and boxes alike.
    html = page.content.decode()
    assert '<th class="num">Số liệu báo cáo</th><th class="num">Sổ theo dõi</th>' in html
    assert '<td class="num"><input type="text" name="v__incoming_delegations__persons"' in html
    submission.refresh_from_db()
    assert submission.status == "not_started"  # looking is not answering
    client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, save="1"))
    submission.refresh_from_db()
    assert submission.status == "draft" and submission.values["incoming_delegations"] == {"groups": 1, "persons": 4}
    assert "I.1.a" in submission.texts and "I" not in submission.texts  # a text for each section that has one


def test_a_draft_saved_again_as_it_was_says_nothing_changed(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    first = client.post(url, form_data(client.get(url), save="1"), follow=True)
    assert "Đã lưu bản nháp." in first.content.decode()
    submission.refresh_from_db()
    kept = submission.version
    again = client.post(url, form_data(client.get(url), save="1"), follow=True).content.decode()
    assert "Không có thay đổi nào; bản ghi giữ nguyên." in again and "Đã lưu bản nháp." not in again
    submission.refresh_from_db()
    assert submission.version == kept


def test_a_reporter_never_sees_another_units_answer(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("reporter")
    assert client.get(f"/yeu-cau/don-vi/{submission.pk}/").status_code == 404
    assert client.post(f"/yeu-cau/don-vi/{submission.pk}/", {"submit": "1"}).status_code == 404
    upload = SimpleUploadedFile("x.docx", b"PK\x03\x04")
    assert client.post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": upload}).status_code == 404
    submission.refresh_from_db()
    assert submission.status == "not_started"


def test_leaders_read_but_do_not_write(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("leader")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    assert page.status_code == 200 and not page.context["editable"]
    assert client.post(f"/yeu-cau/don-vi/{submission.pk}/", {"submit": "1"}).status_code == 403
    assert client.post(f"/yeu-cau/don-vi/{submission.pk}/accept/").status_code == 403


def test_returned_with_a_comment_then_sent_again_and_accepted(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    reporter = client_for("reporter")
    page = reporter.get(f"/yeu-cau/don-vi/{submission.pk}/")
    reporter.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, submit="1"))
    submission.refresh_from_db()
    assert submission.status == "submitted"
    # Sent: the unit cannot change it any more.
    assert not reporter.get(f"/yeu-cau/don-vi/{submission.pk}/").context["editable"]
    officer = client_for("officer")
    refused = officer.post(f"/yeu-cau/don-vi/{submission.pk}/return/", {"comment": "  "})
    submission.refresh_from_db()
    assert submission.status == "submitted"  # a return needs its reason, asked for beside its box
    assert refused.status_code == 200 and refused.context["review_form"].errors == {
        "comment": ["Ghi rõ lý do trả lại."]
    }
    assert '<span class="error">Ghi rõ lý do trả lại.</span>' in refused.content.decode()
    assert not refused.context["editable"] and refused.context["can_review"]
    officer.post(f"/yeu-cau/don-vi/{submission.pk}/return/", {"comment": "Bổ sung số liệu đoàn vào."})
    submission.refresh_from_db()
    assert (submission.status, submission.comment) == ("returned", "Bổ sung số liệu đoàn vào.")
    reporter = client_for("reporter")
    page = reporter.get(f"/yeu-cau/don-vi/{submission.pk}/")
    assert "Bổ sung số liệu đoàn vào." in page.content.decode()
    reporter.post(
        f"/yeu-cau/don-vi/{submission.pk}/",
        form_data(page, **{"v__incoming_delegations__groups": 2, "v__incoming_delegations__persons": 5, "save": "1"}),
    )
    submission.refresh_from_db()
    # Saved but not sent again: still returned, as the office should see it.
    assert submission.status == "returned" and submission.values["incoming_delegations"]["groups"] == 2
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    send_checked(reporter, url, form_data(reporter.get(url), submit="1"))
    client_for("officer").post(f"/yeu-cau/don-vi/{submission.pk}/accept/")
    submission.refresh_from_db()
    assert submission.status == Submission.Status.ACCEPTED and submission.accepted_at is not None
    # The return's reason was about the answer returned; once accepted, no page shows it any more.
    officer = client_for("officer")
    assert "Bổ sung số liệu đoàn vào." not in officer.get(f"/yeu-cau/don-vi/{submission.pk}/").content.decode()
    assert "Bổ sung số liệu đoàn vào." not in officer.get(f"/yeu-cau/{submission.request_id}/").content.decode()


def test_a_negative_or_absurd_figure_is_refused(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    figures = {"v__conferences__count": -1, "v__incoming_delegations__persons": "99999999999999999999999"}
    response = client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, **figures, submit="1"))
    errors = response.context["form"].errors
    assert response.status_code == 200 and errors["v__conferences__count"] == ["Số không được âm."]
    assert "lớn bất thường (tối đa 10.000.000)" in errors["v__incoming_delegations__persons"][0]
    submission.refresh_from_db()
    assert submission.status == "not_started"


def test_fewer_persons_than_delegations_are_refused_as_the_register_refuses_them(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    figures = {"v__incoming_delegations__groups": "3", "v__incoming_delegations__persons": "1"}
    response = client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, **figures, submit="1"))
    errors = response.context["form"].errors
    assert errors["v__incoming_delegations__persons"] == ["Số lượt người (01) không được ít hơn số đoàn (03)."]
    assert "v__incoming_delegations__groups" not in errors
    submission.refresh_from_db()
    assert submission.status == "not_started"
    # As many persons as delegations is an answer the register could hold.
    figures["v__incoming_delegations__persons"] = "3"
    send_checked(client, f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, **figures, submit="1"))
    submission.refresh_from_db()
    assert submission.status == "submitted" and submission.values["incoming_delegations"] == {"groups": 3, "persons": 3}


def test_a_file_that_cannot_be_read_is_explained(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    response = client.post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile("trong.docx", b"   ")}, follow=True
    )
    assert "Tệp «trong.docx» rỗng, không có nội dung." in response.content.decode()
    submission.refresh_from_db()
    assert submission.uploaded_file == ""


def test_an_empty_answer_is_not_sent(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    empty = {name: "" for name in page.context["form"].fields}
    response = client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**empty, "submit": "1"}, follow=True)
    assert "Báo cáo chưa có số liệu hay nội dung nào" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "not_started"
    text = next(name for name in page.context["form"].fields if name.startswith("s__"))
    client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**empty, text: "Không phát sinh.", "submit": "1"})
    submission.refresh_from_db()
    assert submission.status == "submitted"


def test_a_file_that_failed_to_read_does_not_stand_for_an_empty_answer(client_for, outgoing, units):
    from ngoaivu.register.models.readings import ReadingState

    submission = outgoing().submissions.get(unit=units["vp"])
    Submission.objects.filter(pk=submission.pk).update(
        uploaded_file="bao-cao.docx", reading_state=ReadingState.FAILED, status="draft"
    )
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    empty = {name: "" for name in page.context["form"].fields}
    response = client.post(f"/yeu-cau/don-vi/{submission.pk}/", {**empty, "submit": "1"}, follow=True)
    assert "Báo cáo chưa có số liệu hay nội dung nào" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "draft"


def test_saving_from_a_page_left_open_after_sending_says_it_was_sent_and_shows_what_was_typed(
    client_for, outgoing, units
):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    Submission.objects.filter(pk=submission.pk).update(status="submitted")  # sent from another tab
    text = next(name for name in page.context["form"].fields if name.startswith("s__"))
    response = client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, save="1", **{text: "Đoạn mới gõ."}))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Báo cáo đã gửi, không sửa được nữa; nội dung vừa nhập chưa được lưu." in html
    assert "Đoạn mới gõ." in html
    upload = client.post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile("a.docx", b"x")}, follow=True
    )
    assert "Báo cáo đã gửi, không sửa được nữa." in upload.content.decode()


def test_two_pages_of_one_answer_never_overwrite_each_other_silently(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    tab_a = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    tab_b = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    # The page carries the version it was opened at, so that a browser posts it back.
    assert f'<input type="hidden" name="version" value="{submission.version}"' in tab_a.content.decode()
    text = next(name for name in tab_a.context["form"].fields if name.startswith("s__"))
    client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(tab_b, save="1", **{text: "Viết ở trang B."}))
    submission.refresh_from_db()
    assert submission.texts[text[3:]] == "Viết ở trang B."
    stale = client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(tab_a, save="1", **{text: "Viết ở trang A."}))
    assert stale.status_code == 200
    assert (
        "Báo cáo vừa được lưu ở một trang khác" in stale.content.decode()
        and "Viết ở trang A." in stale.content.decode()
    )
    submission.refresh_from_db()
    assert submission.texts[text[3:]] == "Viết ở trang B."
    # Saved again from the page that now knows the saved version: the officer's choice, kept.
    again = client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(stale, save="1", **{text: "Viết ở trang A."}))
    assert again.status_code == 302
    submission.refresh_from_db()
    assert submission.texts[text[3:]] == "Viết ở trang A."


def test_a_section_text_beyond_the_limit_is_refused_beside_it_and_what_was_typed_stays(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    page = client.get(f"/yeu-cau/don-vi/{submission.pk}/")
    long_text = "Văn phòng tham mưu. " * 2_000
    refused = client.post(f"/yeu-cau/don-vi/{submission.pk}/", form_data(page, **{"s__I.2": long_text}))
    assert "vượt quá giới hạn 20.000 ký tự" in refused.context["form"].errors["s__I.2"][0]
    assert refused.context["form"]["s__I.2"].value() == long_text
    submission.refresh_from_db()
    assert submission.status == "not_started"


def test_an_answer_sent_again_shows_its_first_sending_then_the_last(client_for, outgoing, units):
    answer = outgoing(deadline=dt.date(2021, 9, 10)).submissions.get(unit=units["vp"])
    send(answer, dt.date(2021, 9, 8))
    html = client_for("officer").get(f"/yeu-cau/don-vi/{answer.pk}/").content.decode()
    assert "<dt>Ngày gửi</dt><dd>08/09/2021</dd>" in html
    return_answer(answer)
    send(answer, dt.date(2021, 9, 12), hour=15)
    html = client_for("reporter").get(f"/yeu-cau/don-vi/{answer.pk}/").content.decode()
    assert "<dt>Ngày gửi</dt><dd>08/09/2021, gửi lại ngày 12/09/2021</dd>" in html
    assert "Trễ hạn" not in html


def test_a_text_file_is_refused_as_the_page_says_word_or_pdf(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    text = "BÁO CÁO\nCông tác đối ngoại tháng 8/2021\nTrong tháng, Văn phòng cử 01 đoàn.\n".encode()
    response = client.post(
        f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": SimpleUploadedFile("bao-cao.txt", text)}, follow=True
    )
    html = response.content.decode()
    assert "Word hoặc PDF" in html
    assert (
        "Tệp «bao-cao.txt» không phải là loại tệp được nhận; chỉ nhận tệp Word (.docx) hoặc Word 97–2003 (.doc) hoặc PDF (.pdf)."
        in html
    )
    submission.refresh_from_db()
    assert submission.uploaded_file == "" and not submission.stored_file


def test_a_figure_its_section_says_none_of_is_asked_about_before_sending(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    field = "v__training_courses__count"
    section = next(name for name in page.context["form"].fields if name.startswith("s__I.2"))
    typed = {
        field: "2",
        "v__training_courses__participants": "125",
        section: "Trong tháng, Trường chưa tổ chức lớp tập huấn về hội nhập quốc tế.",
    }
    # A draft is saved as typed: the warnings are for sending.
    client.post(url, form_data(page, **typed, save="1"))
    submission.refresh_from_db()
    assert submission.status == "draft"
    page = client.get(url)
    warned = client.post(url, form_data(page, **typed, submit="1"))
    submission.refresh_from_db()
    assert submission.status == "draft"
    form = warned.context["form"]
    assert list(form.warnings) == [field]
    assert "chưa tổ chức lớp tập huấn về hội nhập quốc tế.» nhưng số liệu là 02 lớp:" in form.warnings[field]
    html = warned.content.decode()
    assert 'class="warning" id="id_v__training_courses__count_warning"' in html and "Tôi đã kiểm tra" in html
    checked = {"warnings_checked": "1", "warnings_seen": form.warnings_seal}
    client.post(url, form_data(page, **typed, **checked, submit="1"))
    submission.refresh_from_db()
    assert submission.status == "submitted" and submission.values["training_courses"]["count"] == 2


def test_a_figure_sent_other_than_the_one_read_from_the_upload_is_asked_about(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["vp"])
    read = {"document": 5, "sentence": "Văn phòng đón 05 lượt người."}
    submission.status, submission.sources = "draft", {"figures": {"incoming_delegations": {"persons": read}}}
    submission.save()
    client = client_for("reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    field = "v__incoming_delegations__persons"
    # 04 lượt người come in at least 01 đoàn (0 đoàn is refused before any warning).
    warned = client.post(url, form_data(page, **{field: "4", "v__incoming_delegations__groups": "1"}, submit="1"))
    assert warned.context["form"].warnings == {
        field: "Báo cáo tải lên ghi 05, số liệu gửi là 04: bấm «Dùng số này» hoặc kiểm tra lại."
    }
    client.post(url, form_data(page, **{field: "5", "v__incoming_delegations__groups": "1"}, submit="1"))
    submission.refresh_from_db()
    assert submission.status == "submitted"


def test_the_send_button_as_a_browser_posts_it_asks_the_warnings_then_sends(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    # The button has no value: a browser posts it as "submit=" (empty), and that is what is posted here.
    assert '<button class="primary" type="submit" name="submit">' in page.content.decode()
    field = "v__training_courses__count"
    section = next(name for name in page.context["form"].fields if name.startswith("s__I.2"))
    typed = {
        field: "2",
        "v__training_courses__participants": "125",
        section: "Trong tháng, Trường chưa tổ chức lớp tập huấn về hội nhập quốc tế.",
    }
    warned = client.post(url, form_data(page, **typed, submit=""))
    assert list(warned.context["form"].warnings) == [field]
    submission.refresh_from_db()
    assert submission.status == "not_started"  # asked about, neither sent nor saved
    checked = {"warnings_checked": "1", "warnings_seen": warned.context["form"].warnings_seal}
    sent = client.post(url, form_data(page, **typed, **checked, submit=""), follow=True)
    assert "Đã gửi báo cáo." in sent.content.decode()
    submission.refresh_from_db()
    assert submission.status == "submitted"


def test_a_figure_left_blank_keeps_the_registers_figure(client_for, outgoing, units, incoming):
    incoming(unit="vp", start_date=dt.date(2021, 8, 3), person_visits=4)  # 01 đoàn, 04 lượt người
    submission = outgoing().submissions.get(unit=units["vp"])
    client = client_for("reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    client.post(url, form_data(client.get(url), v__incoming_delegations__groups="", save="1"))
    submission.refresh_from_db()
    assert submission.values["incoming_delegations"] == {"groups": 1, "persons": 4}
    page = client.get(url)
    assert str(page.context["form"]["v__incoming_delegations__groups"].value()) == "1"
    row = next(row for row in page.context["figures"] if row["field"].name == "v__incoming_delegations__groups")
    assert row["origin"] == "Tính từ sổ theo dõi"
    # A blank the register has no figure for is none: 0.
    assert submission.values["conferences"]["count"] == 0


def test_persons_in_no_delegation_or_an_aid_value_with_no_aid_counted_are_refused(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    figures = {
        "v__incoming_delegations__groups": "0",
        "v__incoming_delegations__persons": "14",
        "v__aid__count": "",
        "v__aid__value": "1.500.000.000",
    }
    response = client.post(url, form_data(page, **figures, submit=""))
    errors = response.context["form"].errors
    assert errors["v__incoming_delegations__groups"] == ["Số đoàn phải từ 01 trở lên."]
    assert errors["v__aid__count"] == ["Số khoản viện trợ phải từ 01 trở lên: đã ghi 1.500.000.000 đồng."]
    submission.refresh_from_db()
    assert submission.status == "not_started"
