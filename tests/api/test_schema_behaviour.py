"""The schema says what each endpoint takes, and the endpoint takes it: a walk over the published schema that sends
each documented limit, just within and just beyond, and compares the answer with what the schema promised.

A register row's body is tried by PUT on a row of each area, read from the API and sent back with one field
changed: a field the schema requires is refused when left out, and no other; a text at its maxLength is taken and
one character more refused, a text with none takes a long one; an enum's values are taken and another refused; an
integer at its minimum and maximum taken and beyond refused, one with no maximum takes a large one; null is taken
where nullable only. Every list's query parameters are tried the same way. KNOWN lists the disagreements still
open, each to be fixed where its rule lives: the test fails on any other, and on a listed one that is gone.
"""

import pytest

from ngoaivu.api.relations import CitationField
from ngoaivu.api.serializers import serializer_for
from ngoaivu.register.area_registry import AREAS
from tests.register.rows import make_row

pytestmark = pytest.mark.django_db

OTHER = "khong-co-gia-tri-nay"
LONG_TEXT = "x" * 25_000  # beyond the register's texts' limit, for a text the schema gives none
LARGE = 10**12  # beyond the register's counts' limit, for an integer the schema gives no maximum
SAMPLED = 4  # an enum's values tried: the first and last ones (a country list has 250)

KNOWN = {
    # A rule between two fields (person_visits ≥ groups), which a schema cannot say.
    ("doan-vao", "person_visits", "at minimum 0: refused"),
}


def component(schema, ref):
    return schema["components"]["schemas"][ref.rsplit("/", 1)[-1]]


def resolved(schema, described):
    """described with an enum of a $ref read in (an array's items' too), alternatives of enums (a country or "")
    made one enum."""
    described = dict(described)
    if len(described.get("allOf", [])) == 1:
        described.update(component(schema, described.pop("allOf")[0]["$ref"]))
    if "oneOf" in described:
        alternatives = [component(schema, a["$ref"]) if "$ref" in a else a for a in described.pop("oneOf")]
        if all("enum" in alternative for alternative in alternatives):
            described.update(type="string", enum=[value for a in alternatives for value in a["enum"]])
        else:
            described["alternatives"] = alternatives  # a pattern, or "": not tried here
    if "items" in described:
        described["items"] = resolved(schema, described["items"])
    return described


def sampled(values):
    values = [value for value in values if value not in (None, "")]
    half = SAMPLED // 2
    return values if len(values) <= SAMPLED else values[:half] + values[-half:]


def refused(response, name):
    return response.status_code == 400 and name in response.json()


def tries(described, required, nullable):
    """(what, value or OMIT, refused?) the schema promises of a field."""
    yield "left out", OMIT, required
    yield "null", None, not nullable
    kind = described.get("type")
    if "enum" in described:
        yield "another value", OTHER, True
        for value in sampled(described["enum"]):
            yield f"{value}", value, False
    elif kind == "string" and not ({"format", "pattern", "alternatives"} & set(described)):
        if "maxLength" in described:
            limit = described["maxLength"]
            yield f"at maxLength {limit}", "x" * limit, False
            yield f"beyond maxLength {limit}", "x" * (limit + 1), True
        else:
            yield "a long text, no maxLength", LONG_TEXT, False
    elif kind == "integer":
        yield "not a number", "abc", True
        if "minimum" in described:
            yield f"at minimum {described['minimum']}", described["minimum"], False
            yield f"below minimum {described['minimum']}", described["minimum"] - 1, True
        if "maximum" in described:
            yield f"at maximum {described['maximum']}", described["maximum"], False
            yield f"beyond maximum {described['maximum']}", described["maximum"] + 1, True
        else:
            yield "a large number, no maximum", LARGE, False
    elif kind == "array" and "enum" in described.get("items", {}):
        yield "another item", [OTHER], True


OMIT = object()
_fetched = {}


def schema_of(client):
    """The published schema, fetched once per process (it is the same for every test)."""
    if "schema" not in _fetched:
        _fetched["schema"] = client.get("/api/schema/?format=json").json()
    return _fetched["schema"]


