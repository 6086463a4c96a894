import json
import os
import sqlite3
import stat
import subprocess
import sys

import pytest
from django.db import connection
from hypothesis import given, strategies as st

from ngoaivu import environment
from ngoaivu.core.sqlite import unicode_like


def mode(path):
    return oct(stat.S_IMODE(os.stat(path).st_mode))


def test_vietnamese_capitals_fold():
    assert unicode_like("%đoàn%", "Đoàn Đại sứ quán")
    assert unicode_like("%ĐẠI%", "trường đại học")
    assert not unicode_like("%doan%", "Đoàn")  # case folds, accents stay


def test_wildcards_and_escape():
    assert unicode_like("a_c", "abc") and not unicode_like("a_c", "abbc")
    assert unicode_like("100\\%", "100%", "\\") and not unicode_like("100\\%", "1000", "\\")


VIETNAMESE = st.text(
    alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐÊÔƠƯàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵÀÁẠĐỆỮ %_\\ "
)


@given(VIETNAMESE, VIETNAMESE)
def test_contains_pattern_agrees_with_python(needle, haystack):
    escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    assert unicode_like(f"%{escaped}%", haystack, "\\") == (needle.casefold() in haystack.casefold())


OPEN_AND_WRITE = """
import json, os, stat
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE ghi_thu (x integer)")
    cursor.execute("INSERT INTO ghi_thu VALUES (1)")
    name = connection.settings_dict["NAME"]
    print(json.dumps({path: oct(stat.S_IMODE(os.stat(path).st_mode))
                      for path in (os.path.dirname(name), name, name + "-wal", name + "-shm")}))
"""


def test_a_new_database_its_wal_files_and_var_are_readable_by_their_owner_only(tmp_path):
    """A real start of the application on a fresh machine: var/ is made, then the SQLite database."""
    var = tmp_path / "var"
    environ = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SECRET_KEY")}
    environ.update(NGOAIVU_VAR_DIR=str(var))
    result = subprocess.run(
        [sys.executable, "-m", "ngoaivu", "manage", "shell", "-c", OPEN_AND_WRITE],
        capture_output=True,
        text=True,
        env=environ,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    modes = json.loads(result.stdout.strip().splitlines()[-1])
    database = str(var / "ngoaivu.sqlite3")
    assert modes == {str(var): "0o700", database: "0o600", database + "-wal": "0o600", database + "-shm": "0o600"}
    assert mode(var / "secret_key") == "0o600"


def test_the_test_database_is_private_too(db):
    if connection.vendor != "sqlite":
        pytest.skip("a file of SQLite only")
    assert mode(connection.settings_dict["NAME"]) == "0o600"


def test_a_database_made_readable_before_is_made_private_when_opened(tmp_path):
    path = tmp_path / "cu.sqlite3"
    sqlite3.connect(path).close()
    os.chmod(path, 0o644)
    with sqlite3.connect(path, factory=environment.PrivateSQLiteConnection) as opened:
        opened.execute("PRAGMA journal_mode=WAL")
        opened.execute("CREATE TABLE t (x integer)")
        assert [mode(f"{path}{suffix}") for suffix in ("", "-wal", "-shm")] == ["0o600"] * 3
    opened.close()


@pytest.mark.parametrize(
    "name, path",
    [
        ("/srv/ngoaivu/var/ngoaivu.sqlite3", "/srv/ngoaivu/var/ngoaivu.sqlite3"),
        ("file:/srv/ngoaivu/var/ng%E1%BB%8Dai.sqlite3?cache=shared", "/srv/ngoaivu/var/ngọai.sqlite3"),
        (":memory:", None),
        ("", None),
        ("file::memory:?cache=shared", None),
        ("file:memorydb_default?mode=memory&cache=shared", None),
        ("file:/tmp/x.sqlite3?mode=ro", None),
    ],
)
def test_the_file_behind_a_database_name(name, path):
    assert environment.sqlite_path(name) == path
