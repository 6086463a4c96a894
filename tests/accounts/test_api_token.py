"""API tokens and the second factor: a password alone never yields, nor keeps, a token of an account that has one."""

import re

import pytest
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.conftest import PASSWORD

from .test_two_factor import SECURITY, code, enrol

pytestmark = pytest.mark.django_db


def token_request(username):
    return APIClient().post("/api/token/", {"username": username, "password": PASSWORD}, format="json")


def with_token(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def test_without_a_second_factor_the_password_gives_a_token(users):
    response = token_request("officer")
    assert response.status_code == 200
    assert with_token(response.json()["token"]).get("/api/reports/").status_code == 200


def test_a_leader_with_a_second_factor_gets_no_token_for_the_password_alone(client, users):
    enrol(client, users["leader"])
    response = token_request("leader")
    assert response.status_code == 403
    assert "xác thực hai lớp" in response.json()["detail"]
    assert not Token.objects.filter(user=users["leader"]).exists()


def test_a_token_made_before_the_second_factor_stops_working_once_it_is_on(client, users):
    key = token_request("leader").json()["token"]
    assert with_token(key).get("/api/reports/").status_code == 200
    enrol(client, users["leader"])
    assert with_token(key).get("/api/reports/").status_code == 401


def test_after_the_code_the_security_page_makes_a_token_that_works(client, users):
    device = enrol(client, users["leader"])
    client.logout()
    client.post("/dang-nhap/", {"username": "leader", "password": PASSWORD})
    assert client.post("/tai-khoan/khoa-api/").status_code == 302  # the code first
    client.post("/dang-nhap/ma-xac-thuc/", {"code": code(device), "next": SECURITY})
    page = client.post("/tai-khoan/khoa-api/").content.decode()
    key = re.search(r'id="api-token-key">(\w+)<', page).group(1)
    assert Token.objects.get(user=users["leader"]).key == key
    assert with_token(key).get("/api/reports/").status_code == 200
    again = re.search(r'id="api-token-key">(\w+)<', client.post("/tai-khoan/khoa-api/").content.decode()).group(1)
    assert again != key and with_token(key).get("/api/reports/").status_code == 401  # the old one is revoked
    assert client.get("/tai-khoan/khoa-api/").status_code == 403  # a GET changes nothing
