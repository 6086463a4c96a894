"""Running a parser over an untrusted file in another process, under limits no file can pass.

A hostile upload (a PDF whose one page inflates to a gigabyte, a sheet that claims a million
rows) must cost its sender a refusal, not the web worker. The parse runs in a child process
forked from a clean server process (multiprocessing's "forkserver": no database connection,
no request threads are copied) with an address-space limit (RLIMIT_AS) and a CPU limit; the
parent waits at most the given seconds and kills it, whatever the child is doing, so the
wall-clock limit holds in the middle of a page or a sheet, not between them.

The function and its arguments go to the child by pickling: the function must be a module-level
function of a module that imports without Django being set up.
"""

from __future__ import annotations

import multiprocessing
import os
import resource
import signal
import traceback

# What the children are forked from: imported once in the server, not once per file.
PRELOAD = ["ngoaivu.reading.reader", "ngoaivu.reading.sheets"]
_context = multiprocessing.get_context("forkserver")
_context.set_forkserver_preload(PRELOAD)


# What one upload's parse may take, unless the caller says otherwise. A real report or register
# sheet takes under 2 s and 200 MB; the memory counts from what the child already maps.
UPLOAD_SECONDS = 30
UPLOAD_MEMORY_MB = 1024


def gettext_noop(message: str) -> str:
    """Marks a message for the translation catalogue (as ngoaivu.pure.messages does: this module
    sits beside the pure core, not above it); the Django side translates it when shown."""
    return message


TOO_MUCH_MEMORY = gettext_noop("Tệp cần quá nhiều bộ nhớ để đọc (nghi là tệp độc hại hoặc bị hỏng), không đọc.")
CRASHED = gettext_noop("Tệp làm trình đọc dừng bất thường (tệp bị hỏng), không đọc được.")
TOO_SLOW = gettext_noop("Đọc tệp quá %(seconds)s giây nên đã dừng (tệp quá phức tạp hoặc bị hỏng).")


class LimitExceeded(Exception):
    """The parse went over a limit and was stopped; str() is one Vietnamese line for the user.

    message is a gettext_noop template and params its values, for the Django side to translate.
    """

    def __init__(self, reason: str, message: str, **params: object):
        self.reason = reason  # "time", "memory" or "crashed"
        self.message, self.params = message, params
        super().__init__(message % params)

    def __reduce__(self):
        return _rebuild_limit, (self.reason, self.message, self.params)


def run_limited(function, *args, seconds: float = UPLOAD_SECONDS, memory_mb: int = UPLOAD_MEMORY_MB):
    """function(*args) run in a child process with at most `memory_mb` MB more address space
    than the child starts with and `seconds` of wall-clock time.

    Returns what the function returns; an exception it raises is raised again here (its type and
    message kept). LimitExceeded when a limit stopped it.
    """
    receiver, sender = _context.Pipe(duplex=False)
    child = _context.Process(target=_child, args=(sender, function, args, seconds, memory_mb), daemon=True)
    child.start()
    sender.close()
    try:
        if not receiver.poll(seconds):
            raise _too_slow(seconds)
        try:
            outcome, value = receiver.recv()
        except (EOFError, OSError):
            outcome, value = "crashed", None
    finally:
        receiver.close()
        if child.is_alive():
            child.kill()
        child.join()
    if outcome == "value":
        return value
    if outcome == "raised":
        raise value
    if child.exitcode == -signal.SIGXCPU:
        raise _too_slow(seconds)
    if outcome == "memory" or child.exitcode in (-signal.SIGKILL, -signal.SIGABRT, -signal.SIGSEGV):
        # A C library that cannot allocate aborts or crashes rather than raising MemoryError.
        raise LimitExceeded("memory", TOO_MUCH_MEMORY)
    raise LimitExceeded("crashed", CRASHED)


def _too_slow(seconds):
    return LimitExceeded("time", TOO_SLOW, seconds=format(seconds, "g"))


def _rebuild_limit(reason, message, params):
    return LimitExceeded(reason, message, **params)


def _child(sender, function, args, seconds, memory_mb):
    # The limit counts from what the child already maps (the interpreter and its libraries).
    ceiling = _address_space() + memory_mb * 1024 * 1024
    hard = resource.getrlimit(resource.RLIMIT_AS)[1]
    resource.setrlimit(resource.RLIMIT_AS, (ceiling, hard))
    cpu_hard = resource.getrlimit(resource.RLIMIT_CPU)[1]
    cpu = int(seconds) + 2 if cpu_hard == resource.RLIM_INFINITY else min(int(seconds) + 2, cpu_hard)
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu_hard))
    try:
        result = ("value", function(*args))
    except MemoryError:
        result = ("memory", None)
    except Exception as error:  # noqa: BLE001 - sent back to the parent, which raises it
        result = ("raised", error)
    try:
        sender.send(result)
    except Exception:  # noqa: BLE001 - an unpicklable result or error: say so in one line
        sender.send(("raised", RuntimeError(traceback.format_exc(limit=1).strip().splitlines()[-1])))
    sender.close()


def _address_space() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
