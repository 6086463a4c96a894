"""A file → its text: DOCX, old DOC (through LibreOffice), PDF with a text layer, TXT, MD.

The kind is told by the file's first bytes, not its name. Every failure is a ReadError
with one Vietnamese line; limits keep a hostile or huge file to a few seconds.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import tempfile
import time
import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from ngoaivu import soffice
from ngoaivu.pure.messages import gettext_noop
from ngoaivu.pure.os_reasons import os_reason
from ngoaivu.pure.text import lf_lines

from .docx_text import SUPERSCRIPT, read_docx
from .errors import ReadError
from .legacy import decode_bytes, fix_text
from .pdf_streams import check_streams
from .text import MARKER, SUPERSCRIPTS as SUPERSCRIPT_DIGITS

LINE_END_HYPHEN = "\ufffe"  # how pdfium writes a hyphen that ends a line

__all__ = ["Extracted", "extract", "extract_bytes", "MAX_FILE_BYTES"]

MAX_FILE_BYTES = 60 * 1024 * 1024
# The path given is no file to read: `ngoaivu read` points at its --help (reading/cli.py).
NO_SUCH_FILE = gettext_noop("Không tìm thấy tệp «%(name)s».")
NOT_A_FILE = gettext_noop("«%(name)s» không phải là một tệp.")
A_DIRECTORY = gettext_noop("«%(name)s» là thư mục, không phải tệp.")
WRONG_PATHS = frozenset({NO_SUCH_FILE, NOT_A_FILE, A_DIRECTORY})
MAX_TEXT_CHARS = 6_000_000
MAX_PDF_PAGES = 1000
PDF_SECONDS = 25.0
DOC_SECONDS = 60  # within reader.SLOW_READ_SECONDS, so that LibreOffice's own timeout speaks first
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Extracted:
    text: str  # paragraphs separated by "\n"; footnote marks "¹" kept where Word put them
    footnotes: list[str] = field(default_factory=list)  # footnote n is footnotes[n-1]
    headers: list[str] = field(default_factory=list)
    kind: str = "txt"  # docx, doc, pdf, txt, md
    legacy_encoding: str | None = None  # "tcvn3" or "vni" when the text was converted
    warnings: list[str] = field(default_factory=list)
    pages: int | None = None


def extract(path) -> Extracted:
    typed = os.fspath(path)  # said as typed («../bao-cao.docx»), not its last part alone
    path = Path(path)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ReadError(NOT_A_FILE, name=typed)
        if size > MAX_FILE_BYTES:
            raise ReadError(
                gettext_noop("Tệp quá lớn (%(size)s MB); chỉ đọc tệp dưới %(limit)s MB."),
                size=size // (1024 * 1024),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(NO_SUCH_FILE, name=typed) from None
    except IsADirectoryError:
        raise ReadError(A_DIRECTORY, name=typed) from None
    except PermissionError:
        raise ReadError(gettext_noop("Không có quyền đọc tệp «%(name)s»."), name=typed) from None
    except OSError as error:
        raise ReadError(
            gettext_noop("Không đọc được tệp «%(name)s»: %(reason)s."), name=typed, reason=os_reason(error)
        ) from None
    return extract_bytes(data, path.name)


def extract_bytes(data: bytes, name: str = "") -> Extracted:
    if len(data) > MAX_FILE_BYTES:
        raise ReadError(
            gettext_noop("Tệp quá lớn; chỉ đọc tệp dưới %(limit)s MB."), limit=MAX_FILE_BYTES // (1024 * 1024)
        )
    if not data.strip(b" \t\r\n\x00"):
        raise ReadError(gettext_noop("Tệp rỗng, không có nội dung để đọc."))
    suffix = os.path.splitext(name)[1].lower()
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        result = _from_docx(data, "docx")
    elif data.startswith(OLE_MAGIC):
        result = _from_ole(data)
    elif b"%PDF-" in data[:1024]:
        result = _from_pdf(data)
    elif data.startswith(b"{\\rtf"):
        result = _convert_with_libreoffice(data, ".rtf", "rtf")
    elif looks_like_text(data):
        if suffix in (".pdf", ".docx", ".doc"):  # named as a report but holding plain text: not what was meant
            raise ReadError(
                gettext_noop(
                    "Tệp «%(name)s» mang đuôi %(suffix)s nhưng không phải tệp %(kind)s; hãy gửi lại đúng tệp."
                ),
                name=name,
                suffix=suffix,
                kind=suffix[1:].upper(),
            )
        text, encoding = fix_text(unicodedata.normalize("NFC", decode_bytes(data)))
        result = Extracted(text=text, kind="md" if suffix in (".md", ".markdown") else "txt", legacy_encoding=encoding)
    else:
        raise ReadError(gettext_noop("Không nhận ra định dạng tệp; chỉ đọc được .docx, .doc, .pdf, .txt và .md."))
    if len(result.text) > MAX_TEXT_CHARS:
        raise ReadError(gettext_noop("Tài liệu quá dài (hơn 6 triệu ký tự), không đọc."))
    if not result.text.strip() and not result.footnotes:
        raise ReadError(gettext_noop("Tệp không có nội dung văn bản để đọc."))
    return result


def looks_like_text(data: bytes) -> bool:
    sample = data[:65536]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in sample:
        return False
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls <= len(sample) // 100


def _from_docx(data: bytes, kind: str) -> Extracted:
    docx = read_docx(io.BytesIO(data))
    body = "\n".join(docx.lines)
    text, encoding = fix_text(unicodedata.normalize("NFC", body))
    notes = []
    for note in docx.footnotes:
        fixed, note_encoding = fix_text(unicodedata.normalize("NFC", note))
        notes.append(fixed)
        encoding = encoding or note_encoding
    return Extracted(
        text=text, footnotes=notes, headers=docx.headers, kind=kind, legacy_encoding=docx.legacy or encoding
    )


def _from_ole(data: bytes) -> Extracted:
    # An encrypted .docx is an OLE file holding "EncryptedPackage"; names are UTF-16.
    if "EncryptedPackage".encode("utf-16-le") in data or "EncryptionInfo".encode("utf-16-le") in data:
        raise ReadError(gettext_noop("Tệp được đặt mật khẩu (mã hóa), không đọc được; hãy gỡ mật khẩu rồi gửi lại."))
    if "WordDocument".encode("utf-16-le") not in data:
        raise ReadError(
            gettext_noop("Tệp Office này không phải văn bản Word; chỉ đọc được .docx, .doc, .pdf, .txt và .md.")
        )
    if _doc_is_encrypted(data):
        raise ReadError(
            gettext_noop("Tệp .doc được đặt mật khẩu (mã hóa), không đọc được; hãy gỡ mật khẩu rồi gửi lại.")
        )
    return _convert_with_libreoffice(data, ".doc", "doc")


def _doc_is_encrypted(data: bytes) -> bool:
    """The fEncrypted bit of the Word FIB, found after the WordDocument stream's magic."""
    # The FIB starts with wIdent 0xA5EC (Word 97+); fEncrypted is bit 8 of the flags at offset 10.
    position = data.find(b"\xec\xa5", 512)
    while 0 <= position < len(data) - 12:
        n_fib = int.from_bytes(data[position + 2 : position + 4], "little")
        if position % 512 == 0 and 0x00C0 <= n_fib <= 0x0112:  # Word 97 to 2019
            flags = int.from_bytes(data[position + 10 : position + 12], "little")
            return bool(flags & 0x0100)
        position = data.find(b"\xec\xa5", position + 1)
    return False


