"""DOCX -> PDF with headless LibreOffice (no Django).

Each call gets its own LibreOffice profile directory: two soffice processes sharing one profile
block or fail, and the app may convert in parallel workers.
"""

import shutil
import subprocess
import tempfile
import uuid
from pathlib import Path

from django.utils.translation import gettext as _

from ngoaivu import soffice
from ngoaivu.soffice import find as libreoffice_path


class PdfUnavailable(RuntimeError):
    """LibreOffice is not installed on this server."""

    def __init__(self, message=None):
        super().__init__(message or _("Máy chủ chưa cài LibreOffice nên chưa tạo được PDF."))


class PdfFailed(RuntimeError):
    """LibreOffice ran but gave no PDF (error, crash or timeout)."""


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
            returncode, output = soffice.run(command, work, timeout)
        except OSError as error:
            raise PdfFailed(_("Không chạy được LibreOffice: %(error)s") % {"error": error}) from error
        except subprocess.TimeoutExpired as error:
            message = _("LibreOffice không chuyển xong sang PDF trong %(seconds)s giây.")
            raise PdfFailed(message % {"seconds": timeout}) from error
        finally:
            shutil.rmtree(profile, ignore_errors=True)
        target = work / "file.pdf"
        if returncode != 0 or not target.is_file() or target.stat().st_size == 0:
            detail = output.decode("utf-8", "replace").strip()[-500:]
            message = _("LibreOffice không tạo được PDF (mã %(code)s).") % {"code": returncode}
            raise PdfFailed(f"{message} {detail}".strip())
        return target.read_bytes()
