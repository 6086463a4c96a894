"""Report requests and the units' answers over the API: scoped as the pages, answered through the services."""

import datetime as dt

import pytest

from ngoaivu.collection.models import ReportRequest, Submission
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report

pytestmark = pytest.mark.django_db


def incoming_request(unit, deadline=dt.date(2021, 9, 10)):
    return ReportRequest.objects.create(
        direction=ReportRequest.Direction.INCOMING,
        subject="Báo cáo kết quả công tác hội nhập quốc tế năm 2024",
        requested_by="Sở Ngoại vụ",
        unit=unit,
        template=ReportTemplate.objects.get(code="integration"),
        period_code="2024",
        deadline=deadline,
    )


def answer(client, submission, **data):
    return client.post(f"/api/submissions/{submission.pk}/answer/", data, format="json")


def test_a_request_shows_its_deadline_period_and_answers(api, units, outgoing, clock):
    clock(2021, 9, 1)
    item = outgoing()
    item.submissions.filter(unit=units["dh"]).update(status=Submission.Status.SUBMITTED)
    body = api("officer").get(f"/api/requests/{item.pk}/").json()
    assert (body["direction"], body["template"], body["period_code"], body["period"]) == (
        "outgoing",
        "general",
        "2021-08",
        "tháng 8/2021",
    )
    assert (body["deadline"], body["days_left"]) == ("2021-09-10", 9)
    states = {s["unit"]: s["status"] for s in body["submissions"]}
    assert states == {units["vp"].pk: "not_started", units["dh"].pk: "submitted"}
    assert all(s["late"] is False for s in body["submissions"])


def test_a_reporter_sees_only_its_units_requests_and_answers(api, units, outgoing):
    asked = outgoing()  # the Văn phòng and the university
    not_asked = outgoing(recipients=("dh",))
    theirs = incoming_request(units["dh"])
    mine = incoming_request(units["vp"])
    client = api("reporter")
    listed = client.get("/api/requests/").json()
    assert sorted(r["id"] for r in listed["results"]) == sorted([asked.pk, mine.pk])
    body = client.get(f"/api/requests/{asked.pk}/").json()
    assert [s["unit"] for s in body["submissions"]] == [units["vp"].pk]  # not the university's answer
    assert client.get(f"/api/requests/{not_asked.pk}/").status_code == 404
    assert client.get(f"/api/requests/{theirs.pk}/").status_code == 404
    assert api("officer").get("/api/requests/", {"direction": "incoming"}).json()["count"] == 2


def test_a_reporter_gets_404_on_another_units_submission(api, units, outgoing):
    item = outgoing()
    mine, theirs = item.submissions.get(unit=units["vp"]), item.submissions.get(unit=units["dh"])
    client = api("reporter")
    assert [s["id"] for s in client.get("/api/submissions/").json()["results"]] == [mine.pk]
    assert client.get(f"/api/submissions/{theirs.pk}/").status_code == 404
    assert answer(client, theirs, texts={}).status_code == 404
    assert api("officer").get("/api/submissions/", {"request": item.pk}).json()["count"] == 2


def test_a_submission_not_started_shows_the_registers_figures(api, units, outgoing, incoming):
    incoming(unit="vp", start_date=dt.date(2021, 8, 5), person_visits=4)
    submission = outgoing().submissions.get(unit=units["vp"])
    body = api("reporter").get(f"/api/submissions/{submission.pk}/").json()
    assert body["status"] == "not_started" and body["editable"] is True
    assert body["values"]["incoming_delegations"] == {"groups": 1, "persons": 4}
    assert any(
        (m["code"], m["measure"], m["unit"]) == ("incoming_delegations", "groups", "đoàn") for m in body["measures"]
    )
    assert "I.1.b" in [s["key"] for s in body["sections"]]
    submission.refresh_from_db()
    assert submission.status == "not_started" and submission.values == {}  # shown, not saved


