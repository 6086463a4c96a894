"""Certificates, keys and signed reports shared by the signing tests of one worker."""

from datetime import datetime, timedelta, timezone

import pytest

from ngoaivu.signatures import keys, pades, stamps
from tests import signing_keys

VIETNAM = timezone(timedelta(hours=7))
SIGNED_AT = datetime(2021, 8, 31, 15, 30, 5, tzinfo=VIETNAM)
PASSPHRASE = "mật-khẩu thử"


@pytest.fixture(scope="session")
def ca():
    return signing_keys.authority()


@pytest.fixture(scope="session")
def person_cert(ca):
    return signing_keys.person(ca)


@pytest.fixture(scope="session")
def organisation_cert(ca):
    return signing_keys.organisation(ca)


@pytest.fixture(scope="session")
def person_signer(ca, person_cert):
    return keys.from_pkcs12(person_cert.pkcs12(PASSPHRASE, [ca.certificate]), PASSPHRASE)


@pytest.fixture(scope="session")
def organisation_signer(ca, organisation_cert):
    return keys.from_pkcs12(organisation_cert.pkcs12(PASSPHRASE, [ca.certificate]), PASSPHRASE)


@pytest.fixture(scope="session")
def blank_pdf():
    """A one-page A4 PDF with nothing on it (no LibreOffice needed)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    document.new_page(595, 842)
    import io

    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    return buffer.getvalue()


def plain_stamp(field="NguoiKy"):
    """A signer's stamp at a fixed place on page 1, for PDFs that have no signature block."""
    box = stamps.Box(350, 500, 500, 575)
    return pades.Stamp(field, 0, box, stamps.signer_style(signing_keys.signature_png(), box))


@pytest.fixture(scope="session")
def report():
    return signing_keys.report_pdf()


@pytest.fixture(scope="session")
def placement(report):
    ratio = stamps.image_ratio(signing_keys.signature_png())
    return stamps.find_placement(report, signing_keys.PERSON, signing_keys.TITLE, image_ratio=ratio)


def person_stamp(placement):
    return pades.Stamp(
        "NguoiKy",
        placement.page,
        placement.signature,
        stamps.signer_style(signing_keys.signature_png(), placement.signature),
    )


def organisation_stamp(placement, signed_at=SIGNED_AT):
    return pades.Stamp(
        "CoQuan",
        placement.page,
        placement.organisation,
        stamps.organisation_style(signing_keys.seal_png(), placement),
        {"info": stamps.organisation_text(signing_keys.UNIT, signed_at)},
    )


@pytest.fixture(scope="session")
def signed_by_person(report, placement, person_signer):
    return pades.sign(report, person_signer, person_stamp(placement), reason="Ký ban hành", location="Quảng Ngãi")


@pytest.fixture(scope="session")
def signed_by_both(signed_by_person, placement, organisation_signer):
    return pades.sign(signed_by_person, organisation_signer, organisation_stamp(placement))
