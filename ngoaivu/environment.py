"""Reading the settings that differ between machines from the environment, and keeping this
installation's own files (var/: the SQLite database, the secret key, the uploads) readable by
its owner only. Pure Python."""

import os
import secrets
import sqlite3
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]", "testserver"}


class SettingsError(Exception):
    """A setting that would be unsafe; the message says in Vietnamese what to change."""


def flag(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in ("1", "true", "yes", "on")


def number(name, default):
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def names(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def require_extra(setting, module, extra):
    """Refuse to start, saying what to install, when a setting needs a package of an extra."""
    from importlib.util import find_spec

    from django.core.exceptions import ImproperlyConfigured

    if find_spec(module) is None:
        raise ImproperlyConfigured(f"{setting} cần gói {module}: cài bằng pip install '.[{extra}]'.")


def check_debug(debug, allowed_hosts):
    """DEBUG shows code and settings to whoever triggers an error: only ever on a developer's machine."""
    public = set(allowed_hosts) - LOCAL_HOSTS
    if debug and public:
        raise SettingsError(
            "DEBUG=1 chỉ được dùng khi phát triển trên máy cục bộ, nhưng ALLOWED_HOSTS có "
            f"{', '.join(sorted(public))}: bỏ biến DEBUG khi chạy thật."
        )


def secret_key(var_dir):
    """SECRET_KEY from the environment, or one made once for this installation and kept in var/.

    A fresh checkout is then never run with a key known to everyone who has read the code.
    """
    key = os.environ.get("SECRET_KEY", "").strip()
    if key:
        return key
    path = var_dir / "secret_key"
    try:
        return path.read_text().strip()
    except FileNotFoundError:
        pass
    private_dir(var_dir)
    key = secrets.token_urlsafe(50)
    try:
        # O_EXCL: of two processes starting at once, one writes and both read the same key.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(descriptor, "w") as out:
        out.write(key)
    return key


PRIVATE_FILE = 0o600  # the owner reads and writes; nobody else
PRIVATE_DIR = 0o700


def _tighten(path, mode):
    """Take group and others' rights off an existing path of ours (one made before this rule)."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return
    if status.st_mode & 0o077 and status.st_uid == os.geteuid():
        try:
            os.chmod(path, mode)
        except OSError:  # a read-only file system: nothing to tighten there
            pass


def private_dir(path):
    """path as a directory only its owner may enter (parents that are missing are made as usual)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=PRIVATE_DIR)
    except FileExistsError:
        _tighten(path, PRIVATE_DIR)
    return path


def private_file(path):
    """Create path empty with mode 600 if it does not exist, else take group and others' rights off it.

    A path that cannot be created (no such folder, no right to write there) is left for the
    caller's own open() to report.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))
    except FileExistsError:
        _tighten(path, PRIVATE_FILE)
    except OSError:
        pass
    return path


def sqlite_path(database):
    """The file SQLite would create for a database name (a path or a file: URI); None for a
    database in memory, or a URI that opens an existing file only (mode=ro or rw)."""
    if not database or database == ":memory:":
        return None
    if not database.startswith("file:"):
        return database
    parts = urlsplit(database)
    if parts.path in ("", ":memory:") or parse_qs(parts.query).get("mode", ["rwc"])[-1] != "rwc":
        return None
    return unquote(parts.path)


class PrivateSQLiteConnection(sqlite3.Connection):
    """A SQLite connection whose database file is created with mode 600 before SQLite opens it.

    SQLite makes a new database with the process's umask (usually 644: readable by every local
    user) and gives its -wal and -shm files the database file's mode; so creating the file first
    keeps all three private. Django passes OPTIONS["factory"] on to sqlite3.connect.
    """

    def __init__(self, database, *args, **kwargs):
        path = sqlite_path(os.fsdecode(database))
        if path is not None:
            private_file(path)
            for suffix in ("-wal", "-shm", "-journal"):
                _tighten(path + suffix, PRIVATE_FILE)
        super().__init__(database, *args, **kwargs)
