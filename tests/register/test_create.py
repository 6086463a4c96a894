"""Creating records: the model's rules shown beside the field, in Vietnamese; nothing half-saved."""

from datetime import date

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.register.models import AbtcApplication, IncomingDelegation, OutgoingDelegation

URL = "/so-theo-doi/doan-vao/them/"


def form_data(units, **overrides):
    data = {
        "title": "Đoàn Đại sứ quán Lào",
        "organisation": "",
        "country": "LA",
        "host_level": "provincial",
        "purpose": "work",
        "start_date": "12/3/2021",
        "end_date": "13/03/2021",
        "groups": "1",
        "person_visits": "5",
        "content": "",
        "unit": units["sngv"].pk,
        "notes": "",
    }
    data.update(overrides)
    return data


def test_a_valid_delegation_is_saved_with_its_author(client_for, units, users):
    response = client_for("officer").post(URL, form_data(units))
    record = IncomingDelegation.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/so-theo-doi/doan-vao/{record.pk}/"
    assert record.start_date.isoformat() == "2021-03-12" and record.person_visits == 5
    assert record.created_by == users["officer"]
    assert record.history.get().history_user == users["officer"]


def errors_of(response):
    return {name: " ".join(messages) for name, messages in response.context["form"].errors.items()}


def test_end_before_start_is_refused_beside_the_end_date(client_for, units):
    response = client_for("officer").post(URL, form_data(units, end_date="01/03/2021"))
    assert response.status_code == 200
    assert errors_of(response) == {"end_date": "Ngày đi không được trước ngày đến."}
    assert "Ngày đi không được trước ngày đến." in response.content.decode()
    assert not IncomingDelegation.objects.exists()


def test_fewer_person_visits_than_groups_is_refused(client_for, units):
    response = client_for("officer").post(URL, form_data(units, groups="3", person_visits="2"))
    assert errors_of(response) == {"person_visits": "Số lượt người không được ít hơn số đoàn."}


def test_negative_counts_are_refused(client_for, units):
    response = client_for("officer").post(URL, form_data(units, person_visits="-2"))
    assert "person_visits" in errors_of(response)
    assert not IncomingDelegation.objects.exists()


def test_an_unknown_country_is_refused(client_for, units):
    response = client_for("officer").post(URL, form_data(units, country="XX"))
    assert "country" in errors_of(response)


def test_a_date_in_another_format_is_refused_in_vietnamese(client_for, units):
    response = client_for("officer").post(URL, form_data(units, start_date="March 12"))
    assert errors_of(response)["start_date"] == "Ngày «March 12» không hợp lệ, ghi theo dạng dd/mm/yyyy."


def test_outgoing_delegation_cites_its_dispatch_decision(client_for, units):
    data = {
        "title": "Đoàn công tác tỉnh Champasak",
        "head": "Phó Chủ tịch UBND tỉnh",
        "members": "",
        "persons": "5",
        "countries": ["LA"],
        "start_date": "06/01/2020",
        "end_date": "09/01/2020",
        "purpose": "Hội đàm",
        "nature": "official",
        "in_annual_plan": "True",
        "unit": units["sngv"].pk,
        "notes": "",
        "dispatch_decision": "Quyết định số 12/QĐ-UBND ngày 02/01/2020 của Chủ tịch UBND tỉnh",
    }
    response = client_for("officer").post("/so-theo-doi/doan-ra/them/", data)
    assert response.status_code == 302, response.context["form"].errors
    decision = OutgoingDelegation.objects.get().dispatch_decision
    assert (decision.doc_type, decision.number, decision.issuer) == ("Quyết định", "12/QĐ-UBND", "Chủ tịch UBND tỉnh")
    assert decision.issued_on.isoformat() == "2020-01-02"
    # The same decision typed again is the same document, not a second one.
    data["title"] = "Đoàn thứ hai"
    client_for("officer").post("/so-theo-doi/doan-ra/them/", data)
    assert LegalDocument.objects.count() == 1


def test_an_unreadable_citation_is_refused_and_nothing_is_saved(client_for, units):
    data = {
        "enterprise": "Công ty CP Dung Quất",
        "businesspeople": "2",
        "received_on": "01/02/2021",
        "status": "approved",
        "decided_on": "15/02/2021",
        "decision": "quyết định hôm trước",
        "unit": units["sngv"].pk,
        "names": "",
        "tax_code": "",
        "notes": "",
    }
    response = client_for("officer").post("/so-theo-doi/abtc/them/", data)
    assert "Không nhận ra văn bản" in errors_of(response)["decision"]
    assert not AbtcApplication.objects.exists() and not LegalDocument.objects.exists()


