"""What gunicorn refuses itself when it serves alone (`ngoaivu serve`, `./run`): a request line longer than
it reads, or a header too long, gets the office's Vietnamese page (core/gunicorn_worker.py), as nginx gives
in front of it (test_nginx_pages.py); the limits stay gunicorn's most, and its other refusals its own."""

import os
import subprocess
import sys

import pytest

from ngoaivu.cli import gunicorn_arguments
from ngoaivu.core.long_address import REQUEST_LINE_LIMIT
from tests.core.test_nginx_pages import ask, free_port, line_of, wait_for


LOGS = {}  # port: gunicorn's own log (stderr)


@pytest.fixture(scope="module")
def gunicorn(tmp_path_factory):
    """gunicorn started as `ngoaivu serve` starts it, one worker, on a var/ of its own."""
    port = free_port()
    var = tmp_path_factory.mktemp("var")
    env = {key: value for key, value in os.environ.items() if key != "XDG_RUNTIME_DIR"}
    env.update(NGOAIVU_VAR_DIR=str(var), HOME=str(var))
    log = var / "gunicorn.log"
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", *gunicorn_arguments(f"127.0.0.1:{port}", 1)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=log.open("wb"),
    )
    try:
        wait_for(port)
        LOGS[port] = log
        yield port
        # no control socket in $HOME: each server started would delete the one the user's other gunicorns use
        assert not any(var.rglob("*.ctl"))
    finally:
        process.terminate()
        process.wait(30)


def test_a_request_line_longer_than_gunicorn_reads_is_refused_in_vietnamese(gunicorn):
    for length in (REQUEST_LINE_LIMIT + 1, 20000):
        status, head, page = ask(gunicorn, line_of(length))
        assert status == 414, length
        assert "Content-Type: text/html; charset=utf-8" in head
        assert "<h1>Địa chỉ quá dài</h1>" in page and '<html lang="vi">' in page and "URI Too Long" not in page
    # The longest line gunicorn reads still reaches Django, whose page says the same with the language switch.
    status, _head, page = ask(gunicorn, line_of(REQUEST_LINE_LIMIT))
    assert status == 414 and "Địa chỉ quá dài" in page and 'name="next"' in page


def test_a_header_longer_than_gunicorn_reads_is_refused_in_vietnamese(gunicorn):
    status, head, page = ask(gunicorn, "GET / HTTP/1.1", "Cookie: " + "a" * REQUEST_LINE_LIMIT)
    assert status == 431 and "Content-Type: text/html; charset=utf-8" in head
    assert "<h1>Yêu cầu không hợp lệ</h1>" in page and "Request Header" not in page


def test_gunicorns_other_refusals_are_its_own(gunicorn):
    status, _head, page = ask(gunicorn, "GET / HTTP/9.9")
    assert status == 400 and "Bad Request" in page


def test_gunicorn_says_nothing_in_english_when_all_is_well(gunicorn):
    """Its start-up lines («Starting gunicorn», «Listening at», «Booting worker») are not the officer's."""
    logged = LOGS[gunicorn].read_text()
    assert "[INFO]" not in logged and "Booting worker" not in logged, logged
