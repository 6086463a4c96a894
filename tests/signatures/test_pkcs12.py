"""Signing with a key from a PKCS#12 file, and the file's errors."""

import pytest

from ngoaivu.signatures import keys, pades, verify
from ngoaivu.signatures.keys import NO_KEY_IN_FILE, WRONG_PASSPHRASE, KeyUnavailable
from tests.signatures.conftest import PASSPHRASE, plain_stamp


def test_pkcs12_signs_a_trusted_signature(ca, person_cert, blank_pdf):
    signer = keys.from_pkcs12(person_cert.pkcs12(PASSPHRASE, [ca.certificate]), PASSPHRASE)
    assert signer.signing_cert.dump() == person_cert.certificate_der
    signed = pades.sign(blank_pdf, signer, plain_stamp())
    assert signed.startswith(blank_pdf)  # an incremental update: the original bytes stay as they were
    [check] = verify.check_pdf(signed, [ca.certificate_der])
    assert check.field_name == "NguoiKy"
    assert check.signer == "Nguyễn Văn An" and check.organisation == "Sở Ngoại vụ tỉnh Quảng Ngãi"
    assert check.intact and check.trusted and check.covers_whole_file and check.is_sound
    assert check.signed_at is not None and check.signed_at.tzinfo is not None
    assert verify.all_sound([check])


def test_wrong_passphrase(ca, person_cert):
    data = person_cert.pkcs12(PASSPHRASE, [ca.certificate])
    with pytest.raises(KeyUnavailable) as raised:
        keys.from_pkcs12(data, "mật khẩu sai")
    assert raised.value.message == WRONG_PASSPHRASE
    assert "mật khẩu không đúng" in str(raised.value)


def test_not_a_pkcs12_file():
    with pytest.raises(KeyUnavailable, match="không phải tệp PKCS#12"):
        keys.from_pkcs12(b"%PDF-1.7 not a key file", PASSPHRASE)


def test_pkcs12_without_a_key(ca, person_cert):
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    only_certificates = pkcs12.serialize_key_and_certificates(
        b"ca", None, None, [person_cert.certificate, ca.certificate],
        serialization.BestAvailableEncryption(PASSPHRASE.encode()),
    )  # fmt: skip
    with pytest.raises(KeyUnavailable) as raised:
        keys.from_pkcs12(only_certificates, PASSPHRASE)
    assert raised.value.message == NO_KEY_IN_FILE
    assert "không chứa khóa bí mật" in str(raised.value)
