"""LibreOffice headless: where it is, and running it so that a timeout ends all its processes.

Used to make PDFs from our DOCX (reporting/pdf.py) and to read old .doc files (reading/extract.py).
"""

import os
import shutil
import signal
import subprocess

FALLBACK_PATHS = ("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice")


def find():
    """The soffice executable, or None when LibreOffice is not installed."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in FALLBACK_PATHS:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def run(command, workdir, timeout):
    """(return code, output) of soffice run in its own process group.

    On a timeout the whole group (oosplash, soffice.bin) is killed and
    subprocess.TimeoutExpired is raised; OSError passes through when it cannot start.
    """
    process = subprocess.Popen(
        command,
        cwd=workdir,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        # HOME must be writable: soffice touches it even with a separate profile.
        env={**os.environ, "HOME": str(workdir)},
        start_new_session=True,
    )
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise
    return process.returncode, output
