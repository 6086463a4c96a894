"""Recording an incoming request, sending an outgoing one, lists and who sees what."""

import datetime as dt

from ngoaivu.collection import compilation
from ngoaivu.collection.models import ReportRequest
from ngoaivu.core.models import Unit
from ngoaivu.reporting.models import Report, ReportTemplate

from .conftest import return_answer, send
from .test_compilation import answer

INCOMING_LETTER = "Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ"


def incoming_data(units, **extra):
    return {
        "letter": INCOMING_LETTER,
        "subject": "Báo cáo công tác đối ngoại năm 2023",
        "requested_by": "",
        "unit": units["vp"].pk,
        "template": ReportTemplate.objects.get(code="general").pk,
        "period_code": "2023",
        "deadline": "20/11/2023",
        **extra,
    }


def test_an_incoming_request_is_answered_by_a_report_citing_it(client_for, units, clock):
    clock(2023, 11, 15)
    client = client_for("reporter")
    response = client.post("/yeu-cau/tao/yeu-cau-den/", incoming_data(units))
    item = ReportRequest.objects.get()
    assert response["Location"] == f"/yeu-cau/{item.pk}/"
    assert item.direction == "incoming" and item.requested_by == "Sở Ngoại vụ"  # taken from the letter
    home = client.get("/").content.decode()
    assert "Báo cáo công tác đối ngoại năm 2023" in home and "còn 05 ngày" in home
    detail = client.get(f"/yeu-cau/{item.pk}/").content.decode()
    assert INCOMING_LETTER in detail and "Lập báo cáo trả lời" in detail and "20/11/2023" in detail
    response = client.post(f"/yeu-cau/{item.pk}/lap-bao-cao/")
    report = Report.objects.get()
    assert response["Location"] == f"/bao-cao/{report.pk}/"
    assert report.intro == (
        "Thực hiện Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ, Văn phòng UBND tỉnh báo cáo như sau:"
    )
    assert report.letter == item.letter
    item.refresh_from_db()
    assert item.report == report
    assert client.post(f"/yeu-cau/{item.pk}/lap-bao-cao/")["Location"] == f"/bao-cao/{report.pk}/"  # not twice


def test_a_reporter_records_requests_for_its_own_unit_only(client_for, units):
    client = client_for("reporter")
    response = client.post("/yeu-cau/tao/yeu-cau-den/", incoming_data(units, unit=units["sngv"].pk))
    assert response.status_code == 200 and "unit" in response.context["form"].errors
    assert client.get("/yeu-cau/tao/yeu-cau-di/").status_code == 403
    assert client_for("leader").get("/yeu-cau/tao/yeu-cau-den/").status_code == 403
    assert client_for("officer").get("/yeu-cau/tao/sideways/").status_code == 404


def test_a_bad_period_or_letter_is_explained(client_for, units):
    client = client_for("officer")
    response = client.post("/yeu-cau/tao/yeu-cau-den/", incoming_data(units, period_code="năm ngoái", letter="thư"))
    errors = response.context["form"].errors
    assert "period_code" in errors and "letter" in errors and not ReportRequest.objects.exists()


def test_outgoing_needs_recipients(client_for, units):
    client = client_for("officer")
    page = client.get("/yeu-cau/tao/yeu-cau-di/")
    assert page.status_code == 200 and "Đơn vị được đề nghị báo cáo" in page.content.decode()
    # Checkboxes grouped by kind of unit, each group with its "chọn tất cả".
    html = page.content.decode()
    assert '<select name="recipients"' not in html and html.count("data-check-all") >= 2
    assert f'<input type="checkbox" name="recipients" value="{units["vp"].pk}"' in html
    data = incoming_data(units, unit=units["sngv"].pk)
    response = client.post("/yeu-cau/tao/yeu-cau-di/", data)
    assert "recipients" in response.context["form"].errors


def test_a_reporter_asked_for_a_report_finds_the_way_to_its_answer_on_the_request(client_for, outgoing):
    item = outgoing(recipients=("vp", "dh"))
    own = item.submissions.get(unit__code="VP")
    page = client_for("reporter").get(f"/yeu-cau/{item.pk}/").content.decode()
    assert f'href="/yeu-cau/don-vi/{own.pk}/">Lập báo cáo trả lời</a>' in page
    assert "Lập báo cáo trả lời" not in client_for("officer").get(f"/yeu-cau/{item.pk}/").content.decode()


