"""Office files are zip packages: checked from their directory before anything is inflated.

A zip's directory declares each part's size; Python's zip module never inflates more than that,
so a part that claims little and holds a gigabyte stops at its claim. What a package may declare:
few parts, a sane total, no part larger than a real report's and none shrunk beyond what text
shrinks (a deflated XML part rarely shrinks more than ~20 times; a bomb shrinks a thousandfold).
"""

from __future__ import annotations

import zipfile

from ngoaivu.pure.messages import gettext_noop

from .errors import ReadError

MAX_ENTRIES = 3000
MAX_TOTAL = 120 * 1024 * 1024  # declared uncompressed bytes of the whole package
MAX_PART = 32 * 1024 * 1024  # one part: a 300-page report's document.xml is under 10 MB
MAX_RATIO = 200


def damaged(label: str) -> ReadError:
    return ReadError(gettext_noop("Tệp %(label)s bị hỏng hoặc không đầy đủ, không giải nén được."), label=label)


def bomb(label: str) -> ReadError:
    return ReadError(
        gettext_noop("Tệp %(label)s có dung lượng giải nén bất thường (nghi là tệp độc hại), không đọc."), label=label
    )


def open_package(data_file, label: str) -> zipfile.ZipFile:
    """The zip, checked: not encrypted, few entries, sane declared sizes and ratios."""
    try:
        package = zipfile.ZipFile(data_file)
        infos = package.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise damaged(label) from None
    if len(infos) > MAX_ENTRIES:
        raise bomb(label)
    if any(info.flag_bits & 0x1 for info in infos):
        raise ReadError(
            gettext_noop("Tệp %(label)s được đặt mật khẩu (mã hóa), không đọc được; hãy gỡ mật khẩu rồi gửi lại."),
            label=label,
        )
    if sum(info.file_size for info in infos) > MAX_TOTAL:
        raise bomb(label)
    for info in infos:
        if info.file_size > MAX_PART or info.file_size > MAX_RATIO * max(info.compress_size, 1024 * 64):
            raise bomb(label)
    return package
