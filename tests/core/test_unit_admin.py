"""The administrator's unit pages (Django admin)."""

from datetime import date

from django.urls import reverse


def test_a_unit_added_now_records_its_register_from_today(client_for, clock):
    clock(2027, 3, 15)
    page = client_for("admin").get(reverse("admin:core_unit_add"))
    assert page.status_code == 200
    field = page.context["adminform"].form["recorded_since"]
    assert field.value() == date(2027, 3, 15)
    assert "chưa có số liệu cùng kỳ" in page.content.decode()  # the help says what the date changes


def test_a_name_typed_decomposed_is_checked_as_it_is_stored(client_for, units):
    import unicodedata

    page = client_for("admin").post(
        reverse("admin:core_unit_add"),
        {
            "name": unicodedata.normalize("NFD", "Trường Đại học Phạm Văn Đồng"),
            "code": "DHPVD2",
            "kind": "university",
            "reporting_convention": "calendar",
            "is_active": "on",
            **{
                f"{prefix}-{key}": value
                for prefix in ("predecessor_links", "successor_links")
                for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
            },
        },
    )
    assert page.status_code == 200  # the form again, not a database error
    assert "Đã có đơn vị mang tên chính thức này" in page.content.decode()


def test_a_unit_cannot_succeed_itself_from_its_own_page(client_for, units):
    unit = units["dh"]
    client = client_for("admin")
    url = reverse("admin:core_unit_change", args=[unit.pk])
    form = client.get(url).context["adminform"].form
    data = {name: form[name].value() or "" for name in form.fields if form[name].value() is not None}
    data.update({"is_active": "on", "reporting_convention": "calendar", "kind": unit.kind})
    for prefix in ("predecessor_links", "successor_links"):
        data.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    data.update(
        {
            "successor_links-TOTAL_FORMS": "1",
            "successor_links-0-successor": str(unit.pk),
            "successor_links-0-kind": "rename",
            "successor_links-0-effective_on": "01/01/2026",
            "successor_links-0-legal_basis": "Nghị quyết",
            "successor_links-0-carries_records": "on",
        }
    )
    page = client.post(url, data)
    assert page.status_code == 200
    assert "Đơn vị sau sắp xếp phải khác đơn vị trước sắp xếp." in page.content.decode()


def test_a_day_the_month_lacks_is_told_as_every_date_box_tells_it(client_for, units):
    """Not Django's «Nhập một ngày hợp lệ.»: the admin's date boxes are core/date_fields.DateField (core/admin_base)."""
    page = client_for("admin").post(
        reverse("admin:core_unit_add"),
        {
            "name": "Ban Quản lý Khu kinh tế",
            "code": "BQLKKT",
            "kind": "department",
            "reporting_convention": "calendar",
            "is_active": "on",
            "ended_on": "31/02/2026",
            **{
                f"{prefix}-{key}": value
                for prefix in ("predecessor_links", "successor_links")
                for key, value in (("TOTAL_FORMS", "0"), ("INITIAL_FORMS", "0"))
            },
        },
    )
    assert page.status_code == 200
    assert page.context["adminform"].form.errors["ended_on"] == [
        "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày."
    ]
