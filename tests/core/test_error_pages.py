"""Refusals read in Vietnamese, never as a bare English error page."""

from django.test import Client


def test_an_unknown_area_is_a_vietnamese_404(client_for):
    response = client_for("officer").get("/so-theo-doi/khong-co/")
    assert response.status_code == 404
    assert "Không tìm thấy trang hoặc dữ liệu" in response.content.decode()


def test_a_viewer_trying_to_write_gets_a_vietnamese_403(client_for):
    response = client_for("viewer").get("/so-theo-doi/doan-vao/them/")
    assert response.status_code == 403
    assert "không có quyền" in response.content.decode()


def test_a_stale_form_is_explained(users):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["officer"])
    response = client.post("/so-theo-doi/doan-vao/them/", {"title": "x"})
    assert response.status_code == 403
    assert "dữ liệu chưa được lưu" in response.content.decode()
