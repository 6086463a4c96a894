"""What a certificate says of its holder, and whether it may sign today."""

from __future__ import annotations

import unicodedata
from datetime import datetime

from asn1crypto import x509

from ngoaivu.pure.messages import MessageError, gettext_noop
from ngoaivu.pure.wording import screen_date

NOT_YET_VALID = gettext_noop("Chứng thư số của %(name)s chỉ có hiệu lực từ ngày %(date)s.")
EXPIRED = gettext_noop("Chứng thư số của %(name)s đã hết hạn từ ngày %(date)s; vui lòng gia hạn chứng thư số.")
REVOKED = gettext_noop("Chứng thư số của %(name)s đã bị thu hồi; không dùng để ký được.")
WRONG_HOLDER = gettext_noop("Chứng thư số cấp cho «%(holder)s», không phải «%(expected)s» nên không dùng để ký được.")


class CertificateError(MessageError):
    """A certificate that may not sign this document, with the reason."""


def holder_name(cert: x509.Certificate) -> str:
    """The holder's common name ("Nguyễn Văn A", "Sở Ngoại vụ tỉnh Quảng Ngãi")."""
    return _attribute(cert.subject, "common_name")


def organisation_name(cert: x509.Certificate) -> str:
    """The organisation the certificate names ("" when it names none)."""
    return _attribute(cert.subject, "organization_name")


def _attribute(name: x509.Name, key: str) -> str:
    value = name.native.get(key, "")
    if isinstance(value, list):
        value = value[-1] if value else ""
    return unicodedata.normalize("NFC", str(value))


def same_name(first: str, second: str) -> bool:
    """Names compared as people read them: NFC, case and spacing ignored, diacritics kept."""

    def plain(text: str) -> str:
        return " ".join(unicodedata.normalize("NFC", text).casefold().split())

    return plain(first) == plain(second)


def check_can_sign(cert: x509.Certificate, expected_holder: str, now: datetime, revoked_serials=()) -> None:
    """Refuse a certificate that is not valid now, revoked, or held by someone else than expected."""
    name = holder_name(cert)
    validity = cert["tbs_certificate"]["validity"]
    not_before, not_after = validity["not_before"].native, validity["not_after"].native
    if now < not_before:
        raise CertificateError(NOT_YET_VALID, name=name, date=screen_date(not_before.date()))
    if now > not_after:
        raise CertificateError(EXPIRED, name=name, date=screen_date(not_after.date()))
    if cert.serial_number in set(revoked_serials):
        raise CertificateError(REVOKED, name=name)
    if expected_holder and not same_name(name, expected_holder):
        raise CertificateError(WRONG_HOLDER, holder=name, expected=expected_holder)
