"""A command run on a database not migrated yet says so in one line of Vietnamese, not a traceback."""

import os
import subprocess
import sys

import pytest

NOT_MIGRATED = "Cơ sở dữ liệu chưa có đủ các bảng của Ngoại vụ: chạy «ngoaivu migrate» trước, rồi chạy lại lệnh này.\n"


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
