"""A list's filters over the API take what the schema says: the conferences' `format` («Hình thức») filters them,
where DRF took `?format=` for a renderer's name (406); a text field's filter («Lĩnh vực») takes any text, a value
no row holds listing none, where it was refused as not among the rows' values."""

import pytest

from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def listed(response):
    assert response.status_code == 200, response.json()
    return [row["id"] for row in response.json()["results"]]


def test_the_conferences_format_filter_filters(api, units):
    online = make_row("hoi-nghi", units["sngv"])
    online.format = "online"
    online.save()
    in_person = make_row("hoi-nghi", units["sngv"])
    client = api("officer")
    assert listed(client.get("/api/register/hoi-nghi/", {"format": "online"})) == [online.pk]
    assert listed(client.get("/api/register/hoi-nghi/", {"format": "in_person"})) == [in_person.pk]
    response = client.get("/api/register/hoi-nghi/", {"format": "json"})
    assert response.status_code == 400
    assert response.json() == {
        "format": ["Bộ lọc «format» không nhận giá trị «json»; chỉ nhận: in_person, online, hybrid."]
    }
    # A conference is read under the list's filters, as every row is; other lists still take ?format=json.
    assert client.get(f"/api/register/hoi-nghi/{online.pk}/", {"format": "online"}).json()["format"] == "online"
    assert client.get(f"/api/register/hoi-nghi/{online.pk}/", {"format": "hybrid"}).status_code == 404
    assert client.get("/api/register/doan-vao/", {"format": "json"}).status_code == 200


def test_a_text_fields_filter_takes_any_text(api, units):
    procedure = make_row("thu-tuc-hanh-chinh", units["sngv"])
    client = api("officer")
    assert listed(client.get("/api/register/thu-tuc-hanh-chinh/", {"field": "Việc làm"})) == [procedure.pk]
    assert listed(client.get("/api/register/thu-tuc-hanh-chinh/", {"field": "Không có lĩnh vực này"})) == []
    assert len(listed(client.get("/api/register/thu-tuc-hanh-chinh/", {"field": ""}))) == 1  # empty: no filter
