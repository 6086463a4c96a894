"""`ngoaivu serve` (`./run`): the task worker it starts ends when the server ends; an address it cannot
listen on is refused in Vietnamese before anything starts."""

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.core.test_nginx_pages import free_port, wait_for

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the parent's end is Linux's prctl")


def children(pid):
    """The processes whose parent is pid, with their command lines."""
    found = {}
    for entry in Path("/proc").iterdir():
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            if entry.name.isdigit() and int(fields[1]) == pid:
                found[int(entry.name)] = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
    return found


def running(pid):
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_the_task_worker_ends_with_the_server(migrated_copy):
    port = free_port()
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "XDG_RUNTIME_DIR")}
    env.update(NGOAIVU_VAR_DIR=str(migrated_copy), HOME=str(migrated_copy))
    server = subprocess.Popen(
        [sys.executable, "-m", "ngoaivu", "serve", "--port", str(port), "--workers", "1"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    worker = None
    try:
        wait_for(port, seconds=300)  # a loaded two-core machine has taken over 90 s
        deadline = time.monotonic() + 60
        while not (workers := [pid for pid, command in children(server.pid).items() if " worker" in command]):
            assert time.monotonic() < deadline, "no task worker started"
            time.sleep(0.2)
        [worker] = workers
        assert running(worker)
        # gunicorn's master (serve, after exec) stopped as an administrator stops it; its worker goes with it
        server.send_signal(signal.SIGTERM)
        server.wait(30)
        deadline = time.monotonic() + 30
        while running(worker) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not running(worker)
    finally:
        server.kill()
        if worker and running(worker):
            os.kill(worker, signal.SIGKILL)


def busy_port(taken):
    taken.bind(("127.0.0.1", 0))
    taken.listen()
    return taken.getsockname()[1]


def in_use(port):
    return (
        f"Cổng {port} đang được một chương trình khác dùng (có thể là một máy chủ Ngoại vụ khác đang chạy); "
        "dừng chương trình đó hoặc chọn cổng khác bằng --port."
    )


def test_a_port_in_use_is_refused_before_anything_starts(monkeypatch):
    from ngoaivu import cli

    def started():
        raise AssertionError("the server started on a port in use")

    monkeypatch.setattr(cli, "_django", started)
    with socket.socket() as taken:
        port = busy_port(taken)
        with pytest.raises(SystemExit) as stopped:
            cli.main(["serve", "--port", str(port)])
    assert stopped.value.code == in_use(port)  # printed alone on stderr, exit status 1
    address = "--host: máy này không có địa chỉ «10.255.255.1». Xem tham số của lệnh: ngoaivu serve --help"
    assert cli.unusable_address("10.255.255.1", port) == address


def test_the_console_script_says_it_in_one_line_without_gunicorns_english(tmp_path):
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "XDG_RUNTIME_DIR")}
    env.update(NGOAIVU_VAR_DIR=str(tmp_path), HOME=str(tmp_path))
    with socket.socket() as taken:
        port = busy_port(taken)
        served = subprocess.run(
            [sys.executable, "-m", "ngoaivu", "serve", "--port", str(port)],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert (served.returncode, served.stdout, served.stderr) == (1, "", in_use(port) + "\n")


def _has_ipv6_loopback():
    try:
        with socket.socket(socket.AF_INET6) as probe:
            probe.bind(("::1", 0))
    except OSError:
        return False
    return True


@pytest.mark.skipif(not _has_ipv6_loopback(), reason="no IPv6 loopback on this machine")
def test_an_ipv6_address_is_bound_and_named_in_brackets(monkeypatch, capsys):
    """gunicorn read «::1:8112» as an address without a port (English «'' is not a valid port number»)."""
    from django.core import management

    import ngoaivu.demo.users
    from ngoaivu import cli

    started = []

    def gunicorn(program, arguments):
        started.append(arguments)
        raise SystemExit(0)

    monkeypatch.setattr(cli, "_django", lambda: None)
    monkeypatch.setattr(management, "call_command", lambda *arguments, **options: None)
    monkeypatch.setattr(ngoaivu.demo.users, "print_logins", lambda: None)
    monkeypatch.setattr(os, "execvp", gunicorn)
    monkeypatch.setenv("PUBLIC_BASE_URL", "")
    port = free_port()
    with pytest.raises(SystemExit):
        cli.main(["serve", "--host", "::1", "--port", str(port), "--no-worker"])
    [arguments] = started
    assert arguments[arguments.index("--bind") + 1] == f"[::1]:{port}"
    assert f"Ngoại vụ: http://[::1]:{port}\n" in capsys.readouterr().out
    assert os.environ["PUBLIC_BASE_URL"] == f"http://[::1]:{port}"


def test_the_ipv6_loopback_is_served_as_127_0_0_1_is(client, db):
    """The address `serve --host ::1` prints opens the site, not Django's «Bad Request» of an unknown host."""
    assert client.get("/dang-nhap/", HTTP_HOST="[::1]:8112").status_code == 200


def test_gunicorn_is_started_without_the_libraries_warnings(monkeypatch):
    """gunicorn's workers printed cryptography's English «CryptographyDeprecationWarning: DSA is deprecated»
    on pyHanko's import in the console of ./run, where every other command keeps it quiet."""
    from django.core import management

    import ngoaivu.demo.users
    from ngoaivu import cli

    environments = []

    def gunicorn(program, arguments):
        environments.append(dict(os.environ))
        raise SystemExit(0)

    monkeypatch.setattr(cli, "_django", lambda: None)
    monkeypatch.setattr(management, "call_command", lambda *arguments, **options: None)
    monkeypatch.setattr(ngoaivu.demo.users, "print_logins", lambda: None)
    monkeypatch.setattr(os, "execvp", gunicorn)
    monkeypatch.setattr(sys, "warnoptions", [])  # as `ngoaivu serve` runs, without -W
    monkeypatch.delenv("PYTHONWARNINGS", raising=False)
    monkeypatch.setenv("PUBLIC_BASE_URL", "http://127.0.0.1:8000")
    with pytest.raises(SystemExit):
        cli.main(["serve", "--port", str(free_port()), "--no-worker"])
    [environment] = environments
    imported = subprocess.run(
        [sys.executable, "-c", "import pyhanko.sign.signers.pdf_cms"],
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (imported.returncode, imported.stderr) == (0, "")
