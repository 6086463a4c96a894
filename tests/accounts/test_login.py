"""Signing in: failed attempts lock a name out from one address for a while (behind a proxy too), sessions end
when idle, passwords follow a policy."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.db.models import F
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
    page = response.content.decode()
    assert "Tên đăng nhập hoặc mật khẩu không đúng." in page
    # no field is marked, so the summary sends nobody to look for one
    assert "xem các ô được đánh dấu" not in page and 'aria-invalid="true"' not in page


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


def test_a_lock_out_is_one_vietnamese_line_of_the_server_log(client, users, caplog):
    for attempt in range(5):
        sign_in(client, f"sai-mat-khau-{attempt}")
    until = timezone.localtime(AccessAttempt.objects.get().attempt_time + timedelta(minutes=15))
    sign_in(client, PASSWORD)  # a try during the lock: refused, and not logged again
    assert [record.getMessage() for record in caplog.records if record.name == "ngoaivu.accounts.lockouts"] == [
        f"Tạm khóa đăng nhập tài khoản «officer» từ địa chỉ 10.1.2.3 đến {until:%H:%M %d/%m/%Y}, "
        "sau 05 lần nhập sai mật khẩu."
    ]
    assert not [record for record in caplog.records if record.name.startswith("axes")]  # its English stays out


def test_a_name_with_a_line_break_is_logged_on_one_line(client, users, caplog):
    for attempt in range(5):
        sign_in(client, f"sai-{attempt}", username="officer\nAXES: forged")
    (line,) = [record.getMessage() for record in caplog.records if record.name == "ngoaivu.accounts.lockouts"]
    assert "\n" not in line and "«officer AXES: forged»" in line


ATTACKER, OFFICER_AT_HOME, NGINX = "203.0.113.7", "198.51.100.20", "127.0.0.1"


def through_proxy(client, password, forwarded_for, connection=NGINX, username="officer"):
    """A sign-in as the README's nginx passes it on: from the proxy's address, the client's in X-Forwarded-For."""
    return client.post(
        LOGIN, {"username": username, "password": password}, REMOTE_ADDR=connection, HTTP_X_FORWARDED_FOR=forwarded_for
    )


def test_behind_the_proxy_failures_lock_the_attackers_address_and_not_the_name(client, users, settings):
    settings.TRUSTED_PROXIES = 1
    for attempt in range(5):
        through_proxy(client, f"sai-mat-khau-{attempt}", ATTACKER)
    assert AccessAttempt.objects.get().ip_address == ATTACKER
    assert through_proxy(client, PASSWORD, ATTACKER).status_code == 429
    # A header the attacker writes is kept on the left by a proxy that appends: the right-most entry counts.
    assert through_proxy(client, PASSWORD, f"{OFFICER_AT_HOME}, {ATTACKER}").status_code == 429
    # The officer, from their own address behind the same proxy, signs in.
    assert through_proxy(client, PASSWORD, OFFICER_AT_HOME).status_code == 302
    assert client.get("/").status_code == 200


def test_behind_two_proxies_the_address_the_outer_one_saw_counts(client, users, settings):
    settings.TRUSTED_PROXIES = 2
    for attempt in range(5):  # forged entries on the left change each time; the outer proxy's entry does not
        through_proxy(client, f"sai-mat-khau-{attempt}", f"10.0.0.{attempt}, {ATTACKER}, 10.8.0.2")
    assert through_proxy(client, PASSWORD, f"{ATTACKER}, 10.8.0.2").status_code == 429
    assert through_proxy(client, PASSWORD, f"{OFFICER_AT_HOME}, 10.8.0.2").status_code == 302


def test_without_a_trusted_proxy_a_forged_forwarded_for_escapes_nothing(client, users, settings):
    settings.TRUSTED_PROXIES = 0
    for attempt in range(5):
        through_proxy(client, f"sai-mat-khau-{attempt}", f"10.0.0.{attempt}", connection=ATTACKER)
    assert through_proxy(client, PASSWORD, OFFICER_AT_HOME, connection=ATTACKER).status_code == 429
    assert AccessAttempt.objects.get().ip_address == ATTACKER
    assert through_proxy(client, PASSWORD, ATTACKER, connection=OFFICER_AT_HOME).status_code == 302


def test_the_lock_lifts_after_the_cool_off(client, users):
    for attempt in range(5):
        sign_in(client, f"sai-mat-khau-{attempt}")
    assert sign_in(client, PASSWORD).status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, PASSWORD).status_code == 302


def test_tries_during_the_lock_out_do_not_start_it_again(client, users):
    for attempt in range(5):
        sign_in(client, f"sai-mat-khau-{attempt}")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=10))
    retry = sign_in(client, PASSWORD)
    assert retry.status_code == 429  # still locked, ten minutes in: five minutes left, and said so
    assert "Vui lòng thử lại sau 5 phút" in retry.content.decode()
    assert sign_in(client, "sai-nua").status_code == 429
    # six minutes on, 16 after the fifth failure, the lock lifts, the tries made during it notwithstanding
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=6))
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
    assert response.status_code == 429 and response["Content-Type"] == "application/json"
    assert response.json() == {
        "detail": (
            "Tài khoản này đã nhập sai mật khẩu nhiều lần từ địa chỉ của bạn nên tạm thời không đăng nhập được. "
            "Vui lòng thử lại sau 15 phút, hoặc liên hệ quản trị hệ thống."
        )
    }
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


