"""A unit's draft keeps what was typed: figures that do not agree yet (14 lượt người in 0 đoàn) wait in the draft
and are refused when the answer is sent; only what cannot be stored at all (a word, a negative figure, a text
over the limit) is refused on «Lưu nháp», beside its box, the rest of the page kept as typed. A figure taken from
the unit's uploaded report («Dùng số này») is saved with the draft."""

import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.collection.services import SubmissionError, save_answer
from ngoaivu.core.figure_limits import TEXT_LIMIT

from .conftest import UNIVERSITY_REPORT, docx_bytes
from .test_submission_views import form_data

pytestmark = pytest.mark.django_db

OWN_WORDS = "Trường đón 01 đoàn chuyên gia Hàn Quốc; số đoàn còn chờ xác nhận."
UNFINISHED = {
    "v__incoming_delegations__groups": "0",
    "v__incoming_delegations__persons": "15",
    "v__aid__count": "1",
    "s__I.1.b": OWN_WORDS,
}


def _said(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def _answer_page(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    return submission, client, url


def test_a_draft_keeps_figures_that_do_not_agree_yet_and_says_what_to_put_right(client_for, outgoing, units):
    submission, client, url = _answer_page(client_for, outgoing, units)
    response = client.post(url, form_data(client.get(url), **UNFINISHED, save=""))
    assert response.status_code == 302
    said = _said(response)
    assert "Đã lưu bản nháp." in said
    assert any(
        m.startswith("Bản nháp còn số liệu chưa khớp nhau, cần sửa trước khi gửi:")
        and "Số đoàn phải từ 01 trở lên." in m
        for m in said
    )
    submission.refresh_from_db()
    assert submission.status == "draft"
    assert submission.values["incoming_delegations"] == {"groups": 0, "persons": 15}
    assert submission.values["aid"]["count"] == 1
    assert submission.texts["I.1.b"] == OWN_WORDS
    # Reloaded, the page shows the draft as typed, not the register's figures and wording.
    form = client.get(url).context["form"]
    assert str(form["v__incoming_delegations__persons"].value()) == "15"
    assert form["s__I.1.b"].value() == OWN_WORDS


def test_sending_figures_that_do_not_agree_is_refused_beside_them_and_the_draft_stays(client_for, outgoing, units):
    submission, client, url = _answer_page(client_for, outgoing, units)
    client.post(url, form_data(client.get(url), **UNFINISHED, save=""))
    response = client.post(url, form_data(client.get(url), submit=""))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["v__incoming_delegations__groups"] == ["Số đoàn phải từ 01 trở lên."]
    assert form.non_field_errors() == ["Chưa gửi báo cáo: một số số liệu chưa khớp nhau, xem các ô được đánh dấu."]
    assert "Chưa gửi báo cáo: một số số liệu chưa khớp nhau" in response.content.decode()
    submission.refresh_from_db()
    assert submission.status == "draft" and submission.values["incoming_delegations"]["persons"] == 15


def test_a_draft_with_what_cannot_be_stored_is_refused_beside_the_box_and_nothing_typed_is_lost(
    client_for, outgoing, units
):
    submission, client, url = _answer_page(client_for, outgoing, units)
    typed = {
        **UNFINISHED,
        "v__incoming_delegations__persons": "mười lăm",
        "v__aid__count": "-1",
        "s__I.2": "x" * (TEXT_LIMIT + 1),
    }
    response = client.post(url, form_data(client.get(url), **typed, save=""))
    assert response.status_code == 200
    form = response.context["form"]
    assert set(form.errors) == {"v__incoming_delegations__persons", "v__aid__count", "s__I.2"}
    html = response.content.decode()
    assert 'value="mười lăm"' in html and OWN_WORDS in html  # shown again as typed
    submission.refresh_from_db()
    assert submission.status == "not_started"


def test_the_service_never_sends_figures_that_do_not_agree(outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    values = {"incoming_delegations": {"groups": 0, "persons": 15}}
    save_answer(submission, values, {"I.1.b": OWN_WORDS})
    with pytest.raises(SubmissionError) as refused:
        save_answer(submission, values, {"I.1.b": OWN_WORDS}, submit=True)
    assert str(refused.value) == (
        "Chưa gửi báo cáo: một số số liệu chưa khớp nhau. Đoàn vào (đoàn): Số đoàn phải từ 01 trở lên."
    )
    submission.refresh_from_db()
    assert submission.status == "draft"


def _uploaded(client, submission):
    file = SimpleUploadedFile("dh.docx", docx_bytes(UNIVERSITY_REPORT))
    client.post(f"/yeu-cau/don-vi/{submission.pk}/tai-len/", {"file": file})
    submission.refresh_from_db()
    assert submission.sources["figures"]["training_courses"]["count"]["document"] == 2


def test_a_figure_taken_from_the_units_report_is_saved_with_the_draft(client_for, outgoing, units):
    submission, client, url = _answer_page(client_for, outgoing, units)
    _uploaded(client, submission)
    response = client.post(url, form_data(client.get(url), take="v__training_courses__count"))
    assert response.status_code == 302
    assert "Đã dùng 01 số liệu đọc từ báo cáo của đơn vị và lưu bản nháp." in _said(response)
    submission.refresh_from_db()
    assert submission.values["training_courses"]["count"] == 2
    row = next(r for r in client.get(url).context["figures"] if r["field"].name == "v__training_courses__count")
    assert row["origin"] == "Đọc từ báo cáo của đơn vị"  # after a reload too


def test_a_figure_taken_beside_a_box_to_put_right_is_shown_and_said_unsaved(client_for, outgoing, units):
    submission, client, url = _answer_page(client_for, outgoing, units)
    _uploaded(client, submission)
    data = form_data(client.get(url), v__aid__count="một", take="v__training_courses__count")
    response = client.post(url, data)
    assert response.status_code == 200
    assert response.context["form"]["v__training_courses__count"].value() == "2"
    assert "v__aid__count" in response.context["form"].errors
    assert "Đã điền 01 số liệu đọc từ báo cáo của đơn vị. Bấm «Lưu nháp» để ghi lại." in _said(response)
    submission.refresh_from_db()
    assert submission.values["training_courses"]["count"] == 0
