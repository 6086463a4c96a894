import fcntl
import json
import os
import shutil
import subprocess
import sys
from typing import NamedTuple

import pytest


class Migrated(NamedTuple):
    """A var directory migrated from nothing, and what `ngoaivu migrate` said doing it."""

    path: object
    status: int
    out: str
    err: str


@pytest.fixture(scope="session")
def migrated_var(tmp_path_factory, worker_id):
    """A var directory whose SQLite database was migrated from nothing: made once for the whole run (migrating
    takes about 8 s), its workers taking turns under a lock in the run's own temporary directory."""
    run_root = tmp_path_factory.getbasetemp()
    run_root = run_root.parent if worker_id != "master" else run_root  # popen-gw0's parent: this run's
    made, said = run_root / "migrated-var", run_root / "migrated-var.json"
    with open(run_root / "migrated-var.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not said.exists():
            made.mkdir(exist_ok=True)
            env = {key: value for key, value in os.environ.items() if key not in ("DATABASE_URL", "TASKS_BACKEND")}
            env["NGOAIVU_VAR_DIR"] = str(made)
            done = subprocess.run(
                [sys.executable, "-m", "ngoaivu", "migrate"], env=env, capture_output=True, text=True, timeout=300
            )
            said.write_text(json.dumps([done.returncode, done.stdout, done.stderr]))
    return Migrated(made, *json.loads(said.read_text()))


@pytest.fixture
def migrated_copy(migrated_var, tmp_path):
    """A var directory of the test's own (tmp_path), holding a copy of migrated_var's database and key."""
    assert migrated_var.status == 0, migrated_var.err
    shutil.copytree(migrated_var.path, tmp_path, dirs_exist_ok=True)
    return tmp_path
