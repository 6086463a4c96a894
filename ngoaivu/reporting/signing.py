"""Signing an issued report's frozen PDF: first the signer (the leader in its signature block),
then the organisation (its seal), as Nghị định 30/2020/NĐ-CP asks of electronic documents.

The key's passphrase or PIN is used in this request and forgotten; that is why signing runs here
and not in the task queue, whose arguments are stored. A signature takes well under a second.
The stored PDF is replaced only by a complete signed file whose every signature checks out.
"""

from zoneinfo import ZoneInfo

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.debug import sensitive_variables

from ngoaivu.core.certificates import revocation_lists, trust_roots
from ngoaivu.core.errors import error_text
from ngoaivu.core.permissions import seals_report, signs_report
from ngoaivu.pure.messages import MessageError
from ngoaivu.signatures import keys, pades, stamps
from ngoaivu.signatures.certificates import CertificateError, check_can_sign, holder_name, same_name
from ngoaivu.signatures.fields import ORGANISATION_FIELD, SIGNER_FIELD
from ngoaivu.signatures.verify import all_sound, check_pdf, revoked_serials

from .frozen import DocumentSignature, IssuedDocument

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")
FIELDS = {DocumentSignature.Kind.PERSON: SIGNER_FIELD, DocumentSignature.Kind.ORGANISATION: ORGANISATION_FIELD}


class SigningRefused(Exception):
    """Why the report cannot be signed now, in the user's language."""


def may_sign(user, report, kind):
    if kind == DocumentSignature.Kind.PERSON:
        return signs_report(user, report)
    return seals_report(user, report)


def next_kind(document):
    """The signature the document waits for: the signer's, then the organisation's, then none."""
    done = {signature.kind for signature in document.signatures.all()}
    for kind in (DocumentSignature.Kind.PERSON, DocumentSignature.Kind.ORGANISATION):
        if kind not in done:
            return kind
    return None


def organisation_names(report):
    """The names an organisation certificate may carry for the report's issuer."""
    names = {report.issuer_name, report.unit.name}
    province = report.unit.province()
    if province:
        names |= {f"{name} {province.name}" for name in (report.issuer_name, report.unit.name)}
    return {name for name in names if name}


def missing_image(user, report, kind):
    """Why user cannot sign kind yet whatever key they choose: no signature image of theirs, or no seal
    image of the unit's, and where it is added; "" when the image is there. The report's page says it
    in place of the «Ký số» button, and signing refuses with it."""
    if kind == DocumentSignature.Kind.PERSON:
        if user.signature_image:
            return ""
        return _(
            "Chưa có ảnh chữ ký của bạn nên chưa ký số được. Quản trị hệ thống tải ảnh chữ ký (PNG nền trong "
            "suốt) vào ô «Ảnh chữ ký» của tài khoản bạn, tại trang Quản trị › Người dùng."
        )
    if report.unit.seal_image:
        return ""
    return _(
        "Đơn vị chưa có ảnh con dấu nên chưa ký số được. Quản trị hệ thống tải ảnh con dấu (PNG nền trong "
        "suốt) vào ô «Ảnh con dấu» của đơn vị, tại trang Quản trị › Đơn vị."
    )


def image_for(user, report, kind):
    """The signature image (the user's) or the seal image (the unit's), required by the decree."""
    missing = missing_image(user, report, kind)
    if missing:
        raise SigningRefused(missing)
    field = user.signature_image if kind == DocumentSignature.Kind.PERSON else report.unit.seal_image
    with field.open("rb") as handle:
        return handle.read()


def _check_certificate(signer, report, kind, now):
    """A certificate valid now, not revoked, and naming the signer (or, for the organisation, the
    issuing body under one of its names)."""
    cert = signer.signing_cert
    revoked = revoked_serials(revocation_lists(), cert.issuer)
    if kind == DocumentSignature.Kind.PERSON:
        expected = report.signer_name
    else:
        holder = holder_name(cert)
        expected = next((name for name in organisation_names(report) if same_name(holder, name)), report.issuer_name)
    try:
        check_can_sign(cert, expected, now, revoked)
    except CertificateError as error:
        raise SigningRefused(error_text(error)) from None


def _stamp(report, kind, pdf, image, now, organisation):
    if kind == DocumentSignature.Kind.PERSON:
        ratio = stamps.image_ratio(image)
        placement = stamps.find_placement(pdf, report.signer_name, report.signer_title, image_ratio=ratio)
        style = stamps.signer_style(image, placement.signature)
        return pades.Stamp(FIELDS[kind], placement.page, placement.signature, style)
    # The seal goes over the signer's signature as it was drawn.
    signed = FIELDS[DocumentSignature.Kind.PERSON]
    placement = stamps.find_placement(pdf, report.signer_name, report.signer_title, signed_field=signed)
    text = stamps.organisation_text(organisation, now.astimezone(VIETNAM))
    style = stamps.organisation_style(image, placement)
    return pades.Stamp(FIELDS[kind], placement.page, placement.organisation, style, {"info": text})


