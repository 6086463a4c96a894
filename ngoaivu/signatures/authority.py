"""A throwaway certificate authority for the demo and the tests, named as such in every
certificate it issues, so that nobody mistakes what it signs for a real signature.

Real offices sign with certificates from the Ban Cơ yếu Chính phủ or a licensed provider; this
module never takes part in that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

DEMO_AUTHORITY_NAME = "CA THỬ NGHIỆM Ngoại vụ (không có giá trị pháp lý)"
CRL_URL = "http://ca-thu-nghiem.invalid/crl"  # .invalid: a name that never resolves


@dataclass
class Issued:
    """A key and its certificate (cryptography objects)."""

    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate

    @property
    def certificate_der(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.DER)

    @property
    def certificate_pem(self) -> bytes:
        return self.certificate.public_bytes(serialization.Encoding.PEM)

    def key_pem(self) -> bytes:
        """The key as unencrypted PKCS#8 PEM (what softhsm2-util --import reads)."""
        return self.key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )

    def pkcs12(self, passphrase: str, chain: list[x509.Certificate], name: str = "") -> bytes:
        """A PKCS#12 file holding the key, its certificate and the chain, locked with passphrase."""
        encryption = serialization.BestAvailableEncryption(passphrase.encode("utf-8"))
        return pkcs12.serialize_key_and_certificates(
            (name or "key").encode("utf-8"), self.key, self.certificate, chain, encryption
        )


def _name(common_name: str, organisation: str = "") -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COUNTRY_NAME, "VN")]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    attributes.append(x509.NameAttribute(NameOID.COMMON_NAME, common_name))
    return x509.Name(attributes)


def make_authority(name: str = DEMO_AUTHORITY_NAME, now: datetime | None = None, years: int = 10) -> Issued:
    """A self-signed root."""
    now = now or datetime.now(timezone.utc)
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(name)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=365 * years))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256())
    )
    return Issued(key, certificate)


def issue(
    authority: Issued,
    common_name: str,
    organisation: str = "",
    valid_from: datetime | None = None,
    valid_to: datetime | None = None,
) -> Issued:
    """A signing certificate for a person (common name: the person; organisation: the unit) or an
    organisation (both the unit), issued by authority."""
    now = datetime.now(timezone.utc)
    valid_from = valid_from or now - timedelta(days=1)
    valid_to = valid_to or now + timedelta(days=365 * 3)
    key = ec.generate_private_key(ec.SECP256R1())
    authority_key_id = x509.AuthorityKeyIdentifier.from_issuer_public_key(authority.key.public_key())
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation))
        .issuer_name(authority.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(valid_from)
        .not_valid_after(valid_to)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(authority_key_id, critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        # Where the CA's revocation list is published, as real certificates say: a checker then
        # looks the certificate up in the lists the office installed (nothing is fetched).
        .add_extension(
            x509.CRLDistributionPoints(
                [x509.DistributionPoint([x509.UniformResourceIdentifier(CRL_URL)], None, None, None)]
            ),
            critical=False,
        )
        .sign(authority.key, hashes.SHA256())
    )
    return Issued(key, certificate)


def revocation_list(authority: Issued, revoked: list[x509.Certificate], now: datetime | None = None) -> bytes:
    """A CRL of authority revoking the certificates (DER), valid for a week."""
    now = now or datetime.now(timezone.utc)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(authority.certificate.subject)
        .last_update(now - timedelta(minutes=5))
        .next_update(now + timedelta(days=7))
    )
    for certificate in revoked:
        entry = (
            x509.RevokedCertificateBuilder()
            .serial_number(certificate.serial_number)
            .revocation_date(now - timedelta(minutes=1))
            .build()
        )
        builder = builder.add_revoked_certificate(entry)
    return builder.sign(authority.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)
