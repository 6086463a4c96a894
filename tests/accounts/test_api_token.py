"""API tokens: named, several per user, shown once, kept as a digest, with an end date; revoked by their user,
by a new password, a disabled account or a second factor. A password alone never yields, nor keeps, a token of
an account that has a second factor."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.hashers import make_password
from django.test import Client
from django.utils import timezone
from rest_framework.test import APIClient

from ngoaivu.accounts.models import ApiToken
from tests.conftest import PASSWORD

from .test_two_factor import SECURITY, code, enrol

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Hoi-nhap-quoc-te-2025"


def token_request(username, **extra):
    return APIClient().post("/api/token/", {"username": username, "password": PASSWORD, **extra}, format="json")


def with_token(key):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION=f"Token {key}")
    return client


def works(key):
    return with_token(key).get("/api/reports/").status_code == 200


def shown_key(response):
    return re.search(r'id="api-token-key">(\w+)<', response.content.decode()).group(1)


def make_on_page(client, name):
    response = client.post("/tai-khoan/khoa-api/", {"name": name}, follow=True)
    assert response.redirect_chain == [(SECURITY + "#api-token", 302)]
    return shown_key(response)


def test_without_a_second_factor_the_password_gives_a_token(users):
    response = token_request("officer", name="Máy chủ tổng hợp")
    assert response.status_code == 200
    body = response.json()
    assert works(body["token"])
    assert body["name"] == "Máy chủ tổng hợp" and body["expires"]


def test_a_wrong_password_gives_no_token(users):
    response = APIClient().post("/api/token/", {"username": "officer", "password": "sai"}, format="json")
    assert response.status_code == 400
    assert response.json() == {"detail": "Tên đăng nhập hoặc mật khẩu không đúng."}
    assert not ApiToken.objects.exists()


def test_a_leader_with_a_second_factor_gets_no_token_for_the_password_alone(client, users):
    enrol(client, users["leader"])
    response = token_request("leader")
    assert response.status_code == 403
    assert "xác thực hai lớp" in response.json()["detail"]
    assert not ApiToken.objects.filter(user=users["leader"]).exists()


def test_a_token_made_before_the_second_factor_stops_working_once_it_is_on(client, users):
    key = token_request("leader").json()["token"]
    assert works(key)
    enrol(client, users["leader"])
    response = with_token(key).get("/api/reports/")
    assert response.status_code == 401
    assert response.json()["detail"] == "Khóa truy cập API không đúng hoặc đã bị thu hồi."


def test_after_the_code_the_security_page_makes_a_token_that_works(client, users):
    device = enrol(client, users["leader"])
    client.logout()
    client.post("/dang-nhap/", {"username": "leader", "password": PASSWORD})
    assert client.post("/tai-khoan/khoa-api/", {"name": "Máy trạm"}).status_code == 302  # the code first
    client.post("/dang-nhap/ma-xac-thuc/", {"code": code(device), "next": SECURITY})
    key = make_on_page(client, "Máy trạm")
    assert works(key)
    tokens = ApiToken.objects.count()
    # the address shown after a key is made, opened again: the keys, no new one, no "no right"
    response = client.get("/tai-khoan/khoa-api/")
    assert response.status_code == 302 and response["Location"] == SECURITY + "#api-token"
    assert ApiToken.objects.count() == tokens


def test_a_token_made_after_the_code_outlives_the_next_sign_in_with_the_code(client, users):
    """django-otp saves the device at every code given: only its confirmation revokes tokens."""
    device = enrol(client, users["leader"])
    key = make_on_page(client, "Máy trạm")
    client.logout()
    client.post("/dang-nhap/", {"username": "leader", "password": PASSWORD})
    assert client.post("/dang-nhap/ma-xac-thuc/", {"code": code(device)}).status_code == 302
    assert works(key)


def test_a_user_holds_several_named_tokens_and_a_name_made_again_replaces_its_token(client, users):
    client.force_login(users["officer"])
    first, second = make_on_page(client, "Máy chủ A"), make_on_page(client, "Máy chủ B")
    assert works(first) and works(second)
    again = make_on_page(client, "Máy chủ A")
    assert not works(first) and works(second) and works(again)
    assert sorted(ApiToken.objects.filter(user=users["officer"]).values_list("name", flat=True)) == [
        "Máy chủ A",
        "Máy chủ B",
    ]


def test_the_page_that_shows_a_new_key_can_be_reloaded_without_making_another(client, users):
    """Post/redirect/get: the key is shown once, on the page the form leads to; reloading that page makes
    no key of the same name (which would cancel the one shown), and shows the key no more."""
    client.force_login(users["officer"])
    response = client.post("/tai-khoan/khoa-api/", {"name": "Máy chủ A"})
    assert response.status_code == 302 and response["Location"] == SECURITY + "#api-token"
    key = shown_key(client.get(response["Location"]))
    assert works(key)
    again = client.get(SECURITY)
    assert (
        again.status_code == 200
        and key not in again.content.decode()
        and 'id="api-token-key"' not in again.content.decode()
    )
    assert works(key) and ApiToken.objects.filter(user=users["officer"]).count() == 1
    assert all(key not in str(value) for value in client.session.values())  # not kept past its one showing


def test_a_token_needs_a_name(client, users):
    client.force_login(users["officer"])
    response = client.post("/tai-khoan/khoa-api/", {"name": "  "})
    assert response.status_code == 400
    assert "Đặt tên cho khóa" in response.content.decode()
    assert not ApiToken.objects.exists()


def test_only_a_digest_of_the_key_is_kept(users):
    key = token_request("officer").json()["token"]
    token = ApiToken.objects.get()
    stored = [str(value) for value in ApiToken.objects.values_list().get()]
    assert key not in stored and token.digest != key and len(token.digest) == 64
    assert key.startswith(token.prefix) and len(token.prefix) < len(key) // 4


def test_the_security_page_lists_the_users_own_tokens(client, users):
    ApiToken.issue(users["viewer"], "Của người khác")
    client.force_login(users["officer"])
    key = make_on_page(client, "Máy chủ tổng hợp")
    works(key)
    page = client.get(SECURITY).content.decode()
    table = page[page.index('id="api-tokens"') :]
    token = ApiToken.objects.get(user=users["officer"])
    assert "Máy chủ tổng hợp" in table and f"{key[:6]}…" in table
    assert key not in page  # shown once, when made
    assert timezone.localtime(token.expires).strftime("%d/%m/%Y") in table
    assert timezone.localtime(token.last_used).strftime("%d/%m/%Y %H:%M") in table
    assert "Của người khác" not in page


def test_a_user_revokes_one_token_and_only_their_own(client, users):
    theirs_token, theirs = ApiToken.issue(users["viewer"], "Của người khác")
    client.force_login(users["officer"])
    kept, revoked = make_on_page(client, "Giữ lại"), make_on_page(client, "Thu hồi")
    token = ApiToken.objects.get(name="Thu hồi")
    response = client.post("/tai-khoan/khoa-api/thu-hoi/", {"token": token.pk})
    assert response.status_code == 302 and response["Location"] == SECURITY
    assert "Đã thu hồi khóa «Thu hồi»." in client.get(SECURITY).content.decode()
    assert works(kept) and not works(revoked)
    for wrong in (theirs_token.pk, "abc", "", "9" * 30):
        assert client.post("/tai-khoan/khoa-api/thu-hoi/", {"token": wrong}).status_code == 404
    assert works(theirs)
    assert client.get("/tai-khoan/khoa-api/thu-hoi/").status_code == 405  # POST only


def test_a_token_ends_after_API_TOKEN_DAYS_with_a_message(users, settings, clock):
    settings.API_TOKEN_DAYS = 30
    clock(2025, 3, 1)
    key = token_request("officer").json()["token"]
    assert ApiToken.objects.get().expires == timezone.now() + timedelta(days=30)
    clock(2025, 3, 30)
    assert works(key)
    clock(2025, 3, 31)
    response = with_token(key).get("/api/reports/")
    assert response.status_code == 401 and response["WWW-Authenticate"] == "Token"
    assert response.json()["detail"] == (
        "Khóa truy cập API «Tạo qua API ngày 01/03/2025» đã hết hạn ngày 31/03/2025; hãy tạo khóa mới ở trang «Bảo mật tài khoản»."
    )


def test_a_malformed_header_is_refused_in_vietnamese(users):
    client = APIClient()
    client.credentials(HTTP_AUTHORIZATION="Token")
    assert client.get("/api/reports/").json()["detail"] == "Tiêu đề Authorization phải có dạng «Token <khóa>»."
    client.credentials(HTTP_AUTHORIZATION="Token abc def")
    assert client.get("/api/reports/").status_code == 401


def test_the_last_use_is_recorded(users, clock):
    moment = clock(2025, 3, 1)
    key = token_request("officer").json()["token"]
    assert ApiToken.objects.get().last_used is None
    works(key)
    assert ApiToken.objects.get().last_used == moment


# --- The password changes, the account is disabled --------------------------------------------------


def test_changing_the_password_on_its_page_revokes_the_tokens(client, users):
    key = token_request("officer").json()["token"]
    other = token_request("viewer").json()["token"]
    client.force_login(users["officer"])
    response = client.post(
        "/tai-khoan/doi-mat-khau/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert not works(key) and works(other)


def test_a_password_set_in_the_admin_revokes_the_tokens(client, users):
    key = token_request("officer").json()["token"]
    client.force_login(users["admin"])
    response = client.post(
        f"/quan-tri/core/user/{users['officer'].pk}/password/",
        {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD, "usable_password": "true"},
    )
    assert response.status_code == 302
    users["officer"].refresh_from_db()
    assert users["officer"].check_password(NEW_PASSWORD)
    assert not works(key)


def test_a_password_set_in_code_or_written_as_a_hash_revokes_the_tokens(users):
    officer = users["officer"]
    key = token_request("officer").json()["token"]
    officer.set_password(NEW_PASSWORD)
    officer.save()
    assert not works(key)
    key = ApiToken.issue(officer, "Máy chủ")[1]
    officer.password = make_password("Mat-khau-khac-2025")
    officer.save(update_fields=["password", "last_name"])
    assert not works(key)


def test_disabling_the_account_revokes_the_tokens(client, users):
    key = token_request("officer").json()["token"]
    officer = users["officer"]
    officer.is_active = False
    officer.save()
    assert not works(key)
    officer.is_active = True
    officer.save()
    assert not works(key) and not ApiToken.objects.exists()


def test_an_account_disabled_behind_the_signals_back_is_refused_all_the_same(users):
    key = token_request("officer").json()["token"]
    type(users["officer"]).objects.filter(pk=users["officer"].pk).update(is_active=False)  # no save(), no signal
    response = with_token(key).get("/api/reports/")
    assert response.status_code == 401 and response.json()["detail"] == "Tài khoản đã ngừng hoạt động."


def test_signing_in_and_other_saves_keep_the_tokens(client, users):
    key = token_request("officer").json()["token"]
    assert client.post("/dang-nhap/", {"username": "officer", "password": PASSWORD}).status_code == 302
    officer = users["officer"]
    officer.refresh_from_db()
    officer.position = "Chuyên viên chính"
    officer.save()
    assert works(key)


def test_a_stronger_hasher_rehashing_the_same_password_at_sign_in_keeps_the_tokens(users, settings):
    """Django re-hashes a password at sign-in when the first hasher changes: the password is the same."""
    key = token_request("officer").json()["token"]
    before = users["officer"].password
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
        "django.contrib.auth.hashers.MD5PasswordHasher",
    ]
    assert Client().post("/dang-nhap/", {"username": "officer", "password": PASSWORD}).status_code == 302
    users["officer"].refresh_from_db()
    assert users["officer"].password != before and users["officer"].password.startswith("pbkdf2_")
    assert works(key)
