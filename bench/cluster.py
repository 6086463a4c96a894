"""Ngoại vụ on more than one server, on this machine: run by bench/cluster (see there for the options).

It starts Redis, two application servers (gunicorn, each with its own var/ folder, as two machines
would have), one task worker and nginx balancing between the servers, on a fresh PostgreSQL database
holding the demo; checks that what one server does the other sees (a signed-in session, an uploaded
file, a change, the cache) and that a task queued by one is done by the worker; runs a load through
nginx; prints its figures and one last line

    cluster: <requests> requests, <errors> errors, p95 <ms> ms, files shared, tasks done

and stops everything it started. Exit code 0 when every check passed and no request failed.
"""

import argparse
import io
import os
import random
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import psycopg
import requests

from ngoaivu.cli import gunicorn_arguments
from ngoaivu.core.long_address import REQUEST_LINE_LIMIT

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
DATABASE = "ngoaivu_cluster"
SERVER = "postgresql://postgres@127.0.0.1:5432"
PASSWORD = "ngoaivu2021"  # the demo's (ngoaivu/demo/users.py)
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
# What a signed-in officer or unit reporter opens most: the home page, the register's lists, statistics.
PAGES = {
    "chuyenvien": ["/", "/so-theo-doi/doan-vao/", "/so-theo-doi/doan-ra/", "/thong-ke/", "/bao-cao/", "/yeu-cau/"],
    "daihoc": ["/", "/so-theo-doi/doan-vao/", "/yeu-cau/"],
}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Cluster:
    """The processes started, stopped in the reverse order whatever happens."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.processes: list[tuple[str, subprocess.Popen]] = []

    def start(self, name, command, env=None, cwd=None):
        log = open(self.folder / f"{name}.log", "wb")  # noqa: SIM115 — kept open while the process runs
        process = subprocess.Popen(
            command, env=env, cwd=cwd or ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True
        )
        self.processes.append((name, process))
        return process

    def check_running(self):
        for name, process in self.processes:
            if process.poll() is not None:
                raise SystemExit(f"{name} stopped (exit {process.returncode}); see {self.folder / (name + '.log')}")

    def stop(self):
        for _name, process in reversed(self.processes):
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 10
        for _name, process in reversed(self.processes):
            try:
                process.wait(max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
        print(f"stopped: {', '.join(name for name, _ in reversed(self.processes))}")


def wait_for(url, cluster, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        cluster.check_running()
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except requests.RequestException:
            pass
        time.sleep(0.3)
    raise SystemExit(f"{url} did not answer within {seconds} s")


def fresh_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")
        connection.execute(f"CREATE DATABASE {DATABASE}")
        # A throwaway database: a commit need not wait for the disk (PostgreSQL keeps it consistent).
        connection.execute(f"ALTER DATABASE {DATABASE} SET synchronous_commit = off")


def drop_database():
    with psycopg.connect(f"{SERVER}/postgres", autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)")


# nginx reads a request line, and each header, into a buffer of this size, CRLF included, and answers one that
# does not fit itself (414, or 400 for a header): at gunicorn's limit (REQUEST_LINE_LIMIT, 8.190 bytes, and the
# same for a header) plus CRLF, so that no line nginx passes on is refused by gunicorn instead. nginx's
# default (8k) is this size; it is written out so that a larger one is not set without seeing why.
HEADER_BUFFER = REQUEST_LINE_LIMIT + len("\r\n")


def nginx_conf(folder: Path, port: int, servers: list[int], static: Path) -> Path:
    """The configuration of the cluster's nginx: balancing between servers, the collected static files from
    static, and the office's Vietnamese pages (static/ngoaivu/nginx/) for what nginx refuses itself."""
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers that may read the collected static files
    upstream = "".join(f"    server 127.0.0.1:{server};\n" for server in servers)
    conf = folder / "nginx.conf"
    conf.write_text(
        f"""{user}worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
  include /etc/nginx/mime.types;
  log_format balanced '$upstream_addr $status $request_time $request_uri';
  access_log {folder}/nginx-access.log balanced;
  client_body_temp_path {folder}/body;
  proxy_temp_path {folder}/proxy;
  fastcgi_temp_path {folder}/fastcgi;
  uwsgi_temp_path {folder}/uwsgi;
  scgi_temp_path {folder}/scgi;
  client_max_body_size 10m;
  large_client_header_buffers 4 {HEADER_BUFFER};
  upstream ngoaivu {{
{upstream}    keepalive 16;
  }}
  server {{
    listen 127.0.0.1:{port};
    # 494: a header too large, sent as a 400
    error_page 400 494 /loi-nginx/400.html;
    error_page 414 /loi-nginx/414.html;
    location /loi-nginx/ {{ internal; alias {static}/ngoaivu/nginx/; charset utf-8; }}
    location /static/ {{ alias {static}/; expires 1h; }}
    location / {{
      proxy_pass http://ngoaivu;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_read_timeout 120s;
    }}
  }}
}}
"""
    )
    return conf


