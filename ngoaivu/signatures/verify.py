"""Every signature of a PDF, checked: intact or modified, what it covers, who signed and when,
and whether the chain reaches a trust root the office installed. Nothing is hidden: an unknown or
self-signed chain is reported as untrusted, and a file with no signature says so."""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime

from ngoaivu.pure.messages import MessageError, gettext_noop

from .certificates import holder_name, organisation_name

NOT_A_PDF = gettext_noop("Tệp không phải PDF hoặc bị hỏng nên không kiểm tra được chữ ký.")
NO_SIGNATURE = gettext_noop("Tệp không có chữ ký số nào.")
INTACT = gettext_noop("Nội dung được ký còn nguyên vẹn.")
MODIFIED = gettext_noop("Nội dung đã bị sửa sau khi ký: chữ ký không còn khớp với văn bản.")
WHOLE_FILE = gettext_noop("Chữ ký bao trùm toàn bộ tệp.")
ONLY_SIGNATURES_AFTER = gettext_noop("Sau chữ ký này tệp chỉ được thêm chữ ký số khác, không đổi nội dung.")
CONTENT_AFTER = gettext_noop(
    "Sau khi ký, tệp đã được thêm hoặc đổi nội dung (bản cập nhật nối thêm): phần sau chữ ký không được chữ ký này bảo đảm."
)
TRUSTED = gettext_noop("Chứng thư số thuộc chuỗi tin cậy đã cài đặt.")
UNTRUSTED = gettext_noop(
    "Chứng thư số không thuộc chuỗi tin cậy nào đã cài đặt (tự ký hoặc của tổ chức chưa được công nhận): "
    "chưa xác định được người ký."
)
REVOKED = gettext_noop("Chứng thư số đã bị thu hồi.")
TIMESTAMPED = gettext_noop("Có dấu thời gian của máy chủ cấp dấu thời gian.")
BROKEN = gettext_noop("Không đọc được chữ ký: %(error)s.")


class VerifyError(MessageError):
    """The file could not be read as a PDF."""


@dataclass(frozen=True)
class Note:
    """One line of a signature's report: a message template and its values."""

    message: str
    params: dict = field(default_factory=dict)
    good: bool = True

    def text(self) -> str:
        return self.message % self.params if self.params else self.message


@dataclass
class SignatureCheck:
    field_name: str
    signer: str = ""
    organisation: str = ""
    signed_at: datetime | None = None
    timestamped: bool = False
    intact: bool = False
    trusted: bool = False
    covers_whole_file: bool = False
    only_signatures_after: bool = False
    notes: list[Note] = field(default_factory=list)

    @property
    def is_sound(self) -> bool:
        """Intact, and nothing but other signatures added after it."""
        return self.intact and (self.covers_whole_file or self.only_signatures_after)

    @property
    def is_valid(self) -> bool:
        """Sound, by a certificate whose chain reaches an installed trust root."""
        return self.is_sound and self.trusted


def _der_items(blobs) -> list[bytes]:
    """The DER items of PEM or DER blobs (PEM may hold several); a damaged PEM is skipped."""
    from asn1crypto import pem

    items = []
    for data in blobs:
        try:
            items += [der for _kind, _headers, der in pem.unarmor(data, multiple=True)] if pem.detect(data) else [data]
        except ValueError:
            continue
    return items


def _loaded(items, kind):
    """The asn1crypto objects of the DER items that parse as kind; a file that does not is left out
    (a damaged trust file must not stop every check)."""
    loaded = []
    for der in items:
        try:
            item = kind.load(der)
            item.native  # noqa: B018 — parsed now, so a damaged item is left out here
        except (ValueError, TypeError, KeyError):
            continue
        loaded.append(item)
    return loaded


