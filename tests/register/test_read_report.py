"""A unit's report is read in and set against the register: rows it lacks are offered, created
only when the officer saves each; totals are compared, never offered as one row."""

import io
from urllib.parse import parse_qs, urlsplit

from django.utils.html import escape

from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.register.intake import _unplaced
from ngoaivu.register.models import IncomingDelegation, OutgoingDelegation, ReportReading

from tests.seeds import SEEDS


def upload(client, content, name="bao-cao.txt", **data):
    handle = io.BytesIO(content)
    handle.name = name
    return client.post("/so-theo-doi/doc-bao-cao/", {"file": handle, **data}, follow=True)


def seed_001():
    return (SEEDS / "001_e5fcdc9426d3d423.txt").read_bytes()


def report(issuer, code, period, *lines):
    """A short report as units write them: header, number, title, then the sentences given."""
    body = "\n".join(f"- {line}" for line in lines)
    return (
        f"UBND TỈNH QUẢNG NGÃI\n{issuer}\nSố: 15/BC-{code}\nQuảng Ngãi, ngày 05 tháng 9 năm 2021\n\n"
        f"BÁO CÁO\nCông tác đối ngoại {period}\n\nI. KẾT QUẢ CÔNG TÁC ĐỐI NGOẠI\n1. Công tác lễ tân, đoàn vào\n"
        f"{body}\n"
    ).encode()


ONE_GROUP = "Trong tháng, Sở đón 01 đoàn với 03 lượt người nước ngoài đến làm việc tại tỉnh."


def by_indicator(response):
    return {p["indicator"]: p for p in response.context["proposals"]}


def test_figures_are_set_against_the_register_and_nothing_is_saved(client_for, units):
    response = upload(client_for("officer"), seed_001())
    assert response.status_code == 200
    reading = response.context["reading"]
    assert reading["unit"] == units["sngv"] and reading["period"] == "6 tháng đầu năm 2021"
    labels = [p["label"] for p in response.context["proposals"]]
    assert "Tạo 03 bản ghi khoản viện trợ" in labels and "Tạo 04 bản ghi tàu cá bị ngăn cản, lấy tài sản" in labels
    assert "Tạo 01 bản ghi cuộc tiếp xã giao" in labels
    # "17 đoàn với 35 lượt người" is the half year's total: compared, never one row of 17 groups.
    incoming = by_indicator(response)["incoming_delegations"]
    assert incoming["kind"] == "total" and incoming["status"] == "new"
    assert incoming["comparison"] == "Sổ theo dõi: chưa có — báo cáo: 17 đoàn, 35 lượt người"
    assert incoming["label"] == "Tạo 17 bản ghi đoàn vào" and incoming["too_many"]
    assert all("groups" not in parse_qs(urlsplit(url).query) for url in incoming["rows"])
    # Students are counted in persons, not rows: compared only.
    students = [p for p in response.context["proposals"] if p["indicator"] == "foreign_student_arrivals"]
    assert students and all(p["label"] is None and p["kind"] == "total" for p in students)
    page = response.content.decode()
    for proposal in response.context["proposals"]:  # each shows the sentence it was read from
        assert proposal["text"] and escape(proposal["text"]) in page
    assert not IncomingDelegation.objects.exists()


def test_one_new_row_is_prefilled_and_once_saved_is_not_offered_again(client_for, units):
    client = client_for("officer")
    content = report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP)
    incoming = by_indicator(upload(client, content))["incoming_delegations"]
    assert (incoming["status"], incoming["kind"], incoming["label"]) == ("new", "row", "Tạo 01 bản ghi đoàn vào")
    url = incoming["rows"][0]
    query = parse_qs(urlsplit(url).query)
    assert query["groups"] == ["1"] and query["person_visits"] == ["3"] and query["start_date"] == ["01/03/2021"]
    assert query["unit"] == [str(units["sngv"].pk)] and ONE_GROUP in query["notes"][0]
    assert query["notes"][0].endswith("Báo cáo không nêu ngày: ghi tạm ngày đầu kỳ báo cáo, cần sửa theo ngày thực tế.")
    # The officer opens the prefilled form, completes the country and saves: one row, by choice.
    form = client.get(url).context["form"]
    assert form.initial["person_visits"] == 3  # read as the field reads it, shown "3"
    data = {**{k: v[0] for k, v in query.items()}, "country": "LA", "host_level": "agency", "purpose": "work"}
    assert client.post(urlsplit(url).path, data).status_code == 302
    row = IncomingDelegation.objects.get()
    assert (row.groups, row.person_visits) == (1, 3)
    # Read again, the same report finds its row: nothing to create twice.
    again = upload(client, content)
    incoming = by_indicator(again)["incoming_delegations"]
    assert incoming["status"] == "present" and incoming["rows"] == [] and incoming["label"] is None
    assert incoming["message"] == "Đã có trong sổ theo dõi: 01 đoàn, 03 lượt người."
    assert "/so-theo-doi/doan-vao/them/" not in again.content.decode()


