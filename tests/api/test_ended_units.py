"""The API after a unit ended: its old rows keep it when edited, and its reports cover the time it existed."""

from datetime import date

import pytest

from ngoaivu.core.models import Unit
from ngoaivu.register.models import IncomingDelegation
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def end(unit, on=date(2025, 3, 1)):
    Unit.objects.filter(pk=unit.pk).update(ended_on=on, is_active=False)


def test_a_row_of_an_ended_unit_is_edited_and_keeps_it(api, units):
    row = make_row("doan-vao", units["sngv"])
    end(units["sngv"])
    client = api("officer")
    response = client.patch(f"/api/register/doan-vao/{row.pk}/", {"title": "Đoàn đã sửa"}, format="json")
    assert response.status_code == 200, response.json()
    row.refresh_from_db()
    assert (row.title, row.unit_id) == ("Đoàn đã sửa", units["sngv"].pk)
    # A new row dated after the end cannot be given the ended unit; one dated before it can.
    payload = {"title": "Đoàn mới", "country": "KR", "start_date": "2025-04-01", "person_visits": 2}
    response = client.post("/api/register/doan-vao/", {**payload, "unit": units["sngv"].pk}, format="json")
    assert response.status_code == 400
    assert "đã thôi hoạt động từ ngày 01/03/2025" in " ".join(response.json()["start_date"])
    assert not IncomingDelegation.objects.filter(title="Đoàn mới").exists()
    payload["start_date"] = "2025-02-10"
    response = client.post("/api/register/doan-vao/", {**payload, "unit": units["sngv"].pk}, format="json")
    assert response.status_code == 201, response.json()


def test_an_ended_unit_reports_on_the_time_it_existed(api, units):
    end(units["sngv"])
    client = api("officer")
    refused = client.post(
        "/api/reports/", {"template": "general", "period_code": "2025-Q2", "unit": units["sngv"].pk}, format="json"
    )
    assert refused.status_code == 400
    assert "đã thôi hoạt động từ ngày 01/03/2025" in " ".join(refused.json()["period_code"])
    made = client.post(
        "/api/reports/", {"template": "general", "period_code": "2025-01", "unit": units["sngv"].pk}, format="json"
    )
    assert made.status_code == 201, made.json()


def test_a_report_asked_without_a_unit_goes_to_the_unit_carrying_the_work(api, units):
    from ngoaivu.core.models import Succession

    end(units["sngv"])
    units["sngv"].refresh_from_db()  # the signed-in officer's own unit object
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    made = api("officer").post("/api/reports/", {"template": "general", "period_code": "2026-H1"}, format="json")
    assert made.status_code == 201, made.json()
    assert made.json()["unit"] == units["vp"].pk
    # A unit reporter still reports for its own unit only.
    made = api("reporter").post("/api/reports/", {"template": "general", "period_code": "2026-H1"}, format="json")
    assert made.status_code == 201 and made.json()["unit"] == units["vp"].pk


def test_a_row_sent_without_a_unit_goes_to_the_unit_carrying_the_work(api, units, client_for):
    """The API names the unit the register's form presets (core/permissions.default_unit)."""
    from ngoaivu.core.models import Succession

    end(units["sngv"])
    units["sngv"].refresh_from_db()  # the signed-in officer's own unit object
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    payload = {"title": "Đoàn mới", "country": "KR", "start_date": "2025-04-01", "person_visits": 2}
    response = api("officer").post("/api/register/doan-vao/", payload, format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["unit"] == units["vp"].pk
    form = client_for("officer").get("/so-theo-doi/doan-vao/them/").context["form"]
    assert form.fields["unit"].initial == units["vp"].pk