def test_the_unit_saves_then_sends_its_answer(api, units, outgoing, incoming):
    incoming(unit="vp", start_date=dt.date(2021, 8, 5), person_visits=4)
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    response = answer(
        client,
        submission,
        values={"incoming_delegations": {"persons": 5}},
        texts={"I.1.b": "  Văn phòng đón 01 đoàn Nhật Bản.\r\nTổng cộng 05 lượt người.  "},
    )
    assert response.status_code == 200, response.json()
    body = response.json()
    assert body["status"] == "draft"
    # The figure changed; the others are the register's, as the page's form fills them.
    assert body["values"]["incoming_delegations"] == {"groups": 1, "persons": 5}
    assert body["texts"]["I.1.b"] == "Văn phòng đón 01 đoàn Nhật Bản.\nTổng cộng 05 lượt người."
    assert len(body["texts"]) > 1
    response = answer(client, submission, submit=True)
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    submission.refresh_from_db()
    assert submission.submitted_at is not None and submission.values["incoming_delegations"]["persons"] == 5
    # Each figure says where it came from: the typed 5 beside the register's 4.
    figures = {(f["code"], f["measure"]): f for f in response.json()["figures"]}
    persons = figures[("incoming_delegations", "persons")]
    assert (persons["value"], persons["register"], persons["origin"], persons["differs"]) == (5, 4, "typed", True)
    groups = figures[("incoming_delegations", "groups")]
    assert (groups["origin"], groups["differs"]) == ("register", False)
    # What the service refuses is a 400 with its message.
    response = answer(client, submission, texts={"I.1.b": "sửa sau khi gửi"})
    assert response.status_code == 400 and response.json() == {"detail": "Báo cáo đã gửi, không sửa được nữa."}
    submission.refresh_from_db()
    assert submission.texts["I.1.b"] == "Văn phòng đón 01 đoàn Nhật Bản.\nTổng cộng 05 lượt người."


