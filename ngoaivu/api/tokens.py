"""POST /api/token/: an API token for a name and password, unless the account has a second factor."""

from django.contrib.auth import authenticate
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import serializers, status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from ngoaivu.accounts.models import ApiToken
from ngoaivu.accounts.two_factor import confirmed_device
from ngoaivu.accounts.views import lockout_message

from .reports import REFUSED, MessageSerializer
from .strict import StrictFields
from .views import Described


def default_name():
    """The name of a key asked for without one, as a user reads it in their key list."""
    return _("Tạo qua API ngày %(date)s") % {"date": timezone.localdate().strftime("%d/%m/%Y")}


class NameSerializer(serializers.Serializer):
    """The name alone: a body with one tries that name's password, whatever it sends beside."""

    username = serializers.CharField(max_length=150)


class CredentialsSerializer(NameSerializer):
    """The name and password, read before the rest of the body: a try is counted whatever else it sends."""

    password = serializers.CharField(max_length=4096, trim_whitespace=False, style={"input_type": "password"})


class NewTokenSerializer(StrictFields, CredentialsSerializer):
    name = serializers.CharField(
        max_length=100,
        required=False,
        help_text=gettext_lazy(
            "Tên khóa: máy hoặc phần mềm dùng khóa. Khóa cũ cùng tên của người dùng hết hiệu lực. "
            "Không ghi thì tên là «Tạo qua API ngày dd/mm/yyyy»."
        ),
    )


class TokenSerializer(serializers.Serializer):
    token = serializers.CharField(
        help_text=gettext_lazy("Khóa, chỉ trả về một lần: gửi trong tiêu đề «Authorization: Token <khóa>».")
    )
    name = serializers.CharField()
    expires = serializers.DateTimeField(help_text=gettext_lazy("Khóa hết hiệu lực lúc này."))


class ObtainToken(Described, APIView):
    # A token for a name and password, unless the account has a second factor: a password alone must not
    # open what the sign-in page keeps behind the code. Such users make their token on the account security
    # page, after giving the code. django-axes counts the failures here as on the sign-in page (the Django
    # request, not DRF's, is handed to authenticate(), so that axes marks the request it answers); a
    # locked-out name and address get 429. The name and password are checked before the rest of the body:
    # a wrong password sent with a field this address does not take is a failure counted all the same, not
    # a 400 that would let guesses go uncounted; the field is refused (api/strict.py) to the right password.
    # A name sent with a password that can be no one's is such a failure too (sign_in); a body without a name
    # tries no one's password, and is refused with all its errors, locking no one out.

    title = gettext_lazy("Khóa truy cập API")
    about = gettext_lazy("Lấy khóa truy cập API bằng tên đăng nhập và mật khẩu.")
    authentication_classes = []
    permission_classes = [AllowAny]

    @extend_schema(
        summary=gettext_lazy("Lấy khóa truy cập API bằng tên đăng nhập và mật khẩu"),
        description=gettext_lazy(
            "Mỗi lần gọi tạo một khóa mới, có hạn dùng; khóa cũ cùng tên hết hiệu lực. "
            "Tài khoản đã bật xác thực hai lớp tạo khóa ở trang «Bảo mật tài khoản»."
        ),
        request=NewTokenSerializer,
        responses={
            200: TokenSerializer,
            400: REFUSED,
            403: OpenApiResponse(
                MessageSerializer,
                description=gettext_lazy("Tài khoản đã bật xác thực hai lớp: tạo khóa ở trang «Bảo mật tài khoản»."),
            ),
            429: OpenApiResponse(
                MessageSerializer,
                description=gettext_lazy("Đăng nhập sai quá nhiều lần: tạm khóa tên đăng nhập này từ địa chỉ này."),
            ),
        },
    )
    def post(self, request, *args, **kwargs):
        name, user = NameSerializer(data=request.data), None
        if name.is_valid():
            user, refusal = self.sign_in(request, name.validated_data["username"])
            if user is None:
                return refusal
        serializer = NewTokenSerializer(data=request.data)
        # The right password's body is still refused for a field it does not take; a body with no name or
        # password to try is refused with all its errors at once.
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        if confirmed_device(user) is not None:
            return Response(
                {
                    "detail": _(
                        "Tài khoản đã bật xác thực hai lớp: khóa truy cập API chỉ được tạo ở trang «Bảo mật tài khoản» "
                        "sau khi đăng nhập bằng mã xác thực."
                    )
                },
                status=status.HTTP_403_FORBIDDEN,
            )
        token, key = ApiToken.issue(user, data.get("name") or default_name())
        return Response(TokenSerializer({"token": key, "name": token.name, "expires": token.expires}).data)

    def sign_in(self, request, username):
        """(user, None) for the right password, else (None, the answer); a 400 raised for a malformed password.
        A password that can be no one's (none, empty, too long) is a wrong one, tried as such: axes counts it and
        refuses it to a locked-out name and address, though no password is checked (ModelBackend takes None for
        none). Else a client could send such bodies without end, never locked out, each told how it failed."""
        credentials = CredentialsSerializer(data=request.data)
        sent = credentials.validated_data["password"] if credentials.is_valid() else None
        user = authenticate(request._request, username=username, password=sent)
        if user is not None:
            return user, None
        if getattr(request._request, "axes_locked_out", False):
            detail = lockout_message(request._request, {"username": username})
            return None, Response({"detail": detail}, status=status.HTTP_429_TOO_MANY_REQUESTS)
        if sent is None:  # said of the password alone, in the API's words (api/errors.py): «Trường này là bắt buộc.»
            raise serializers.ValidationError(credentials.errors)
        return None, Response(
            {"detail": _("Tên đăng nhập hoặc mật khẩu không đúng.")}, status=status.HTTP_400_BAD_REQUEST
        )
