"""/don-vi/tim/: the units a unit picker offers for what is typed, as JSON, by the forms' own rules."""

from datetime import date

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.unit_picker import CANDIDATES
from ngoaivu.core.models import Unit

URL = "/don-vi/tim/"


@pytest.fixture
def districts(units):
    return [
        Unit.objects.create(name=f"UBND huyện Sơn Tịnh {n:02d}", code=f"ST{n:02}", parent=units["province"])
        for n in range(1, CANDIDATES + 6)
    ]


def names(response):
    assert response.status_code == 200 and response["Content-Type"] == "application/json"
    return [row["name"] for row in response.json()["results"]]


def test_finds_units_by_words_with_or_without_accents(client_for, units):
    client = client_for("officer")
    for query in ("dai hoc", "ĐẠI HỌC", "van dong pham", "DHPVD"):
        assert names(client.get(URL, {"q": query})) == ["Trường Đại học Phạm Văn Đồng"], query
    body = client.get(URL, {"q": "ngoai vu"}).json()
    assert body == {
        "results": [
            {
                "value": str(units["sngv"].pk),
                "text": "Sở Ngoại vụ",
                "name": "Sở Ngoại vụ",
                "short_name": "",
                "code": "SNgV",
            }
        ],
        "more": False,
    }
    assert names(client.get(URL, {"q": "khong co don vi nay"})) == []
    assert names(client.get(URL, {"q": "100%_"})) == []  # LIKE's wildcards are letters here


def test_offers_a_few_at_a_time_by_name_and_says_when_more_match(client_for, districts):
    client = client_for("officer")
    body = client.get(URL, {"q": "son tinh"}).json()
    assert len(body["results"]) == CANDIDATES and body["more"] is True
    assert names(client.get(URL, {"q": "son tinh"})) == sorted(d.name for d in districts)[:CANDIDATES]
    assert client.get(URL, {"q": "son tinh 07"}).json() == {
        "results": [
            {
                "value": str(districts[6].pk),
                "text": "UBND huyện Sơn Tịnh 07",
                "name": "UBND huyện Sơn Tịnh 07",
                "short_name": "",
                "code": "ST07",
            }
        ],
        "more": False,
    }
    assert len(names(client.get(URL))) == CANDIDATES  # nothing typed: the first units by name


def test_a_unit_reporter_is_offered_its_own_unit_only(client_for, units):
    client = client_for("reporter")  # of the Văn phòng
    assert names(client.get(URL, {"q": "ngoai vu"})) == []
    assert names(client.get(URL)) == ["Văn phòng UBND tỉnh"]
    assert names(client.get(URL, {"q": "van phong", "active": "1"})) == ["Văn phòng UBND tỉnh"]


@pytest.mark.parametrize("role", ["admin", "officer", "leader", "viewer"])
def test_readers_of_every_unit_are_offered_every_unit(client_for, units, role):
    assert len(names(client_for(role).get(URL))) == len(units)


def test_an_ended_unit_is_said_to_have_ended_and_is_left_out_of_a_requests_list(client_for, units):
    Unit.objects.create(
        name="Sở Du lịch", code="SDL", is_active=False, started_on=date(2008, 1, 1), ended_on=date(2025, 3, 1)
    )
    client = client_for("officer")
    (ended,) = client.get(URL, {"q": "du lich"}).json()["results"]
    assert ended["text"] == "Sở Du lịch (từ 01/01/2008 đến 28/02/2025)"
    assert names(client.get(URL, {"q": "du lich", "active": "1"})) == []


def test_only_for_signed_in_users(db, units):
    response = Client().get(URL, {"q": "ngoai vu"})
    assert response.status_code == 403 and "results" not in response.json()


def test_one_query_whatever_the_number_of_units(client_for, units):
    client = client_for("officer")

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(URL, {"q": "son tinh"}).status_code == 200
        return [q["sql"] for q in captured.captured_queries]

    Unit.objects.create(name="UBND xã Sơn Tịnh", code="X", parent=units["province"])
    few = queries()
    for n in range(60):
        Unit.objects.create(name=f"UBND xã Sơn Tịnh {n:02d}", code=f"X{n:02}", parent=units["province"])
    many = queries()
    assert len(many) == len(few)
    # The matches' names are sorted here (the database's order is not the alphabet's), then the
    # first ones fetched whole.
    assert len([sql for sql in many if Unit._meta.db_table in sql and " IN (" in sql]) == 1


def test_offers_units_in_the_vietnamese_alphabets_order(client_for, units):
    names_in_english_order = ["UBND tỉnh Yên Bái", "UBND tỉnh Đắk Lắk", "UBND tỉnh Điện Biên", "UBND tỉnh Ấp Bắc"]
    for n, name in enumerate([*names_in_english_order, "UBND tỉnh Bắc Ninh"]):
        Unit.objects.create(name=name, code=f"T{n}", parent=units["province"])
    found = names(client_for("officer").get(URL, {"q": "ubnd tinh"}))
    # The database's byte order would put Đ and Ấ after Y.
    assert found == [
        "UBND tỉnh Ấp Bắc",
        "UBND tỉnh Bắc Ninh",
        "UBND tỉnh Đắk Lắk",
        "UBND tỉnh Điện Biên",
        "UBND tỉnh Quảng Ngãi",
        "UBND tỉnh Yên Bái",
        "Văn phòng UBND tỉnh",
    ]
