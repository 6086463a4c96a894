"""Django's own commands run through `ngoaivu` say their result in Vietnamese at the default level of
messages, where Django listed «Applying core.0001_initial... OK» and «System check identified no issues
(0 silenced).» in English; -v 2 still shows Django's lines."""

import os
import subprocess
import sys

import pytest


@pytest.fixture
def ngoaivu(tmp_path):
    """`ngoaivu …` on a database of its own, which the commands change: (exit status, stdout, stderr)."""
    # Not the browser tests' DJANGO_ALLOW_ASYNC_UNSAFE, which `check --deploy` reports as an error.
    unset = ("DATABASE_URL", "TASKS_BACKEND", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {key: value for key, value in os.environ.items() if key not in unset}
    env["NGOAIVU_VAR_DIR"] = str(tmp_path)

    def run(*arguments):
        done = subprocess.run(
            [sys.executable, "-m", "ngoaivu", *arguments], env=env, capture_output=True, text=True, timeout=300
        )
        return done.returncode, done.stdout, done.stderr

    return run


def test_migrate_says_what_it_changed_in_one_line(migrated_var, migrated_copy, ngoaivu):
    # from nothing (the migration the run's other tests copy), then on a copy of what it made
    status, out, err = migrated_var.status, migrated_var.out, migrated_var.err
    assert (status, err) == (0, "")
    assert out.startswith("Đã áp dụng ") and out.endswith(" thay đổi cơ sở dữ liệu.\n") and out.count("\n") == 1
    assert ngoaivu("migrate") == (0, "Cơ sở dữ liệu đã cập nhật, không có thay đổi nào cần áp dụng.\n", "")
    assert ngoaivu("migrate", "sessions", "zero") == (0, "Đã hoàn tác 01 thay đổi cơ sở dữ liệu.\n", "")
    assert ngoaivu("migrate") == (0, "Đã áp dụng 01 thay đổi cơ sở dữ liệu.\n", "")
    ngoaivu("migrate", "sessions", "zero", "-v0")
    status, out, err = ngoaivu("migrate", "-v2")
    assert status == 0 and "Applying sessions.0001_initial... OK" in out and "thay đổi" not in out


def test_check_says_no_error_in_vietnamese(ngoaivu):
    assert ngoaivu("check") == (0, "Kiểm tra: không có lỗi.\n", "")
    assert ngoaivu("check", "-v0") == (0, "", "")
    assert ngoaivu("check", "-v2") == (0, "System check identified no issues (0 silenced).\n", "")


def test_check_sums_up_the_issues_in_vietnamese_above_djangos_lines(ngoaivu):
    """--deploy finds Django's security warnings here (no HTTPS settings in a test): one Vietnamese line counts
    them, where Django said «System check identified some issues:» and «WARNINGS:», then Django's lines."""
    status, out, err = ngoaivu("check", "--deploy")
    summary, *lines = err.splitlines()
    assert (status, out) == (0, "") and lines and all(line.startswith("?: (security.W") for line in lines)
    assert summary == f"Kiểm tra: {len(lines):02d} cảnh báo." and lines == sorted(lines)
    assert "System check" not in err and "WARNINGS" not in err
    # warnings made errors stop the command, said the same way
    status, out, err = ngoaivu("check", "--deploy", "--fail-level", "WARNING")
    assert (status, out, err.splitlines()) == (1, "", [summary, *lines])
    status, out, err = ngoaivu("check", "--deploy", "-v2")
    assert status == 0 and err.startswith("System check identified some issues:") and "Kiểm tra" not in err


def test_migrating_one_app_of_a_new_database_leaves_the_templates_to_the_migrate_that_makes_their_table(ngoaivu):
    # the report templates are installed after each migrate (tests/reporting/test_templates_store.py)
    status, out, err = ngoaivu("migrate", "core")
    assert (status, err) == (0, "") and out.startswith("Đã áp dụng "), err
