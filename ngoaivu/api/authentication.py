"""`Authorization: Token <key>`, checked against the user's API tokens (ngoaivu.accounts.models.ApiToken).

A subclass of DRF's TokenAuthentication only for the header's name and for the schema, which
documents it as such: the key is looked up by its digest, and an expired or revoked key, or a
disabled account, is refused with a Vietnamese message (401).
"""

from django.utils import formats, timezone
from django.utils.translation import gettext as _
from rest_framework import authentication
from rest_framework.exceptions import AuthenticationFailed

from ngoaivu.accounts.models import ApiToken


class TokenAuthentication(authentication.TokenAuthentication):
    keyword = "Token"

    def authenticate(self, request):
        words = authentication.get_authorization_header(request).split()
        if not words or words[0].lower() != self.keyword.lower().encode():
            return None
        if len(words) != 2:
            raise AuthenticationFailed(_("Tiêu đề Authorization phải có dạng «Token <khóa>»."))
        try:
            key = words[1].decode("ascii")
        except UnicodeError:
            raise AuthenticationFailed(_("Khóa truy cập API không đúng hoặc đã bị thu hồi.")) from None
        return self.authenticate_credentials(key)

    def authenticate_credentials(self, key):
        token = ApiToken.find(key)
        if token is None:
            raise AuthenticationFailed(_("Khóa truy cập API không đúng hoặc đã bị thu hồi."))
        if token.is_expired:
            expired = formats.date_format(timezone.localtime(token.expires), "SHORT_DATE_FORMAT")
            raise AuthenticationFailed(
                _(
                    "Khóa truy cập API «%(name)s» đã hết hạn ngày %(date)s; hãy tạo khóa mới ở trang "
                    "«Bảo mật tài khoản»."
                )
                % {"name": token.name, "date": expired}
            )
        if not token.user.is_active:
            raise AuthenticationFailed(_("Tài khoản đã ngừng hoạt động."))
        token.touch()
        return token.user, token