def _convert_with_libreoffice(data: bytes, suffix: str, kind: str) -> Extracted:
    binary = soffice.find()
    if binary is None:
        raise ReadError(
            gettext_noop("Máy chủ chưa cài LibreOffice nên chưa đọc được tệp %(suffix)s; hãy lưu lại thành .docx."),
            suffix=suffix,
        )
    with tempfile.TemporaryDirectory(prefix="ngoaivu-read-") as workdir:
        work = Path(workdir)
        source = work / f"input{suffix}"
        source.write_bytes(data)
        profile = work / f"profile-{uuid.uuid4().hex}"
        command = [
            binary,
            "--headless",
            "--norestore",
            "--nolockcheck",
            f"-env:UserInstallation={profile.as_uri()}",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(work / "out"),
            str(source),
        ]
        try:
            soffice.run(command, work, DOC_SECONDS)
        except OSError:
            raise ReadError(gettext_noop("Không chạy được LibreOffice để đọc tệp %(suffix)s."), suffix=suffix) from None
        except subprocess.TimeoutExpired:
            raise ReadError(
                gettext_noop("LibreOffice không chuyển xong tệp %(suffix)s trong %(seconds)s giây."),
                suffix=suffix,
                seconds=DOC_SECONDS,
            ) from None
        target = work / "out" / "input.docx"
        if not target.is_file() or target.stat().st_size == 0:
            raise ReadError(
                gettext_noop("Không chuyển được tệp %(suffix)s (tệp hỏng hoặc được đặt mật khẩu)."), suffix=suffix
            )
        converted = target.read_bytes()
    return _from_docx(converted, kind)