def sign_in(base, username):
    session = requests.Session()
    form = session.get(f"{base}/dang-nhap/", timeout=10)
    token = CSRF.search(form.text)[1]
    response = session.post(
        f"{base}/dang-nhap/",
        data={"csrfmiddlewaretoken": token, "username": username, "password": PASSWORD},
        headers={"Referer": f"{base}/dang-nhap/"},
        timeout=10,
    )
    if response.status_code != 200 or urlsplit(response.url).path != "/":
        raise SystemExit(f"{username} could not sign in at {base}: {response.status_code} {response.url}")
    return session


def csrf_of(session, url):
    return CSRF.search(session.get(url, timeout=10).text)[1]


def report_docx():
    from docx import Document

    document = Document()
    document.add_paragraph("BÁO CÁO công tác đối ngoại của Trường Đại học (bench/cluster).")
    document.add_paragraph(f"Trong kỳ, đơn vị đón 03 đoàn khách quốc tế với 12 lượt người. Mã {secrets.token_hex(4)}.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def across_servers(first, second, env, redis_port):
    """The checks: a session, an uploaded file, a change and the cache seen by both servers; the
    reading of the upload, queued by the first server, done by the worker. {check: passed}."""
    os.environ.update(env)
    os.environ["DJANGO_SETTINGS_MODULE"] = "ngoaivu.settings"
    import django

    django.setup()
    from ngoaivu.collection.models import Submission

    results = {}
    reporter = sign_in(first, "daihoc")
    # The session made by the first server is the second's too (sessions in the database, one SECRET_KEY).
    home = reporter.get(f"{second}/", timeout=10)
    results["session shared"] = home.status_code == 200 and "/dang-nhap/" not in home.url
    submission = Submission.objects.filter(unit__code="DHPVD", status__in=Submission.PENDING).order_by("pk").first()
    if submission is None:
        raise SystemExit("the demo has no open request for the university (DHPVD)")
    data = report_docx()
    page = f"/yeu-cau/don-vi/{submission.pk}/"
    reporter.post(
        f"{first}{page}tai-len/",
        data={"csrfmiddlewaretoken": csrf_of(reporter, f"{first}{page}")},
        files={"file": ("bao-cao-cum-may-chu.docx", data)},
        headers={"Referer": f"{first}{page}"},
        timeout=30,
    )
    # At once, through the other server: the change; once read, the file itself (a file takes the
    # place of the last one only once read).
    results["change seen at once"] = "bao-cao-cum-may-chu.docx" in reporter.get(f"{second}{page}", timeout=10).text
    deadline, state = time.monotonic() + 60, ""
    while time.monotonic() < deadline:
        submission.refresh_from_db()
        state = submission.reading_state
        if state in ("done", "failed"):
            break
        time.sleep(0.3)
    results["tasks done"] = state == "done"
    served = reporter.get(f"{second}{page}tep/", timeout=10)
    results["files shared"] = served.status_code == 200 and served.content == data
    # The home page's counts, cached by the first server, are in Redis for the second.
    officer = sign_in(first, "chuyenvien")
    officer.get(f"{first}/", timeout=10)
    import redis

    keys = redis.Redis(port=redis_port, db=1).keys("*home-counts*")
    results["cache shared"] = bool(keys)
    return results


def load(base, users, seconds, think):
    """users signed-in people (officers and one unit reporter in four) opening pages through nginx for
    seconds; [(ms, error)] of every request."""
    samples: list[tuple[float, str]] = []
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def one_user(number):
        username = "daihoc" if number % 4 == 3 else "chuyenvien"
        try:
            session = sign_in(base, username)
        except (SystemExit, requests.RequestException, TypeError) as failure:
            with lock:
                samples.append((0.0, f"sign-in: {failure}"))
            return
        while time.monotonic() < deadline:
            path = random.choice(PAGES[username])
            started = time.perf_counter()
            try:
                response = session.get(f"{base}{path}", timeout=30)
                error = (
                    ""
                    if response.status_code == 200 and "/dang-nhap/" not in response.url
                    else str(response.status_code)
                )
            except requests.RequestException as failure:
                error = type(failure).__name__
            with lock:
                samples.append(((time.perf_counter() - started) * 1000, error and f"{path}: {error}"))
            time.sleep(random.uniform(*think))

    threads = [threading.Thread(target=one_user, args=(n,)) for n in range(users)]
    for thread in threads:
        thread.start()
        time.sleep(0.05)
    for thread in threads:
        thread.join()
    return samples


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))] if ordered else 0.0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--seconds", type=float, default=60, help="length of the load (60)")
    parser.add_argument("--users", type=int, default=20, help="people signed in at once (20)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers per server (2)")
    options = parser.parse_args(argv)
    missing = [name for name in ("nginx", "redis-server") if not shutil.which(name)]
    if missing:
        raise SystemExit(f"bench/cluster needs {', '.join(missing)} (Debian: apt-get install nginx redis-server)")

    folder = ROOT / "bench" / "var" / "cluster"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    redis_port, ports, nginx_port = free_port(), [free_port(), free_port()], free_port()
    env = {
        **os.environ,
        "DATABASE_URL": f"{SERVER}/{DATABASE}",
        "SECRET_KEY": secrets.token_urlsafe(50),  # one key for every server, as a deployment sets it
        "CACHE_URL": f"redis://127.0.0.1:{redis_port}/1",
        "TASKS_BACKEND": "rq",
        "REDIS_URL": f"redis://127.0.0.1:{redis_port}/0",
        "FILE_STORAGE": "database",
        "TRUSTED_PROXIES": "1",
    }
    env.pop("DEBUG", None)
    ngoaivu = [str(VENV_BIN / "ngoaivu")]
    cluster = Cluster(folder)
    began = time.monotonic()
    try:
        cluster.start(
            "redis",
            ["redis-server", "--port", str(redis_port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
        )
        fresh_database()
        setup = {**env, "NGOAIVU_VAR_DIR": str(folder / "setup"), "TASKS_BACKEND": "dummy"}
        # The static files are collected while the database is made: one waits on PostgreSQL, the other on the CPU.
        collecting = subprocess.Popen(ngoaivu + ["collectstatic", "--noinput", "-v0"], env=setup, cwd=ROOT)
        for command in (["migrate", "-v0"], ["load_demo"]):
            step = time.monotonic()
            subprocess.run(ngoaivu + command, env=setup, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
            print(f"{command[0]}: {time.monotonic() - step:.1f} s")
        if collecting.wait() != 0:
            raise SystemExit("collectstatic failed")
        static = folder / "setup" / "static"
        servers = []
        for name, port in zip("ab", ports):
            var = folder / f"server-{name}"
            var.mkdir(mode=0o700)
            (var / "static").symlink_to(static)  # the same collected files, as a deployment ships them
            cluster.start(
                f"server-{name}",
                [str(VENV_BIN / "gunicorn"), *gunicorn_arguments(f"127.0.0.1:{port}", options.workers)],
                env={**env, "NGOAIVU_VAR_DIR": str(var)},
            )
            servers.append(f"http://127.0.0.1:{port}")
        worker_var = folder / "worker"
        worker_var.mkdir(mode=0o700)
        cluster.start("worker", ngoaivu + ["worker"], env={**env, "NGOAIVU_VAR_DIR": str(worker_var)})
        conf = nginx_conf(folder, nginx_port, ports, static)
        cluster.start("nginx", ["nginx", "-p", str(folder), "-c", str(conf), "-g", "daemon off;"])
        balanced = f"http://127.0.0.1:{nginx_port}"
        for url in [*servers, balanced]:
            wait_for(f"{url}/dang-nhap/", cluster)
        print(
            f"started: redis :{redis_port}, server-a :{ports[0]}, server-b :{ports[1]} ({options.workers} workers each),"
            f" worker (rq), nginx :{nginx_port}: {time.monotonic() - began:.1f} s"
        )

        checks = across_servers(servers[0], servers[1], env, redis_port)
        for check, passed in checks.items():
            print(f"  {check:<22} {'yes' if passed else 'NO'}")

        print(f"load: {options.users} users through nginx for {options.seconds:g} s …")
        samples = load(balanced, options.users, options.seconds, think=(0.2, 1.0))
        cluster.check_running()
        times = [ms for ms, error in samples if not error]
        errors = [error for _ms, error in samples if error]
        for error in sorted(set(errors))[:10]:
            print(f"  error: {error}")
        served_by = {}
        for line in (folder / "nginx-access.log").read_text().splitlines():
            served_by[line.split()[0]] = served_by.get(line.split()[0], 0) + 1
        print("  served by: " + ", ".join(f"{upstream} {count}" for upstream, count in sorted(served_by.items())))
        p50, p95, p99 = (percentile(times, f) for f in (0.5, 0.95, 0.99))
        print(
            f"  p50 {p50:.0f} ms, p95 {p95:.0f} ms, p99 {p99:.0f} ms; {len(samples) / options.seconds:.1f} requests/s"
        )
        both = sum(1 for upstream in served_by if upstream.startswith("127.0.0.1:")) >= 2
        print(f"  both servers answered: {'yes' if both else 'NO'}")
        words = [
            "files shared" if checks["files shared"] else "files NOT shared",
            "tasks done" if checks["tasks done"] else "tasks NOT done",
        ]
        print(f"cluster: {len(samples)} requests, {len(errors)} errors, p95 {p95:.0f} ms, {', '.join(words)}")
        return 0 if all(checks.values()) and not errors and both and samples else 1
    finally:
        cluster.stop()
        drop_database()


if __name__ == "__main__":
    sys.exit(main())
