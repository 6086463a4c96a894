"""A command run on a database not migrated yet says so in one line of Vietnamese, not a traceback."""

import os
import subprocess
import sys

import pytest
from django.core.management.base import CommandError
from django.db import OperationalError

from ngoaivu.core.management.base import tables_required

NOT_MIGRATED = (
    "Cơ sở dữ liệu chưa được cập nhật theo phiên bản này của Ngoại vụ: chạy «ngoaivu migrate» trước, rồi chạy "
    "lại lệnh này.\n"
)


@pytest.mark.parametrize("command", [["verify", "x.pdf"], ["remind"]])
def test_a_command_on_a_database_without_tables_says_to_migrate(tmp_path, command):
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.7")
    environ = {key: value for key, value in os.environ.items() if key != "DATABASE_URL"}
    environ["NGOAIVU_VAR_DIR"] = str(tmp_path / "var")  # a new installation: no database yet
    result = subprocess.run(
        [sys.executable, "-m", "ngoaivu", *command],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
        env=environ,
    )
    assert (result.returncode, result.stderr) == (1, NOT_MIGRATED)


def test_a_database_migrated_by_an_older_version_is_told_to_migrate_too():
    # A column added by a later version is missing: the same one line, not a traceback.
    with pytest.raises(CommandError, match="chạy «ngoaivu migrate» trước"):
        with tables_required():
            raise OperationalError("no such column: core_legaldocument.number_key")
    with pytest.raises(OperationalError):  # any other fault of the database is shown as it is
        with tables_required():
            raise OperationalError("database is locked")
