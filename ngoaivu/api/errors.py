"""Every error under /api/ is JSON, {"detail": "<a Vietnamese message>"}, whatever raised it.

Two layers: DRF's exception handler answers what a view raises (a body over the size limit is
a 413, not Django's HTML 400), and JsonErrors turns any other error page under /api/ — a URL
that does not exist, a 500, a refusal by a middleware — into the same JSON.
"""

import json
import re
import string

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig, SuspiciousOperation
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.translation import gettext as _
from rest_framework import exceptions, status
from rest_framework.exceptions import ErrorDetail
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
        406: _("Không trả lời được theo tiêu đề Accept của yêu cầu: API trả lời JSON."),
        415: _("API không nhận kiểu nội dung này: hãy gửi JSON (Content-Type: application/json)."),
        413: too_big_message(),
        414: _("Địa chỉ yêu cầu quá dài: hãy rút gọn các tham số."),
        429: _("Quá nhiều yêu cầu; vui lòng thử lại sau."),
        500: _("Lỗi hệ thống: yêu cầu chưa được thực hiện. Vui lòng thử lại sau hoặc báo quản trị viên."),
    }
    if code in messages:
        return messages[code]
    # Any other status (409, 410, 503…): Vietnamese too, never the English phrase of the HTTP standard.
    if code >= 500:
        return _("Máy chủ chưa thực hiện được yêu cầu (mã lỗi %(code)s). Vui lòng thử lại sau.") % {"code": code}
    return _("Yêu cầu không thực hiện được (mã lỗi %(code)s).") % {"code": code}


