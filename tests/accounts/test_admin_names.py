"""The admin names every app and model in Vietnamese, third-party ones included (django-axes, django-otp),
whatever language the browser asks for."""

import re

import pytest

# The admin's names: words, not queries.
pytestmark = [pytest.mark.django_db, pytest.mark.one_database]

# What the admin's index may show: each app, and the models it lists.
EXPECTED = {
    "Báo cáo": {"Báo cáo", "Mẫu báo cáo", "Văn bản đã ban hành"},
    "Tác vụ nền": {"Tác vụ nền"},
    "Đăng nhập và bảo mật": {"Khóa truy cập API"},
    "Theo dõi đăng nhập": {"Số lần đăng nhập sai", "Nhật ký đăng nhập sai", "Nhật ký đăng nhập"},
    "Thủ tục hành chính": {"Bản dịch thủ tục", "Thủ tục hành chính"},
    "Tổ chức và danh mục": {
        "Cụm từ đọc báo cáo",
        "Người dùng",
        "Văn bản",
        "Đơn vị",
        "Địa phương đối tác",
        "Sắp xếp đơn vị",
        "Chứng thư số gốc tin cậy",
        "Danh sách chứng thư số bị thu hồi",
        "Thiết bị ký số",
    },
    "Xác thực hai lớp": {"Thiết bị xác thực hai lớp"},
    "Xác thực và ủy quyền": {"Các nhóm"},
    "Yêu cầu báo cáo": {"Thư nhắc", "Yêu cầu báo cáo"},
}
ENGLISH = ["Axes", "Access", "Otp", "TOTP", "device", "Token", "Session", "Authentication"]


def shown(html):
    """{app name: {model names}} as the index lists them."""
    listed = {}
    for table in re.findall(r"<caption>(.*?)</table>", html, re.S):
        app = re.sub(r"<[^>]+>", "", table.split("</caption>")[0]).strip()
        rows = re.findall(r'<th scope="row"[^>]*>(.*?)</th>', table, re.S)
        listed[app] = {re.sub(r"<[^>]+>", "", row).strip() for row in rows}
    return listed


@pytest.mark.parametrize("browser", ["vi", "en-US,en;q=0.9"])
def test_every_app_and_model_name_is_vietnamese(client_for, browser):
    response = client_for("admin").get("/quan-tri/", HTTP_ACCEPT_LANGUAGE=browser)
    assert response.status_code == 200
    listed = shown(response.content.decode())
    assert set(listed) <= set(EXPECTED), set(listed) - set(EXPECTED)
    for app, models in listed.items():
        assert models <= EXPECTED[app], (app, models - EXPECTED[app])
    # The third-party apps are there, under their Vietnamese names.
    assert listed["Theo dõi đăng nhập"] and listed["Xác thực hai lớp"]
    names = " ".join([*listed, *(name for models in listed.values() for name in models)])
    assert [word for word in ENGLISH if word in names] == []


def test_renamed_apps_keep_their_labels_and_tables():
    from axes.models import AccessAttempt
    from django.apps import apps
    from django_otp.plugins.otp_totp.models import TOTPDevice

    assert apps.get_app_config("axes").name == "axes" and AccessAttempt._meta.db_table == "axes_accessattempt"
    assert TOTPDevice._meta.app_label == "otp_totp"
    assert apps.get_app_config("authtoken").verbose_name == "Khóa API cũ (không còn dùng)"


@pytest.mark.parametrize(
    "path, app, model",
    [
        ("axes/accessattempt/", "Theo dõi đăng nhập", "Số lần đăng nhập sai"),
        ("axes/accesslog/", "Theo dõi đăng nhập", "Nhật ký đăng nhập"),
        ("otp_totp/totpdevice/", "Xác thực hai lớp", "Thiết bị xác thực hai lớp"),
    ],
)
def test_the_renamed_models_pages_open_under_their_names(client_for, path, app, model):
    response = client_for("admin").get(f"/quan-tri/{path}")
    assert response.status_code == 200
    page = response.content.decode()
    assert app in page and model in page