def test_lists_show_a_reporter_only_its_requests(client_for, outgoing, units):
    mine = outgoing(recipients=("vp",))
    other = outgoing(recipients=("dh",))
    client = client_for("reporter")
    page = client.get("/yeu-cau/")
    assert [r.pk for r in page.context["outgoing"]] == [mine.pk]
    assert client.get(f"/yeu-cau/{other.pk}/").status_code == 404
    detail = client.get(f"/yeu-cau/{mine.pk}/")
    assert [s.unit for s in detail.context["submissions"]] == [units["vp"]]
    assert client.get(f"/yeu-cau/{mine.pk}/tong-hop/").status_code == 404
    officer = client_for("officer").get("/yeu-cau/")
    assert len(officer.context["outgoing"]) == 2


def test_a_reporter_counts_its_own_answer_only_in_the_list(client_for, outgoing, units):
    request = outgoing()  # to the Văn phòng and the university
    request.submissions.filter(unit=units["dh"]).update(status="submitted")
    reporter = client_for("reporter").get("/yeu-cau/").context["outgoing"][0]
    assert (reporter.answered, reporter.recipients) == (0, 1)
    officer = client_for("officer").get("/yeu-cau/").context["outgoing"][0]
    assert (officer.answered, officer.recipients) == (1, 2)


def test_the_list_takes_a_fixed_number_of_queries(client_for, outgoing, django_assert_max_num_queries):
    client = client_for("officer")
    outgoing()
    with django_assert_max_num_queries(8) as few:
        client.get("/yeu-cau/")
    for _ in range(5):
        outgoing()
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/yeu-cau/")


def test_leaders_read_the_compilation_but_do_not_compile(client_for, outgoing):
    request = outgoing()
    client = client_for("leader")
    assert client.get(f"/yeu-cau/{request.pk}/tong-hop/").status_code == 200
    assert client.get(f"/yeu-cau/{request.pk}/tong-hop.xlsx").status_code == 200
    assert client.post(f"/yeu-cau/{request.pk}/bao-cao-tong-hop/").status_code == 403
    assert not Report.objects.exists()


def test_compliance_page(client_for, outgoing, clock):
    outgoing(deadline=dt.date(2021, 9, 10))
    clock(2021, 10, 1)
    page = client_for("officer").get("/yeu-cau/dung-han/")
    rows = page.context["rows"]
    assert [(r["unit"].code, r["rate"]) for r in rows] == [("DHPVD", 0), ("VP", 0)]
    # none on time is "0", as the official style writes nothing, never "00"
    assert '<td class="num">0</td><td class="num">01</td>' in page.content.decode()
    rows = client_for("reporter").get("/yeu-cau/dung-han/").context["rows"]
    assert [r["unit"].code for r in rows] == ["VP"]


def test_a_request_for_a_quarter_is_chosen_with_the_picker_and_shown_in_words(client_for, units, clock):
    clock(2023, 11, 15)
    client = client_for("reporter")
    data = incoming_data(units, period_code_kind="quarter:3", period_code_year="2023")
    del data["period_code"]
    client.post("/yeu-cau/tao/yeu-cau-den/", data)
    item = ReportRequest.objects.get()
    assert item.period_code == "2023-Q3" and item.period_label == "quý III năm 2023"
    for page in (client.get("/yeu-cau/"), client.get(f"/yeu-cau/{item.pk}/")):
        html = page.content.decode()
        assert "quý III năm 2023" in html and "2023-Q3" not in html


def test_the_days_left_are_counted_while_the_viewer_still_has_an_answer_to_send(client_for, outgoing, units):
    request = outgoing()  # deadline 10/9/2021, long past
    reporter = client_for("reporter")
    assert "quá hạn" in reporter.get(f"/yeu-cau/{request.pk}/").content.decode()
    request.submissions.filter(unit=units["vp"]).update(status="accepted")
    assert "quá hạn" not in reporter.get(f"/yeu-cau/{request.pk}/").content.decode()
    # The office still waits for the university's answer.
    assert "quá hạn" in client_for("officer").get(f"/yeu-cau/{request.pk}/").content.decode()
    page = client_for("officer").get("/yeu-cau/").content.decode()
    assert '<td class="num">1/2</td>' in page  # answered of asked, plain figures


