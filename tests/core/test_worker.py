"""ngoaivu worker outlives a database held locked by a long import; it is quiet, and Ctrl+C stops it as it
stops every command."""

import os
import signal
import subprocess
import sys
import threading

import pytest
from django.core.management import call_command
from django.db import OperationalError

from ngoaivu.core.management.commands import worker


def test_the_worker_reads_the_queue_again_after_the_database_was_locked(monkeypatch, settings):
    settings.TASKS_BACKEND = "database"
    runs = []

    def run(self):
        runs.append(self)
        if len(runs) == 1:
            raise OperationalError("database is locked")

    monkeypatch.setattr(worker.DatabaseWorker, "run", run)
    monkeypatch.setattr(worker, "RETRY_AFTER", 0)
    call_command("worker", batch=True)
    assert len(runs) == 2


def test_another_database_error_still_stops_the_worker(monkeypatch, settings):
    settings.TASKS_BACKEND = "database"

    def run(self):
        raise OperationalError("disk I/O error")  # not a lock to wait out, nor a table to migrate

    monkeypatch.setattr(worker.DatabaseWorker, "run", run)
    with pytest.raises(OperationalError, match="disk I/O error"):
        call_command("worker", batch=True)


@pytest.fixture
def migrated(migrated_copy):
    env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "TASKS_BACKEND")}
    env["NGOAIVU_VAR_DIR"] = str(migrated_copy)
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a signal sent to a process")
def test_the_worker_is_quiet_and_ctrl_c_stops_it_with_one_line(migrated):
    """django-tasks said «Starting worker worker_id=… queues=*», «No more tasks to run … exiting gracefully»
    and «Received Interrupt - shutting down gracefully…» in English, and Ctrl+C exited 0."""
    command = [sys.executable, "-m", "ngoaivu", "worker"]
    batch = subprocess.run([*command, "--batch"], env=migrated, capture_output=True, text=True, timeout=120)
    assert (batch.returncode, batch.stdout, batch.stderr) == (0, "", "")
    running = subprocess.Popen(command, env=migrated, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stuck = threading.Timer(120, running.kill)  # a line never said fails the test instead of hanging it
    stuck.start()
    try:
        # said as it starts reading the queue (a Ctrl+C before it is one line too, as in any command)
        assert running.stdout.readline() == "Đang chạy các tác vụ nền; nhấn Ctrl+C để dừng.\n"
        running.send_signal(signal.SIGINT)
        out, err = running.communicate(timeout=60)
    finally:
        stuck.cancel()
        running.kill()
        running.wait()  # reaped: a stuck worker left as a zombie would fail the next test's count of children
    assert (running.returncode, out, err) == (130, "", "Đã dừng lệnh.\n")
