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


def test_an_address_for_a_button_opened_by_a_link_is_explained(client_for):
    for client in (Client(), client_for("officer")):
        response = client.get("/dang-xuat/")
        assert response.status_code == 405 and response["Allow"] == "POST, OPTIONS"
        page = response.content.decode()
        assert "không mở trực tiếp được" in page and '<a href="/">Về trang chủ</a>' in page
    assert client.get("/").status_code == 200  # still signed in


def test_a_stale_form_is_explained(users):
    client = Client(enforce_csrf_checks=True)
    client.force_login(users["officer"])
    response = client.post("/so-theo-doi/doan-vao/them/", {"title": "x"})
    assert response.status_code == 403
    assert "dữ liệu chưa được lưu" in response.content.decode()


def _console(run):
    """What the server's console (the root logger's handler) shows while run() runs."""
    import io
    import logging

    from ngoaivu.core.log_filters import ClientErrorsWithoutTraceback

    handler = next(
        h for h in logging.getLogger().handlers if any(isinstance(f, ClientErrorsWithoutTraceback) for f in h.filters)
    )
    stream = io.StringIO()
    previous = handler.setStream(stream)
    try:
        run()
    finally:
        handler.setStream(previous)
    return stream.getvalue()


def test_the_console_keeps_faults_and_not_refusals_nor_failed_sign_ins(client_for, users):
    """Django's English «Not Found: /favicon.ico», «Forbidden (CSRF token…)» and django-axes' «AXES: New
    login failure by…» filled the console of ./run; the access log has each request already."""
    import logging

    def refusals():
        assert client_for("viewer").get("/so-theo-doi/doan-vao/them/").status_code == 403
        assert client_for("officer").get("/so-theo-doi/khong-co/").status_code == 404
        assert Client().get("/favicon-khong-co.ico").status_code == 404
        stale = Client(enforce_csrf_checks=True)
        stale.force_login(users["officer"])
        assert stale.post("/so-theo-doi/doan-vao/them/", {"title": "x"}).status_code == 403
        failed = Client().post("/dang-nhap/", {"username": "officer", "password": "sai"})
        assert failed.status_code == 200 and not failed.wsgi_request.user.is_authenticated

    assert _console(refusals) == ""

    def fault():
        try:
            raise RuntimeError("lỗi thật")
        except RuntimeError:
            logging.getLogger("django.request").error(
                "Internal Server Error: /x/", exc_info=True, extra={"status_code": 500}
            )

    log = _console(fault)
    assert log.startswith("Internal Server Error: /x/\n")
    assert "Traceback" in log and "RuntimeError: lỗi thật" in log


def test_an_unknown_host_is_one_line_for_the_administrator(client):
    """Django's 400 of a Host not in ALLOWED_HOSTS needs the administrator's action: kept, without a traceback."""
    log = _console(lambda: client.get("/dang-nhap/", HTTP_HOST="ngoaivu.example"))
    assert log.startswith("Invalid HTTP_HOST header: 'ngoaivu.example'.") and log.count("\n") == 1, log


def test_an_address_too_long_is_explained_in_vietnamese(client_for):
    from gunicorn.config import Config

    from ngoaivu.core.long_address import LONGEST_ADDRESS, REQUEST_LINE_LIMIT

    client = client_for("officer")
    words = "đoàn+vào+" * 600  # over 4.094 bytes: gunicorn's default would answer its English 414
    response = client.get(f"/so-theo-doi/doan-vao/?q={words}")
    assert response.status_code == 414
    page = response.content.decode()
    assert "Địa chỉ quá dài" in page and '<a href="/">Về trang chủ</a>' in page
    # switching the language comes back to the page, not to the address too long
    assert '<input type="hidden" name="next" value="/so-theo-doi/doan-vao/">' in page
    assert client.get("/so-theo-doi/doan-vao/?q=đoàn").status_code == 200  # a search of ordinary length
    # the server lets gunicorn read such a line (its most), well over what the page answers
    config = Config()
    config.set("limit_request_line", REQUEST_LINE_LIMIT)
    assert config.limit_request_line == 8190 > LONGEST_ADDRESS + len("GET  HTTP/1.1")


def test_a_page_refuses_the_api_methods_and_changes_nothing(client_for):
    from ngoaivu.register.models import IncomingDelegation

    client = client_for("officer")
    client.post("/so-theo-doi/doan-vao/them/", {})  # the form page itself answers GET and POST
    for method in (client.put, client.patch, client.delete, client.options):
        response = method("/so-theo-doi/doan-vao/them/", "title=x")
        assert response.status_code == 405 and response["Allow"] == "GET, HEAD, POST"
        page = response.content.decode()
        assert (
            "yêu cầu theo cách khác không được nhận. Chưa có gì thay đổi." in page and "Đăng xuất, Thu hồi" not in page
        )
    assert client.get("/so-theo-doi/doan-vao/them/").status_code == 200
    assert not IncomingDelegation.objects.exists()
    assert client.delete("/api/v1/khong-co/").status_code != 405  # the API keeps its methods