def test_a_citation_of_a_body_dated_before_the_body_was_created_is_refused(client_for, units):
    units["vp"].started_on = date(2025, 3, 1)
    units["vp"].save()
    data = {
        "enterprise": "Công ty CP Dung Quất",
        "businesspeople": "2",
        "received_on": "01/02/2025",
        "status": "approved",
        "decided_on": "15/02/2025",
        "decision": "Quyết định số 15/QĐ-VP ngày 15/02/2025 của Văn phòng UBND tỉnh",
        "unit": units["sngv"].pk,
        "names": "",
        "tax_code": "",
        "notes": "",
    }
    response = client_for("officer").post("/so-theo-doi/abtc/them/", data)
    assert errors_of(response)["decision"] == (
        "Văn phòng UBND tỉnh bắt đầu hoạt động từ ngày 01/03/2025, nên không thể ban hành văn bản ngày 15/02/2025. "
        "Kiểm tra lại cơ quan ban hành hoặc ngày ban hành."
    )
    assert not AbtcApplication.objects.exists() and not LegalDocument.objects.exists()


def test_a_reporter_creates_rows_only_for_its_own_unit(client_for, units):
    client = client_for("reporter")
    response = client.post(URL, form_data(units, unit=units["sngv"].pk))
    assert "unit" in errors_of(response)
    assert client.post(URL, form_data(units, unit=units["vp"].pk)).status_code == 302
    assert IncomingDelegation.objects.get().unit == units["vp"]


def test_a_child_row_takes_its_parents_unit(client_for, units):
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    plan = DelegationPlan.objects.create(unit=units["vp"], year=2025)
    client = client_for("officer")
    assert client.get(f"/so-theo-doi/ke-hoach-doan-muc/them/?plan={plan.pk}").status_code == 200
    data = {
        "plan": plan.pk,
        "direction": "out",
        "country": "KR",
        "purpose": "Học tập chính quyền số",
        "planned_period": "Quý III hoặc Quý IV",
        "persons": "4",
        "status": "planned",
        "notes": "",
    }
    assert client.post(f"/so-theo-doi/ke-hoach-doan-muc/them/?plan={plan.pk}", data).status_code == 302
    assert DelegationPlanItem.objects.get().unit == units["vp"]


def test_a_reporter_adds_no_child_row_to_a_parent_it_only_reads(client_for, units):
    """A reporter of the unit that took over an ended Sở reads the Sở's plans, but neither adds a planned
    delegation to one nor moves its own into one: the row would become the Sở's and leave the reporter."""
    from ngoaivu.core.models import Succession
    from ngoaivu.register.models import DelegationPlan, DelegationPlanItem

    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    theirs = DelegationPlan.objects.create(unit=units["sngv"], year=2024)
    own = DelegationPlan.objects.create(unit=units["vp"], year=2025)
    client = client_for("reporter")
    assert client.get(f"/so-theo-doi/ke-hoach-doan/{theirs.pk}/").status_code == 200  # read, as before
    offered = client.get("/so-theo-doi/ke-hoach-doan-muc/them/").context["form"].fields["plan"].queryset
    assert list(offered) == [own]
    data = {
        "direction": "out",
        "country": "KR",
        "purpose": "Học tập chính quyền số",
        "planned_period": "Quý III",
        "persons": "4",
        "status": "planned",
        "notes": "",
    }
    response = client.post("/so-theo-doi/ke-hoach-doan-muc/them/", {**data, "plan": theirs.pk})
    assert "plan" in errors_of(response) and not DelegationPlanItem.objects.exists()
    assert client.post("/so-theo-doi/ke-hoach-doan-muc/them/", {**data, "plan": own.pk}).status_code == 302
    item = DelegationPlanItem.objects.get()
    response = client.post(
        f"/so-theo-doi/ke-hoach-doan-muc/{item.pk}/sua/", {**data, "plan": theirs.pk, "version": item.version}
    )
    assert "plan" in errors_of(response)
    item.refresh_from_db()
    assert (item.plan, item.unit) == (own, units["vp"])


def test_a_new_row_starts_with_the_writer_s_own_unit(client_for, units):
    form = client_for("officer").get("/so-theo-doi/doan-vao/them/").context["form"]
    assert form["unit"].value() == units["sngv"].pk  # chosen, and still any unit may be chosen
    assert form.fields["unit"].queryset.count() > 1


def test_figures_a_link_carries_are_shown_the_vietnamese_way(client_for, units):
    """A report's figure reaches the form through a link ("Tạo bản ghi", a suggested indicator) as
    bare digits; it is shown grouped, as an officer types it, and saved as the same number."""
    client = client_for("officer")
    page = client.get("/so-theo-doi/vien-tro/them/?value_vnd=4600000000&notes=x").content.decode()
    assert 'name="value_vnd" value="4.600.000.000"' in page
    page = client.get("/so-theo-doi/doan-vao/them/?person_visits=12&groups=abc").content.decode()
    assert 'name="person_visits" value="12"' in page
    assert 'name="groups" value="abc"' in page  # not a figure: left as it came, refused on saving


