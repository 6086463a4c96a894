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
