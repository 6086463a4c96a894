"""The signature and seal images: a PNG with transparency, read from its chunks."""

import struct
import zlib

import pytest
from hypothesis import given, strategies as st

from ngoaivu.pure.stamp_images import MAX_BYTES, PNG_SIGNATURE, StampImageError, check_stamp_image


def chunk(kind, payload):
    return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))


def png(width=120, height=60, colour=6, extra=(), pixels=b""):
    """A PNG built by hand: IHDR, the chunks given, IDAT and IEND."""
    channels = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}[colour]
    rows = pixels or b"".join(b"\x00" + bytes(width * channels) for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, colour, 0, 0, 0)
    body = b"".join(chunk(kind, payload) for kind, payload in extra)
    return PNG_SIGNATURE + chunk(b"IHDR", header) + body + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")


def refused(data):
    with pytest.raises(StampImageError) as error:
        check_stamp_image(data)
    return str(error.value)


def test_a_png_with_an_alpha_channel_is_taken_with_its_size():
    image = check_stamp_image(png(300, 120, colour=6))
    assert (image.width, image.height) == (300, 120)
    assert check_stamp_image(png(40, 40, colour=4)).width == 40  # grey with alpha


def test_a_palette_png_needs_its_transparency_chunk():
    palette = (b"PLTE", bytes(range(6)))
    assert "không có nền trong suốt" in refused(png(colour=3, extra=[palette]))
    assert check_stamp_image(png(colour=3, extra=[palette, (b"tRNS", b"\x00")])).height == 60


def test_an_opaque_png_is_refused_with_the_reason():
    assert "không có nền trong suốt" in refused(png(colour=2))
    assert "không có nền trong suốt" in refused(png(colour=0))


def test_what_is_not_a_png_is_said_so():
    jpeg = b"\xff\xd8\xff\xe0" + bytes(200)
    assert refused(jpeg) == "Tệp ảnh phải là ảnh PNG (tệp .png); tệp đã chọn không phải ảnh PNG."
    assert "không phải ảnh PNG" in refused(b"")


def test_a_damaged_or_cut_png_is_refused():
    whole = png()
    assert "bị hỏng" in refused(whole[:-10])  # cut before its end
    flipped = bytearray(whole)
    flipped[40] ^= 0xFF  # a byte of a chunk: its CRC no longer matches
    assert "bị hỏng" in refused(bytes(flipped))
    no_pixels = PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", 50, 50, 8, 6, 0, 0, 0)) + chunk(b"IEND", b"")
    assert "bị hỏng" in refused(no_pixels)


def test_size_limits_are_said_in_figures():
    assert refused(png(10, 60)) == "Ảnh có kích thước 10 × 60 điểm ảnh; cần từ 20 đến 4.000 điểm ảnh mỗi chiều."
    big = png(extra=[(b"tEXt", b"x" * MAX_BYTES)])
    assert refused(big).startswith("Ảnh nặng 2.048 KB, vượt quá 2.048 KB cho phép.") or "vượt quá 2.048 KB" in refused(
        big
    )


@given(st.binary(max_size=400))
def test_any_bytes_are_taken_or_refused_with_a_reason(data):
    try:
        check_stamp_image(PNG_SIGNATURE + data)
    except StampImageError as error:
        assert str(error)