# DRF ships a Vietnamese catalogue of about 20 of its 125 messages: "Not found." and "This field may not be
# blank." are translated, "This field is required." and most validation messages are not, so a Vietnamese user
# would read English. These are the others our serializers can give, in Vietnamese, keyed by DRF's English text
# (`{name}` marks a value DRF fills in). They are applied only when the interface is Vietnamese: in English,
# DRF's own text is right. (A catalogue of our own under ngoaivu/api/locale would be wiped by makemessages,
# which finds none of these messages in our code.)
DRF_IN_VIETNAMESE = {
    "This field is required.": "Trường này là bắt buộc.",
    "This field may not be null.": "Trường này không được để trống (null).",
    "Not a valid string.": "Phải là một chuỗi ký tự.",
    "Ensure this field has no more than {max_length} characters.": "Tối đa {max_length} ký tự.",
    "Ensure this field has at least {min_length} characters.": "Tối thiểu {min_length} ký tự.",
    "A valid integer is required.": "Phải là một số nguyên.",
    "A valid number is required.": "Phải là một số.",
    "String value too large.": "Giá trị quá dài.",
    "Ensure this value is less than or equal to {max_value}.": "Giá trị phải nhỏ hơn hoặc bằng {max_value}.",
    "Ensure this value is greater than or equal to {min_value}.": "Giá trị phải lớn hơn hoặc bằng {min_value}.",
    "Ensure that there are no more than {max_digits} digits in total.": "Tổng cộng không quá {max_digits} chữ số.",
    "Ensure that there are no more than {max_decimal_places} decimal places.": (
        "Không quá {max_decimal_places} chữ số sau dấu thập phân."
    ),
    "Ensure that there are no more than {max_whole_digits} digits before the decimal point.": (
        "Không quá {max_whole_digits} chữ số trước dấu thập phân."
    ),
    "Must be a valid boolean.": "Chỉ nhận true hoặc false.",
    "Expected a date but got a datetime.": "Cần một ngày, không kèm giờ.",
    "Datetime has wrong format. Use one of these formats instead: {format}.": (
        "Thời điểm không đúng định dạng; ghi theo dạng ISO 8601, ví dụ 2021-08-31T14:30:00+07:00."
    ),
    "Expected a datetime but got a date.": "Cần ngày kèm giờ, không chỉ ngày.",
    "Datetime value out of range.": "Thời điểm nằm ngoài khoảng cho phép.",
    '"{input}" is not a valid choice.': "«{input}» không phải là một lựa chọn hợp lệ.",
    'Expected a list of items but got type "{input_type}".': "Cần một danh sách, nhưng nhận được {input_type}.",
    # ours (api/figures.refuse_container), worded as DRF's
    'Expected a single value but got type "{input_type}".': "Cần một giá trị, nhưng nhận được {input_type}.",
    "This selection may not be empty.": "Phải chọn ít nhất một mục.",
    "Ensure this field has at least {min_length} elements.": "Cần ít nhất {min_length} phần tử.",
    "Ensure this field has no more than {max_length} elements.": "Tối đa {max_length} phần tử.",
    'Expected a dictionary of items but got type "{input_type}".': (
        "Cần một đối tượng JSON, nhưng nhận được {input_type}."
    ),
    "This dictionary may not be empty.": "Đối tượng này không được rỗng.",
    "Invalid data. Expected a dictionary, but got {datatype}.": (
        "Dữ liệu không hợp lệ: cần một đối tượng JSON, nhưng nhận được {datatype}."
    ),
    # Said by Serializer itself (not one of its default_error_messages) for a JSON body of null.
    "No data provided": "Chưa gửi dữ liệu: cần một đối tượng JSON, không phải null.",
    "A valid biginteger is required.": "Phải là một số nguyên.",
    "Integer value too large to convert to float": "Số quá lớn.",
    'Invalid datetime for the timezone "{timezone}".': "Thời điểm này không có ở múi giờ «{timezone}».",
    "Time has wrong format. Use one of these formats instead: {format}.": (
        "Giờ không đúng định dạng; ghi theo một trong các dạng: {format}."
    ),
    "Duration has wrong format. Use one of these formats instead: {format}.": (
        "Khoảng thời gian không đúng định dạng; ghi theo một trong các dạng: {format}."
    ),
    "This value does not match the required pattern.": "Giá trị không đúng mẫu quy định.",
    'Enter a valid "slug" consisting of letters, numbers, underscores or hyphens.': (
        "Chỉ gồm chữ cái không dấu, chữ số, dấu gạch dưới hoặc gạch ngang."
    ),
    'Enter a valid "slug" consisting of Unicode letters, numbers, underscores, or hyphens.': (
        "Chỉ gồm chữ cái, chữ số, dấu gạch dưới hoặc gạch ngang."
    ),
    "Must be a valid UUID.": "Phải là một mã UUID hợp lệ.",
    '"{input}" is not a valid path choice.': "«{input}» không phải là một đường dẫn được phép chọn.",
    "No filename could be determined.": "Không xác định được tên tệp.",
    "Ensure this filename has at most {max_length} characters (it has {length}).": (
        "Tên tệp tối đa {max_length} ký tự (tên này có {length} ký tự)."
    ),
    "The fields {field_names} must make a unique set.": (
        "Bộ giá trị của các trường {field_names} đã có: phải khác mọi bản ghi khác."
    ),
    'This field must be unique for the "{date_field}" date.': "Giá trị này đã có trong cùng ngày ({date_field}).",
    'This field must be unique for the "{date_field}" month.': "Giá trị này đã có trong cùng tháng ({date_field}).",
    'This field must be unique for the "{date_field}" year.': "Giá trị này đã có trong cùng năm ({date_field}).",
    "Incorrect type. Expected URL string, received {data_type}.": "Sai kiểu: cần một địa chỉ URL, nhận được {data_type}.",
    "Invalid hyperlink - No URL match.": "Liên kết không hợp lệ: không khớp địa chỉ nào.",
    "Invalid hyperlink - Incorrect URL match.": "Liên kết không hợp lệ: địa chỉ không trỏ đến loại bản ghi này.",
    "Invalid hyperlink - Object does not exist.": "Liên kết không hợp lệ: bản ghi không tồn tại.",
    'Invalid pk "{pk_value}" - object does not exist.': "Không có bản ghi số «{pk_value}».",
    "Incorrect type. Expected pk value, received {data_type}.": "Sai kiểu: cần số của bản ghi, nhận được {data_type}.",
    "Object with {slug_name}={value} does not exist.": "Không có bản ghi có {slug_name} là «{value}».",
    "Invalid value.": "Giá trị không hợp lệ.",
    "Invalid input.": "Dữ liệu không hợp lệ.",
    "Enter a valid URL.": "Nhập một địa chỉ URL hợp lệ.",
    # Every CharField's: a lone half of a UTF-16 surrogate pair ("\ud800" in the JSON) is no character.
    "Surrogate characters are not allowed: U+{code_point:X}.": (
        "Văn bản có ký tự không hợp lệ U+{code_point} (nửa cặp thay thế UTF-16): hãy gửi văn bản Unicode đúng."
    ),
    "This field must be unique.": "Giá trị này đã có: phải khác mọi bản ghi khác.",
    "No file was submitted.": "Chưa gửi tệp nào.",
    "The submitted file is empty.": "Tệp gửi lên rỗng.",
    "The submitted data was not a file. Check the encoding type on the form.": (
        "Dữ liệu gửi lên không phải là tệp: gửi tệp bằng multipart/form-data."
    ),
}


def _pattern(template):
    """DRF's English template as a regular expression whose groups are the values it was filled with."""
    parts = []
    for literal, name, _spec, _conversion in string.Formatter().parse(template):
        parts.append(re.escape(literal))
        if name is not None:
            parts.append(f"(?P<{name}>.*?)")
    return re.compile("".join(parts) + r"\Z", re.S)


_PATTERNS = [(_pattern(english), vietnamese) for english, vietnamese in DRF_IN_VIETNAMESE.items()]


