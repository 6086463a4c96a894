"""Signing: an incremental update that leaves what was there, and the refusals."""

import pytest

from ngoaivu.signatures import pades, verify
from ngoaivu.signatures.pades import FIELD_TAKEN, NOT_A_PDF, SIGNING_FAILED, SigningFailed
from tests.signatures.conftest import plain_stamp


def test_signing_the_same_field_twice(blank_pdf, person_signer, organisation_signer):
    signed = pades.sign(blank_pdf, person_signer, plain_stamp("NguoiKy"))
    with pytest.raises(SigningFailed) as raised:
        pades.sign(signed, organisation_signer, plain_stamp("NguoiKy"))
    assert raised.value.message == FIELD_TAKEN
    # the field as the pages name it, not the PDF's field name NguoiKy
    assert str(raised.value) == "Văn bản đã có chữ ký «Người ký»; không ký lại vào cùng vị trí được."


def test_a_field_another_program_named_is_named_by_its_own_name(blank_pdf, person_signer, organisation_signer):
    signed = pades.sign(blank_pdf, person_signer, plain_stamp("Signature1"))
    with pytest.raises(SigningFailed) as raised:
        pades.sign(signed, organisation_signer, plain_stamp("Signature1"))
    assert str(raised.value) == "Văn bản đã có chữ ký «Signature1»; không ký lại vào cùng vị trí được."


def test_two_fields_keep_both_signatures(blank_pdf, person_signer, organisation_signer, ca):
    first = pades.sign(blank_pdf, person_signer, plain_stamp("NguoiKy"), reason="Ký ban hành", location="Quảng Ngãi")
    second = pades.sign(first, organisation_signer, plain_stamp("CoQuan"))
    assert second.startswith(first)
    checks = verify.check_pdf(second, [ca.certificate_pem])
    assert [check.field_name for check in checks] == ["NguoiKy", "CoQuan"]
    assert verify.all_sound(checks)


@pytest.mark.parametrize("data", [b"", b"not a pdf at all", b"PK\x03\x04zip"])
def test_not_a_pdf(data, person_signer):
    with pytest.raises(SigningFailed) as raised:
        pades.sign(data, person_signer, plain_stamp())
    assert raised.value.message == NOT_A_PDF


def test_a_field_on_a_page_that_does_not_exist(blank_pdf, person_signer):
    stamp = plain_stamp()
    with pytest.raises(SigningFailed) as raised:
        pades.sign(blank_pdf, person_signer, pades.Stamp(stamp.field, 3, stamp.box, stamp.style))
    assert raised.value.message == SIGNING_FAILED
    assert str(raised.value).startswith("Không ký được văn bản:")