def test_a_row_is_dated_as_its_sentence_tells_not_by_the_day_of_a_document_it_cites(client_for, units):
    sentence = (
        "Trong tháng, Sở đón 01 đoàn với 03 lượt người Nhật Bản đến làm việc từ ngày 15/3/2021 đến ngày "
        "17/3/2021 theo Công văn số 45/UBND-NC ngày 02/3/2021 của UBND tỉnh."
    )
    incoming = by_indicator(upload(client_for("officer"), report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", sentence)))
    query = parse_qs(urlsplit(incoming["incoming_delegations"]["rows"][0]).query)
    assert (query["start_date"], query["end_date"]) == (["15/03/2021"], ["17/03/2021"])
    assert "ghi tạm ngày đầu kỳ" not in query["notes"][0] and query["country"] == ["JP"]


def test_a_delegation_out_is_offered_with_every_country_and_the_decision_its_sentence_names(client_for, units):
    client = client_for("officer")
    sentence = (
        "Trong tháng, Sở cử 01 đoàn ra với 03 người đi Hàn Quốc và Nhật Bản từ ngày 20/3/2021 đến ngày 25/3/2021 "
        "theo Quyết định số 123/QĐ-UBND ngày 15/3/2021 của UBND tỉnh."
    )
    outgoing = by_indicator(upload(client, report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", sentence)))
    url = outgoing["outgoing_delegations"]["rows"][0]
    query = parse_qs(urlsplit(url).query)
    assert query["countries"] == ["KR", "JP"]
    assert query["dispatch_decision"] == ["Quyết định số 123/QĐ-UBND ngày 15/3/2021 của UBND tỉnh"]
    form = client.get(url).context["form"]
    assert form.initial["countries"] == ["KR", "JP"] and form.initial["start_date"] == "20/03/2021"
    # the officer answers what the report does not say, and saves the row with the document it cites
    data = {**{k: v if k == "countries" else v[0] for k, v in query.items()}, "in_annual_plan": "True"}
    assert client.post(urlsplit(url).path, {**data, "nature": "official"}).status_code == 302
    assert OutgoingDelegation.objects.get().dispatch_decision.number == "123/QĐ-UBND"


def test_an_unknown_issuer_is_compared_only_with_the_unit_the_officer_chooses(client_for, units, incoming):
    incoming(start_date="2021-03-10", person_visits=3)
    content = report("SỞ DU LỊCH", "SDL", "tháng 3/2021", ONE_GROUP)
    client = client_for("officer")
    response = upload(client, content)
    assert response.context["reading"]["unit"] is None and "chọn đơn vị" in response.context["reading"]["notice"]
    assert 'name="unit"' in response.content.decode()  # the officer may choose the unit
    proposal = by_indicator(response)["incoming_delegations"]
    assert proposal["status"] == "unchecked" and proposal["rows"] == [] and proposal["label"] is None
    # not compared yet, the figure read is shown all the same
    assert proposal["message"] == "Báo cáo ghi 01 đoàn, 03 lượt người; chưa đối chiếu được với sổ theo dõi."
    assert escape(proposal["message"]) in response.content.decode()
    chosen = by_indicator(upload(client, content, unit=units["sngv"].pk))["incoming_delegations"]
    assert chosen["status"] == "present"


def test_a_reporter_compares_with_their_own_unit_only(client_for, units, incoming):
    incoming(start_date="2021-03-10", person_visits=3)  # the Sở's row
    client = client_for("reporter")  # of the Văn phòng
    # The Sở's report: not the reporter's to compare, even when they name the Sở.
    for extra in ({}, {"unit": units["sngv"].pk}):
        response = upload(client, report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP), **extra)
        assert response.context["reading"]["unit"] is None
        assert "đơn vị mình" in response.context["reading"]["notice"]
        assert all(p["status"] == "unchecked" and not p["rows"] for p in response.context["proposals"])
        assert "Sổ theo dõi: 01 đoàn" not in response.content.decode()
        assert 'name="unit"' not in response.content.decode()  # no unit to choose but their own
    # Their own report is set against the Văn phòng's rows, which do not hold the Sở's delegation.
    own = upload(client, report("VĂN PHÒNG UBND TỈNH", "VP", "tháng 3/2021", ONE_GROUP), unit=units["sngv"].pk)
    assert own.context["reading"]["unit"] == units["vp"]
    assert by_indicator(own)["incoming_delegations"]["status"] == "new"
    incoming(unit="vp", start_date="2021-03-20", person_visits=3)
    own = upload(client, report("VĂN PHÒNG UBND TỈNH", "VP", "tháng 3/2021", ONE_GROUP))
    assert by_indicator(own)["incoming_delegations"]["status"] == "present"


def test_a_file_that_cannot_be_read_says_why(client_for):
    response = upload(client_for("officer"), b"PK\x03\x04 not really a document", name="bao-cao.docx")
    assert response.status_code == 200
    assert response.context["error"] and "\n" not in response.context["error"]


def test_leaders_and_viewers_do_not_create_rows(client_for):
    assert client_for("viewer").get("/so-theo-doi/doc-bao-cao/").status_code == 403


def test_what_to_look_at_again_is_listed_with_the_reading(client_for, units):
    content = report(
        "SỞ NGOẠI VỤ",
        "SNgV",
        "tháng 8 năm 2021",
        "Thực hiện Quyết định số 45/2006/QĐ-TTg ngày 28/02/2007 của Thủ tướng Chính phủ, Sở đón 01 đoàn với 03 lượt "
        "người nước ngoài đến làm việc tại tỉnh.",
    )
    response = upload(client_for("officer"), content)
    page = response.content.decode()
    assert "Cần xem lại" in page
    assert escape("Số hiệu «45/2006/QĐ-TTg» mang năm 2006 nhưng ngày ban hành ghi 28/02/2007.") in page
    # the cited document with its date as reports write it
    assert escape("Quyết định 45/2006/QĐ-TTg (28/02/2007) – Thủ tướng Chính phủ") in page


def test_figures_no_indicator_took_are_shown_not_dropped(client_for, units):
    """A count the reader could place under no indicator is listed with its sentence, to be judged
    by the officer: neither guessed into a register figure nor lost."""
    content = report(
        "SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP, "Hải Phòng có 3.500 người, Lâm Đồng có 900 người."
    )
    response = upload(client_for("officer"), content)
    [item] = response.context["unplaced"]
    assert item["text"] == "Hải Phòng có 3.500 người, Lâm Đồng có 900 người."
    assert [figure["words"] for figure in item["figures"]] == ["3.500 người", "900 người"]
    page = response.content.decode()
    assert "Số liệu chưa xếp được vào chỉ tiêu" in page
    assert "<strong>3.500 người</strong>" in page and "«Hải Phòng có 3.500 người" in page
    # the group read and compared is not listed again
    assert [p["indicator"] for p in response.context["proposals"]] == ["incoming_delegations"]


def test_an_unplaced_figure_links_to_the_forms_of_the_indicators_suggested(client_for, units):
    """Each unplaced figure names the indicators it most likely counts (reading/suggestions.py); one the
    register keeps in rows links to its form, prefilled with the report's unit, period and sentence."""
    sentence = "Trong tháng, các sở, ngành đã tiếp 12 người của tổ chức JICA đến khảo sát dự án."
    content = report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP, sentence)
    response = upload(client_for("officer"), content)
    [figure] = [f for item in response.context["unplaced"] for f in item["figures"]]
    assert figure["words"] == "12 người" and len(figure["choices"]) == 3
    linked = [choice for choice in figure["choices"] if choice["url"]]
    assert linked, figure["choices"]
    url = urlsplit(linked[0]["url"])
    assert url.path.startswith("/so-theo-doi/") and url.path.endswith("/them/")
    initial = parse_qs(url.query)
    assert initial["unit"] == [str(units["sngv"].pk)] and sentence in initial["notes"][0]
    page = response.content.decode()
    assert "có thể là" in page and escape(linked[0]["url"]) in page
    # the group read and compared is not listed again
    assert [p["indicator"] for p in response.context["proposals"]] == ["incoming_delegations"]


def test_a_suggested_indicator_kept_in_rows_links_to_its_form_filled_with_the_figure():
    item = {
        "text": "- Trong tháng có 3 tàu, 12 người.",
        "figures": ["3 tàu", "12 người"],
        "suggested": [
            [{"indicator": "boats_detained", "boats": 3}, {"indicator": "staff", "count": 3}],
            [{"indicator": "outgoing_delegations", "persons": 12}],
        ],
    }
    source = {"title": "Báo cáo tháng 3", "text": "Sở Ngoại vụ – Báo cáo tháng 3"}
    boats, persons = _unplaced(item, None, None, source)["figures"]
    detained, staff = boats["choices"]
    assert detained["name"] == BY_CODE["boats_detained"].name
    assert urlsplit(detained["url"]).path == "/so-theo-doi/ngu-dan/them/"
    initial = parse_qs(urlsplit(detained["url"]).query)
    assert initial["kind"] == ["detained"]  # what every row of it has
    assert "boats" not in initial  # 3 boats are three rows, not a field of one
    assert staff == {"name": BY_CODE["staff"].name, "url": None}  # no rows to create: named, not linked
    [outgoing] = persons["choices"]
    assert parse_qs(urlsplit(outgoing["url"]).query)["persons"] == ["12"]  # the persons of one delegation
    # a reading stored before suggestions lists its figures alone
    old = _unplaced({"text": "Bắt giữ 3 tàu.", "figures": ["3 tàu"]}, None, None, source)
    assert old == {"text": "Bắt giữ 3 tàu.", "figures": [{"words": "3 tàu", "choices": [], "teach": None}]}


def test_an_administrator_is_offered_to_teach_the_words_after_an_unplaced_figure(client_for, units):
    """The words after a figure no indicator took go to a new reading phrase's form, for the
    administrator to check and save (core.ReadingPhrase); an officer is not offered it."""
    sentence = "Trong tháng, tỉnh đón 25 người nước ngoài đến làm việc, khảo sát."
    content = report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP, sentence)
    response = upload(client_for("admin"), content)
    first_reading = response.context["reading_job"]
    [figure] = [f for item in response.context["unplaced"] for f in item["figures"]]
    assert escape(figure["teach"]) in response.content.decode()
    url = urlsplit(figure["teach"])
    assert url.path == "/quan-tri/core/readingphrase/add/"
    initial = parse_qs(url.query)
    assert initial["phrase"] == ["nước ngoài đến làm việc"]
    # the first indicator suggested (one that takes phrases)
    assert BY_CODE[initial["indicator"][0]].name == figure["choices"][0]["name"]
    form = client_for("admin").get(figure["teach"]).content.decode()
    assert 'value="nước ngoài đến làm việc"' in form
    response = upload(client_for("officer"), content)
    [officer_figure] = [f for item in response.context["unplaced"] for f in item["figures"]]
    assert officer_figure["teach"] is None and "dạy cách đọc" not in response.content.decode()
    saved = client_for("admin").post(
        figure["teach"], {"indicator": "incoming_delegations", "phrase": initial["phrase"][0]}
    )
    assert saved.status_code == 302
    # read again, the 25 people are placed and no longer listed
    again = client_for("admin").post(f"/so-theo-doi/doc-bao-cao/{first_reading.pk}/doc-lai/", follow=True)
    assert again.context["unplaced"] == []
    assert [p["text"] for p in again.context["proposals"]][-1] == sentence


def test_a_reading_is_read_again_as_a_new_reading_of_the_same_file(client_for, units, users):
    content = report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP)
    first = upload(client_for("officer"), content, name="thang-3.txt").context["reading_job"]
    assert client_for("officer").get(f"/so-theo-doi/doc-bao-cao/{first.pk}/doc-lai/").status_code == 405
    # another user's reading is no one else's to read again
    assert client_for("leader").post(f"/so-theo-doi/doc-bao-cao/{first.pk}/doc-lai/").status_code == 403
    assert client_for("admin").post(f"/so-theo-doi/doc-bao-cao/{first.pk}/doc-lai/").status_code == 404
    response = client_for("officer").post(f"/so-theo-doi/doc-bao-cao/{first.pk}/doc-lai/", follow=True)
    again = response.context["reading_job"]
    assert again.pk != first.pk and again.file_name == "thang-3.txt" and again.unit_id == first.unit_id
    assert [p["indicator"] for p in response.context["proposals"]] == ["incoming_delegations"]
    assert "Đọc lại" in response.content.decode()


