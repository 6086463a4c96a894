"""The load of bench/load: officers, unit reporters and API clients on the synthetic national register.

    locust -f bench/locustfile.py --headless -u 50 -r 10 -t 5m --host http://127.0.0.1:PORT

bench/load runs it; it reads the accounts that bench/load_setup.py wrote (LOAD_USERS, default
bench/var/load-users.json). Every request is named "<group>: <what>"; the groups are

    login   GET /dang-nhap/ and the POST that signs in (its redirect to the home page included)
    pages   home, a list with filters, further pages of a list, a record, statistics, the report form
    report  POST /bao-cao/tao/ and the redirect to the draft, which must show the report's heading
    api     GET /api/register/<area>/ with a token

At the end it writes one table (count, p50/p95/p99 in ms, errors, target met) to LOAD_REPORT
(default bench/var/load-report.txt) and prints it, and every request (start, name, ms, error) to
load-samples.csv beside it; the exit code is 0 only when every target is met.
Think time between two actions of a user: WAIT_MIN..WAIT_MAX seconds (default 1..5).
"""

import csv
import html
import itertools
import json
import math
import os
import random
import re
import resource
import time
from pathlib import Path
from urllib.parse import urlsplit

from locust import HttpUser, between, events, task
from locust.exception import StopUser

BENCH_DIR = Path(__file__).resolve().parent
ACCOUNTS = json.loads(Path(os.environ.get("LOAD_USERS", BENCH_DIR / "var" / "load-users.json")).read_text())
REPORT_FILE = Path(os.environ.get("LOAD_REPORT", BENCH_DIR / "var" / "load-report.txt"))
WAIT = between(float(os.environ.get("WAIT_MIN", 1)), float(os.environ.get("WAIT_MAX", 5)))

# (group, p95 target in ms); login has no target of its own: it is hashing a password on purpose.
TARGETS = {"login": None, "pages": 300, "report": 1000, "api": 300}
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
NEXT_PAGE = re.compile(r'<a href="\?([^"]+)" rel="next">')
COUNTRIES = ["JP", "KR", "CN", "US", "LA", "KH", "TH", "FR", "DE", "AU", "SG"]
SEARCHES = ["công tác", "Đoàn", "hợp tác", "Công ty", "quốc tế", "Tin", "xyz"]  # the last finds nothing
YEARS = [2021, 2022, 2023, 2024, 2025]
PERIODS = ["2024", "2024-Q2", "2024-H1", "2025-08", "2023-9M", "2025-Q1"]
TEMPLATES_BY_PERIOD = {"general": PERIODS, "integration": ["2024", "2024-H1"], "peoples_diplomacy": ["2024", "2023"]}
AREAS = ACCOUNTS["areas"]
_next_account = {kind: itertools.count() for kind in ("officers", "reporters")}

samples = {group: [] for group in TARGETS}  # response times (ms) of every request, by group
errors = {group: 0 for group in TARGETS}
log = []  # (seconds since the start, name, ms, error or "") of every request, for bench/var/load-samples.csv
started = time.time()


@events.test_start.add_listener
def _start(**_kwargs):
    global started
    started = time.time()


def group_of(name):
    return name.split(":", 1)[0]


@events.request.add_listener
def _record(request_type, name, response_time, response_length, exception=None, **_kwargs):
    group = group_of(name)
    samples.setdefault(group, []).append(response_time)
    if exception is not None:
        errors[group] = errors.get(group, 0) + 1
    log.append(
        (
            round(time.time() - started - response_time / 1000, 3),
            name,
            round(response_time, 1),
            "" if exception is None else str(exception)[:200],
        )
    )


def percentile(values, fraction):
    """Nearest-rank percentile of a sorted list."""
    if not values:
        return float("nan")
    rank = max(1, math.ceil(fraction * len(values)))
    return values[rank - 1]


def table():
    lines = [f"{'group':<8} {'count':>7} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} {'max ms':>8} {'errors':>7}  target"]
    met = True
    for group, target in TARGETS.items():
        values = sorted(samples.get(group, []))
        p50, p95, p99 = (percentile(values, f) for f in (0.50, 0.95, 0.99))
        wrong = errors.get(group, 0)
        if not values:
            verdict = "no requests" + ("" if target is None else ": MISSED")
        elif target is None:
            verdict = "no error: " + ("met" if wrong == 0 else "MISSED")
        else:
            ok = bool(values) and p95 < target and wrong == 0
            verdict = f"p95 < {target} ms, no error: " + ("met" if ok else "MISSED")
        met = met and wrong == 0 and (target is None or (bool(values) and p95 < target))
        top = max(values) if values else float("nan")
        figures = f"{p50:>8.0f} {p95:>8.0f} {p99:>8.0f} {top:>8.0f}"
        lines.append(f"{group:<8} {len(values):>7} {figures} {wrong:>7}  {verdict}")
    return "\n".join(lines), met