def _from_pdf(data: bytes) -> Extracted:
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a declared dependency
        raise ReadError(gettext_noop("Máy chủ chưa cài thư viện đọc PDF (pypdfium2).")) from None
    check_streams(data)
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if "password" in str(error).lower():
            raise ReadError(
                gettext_noop("Tệp PDF được đặt mật khẩu, không đọc được; hãy gỡ mật khẩu rồi gửi lại.")
            ) from None
        raise ReadError(gettext_noop("Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.")) from None
    warnings = []
    try:
        pages = len(document)
        started, texts = time.monotonic(), []
        for index in range(min(pages, MAX_PDF_PAGES)):
            if time.monotonic() - started > PDF_SECONDS:
                warnings.append(f"Chỉ đọc {index}/{pages} trang (quá thời gian cho phép).")
                break
            page = document[index]
            textpage = page.get_textpage()
            texts.append(_clean_pdf_page(_page_text(textpage)))
            textpage.close()
            page.close()
        if pages > MAX_PDF_PAGES:
            warnings.append(f"Chỉ đọc {MAX_PDF_PAGES}/{pages} trang đầu.")
    except pdfium.PdfiumError:
        raise ReadError(gettext_noop("Tệp PDF bị hỏng hoặc không đầy đủ, không đọc được.")) from None
    finally:
        document.close()
    text = _join_pages(texts)
    if not text.strip():
        raise ReadError(gettext_noop("Tệp PDF không có lớp chữ (bản quét ảnh); cần nhận dạng chữ (OCR) trước khi đọc."))
    text, encoding = fix_text(unicodedata.normalize("NFC", text))
    return Extracted(text=text, kind="pdf", legacy_encoding=encoding, warnings=warnings, pages=pages)


