"""Where the signing key is: a PKCS#12 file unlocked by a passphrase asked at signing time, or a
PKCS#11 token (a USB token, an HSM, SoftHSM2 in the tests) unlocked by its PIN. Neither secret is
kept: both are used once, in memory, and the session is closed after signing."""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass

from pyhanko.sign import signers

from ngoaivu.pure.messages import MessageError, gettext_noop

WRONG_PASSPHRASE = gettext_noop(
    "Không mở được tệp chứng thư số: mật khẩu không đúng hoặc tệp không phải tệp PKCS#12 (.p12, .pfx)."
)
NO_KEY_IN_FILE = gettext_noop("Tệp PKCS#12 không chứa khóa bí mật và chứng thư số để ký.")
NO_MODULE = gettext_noop("Không tìm thấy thư viện PKCS#11 «%(module)s» trên máy chủ; vui lòng báo quản trị hệ thống.")
NO_TOKEN = gettext_noop("Không thấy thiết bị ký số «%(token)s»: thiết bị chưa cắm hoặc chưa được cấu hình.")
WRONG_PIN = gettext_noop("Mã PIN của thiết bị ký số «%(token)s» không đúng.")
NO_TOKEN_KEY = gettext_noop("Thiết bị ký số «%(token)s» không có khóa «%(key)s».")
TOKEN_FAILED = gettext_noop("Thiết bị ký số «%(token)s» báo lỗi: %(error)s.")


class KeyUnavailable(MessageError):
    """A key that could not be opened, with the reason."""


def from_pkcs12(data: bytes, passphrase: str) -> signers.SimpleSigner:
    """The signer of a PKCS#12 file; the passphrase is used here and forgotten."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    secret = passphrase.encode("utf-8")
    try:
        key, certificate, _chain = pkcs12.load_key_and_certificates(data, secret)
    except (ValueError, TypeError):
        raise KeyUnavailable(WRONG_PASSPHRASE) from None
    # Checked before pyHanko reads the file: it fails on a file without a key or certificate.
    if key is None or certificate is None:
        raise KeyUnavailable(NO_KEY_IN_FILE)
    try:
        signer = signers.SimpleSigner.load_pkcs12_data(data, other_certs=(), passphrase=secret)
    except (ValueError, TypeError):
        raise KeyUnavailable(WRONG_PASSPHRASE) from None
    if signer.signing_cert is None or signer.signing_key is None:
        raise KeyUnavailable(NO_KEY_IN_FILE)
    return signer


@dataclass(frozen=True)
class Token:
    """A PKCS#11 token as the administrator configures it (no PIN: that is asked at signing)."""

    module: str  # the PKCS#11 library, e.g. /usr/lib/softhsm/libsofthsm2.so
    token_label: str
    key_label: str


@contextmanager
def from_token(token: Token, pin: str):
    """The signer of a key on a PKCS#11 token, its session open for the with block."""
    import pkcs11
    from pyhanko.sign import pkcs11 as hanko_pkcs11

    if not os.path.isfile(token.module):
        raise KeyUnavailable(NO_MODULE, module=token.module)
    try:
        library = pkcs11.lib(token.module)
        found = library.get_token(token_label=token.token_label)
    except pkcs11.exceptions.NoSuchToken:
        raise KeyUnavailable(NO_TOKEN, token=token.token_label) from None
    except pkcs11.exceptions.PKCS11Error as error:
        raise KeyUnavailable(TOKEN_FAILED, token=token.token_label, error=type(error).__name__) from None
    try:
        session = found.open(user_pin=pin)
    except pkcs11.exceptions.PinIncorrect:
        raise KeyUnavailable(WRONG_PIN, token=token.token_label) from None
    except (pkcs11.exceptions.PinLenRange, pkcs11.exceptions.ArgumentsBad):
        raise KeyUnavailable(WRONG_PIN, token=token.token_label) from None
    except pkcs11.exceptions.PKCS11Error as error:
        raise KeyUnavailable(TOKEN_FAILED, token=token.token_label, error=type(error).__name__) from None
    try:
        try:
            signer = hanko_pkcs11.PKCS11Signer(session, key_label=token.key_label, cert_label=token.key_label)
            certificate = signer.signing_cert  # fetched now (with the key), so a missing key is reported here
            # Many tokens (SoftHSM2 among them) know ECDSA only as the raw CKM_ECDSA, not the
            # hash-then-sign CKM_ECDSA_SHA256: the digest is computed here and the token signs it.
            signer.use_raw_mechanism = certificate.public_key.algorithm == "ec"
        except (pkcs11.exceptions.NoSuchKey, hanko_pkcs11.PKCS11Error, pkcs11.exceptions.PKCS11Error):
            raise KeyUnavailable(NO_TOKEN_KEY, token=token.token_label, key=token.key_label) from None
        yield signer
    finally:
        session.close()
