import os
from datetime import date, datetime

import pytest
from django.test import override_settings
from django.utils import timezone

from ngoaivu.core.models import Role, Unit, User

PASSWORD = "mat-khau-thu-nghiem-2021"

# Background tasks are queued and left there, unless a test runs them: run_tasks (in the test's
# own process) or a real `ngoaivu worker` (tests/reporting/test_worker.py). Set before any fixture,
# the module-scoped demo included, queues a task.
override_settings(TASKS={"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}).enable()


@pytest.fixture
def units(db):
    province = Unit.objects.create(name="Tỉnh Quảng Ngãi", code="QNg", kind=Unit.Kind.PROVINCE)
    committee = Unit.objects.create(
        name="UBND tỉnh Quảng Ngãi", code="UBND", kind=Unit.Kind.PEOPLES_COMMITTEE, parent=province
    )
    return {
        "province": province,
        "committee": committee,
        "sngv": Unit.objects.create(name="Sở Ngoại vụ", code="SNgV", parent=committee),
        "vp": Unit.objects.create(name="Văn phòng UBND tỉnh", code="VP", kind=Unit.Kind.OFFICE, parent=committee),
        "dh": Unit.objects.create(
            name="Trường Đại học Phạm Văn Đồng", code="DHPVD", kind=Unit.Kind.UNIVERSITY, parent=province
        ),
    }


def make_user(username, role, unit):
    user = User(username=username, role=role, unit=unit, is_staff=role == Role.ADMIN, is_superuser=role == Role.ADMIN)
    user.set_password(PASSWORD)
    user.save()
    return user


@pytest.fixture
def users(units):
    return {
        "admin": make_user("admin", Role.ADMIN, units["sngv"]),
        "officer": make_user("officer", Role.OFFICER, units["sngv"]),
        "leader": make_user("leader", Role.LEADER, units["sngv"]),
        "viewer": make_user("viewer", Role.VIEWER, units["sngv"]),
        "reporter": make_user("reporter", Role.REPORTER, units["vp"]),
        "other_reporter": make_user("other", Role.REPORTER, units["dh"]),
    }


@pytest.fixture
def clock(monkeypatch):
    """clock(2021, 9, 1) makes "now" that day at 09:00, Hà Nội time, for views, models and services."""

    def set_to(year, month, day, hour=9):
        moment = timezone.make_aware(datetime(year, month, day, hour))
        monkeypatch.setattr(timezone, "now", lambda: moment)
        return moment

    return set_to


@pytest.fixture
def client_for(client, users):
    """client_for("officer") is a test client logged in as that demo role."""

    def login(name):
        client.force_login(users[name])
        return client

    return login


@pytest.fixture
def api(users):
    """api("officer") is an API client signed in as that role."""
    from rest_framework.test import APIClient

    def login(name):
        client = APIClient()
        client.force_authenticate(users[name])
        return client

    return login


@pytest.fixture
def incoming(units):
    from ngoaivu.register.models import IncomingDelegation

    def create(unit="sngv", **fields):
        values = {
            "title": "Đoàn Tổng Lãnh sự quán Nhật Bản",
            "country": "JP",
            "start_date": date(2021, 3, 10),
            "person_visits": 3,
        }
        values.update(fields)
        return IncomingDelegation.objects.create(unit=units[unit], **values)

    return create


# Fixtures through which a test reaches the database; pytest-django refuses it to any other test.
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server"}


def uses_database(item):
    from django.test import TransactionTestCase

    test_case = getattr(item, "cls", None)
    return (
        bool(DATABASE_FIXTURES & set(getattr(item, "fixturenames", ())))
        or item.get_closest_marker("django_db") is not None
        or (test_case is not None and issubclass(test_case, TransactionTestCase))
    )


def runs_once(item):
    browser = "browser" in item.keywords and not item.nodeid.startswith("tests/e2e/")
    return browser or item.get_closest_marker("one_database") is not None


def pytest_collection_modifyitems(config, items):
    # ./test runs the suite on SQLite, then again on PostgreSQL (NGOAIVU_DATABASE_TESTS_ONLY):
    # a test that cannot reach the database gives the same result twice, so it runs once.
    # So does one whose database work is plain ORM, the same on both (one_database), and a browser test
    # other than the flows of tests/e2e: it checks how a page looks and behaves, and the e2e flows still
    # run on PostgreSQL.
    if os.environ.get("NGOAIVU_DATABASE_TESTS_ONLY"):
        again = {item.nodeid: uses_database(item) and not runs_once(item) for item in items}
        config.hook.pytest_deselected(items=[item for item in items if not again[item.nodeid]])
        items[:] = [item for item in items if again[item.nodeid]]
    # Under CI the browser tests must run: a missing browser is a failure, never a skip.
    if os.environ.get("NGOAIVU_REQUIRE_ALL"):
        return
    if not os.path.exists(os.environ.get("CHROMIUM", "/usr/bin/chromium")):
        skip = pytest.mark.skip(reason="chromium không có trên máy này")
        for item in items:
            if "browser" in item.keywords:
                item.add_marker(skip)


@pytest.fixture
def run_tasks(settings):
    """Tasks run as they are queued, in the test's own process."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture(autouse=True)
def fast_passwords(settings):
    # Many tests make six users; the production hasher would spend most of the suite's time.
    # The production hasher stays known: the module-wide demo is loaded before this fixture applies.
    settings.PASSWORD_HASHERS = [
        "django.contrib.auth.hashers.MD5PasswordHasher",
        "ngoaivu.accounts.hashers.Argon2idHasher",
        "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    ]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, whose PostgreSQL copy is dropped at the end even while a live server's
    thread or a worker's process still holds a connection to it: those are closed first, so that the next
    run starts from no leftover database and the teardown warns of no «other users»."""
    yield
    from django.db import connection

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker, tmp_path_factory):
    """The demo province, loaded once per module and rolled back after it (tests also take `db`).
    Its files (seal and signature images, demo keys) go to the module's own folders."""
    import io

    from django.core.management import call_command
    from django.db import transaction

    folder = tmp_path_factory.mktemp("demo")
    with (
        override_settings(MEDIA_ROOT=str(folder / "uploads"), VAR_DIR=folder),
        django_db_blocker.unblock(),
        transaction.atomic(),
    ):
        call_command("load_demo", stdout=io.StringIO())
        yield
        transaction.set_rollback(True)


@pytest.fixture
def demo_users(demo, db):
    return {user.username: user for user in User.objects.all()}


@pytest.fixture(autouse=True)
def empty_cache():
    # The home page keeps its row counts a minute: each test starts from a cold cache.
    from django.core.cache import cache

    cache.clear()
