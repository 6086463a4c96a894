"""The API's optimistic locking: `version` is read-only; a PUT or PATCH from an old version gets 409."""

import pytest

from ngoaivu.register.models import DelegationPlanItem, IncomingDelegation
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def url(slug, pk=None):
    return f"/api/register/{slug}/" + (f"{pk}/" if pk else "")


def edit(row):
    """Someone else's save of row, which changes it: its version moves on."""
    other = IncomingDelegation.objects.get(pk=row.pk)
    other.notes = f"{other.notes} sửa".strip()
    other.save()


def test_every_answer_gives_the_version(api, units):
    row = make_row("doan-vao", units["sngv"])
    client = api("officer")
    assert client.get(url("doan-vao", row.pk)).json()["version"] == 1
    assert client.get(url("doan-vao")).json()["results"][0]["version"] == 1
    new = {
        "title": "Đoàn Lào",
        "country": "LA",
        "start_date": "2021-04-01",
        "person_visits": 2,
        "unit": units["sngv"].pk,
    }
    # read-only: a new row starts at 1, never at a version sent (refused, not dropped: api/strict.py)
    refused = client.post(url("doan-vao"), {**new, "version": 7}, format="json")
    assert refused.status_code == 400 and list(refused.json()) == ["version"]
    created = client.post(url("doan-vao"), {**new, "version": 1}, format="json")
    assert created.status_code == 201 and created.json()["version"] == 1


def test_a_patch_from_the_current_version_is_saved_and_moves_it_on(api, units):
    row = make_row("doan-vao", units["sngv"])
    response = api("officer").patch(url("doan-vao", row.pk), {"person_visits": 8, "version": 1}, format="json")
    assert response.status_code == 200 and response.json()["version"] == 2
    row.refresh_from_db()
    assert (row.person_visits, row.version) == (8, 2)
    assert row.history.first().history_user.username == "officer"


def test_a_patch_from_an_old_version_is_refused_with_the_current_row(api, units):
    row = make_row("doan-vao", units["sngv"])
    first, second = api("officer"), api("admin")
    assert first.patch(url("doan-vao", row.pk), {"person_visits": 6, "version": 1}, format="json").status_code == 200
    response = second.patch(url("doan-vao", row.pk), {"person_visits": 9, "version": 1}, format="json")
    assert response.status_code == 409
    body = response.json()
    assert body["detail"].startswith("Bản ghi đã được người khác sửa trong lúc bạn đang sửa")
    assert body["version"] == 2 and body["current"]["person_visits"] == 6 and body["current"]["version"] == 2
    row.refresh_from_db()
    assert (row.person_visits, row.version) == (6, 2) and row.history.count() == 2
    # Sent again from the version now current, it is saved.
    response = second.patch(url("doan-vao", row.pk), {"person_visits": 9, "version": 2}, format="json")
    assert response.status_code == 200 and response.json()["version"] == 3


def test_a_put_from_an_old_version_is_refused_even_when_invalid(api, units):
    row = make_row("doan-vao", units["sngv"])
    edit(row)  # version 2
    payload = {
        "title": "Đoàn Hàn Quốc",
        "country": "KR",
        "start_date": "2021-04-01",
        "end_date": "2021-03-01",
        "person_visits": 4,
        "unit": units["sngv"].pk,
        "version": 1,
    }
    response = api("officer").put(url("doan-vao", row.pk), payload, format="json")
    assert response.status_code == 409 and response.json()["current"]["id"] == row.pk


def test_without_a_version_the_last_write_wins(api, units):
    row = make_row("doan-vao", units["sngv"])
    edit(row)  # someone else: version 2
    response = api("officer").patch(url("doan-vao", row.pk), {"person_visits": 5}, format="json")
    assert response.status_code == 200 and response.json()["version"] == 3


@pytest.mark.parametrize("version", ["abc", 0, -1, 1.5, True])
def test_a_version_that_is_not_a_positive_whole_number_is_refused(api, units, version):
    row = make_row("doan-vao", units["sngv"])
    response = api("officer").patch(url("doan-vao", row.pk), {"person_visits": 5, "version": version}, format="json")
    assert response.status_code == 400 and "version" in response.json()
    row.refresh_from_db()
    assert row.version == 1


def test_the_schema_documents_the_conflict(api):
    schema = api("officer").get("/api/schema/?format=json").json()
    operation = schema["paths"]["/api/register/doan-vao/{id}/"]["patch"]
    assert "409" in operation["responses"] and "version" in operation["description"]
    assert schema["components"]["schemas"]["IncomingDelegation"]["properties"]["version"]["readOnly"] is True


def test_a_put_or_patch_that_changes_nothing_writes_no_version(api, units):
    row = make_row("doan-vao", units["sngv"])
    client = api("officer")
    current = client.get(url("doan-vao", row.pk)).json()
    # The row sent back as it was read, with its version or without: nothing to write.
    response = client.put(url("doan-vao", row.pk), current, format="json")
    assert response.status_code == 200 and response.json() == current
    same = {"person_visits": current["person_visits"], "title": current["title"]}
    for body in (same, {**same, "version": 1}):
        response = client.patch(url("doan-vao", row.pk), body, format="json")
        assert response.status_code == 200 and response.json()["version"] == 1
    row.refresh_from_db()
    assert row.version == 1 and row.history.count() == 1
    # Unchanged but from an old version: still refused, so that the client sees the current row.
    client.patch(url("doan-vao", row.pk), {"person_visits": 7}, format="json")
    response = client.patch(url("doan-vao", row.pk), {"person_visits": 7, "version": 1}, format="json")
    assert response.status_code == 409 and response.json()["version"] == 2


@pytest.mark.parametrize("method", ["put", "patch"])
@pytest.mark.parametrize("body_format", ["json", "multipart"])
def test_a_stale_row_whose_derived_field_moved_on_gets_the_conflict_not_the_read_only_refusal(
    api, units, method, body_format
):
    """A client sending back what it read is told the row changed meanwhile, even where what it read of a
    read-only field (a plan item's unit, taken from its plan) is no longer the row's."""
    item = make_row("ke-hoach-doan-muc", units["sngv"])
    client = api("officer")
    read = client.get(url("ke-hoach-doan-muc", item.pk)).json()
    # Someone else moves the item to another unit's plan: its unit follows the plan's.
    moved = DelegationPlanItem.objects.get(pk=item.pk)
    moved.plan = make_row("ke-hoach-doan", units["vp"])
    moved.save()
    body = {**read, "notes": "sửa"} if method == "put" else {"unit": read["unit"], "notes": "sửa", "version": 1}
    if body_format == "multipart":  # a form body: every value as text, no nulls
        body = {name: str(value) for name, value in body.items() if value is not None}
    response = getattr(client, method)(url("ke-hoach-doan-muc", item.pk), body, format=body_format)
    assert response.status_code == 409, response.json()
    assert response.json()["current"]["unit"] == units["vp"].pk
