"""Optional two-factor sign-in for leaders and administrators: set up with a QR code, then asked at every sign-in."""

import pytest
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db
SECURITY = "/tai-khoan/bao-mat/"


def code(device, fresh=True):
    if fresh:  # a code is accepted once, and a failure slows the next try: start clean
        device.refresh_from_db()
        device.last_t = -1
        device.throttling_failure_count, device.throttling_failure_timestamp = 0, None
        device.save()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():06d}"


def enrol(client, user):
    client.force_login(user)
    client.get(SECURITY)  # makes the device, shown as a QR code
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    assert client.post(SECURITY, {"code": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    return device


def test_a_leader_sets_it_up_from_a_qr_code(client, users):
    client.force_login(users["leader"])
    page = client.get(SECURITY).content.decode()
    assert "<svg" in page and 'id="totp-secret"' in page
    device = TOTPDevice.objects.get(user=users["leader"])
    assert device.config_url.startswith("otpauth://totp/Ngo%E1%BA%A1i%20v%E1%BB%A5%3Aleader?")
    wrong = client.post(SECURITY, {"code": "000000" if code(device) != "000000" else "111111"})
    assert "Mã xác thực không đúng hoặc đã hết hạn." in wrong.content.decode()
    device.refresh_from_db()
    assert not device.confirmed
    assert client.post(SECURITY, {"code": code(device)}).status_code == 302
    device.refresh_from_db()
    assert device.confirmed
    assert "Đang bật" in client.get(SECURITY).content.decode()


def test_after_setting_it_up_every_sign_in_asks_for_the_code(client, users):
    device = enrol(client, users["leader"])
    client.logout()
    response = client.post("/dang-nhap/", {"username": "leader", "password": PASSWORD, "next": "/bao-cao/"})
    assert response.status_code == 302
    # The password alone reaches nothing but the code page.
    for path in ("/", "/bao-cao/", "/so-theo-doi/doan-vao/", "/quan-tri/"):
        blocked = client.get(path)
        assert blocked.status_code == 302 and blocked["Location"].startswith("/dang-nhap/ma-xac-thuc/"), path
    # The API answers a program in JSON, as its other refusals of credentials.
    blocked = client.get("/api/register/doan-vao/")
    assert blocked.status_code == 401 and blocked["WWW-Authenticate"] == "Token"
    assert blocked.json()["detail"].startswith("Chưa nhập mã xác thực hai lớp")
    page = client.get("/dang-nhap/ma-xac-thuc/?next=/bao-cao/")
    assert "Xác thực hai lớp" in page.content.decode()
    wrong = client.post("/dang-nhap/ma-xac-thuc/", {"code": "12345a", "next": "/bao-cao/"})
    assert "Mã xác thực chỉ gồm 6 chữ số." in wrong.content.decode()
    right = client.post("/dang-nhap/ma-xac-thuc/", {"code": code(device), "next": "/bao-cao/"})
    assert right.status_code == 302 and right["Location"] == "/bao-cao/"
    assert client.get("/bao-cao/").status_code == 200


def test_repeated_wrong_codes_are_slowed_down(client, users):
    device = enrol(client, users["admin"])
    client.logout()
    client.post("/dang-nhap/", {"username": "admin", "password": PASSWORD})
    good = code(device)
    bad = "000000" if good != "000000" else "111111"
    client.post("/dang-nhap/ma-xac-thuc/", {"code": bad})
    response = client.post("/dang-nhap/ma-xac-thuc/", {"code": good})
    assert "Nhập sai nhiều lần liên tiếp" in response.content.decode()
    assert client.get("/").status_code == 302


def test_the_next_address_stays_on_this_site(client, users):
    device = enrol(client, users["leader"])
    client.logout()
    client.post("/dang-nhap/", {"username": "leader", "password": PASSWORD})
    response = client.post("/dang-nhap/ma-xac-thuc/", {"code": code(device), "next": "https://example.org/"})
    assert response["Location"] == "/"


def test_turning_it_off_takes_a_current_code(client, users):
    device = enrol(client, users["leader"])
    client.post("/tai-khoan/tat-xac-thuc-hai-lop/", {"code": "abc"})
    assert TOTPDevice.objects.filter(pk=device.pk, confirmed=True).exists()
    client.post("/tai-khoan/tat-xac-thuc-hai-lop/", {"code": code(device)})
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()


def test_only_leaders_and_administrators_are_offered_it(client, users):
    for name in ("officer", "reporter", "viewer"):
        client.force_login(users[name])
        page = client.get(SECURITY)
        assert page.status_code == 200
        assert 'id="two-factor"' not in page.content.decode(), name
        assert not TOTPDevice.objects.filter(user=users[name]).exists()