def test_an_outgoing_request_needs_a_deadline_ahead_and_is_sent_once(client_for, units, clock):
    clock(2023, 11, 22)
    client = client_for("officer")
    data = {**incoming_data(units, unit=units["sngv"].pk), "recipients": [units["vp"].pk]}
    past = client.post("/yeu-cau/tao/yeu-cau-di/", data)  # due 20/11/2023
    assert "Hạn báo cáo đã qua (hôm nay là 22/11/2023)" in " ".join(past.context["form"].errors["deadline"])
    assert not ReportRequest.objects.exists()
    no_such_day = client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "deadline": "31/02/2024"})
    assert no_such_day.context["form"].errors["deadline"] == ["Ngày 31/02/2024 không có: tháng 2/2024 chỉ có 29 ngày."]
    no_date = client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "deadline": "4,5"})  # as every date box says it
    assert no_date.context["form"].errors["deadline"] == ["Ngày «4,5» không hợp lệ, ghi theo dạng dd/mm/yyyy."]
    sent = client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "deadline": "30/11/2023"})
    assert sent.status_code == 302 and ReportRequest.objects.count() == 1
    again = client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "deadline": "05/12/2023"})
    assert "Đã gửi yêu cầu «Báo cáo công tác đối ngoại năm 2023»" in " ".join(again.context["form"].non_field_errors())
    assert ReportRequest.objects.count() == 1
    # The year's days typed as a range are the same year's request.
    ranged = client.post(
        "/yeu-cau/tao/yeu-cau-di/", {**data, "deadline": "05/12/2023", "period_code": "2023-01-01..2023-12-31"}
    )
    assert "Đã gửi yêu cầu «Báo cáo công tác đối ngoại năm 2023»" in " ".join(ranged.context["form"].non_field_errors())
    assert ReportRequest.objects.count() == 1
    # An incoming request is recorded as it came, its deadline passed or not.
    assert client.post("/yeu-cau/tao/yeu-cau-den/", incoming_data(units, deadline="01/11/2023")).status_code == 302


def test_an_answer_sent_again_shows_its_first_sending_which_decides_lateness(client_for, outgoing, units):
    request = outgoing(deadline=dt.date(2021, 9, 10))
    answer = request.submissions.get(unit=units["vp"])
    send(answer, dt.date(2021, 9, 8))
    return_answer(answer)
    send(answer, dt.date(2021, 9, 12))  # after the deadline, yet on time: first sent on the 8th
    send(request.submissions.get(unit=units["dh"]), dt.date(2021, 9, 9))
    page = client_for("officer").get(f"/yeu-cau/{request.pk}/").content.decode()
    assert "<td>08/09/2021, gửi lại ngày 12/09/2021</td>" in page
    assert "<td>09/09/2021</td>" in page  # sent once: one date
    assert "Trễ hạn" not in page


def test_an_outgoing_request_is_not_sent_to_the_asking_unit_itself(client_for, units, clock):
    clock(2023, 11, 15)
    client = client_for("officer")
    data = {**incoming_data(units, unit=units["sngv"].pk), "recipients": [units["sngv"].pk, units["vp"].pk]}
    refused = client.post("/yeu-cau/tao/yeu-cau-di/", data)
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho chính đơn vị mình: số liệu của đơn vị đã có trong sổ theo dõi "
        "và được tổng hợp vào báo cáo."
    ]
    assert not ReportRequest.objects.exists()
    assert client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "recipients": [units["vp"].pk]}).status_code == 302


def test_an_outgoing_request_is_not_sent_to_a_unit_under_the_asking_unit(client_for, units, clock):
    # The centre's rows are in the Sở's own register, which the compiled report counts: its answer would
    # count them again.
    clock(2023, 11, 15)
    centre = Unit.objects.create(name="Trung tâm Dịch vụ đối ngoại", code="TTDVĐN", parent=units["sngv"])
    client = client_for("officer")
    data = {**incoming_data(units, unit=units["sngv"].pk), "recipients": [centre.pk, units["vp"].pk]}
    refused = client.post("/yeu-cau/tao/yeu-cau-di/", data)
    assert refused.context["form"].errors["recipients"] == [
        "Không gửi yêu cầu cho Trung tâm Dịch vụ đối ngoại: đơn vị trực thuộc Sở Ngoại vụ, số liệu của đơn vị "
        "đã có trong sổ theo dõi của Sở Ngoại vụ và được tổng hợp vào báo cáo."
    ]
    assert not ReportRequest.objects.exists()


