"""Editing keeps the model's rules and records the change."""


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
