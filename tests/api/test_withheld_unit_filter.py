"""A unit's reporter reads its own unit's rows: a unit filter it may not use is refused (400, naming the
filter, as the API refuses a filter's bad value), not taken in silence as if it had filtered."""

import pytest

from tests.register.rows import make_row

pytestmark = pytest.mark.django_db

WHY = "Bộ lọc «{}» không dùng được với tài khoản của đơn vị: danh sách chỉ có số liệu đơn vị được xem."


def test_a_reporters_unit_filter_on_the_register_is_refused_naming_it(api, units):
    make_row("doan-vao", units["vp"])
    client = api("reporter")
    other = units["dh"].pk
    response = client.get(f"/api/register/doan-vao/?unit={other}")
    assert response.status_code == 400 and response.json() == {"unit": [WHY.format("unit")]}
    response = client.get(f"/api/register/doan-vao/?unit__in={other}")
    assert response.status_code == 400 and response.json() == {"unit__in": [WHY.format("unit__in")]}
    assert api("officer").get(f"/api/register/doan-vao/?unit={other}").status_code == 200  # theirs to use


def test_a_reporters_unit_lookup_on_reports_is_refused_and_the_unit_filter_kept(api, units):
    client = api("reporter")
    response = client.get(f"/api/reports/?unit__in={units['dh'].pk}")
    assert response.status_code == 400 and response.json() == {"unit__in": [WHY.format("unit__in")]}
    assert client.get(f"/api/reports/?unit={units['vp'].pk}").status_code == 200  # a filter of the list: it filters
