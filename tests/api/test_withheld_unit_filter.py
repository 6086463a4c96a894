"""A unit's reporter reads its own unit's rows: `?unit=` filters them (its own unit's rows, another's none), as
on the reports' list; a unit lookup it may not use is refused (400, naming the filter, as the API refuses a
filter's bad value), not taken in silence as if it had filtered."""

import pytest

from tests.register.rows import make_row

pytestmark = pytest.mark.django_db

WHY = "Bộ lọc «{}» không dùng được với tài khoản của đơn vị: danh sách chỉ có số liệu đơn vị được xem."


def test_a_reporters_unit_filter_on_the_register_filters_what_it_reads(api, units):
    mine = make_row("doan-vao", units["vp"])
    theirs = make_row("doan-vao", units["dh"])
    client = api("reporter")
    other = units["dh"].pk
    response = client.get(f"/api/register/doan-vao/?unit={other}")
    assert response.status_code == 200 and response.json()["results"] == []
    response = client.get(f"/api/register/doan-vao/?unit={units['vp'].pk}")
    assert [row["id"] for row in response.json()["results"]] == [mine.pk]
    response = client.get(f"/api/register/doan-vao/?unit__in={other}")
    assert response.status_code == 400 and response.json() == {"unit__in": [WHY.format("unit__in")]}
    response = api("officer").get(f"/api/register/doan-vao/?unit={other}")  # theirs to use
    assert [row["id"] for row in response.json()["results"]] == [theirs.pk]


def test_a_reporters_unit_lookup_on_reports_is_refused_and_the_unit_filter_kept(api, units):
    client = api("reporter")
    response = client.get(f"/api/reports/?unit__in={units['dh'].pk}")
    assert response.status_code == 400 and response.json() == {"unit__in": [WHY.format("unit__in")]}
    assert client.get(f"/api/reports/?unit={units['vp'].pk}").status_code == 200  # a filter of the list: it filters
