"""The schema, the endpoint list and OPTIONS describe every endpoint in Vietnamese, in the register's own
words, never with a name made from the code ("Thẻ abtc.") nor a developer's English docstring."""

import re

import pytest

from ngoaivu.register.area_registry import AREAS

pytestmark = pytest.mark.django_db

VIETNAMESE = re.compile(r"[àáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵđ]", re.I)


@pytest.fixture
def schema(api):
    return api("viewer").get("/api/schema/?format=json").json()


def texts(node, path=""):
    """(path, text) of every description and summary in the schema."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                yield f"{path}/{key}", value
            else:
                yield from texts(value, f"{path}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from texts(value, f"{path}[{index}]")


def test_every_operation_has_a_vietnamese_summary_and_description(schema):
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            for key in ("summary", "description"):
                assert VIETNAMESE.search(operation.get(key, "")), (method, path, key, operation.get(key))


def test_no_text_is_a_generated_name_or_an_english_docstring(schema):
    english = [
        (path, text)
        for path, text in texts(schema)
        # A list of codes (an enum's values, language codes) and an empty description are not prose.
        if text and not text.startswith("* `") and not VIETNAMESE.search(text)
    ]
    assert english == []
    assert "Thẻ abtc" not in str(schema)


def test_register_endpoints_use_the_areas_names(schema):
    abtc = schema["paths"]["/api/register/abtc/"]
    assert abtc["get"]["summary"] == "Danh sách hồ sơ thẻ ABTC"
    assert abtc["get"]["description"].startswith("Thẻ đi lại của doanh nhân APEC (thẻ ABTC): sổ theo dõi")
    incoming = schema["paths"]["/api/register/doan-vao/{id}/"]
    assert incoming["get"]["summary"] == "Một đoàn vào"
    assert incoming["get"]["description"].startswith("Đoàn vào: sổ theo dõi, nhóm «Lễ tân, đoàn ra, đoàn vào».")
    assert incoming["delete"]["summary"] == "Xóa đoàn vào"
    assert "409" in incoming["put"]["description"]  # the version rule, after the area's description
    for area in AREAS.values():
        assert f"/api/register/{area.slug}/" in schema["paths"]


def test_the_endpoint_list_shows_the_summaries(client_for):
    page = client_for("viewer").get("/api/docs/").content.decode()
    assert "Danh sách hồ sơ thẻ ABTC" in page and "Thêm đoàn vào" in page


def test_options_names_and_describes_the_endpoint(api):
    body = api("viewer").options("/api/register/abtc/").json()
    assert body["name"] == "Thẻ đi lại của doanh nhân APEC (thẻ ABTC)"
    assert body["description"].startswith("Thẻ đi lại của doanh nhân APEC (thẻ ABTC): sổ theo dõi")
    assert api("viewer").options("/api/reports/").json()["name"] == "Báo cáo"


def test_a_rows_number_in_a_path_is_described_in_vietnamese(schema):
    described = [
        (path, parameter.get("description", ""))
        for path, operations in schema["paths"].items()
        for operation in operations.values()
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "path" and parameter["name"] == "id"
    ]
    assert described and all(description.startswith("Mã số của ") for _path, description in described), [
        pair for pair in described if not pair[1].startswith("Mã số của ")
    ]
    operation = schema["paths"]["/api/register/doan-vao/{id}/"]["get"]
    assert operation["parameters"][0]["description"] == "Mã số của đoàn vào."