def test_an_answer_must_fit_the_template(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    response = answer(client, submission, values={"khong_co": {"count": 1}})
    assert response.status_code == 400 and "khong_co.count" in response.json()["values"][0]
    response = answer(client, submission, texts={"IX.9": "..."})
    assert response.status_code == 400 and "IX.9" in response.json()["texts"][0]
    response = answer(client, submission, values={"incoming_delegations": {"groups": -1}})
    assert response.status_code == 400 and "values" in response.json()
    submission.refresh_from_db()
    assert submission.status == "not_started"


def test_a_text_saying_otherwise_of_a_figure_is_sent_only_once_confirmed(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = api("other_reporter")
    aid, training = "I.4", "I.2"
    typed = {
        "values": {"aid": {"count": 2, "value": 1_000_000}, "training_courses": {"count": 2, "participants": 40}},
        "texts": {
            aid: "Trong tháng, Trường tiếp nhận 03 khoản viện trợ.",
            training: "Trong tháng, Trường không tổ chức lớp tập huấn nào.",
        },
    }
    # A draft is saved as typed: the warnings are for sending.
    assert answer(client, submission, **typed).status_code == 200
    response = answer(client, submission, **typed, submit=True)
    assert response.status_code == 400
    assert response.json() == {
        "values": [
            "training_courses.count: Mục I.2 ghi «Trong tháng, Trường không tổ chức lớp tập huấn nào.» nhưng số "
            "liệu là 02 lớp. Kiểm tra lại số liệu hoặc nội dung mục; nếu đúng, gửi lại yêu cầu kèm "
            "«warnings_checked»: true.",
            "aid.count: Mục I.4 ghi «Trong tháng, Trường tiếp nhận 03 khoản viện trợ.» nhưng số liệu là 02 khoản "
            "viện trợ. Kiểm tra lại số liệu hoặc nội dung mục; nếu đúng, gửi lại yêu cầu kèm «warnings_checked»: "
            "true.",
        ]
    }
    submission.refresh_from_db()
    assert submission.status == "draft"
    response = answer(client, submission, **typed, submit=True, warnings_checked=True)
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    assert "warnings_checked" not in response.json()


def test_a_figure_other_than_the_uploaded_reports_is_sent_only_once_confirmed(api, units, outgoing):
    # As the page's form asks (tests/collection/test_submission_views.py), by the same rule
    # (collection/contradictions.answer_warnings).
    submission = outgoing().submissions.get(unit=units["vp"])
    read = {"document": 5, "sentence": "Văn phòng đón 05 lượt người."}
    submission.status, submission.sources = "draft", {"figures": {"incoming_delegations": {"persons": read}}}
    submission.save()
    client = api("reporter")
    typed = {"values": {"incoming_delegations": {"groups": 1, "persons": 4}}}
    response = answer(client, submission, **typed, submit=True)
    assert response.status_code == 400
    assert response.json() == {
        "values": [
            "incoming_delegations.persons: Báo cáo tải lên ghi 05, số liệu gửi là 04. Kiểm tra lại số liệu; nếu "
            "đúng, gửi lại yêu cầu kèm «warnings_checked»: true."
        ]
    }
    submission.refresh_from_db()
    assert submission.status == "draft"
    response = answer(client, submission, **typed, submit=True, warnings_checked=True)
    assert response.status_code == 200 and response.json()["status"] == "submitted"
    assert response.json()["values"]["incoming_delegations"]["persons"] == 4


def test_an_unknown_key_or_a_text_that_is_no_string_is_refused_and_nothing_changes(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    response = answer(client, submission, action="fly")
    assert response.status_code == 400
    assert response.json() == {
        "action": [
            "Không có trường «action» ở địa chỉ này: yêu cầu không được thực hiện, không lưu gì. Chỉ nhận "
            "«values» (số liệu), «texts» (nội dung các mục), «submit»: true để gửi báo cáo, false hoặc bỏ trống "
            "để chỉ lưu, và «warnings_checked»: true để xác nhận đã kiểm tra các cảnh báo khi gửi."
        ]
    }
    response = client.get(f"/api/submissions/{submission.pk}/")
    key = response.json()["sections"][0]["key"]
    for sent in (5, 1.5, True, ["x"], {"a": "b"}):
        response = answer(client, submission, texts={key: sent})
        assert response.status_code == 400, sent
        assert response.json() == {"texts": {key: ["Phải là một chuỗi ký tự."]}}, sent
    submission.refresh_from_db()
    assert submission.status == "not_started" and not (submission.texts or {}).get(key)
    assert answer(client, submission, texts={key: "5"}).status_code == 200


def test_an_answer_over_the_api_keeps_the_forms_limits(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    response = answer(client, submission, values={"incoming_delegations": {"persons": 99_999_999_999}})
    message = response.json()["values"][0]
    assert response.status_code == 400 and "incoming_delegations.persons" in message
    assert "Số 99.999.999.999 lớn bất thường (tối đa 10.000.000)" in message
    # The figures are compared, when sent, once merged with those already saved: 05 groups saved, 02 persons
    # sent; a draft keeps them (test_answer_drafts.py).
    assert answer(client, submission, values={"incoming_delegations": {"groups": 5, "persons": 6}}).status_code == 200
    response = answer(client, submission, values={"incoming_delegations": {"persons": 2}}, submit=True)
    assert response.status_code == 400
    assert response.json()["values"] == [
        "incoming_delegations.persons: Số lượt người (02) không được ít hơn số đoàn (05)."
    ]
    submission.refresh_from_db()
    assert submission.values["incoming_delegations"] == {"groups": 5, "persons": 6}


@pytest.mark.parametrize("role", ["viewer", "leader"])
def test_readers_cannot_answer(api, units, outgoing, role):
    submission = outgoing().submissions.get(unit=units["vp"])
    assert api(role).get(f"/api/submissions/{submission.pk}/").json()["editable"] is False
    assert answer(api(role), submission, submit=True).status_code == 403
    submission.refresh_from_db()
    assert submission.status == "not_started"


def test_an_answer_is_not_saved_or_sent_while_its_file_is_being_read(api, units, outgoing):
    """The reading fills the answer: a save between would be overwritten, a send would send half of it."""
    submission = outgoing().submissions.get(unit=units["vp"])
    submission.reading_state = "pending"
    submission.uploaded_file = "bao-cao.docx"
    submission.save()
    client = api("reporter")
    assert client.get(f"/api/submissions/{submission.pk}/").json()["editable"] is False
    refused = answer(client, submission, texts={"I.1.b": "Không phát sinh."}, submit=True)
    assert refused.status_code == 400, refused.json()
    assert refused.json().get("detail") == "Máy chủ đang đọc tệp đã tải lên; vui lòng chờ đọc xong rồi lưu hoặc gửi."
    submission.refresh_from_db()
    assert (submission.status, submission.texts) == (Submission.Status.NOT_STARTED, {})
    submission.reading_state = "done"
    submission.save()
    assert answer(client, submission, texts={"I.1.b": "Không phát sinh."}, submit=True).status_code == 200
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED


def test_an_answers_figure_sent_as_text_is_read_as_the_api_writes_it_never_guessed(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    # in 01 đoàn: 1.000 lượt người in no delegation is refused as the register refuses it
    response = answer(client, submission, values={"incoming_delegations": {"groups": 1, "persons": "1000"}})
    assert response.status_code == 200, response.json()
    assert response.json()["values"]["incoming_delegations"]["persons"] == 1000
    # "1.000": 1 as the API writes a point, a thousand as an officer writes it; neither is guessed
    for sent in ("1.000", "1.5"):
        response = answer(client, submission, values={"incoming_delegations": {"persons": sent}})
        assert response.status_code == 400
    submission.refresh_from_db()
    assert submission.values["incoming_delegations"]["persons"] == 1000


def test_a_section_text_beyond_the_limit_is_refused_and_nothing_changes(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    response = answer(client, submission, texts={"I.2": "Văn phòng tham mưu. " * 2_000})
    assert response.status_code == 400 and "vượt quá giới hạn 20.000 ký tự" in str(response.json())
    submission.refresh_from_db()
    assert "Văn phòng tham mưu." not in (submission.texts or {}).get("I.2", "")


def test_a_form_body_is_refused_and_nothing_is_saved_or_sent(api, units, outgoing):
    # A form cannot carry `values` and `texts`: DRF read them as empty and saved, or sent, the answer without them.
    submission = outgoing().submissions.get(unit=units["vp"])
    client = api("reporter")
    url = f"/api/submissions/{submission.pk}/answer/"
    for kind in ("multipart", None):  # multipart/form-data, then application/x-www-form-urlencoded
        if kind:
            response = client.post(url, {"submit": "true", "texts": "Không phát sinh."}, format=kind)
        else:
            response = client.post(url, "submit=true", content_type="application/x-www-form-urlencoded")
        assert response.status_code == 415, response.content
        assert response.json() == {
            "detail": "API không nhận kiểu nội dung này: hãy gửi JSON (Content-Type: application/json)."
        }
    submission.refresh_from_db()
    assert (submission.status, submission.texts, submission.submitted_at) == ("not_started", {}, None)


def test_a_compiled_report_is_not_named_to_the_units_asked(api, units, outgoing):
    # A unit reporter cannot open a compiled report (Report.objects.readable_by, the report page's rule):
    # its id would lead to a 404.
    item = outgoing()
    compiled = create_report(units["sngv"], ReportTemplate.objects.get(code="general"), "2021-08")
    Report.objects.filter(pk=compiled.pk).update(compiled=True)
    item.report = compiled
    item.save()
    reporter = api("reporter")
    assert reporter.get(f"/api/requests/{item.pk}/").json()["report"] is None
    assert [r["report"] for r in reporter.get("/api/requests/").json()["results"]] == [None]
    assert reporter.get(f"/api/reports/{compiled.pk}/").status_code == 404
    assert api("officer").get(f"/api/requests/{item.pk}/").json()["report"] == compiled.pk
    # The unit's own answer to a request it received stays named to it.
    mine = incoming_request(units["vp"])
    own = create_report(units["vp"], ReportTemplate.objects.get(code="integration"), "2024")
    mine.report = own
    mine.save()
    assert reporter.get(f"/api/requests/{mine.pk}/").json()["report"] == own.pk


def test_options_describe_what_an_answer_takes(api, units, outgoing):
    submission = outgoing().submissions.get(unit=units["vp"])
    fields = api("reporter").options(f"/api/submissions/{submission.pk}/answer/").json()["actions"]["POST"]
    assert sorted(name for name, field in fields.items() if not field["read_only"]) == [
        "submit",
        "texts",
        "values",
        "warnings_checked",
    ]
    # A viewer reads the answer and may not write it: no POST shown, and one sent is refused saying why.
    viewer = api("viewer")
    assert "actions" not in viewer.options(f"/api/submissions/{submission.pk}/answer/").json()
    refused = viewer.post(f"/api/submissions/{submission.pk}/answer/", {"values": {}}, format="json")
    assert refused.status_code == 403 and refused.json()["detail"] == "Bạn không có quyền trả lời yêu cầu này."