@pytest.mark.parametrize(
    "password, message",
    [
        ("ngan-1", "Mật khẩu này quá ngắn: cần ít nhất 10 ký tự."),
        ("12345678901234", "Mật khẩu phải có cả chữ và số."),
        ("khongcosonao", "Mật khẩu phải có cả chữ và số."),
    ],
)
def test_a_new_password_follows_the_policy(client, users, password, message):
    client.force_login(users["officer"])
    response = client.post(
        "/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": password, "new_password2": password}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert "Dữ liệu chưa hợp lệ, xem các ô được đánh dấu." in response.content.decode()
    users["officer"].refresh_from_db()
    assert users["officer"].check_password(PASSWORD)


def test_a_wrong_old_password_is_said_in_a_whole_sentence(client, users):
    client.force_login(users["officer"])
    response = client.post(
        "/tai-khoan/doi-mat-khau/",
        {"old_password": "sai-mat-khau-1", "new_password1": "Hoi-nhap-2025", "new_password2": "Hoi-nhap-2025"},
    )
    assert response.context["form"].errors["old_password"] == ["Mật khẩu cũ không chính xác. Hãy nhập lại lần nữa."]


def test_the_help_lists_each_rule_once(client, users):
    client.force_login(users["officer"])
    page = client.get("/tai-khoan/doi-mat-khau/").content.decode()
    assert page.count("Mật khẩu phải có cả chữ và số.") == 1
    assert "hoàn toàn bằng số" not in page


def test_the_rules_are_said_beside_the_new_password_not_its_confirmation(client, users):
    client.force_login(users["officer"])
    response = client.post(
        "/tai-khoan/doi-mat-khau/", {"old_password": PASSWORD, "new_password1": "officer", "new_password2": "officer"}
    )
    errors = response.context["form"].errors
    assert "Mật khẩu này quá ngắn: cần ít nhất 10 ký tự." in errors["new_password1"]
    assert "new_password2" not in errors
    mismatch = (
        client.post(
            "/tai-khoan/doi-mat-khau/",
            {"old_password": PASSWORD, "new_password1": "Hoi-nhap-quoc-te-2025", "new_password2": "Hoi-nhap-2025"},
        )
        .context["form"]
        .errors
    )
    assert list(mismatch) == ["new_password2"]


def test_a_good_new_password_is_saved_and_the_session_stays(client, users):
    client.force_login(users["officer"])
    response = client.post(
        "/tai-khoan/doi-mat-khau/",
        {"old_password": PASSWORD, "new_password1": "Hoi-nhap-quoc-te-2025", "new_password2": "Hoi-nhap-quoc-te-2025"},
    )
    assert response.status_code == 302
    users["officer"].refresh_from_db()
    assert users["officer"].check_password("Hoi-nhap-quoc-te-2025")
    assert client.get("/").status_code == 200


@pytest.mark.parametrize(
    "proxies, forwarded_for, address",
    [
        (0, "198.51.100.20", "10.0.0.1"),  # no proxy: the header is never read
        (1, "", "10.0.0.1"),  # a proxy that sent no header: the connection
        (1, "198.51.100.20", "198.51.100.20"),
        (1, "1.2.3.4, 198.51.100.20", "198.51.100.20"),  # a forged entry on the left
        (1, " 2001:DB8::1 ", "2001:db8::1"),
        (2, "198.51.100.20", "198.51.100.20"),  # fewer entries than proxies: all are ours
        (1, "không-phải-địa-chỉ", "10.0.0.1"),  # what no proxy of ours writes is not believed
    ],
)
def test_the_client_address(settings, proxies, forwarded_for, address):
    from django.test import RequestFactory

    from ngoaivu.core.addresses import client_address

    settings.TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=forwarded_for)
    assert client_address(request) == address


def test_the_sign_in_page_names_the_office(client, units, settings):
    assert "Sở Ngoại vụ tỉnh" not in client.get("/dang-nhap/").content.decode()  # no focal point yet: no name
    units["sngv"].coordinates_province = True
    units["sngv"].save()
    assert "<strong>Sở Ngoại vụ tỉnh Quảng Ngãi</strong>" in client.get("/dang-nhap/").content.decode()
    units["sngv"].name = "Sở Ngoại vụ tỉnh Quảng Ngãi"  # a name that says its province already
    units["sngv"].save()
    assert "<strong>Sở Ngoại vụ tỉnh Quảng Ngãi</strong>" in client.get("/dang-nhap/").content.decode()
    settings.OFFICE_NAME, settings.OFFICE_EMBLEM_URL = "Văn phòng UBND tỉnh Quảng Ngãi", "/static/quoc-huy.png"
    page = client.get("/dang-nhap/").content.decode()
    assert "<strong>Văn phòng UBND tỉnh Quảng Ngãi</strong>" in page and 'src="/static/quoc-huy.png"' in page