def test_a_note_too_long_is_refused_with_its_length_and_kept_in_the_form(client_for, units):
    pasted = ("Nội dung dán nhầm. " * 2000).strip()  # 37.999 characters
    response = client_for("officer").post(URL, form_data(units, notes=pasted))
    assert response.status_code == 200 and not IncomingDelegation.objects.exists()
    assert errors_of(response) == {
        "notes": "Nội dung dài 37.999 ký tự, vượt quá giới hạn 20.000 ký tự; vui lòng rút gọn."
    }
    assert response.context["form"]["notes"].value() == pasted  # nothing typed is lost
    ok = client_for("officer").post(URL, form_data(units, notes=pasted[:20_000]))
    assert ok.status_code == 302 and len(IncomingDelegation.objects.get().notes) == 20_000


def test_a_row_typed_twice_is_refused_with_the_number_of_the_first(client_for, units):
    client = client_for("officer")
    assert client.post(URL, form_data(units)).status_code == 302
    first = IncomingDelegation.objects.get()
    again = client.post(URL, form_data(units))
    assert again.status_code == 200 and IncomingDelegation.objects.count() == 1
    assert again.context["form"].non_field_errors() == [
        f"Trùng với bản ghi mã {first.pk} đã có (mọi thông tin đều giống): lưu thêm sẽ tính số liệu hai lần. "
        "Nếu đây đúng là một bản ghi khác, ghi rõ điểm khác (ví dụ ở Ghi chú)."
    ]
    # A second delegation of the same days is another row once anything says so.
    assert client.post(URL, form_data(units, notes="Đoàn thứ hai")).status_code == 302
    assert IncomingDelegation.objects.count() == 2


def test_a_copy_is_told_apart_by_its_citation(client_for, units):
    url = "/so-theo-doi/abtc/them/"
    data = {
        "enterprise": "Công ty A",
        "businesspeople": "2",
        "received_on": "03/11/2021",
        "status": "received",
        "unit": units["sngv"].pk,
    }
    client = client_for("officer")
    first = client.post(url, {**data, "decision": "Quyết định số 10/QĐ-UBND ngày 05/11/2021 của UBND tỉnh"})
    assert first.status_code == 302, first.context["form"].errors
    other = client.post(url, {**data, "decision": "Quyết định số 11/QĐ-UBND ngày 06/11/2021 của UBND tỉnh"})
    assert other.status_code == 302, other.context["form"].errors
    again = client.post(url, {**data, "decision": "Quyết định số 11/QĐ-UBND ngày 06/11/2021 của UBND tỉnh"})
    assert again.status_code == 200 and "Trùng với bản ghi mã" in again.content.decode()
    assert AbtcApplication.objects.count() == 2


def test_a_copy_typed_in_the_browser_is_one_whatever_its_line_ends(client_for, units):
    """A browser sends CRLF: the row typed and the row kept (LF) are one text, and one copy."""
    client = client_for("officer")
    assert client.post(URL, form_data(units, title="Đoàn Lào", content="Dòng một\nDòng hai")).status_code == 302
    kept = IncomingDelegation.objects.get()  # as an import or the API stores it: LF
    typed = form_data(units, title="Đoàn Lào", content="Dòng một\r\nDòng hai")
    again = client.post(URL, typed)
    assert again.status_code == 200 and f"Trùng với bản ghi mã {kept.pk}" in again.content.decode()
    assert client.post(URL, {**typed, "content": "Dòng một\r\nDòng ba"}).status_code == 302
    assert IncomingDelegation.objects.latest("pk").content == "Dòng một\nDòng ba"


def outgoing_data(units, **overrides):
    return {
        "title": "Đoàn công tác tỉnh",
        "head": "Phó Chủ tịch UBND tỉnh",
        "persons": "5",
        "countries": ["LA"],
        "start_date": "10/03/2021",
        "end_date": "12/03/2021",
        "nature": "official",
        "in_annual_plan": "False",
        "dispatch_decision": "Quyết định số 08/QĐ-UBND ngày 03/01/2021 của UBND tỉnh",
        "unit": units["sngv"].pk,
        **overrides,
    }


def test_rows_that_differ_in_their_countries_or_their_documents_date_are_no_copies(client_for, units):
    url = "/so-theo-doi/doan-ra/them/"
    data = outgoing_data(units)
    client = client_for("officer")
    first = client.post(url, data)
    assert first.status_code == 302, first.context["form"].errors.as_data()
    assert client.post(url, {**data, "countries": ["LA", "KH"]}).status_code == 302
    other_date = "Quyết định số 08/QĐ-UBND ngày 03/01/2020 của UBND tỉnh"
    second = client.post(url, {**data, "dispatch_decision": other_date})
    assert second.status_code == 302, second.context["form"].errors.as_data()
    copy = client.post(url, data)
    assert copy.status_code == 200 and "Trùng với bản ghi mã" in copy.content.decode()


