"""A wrong password at POST /api/token/ is a failed sign-in, counted by django-axes, whatever else the body sends:
a field the address does not take must not turn a guess into an uncounted 400."""

import pytest
from axes.models import AccessAttempt
from rest_framework.test import APIClient

from ngoaivu.accounts.models import ApiToken
from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db

WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."


def token(body, address="10.2.3.4"):
    return APIClient().post("/api/token/", body, format="json", REMOTE_ADDR=address)


def test_a_wrong_password_with_an_unknown_field_is_a_failure_counted(users):
    for attempt in range(4):
        response = token({"username": "officer", "password": f"sai-{attempt}", "nmae": "x", "otp": "123456"})
        assert response.status_code == 400 and response.json() == {"detail": WRONG}
    assert AccessAttempt.objects.get(username="officer").failures_since_start == 4
    # The fifth failure locks the name out from that address, whatever the tries sent beside the password.
    assert token({"username": "officer", "password": "sai-4", "nmae": "x"}).status_code == 429
    assert token({"username": "officer", "password": PASSWORD}).status_code == 429
    assert token({"username": "officer", "password": PASSWORD}, address="10.9.9.9").status_code == 200


def test_a_wrong_password_with_a_name_too_long_is_a_failure_counted(users):
    response = token({"username": "officer", "password": "sai", "name": "x" * 101})
    assert response.status_code == 400 and response.json() == {"detail": WRONG}
    assert AccessAttempt.objects.get(username="officer").failures_since_start == 1


def test_the_right_password_with_an_unknown_field_is_refused_and_gives_no_token(users):
    response = token({"username": "officer", "password": PASSWORD, "nmae": "x"})
    assert response.status_code == 400 and list(response.json()) == ["nmae"]
    assert response.json()["nmae"][0].startswith("Không có trường «nmae» ở địa chỉ này")
    assert not ApiToken.objects.exists() and not AccessAttempt.objects.exists()


def test_a_body_without_a_password_is_refused_with_all_its_errors(users):
    response = token({"username": "officer", "nmae": "x"})
    assert response.status_code == 400 and sorted(response.json()) == ["nmae", "password"]
    assert not AccessAttempt.objects.exists()
