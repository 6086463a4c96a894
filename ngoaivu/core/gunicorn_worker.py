"""gunicorn's sync worker, answering in Vietnamese the requests it refuses before Django runs: a request line
over gunicorn's most (8.190 bytes, long_address.REQUEST_LINE_LIMIT) gets the office's «Địa chỉ quá dài» page,
a header too long or too many headers its «Yêu cầu không hợp lệ» page: the pages nginx answers with in front
of it (static/ngoaivu/nginx/), for `ngoaivu serve` alone. gunicorn has no setting for its error pages; a
worker class is its documented way in (`--worker-class`, cli.gunicorn_arguments). The limits stay as they
are: only the page written changes, and every other refusal keeps gunicorn's own."""

from pathlib import Path

from gunicorn import util
from gunicorn.http.errors import LimitRequestHeaders, LimitRequestLine
from gunicorn.workers.sync import SyncWorker

PAGES = Path(__file__).resolve().parents[1] / "static" / "ngoaivu" / "nginx"


def _answer(status, page):
    """The whole HTTP answer, read once when the worker starts: nothing of the request goes into it."""
    body = (PAGES / page).read_bytes()
    head = (
        f"HTTP/1.1 {status}\r\nConnection: close\r\nContent-Type: text/html; charset=utf-8\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("ascii") + body


ANSWERS = (
    (LimitRequestLine, _answer("414 URI Too Long", "414.html")),
    (LimitRequestHeaders, _answer("431 Request Header Fields Too Large", "400.html")),
)


class VietnameseRefusalsWorker(SyncWorker):
    def handle_error(self, req, client, addr, exc):
        answer = next((answer for kind, answer in ANSWERS if isinstance(exc, kind)), None)
        if answer is None:
            return super().handle_error(req, client, addr, exc)
        # as gunicorn logs a refused request (no access log line: the request was never read)
        self.log.warning("Invalid request from ip=%s: %s", (addr or ("", -1))[0], exc)
        try:
            util.write_nonblock(client, answer)
        except Exception:
            self.log.debug("Failed to send error message.")
        return None
