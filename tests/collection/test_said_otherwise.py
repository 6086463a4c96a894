"""A unit's text that says otherwise of a figure it sends: «không có …» beside a figure above 0, or another
number. The unit is asked before sending; sent all the same, the office sees it on the compilation page."""

from ngoaivu.collection.models import Submission

AID = "v__aid__count"
MORE = "Trong tháng, Trường tiếp nhận 03 khoản viện trợ."
NONE = "Trong tháng, Trường không tổ chức lớp tập huấn nào."


def form_data(page, **changes):
    form = page.context["form"]
    data = {name: (field.initial if field.initial is not None else "") for name, field in form.fields.items()}
    return data | changes


def section_of(page, number):
    """The text field of the section the form labels «I.5 …» (number "I.5")."""
    form = page.context["form"]
    return next(name for name in form.section_rows if form.fields[name].label.startswith(f"{number} "))


def typed(page):
    return {
        AID: "2",
        "v__aid__value": "1000000",
        "v__training_courses__count": "2",
        "v__training_courses__participants": "40",
        section_of(page, "I.4"): MORE,
        section_of(page, "I.2"): NONE,
    }


def test_a_number_in_the_text_other_than_the_figure_is_asked_about_before_sending(client_for, outgoing, units):
    submission = outgoing().submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    only_number = {AID: "2", "v__aid__value": "1000000", section_of(page, "I.4"): MORE}
    warned = client.post(url, form_data(page, **only_number, submit="1"))
    form = warned.context["form"]
    assert form.warnings == {
        AID: "Mục I.4 ghi «Trong tháng, Trường tiếp nhận 03 khoản viện trợ.» nhưng số liệu là 02 khoản viện trợ: kiểm "
        "tra lại số liệu hoặc nội dung mục trước khi gửi."
    }
    html = warned.content.decode()
    assert 'id="id_v__aid__count_warning"' in html
    # The heading says the step the person took: sending, not saving.
    assert "<h2>Một số nội dung cần kiểm tra lại trước khi gửi báo cáo, xem các ô được đánh dấu.</h2>" in html
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NOT_STARTED  # asked, not sent
    # The text and the figure agreeing, nothing is asked.
    agreed = client.post(url, form_data(page, **(only_number | {AID: "3"}), submit="1"))
    assert agreed.status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED and submission.values["aid"]["count"] == 3


def test_a_confirmed_answer_saying_otherwise_is_listed_on_the_compilation_page(client_for, outgoing, units):
    request = outgoing()
    submission = request.submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    warned = client.post(url, form_data(page, **typed(page), submit="1"))
    form = warned.context["form"]
    assert sorted(form.warnings) == [AID, "v__training_courses__count"]
    assert form.warnings["v__training_courses__count"].startswith(f"Mục I.2 ghi «{NONE}» nhưng số liệu là 02 lớp:")
    checked = {"warnings_checked": "1", "warnings_seen": form.warnings_seal}
    client.post(url, form_data(page, **typed(page), **checked, submit="1"))
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED
    officer = client_for("officer")
    officer.post(f"/yeu-cau/don-vi/{submission.pk}/accept/")
    page = officer.get(f"/yeu-cau/{request.pk}/tong-hop/")
    listed = [
        (c["section"], c["sentence"], c["indicator"], c["stated"], c["accepted"])
        for c in page.context["contradictions"]
    ]
    assert listed == [
        ("I.2", NONE, "Lớp tập huấn về hội nhập quốc tế", "không có", "02"),
        ("I.4", MORE, "Viện trợ PCPNN được phê duyệt", "03", "02"),
    ]
    html = page.content.decode()
    assert f"<td>I.2</td><td>«{NONE}»</td>" in html and f"<td>I.4</td><td>«{MORE}»</td>" in html


def test_a_year_to_date_in_the_text_other_than_the_register_with_the_typed_period_is_asked_about(
    client_for, outgoing, units
):
    from datetime import date

    from ngoaivu.register.models import OutgoingDelegation

    # The register's May delegation and the quarter's 01 đoàn typed: 02 đoàn, 07 lượt người in 9 months.
    OutgoingDelegation.objects.create(
        unit=units["dh"], title="Trao đổi giảng viên", persons=3, countries=["LA"], start_date=date(2021, 5, 4)
    )
    submission = outgoing(period="2021-Q3").submissions.get(unit=units["dh"])
    client = client_for("other_reporter")
    url = f"/yeu-cau/don-vi/{submission.pk}/"
    page = client.get(url)
    said = "Tính chung 9 tháng, Trường cử 03 đoàn với 07 lượt người đi công tác nước ngoài."
    typed = {
        "v__outgoing_delegations__groups": "1",
        "v__outgoing_delegations__persons": "4",
        section_of(page, "I.1.a"): f"Trong quý, Trường cử 01 đoàn với 04 lượt người đi công tác nước ngoài. {said}",
    }
    warned = client.post(url, form_data(page, **typed, submit="1"))
    assert warned.context["form"].warnings == {
        "v__outgoing_delegations__groups": f"Mục I.1.a ghi «{said}» nhưng số liệu tính chung 9 tháng là 02 đoàn: "
        "kiểm tra lại số liệu hoặc nội dung mục trước khi gửi."
    }
    submission.refresh_from_db()
    assert submission.status == Submission.Status.NOT_STARTED  # asked, not sent
    # The year to date as the register and the typed quarter give it: nothing is asked.
    agreed = typed | {section_of(page, "I.1.a"): typed[section_of(page, "I.1.a")].replace("03 đoàn", "02 đoàn")}
    assert client.post(url, form_data(page, **agreed, submit="1")).status_code == 302
    submission.refresh_from_db()
    assert submission.status == Submission.Status.SUBMITTED


