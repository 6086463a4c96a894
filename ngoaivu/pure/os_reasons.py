"""Why a file could not be read or written, in a few Vietnamese words: the system's strerror is English.

Plain Python, so that the reader (a layer below Django) says it too; ngoaivu.core.errors.os_reason is
this reason, and error_text translates it where an error carries it as a param.
"""

from __future__ import annotations

import errno

from .messages import gettext_noop

NOT_FOUND = gettext_noop("không có tệp hoặc thư mục này")
IS_A_DIRECTORY = gettext_noop("đây là một thư mục, không phải tệp")
NOT_A_DIRECTORY = gettext_noop("đường dẫn có phần không phải thư mục")
NO_PERMISSION = gettext_noop("không có quyền truy cập")
DISK_FULL = gettext_noop("ổ đĩa đã đầy")
READ_ONLY = gettext_noop("ổ đĩa chỉ cho đọc")
NAME_TOO_LONG = gettext_noop("tên tệp hoặc đường dẫn quá dài")
FILE_SYSTEM = gettext_noop("lỗi hệ thống tệp")

REASONS = frozenset(
    {NOT_FOUND, IS_A_DIRECTORY, NOT_A_DIRECTORY, NO_PERMISSION, DISK_FULL, READ_ONLY, NAME_TOO_LONG, FILE_SYSTEM}
)


def os_reason(error: OSError) -> str:
    """The reason, for a one-line message: «Không ghi được tệp «x.docx»: không có thư mục chứa tệp.»"""
    if isinstance(error, FileNotFoundError):
        return NOT_FOUND
    if isinstance(error, IsADirectoryError):
        return IS_A_DIRECTORY
    if isinstance(error, NotADirectoryError):
        return NOT_A_DIRECTORY
    if isinstance(error, PermissionError):
        return NO_PERMISSION
    if error.errno == errno.ENOSPC:
        return DISK_FULL
    if error.errno == errno.EROFS:
        return READ_ONLY
    if error.errno == errno.ENAMETOOLONG:
        return NAME_TOO_LONG
    return FILE_SYSTEM
