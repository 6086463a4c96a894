from django.http import JsonResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from .two_factor import needs_verification

# Reachable before the second step: the step itself, signing out, the language switch.
OPEN_PATHS = ("/dang-nhap/", "/dang-xuat/", "/i18n/", "/static/", "/tthc/")


class RequireSecondFactor:
    """A user who set up two-factor sign-in reaches nothing but the code page until the code is given."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith(OPEN_PATHS) and needs_verification(request):
            if request.path.startswith("/api/"):  # a program reads JSON, not the code page
                response = JsonResponse(
                    {
                        "detail": _(
                            "Chưa nhập mã xác thực hai lớp: hãy nhập mã ở trang đăng nhập, "
                            "hoặc gửi tiêu đề «Authorization: Token <khóa>»."
                        )
                    },
                    status=401,
                    json_dumps_params={"ensure_ascii": False},
                )
                response["WWW-Authenticate"] = "Token"
                return response
            return redirect(f"{reverse('accounts:verify')}?{urlencode({'next': request.get_full_path()})}")
        return self.get_response(request)
