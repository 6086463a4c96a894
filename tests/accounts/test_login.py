"""Signing in: failed attempts lock a name out for a while, sessions end when idle, passwords follow a policy."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.utils import timezone

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db
LOGIN = "/dang-nhap/"


def sign_in(client, password, username="officer", address="10.1.2.3"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=address)


def test_the_right_password_signs_in(client, users):
    response = sign_in(client, PASSWORD)
    assert response.status_code == 302 and response["Location"] == "/"
    assert client.get("/").status_code == 200


def test_a_wrong_password_is_said_in_vietnamese(client, users):
    response = sign_in(client, "sai-mat-khau-1")
    assert response.status_code == 200
    assert "Vui lòng điền vào Tên đăng nhập và mật khẩu chính xác." in response.content.decode()


def test_five_failures_lock_the_name_out_from_that_address(client, users):
    for attempt in range(5):
        sign_in(client, f"sai-mat-khau-{attempt}")
    locked = sign_in(client, PASSWORD)
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Tạm khóa đăng nhập" in page and "15 phút" in page
    assert client.get("/").status_code == 302  # not signed in
    # Another address, or another user, is not locked out by someone else's failures.
    assert sign_in(client, PASSWORD, address="10.9.9.9").status_code == 302
    client.logout()
    assert sign_in(client, PASSWORD, username="leader").status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, users):
    for attempt in range(5):
        sign_in(client, f"sai-mat-khau-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, PASSWORD).status_code == 302


def test_a_success_clears_earlier_failures(client, users):
    for attempt in range(4):
        sign_in(client, f"sai-mat-khau-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()
    for attempt in range(4):
        sign_in(client, f"sai-mat-khau-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 302


def test_the_api_token_endpoint_is_locked_out_too(client, users):
    for attempt in range(5):
        client.post("/api/token/", {"username": "officer", "password": f"sai-{attempt}"}, REMOTE_ADDR="10.1.2.3")
    # Locked out: the right password gives no token from that address, and does from another.
    response = client.post("/api/token/", {"username": "officer", "password": PASSWORD}, REMOTE_ADDR="10.1.2.3")
    assert response.status_code == 400 and "token" not in response.json()
    response = client.post("/api/token/", {"username": "officer", "password": PASSWORD}, REMOTE_ADDR="10.7.7.7")
    assert response.status_code == 200 and response.json()["token"]


def test_an_idle_session_ends(client, users):
    sign_in(client, PASSWORD)
    assert client.get("/").status_code == 200
    session = client.session
    assert 0 < session.get_expiry_age() <= 2 * 3600
    assert session.get_expire_at_browser_close()
    from django.contrib.sessions.models import Session

    Session.objects.filter(session_key=session.session_key).update(expire_date=timezone.now() - timedelta(seconds=1))
    response = client.get("/")
    assert response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_each_request_pushes_the_idle_limit_back(client, users):
    from django.contrib.sessions.models import Session

    sign_in(client, PASSWORD)
    key = client.session.session_key
    Session.objects.filter(session_key=key).update(expire_date=timezone.now() + timedelta(minutes=5))
    client.get("/")
    assert Session.objects.get(session_key=key).expire_date > timezone.now() + timedelta(minutes=110)


@pytest.mark.parametrize("password, message", [
    ("ngan-1", "Mật khẩu này quá ngắn: cần ít nhất 10 ký tự."),
    ("12345678901234", "Mật khẩu này hoàn toàn là số."),
    ("khongcosonao", "Mật khẩu phải có cả chữ và số."),
])
def test_a_new_password_follows_the_policy(client, users, password, message):
    client.force_login(users["officer"])
    response = client.post("/tai-khoan/doi-mat-khau/", {
        "old_password": PASSWORD, "new_password1": password, "new_password2": password})
    assert response.status_code == 200
    assert message in response.content.decode()
    users["officer"].refresh_from_db()
    assert users["officer"].check_password(PASSWORD)


def test_a_good_new_password_is_saved_and_the_session_stays(client, users):
    client.force_login(users["officer"])
    response = client.post("/tai-khoan/doi-mat-khau/", {
        "old_password": PASSWORD, "new_password1": "Hoi-nhap-quoc-te-2025", "new_password2": "Hoi-nhap-quoc-te-2025"})
    assert response.status_code == 302
    users["officer"].refresh_from_db()
    assert users["officer"].check_password("Hoi-nhap-quoc-te-2025")
    assert client.get("/").status_code == 200