def after_sign_ins():
    """One line: the p95 of each group over the requests that started after the last sign-in ended."""
    ends = [start + ms / 1000 for start, name, ms, _error in log if group_of(name) == "login"]
    if not ends:
        return ""
    since = max(ends)
    parts = []
    for group in TARGETS:
        values = sorted(ms for start, name, ms, _error in log if group_of(name) == group and start >= since)
        if values and group != "login":
            parts.append(f"{group} p95 {percentile(values, 0.95):.0f} ms ({len(values)})")
    return f"after the last sign-in (from {since:.0f} s): " + ", ".join(parts)


@events.quitting.add_listener
def _report(environment, **_kwargs):
    text, met = table()
    runner = environment.runner
    users = runner.target_user_count if runner else "?"
    crashes = sum(e["count"] for e in runner.exceptions.values()) if runner else 0
    head = (
        f"{users} users, {sum(len(v) for v in samples.values())} requests, "
        f"think time {os.environ.get('WAIT_MIN', 1)}–{os.environ.get('WAIT_MAX', 5)} s, "
        f"host {environment.host}" + (f", {crashes} exceptions in the locustfile (see its log)" if crashes else "")
    )
    met = met and not crashes
    text = f"{text}\n{after_sign_ins()}"
    REPORT_FILE.write_text(f"{head}\n{text}\n")
    with open(REPORT_FILE.with_name("load-samples.csv"), "w", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["start_s", "name", "ms", "error"])
        writer.writerows(log)
    print(f"\n{head}\n{text}", flush=True)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    Path(os.environ.get("LOAD_CPU", REPORT_FILE.with_name("load-locust-cpu.txt"))).write_text(
        f"{usage.ru_utime + usage.ru_stime:.1f}\n"
    )
    environment.process_exit_code = 0 if met else 1


