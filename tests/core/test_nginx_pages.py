"""What nginx refuses itself, in front of gunicorn (bench/cluster's configuration, as the deployment's): a
request line or a header longer than gunicorn reads gets the office's Vietnamese page from nginx, never
passed on to gunicorn's English «Bad Request»."""

import shutil
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bench.cluster import nginx_conf
from ngoaivu.core.long_address import REQUEST_LINE_LIMIT

STATIC = Path(__file__).resolve().parents[2] / "ngoaivu" / "static"

pytestmark = pytest.mark.skipif(not shutil.which("nginx"), reason="nginx is not installed")


class Upstream(BaseHTTPRequestHandler):
    """gunicorn's stand-in: it notes each request line it is passed and answers it."""

    seen: list[str] = []

    def do_GET(self):
        Upstream.seen.append(self.requestline)
        body = b"upstream"
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(port, seconds=30):
    """Until a server listens on port (or seconds have passed: the test's request then says what failed)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.05)


@pytest.fixture
def nginx(tmp_path):
    upstream = ThreadingHTTPServer(("127.0.0.1", 0), Upstream)
    threading.Thread(target=upstream.serve_forever, daemon=True).start()
    port = free_port()
    conf = nginx_conf(tmp_path, port, [upstream.server_address[1]], STATIC)
    process = subprocess.Popen(
        ["nginx", "-p", str(tmp_path), "-c", str(conf), "-g", "daemon off;"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        wait_for(port)
        yield port
    finally:
        process.terminate()
        process.wait(10)
        upstream.shutdown()
        upstream.server_close()


def ask(port, line, *headers):
    """The answer to line sent as it is, with headers: (status, head, page)."""
    request = "\r\n".join([line, "Host: localhost", *headers, "Connection: close", "", ""])
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        connection.sendall(request.encode())
        answer = b""
        while chunk := connection.recv(65536):
            answer += chunk
    head, _sep, body = answer.partition(b"\r\n\r\n")
    return int(head.split()[1]), head.decode(), body.decode()


def line_of(length):
    start, end = "GET /?q=", " HTTP/1.1"
    return start + "a" * (length - len(start) - len(end)) + end


def test_a_request_line_gunicorn_reads_is_passed_on_and_a_longer_one_refused_by_nginx_in_vietnamese(nginx):
    Upstream.seen.clear()
    status, _head, page = ask(nginx, line_of(REQUEST_LINE_LIMIT))
    assert status == 200 and page == "upstream" and len(Upstream.seen) == 1
    for length in (REQUEST_LINE_LIMIT + 1, 20000):
        status, head, page = ask(nginx, line_of(length))
        assert status == 414, length
        assert "text/html; charset=utf-8" in head
        assert "<h1>Địa chỉ quá dài</h1>" in page and '<html lang="vi">' in page and "Request-URI" not in page
    assert len(Upstream.seen) == 1  # gunicorn never saw them


def test_a_header_longer_than_gunicorn_reads_is_refused_by_nginx_in_vietnamese(nginx):
    Upstream.seen.clear()
    status, head, page = ask(nginx, "GET / HTTP/1.1", "Cookie: " + "a" * REQUEST_LINE_LIMIT)
    assert status == 400 and "text/html; charset=utf-8" in head
    assert "<h1>Yêu cầu không hợp lệ</h1>" in page and "Request Header" not in page
    status, _head, page = ask(nginx, "GET / HTTP/1.1", "Cookie: " + "a" * 4000)
    assert status == 200 and len(Upstream.seen) == 1


def test_the_error_pages_are_the_office_pages_in_its_style():
    for name in ("400.html", "414.html"):
        page = (STATIC / "ngoaivu" / "nginx" / name).read_text(encoding="utf-8")
        assert 'href="/static/ngoaivu/site.css"' in page and 'class="error-page"' in page
        assert '<a href="/">Về trang chủ</a>' in page
