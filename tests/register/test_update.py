"""Editing keeps the model's rules and records the change."""

from tests.register.rows import kept_before_the_sos_end


def test_edit_saves_and_keeps_history(client_for, incoming, units):
    record = incoming(person_visits=3)
    client = client_for("officer")
    form = client.get(f"/so-theo-doi/doan-vao/{record.pk}/sua/").context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update({"start_date": "10/03/2021", "person_visits": "6", "unit": units["sngv"].pk, "country": "JP"})
    assert client.post(f"/so-theo-doi/doan-vao/{record.pk}/sua/", data).status_code == 302
    record.refresh_from_db()
    assert record.person_visits == 6 and record.history.count() == 2


def test_an_invalid_edit_changes_nothing(client_for, incoming, units):
    record = incoming(person_visits=3)
    data = {
        "title": record.title,
        "country": "JP",
        "host_level": "agency",
        "purpose": "work",
        "start_date": "10/03/2021",
        "end_date": "01/03/2021",
        "groups": "1",
        "person_visits": "9",
        "unit": units["sngv"].pk,
    }
    response = client_for("officer").post(f"/so-theo-doi/doan-vao/{record.pk}/sua/", data)
    assert response.status_code == 200 and "end_date" in response.context["form"].errors
    record.refresh_from_db()
    assert record.person_visits == 3 and record.history.count() == 1


def test_the_edit_form_shows_dates_as_dd_mm_yyyy(client_for, incoming):
    record = incoming()
    body = client_for("officer").get(f"/so-theo-doi/doan-vao/{record.pk}/sua/").content.decode()
    assert 'value="10/03/2021"' in body


def test_a_save_that_changes_nothing_writes_no_version(client_for, incoming, units):
    record = incoming(person_visits=3)
    client = client_for("officer")
    form = client.get(f"/so-theo-doi/doan-vao/{record.pk}/sua/").context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update({"start_date": record.start_date.strftime("%d/%m/%Y"), "person_visits": "03", "unit": units["sngv"].pk})
    response = client.post(f"/so-theo-doi/doan-vao/{record.pk}/sua/", data, follow=True)
    assert "Không có thay đổi nào; bản ghi giữ nguyên." in response.content.decode()
    record.refresh_from_db()
    assert record.history.count() == 1 and record.version == 1


def test_a_save_that_writes_the_values_kept_writes_no_version(client_for, incoming, units):
    """The form sees a change (the unit typed by name in its search box, not chosen from the list); the
    row does not: the unit and every other field are as kept, so no version and no history entry."""
    record = incoming(person_visits=3)
    client = client_for("officer")
    form = client.get(f"/so-theo-doi/doan-vao/{record.pk}/sua/").context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update({"start_date": "10/03/2021", "unit": "", "unit_search": units["sngv"].name})
    response = client.post(f"/so-theo-doi/doan-vao/{record.pk}/sua/", data, follow=True)
    assert response.redirect_chain and "Không có thay đổi nào; bản ghi giữ nguyên." in response.content.decode()
    record.refresh_from_db()
    assert record.history.count() == 1 and record.version == 1


def test_a_citation_kept_before_the_issuers_dates_were_known_does_not_block_an_edit(client_for, units):
    """A row kept citing the Sở Ngoại vụ's letter dated after the Sở's end (recorded before that end was) is
    edited for something else and saved, its citation as shown kept; the same citation typed anew is refused."""
    row, letter = kept_before_the_sos_end(units)
    client = client_for("officer")
    url = f"/so-theo-doi/doan-ra/{row.pk}/sua/"
    form = client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data["persons"] = "6"
    shown = data["dispatch_decision"]
    assert "8/SNgV-VP" in shown and "Sở Ngoại vụ" in shown
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    row.refresh_from_db()
    assert (row.persons, row.dispatch_decision_id) == (6, letter.pk)
    form = client.get(url).context["form"]
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data["dispatch_decision"] = "Công văn số 9/SNgV-VP ngày 10/03/2025 của Sở Ngoại vụ"
    refused = client.post(url, data)
    assert "chỉ hoạt động đến ngày 28/02/2025" in " ".join(refused.context["form"].errors["dispatch_decision"])
