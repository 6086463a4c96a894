"""The API takes and gives a conference's partner country by its code, as it does other areas' countries."""

import pytest

pytestmark = pytest.mark.django_db

URL = "/api/register/hoi-nghi/"


def payload(unit, **extra):
    return {
        "title": "Hội nghị trực tuyến với tỉnh Champasak",
        "organiser": "UBND tỉnh Quảng Ngãi",
        "start_date": "2021-11-25",
        "unit": unit.pk,
        **extra,
    }


def test_a_conference_is_created_with_its_partner_country_and_read_back(api, units):
    client = api("officer")
    response = client.post(URL, payload(units["sngv"], country="LA"), format="json")
    assert response.status_code == 201, response.json()
    assert response.json()["country"] == "LA"
    assert client.get(f"{URL}{response.json()['id']}/").json()["country"] == "LA"
    assert [row["country"] for row in client.get(URL, {"country": "LA"}).json()["results"]] == ["LA"]


def test_without_a_country_it_is_kept_empty_and_an_unknown_one_is_refused(api, units):
    client = api("officer")
    response = client.post(URL, payload(units["sngv"]), format="json")
    assert response.status_code == 201 and response.json()["country"] == ""
    response = client.post(URL, payload(units["sngv"], title="Khác", country="XX"), format="json")
    assert response.status_code == 400 and "country" in response.json()
