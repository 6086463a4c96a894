"""DOCX -> PDF with headless LibreOffice (no Django).

Each call gets its own LibreOffice profile directory: two soffice processes sharing one profile
block or fail, and the app may convert in parallel workers.
"""

import os
import shutil
import signal
import subprocess
import tempfile
import uuid
from pathlib import Path

FALLBACK_PATHS = ("/usr/bin/soffice", "/usr/lib/libreoffice/program/soffice")


class PdfUnavailable(RuntimeError):
    """LibreOffice is not installed on this server."""

    def __init__(self, message="Máy chủ chưa cài LibreOffice nên chưa tạo được PDF."):
        super().__init__(message)


class PdfFailed(RuntimeError):
    """LibreOffice ran but gave no PDF (error, crash or timeout)."""


def libreoffice_path():
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for candidate in FALLBACK_PATHS:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None


def docx_to_pdf(docx_bytes: bytes, timeout=120) -> bytes:
    binary = libreoffice_path()
    if binary is None:
        raise PdfUnavailable()
    with tempfile.TemporaryDirectory(prefix="ngoaivu-pdf-") as workdir:
        work = Path(workdir)
        source = work / "file.docx"
        source.write_bytes(docx_bytes)
        profile = Path(tempfile.gettempdir()) / f"ngoaivu-lo-{uuid.uuid4().hex}"
        command = [
            binary,
            "--headless",
            "--norestore",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            str(source),
        ]
        try:
            returncode, output = _run(command, work, timeout)
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        target = work / "file.pdf"
        if returncode != 0 or not target.is_file() or target.stat().st_size == 0:
            detail = output.decode("utf-8", "replace").strip()[-500:]
            raise PdfFailed(f"LibreOffice không tạo được PDF (mã {returncode}). {detail}".strip())
        return target.read_bytes()


def _run(command, workdir, timeout):
    """Run soffice in its own process group so a timeout also ends oosplash/soffice.bin under it."""
    try:
        process = subprocess.Popen(
            command,
            cwd=workdir,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            # HOME must be writable: soffice touches it even with a separate profile.
            env={**os.environ, "HOME": str(workdir)},
            start_new_session=True,
        )
    except OSError as error:
        raise PdfFailed(f"Không chạy được LibreOffice: {error}") from error
    try:
        output, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired as error:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        process.communicate()
        raise PdfFailed(f"LibreOffice không chuyển xong sang PDF trong {timeout} giây.") from error
    return process.returncode, output
