"""Every error under /api/ is JSON, {"detail": "<a Vietnamese message>"}, whatever raised it.

Two layers: DRF's exception handler answers what a view raises (a body over the size limit is
a 413, not Django's HTML 400), and JsonErrors turns any other error page under /api/ — a URL
that does not exist, a 500, a refusal by a middleware — into the same JSON.
"""

import json
from http import HTTPStatus

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, SuspiciousOperation
from django.http import HttpResponse
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler as drf_exception_handler

PREFIX = "/api/"


def too_big_message():
    megabytes = settings.DATA_UPLOAD_MAX_MEMORY_SIZE / (1024 * 1024)
    return _("Dữ liệu gửi lên quá lớn: tối đa %(size)s MB.") % {"size": f"{megabytes:g}".replace(".", ",")}


def message(code):
    """The message of an error status that no view explained."""
    messages = {
        400: _("Yêu cầu không hợp lệ."),
        401: _("Chưa xác thực: hãy đăng nhập hoặc gửi tiêu đề «Authorization: Token <khóa>»."),
        403: _("Bạn không có quyền thực hiện thao tác này."),
        404: _("Không tìm thấy địa chỉ hoặc bản ghi này."),
        405: _("Địa chỉ này không nhận phương thức đó."),
        413: too_big_message(),
        429: _("Quá nhiều yêu cầu; vui lòng thử lại sau."),
        500: _("Lỗi hệ thống: yêu cầu chưa được thực hiện. Vui lòng thử lại sau hoặc báo quản trị viên."),
    }
    if code in messages:
        return messages[code]
    try:
        return HTTPStatus(code).phrase
    except ValueError:
        return str(code)


def exception_handler(exc, context):
    """DRF's handler, plus what Django would otherwise answer with an HTML page."""
    if isinstance(exc, RequestDataTooBig):
        return Response({"detail": too_big_message()}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    if isinstance(exc, SuspiciousOperation):  # too many fields, a malformed multipart body…
        return Response({"detail": message(400)}, status=status.HTTP_400_BAD_REQUEST)
    if isinstance(exc, exceptions.NotAuthenticated):
        exc.detail = message(401)  # DRF's own text is English only
    return drf_exception_handler(exc, context)


def is_json(response):
    kind = response.get("Content-Type", "").split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


class JsonErrors:
    """Under /api/, an error answered with a page (HTML, plain text, nothing) is answered with JSON instead.

    The error itself is logged as before, by Django, before this middleware sees the page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code >= 400 and request.path.startswith(PREFIX) and not is_json(response):
            replaced = HttpResponse(
                json.dumps({"detail": message(response.status_code)}, ensure_ascii=False),
                status=response.status_code,
                content_type="application/json",
            )
            for header in ("WWW-Authenticate", "Allow", "Retry-After", "Vary"):
                if header in response:
                    replaced[header] = response[header]
            return replaced
        return response
