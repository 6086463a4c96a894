"""Signing with a key on a real PKCS#11 token (SoftHSM2), and the token's errors."""

import dataclasses

import pytest

from ngoaivu.signatures import keys, pades, verify
from ngoaivu.signatures.keys import NO_MODULE, NO_TOKEN, NO_TOKEN_KEY, WRONG_PIN, KeyUnavailable
from tests import signing_keys
from tests.signatures.conftest import plain_stamp


@pytest.fixture
def token(tmp_path, person_cert):
    return signing_keys.softhsm_token(tmp_path, person_cert)


def test_token_signs_a_trusted_signature(token, ca, blank_pdf):
    with keys.from_token(token, "123456") as signer:
        signed = pades.sign(blank_pdf, signer, plain_stamp())
    [check] = verify.check_pdf(signed, [ca.certificate_pem])
    assert check.signer == "Nguyễn Văn An"
    assert check.intact and check.trusted and check.covers_whole_file and check.is_sound
    [untrusted] = verify.check_pdf(signed, [])
    assert untrusted.intact and not untrusted.trusted


def test_wrong_pin(token):
    with pytest.raises(KeyUnavailable) as raised:
        with keys.from_token(token, "000000"):
            pass
    assert raised.value.message == WRONG_PIN
    assert str(raised.value) == "Mã PIN của thiết bị ký số «NGOAIVU-TEST» không đúng."


def test_missing_token_label(token):
    with pytest.raises(KeyUnavailable) as raised:
        with keys.from_token(dataclasses.replace(token, token_label="KHONG-CO"), "123456"):
            pass
    assert raised.value.message == NO_TOKEN
    assert "Không thấy thiết bị ký số «KHONG-CO»" in str(raised.value)


def test_missing_key_label(token):
    with pytest.raises(KeyUnavailable) as raised:
        with keys.from_token(dataclasses.replace(token, key_label="khoa-khac"), "123456"):
            pass
    assert raised.value.message == NO_TOKEN_KEY
    assert str(raised.value) == "Thiết bị ký số «NGOAIVU-TEST» không có khóa «khoa-khac»."


def test_missing_module(tmp_path):
    missing = keys.Token(str(tmp_path / "libkhongco.so"), "NGOAIVU-TEST", "ky-so")
    with pytest.raises(KeyUnavailable) as raised:
        with keys.from_token(missing, "123456"):
            pass
    assert raised.value.message == NO_MODULE
    assert "Không tìm thấy thư viện PKCS#11" in str(raised.value) and "libkhongco.so" in str(raised.value)


def test_a_second_token_in_the_same_process(tmp_path, ca, blank_pdf):
    first = signing_keys.softhsm_token(tmp_path / "first", signing_keys.person(ca, "Trần Thị Bình"), token_label="MOT")
    second = signing_keys.softhsm_token(tmp_path / "second", signing_keys.organisation(ca), token_label="HAI")
    with keys.from_token(second, "123456") as signer:
        signed = pades.sign(blank_pdf, signer, plain_stamp("CoQuan"))
    [check] = verify.check_pdf(signed, [ca.certificate_der])
    assert check.signer == "Sở Ngoại vụ tỉnh Quảng Ngãi" and check.is_sound
    with pytest.raises(KeyUnavailable):  # the first token's configuration is no longer the process's
        with keys.from_token(first, "123456"):
            pass
