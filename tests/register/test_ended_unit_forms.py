"""A unit that has ended keeps its old rows: they are edited and saved under it, and found by it in
the lists; a row dated after its end cannot be given to it (Record.clean_fields, Unit.check_existed)."""

from datetime import date

from ngoaivu.core.models import Unit
from ngoaivu.register.models import IncomingDelegation

URL = "/so-theo-doi/doan-vao/"
ENDED = "đã thôi hoạt động từ ngày 01/07/2025"


def end(unit):
    Unit.objects.filter(pk=unit.pk).update(ended_on=date(2025, 7, 1), is_active=False)


def row_data(unit, **changes):
    data = {
        "title": "Đoàn Tổng Lãnh sự quán Nhật Bản",
        "country": "JP",
        "host_level": "agency",
        "purpose": "work",
        "start_date": "10/03/2021",
        "groups": "1",
        "person_visits": "6",
        "unit": unit.pk,
    }
    data.update(changes)
    return data


def edit_data(client, record, **changes):
    """What the edit form shows for record, as the browser would post it back, with changes."""
    form = client.get(f"{URL}{record.pk}/sua/").context["form"]
    data = {name: value for name, value in form.initial.items() if value is not None}
    data.update({"start_date": "10/03/2021", "country": "JP"})
    data.update(changes)
    return data


def test_an_officer_edits_an_old_row_of_an_ended_unit_and_it_keeps_its_unit(client_for, incoming, units):
    record = incoming(unit="dh", person_visits=3)
    end(units["dh"])
    client = client_for("officer")
    response = client.post(f"{URL}{record.pk}/sua/", edit_data(client, record, person_visits="6"))
    assert response.status_code == 302, response.context["form"].errors
    record.refresh_from_db()
    assert record.person_visits == 6 and record.unit_id == units["dh"].pk
    assert record.history.count() == 2


def test_the_edit_form_of_an_ended_units_row_offers_it_beside_the_active_ones(client_for, incoming, units):
    record = incoming(unit="dh")
    end(units["dh"])
    form = client_for("officer").get(f"{URL}{record.pk}/sua/").context["form"]
    offered = set(form.fields["unit"].queryset.values_list("code", flat=True))
    assert offered == {"QNg", "UBND", "SNgV", "VP", "DHPVD"}
    assert form.initial["unit"] == units["dh"].pk


def test_a_row_dated_after_the_end_cannot_be_moved_to_the_ended_unit(client_for, incoming, units):
    record = incoming(unit="sngv", person_visits=3)
    end(units["dh"])
    client = client_for("officer")
    data = edit_data(client, record, person_visits="6", unit=units["dh"].pk, start_date="10/03/2026")
    response = client.post(f"{URL}{record.pk}/sua/", data)
    assert response.status_code == 200 and ENDED in response.context["form"].errors["start_date"][0]
    record.refresh_from_db()
    assert record.person_visits == 3 and record.unit_id == units["sngv"].pk


def test_a_new_row_of_an_ended_unit_is_taken_for_the_time_it_existed_only(client_for, units):
    end(units["dh"])
    client = client_for("officer")
    form = client.get(f"{URL}them/").context["form"]
    assert dict(form.fields["unit"].choices)[units["dh"].pk] == "Trường Đại học Phạm Văn Đồng (đến 30/06/2025)"
    response = client.post(f"{URL}them/", row_data(units["dh"], start_date="02/07/2025"))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["start_date"] and ENDED in errors["start_date"][0]
    body = response.content.decode()
    error_at = body.index('id="id_start_date_error"')
    assert ENDED in body[error_at : error_at + 300]
    assert not IncomingDelegation.objects.exists()
    # A row of 2021, when the unit existed, is its own: entered late, kept as meant.
    assert client.post(f"{URL}them/", row_data(units["dh"])).status_code == 302
    assert IncomingDelegation.objects.get().unit_id == units["dh"].pk


def test_the_same_new_row_for_an_active_unit_is_saved(client_for, units):
    # The refusal above is the ended unit's, not the row's.
    response = client_for("officer").post(f"{URL}them/", row_data(units["dh"]))
    assert response.status_code == 302
    assert IncomingDelegation.objects.get().unit_id == units["dh"].pk


def test_a_reporter_of_an_ended_unit_edits_its_old_row(client_for, incoming, units):
    record = incoming(unit="vp", person_visits=3)
    end(units["vp"])
    client = client_for("reporter")
    form = client.get(f"{URL}{record.pk}/sua/").context["form"]
    assert list(form.fields["unit"].queryset) == [units["vp"]]
    response = client.post(f"{URL}{record.pk}/sua/", edit_data(client, record, person_visits="6"))
    assert response.status_code == 302, response.context["form"].errors
    record.refresh_from_db()
    assert record.person_visits == 6 and record.unit_id == units["vp"].pk


def test_a_reporter_still_picks_its_own_unit_only(client_for, incoming, units):
    record = incoming(unit="vp", person_visits=3)
    end(units["dh"])
    client = client_for("reporter")
    form = client.get(f"{URL}{record.pk}/sua/").context["form"]
    assert list(form.fields["unit"].queryset) == [units["vp"]]
    for other in ("sngv", "dh"):
        data = edit_data(client, record, person_visits="6", unit=units[other].pk)
        response = client.post(f"{URL}{record.pk}/sua/", data)
        assert response.status_code == 200 and "unit" in response.context["form"].errors
    record.refresh_from_db()
    assert record.person_visits == 3 and record.unit_id == units["vp"].pk


def test_a_new_row_of_a_reporter_whose_unit_ended_is_refused_after_the_end(client_for, units):
    end(units["vp"])
    response = client_for("reporter").post(f"{URL}them/", row_data(units["vp"], start_date="01/07/2025"))
    assert response.status_code == 200 and ENDED in response.context["form"].errors["start_date"][0]
    assert not IncomingDelegation.objects.exists()


def test_the_list_filter_finds_an_ended_units_rows_and_says_it_ended(client_for, incoming, units):
    old = incoming(unit="dh", title="Đoàn của trường trước sắp xếp")
    incoming(unit="sngv", title="Đoàn của Sở")
    end(units["dh"])
    client = client_for("officer")
    field = client.get(URL).context["filter"].form.fields["unit"]
    labels = dict((value, label) for value, label in field.choices if value)
    assert labels[units["dh"].pk] == "Trường Đại học Phạm Văn Đồng (đến 30/06/2025)"
    assert labels[units["sngv"].pk] == "Sở Ngoại vụ"
    response = client.get(URL, {"unit": units["dh"].pk})
    rows = list(response.context["filter"].qs)
    assert rows == [old]
    assert "Trường Đại học Phạm Văn Đồng (đến 30/06/2025)" in response.content.decode()


def test_an_officer_whose_unit_ended_starts_new_rows_and_reports_from_its_successor(client_for, units):
    from ngoaivu.core.models import Succession

    officer = client_for("officer")
    assert officer.get(f"{URL}them/").context["form"].fields["unit"].initial == units["sngv"].pk
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    # The account was not moved yet: its new work goes, by default, to the unit that carries the Sở's.
    assert officer.get(f"{URL}them/").context["form"].fields["unit"].initial == units["vp"].pk
    assert officer.get("/bao-cao/tao/").context["form"].fields["unit"].initial == units["vp"].pk
    response = officer.post(f"{URL}them/", row_data(units["vp"], start_date="02/07/2026"))
    assert response.status_code == 302 and IncomingDelegation.objects.get().unit_id == units["vp"].pk