class Browser(HttpUser):
    """A person signed in through the sign-in page, with the session cookie and the CSRF token."""

    abstract = True
    wait_time = WAIT
    kind = None  # "officers" or "reporters"

    def on_start(self):
        if urlsplit(self.host).hostname != "127.0.0.1":
            raise StopUser("bench/locustfile.py sends traffic to 127.0.0.1 only")
        pool = ACCOUNTS[self.kind]
        self.account = pool[next(_next_account[self.kind]) % len(pool)]
        self.ids = {}  # area slug → record ids seen on its list pages
        self.sign_in()

    def sign_in(self):
        with self.client.get("/dang-nhap/", name="login: GET /dang-nhap/", catch_response=True) as response:
            token = CSRF.search(response.text or "")
            if not token:
                response.failure("no CSRF token on the sign-in page")
                raise StopUser()
        data = {
            "username": self.account["username"],
            "password": self.account["password"],
            "csrfmiddlewaretoken": token.group(1),
            "next": "",
        }
        with self.client.post(
            "/dang-nhap/", data=data, name="login: POST /dang-nhap/ → /", catch_response=True
        ) as response:
            if response.status_code != 200 or urlsplit(response.url).path != "/":
                response.failure(f"sign-in failed: {response.status_code} at {urlsplit(response.url).path}")
                raise StopUser()  # never retried: five failures would lock the account out (django-axes)

    def page(self, path, name, must_contain=None, **kwargs):
        with self.client.get(path, name=f"pages: {name}", catch_response=True, **kwargs) as response:
            if response.status_code >= 400:
                response.failure(f"HTTP {response.status_code}")
            elif urlsplit(response.url).path.startswith("/dang-nhap/"):
                response.failure("sent back to the sign-in page")
            elif must_contain and must_contain not in response.text:
                response.failure(f"no {must_contain!r} on the page")
            return response

    def _remember(self, slug, response):
        found = re.findall(rf'href="/so-theo-doi/{re.escape(slug)}/(\d+)/"', response.text or "")
        if found:
            self.ids[slug] = found

    @task(2)
    def home(self):
        self.page("/", "home /", must_contain="<h1")

    @task(4)
    def filtered_list(self):
        area = random.choice(AREAS)
        params = {}
        if area["date"] and random.random() < 0.7:
            year = random.choice(YEARS)
            params.update(date_from=f"01/01/{year}", date_to=f"31/12/{year}")
        if area["country"] and random.random() < 0.5:
            params["country"] = random.choice(COUNTRIES)
        if area["search"] and random.random() < 0.4:
            params["q"] = random.choice(SEARCHES)
        response = self.page(
            f"/so-theo-doi/{area['slug']}/", "list /so-theo-doi/[area]/?filters", must_contain="<table", params=params
        )
        self._remember(area["slug"], response)

    @task(2)
    def page_through(self):
        """The first page of an area, then a few more, as one clicks "Trang sau"."""
        area = random.choice(AREAS)
        response = self.page(f"/so-theo-doi/{area['slug']}/", "list /so-theo-doi/[area]/", must_contain="<table")
        self._remember(area["slug"], response)
        for _number in range(2, random.randint(3, 6)):
            following = NEXT_PAGE.search(response.text or "")
            if following is None:
                break
            response = self.page(
                f"/so-theo-doi/{area['slug']}/?{html.unescape(following[1])}",
                "list /so-theo-doi/[area]/?after=…",
                must_contain="<table",
            )

    @task(4)
    def record(self):
        slug = random.choice([s for s in self.ids] or [random.choice(AREAS)["slug"]])
        if slug not in self.ids:
            self._remember(slug, self.page(f"/so-theo-doi/{slug}/", "list /so-theo-doi/[area]/", must_contain="<table"))
        if self.ids.get(slug):
            self.page(
                f"/so-theo-doi/{slug}/{random.choice(self.ids[slug])}/",
                "record /so-theo-doi/[area]/[id]/",
                must_contain="<h1",
            )

    @task(1)
    def statistics(self):
        params = {"period": random.choice(["2024", "2025-H1", "2023"])} if random.random() < 0.5 else None
        self.page("/thong-ke/", "statistics /thong-ke/", must_contain="<canvas", params=params)

    @task(1)
    def report_draft(self):
        form = self.page("/bao-cao/tao/", "report form /bao-cao/tao/", must_contain="csrfmiddlewaretoken")
        token = CSRF.search(form.text or "")
        if not token:
            return
        code = random.choice(list(TEMPLATES_BY_PERIOD))
        data = {
            "csrfmiddlewaretoken": token.group(1),
            "unit": self.account["report_unit"],
            "template": ACCOUNTS["templates"][code],
            "period_code": random.choice(TEMPLATES_BY_PERIOD[code]),
            "as_of": "",
            "letter": "",
        }
        with self.client.post(
            "/bao-cao/tao/", data=data, name="report: POST /bao-cao/tao/ → draft", catch_response=True
        ) as response:
            if response.status_code != 200:
                response.failure(f"HTTP {response.status_code}")
            elif not re.fullmatch(r"/bao-cao/\d+/", urlsplit(response.url).path):
                response.failure(f"no draft: ended at {urlsplit(response.url).path}")
            elif '<h2 class="doc-kind">BÁO CÁO</h2>' not in response.text:
                response.failure("the draft has no «BÁO CÁO» heading")


class Officer(Browser):
    """Chuyên viên ngoại vụ: reads the whole register, drafts the province's reports."""

    weight = 6
    kind = "officers"


class Reporter(Browser):
    """Đơn vị báo cáo: sees its own unit's rows only, drafts its own report."""

    weight = 3
    kind = "reporters"


class ApiClient(HttpUser):
    """Another system reading the register through the API with a token (no session, no CSRF)."""

    weight = 1
    wait_time = WAIT

    def on_start(self):
        if urlsplit(self.host).hostname != "127.0.0.1":
            raise StopUser("bench/locustfile.py sends traffic to 127.0.0.1 only")
        pool = ACCOUNTS["officers"] + ACCOUNTS["reporters"]
        account = random.choice(pool)
        self.client.headers["Authorization"] = f"Token {account['token']}"

    @task
    def area_list(self):
        """A filtered list, then one or two of its further pages by the answer's "next" link."""
        area = random.choice(AREAS)
        params = {}
        if area["date"] and random.random() < 0.5:
            year = random.choice(YEARS)
            params.update(date_from=f"{year}-01-01", date_to=f"{year}-12-31")
        if area["country"] and random.random() < 0.3:
            params["country"] = random.choice(COUNTRIES)
        url = f"/api/register/{area['slug']}/"
        for _page in range(random.randint(1, 3)):
            with self.client.get(
                url, params=params, name="api: GET /api/register/[area]/", catch_response=True
            ) as response:
                answer = response.json() if response.status_code == 200 else None
                if response.status_code != 200:
                    response.failure(f"HTTP {response.status_code}")
                elif not isinstance(answer, dict) or "results" not in answer:
                    response.failure("no results in the answer")
                    answer = None
            if not answer or not answer.get("next") or urlsplit(answer["next"]).hostname != "127.0.0.1":
                break
            url, params = answer["next"], None