def test_the_forms_have_vietnamese_addresses_and_the_english_ones_still_work(client_for, units, clock):
    clock(2023, 11, 15)
    client = client_for("officer")
    assert client.get("/yeu-cau/")  # the list links the new addresses
    page = client.get("/yeu-cau/").content.decode()
    assert "/yeu-cau/tao/yeu-cau-den/" in page and "/yeu-cau/tao/yeu-cau-di/" in page and "tao/outgoing" not in page
    assert client.get("/yeu-cau/tao/outgoing/")["Location"] == "/yeu-cau/tao/yeu-cau-di/"
    assert client.get("/yeu-cau/tao/incoming/")["Location"] == "/yeu-cau/tao/yeu-cau-den/"
    # a form sent to the old address is still taken, not lost in a redirect
    response = client.post("/yeu-cau/tao/incoming/", incoming_data(units))
    item = ReportRequest.objects.get()
    assert response["Location"] == f"/yeu-cau/{item.pk}/" and item.direction == "incoming"


def test_each_request_form_explains_its_own_unit_only(client_for):
    client = client_for("officer")
    outgoing = client.get("/yeu-cau/tao/yeu-cau-di/").context["form"]["unit"].help_text
    incoming = client.get("/yeu-cau/tao/yeu-cau-den/").context["form"]["unit"].help_text
    assert "tổng hợp" in outgoing and "phải báo cáo" not in outgoing.lower()
    assert "phải báo cáo" in incoming and "tổng hợp" not in incoming and "Yêu cầu đi" not in incoming


def test_the_compliance_page_counts_the_period_chosen_with_the_picker(client_for, outgoing, clock):
    outgoing(deadline=dt.date(2020, 9, 10))  # more than 12 months before today
    clock(2021, 10, 1)
    client = client_for("officer")
    default = client.get("/yeu-cau/dung-han/")
    assert default.context["rows"] == [] and 'name="period_kind"' in default.content.decode()
    page = client.get("/yeu-cau/dung-han/", {"period_kind": "year", "period_year": "2020"})
    assert [(r["unit"].code, r["total"]) for r in page.context["rows"]] == [("DHPVD", 1), ("VP", 1)]
    assert "Tỷ lệ báo cáo đúng hạn năm 2020" in page.content.decode()
    month = client.get("/yeu-cau/dung-han/", {"period_kind": "month:8", "period_year": "2020"})
    assert month.context["rows"] == []
    wrong = client.get("/yeu-cau/dung-han/", {"period_kind": "year", "period_year": "năm"})
    assert wrong.status_code == 200 and "Không đọc được năm «năm»" in wrong.content.decode()


def test_an_outgoing_request_is_offered_to_the_units_in_being_that_day_only(client_for, units, clock):
    from ngoaivu.core.models import Unit

    commune = Unit.objects.create(
        name="UBND phường Cẩm Thành",
        code="PCT",
        kind=Unit.Kind.COMMUNE,
        parent=units["committee"],
        started_on=dt.date(2025, 7, 1),
    )
    merged = Unit.objects.create(
        name="Sở Lao động - Thương binh và Xã hội",
        code="SLĐTBXH",
        parent=units["committee"],
        ended_on=dt.date(2025, 3, 1),
        is_active=False,
    )
    client = client_for("officer")

    def offered():
        return set(client.get("/yeu-cau/tao/yeu-cau-di/").context["form"].fields["recipients"].queryset)

    clock(2024, 12, 2)
    assert units["vp"] in offered() and not {commune, merged} & offered()  # the commune is not yet in being
    data = {**incoming_data(units, unit=units["sngv"].pk, deadline="20/12/2024"), "recipients": [commune.pk]}
    assert "recipients" in client.post("/yeu-cau/tao/yeu-cau-di/", data).context["form"].errors
    clock(2026, 12, 2)
    client = client_for("officer")  # signed in again: two years on, the session has expired
    assert commune in offered() and merged not in offered()


def test_a_refused_period_on_the_compliance_page_counts_no_other_period_in_its_place(client_for, outgoing, clock):
    outgoing(deadline=dt.date(2021, 9, 10))  # within the last 12 months: what the page used to show instead
    clock(2021, 10, 1)
    client = client_for("officer")
    for asked in (
        {"period_kind": "year", "period_year": "1800"},
        {"period_kind": "year", "period_year": "năm"},
        {"period": "abc"},
    ):
        page = client.get("/yeu-cau/dung-han/", asked)
        content = page.content.decode()
        assert page.status_code == 200 and page.context["rows"] is None, asked
        # the reason beside the picker, no table, no heading naming the 12 months
        assert '<span class="error">' in content and 'class="list"' not in content, asked
        assert "12 tháng qua</h1>" not in content and "Đại học Phạm Văn Đồng" not in content, asked
    assert "1800" in client.get("/yeu-cau/dung-han/", {"period_kind": "year", "period_year": "1800"}).content.decode()