@sensitive_variables("passphrase", "pin")
def sign_report(report, user, kind, *, pkcs12=None, passphrase="", pin=""):
    """Sign the report's frozen PDF with the user's (or the unit's) key, from a PKCS#12 file with its
    passphrase or from the configured token with its PIN. Returns the DocumentSignature.

    The signing itself (a token, a timestamp server) runs outside any transaction; the signed file
    is kept only if the document is still the one that was signed (its hash unchanged)."""
    if not may_sign(user, report, kind):
        raise SigningRefused(_("Bạn không có quyền ký số văn bản này."))
    image = image_for(user, report, kind)
    document = waiting_document(report, kind)
    with document.pdf.open("rb") as handle:
        pdf = handle.read()
    signed_from, now = document.pdf_sha256, timezone.now()
    try:
        if pkcs12 is not None:
            signed, signer = _sign_with(keys.from_pkcs12(pkcs12, passphrase), report, kind, pdf, image, now)
            source = DocumentSignature.KeySource.PKCS12
        else:
            with keys.from_token(_token_for(user, report, kind), pin) as token_signer:
                signed, signer = _sign_with(token_signer, report, kind, pdf, image, now)
            source = DocumentSignature.KeySource.TOKEN
    except MessageError as error:
        raise SigningRefused(error_text(error)) from None
    _check_result(signed)
    with transaction.atomic():
        document = waiting_document(report, kind, lock=True)
        if document.pdf_sha256 != signed_from:
            raise SigningRefused(_("Văn bản vừa được ký bởi người khác; vui lòng tải lại trang rồi ký."))
        old = document.pdf.name
        document.replace_pdf(signed)
        new = document.pdf.name
        # The file signed over stays until the new one is committed; a failed save leaves no new file.
        transaction.on_commit(lambda: document.pdf.storage.delete(old))
        try:
            document.save(update_fields=["pdf", "pdf_sha256"])
            cert = signer.signing_cert
            return DocumentSignature.objects.create(
                document=document,
                kind=kind,
                key_source=source,
                holder=holder_name(cert),
                certificate_serial=format(cert.serial_number, "X"),
                certificate_issuer=cert.issuer.human_friendly[:255],
                signed_at=now,
                pdf_sha256=document.pdf_sha256,
                user=user,
            )
        except Exception:
            document.pdf.storage.delete(new)
            raise


def waiting_document(report, kind, lock=False):
    """The report's frozen document, ready and waiting for this kind of signature."""
    documents = IssuedDocument.objects.select_for_update() if lock else IssuedDocument.objects
    document = documents.filter(report=report).first()
    if document is None or not document.is_ready:
        raise SigningRefused(_("Tệp PDF của văn bản chưa tạo xong; vui lòng chờ rồi ký."))
    waiting = next_kind(document)
    if waiting != kind:
        if waiting == DocumentSignature.Kind.PERSON:
            raise SigningRefused(_("Người có thẩm quyền ký số trước, rồi cơ quan mới ký số."))
        raise SigningRefused(_("Văn bản đã có chữ ký số này."))
    return document


def configured_token(user, report, kind):
    """The token the administrator configured for this signature: the signer's own, or the unit's."""
    from ngoaivu.core.models import SigningToken

    owner = {"user": user} if kind == DocumentSignature.Kind.PERSON else {"unit": report.unit}
    return SigningToken.objects.filter(**owner).first()


def _token_for(user, report, kind):
    configured = configured_token(user, report, kind)
    if configured is None:
        raise SigningRefused(
            _("Chưa cấu hình thiết bị ký số; vui lòng chọn tệp chứng thư số hoặc nhờ quản trị hệ thống cấu hình.")
        )
    return configured.as_token()


def _sign_with(signer, report, kind, pdf, image, now):
    _check_certificate(signer, report, kind, now)
    # The organisation's name as its certificate gives it (its full legal name).
    stamp = _stamp(report, kind, pdf, image, now, holder_name(signer.signing_cert))
    signed = pades.sign(
        pdf,
        signer,
        stamp,
        reason=str(DocumentSignature.Kind(kind).label),
        location=report.issuer_place,
        timestamp_url=settings.SIGNING_TIMESTAMP_URL,
        trust_roots=trust_roots(),
        crls=revocation_lists(),
    )
    return signed, signer


def _check_result(signed):
    """Nothing half-signed is kept: every signature of the new file must be intact, with nothing
    but signatures after it; and the new one must reach an installed trust root, or anyone could
    sign in a leader's name with a certificate made at home."""
    checks = check_pdf(signed, trust_roots(), revocation_lists())
    if not all_sound(checks):
        raise SigningRefused(_("Tệp sau khi ký không kiểm tra lại được; văn bản giữ nguyên như trước khi ký."))
    if not checks[-1].trusted:
        raise SigningRefused(
            _(
                "Chứng thư số không thuộc chuỗi tin cậy nào đã cài đặt (tự cấp hoặc của tổ chức chưa được công nhận), "
                "nên không dùng để ký văn bản; văn bản giữ nguyên."
            )
        )
