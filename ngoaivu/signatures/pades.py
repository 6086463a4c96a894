"""Signing a PDF (PAdES baseline) with a visible stamp, in an incremental update so that an
earlier signature stays valid: the signer signs first, then the organisation."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any
from ngoaivu.pure.messages import MessageError, gettext_noop

from .fields import field_label
from .stamps import Box
from .verify import validation_context

NOT_A_PDF = gettext_noop("Tệp không phải PDF hoặc bị hỏng nên không ký được.")
FIELD_TAKEN = gettext_noop("Văn bản đã có chữ ký «%(field)s»; không ký lại vào cùng vị trí được.")
SIGNING_FAILED = gettext_noop("Không ký được văn bản: %(error)s.")
TIMESTAMP_FAILED = gettext_noop("Không lấy được dấu thời gian từ máy chủ %(url)s: %(error)s.")


class SigningFailed(MessageError):
    """The document could not be signed; nothing was changed."""


@dataclass(frozen=True)
class Stamp:
    """A visible signature: its field's name, page and box, and its look (a pyHanko stamp style)."""

    field: str
    page: int
    box: Box
    style: Any  # a pyHanko stamp style (stamps.signer_style, stamps.organisation_style)
    text_params: dict | None = None


def sign(
    pdf: bytes,
    signer,
    stamp: Stamp,
    reason: str = "",
    location: str = "",
    timestamp_url: str = "",
    trust_roots: list[bytes] = (),  # type: ignore[assignment]
    crls: list[bytes] = (),  # type: ignore[assignment]
) -> bytes:
    """pdf signed by signer (a pyHanko Signer) in a new incremental update, with stamp drawn.

    PAdES B-B; B-T when timestamp_url names a timestamp server. The signer's certificate chain is
    embedded so that the signature can be checked without fetching it. With trust_roots, the
    chain's validation data (certificates and the revocation lists given) is embedded too, for
    long-term validation, when the chain reaches one of them; otherwise the signature is made
    without it.
    """
    from pyhanko.sign.general import SigningError
    from pyhanko_certvalidator.errors import PathBuildingError, PathValidationError

    if trust_roots:
        try:
            return _sign(pdf, signer, stamp, reason, location, timestamp_url, validation_context(trust_roots, crls))
        except (SigningFailed, SigningError, PathBuildingError, PathValidationError, ValueError):
            pass  # the chain does not allow it: sign without the validation data
    return _sign(pdf, signer, stamp, reason, location, timestamp_url, None)


def _sign(pdf, signer, stamp, reason, location, timestamp_url, context) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError, PdfReadError
    from pyhanko.sign import fields, signers, timestamps
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.signers.pdf_signer import DSSContentSettings, SigDSSPlacementPreference

    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
    except (PdfReadError, ValueError, KeyError, TypeError):
        raise SigningFailed(NOT_A_PDF) from None
    existing = {name for name, _value, _ref in fields.enumerate_sig_fields(writer)}
    if stamp.field in existing:
        raise SigningFailed(FIELD_TAKEN, field=field_label(stamp.field))
    try:
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=stamp.field, on_page=stamp.page, box=stamp.box.as_tuple())
        )
    except (PdfError, ValueError) as error:  # e.g. a page that the document does not have
        raise SigningFailed(SIGNING_FAILED, error=str(error)) from None
    metadata = signers.PdfSignatureMetadata(
        field_name=stamp.field,
        reason=reason or None,
        location=location or None,
        subfilter=fields.SigSeedSubFilter.PADES,
        embed_validation_info=context is not None,
        validation_context=context,
        use_pades_lta=False,
        # The validation data in the signature's own revision: the signature then covers the whole file.
        dss_settings=DSSContentSettings(placement=SigDSSPlacementPreference.TOGETHER_WITH_SIGNATURE, include_vri=False),
    )
    timestamper = timestamps.HTTPTimeStamper(timestamp_url) if timestamp_url else None
    pdf_signer = signers.PdfSigner(metadata, signer=signer, stamp_style=stamp.style, timestamper=timestamper)
    output = io.BytesIO()
    try:
        pdf_signer.sign_pdf(
            writer,
            output=output,
            appearance_text_params=stamp.text_params or {},
        )
    except timestamps.TimestampRequestError as error:
        raise SigningFailed(TIMESTAMP_FAILED, url=timestamp_url, error=str(error)) from None
    except (SigningError, PdfError, ValueError) as error:
        raise SigningFailed(SIGNING_FAILED, error=str(error)) from None
    return output.getvalue()
