"""Reading the settings that differ between machines from the environment. Pure Python."""

import os
import secrets

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


def check_debug(debug, allowed_hosts):
    """DEBUG shows code and settings to whoever triggers an error: only ever on a developer's machine."""
    public = set(allowed_hosts) - LOCAL_HOSTS
    if debug and public:
        raise SettingsError(
            "DEBUG=1 chỉ được dùng khi phát triển trên máy cục bộ, nhưng ALLOWED_HOSTS có "
            f"{', '.join(sorted(public))}: bỏ biến DEBUG khi chạy thật.")


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
    var_dir.mkdir(parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    try:
        # O_EXCL: of two processes starting at once, one writes and both read the same key.
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(descriptor, "w") as out:
        out.write(key)
    return key
