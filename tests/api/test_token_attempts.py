"""A wrong password at POST /api/token/ is a failed sign-in, counted by django-axes, whatever else the body sends:
a field the address does not take must not turn a guess into an uncounted 400. So is a name sent with a password
that can be no one's (missing, empty, too long): it is a wrong password for that name. A body without a name
tries no one's password: it is refused, and locks no one out."""

import pytest
from axes.models import AccessAttempt
from django.conf import settings
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


LOCKED = (
    "Tài khoản này đã nhập sai mật khẩu nhiều lần từ địa chỉ của bạn nên tạm thời không đăng nhập được. "
    "Vui lòng thử lại sau 15 phút, hoặc liên hệ quản trị hệ thống."
)
# A password no one's can be, and what the token's address says of it.
MALFORMED = [
    ({}, "Trường này là bắt buộc."),
    ({"password": ""}, "Trường này không được bỏ trống."),
    ({"password": None}, "Trường này không được để trống (null)."),
    ({"password": "x" * 4097}, "Tối đa 4096 ký tự."),
    ({"password": ["sai"]}, "Phải là một chuỗi ký tự."),
]


def failures(username="officer"):
    attempt = AccessAttempt.objects.filter(username=username).first()
    return attempt.failures_since_start if attempt else 0


def test_a_name_with_a_password_that_can_be_no_ones_is_a_failure_counted(users):
    for tries, (password, said) in enumerate(MALFORMED, start=1):
        response = token({"username": "officer", **password}, address=f"10.2.3.{tries}")
        # Said of the password alone: the rest of the body is read only with the right one.
        assert response.status_code == 400 and response.json() == {"password": [said]}, password
        assert AccessAttempt.objects.get(ip_address=f"10.2.3.{tries}").failures_since_start == 1, password


def test_a_body_without_a_password_is_refused_as_a_wrong_password_with_its_own_words(users):
    response = token({"username": "officer", "nmae": "x"})
    assert response.status_code == 400 and response.json() == {"password": ["Trường này là bắt buộc."]}
    assert failures() == 1


def test_malformed_tries_lock_the_name_out_as_wrong_passwords_do(users):
    limit = settings.AXES_FAILURE_LIMIT
    for attempt in range(limit - 1):
        password = MALFORMED[attempt % len(MALFORMED)][0] if attempt % 2 else {"password": f"sai-{attempt}"}
        assert token({"username": "officer", **password}).status_code == 400
    assert failures() == limit - 1
    # The last try allowed, an empty password, locks the name out from that address: the lockout's own answer.
    response = token({"username": "officer", "password": ""})
    assert response.status_code == 429 and response.json() == {"detail": LOCKED}
    assert response["Retry-After"] == "900"
    for body in ({"username": "officer"}, {"username": "officer", "password": PASSWORD}):
        response = token(body)
        assert response.status_code == 429 and response.json() == {"detail": LOCKED}, body
    assert not ApiToken.objects.exists()
    assert token({"username": "officer", "password": PASSWORD}, address="10.9.9.9").status_code == 200


@pytest.mark.parametrize(
    "body, said",
    [
        ({"password": "sai"}, "Trường này là bắt buộc."),
        ({"username": "", "password": "sai"}, "Trường này không được bỏ trống."),
        ({"username": "   ", "password": "sai"}, "Trường này không được bỏ trống."),
        ({"username": None, "password": "sai"}, "Trường này không được để trống (null)."),
        ({"username": "o" * 151, "password": "sai"}, "Tối đa 150 ký tự."),
        ({"username": ["officer"], "password": "sai"}, "Phải là một chuỗi ký tự."),
    ],
)
def test_a_body_without_a_name_is_refused_and_locks_no_one_out(users, body, said):
    for _attempt in range(settings.AXES_FAILURE_LIMIT + 1):
        response = token(body)
        assert response.status_code == 400 and response.json() == {"username": [said]}
    assert not AccessAttempt.objects.exists()
    assert token({"username": "officer", "password": PASSWORD}).status_code == 200


def test_a_body_without_a_name_is_refused_with_all_its_errors(users):
    response = token({"password": "", "nmae": "x"})
    assert response.status_code == 400 and sorted(response.json()) == ["nmae", "password", "username"]
    assert not AccessAttempt.objects.exists()
