"""A sign-in locked out after repeated failures is one line of the server log, in Vietnamese: which name,
from which address, until when. django-axes' own lines, in English at every failure, stay out of the
console (settings.LOGGING); this one line is what an operator needs to answer a user who cannot sign in."""

import logging

from django.conf import settings
from django.utils import timezone

from ngoaivu.pure.wording import format_count, screen_date

logger = logging.getLogger(__name__)


def log_lockout(sender, request, username, ip_address, **kwargs):
    """axes' user_locked_out. axes sends it again at each try during the lock, which this does not log: the
    failure that locks has counted the failures (axes_failures_since_start), a try during the lock has not."""
    failures = getattr(request, "axes_failures_since_start", None)
    if failures is None:
        return
    until = timezone.localtime(request.axes_attempt_time + settings.AXES_COOLOFF_TIME)
    logger.warning(
        "Tạm khóa đăng nhập tài khoản «%s» từ địa chỉ %s đến %s %s, sau %s lần nhập sai mật khẩu.",
        " ".join(str(username or "").split()),  # a name posted with a line break writes no second line
        ip_address,
        f"{until:%H:%M}",
        screen_date(until.date()),
        format_count(failures),
    )
