"""Checking a PDF's signatures on its own page: any signed-in user; a forged file is reported, never a 500."""

import random

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from ngoaivu.core.models import TrustRoot
from ngoaivu.signatures import keys, pades, stamps
from tests.signing_keys import authority, person, report_pdf, signature_png

pytestmark = pytest.mark.pdf


@pytest.fixture(scope="module")
def signed():
    ca = authority()
    pdf = report_pdf()
    placement = stamps.find_placement(pdf, "Nguyễn Văn An", "GIÁM ĐỐC")
    stamp = pades.Stamp(
        "NguoiKy", placement.page, placement.signature, stamps.signer_style(signature_png(), placement.signature)
    )
    return ca, pades.sign(pdf, keys.from_pkcs12(person(ca).pkcs12("x", [ca.certificate]), "x"), stamp)


def check(client, data, name="bao-cao.pdf"):
    return client.post("/kiem-tra-chu-ky/", {"file": SimpleUploadedFile(name, data)})


def test_a_signed_pdf_is_checked_and_its_trust_follows_the_installed_roots(client_for, signed):
    ca, pdf = signed
    client = client_for("viewer")
    untrusted = check(client, pdf).content.decode()
    assert "Nguyễn Văn An" in untrusted and "không thuộc chuỗi tin cậy nào đã cài đặt" in untrusted
    # The field is named as the product names it, not by its name inside the PDF.
    assert "<td>Người ký</td>" in untrusted and "NguoiKy" not in untrusted
    TrustRoot.objects.create(name="CA thử nghiệm", certificate=ca.certificate_pem.decode())
    trusted = check(client, pdf).content.decode()
    assert "Chứng thư số thuộc chuỗi tin cậy đã cài đặt." in trusted and 'data-sound="1"' in trusted


def test_forged_signatures_are_reported_never_a_server_error(client_for, signed):
    _ca, pdf = signed
    client = client_for("officer")
    start = pdf.index(b"/Contents <") + len(b"/Contents <")
    chance = random.Random(18)
    for _trial in range(12):
        forged = bytearray(pdf)
        for _digit in range(4):
            at = start + chance.randrange(10, 3000)
            forged[at : at + 1] = chance.choice(b"0123456789abcdef").to_bytes(1, "big")
        response = check(client, bytes(forged))
        assert response.status_code == 200
        assert 'data-sound="1"' not in response.content.decode()


def test_a_damaged_pdf_or_another_file_says_why(client_for):
    client = client_for("officer")
    damaged = check(client, b"%PDF-1.7 broken", "hong.pdf")
    assert "Tệp không phải PDF hoặc bị hỏng nên không kiểm tra được chữ ký." in damaged.content.decode()
    word = check(client, "Chỉ là văn bản thường.".encode(), "ghi-chu.pdf")
    assert word.status_code == 200 and "ghi-chu.pdf" in word.content.decode()
    assert word.context["form"].errors["file"]