def test_a_day_the_month_does_not_have_is_said_so(client_for, units):
    response = client_for("officer").post(URL, form_data(units, start_date="31/02/2026", end_date=""))
    assert errors_of(response)["start_date"] == "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."
    response = client_for("officer").post(URL, form_data(units, start_date="12/13/2021", end_date=""))
    assert errors_of(response)["start_date"] == "Ngày 12/13/2021 không có: tháng chỉ từ 1 đến 12."
    response = client_for("officer").post(URL, form_data(units, start_date="ngày mai", end_date=""))
    assert errors_of(response)["start_date"] == "Ngày «ngày mai» không hợp lệ, ghi theo dạng dd/mm/yyyy."
    assert not IncomingDelegation.objects.exists()


def test_a_cited_document_dated_a_day_the_month_lacks_is_refused_not_kept_undated(client_for, units):
    client = client_for("officer")
    for cited in (
        "Quyết định số 08/QĐ-UBND ngày 31/02/2021 của UBND tỉnh",
        "Quyết định số 08/QĐ-UBND ngày 31 tháng 02 năm 2021 của UBND tỉnh",
        "Quyết định số 08/QĐ-UBND, ngày 31-02-2021 của UBND tỉnh",
        "Quyết định số 08/QĐ-UBND ngày 31.02.2021 của UBND tỉnh",
    ):
        response = client.post("/so-theo-doi/doan-ra/them/", outgoing_data(units, dispatch_decision=cited))
        assert errors_of(response)["dispatch_decision"] == "Ngày 31/02/2021 không có: tháng 2/2021 chỉ có 28 ngày."
    assert not LegalDocument.objects.filter(number="08/QĐ-UBND").exists()


def test_a_citation_without_its_date_is_refused_when_the_number_is_kept_in_two_years(client_for, units):
    """Numbers start again each year: «Quyết định số 08/QĐ-UBND» alone could be either year's."""
    for year in (2020, 2021):
        LegalDocument.objects.create(doc_type="Quyết định", number="08/QĐ-UBND", issued_on=date(year, 1, 3))
    client = client_for("officer")
    undated = outgoing_data(units, dispatch_decision="Quyết định số 08/QĐ-UBND của UBND tỉnh")
    response = client.post("/so-theo-doi/doan-ra/them/", undated)
    assert errors_of(response)["dispatch_decision"] == (
        "Sổ theo dõi có Quyết định số 08/QĐ-UBND của các năm 2020, 2021: ghi thêm ngày ban hành để chọn đúng văn bản."
    )
    dated = outgoing_data(units, dispatch_decision="Quyết định số 08/QĐ-UBND ngày 03/01/2021 của UBND tỉnh")
    assert client.post("/so-theo-doi/doan-ra/them/", dated).status_code == 302
    assert OutgoingDelegation.objects.get().dispatch_decision.issued_on == date(2021, 1, 3)


def test_a_citation_the_register_holds_with_another_date_is_refused_beside_the_field(client_for, units):
    """The register's date is not put in place of the one typed, nor the typed one in place of the register's."""
    kept = LegalDocument.objects.create(
        doc_type="Công văn", number="77/VP-HCQT", issued_on=date(2026, 1, 15), summary="về việc thử"
    )
    typed = "Công văn số 77/VP-HCQT ngày 20/11/2026 của Văn phòng UBND tỉnh"
    response = client_for("officer").post("/so-theo-doi/doan-ra/them/", outgoing_data(units, dispatch_decision=typed))
    assert errors_of(response)["dispatch_decision"] == (
        "Sổ văn bản đã có Công văn số 77/VP-HCQT ngày 15/01/2026, khác với văn bản đã ghi: Công văn số 77/VP-HCQT "
        "ngày 20/11/2026 của Văn phòng UBND tỉnh. Sửa lại ngày ban hành, cơ quan ban hành đã ghi; nếu sổ văn bản "
        "ghi sai, sửa văn bản trong sổ trước."
    )
    assert not OutgoingDelegation.objects.exists() and list(LegalDocument.objects.all()) == [kept]


def test_a_citation_cut_short_is_refused_naming_the_part_not_read(client_for, units):
    typed = "Quyết định số 08/QĐ-UBND ngày 03/01/21 của UBND tỉnh"
    response = client_for("officer").post("/so-theo-doi/doan-ra/them/", outgoing_data(units, dispatch_decision=typed))
    assert errors_of(response)["dispatch_decision"] == (
        "Ngày «03/01/21» ghi năm bằng hai chữ số; ghi năm đủ bốn chữ số, theo dạng dd/mm/yyyy."
    )
    assert not LegalDocument.objects.exists()
