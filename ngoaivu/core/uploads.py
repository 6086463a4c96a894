"""Uploaded files: the size limit, the type read from the content (never from the name), private storage.

Uploaded reports are kept in the store settings.FILE_STORAGE names (the database by default, see
core/stored_files.py; var/uploads on this server's disk with "local"), which no URL serves: a view
that checks the user's rights streams each one (see collection.views.submission_file).
"""

import io
import zipfile

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.utils.translation import gettext as _

from ngoaivu.reading.extract import OLE_MAGIC, looks_like_text

REPORT_KINDS = ("docx", "doc", "pdf", "text")
# The names a file of each kind goes by: a name that claims a kind refused is told so apart.
EXTENSIONS = {"docx": (".docx",), "xlsx": (".xlsx",), "doc": (".doc",), "pdf": (".pdf",), "text": (".txt", ".md")}


class UploadError(Exception):
    """A file refused; the message says why, in Vietnamese."""


def kind_of(data):
    """ "docx", "xlsx", "doc", "pdf", "text" or None, from the bytes themselves."""
    if data.startswith(b"PK\x03\x04"):
        try:
            names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
        except zipfile.BadZipFile:
            return None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return None
    if data.startswith(OLE_MAGIC):
        return "doc"
    if data.startswith(b"%PDF-"):
        return "pdf"
    # Text as the reader takes it (UTF-8, UTF-16, or the legacy TCVN3 and VNI 8-bit encodings),
    # but not a web page, a script or a program that calls itself .txt.
    if data and looks_like_text(data) and not data.lstrip().startswith((b"<", b"#!", b"MZ")):
        return "text"
    return None


def _opens_as_zip(data):
    """Whether a ZIP's table of contents reads: an OpenDocument does, a cut-off .docx does not."""
    try:
        zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return False
    return True


def read_upload(upload, kinds):
    """(bytes, kind) of an uploaded file of one of the kinds, or UploadError."""
    if upload is None:
        raise UploadError(_("Chưa chọn tệp."))
    limit = settings.MAX_UPLOAD_SIZE
    if upload.size > limit:
        raise UploadError(
            _("Tệp quá lớn (%(size)s MB); giới hạn là %(limit)s MB.")
            % {"size": f"{upload.size / 1048576:.1f}".replace(".", ","), "limit": limit // 1048576}
        )
    data = upload.read()
    if not data.strip(b" \t\r\n\x00"):
        raise UploadError(_("Tệp «%(name)s» rỗng, không có nội dung.") % {"name": upload.name})
    kind = kind_of(data)
    if kind is None and data.startswith(b"PK\x03\x04") and not _opens_as_zip(data):
        raise UploadError(_("Tệp «%(name)s» bị hỏng hoặc không đầy đủ, không mở được.") % {"name": upload.name})
    names = {
        "docx": "Word (.docx)",
        "xlsx": "Excel (.xlsx)",
        "doc": "Word 97–2003 (.doc)",
        "pdf": "PDF (.pdf)",
        "text": _("văn bản (.txt, .md)"),
    }
    claimed = next((k for k, extensions in EXTENSIONS.items() if upload.name.lower().endswith(extensions)), None)
    if kind == "text" and kind in kinds and claimed not in (None, "text") and not data.startswith(b"{\\rtf"):
        # Plain text named as a document is not what was meant, though text is taken: refused here, beside
        # the field, rather than by the reader later (reading/extract.py says the same of such a file). An
        # RTF named .doc is read as Word writes it.
        raise UploadError(
            _("Nội dung tệp không phải là %(kinds)s, dù tên tệp là «%(name)s».")
            % {"kinds": names[claimed], "name": upload.name}
        )
    if kind not in kinds:
        accepted = _(" hoặc ").join(names[k] for k in kinds)
        if claimed in kinds:
            # The name claims a kind taken, the content is another: say that the two differ.
            raise UploadError(
                _("Nội dung tệp không phải là %(kinds)s, dù tên tệp là «%(name)s».")
                % {"kinds": accepted, "name": upload.name}
            )
        # Another kind altogether (an OpenDocument, a plain text where a report is asked): say which are taken.
        raise UploadError(
            _("Tệp «%(name)s» không phải là loại tệp được nhận; chỉ nhận tệp %(kinds)s.")
            % {"kinds": accepted, "name": upload.name}
        )
    return data, kind


class PrivateStorage(FileSystemStorage):
    """Files under MEDIA_ROOT with no public URL (FILE_STORAGE = "local": one server only)."""

    def __init__(self):
        super().__init__(location=None, base_url=None)

    def url(self, name):
        raise ValueError("private files have no URL; a view serves them")


def get_private_storage():
    """For FileField(storage=…): a callable keeps the storage out of the migrations; the store is
    the one configured (STORAGES["default"]), never a URL-serving one."""
    return default_storage