def validation_context(trust_roots: list[bytes], crls: list[bytes] = ()):  # type: ignore[assignment]
    from asn1crypto import crl, x509
    from pyhanko_certvalidator import ValidationContext

    roots = _loaded(_der_items(trust_roots), x509.Certificate)
    lists = _loaded(_der_items(crls), crl.CertificateList)
    # Revocation is checked against the lists the office installed (soft-fail where it has none):
    # the server fetches nothing from the network on its own.
    return ValidationContext(trust_roots=roots, crls=lists, allow_fetching=False, revocation_mode="soft-fail")


def revoked_serials(crls: list[bytes], issuer) -> set[int]:
    """The serial numbers that the revocation lists issued by issuer (an asn1crypto Name) revoke."""
    from asn1crypto import crl

    serials: set[int] = set()
    for certificate_list in _loaded(_der_items(crls), crl.CertificateList):
        if certificate_list.issuer == issuer:
            serials |= {
                entry["user_certificate"].native for entry in certificate_list["tbs_cert_list"]["revoked_certificates"]
            }
    return serials


def check_pdf(pdf: bytes, trust_roots: list[bytes] = (), crls: list[bytes] = ()) -> list[SignatureCheck]:  # type: ignore[assignment]
    """A check per embedded signature, in signing order, against the trust roots and revocation
    lists (PEM or DER). Raises VerifyError for a file that is no PDF."""
    from pyhanko.pdf_utils.misc import PdfReadError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_signatures)
    except (PdfReadError, ValueError, KeyError, TypeError, IndexError, AttributeError, UnicodeError):
        raise VerifyError(NOT_A_PDF) from None
    return [_checked(signature, list(trust_roots), list(crls)) for signature in embedded]


def _checked(embedded, trust_roots: list[bytes], crls: list[bytes]) -> SignatureCheck:
    """_check, or a broken signature when a forged file breaks the parser anywhere: reported, never raised."""
    try:
        return _check(embedded, trust_roots, crls)
    except Exception as error:  # noqa: BLE001
        name = getattr(embedded, "field_name", "") or ""
        return SignatureCheck(field_name=str(name), notes=[Note(BROKEN, {"error": type(error).__name__}, good=False)])


def _check(embedded, trust_roots: list[bytes], crls: list[bytes]) -> SignatureCheck:
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.errors import SignatureValidationError
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    check = SignatureCheck(field_name=unicodedata.normalize("NFC", str(embedded.field_name or "")))
    try:
        status = validate_pdf_signature(embedded, validation_context(trust_roots, crls))
    except SignatureValidationError as error:
        check.notes.append(Note(BROKEN, {"error": str(error)}, good=False))
        return check
    cert = status.signing_cert
    check.signer, check.organisation = holder_name(cert), organisation_name(cert)
    check.timestamped = status.timestamp_validity is not None
    check.signed_at = (
        status.timestamp_validity.timestamp if status.timestamp_validity is not None else status.signer_reported_dt
    )
    check.intact = bool(status.intact and status.valid)
    check.notes.append(Note(INTACT) if check.intact else Note(MODIFIED, good=False))
    check.covers_whole_file = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    level = status.modification_level
    check.only_signatures_after = (
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and level is not None
        and level <= ModificationLevel.FORM_FILLING
        and status.docmdp_ok is not False
    )
    if check.covers_whole_file:
        check.notes.append(Note(WHOLE_FILE))
    elif check.only_signatures_after:
        check.notes.append(Note(ONLY_SIGNATURES_AFTER))
    else:
        check.notes.append(Note(CONTENT_AFTER, good=False))
    check.trusted = bool(status.trusted)
    if status.revoked:
        check.notes.append(Note(REVOKED, good=False))
    elif check.trusted:
        check.notes.append(Note(TRUSTED))
    else:
        check.notes.append(Note(UNTRUSTED, good=False))
    if check.timestamped:
        check.notes.append(Note(TIMESTAMPED))
    return check


def all_sound(checks: list[SignatureCheck]) -> bool:
    """At least one signature, and every one intact with nothing but signatures added after it."""
    return bool(checks) and all(check.is_sound for check in checks)
