"""Every change can be undone: an earlier version, or a deleted record, comes back."""

from ngoaivu.register.models import IncomingDelegation


def test_an_earlier_version_is_restored(client_for, incoming):
    record = incoming(person_visits=3)
    record.person_visits = 8
    record.save()
    first = record.history.order_by("history_date").first()
    response = client_for("officer").post(f"/so-theo-doi/doan-vao/khoi-phuc/{first.history_id}/")
    assert response.status_code == 302
    record.refresh_from_db()
    assert record.person_visits == 3
    assert record.history.count() == 3
    assert record.history.first().history_change_reason.startswith("Khôi phục phiên bản ngày")


def test_a_deleted_record_is_listed_and_restored(client_for, incoming):
    record = incoming(title="Đoàn bị xóa nhầm")
    client = client_for("officer")
    assert client.post(f"/so-theo-doi/doan-vao/{record.pk}/xoa/").status_code == 302
    assert not IncomingDelegation.objects.exists()
    deleted = client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"]
    assert [row.title for row in deleted] == ["Đoàn bị xóa nhầm"]
    client.post(f"/so-theo-doi/doan-vao/khoi-phuc/{deleted[0].history_id}/")
    assert IncomingDelegation.objects.get().title == "Đoàn bị xóa nhầm"
    assert client.get("/so-theo-doi/doan-vao/da-xoa/").context["rows"] == []


def test_restore_needs_post(client_for, incoming):
    record = incoming()
    version = record.history.first()
    assert client_for("officer").get(f"/so-theo-doi/doan-vao/khoi-phuc/{version.history_id}/").status_code == 405


def test_a_reporter_cannot_pull_back_a_row_moved_to_another_unit(client_for, incoming, units):
    record = incoming(unit="vp")
    old_version = record.history.first()
    record.unit = units["sngv"]
    record.save()
    response = client_for("reporter").post(f"/so-theo-doi/doan-vao/khoi-phuc/{old_version.history_id}/")
    assert response.status_code == 404
    record.refresh_from_db()
    assert record.unit == units["sngv"]
