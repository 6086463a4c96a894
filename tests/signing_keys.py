"""Keys, certificates, images and a report PDF for the signing tests (ngoaivu.signatures and the
Django-level signing tests): a throwaway CA, a person's and an organisation's certificate, the
signature and seal images, a SoftHSM2 token holding a key, and a LibreOffice-made report PDF.

Nothing here is a mock: the keys are real EC keys, the token is a real PKCS#11 token (SoftHSM2)
and the PDF is LibreOffice's.
"""

from __future__ import annotations

import fcntl
import functools
import io
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from ngoaivu.signatures.authority import Issued, issue, make_authority
from ngoaivu.signatures.keys import Token

PERSON = "Nguyễn Văn An"
TITLE = "GIÁM ĐỐC"
UNIT = "Sở Ngoại vụ tỉnh Quảng Ngãi"
SOFTHSM_MODULE = os.environ.get("SOFTHSM2_MODULE", "/usr/lib/softhsm/libsofthsm2.so")


def _missing(what: str) -> None:
    """A tool the test needs is not installed: a failure under CI (NGOAIVU_REQUIRE_ALL), else a skip."""
    if os.environ.get("NGOAIVU_REQUIRE_ALL"):
        pytest.fail(f"NGOAIVU_REQUIRE_ALL is set but {what} is not installed.")
    pytest.skip(f"{what} is not installed")


# --- Certificates ------------------------------------------------------------------------------


def authority() -> Issued:
    """A fresh throwaway root CA (an EC key: cheap enough to make per test, or cache per session)."""
    return make_authority()


def person(ca: Issued, name: str = PERSON, unit: str = UNIT, **dates) -> Issued:
    """A person's signing certificate issued by ca; dates: valid_from, valid_to (aware datetimes)."""
    return issue(ca, name, unit, **dates)


def organisation(ca: Issued, unit: str = UNIT, **dates) -> Issued:
    """An organisation's signing certificate (its seal) issued by ca."""
    return issue(ca, unit, unit, **dates)


# --- Images ------------------------------------------------------------------------------------


def _png(image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


@functools.cache
def signature_png() -> bytes:
    """A handwritten-like signature: blue strokes on a transparent 400×200 RGBA image."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 200), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    blue = (0, 40, 200, 255)
    draw.line([(20, 160), (90, 40), (150, 150), (220, 50), (290, 140), (380, 60)], fill=blue, width=10)
    draw.line([(60, 120), (340, 110)], fill=blue, width=6)
    return _png(image)


@functools.cache
def seal_png() -> bytes:
    """A round seal: a red ring (and an inner ring and a star) on a transparent 300×300 image."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (300, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (220, 20, 20, 255)
    draw.ellipse([6, 6, 294, 294], outline=red, width=14)
    draw.ellipse([60, 60, 240, 240], outline=red, width=6)
    draw.polygon([(150, 95), (165, 140), (210, 140), (173, 165), (187, 210), (150, 183), (113, 210), (127, 165),
                  (90, 140), (135, 140)], fill=red)  # fmt: skip
    return _png(image)


# --- A SoftHSM2 token --------------------------------------------------------------------------


def softhsm_token(
    folder: Path,
    issued: Issued,
    token_label: str = "NGOAIVU-TEST",
    key_label: str = "ky-so",
    pin: str = "123456",
    so_pin: str = "654321",
) -> Token:
    """A SoftHSM2 token in folder (its own softhsm2.conf and token directory, made the process's
    SOFTHSM2_CONF) holding issued's key and certificate, both labelled key_label.

    SoftHSM2 reads SOFTHSM2_CONF when the library is initialised: the library is initialised again
    here, so sessions open on an earlier test's token end.
    """
    utility = shutil.which("softhsm2-util")
    if utility is None or not os.path.isfile(SOFTHSM_MODULE):
        _missing(f"SoftHSM2 (softhsm2-util and {SOFTHSM_MODULE})")
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    folder = Path(folder)
    tokens = folder / "tokens"
    tokens.mkdir(parents=True, exist_ok=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    os.environ["SOFTHSM2_CONF"] = str(conf)
    key_file = folder / "key.pem"
    key_file.write_bytes(issued.key_pem())
    key_id = format(issued.certificate.serial_number % (1 << 64), "016x")
    environment = {**os.environ, "SOFTHSM2_CONF": str(conf)}

    def run(*arguments: str) -> None:
        done = subprocess.run([utility, *arguments], capture_output=True, text=True, env=environment, timeout=60)
        if done.returncode != 0:
            raise RuntimeError(f"softhsm2-util {arguments[0]} failed: {done.stdout} {done.stderr}".strip())

    try:
        run("--init-token", "--free", "--label", token_label, "--pin", pin, "--so-pin", so_pin)
        run("--import", str(key_file), "--token", token_label, "--label", key_label, "--id", key_id, "--pin", pin)
    finally:
        key_file.unlink(missing_ok=True)

    library = pkcs11.lib(SOFTHSM_MODULE)
    library.reinitialize()  # read the new SOFTHSM2_CONF
    with library.get_token(token_label=token_label).open(user_pin=pin, rw=True) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.PRIVATE: False,
                Attribute.LABEL: key_label,
                Attribute.ID: bytes.fromhex(key_id),
                Attribute.SUBJECT: issued.certificate.subject.public_bytes(),
                Attribute.ISSUER: issued.certificate.issuer.public_bytes(),
                Attribute.SERIAL_NUMBER: _der_integer(issued.certificate.serial_number),
                Attribute.VALUE: issued.certificate_der,
            }
        )
    return Token(SOFTHSM_MODULE, token_label, key_label)


def _der_integer(value: int) -> bytes:
    from asn1crypto.core import Integer

    return Integer(value).dump()


# --- A report PDF ------------------------------------------------------------------------------

_report: bytes | None = None


def report_pdf() -> bytes:
    """A one-page report signed off by GIÁM ĐỐC Nguyễn Văn An, as LibreOffice makes it (mark the
    test @pytest.mark.pdf). Made once per test run: the xdist workers share a file in the temp
    directory, the first one to arrive converting while the other waits."""
    global _report
    if _report is not None:
        return _report
    from ngoaivu.reporting.pdf import libreoffice_path

    if libreoffice_path() is None:
        _missing("LibreOffice (soffice)")
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID") or f"pid{os.getpid()}"
    path = Path(tempfile.gettempdir()) / f"ngoaivu-report-{run}.pdf"
    with open(f"{path}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not path.is_file():
            partial = path.with_suffix(f".{os.getpid()}.part")
            partial.write_bytes(_make_report_pdf())
            os.replace(partial, path)
    _report = path.read_bytes()
    return _report


def _make_report_pdf() -> bytes:
    from datetime import date

    from ngoaivu.reporting.docx_render import render_docx
    from ngoaivu.reporting.document import ReportDocument, Section, Signature
    from ngoaivu.reporting.pdf import docx_to_pdf

    document = ReportDocument(
        parent_body="UBND TỈNH QUẢNG NGÃI",
        issuer="SỞ NGOẠI VỤ",
        number_suffix="BC-SNgV",
        place="Quảng Ngãi",
        year=2021,
        title="Kết quả công tác đối ngoại tháng 8/2021",
        sections=[Section("I", "KẾT QUẢ", 1, ["Trong tháng, Sở tiếp 04 đoàn khách quốc tế."])],
        recipients=["UBND tỉnh;", "Lưu: VT."],
        signature=Signature(TITLE, PERSON),
        number=15,
        issued_on=date(2021, 8, 31),
    )
    return docx_to_pdf(render_docx(document))
