"""ngoaivu worker outlives a database held locked by a long import."""

import pytest
from django.core.management import call_command
from django.db import OperationalError

from ngoaivu.core.management.commands import worker


def test_the_worker_reads_the_queue_again_after_the_database_was_locked(monkeypatch, settings):
    settings.TASKS_BACKEND = "database"
    runs = []

    def db_worker(name, **options):
        runs.append(name)
        if len(runs) == 1:
            raise OperationalError("database is locked")

    monkeypatch.setattr(worker, "call_command", db_worker)
    monkeypatch.setattr(worker, "RETRY_AFTER", 0)
    call_command("worker", batch=True)
    assert runs == ["db_worker", "db_worker"]


def test_another_database_error_still_stops_the_worker(monkeypatch, settings):
    settings.TASKS_BACKEND = "database"

    def db_worker(name, **options):
        raise OperationalError("no such table: django_tasks_database_dbtaskresult")

    monkeypatch.setattr(worker, "call_command", db_worker)
    with pytest.raises(OperationalError):
        call_command("worker", batch=True)
