"""Optional two-factor sign-in (TOTP) for leaders and administrators, on top of django-otp."""

import segno
from django.utils.translation import gettext as _
from django_otp.plugins.otp_totp.models import TOTPDevice

from ngoaivu.core.models import Role

ROLES = {Role.LEADER, Role.ADMIN}
NAME = "Ứng dụng xác thực"


def may_enrol(user):
    return user.is_authenticated and user.role in ROLES


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def pending_device(user):
    """The device being set up: made once, shown as a QR code until its first code confirms it."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).first()
    return device or TOTPDevice.objects.create(user=user, name=NAME, confirmed=False)


def qr_svg(device):
    return segno.make(device.config_url, error="m").svg_inline(scale=4, title=_("Mã QR cài đặt xác thực hai lớp"))


def secret_text(device):
    """The key in groups of four, for typing into the app when the camera cannot read the code."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode()
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


def needs_verification(request):
    """Signed in with a password, with a confirmed device, and no code given yet in this session."""
    user = request.user
    return (
        user.is_authenticated
        and not user.is_verified()
        and user.role in ROLES
        and TOTPDevice.objects.filter(user=user, confirmed=True).exists()
    )
