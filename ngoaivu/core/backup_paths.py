"""The file `ngoaivu backup` writes and `ngoaivu restore` reads, as typed: refused in one line of Vietnamese
when it names no file the archive can be, before anything is written or read."""

import os
import stat
from pathlib import Path

from ngoaivu.core.errors import os_reason


class BackupError(Exception):
    """A one-line Vietnamese message for the person running the command."""


class BadPath(BackupError):
    """The file typed cannot be the archive (nothing typed, a folder, a device, a name too long, a file
    that is not there): a value the command refuses, its line pointing at the command's --help."""


NO_NAME = "Chưa ghi tên tệp sao lưu."


def archive_path(text, writing):
    """The path of the archive typed, refused (BadPath) unless it names a regular file, or, to write,
    nothing yet: «backup /dev/full» would replace the device with the archive, «backup .» a folder."""
    if not str(text).strip():
        raise BadPath(NO_NAME)
    path = Path(text)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not writing:
            raise BadPath(f"Không có tệp «{text}».") from None
        mode = None
    except OSError as error:
        raise BadPath(f"Không {'ghi' if writing else 'đọc'} được tệp sao lưu «{text}»: {os_reason(error)}.") from None
    if (mode is not None and stat.S_ISDIR(mode)) or str(text).endswith(os.sep) or path.name in ("", ".", ".."):
        example = f"; ghi tên tệp sao lưu, ví dụ {path / 'ngoaivu.zip'}" if writing else ", không phải tệp sao lưu"
        raise BadPath(f"«{text}» là một thư mục{example}.")
    if mode is not None and not stat.S_ISREG(mode):
        raise BadPath(f"«{text}» không phải một tệp thường (có thể là thiết bị); chọn tên tệp khác.")
    return path