# DRF names what it received by its Python type ("list", "int"); a client sent JSON, so it reads JSON's names.
JSON_KINDS = {
    "list": "một danh sách",
    "dict": "một đối tượng JSON",
    "str": "một chuỗi ký tự",
    "int": "một số",
    "float": "một số",
    "bool": "true hoặc false",
    "NoneType": "null",
}
TYPE_NAMES = ("input_type", "datatype", "data_type")


def in_vietnamese(text):
    """DRF's message in Vietnamese: ours when we have it, else as DRF gave it."""
    for pattern, vietnamese in _PATTERNS:
        match = pattern.match(text)
        if match:
            values = match.groupdict()
            for name in TYPE_NAMES:
                if name in values:
                    values[name] = JSON_KINDS.get(values[name], f"kiểu «{values[name]}»")
            return vietnamese.format(**values)
    return text


def _translated(detail):
    """The validation errors (nested lists and dicts of ErrorDetail), each message in Vietnamese, codes kept."""
    if isinstance(detail, dict):
        return {key: _translated(value) for key, value in detail.items()}
    if isinstance(detail, list):
        return [_translated(value) for value in detail]
    if isinstance(detail, ErrorDetail):
        return ErrorDetail(in_vietnamese(str(detail)), detail.code)
    return detail


def _is_default(exc):
    """The exception carries DRF's own text (nobody wrote a message for this case)."""
    return str(exc.detail) == str(exc.default_detail)


def _replaced(exc, context):
    """An exception whose message the user can read: DRF's English (or generic) texts become ours.

    A message written by our code (a workflow refusal, a page past the last…) is kept.
    """
    request = context.get("request")
    if isinstance(exc, Http404):
        # Django's text names the model's class ("No IncomingDelegation matches the given query.").
        return exceptions.NotFound(message(404))
    if isinstance(exc, PermissionDenied):
        # Django's, raised by a rule the pages share (register/offering.check_offered): its message kept,
        # none said in ours (DRF's would be its own: "Bạn không được cấp quyền để thực hiện hành động này.").
        exc = exceptions.PermissionDenied(*exc.args)
    if isinstance(exc, exceptions.NotAuthenticated):
        exc.detail = message(401)  # DRF's own text is English only
    elif isinstance(exc, exceptions.PermissionDenied) and str(exc.detail).startswith("CSRF Failed"):
        exc.detail = _("Thiếu hoặc sai mã CSRF: hãy tải lại trang rồi thử lại, hoặc dùng khóa truy cập API.")
    elif isinstance(exc, exceptions.MethodNotAllowed):
        method = getattr(request, "method", "")
        exc.detail = _("Địa chỉ này không nhận phương thức %(method)s.") % {"method": method}
    elif isinstance(exc, exceptions.ParseError):
        # DRF's text quotes the parser's error in English ("JSON parse error - Expecting value: line 1 …").
        exc.detail = _("Không đọc được nội dung gửi lên: dữ liệu không đúng định dạng JSON hoặc biểu mẫu.")
    elif isinstance(exc, exceptions.Throttled):
        exc.detail = message(429)  # the wait goes in Retry-After
    elif isinstance(exc, exceptions.ValidationError):
        if translation.get_language() == "vi":
            exc.detail = _translated(exc.detail)
    elif isinstance(exc, exceptions.APIException):
        # DRF's own 406 and 415 quote the request's headers in English; ours (api/negotiation.py) say
        # what was asked for, under a code of their own.
        drf_code = getattr(exc.detail, "code", None) == exc.default_code
        if _is_default(exc) or (exc.status_code in (406, 415) and drf_code):
            exc.detail = message(exc.status_code)
    return exc


def exception_handler(exc, context):
    """DRF's handler, with every message in the user's language, plus what Django would otherwise answer with
    an HTML page."""
    if isinstance(exc, RequestDataTooBig):
        return Response({"detail": too_big_message()}, status=status.HTTP_413_REQUEST_ENTITY_TOO_LARGE)
    if isinstance(exc, SuspiciousOperation):  # too many fields, a malformed multipart body…
        return Response({"detail": message(400)}, status=status.HTTP_400_BAD_REQUEST)
    return drf_exception_handler(_replaced(exc, context), context)


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
            # The interface language was switched off when the view returned (accounts/language.py).
            with translation.override(getattr(request, "LANGUAGE_CODE", settings.LANGUAGE_CODE)):
                detail = message(response.status_code)
            replaced = HttpResponse(
                json.dumps({"detail": detail}, ensure_ascii=False),
                status=response.status_code,
                content_type="application/json",
            )
            for header in ("WWW-Authenticate", "Allow", "Retry-After", "Vary", "Content-Language"):
                if header in response:
                    replaced[header] = response[header]
            return replaced
        return response
