"""A PDF's deflated streams measured before PDFium inflates them.

PDFium inflates a page's whole content stream in memory, about four bytes held for each byte
inflated: one page of "BT … Tj ET" repeated, 2.5 MB on disk, inflates to a gigabyte and takes
gigabytes. Each stream is inflated here first in small pieces that are counted and thrown away;
a file whose text-bearing streams inflate beyond what a real report's do is refused. Images are
not counted: reading text never decodes them.
"""

from __future__ import annotations

import re
import zlib

from ngoaivu.pure.messages import gettext_noop

from .errors import ReadError

MAX_INFLATED = 150 * 1024 * 1024  # all text-bearing streams together; a 1,000-page report is under 50 MB
_STREAM = re.compile(rb"(?<!end)stream\r?\n")
_PIECE = 1 << 16


def check_streams(data: bytes, limit: int = MAX_INFLATED) -> int:
    """The inflated size of the file's deflated non-image streams; ReadError beyond `limit`."""
    total = 0
    for match in _STREAM.finditer(data):
        head = data[max(0, match.start() - 1024) : match.start()]
        head = head[head.rfind(b"obj") + 3 :] if b"obj" in head else head
        if b"/FlateDecode" not in head and b"/Fl " not in head and b"/Fl]" not in head or b"/Image" in head:
            continue
        end = data.find(b"endstream", match.end())
        total += _inflated_size(data, match.end(), end if end > 0 else len(data), limit - total)
        if total > limit:
            raise ReadError(gettext_noop("Tệp PDF có dung lượng giải nén bất thường (nghi là tệp độc hại), không đọc."))
    return total


def _inflated_size(data: bytes, start: int, end: int, budget: int) -> int:
    """Bytes inflated from data[start:end], stopping once past `budget`; 0 for a damaged stream."""
    inflater, size = zlib.decompressobj(), 0
    try:
        for position in range(start, end, _PIECE):
            pending = data[position : min(position + _PIECE, end)]
            while pending and size <= budget:
                size += len(inflater.decompress(pending, _PIECE))
                pending = inflater.unconsumed_tail
            if size > budget or inflater.eof:
                break
    except zlib.error:
        pass  # PDFium will say whether it can read it
    return size