def tried_fields(slug, body):
    """(name, schema, whether its values are tried) of the fields written in the area's body: not the row's id
    or version, nor the confirmation. A relation's values are not tried (an id names a row: which exist is no
    schema's matter), nor a citation's (a text in its own form, said in the schema's words)."""
    fields = serializer_for(AREAS[slug])().fields
    for name, described in body["properties"].items():
        field = fields.get(name)
        if field is None or field.read_only or name == "warnings_checked":
            continue
        yield name, described, not (isinstance(field, CitationField) or hasattr(field, "queryset"))


@pytest.mark.parametrize("slug", list(AREAS))
def test_a_register_body_is_held_to_what_the_schema_says(api, units, slug):
    client = api("officer")
    schema = schema_of(client)
    url = f"/api/register/{slug}/{make_row(slug, units['sngv']).pk}/"
    read = client.get(url).json()
    # As read, without the version (each save moves it on), the figures' warnings confirmed.
    base = {**{name: value for name, value in read.items() if name != "version"}, "warnings_checked": True}
    content = schema["paths"][f"/api/register/{slug}/{{id}}/"]["put"]["requestBody"]["content"]
    body = component(schema, content["application/json"]["schema"]["$ref"])
    found = set()
    for name, raw, valued in tried_fields(slug, body):
        described = resolved(schema, raw) if valued else {}
        for what, value, should_refuse in tries(described, name in body.get("required", []), raw.get("nullable")):
            sent = {key: item for key, item in base.items() if key != name}
            if value is not OMIT:
                sent[name] = value
            response = client.put(url, sent, format="json")
            assert response.status_code < 500, (name, what)
            if refused(response, name) != should_refuse:
                found.add((slug, name, f"{what}: {'taken' if should_refuse else 'refused'}"))
    assert found == {known for known in KNOWN if known[0] == slug}


def test_every_list_takes_the_query_parameters_the_schema_gives(api, units):
    client = api("officer")
    schema = schema_of(client)
    found = set()
    for path, operations in schema["paths"].items():
        if "get" not in operations or "{" in path:
            continue
        for parameter in operations["get"].get("parameters", []):
            name, described = parameter["name"], resolved(schema, parameter["schema"])
            if name == "cursor":  # a position written by the list itself, not a value to choose
                continue
            for what, value, should_refuse in query_tries(described):
                response = client.get(path, {name: value})
                assert response.status_code < 500, (path, name, what)
                answered = refused(response, name) if should_refuse else response.status_code == 200
                if not answered:
                    found.add((path, name, what, response.status_code))
    assert found == set()


def query_tries(described):
    """(what, value, refused?) the schema promises of a query parameter: ids and cursors are not tried."""
    kind = described.get("type")
    if "enum" in described:
        yield "another value", OTHER, True
        for value in sampled(described["enum"]):
            yield f"{value}", value, False
    elif kind == "string" and "format" not in described:
        limit = described.get("maxLength")
        yield "a long text", "x" * (limit or 300), False
        if limit:
            yield f"beyond maxLength {limit}", "x" * (limit + 1), True
    elif kind == "integer" and "minimum" in described:
        yield "at minimum", described["minimum"], False
        yield "below minimum", described["minimum"] - 1, True
    elif kind == "boolean":
        yield "true", "true", False
        yield "another value", "maybe", True
    elif described.get("format") == "date":
        yield "a day", "2021-02-28", False
        yield "no such day", "2021-02-30", True


def test_page_numbers_start_at_one_as_the_schema_says(api, users):
    client = api("officer")
    pages = [
        (path, parameter)
        for path, operations in schema_of(client)["paths"].items()
        for parameter in operations.get("get", {}).get("parameters", [])
        if parameter["name"] == "page"
    ]
    assert pages
    for path, parameter in pages:
        assert parameter["schema"] == {"type": "integer", "minimum": 1}, path
        assert client.get(path, {"page": 1}).status_code == 200, path
        response = client.get(path, {"page": 0})
        assert response.status_code == 400, path
        assert response.json() == {"page": ["Số trang phải là số nguyên dương (1, 2, 3…)."]}, path
