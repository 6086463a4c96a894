"""The office's signing configuration: the trust roots it recognises (the national roots it
installs, never the application's own), the authorities' revocation lists, and the PKCS#11 tokens
that hold its keys. No PIN or
passphrase is kept here: those are asked when signing."""

import hashlib
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from .composed import VerbatimCharField
from .constraints import Check, Unique


def _der(text):
    """The DER bytes of a pasted PEM text (or of DER bytes)."""
    from asn1crypto import pem

    data = text.encode("ascii", "replace") if isinstance(text, str) else text
    if pem.detect(data):
        _kind, _headers, data = pem.unarmor(data)
    return data


def _load_certificate(text):
    from asn1crypto import x509

    return x509.Certificate.load(_der(text))


def validate_certificate(text):
    try:
        certificate = _load_certificate(text)
        certificate.subject  # noqa: B018 — parsed now, so a damaged certificate is refused here
    except (ValueError, TypeError, KeyError):
        raise ValidationError(
            _("Nội dung không phải chứng thư số X.509 (PEM, «-----BEGIN CERTIFICATE-----»).")
        ) from None


class TrustRoot(models.Model):
    """A root certificate whose chains the office trusts (e.g. the Ban Cơ yếu Chính phủ's root)."""

    name = models.CharField(_("tên"), max_length=255)
    certificate = models.TextField(
        _("chứng thư số gốc (PEM)"), validators=[validate_certificate], help_text=_("Dán nội dung tệp .pem hoặc .crt.")
    )
    fingerprint = models.CharField(
        _("dấu vân tay SHA-256"),
        max_length=64,
        unique=True,
        editable=False,
        error_messages={"unique": _("Chứng thư số gốc này đã có trong danh sách tin cậy.")},
    )
    is_active = models.BooleanField(_("đang dùng"), default=True)
    added_at = models.DateTimeField(_("ngày thêm"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("chứng thư số gốc tin cậy")
        verbose_name_plural = _("chứng thư số gốc tin cậy")

    def __str__(self):
        return self.name

    def clean(self):
        # The fingerprint is computed, not typed: a form leaves it out of its unique check, so the
        # same root pasted twice is refused here, beside the certificate.
        try:
            self.fingerprint = fingerprint_of(self.certificate)
        except (ValueError, TypeError, KeyError):
            return  # validate_certificate says why
        if TrustRoot.objects.filter(fingerprint=self.fingerprint).exclude(pk=self.pk).exists():
            raise ValidationError({"certificate": self._meta.get_field("fingerprint").error_messages["unique"]})

    def save(self, *args, **kwargs):
        self.fingerprint = fingerprint_of(self.certificate)
        super().save(*args, **kwargs)


def fingerprint_of(certificate_text):
    return hashlib.sha256(_load_certificate(certificate_text).dump()).hexdigest()


def validate_revocation_list(text):
    from asn1crypto import crl

    try:
        crl.CertificateList.load(_der(text))["tbs_cert_list"]["issuer"].native  # noqa: B018 — parsed now
    except (ValueError, TypeError, KeyError):
        raise ValidationError(
            _("Nội dung không phải danh sách chứng thư số bị thu hồi (CRL, «-----BEGIN X509 CRL-----»).")
        ) from None


class RevocationList(models.Model):
    """A certificate authority's list of revoked certificates (CRL), installed by the office and
    replaced when the authority publishes the next one: signing refuses a revoked certificate,
    and a check reports a signature by one as revoked."""

    name = models.CharField(_("tên"), max_length=255)
    crl = models.TextField(
        _("danh sách thu hồi (CRL, PEM)"),
        validators=[validate_revocation_list],
        help_text=_("Dán nội dung tệp .crl dạng PEM do tổ chức cung cấp dịch vụ chứng thực công bố."),
    )
    is_active = models.BooleanField(_("đang dùng"), default=True)
    added_at = models.DateTimeField(_("ngày thêm"), auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("danh sách chứng thư số bị thu hồi")
        verbose_name_plural = _("danh sách chứng thư số bị thu hồi")

    def __str__(self):
        return self.name


def _trust_dir_files(suffixes):
    """The bytes of the files of settings.SIGNING_TRUST_DIR with one of the suffixes, by name."""
    folder = getattr(settings, "SIGNING_TRUST_DIR", "")
    if not folder or not Path(folder).is_dir():
        return []
    return [path.read_bytes() for path in sorted(Path(folder).iterdir()) if path.suffix in suffixes]


def revocation_lists():
    """The active CRLs and the *.crl files of settings.SIGNING_TRUST_DIR, as bytes."""
    rows = [row.crl.encode("ascii", "replace") for row in RevocationList.objects.filter(is_active=True)]
    return rows + _trust_dir_files((".crl",))


def trust_roots():
    """The roots to check signatures against: the active TrustRoot rows and the files of
    settings.SIGNING_TRUST_DIR (*.pem, *.crt, *.cer), as bytes."""
    rows = [root.certificate.encode("ascii", "replace") for root in TrustRoot.objects.filter(is_active=True)]
    return rows + _trust_dir_files((".pem", ".crt", ".cer"))


class SigningToken(models.Model):
    """Where a person's or a unit's key sits on a PKCS#11 token or HSM. The library's path and the labels are
    stored as typed (VerbatimCharField): the token is looked up by them, two spaces included."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("người ký"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signing_token",
        error_messages={"unique": _("Người này đã có một thiết bị ký số được cấu hình.")},
    )
    unit = models.OneToOneField(
        "core.Unit",
        verbose_name=_("đơn vị"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="signing_token",
        error_messages={"unique": _("Đơn vị này đã có một thiết bị ký số được cấu hình.")},
    )
    module = VerbatimCharField(
        _("thư viện PKCS#11"), max_length=255, help_text=_("Ví dụ: /usr/lib/softhsm/libsofthsm2.so")
    )
    token_label = VerbatimCharField(_("nhãn thiết bị"), max_length=64)
    key_label = VerbatimCharField(_("nhãn khóa"), max_length=64)

    class Meta:
        ordering = ["token_label", "key_label"]
        verbose_name = _("thiết bị ký số")
        verbose_name_plural = _("thiết bị ký số")
        constraints = [
            Check(
                condition=(Q(user__isnull=False) & Q(unit__isnull=True))
                | (Q(user__isnull=True) & Q(unit__isnull=False)),
                name="signing_token_one_owner",
                on="user",
                violation_error_message=_("Thiết bị ký số thuộc về đúng một người hoặc một đơn vị."),
            ),
            Unique(
                fields=["module", "token_label", "key_label"],
                name="signing_token_key_unique",
                on="key_label",
                violation_error_message=_("Khóa này trên thiết bị đã được gán cho người hoặc đơn vị khác."),
            ),
        ]

    def __str__(self):
        return f"{self.token_label} / {self.key_label}"

    def as_token(self):
        from ngoaivu.signatures.keys import Token

        return Token(self.module, self.token_label, self.key_label)