def test_a_sentence_of_another_period_is_not_compared_with_the_figure(db):
    from ngoaivu.collection.contradictions import said_otherwise
    from ngoaivu.pure.periods import Period

    # April 2026, Đoàn vào 02 đoàn, 07 lượt người: last year's, a whole year's and another month's or
    # quarter's figures are no figures of April, nor of its year to date; April's own still is.
    values = {"incoming_delegations": {"groups": 2, "persons": 7}}
    april = Period("month", 2026, 4)
    others = [
        "Cùng kỳ năm 2025, Trường đón 05 đoàn.",
        "Cùng kỳ năm trước, Trường đón 05 đoàn.",
        "Năm 2025, Trường đón 07 đoàn.",
        "Trong tháng 3/2026, Trường đã đón 01 đoàn với 14 lượt người.",
        "Trong quý I/2026, Trường đón 04 đoàn.",
    ]
    for said in others:
        assert said_otherwise({"s": said}, values, april) == [], said
    # Its comparison in brackets and a comparison after its figure leave April's figure compared.
    for said in [
        "Trong tháng 4/2026, Trường đón 03 đoàn.",
        "Trong tháng, Trường đón 03 đoàn, tăng 01 đoàn so với cùng kỳ năm 2025.",
        "Trong tháng, Trường đón 03 đoàn (cùng kỳ năm 2025: 05 đoàn).",
    ]:
        found = said_otherwise({"s": said}, values, april)
        assert [(f["window"], f["stated"], f["expected"]) for f in found] == [("period", 3, 2)], said


def test_a_year_to_date_said_after_a_colon_is_compared_with_the_register_and_the_answer(incoming, units):
    from datetime import date

    from ngoaivu.collection.contradictions import said_otherwise
    from ngoaivu.pure.periods import Period

    # March's delegation of 14 in the register and April's 02 đoàn, 07 lượt người typed: 03 đoàn, 21 lượt
    # người to date; «Lũy kế từ đầu năm: 06 đoàn, 30 lượt người.» names no kind but the sentence's before it.
    incoming(unit="dh", start_date=date(2026, 3, 10), person_visits=14)
    values = {"incoming_delegations": {"groups": 2, "persons": 7}}
    texts = {"s": "Trong tháng, Trường đón 02 đoàn với 07 lượt người. Lũy kế từ đầu năm: 06 đoàn, 30 lượt người."}
    found = said_otherwise(texts, values, Period("month", 2026, 4), unit=units["dh"])
    assert [(f["window"], f["measure"].name, f["stated"], f["expected"]) for f in found] == [
        ("ytd", "groups", 6, 3),
        ("ytd", "persons", 30, 21),
    ]
    assert found[0]["sentence"] == "Lũy kế từ đầu năm: 06 đoàn, 30 lượt người."


def test_a_count_written_in_words_is_compared_with_the_figure(db):
    from ngoaivu.collection.contradictions import said_otherwise
    from ngoaivu.pure.periods import Period

    # The reader's count words (reading/mentions.py), as a unit may type them: «năm đoàn» is 05 đoàn.
    values = {"incoming_delegations": {"groups": 3, "persons": 7}}
    april = Period("month", 2026, 4)
    for said, stated in [("Trong tháng, Trường đón năm đoàn.", 5), ("Trong tháng, Trường đón hai đoàn.", 2)]:
        found = said_otherwise({"s": said}, values, april)
        assert [(f["window"], f["measure"].name, f["stated"], f["expected"]) for f in found] == [
            ("period", "groups", stated, 3)
        ], said
    assert said_otherwise({"s": "Trong tháng, Trường đón ba đoàn."}, values, april) == []


def test_a_figure_the_upload_and_the_text_both_say_otherwise_of_is_asked_about_with_both(db):
    from ngoaivu.collection.contradictions import answer_warnings
    from ngoaivu.pure.periods import Period

    figure = ("incoming_delegations", "groups")
    values = {"incoming_delegations": {"groups": 3, "persons": 7}}
    texts = {"s": "Trong tháng, Trường đón 05 đoàn."}
    found = answer_warnings(texts, values, Period("month", 2026, 4), {figure: 4}, {"s": "I.1"}, {figure: "đoàn"})
    assert found == {
        figure: "Mục I.1 ghi «Trong tháng, Trường đón 05 đoàn.» nhưng số liệu là 03 đoàn: kiểm tra lại số liệu hoặc "
        "nội dung mục trước khi gửi. Báo cáo tải lên ghi 04, số liệu gửi là 03: bấm «Dùng số này» hoặc kiểm tra lại."
    }


def test_a_text_is_read_once_and_again_when_an_administrator_adds_words():
    """The readings of an answer's texts are kept (the form, the compilation table and its shortfalls read the
    same texts), each under the words it was read with: a word taught since is read."""
    from ngoaivu.collection.contradictions import texts_statements
    from ngoaivu.pure.period_parsing import parse

    texts = {"I.1.b": "Trong tháng, Trường tiếp 04 đoàn giao lưu hữu nghị."}
    august, codes = parse("2021-08"), {"incoming_delegations"}
    assert texts_statements(texts, codes, august, phrases={}) == {}
    taught = {"incoming_delegations": ["giao lưu hữu nghị"]}
    for _again in range(2):
        found = texts_statements(texts, codes, august, phrases=taught)
        assert {(window, code, measure.name): said for (window, code, measure), said in found.items()} == {
            ("period", "incoming_delegations", "groups"): [("I.1.b", 4, texts["I.1.b"])]
        }
    assert texts_statements(texts, codes, august, phrases={}) == {}
