"""Whether a certificate may sign now, and names compared as people read them."""

import unicodedata
from datetime import datetime, timedelta, timezone

import pytest
from asn1crypto import x509 as asn1_x509
from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.signatures.certificates import (
    EXPIRED,
    NOT_YET_VALID,
    REVOKED,
    WRONG_HOLDER,
    CertificateError,
    check_can_sign,
    holder_name,
    organisation_name,
    same_name,
)
from tests import signing_keys

NOW = datetime(2021, 8, 31, 8, 0, tzinfo=timezone(timedelta(hours=7)))


def asn1(issued):
    return asn1_x509.Certificate.load(issued.certificate_der)


@pytest.fixture(scope="module")
def valid(ca):
    return signing_keys.person(ca, valid_from=NOW - timedelta(days=30), valid_to=NOW + timedelta(days=365))


def test_names(valid, ca):
    certificate = asn1(valid)
    assert holder_name(certificate) == "Nguyễn Văn An"
    assert organisation_name(certificate) == "Sở Ngoại vụ tỉnh Quảng Ngãi"
    assert organisation_name(asn1(ca)) == ""
    assert "không có giá trị pháp lý" in holder_name(asn1(ca))


def test_a_valid_certificate_may_sign(valid):
    check_can_sign(asn1(valid), "Nguyễn Văn An", NOW)
    check_can_sign(asn1(valid), "  NGUYỄN  văn an ", NOW, revoked_serials=[12345])
    check_can_sign(asn1(valid), "", NOW)  # no expected holder: any holder


def test_expired(ca):
    expired = signing_keys.person(
        ca, valid_from=datetime(2018, 1, 1, tzinfo=timezone.utc), valid_to=datetime(2021, 3, 1, tzinfo=timezone.utc)
    )
    with pytest.raises(CertificateError) as raised:
        check_can_sign(asn1(expired), "Nguyễn Văn An", NOW)
    assert raised.value.message == EXPIRED
    assert "Chứng thư số của Nguyễn Văn An đã hết hạn" in str(raised.value) and "2021" in str(raised.value)


def test_not_yet_valid(ca):
    later = signing_keys.person(ca, valid_from=NOW + timedelta(days=10), valid_to=NOW + timedelta(days=400))
    with pytest.raises(CertificateError) as raised:
        check_can_sign(asn1(later), "Nguyễn Văn An", NOW)
    assert raised.value.message == NOT_YET_VALID
    assert str(raised.value).startswith("Chứng thư số của Nguyễn Văn An chỉ có hiệu lực từ ngày")


def test_revoked(valid):
    certificate = asn1(valid)
    with pytest.raises(CertificateError) as raised:
        check_can_sign(certificate, "Nguyễn Văn An", NOW, revoked_serials={1, certificate.serial_number})
    assert raised.value.message == REVOKED
    assert str(raised.value) == "Chứng thư số của Nguyễn Văn An đã bị thu hồi; không dùng để ký được."


def test_someone_elses_certificate(valid):
    with pytest.raises(CertificateError) as raised:
        check_can_sign(asn1(valid), "Nguyễn Văn Ân", NOW)  # a different name: the diacritics count
    assert raised.value.message == WRONG_HOLDER
    assert str(raised.value) == (
        "Chứng thư số cấp cho «Nguyễn Văn An», không phải «Nguyễn Văn Ân» nên không dùng để ký được."
    )


def test_validity_is_checked_before_the_holder(ca):
    expired = signing_keys.person(
        ca, "Trần Thị Bình", valid_from=NOW - timedelta(days=400), valid_to=NOW - timedelta(days=1)
    )
    with pytest.raises(CertificateError) as raised:
        check_can_sign(asn1(expired), "Nguyễn Văn An", NOW)
    assert raised.value.message == EXPIRED


# --- same_name, as properties --------------------------------------------------------------------

VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
names = st.lists(st.text(alphabet=VIETNAMESE, min_size=1, max_size=8), min_size=1, max_size=4).map(" ".join)
spaces = st.text(alphabet=" \t\u00a0", min_size=1, max_size=3)


@given(names)
def test_same_name_is_reflexive_and_ignores_case(name):
    assert same_name(name, name)
    assert same_name(name, name.upper()) and same_name(name.title(), name)


@given(names)
def test_same_name_ignores_normalisation(name):
    assert same_name(unicodedata.normalize("NFD", name), unicodedata.normalize("NFC", name))


@given(names, spaces, spaces)
def test_same_name_ignores_spacing(name, before, after):
    spaced = before + name.replace(" ", "  ") + after
    assert same_name(spaced, name) and same_name(name, spaced)


@given(names, names)
def test_same_name_is_symmetric(first, second):
    assert same_name(first, second) == same_name(second, first)


@given(names)
def test_same_name_keeps_diacritics(name):
    plain = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).replace("đ", "d")
    assert same_name(plain, name) == (unicodedata.normalize("NFC", plain) == unicodedata.normalize("NFC", name))
