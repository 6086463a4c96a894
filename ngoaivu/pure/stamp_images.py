"""The signature and seal images drawn on a signed PDF: a PNG with transparency, checked from its
bytes before it is kept, so that a stamp never hides the text beneath it with a white box.

Read from the PNG's own chunks (its signature, IHDR, and tRNS for a palette), without decoding
the picture: a malformed file is refused, never half-read.
"""

from __future__ import annotations

import struct
import zlib
from dataclasses import dataclass

from .messages import MessageError, gettext_noop
from .wording import format_number

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
MIN_SIDE = 20
# IHDR colour types that carry an alpha channel: grey with alpha, RGBA.
ALPHA_TYPES = {4, 6}
PALETTE = 3

NOT_PNG = gettext_noop("Tệp ảnh phải là ảnh PNG (tệp .png); tệp đã chọn không phải ảnh PNG.")
DAMAGED = gettext_noop("Ảnh PNG bị hỏng hoặc không đầy đủ; vui lòng xuất lại ảnh rồi tải lên.")
TOO_BIG = gettext_noop("Ảnh nặng %(size)s KB, vượt quá %(limit)s KB cho phép.")
BAD_SIZE = gettext_noop(
    "Ảnh có kích thước %(width)s × %(height)s điểm ảnh; cần từ %(low)s đến %(high)s điểm ảnh mỗi chiều."
)
OPAQUE = gettext_noop(
    "Ảnh không có nền trong suốt: chữ ký, con dấu sẽ che chữ bên dưới. Vui lòng dùng ảnh PNG có kênh trong suốt."
)


class StampImageError(MessageError):
    """A signature or seal image that cannot be used, with the reason in Vietnamese."""


@dataclass(frozen=True)
class StampImage:
    width: int
    height: int


def _chunks(data: bytes):
    """(type, payload) of each chunk after the signature, its CRC checked; stops at IEND."""
    at = len(PNG_SIGNATURE)
    while at + 8 <= len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        kind = data[at + 4 : at + 8]
        end = at + 8 + length
        if end + 4 > len(data):
            raise StampImageError(DAMAGED)
        payload = data[at + 8 : end]
        (crc,) = struct.unpack(">I", data[end : end + 4])
        if zlib.crc32(kind + payload) != crc:
            raise StampImageError(DAMAGED)
        yield kind, payload
        if kind == b"IEND":
            return
        at = end + 4
    raise StampImageError(DAMAGED)


def check_stamp_image(data: bytes) -> StampImage:
    """The image's size when data is a PNG fit to stamp on a page; else StampImageError with the reason."""
    if not data.startswith(PNG_SIGNATURE):
        raise StampImageError(NOT_PNG)
    if len(data) > MAX_BYTES:
        raise StampImageError(
            TOO_BIG, size=format_number(-(-len(data) // 1024)), limit=format_number(MAX_BYTES // 1024)
        )
    chunks = list(_chunks(data))
    if not chunks or chunks[0][0] != b"IHDR" or len(chunks[0][1]) != 13:
        raise StampImageError(DAMAGED)
    width, height, _depth, colour = struct.unpack(">IIBB", chunks[0][1][:10])
    if not (MIN_SIDE <= width <= MAX_SIDE and MIN_SIDE <= height <= MAX_SIDE):
        sides = {"width": width, "height": height, "low": MIN_SIDE, "high": MAX_SIDE}
        raise StampImageError(BAD_SIZE, **{key: format_number(value) for key, value in sides.items()})
    kinds = {kind for kind, _payload in chunks}
    if b"IDAT" not in kinds or chunks[-1][0] != b"IEND":
        raise StampImageError(DAMAGED)
    transparent = colour in ALPHA_TYPES or (colour == PALETTE and b"tRNS" in kinds)
    if not transparent:
        raise StampImageError(OPAQUE)
    return StampImage(width, height)
