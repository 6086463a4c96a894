"""The admin speaks Vietnamese where Django's own Vietnamese catalogue stops short: the project's
catalogue (ngoaivu/locale/vi) fills in the strings Django added since, and the plural forms."""

import json
import re

import pytest
from django.urls import reverse

# Django strings its Vietnamese catalogue leaves in English, each drawn on one of the pages below.
ENGLISH = [
    "Skip to main content",
    "Toggle theme",
    "Show counts",
    "Filter navigation items",
    "After you’ve created a user",
    "Password-based authentication",
    "Please correct the error",
]


def english_on(html):
    return [text for text in ENGLISH if text in html]


def pages(unit):
    return [
        reverse("admin:index"),
        reverse("admin:core_unit_changelist"),
        reverse("admin:core_user_add"),
        reverse("admin:core_unit_change", args=[unit.pk]),
    ]


@pytest.mark.django_db
def test_the_admin_pages_show_no_english_left_by_django(client, demo_users):
    from ngoaivu.core.models import Unit

    client.force_login(demo_users["admin"])
    found = {}
    for url in pages(Unit.objects.order_by("pk").first()):
        response = client.get(url, HTTP_ACCEPT_LANGUAGE="vi")
        assert response.status_code == 200, url
        html = response.content.decode()
        assert 'lang="vi"' in html, url
        if english_on(html):
            found[url] = english_on(html)
    assert found == {}


@pytest.mark.django_db
def test_the_user_form_says_what_it_does_in_vietnamese(client, demo_users):
    client.force_login(demo_users["admin"])
    html = client.get(reverse("admin:core_user_add"), HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert "Sau khi tạo người dùng" in html
    assert "Xác thực bằng mật khẩu" in html
    assert "Chuyển đến nội dung chính" in html


@pytest.mark.django_db
def test_an_invalid_unit_is_sent_back_with_a_vietnamese_summary(client, demo_users):
    client.force_login(demo_users["admin"])
    response = client.post(
        reverse("admin:core_unit_add"),
        {
            "name": "",  # required
            "code": "THU",
            "kind": "no-such-kind",  # not a choice
            "reporting_convention": "calendar",
            "is_active": "on",
            **{
                f"{prefix}-{key}": value
                for prefix in ("predecessor_links", "successor_links")
                for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
            },
        },
        HTTP_ACCEPT_LANGUAGE="vi",
    )
    assert response.status_code == 200  # the form again, with its errors
    assert response.context["adminform"].form.errors
    html = response.content.decode()
    assert "Vui lòng sửa lỗi dưới đây." in html
    assert "Please correct the error" not in html
    assert "<title>Lỗi: " in html  # not "Error: "


@pytest.mark.django_db
def test_the_admin_scripts_name_the_days_in_vietnamese(client, demo_users):
    client.force_login(demo_users["admin"])
    response = client.get(reverse("admin:jsi18n"), HTTP_ACCEPT_LANGUAGE="vi")
    assert response.status_code == 200
    catalog = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", response.content.decode(), re.S)[1])
    assert catalog["Sunday"] == "Chủ nhật"
    assert catalog["abbrev. day Sunday\x04Sun"] == "CN"
    assert catalog["Choose all %s"] == "Chọn tất cả %s"
    assert catalog["January"] == "Tháng Một"  # Django's own catalogue is still there


def test_a_text_too_long_is_said_with_the_official_spelling():
    from django import forms
    from django.utils import translation

    class Name(forms.Form):
        name = forms.CharField(max_length=5)
        code = forms.CharField(min_length=3)

    with translation.override("vi"):
        errors = Name({"name": "Quá dài", "code": "ab"}).errors
    assert errors["name"] == ["Giá trị này chỉ được dài tối đa 5 ký tự (hiện có 7)."]
    assert errors["code"] == ["Giá trị này phải có ít nhất 3 ký tự (hiện có 2)."]