def test_a_deadline_before_its_period_begins_is_refused_beside_it(client_for, units, clock):
    clock(2026, 12, 1)
    client = client_for("officer")
    data = {**incoming_data(units, unit=units["sngv"].pk, period_code="2027"), "recipients": [units["vp"].pk]}
    early = client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "deadline": "15/12/2026"})
    assert early.context["form"].errors["deadline"] == [
        "Hạn báo cáo không được trước ngày bắt đầu kỳ báo cáo năm 2027 (01/01/2027)."
    ]
    assert '<div class="error" id="id_deadline_error">Hạn báo cáo không được trước' in early.content.decode()
    assert not ReportRequest.objects.exists()
    # Before the period's end stays allowed: a year's report is asked for in its December.
    this_year = client.post("/yeu-cau/tao/yeu-cau-di/", {**data, "period_code": "2026", "deadline": "15/12/2026"})
    assert this_year.status_code == 302 and ReportRequest.objects.count() == 1
    incoming = client_for("reporter").post("/yeu-cau/tao/yeu-cau-den/", incoming_data(units, period_code="2027"))
    assert incoming.context["form"].errors["deadline"][0].startswith("Hạn báo cáo không được trước ngày bắt đầu")


def test_the_office_adds_a_unit_it_forgot_to_the_request_it_sent(client_for, outgoing, units, clock):
    from ngoaivu.collection.models import Submission
    from ngoaivu.collection.reminders import due

    clock(2021, 9, 1)
    item = outgoing(recipients=("vp",))
    centre = Unit.objects.create(name="Trung tâm Hội nghị tỉnh", code="TTHN", parent=units["vp"])
    client = client_for("officer")
    page = client.get(f"/yeu-cau/{item.pk}/").content.decode()
    assert "Thêm đơn vị" in page
    assert f'name="recipients" value="{units["dh"].pk}"' in page
    assert f'name="recipients" value="{units["vp"].pk}"' not in page  # asked already
    # A unit whose rows the Văn phòng's answer counts already: refused beside the field, nothing added.
    refused = client.post(f"/yeu-cau/{item.pk}/them-don-vi/", {"recipients": [centre.pk]})
    assert refused.status_code == 200
    assert (
        refused.context["add_form"]
        .errors["recipients"][0]
        .startswith("Không gửi yêu cầu cho cả Văn phòng UBND tỉnh và Trung tâm Hội nghị tỉnh")
    )
    assert item.submissions.count() == 1
    added = client.post(f"/yeu-cau/{item.pk}/them-don-vi/", {"recipients": [units["dh"].pk]})
    assert added["Location"] == f"/yeu-cau/{item.pk}/"
    answer = item.submissions.get(unit=units["dh"])
    assert answer.status == Submission.Status.NOT_STARTED
    # Reminded as the units first asked.
    assert {s.unit for s, kind, _left in due(dt.date(2021, 9, 7))} == {units["vp"], units["dh"]}
    # Only the office adds units: not a unit's reporter, nor a reader.
    assert "Thêm đơn vị" not in client_for("reporter").get(f"/yeu-cau/{item.pk}/").content.decode()
    assert (
        client_for("reporter").post(f"/yeu-cau/{item.pk}/them-don-vi/", {"recipients": [centre.pk]}).status_code == 403
    )
    assert client_for("viewer").post(f"/yeu-cau/{item.pk}/them-don-vi/", {"recipients": [centre.pk]}).status_code == 403
    assert item.submissions.count() == 2


def test_the_compiled_report_is_linked_for_whoever_may_open_it_only(client_for, outgoing, units, users):
    request = outgoing(recipients=("vp", "dh"))
    answer(request, units["vp"], "accepted", {"conferences": {"count": 2}})
    report = compilation.compile_report(request, users["officer"])
    link = f'href="/bao-cao/{report.pk}/"'
    assert link in client_for("officer").get(f"/yeu-cau/{request.pk}/").content.decode()
    # The Văn phòng was asked for its answer; the Sở's compiled report is not its to open.
    assert client_for("reporter").get(f"/bao-cao/{report.pk}/").status_code == 404
    assert link not in client_for("reporter").get(f"/yeu-cau/{request.pk}/").content.decode()
