"""The schema and the endpoint list are for signed-in users (session or token), and the schema is built once."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from ngoaivu.accounts.models import ApiToken
from ngoaivu.api import schema as schema_module

pytestmark = pytest.mark.django_db


def with_token(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_without_signing_in_the_schema_is_a_401(db):
    for path in ("/api/schema/", "/api/schema/?format=json"):
        response = APIClient().get(path)
        assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"
        assert response["Content-Type"] == "application/json"
        assert response.json()["detail"].startswith("Chưa xác thực")
    assert with_token("sai").get("/api/schema/").status_code == 401


def test_without_signing_in_the_endpoint_list_sends_to_the_sign_in_page(db):
    response = Client().get("/api/docs/")
    assert response.status_code == 302 and response["Location"] == "/dang-nhap/?next=/api/docs/"
    response = Client().get("/api/docs/", HTTP_AUTHORIZATION="Token sai")
    assert response.status_code == 302


def test_a_session_or_a_token_opens_both(client_for, users):
    client = client_for("reporter")
    assert client.get("/api/schema/?format=json").json()["openapi"].startswith("3.")
    assert "/api/register/doan-vao/{id}/" in client.get("/api/docs/").content.decode()
    key = ApiToken.issue(users["viewer"], "Máy chủ")[1]
    yaml = with_token(key).get("/api/schema/")
    assert yaml.status_code == 200 and yaml["Content-Type"].startswith("application/vnd.oai.openapi")
    assert yaml.content.startswith(b"openapi: 3.")
    docs = Client().get("/api/docs/", HTTP_AUTHORIZATION=f"Token {key}")
    assert docs.status_code == 200 and "/api/reports/{id}/transition/" in docs.content.decode()


def test_the_schema_is_built_once_per_language(api, monkeypatch):
    schema_module.forget()
    built = []
    generate = schema_module.SchemaGenerator.get_schema

    def counted(self, *args, **kwargs):
        built.append(1)
        return generate(self, *args, **kwargs)

    monkeypatch.setattr(schema_module.SchemaGenerator, "get_schema", counted)
    client = api("officer")
    first = client.get("/api/schema/?format=json")
    for _ in range(5):
        again = client.get("/api/schema/?format=json")
    assert first.content == again.content and len(built) == 1
    client.get("/api/schema/")  # YAML: the same schema, rendered once more
    client.get("/api/docs/")
    assert len(built) == 1
    english = client.get("/api/schema/?format=json&lang=en")
    assert len(built) == 2 and english.content != first.content and english["Content-Language"] == "en"
    for unknown in ("xx", "../../etc", "vi-VN" * 50):  # never one schema per made-up language
        assert client.get(f"/api/schema/?format=json&lang={unknown}").content == first.content
    assert len(built) == 2


def test_the_schema_is_the_same_for_every_user(api):
    """It is built as a province-wide reader sees the filters; a reporter's unit filter is ignored, not refused."""
    officer = api("officer").get("/api/schema/?format=json").content
    assert api("reporter").get("/api/schema/?format=json").content == officer


def test_the_schema_is_named_for_what_it_is(api):
    client = api("viewer")
    yaml = client.get("/api/schema/")
    assert yaml["Content-Type"].startswith("application/vnd.oai.openapi")
    assert yaml["Content-Disposition"] == 'inline; filename="ngoaivu-api.yaml"'
    json = client.get("/api/schema/?format=json")
    assert json["Content-Disposition"] == 'inline; filename="ngoaivu-api.json"' and json.json()["openapi"]