def test_a_course_row_is_prefilled_with_its_participants(client_for, units):
    body = "Trong tháng, Sở tổ chức 01 lớp tập huấn kiến thức hội nhập quốc tế cho 85 đại biểu là cán bộ các sở, ngành."
    course = by_indicator(upload(client_for("officer"), report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", body)))[
        "training_courses"
    ]
    assert course["status"] == "new" and len(course["rows"]) == 1
    query = parse_qs(urlsplit(course["rows"][0]).query)
    assert query["participants"] == ["85"] and query["kind"] == ["training"]


def test_a_figure_the_register_lacks_is_said_one_way_row_or_total(client_for, units):
    body = (
        "Trong tháng, Sở tổ chức 01 lớp tập huấn kiến thức hội nhập quốc tế cho 85 đại biểu.\n"
        "Trong tháng, tiếp nhận 02 khoản viện trợ của các tổ chức phi chính phủ nước ngoài."
    )
    response = upload(client_for("officer"), report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", body))
    found = by_indicator(response)
    aid, course = found["aid"], found["training_courses"]
    assert aid["comparison"].startswith("Sổ theo dõi: chưa có")
    assert aid["message"] == course["message"] == "Sổ theo dõi chưa có bản ghi này."
    # nothing held is nothing that differs: no «Chênh lệch», nothing highlighted
    page = response.content.decode()
    assert "Chênh lệch" not in page and "<mark>" not in page
    # and the summary counts both as the register lacking them, as each item says
    assert (aid["status"], course["status"]) == ("new", "new") and not aid["conflict"]
    assert "khác với sổ theo dõi: 0; bản ghi sổ theo dõi chưa có: 2." in page


def test_readings_are_kept_and_listed_with_their_dates(client_for, units):
    from datetime import timedelta

    from django.utils import timezone

    from ngoaivu.register.models import ReportReading
    from ngoaivu.register.tasks import KEEP_DAYS

    client = client_for("officer")
    content = report("SỞ NGOẠI VỤ", "SNgV", "tháng 3/2021", ONE_GROUP)
    first = upload(client, content).context["reading_job"]
    for _ in range(6):
        upload(client, content)
        # a failed reading counts for nothing
        ReportReading.objects.create(user=first.user, file_name="hong.docx", state=ReportReading.State.FAILED)
    # the first reading is still there, an officer may be creating rows from it
    assert client.get(f"/so-theo-doi/doc-bao-cao/{first.pk}/").status_code == 200
    page = client.get("/so-theo-doi/doc-bao-cao/")
    listed = page.context["earlier"]
    assert first.pk in [r.pk for r in listed]
    when = timezone.localtime(first.created_at)
    assert f"{first.file_name}</a> · {when:%d/%m/%Y %H:%M} ·" in page.content.decode()
    assert f"ít nhất {KEEP_DAYS} ngày" in page.content.decode()
    # only readings older than the kept days, beyond the latest, go
    ReportReading.objects.filter(pk=first.pk).update(created_at=timezone.now() - timedelta(days=KEEP_DAYS + 1))
    ReportReading.objects.exclude(pk=first.pk).filter(state="done").delete()
    upload(client, content)
    assert ReportReading.objects.filter(pk=first.pk).exists()  # still among the latest kept


def test_plain_text_named_docx_is_refused_beside_the_field_and_nothing_is_read(client_for):
    response = upload(client_for("officer"), "Trong tháng, đón 02 đoàn khách nước ngoài.".encode(), name="bao-cao.docx")
    assert response.status_code == 200
    assert response.context["error"] == "Nội dung tệp không phải là Word (.docx), dù tên tệp là «bao-cao.docx»."
    assert not ReportReading.objects.exists()


def test_a_text_that_names_no_kind_nor_title_is_headed_so(client_for):
    response = upload(client_for("officer"), "Trong tháng, đón 04 đoàn vào với 12 lượt người.".encode())
    assert response.context["heading"] == "Văn bản không ghi loại và trích yếu"
    assert "None" not in response.content.decode()
    assert response.context["byline"] == ""
    named = upload(client_for("officer"), report("SỞ NGOẠI VỤ", "SNgV", "tháng 8/2021", ONE_GROUP))
    assert named.context["heading"] == "BÁO CÁO: Công tác đối ngoại tháng 8/2021"
    assert named.context["byline"].startswith("SỞ NGOẠI VỤ · Số 15/BC-SNgV")  # as the header writes them
