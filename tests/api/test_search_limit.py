"""A register list's search (`q`) holds at most SEARCH_LENGTH characters, as the list page's box: the schema says
so, as it says it of the public procedures' search, and a longer one is a 400 naming the limit."""

import pytest

from ngoaivu.core.search import SEARCH_LENGTH
from ngoaivu.register.area_registry import AREAS
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db


def search_parameters(schema):
    """{path: the `q` parameter} of every list that has one."""
    found = {}
    for path, operations in schema["paths"].items():
        for parameter in operations.get("get", {}).get("parameters", []):
            if parameter["name"] == "q":
                found[path] = parameter
    return found


def test_the_schema_says_how_long_every_search_may_be(api):
    found = search_parameters(api("viewer").get("/api/schema/?format=json").json())
    searched = [f"/api/register/{slug}/" for slug, area in AREAS.items() if area.search_fields]
    assert searched and set(searched) <= set(found)
    for path, parameter in found.items():
        assert parameter["schema"] == {"type": "string", "maxLength": SEARCH_LENGTH}, path
    assert found["/api/register/doan-vao/"]["description"] == "Tìm kiếm"
    assert found["/api/public/procedures/"]["description"].startswith("Tìm theo mã")


def test_a_search_as_long_as_the_schema_allows_is_searched_and_a_longer_one_refused(api, units):
    make_row("doan-vao", units["sngv"])
    client = api("officer")
    held = "hoạt động" + " " * (SEARCH_LENGTH - 12) + "thử"  # the row's words, 9 + 3 characters, far apart
    assert len(held) == SEARCH_LENGTH
    response = client.get("/api/register/doan-vao/", {"q": held})
    assert response.status_code == 200 and len(response.json()["results"]) == 1
    response = client.get("/api/register/doan-vao/", {"q": held + "x"})
    assert response.status_code == 400
    assert response.json() == {
        "q": [
            f"Nội dung tìm kiếm chỉ được dài tối đa {SEARCH_LENGTH} ký tự (đang có {SEARCH_LENGTH + 1} ký tự): "
            "hãy rút gọn, giữ lại vài từ đặc trưng."
        ]
    }
