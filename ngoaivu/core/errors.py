"""The errors of the pure core and the reader, shown in the user's language.

ngoaivu.pure.messages.MessageError (PeriodError, FigureError, ReadError) and
ngoaivu.sandbox.LimitExceeded carry a gettext_noop template (.message) and its values
(.params); str() of them is the Vietnamese line. Whatever page, form or command shows one to
a user shows error_text(error).
"""

import errno
import unicodedata

from django.utils.translation import gettext


def error_text(error: BaseException) -> str:
    """The error's message translated into the active language, its params filled in.

    An error without a template (an UploadError, whose text is already translated) is shown as
    str(error).
    """
    message, params = getattr(error, "message", None), getattr(error, "params", None)
    if not isinstance(message, str) or not isinstance(params, dict):
        return str(error)
    return " ".join((gettext(message) % params).split())


def _folded(text):
    return unicodedata.normalize("NFC", str(text)).casefold()


def names_its_field(label, message) -> bool:
    """Whether message begins by naming the field labelled label, as a whole word ("Ngày đi không được
    trước ngày đến." under «Ngày đi»; not "Ngày đến …" under «Ngày»), whatever its case or Unicode form."""
    head, text = _folded(label).strip().rstrip(":").rstrip(), _folded(message).lstrip()
    return bool(head) and text.startswith(head) and (len(text) == len(head) or not text[len(head)].isalnum())


def with_label(label, message) -> str:
    """An error said away from its field (a form's error summary, an import's list of rows): "label:
    message", or the message alone when it names its field first already, so that the label is not
    said twice («Ngày đi: Ngày đi không được trước ngày đến.»). A message that does not name it
    («Trường này là bắt buộc.») keeps the label."""
    message = str(message)
    if not str(label).strip() or names_its_field(label, message):
        return message
    return f"{label}: {message}"


def os_reason(error: OSError) -> str:
    """Why a file could not be read or written, in a few Vietnamese words (the system's strerror is
    English): for a command's one line, «Không ghi được tệp «x.docx»: không có thư mục chứa tệp.»"""
    if isinstance(error, FileNotFoundError):
        return "không có tệp hoặc thư mục này"
    if isinstance(error, IsADirectoryError):
        return "đây là một thư mục, không phải tệp"
    if isinstance(error, NotADirectoryError):
        return "đường dẫn có phần không phải thư mục"
    if isinstance(error, PermissionError):
        return "không có quyền truy cập"
    if error.errno == errno.ENOSPC:
        return "ổ đĩa đã đầy"
    if error.errno == errno.EROFS:
        return "ổ đĩa chỉ cho đọc"
    return "lỗi hệ thống tệp"