def _page_text(textpage) -> str:
    """The page's text with footnote marks as superscripts ("tỉnh¹", small raised digits) and
    the lines of a paragraph that wrapped at the right margin joined again."""
    import pypdfium2.raw as raw

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count > 0 else ""
    if len(text) != count or count == 0:
        return textpage.get_text_bounded()
    sizes = [raw.FPDFText_GetFontSize(textpage.raw, i) for i in range(0, count, 7) if text[i].isalpha()]
    body = sorted(sizes)[len(sizes) // 2] if sizes else 0
    chars = list(text)
    if body:
        for i, c in enumerate(text):
            if c.isdigit() and raw.FPDFText_GetFontSize(textpage.raw, i) < 0.75 * body:
                chars[i] = c.translate(SUPERSCRIPT)
    # Line ends: where each line stops on the page, to tell a wrapped line from a short one; and how
    # wide each line's first word is: a line wrapped when that word of the next would not have fitted
    # after it (text set ragged-right stops well short of the margin).
    lines, rights, first_words, weights, start = [], [], [], [], 0
    joined = "".join(chars)
    for i, c in enumerate(joined + "\n"):
        if c == "\n" or i == len(joined):
            line = joined[start:i].rstrip("\r")
            last = start + len(line.rstrip()) - 1
            right = textpage.get_charbox(last)[2] if line.strip() and 0 <= last < count else 0
            lines.append(line)
            rights.append(right)
            first_words.append(_first_word_width(textpage, joined, start, min(i, count)))
            weights.append(_weight(textpage, start) if start < min(i, count) else -1)
            start = i + 1
    margin = max(rights, default=0)
    out: list[str] = []
    wrapped = False  # the previous line reached the right margin without ending a sentence
    opened_at = 0  # the line the paragraph being joined opened with
    for number, (line, right) in enumerate(zip(lines, rights)):
        stripped = line.strip()
        previous = out[-1] if out else ""
        if previous and set(previous) <= set(SUPERSCRIPT_DIGITS):
            out[-1] = f"{previous} {stripped}"  # "¹" alone, then the footnote's text
        elif (
            previous
            and stripped
            and (stripped[0] in ",.;:)" or previous[-1] in SUPERSCRIPT_DIGITS and stripped[0] in ",.;:)")
        ):
            out[-1] = previous + stripped
        elif (
            previous
            and stripped
            and wrapped
            and not MARKER.match(stripped)
            and not _after_heading(previous, stripped, weights[opened_at], weights[number])
        ):
            out[-1] = f"{previous} {stripped}"
        else:
            out.append(stripped)
            opened_at = number
        ends_sentence = stripped.endswith((".", ":", ";", "!", "?"))
        following = first_words[number + 1] if number + 1 < len(first_words) else 0
        if stripped.endswith(LINE_END_HYPHEN):  # "112/KH-" ending a line: the token goes on below
            following = margin
        # 6 pt of slack: the widest line seen stops short of the text area's edge by about a letter.
        wrapped = bool(margin and right + max(following + 6, 12) >= margin and stripped and not ends_sentence)
    # pdfium writes a hyphen that ends a line as U+FFFE: Vietnamese breaks no syllable, so it is the
    # hyphen of a token ("112/KH-UBND"), written back and joined to what follows.
    return re.sub(LINE_END_HYPHEN + r"\s*", "-", "\n".join(out))


def _weight(textpage, index: int) -> int:
    """The weight of a character's font: 700 for a bold face (by its weight, or its name: LibreOffice's
    PDFs say 400 for "LiberationSerif-Bold"), else its weight; -1 when unknown."""
    import ctypes

    import pypdfium2.raw as raw

    name = ctypes.create_string_buffer(128)
    flags = ctypes.c_int()
    raw.FPDFText_GetFontInfo(textpage.raw, index, name, len(name), ctypes.byref(flags))
    if b"bold" in name.value.lower():
        return 700
    return int(raw.FPDFText_GetFontWeight(textpage.raw, index))


def _after_heading(previous: str, line: str, heading_weight: int, weight: int) -> bool:
    """A numbered heading set in another weight than the line after it, which opens on a capital:
    the heading ends there however far it ran ("4. Công tác …, lãnh thổ" over "Toàn tỉnh có …")."""
    return bool(
        MARKER.match(previous) and line[:1].isupper() and heading_weight > 0 and weight > 0 and heading_weight != weight
    )


def _first_word_width(textpage, text: str, start: int, end: int) -> float:
    """The width on the page of the first word of text[start:end] and a space before it, or 0."""
    begin = start
    while begin < end and text[begin].isspace():
        begin += 1
    stop = begin
    while stop < end and not text[stop].isspace():
        stop += 1
    if stop == begin:
        return 0
    left, _bottom, right, _top = textpage.get_charbox(begin)
    last_right = textpage.get_charbox(stop - 1)[2]
    return max(0.0, last_right - left) + max(0.0, right - left) / 2  # a space: about half a letter


def _join_pages(pages: list[str]) -> str:
    """The pages' texts as one: a sentence that runs on to the next page (its last line ends no
    sentence, the next page begins in lower case) is one line again, not two paragraphs."""
    out = ""
    for text in pages:
        if not text.strip():
            continue
        if out and not out.endswith((".", ":", ";", "!", "?")) and text.lstrip()[:1].islower():
            out = f"{out} {text}"
        else:
            out = f"{out}\n{text}" if out else text
    return out


def _clean_pdf_page(text: str) -> str:
    """Page text without a lone page number at its top or bottom."""
    lines = [line.rstrip() for line in lf_lines(text).split("\n")]
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    for edge in (0, -1):
        if lines and lines[edge].strip().isdigit() and len(lines[edge].strip()) <= 4:
            lines.pop(edge)
    return "\n".join(lines)
