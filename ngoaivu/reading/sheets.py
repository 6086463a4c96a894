"""An uploaded workbook's data sheet → (headers, rows) of plain values, within fixed bounds.

The sheet is streamed (openpyxl's read-only mode) and its declared size is not believed: a
1.6 KB file may declare the whole grid (A1:XFD1048576) and put one cell in its last row, and a
reader that trusts it builds a billion empty cells. Rows are counted as they come and the read
stops at the first one past the limit.
"""

from __future__ import annotations

import io
import unicodedata
import zipfile

from openpyxl import load_workbook
from openpyxl.utils.cell import range_boundaries

from .archive import open_package
from ngoaivu.pure.messages import gettext_noop
from ngoaivu.pure.spreadsheets import data_sheet

from .errors import ReadError

MAX_ROWS = 20_000  # data rows in one import
MAX_COLUMNS = 200


def read_rows(data: bytes, skip_titles=(), max_rows: int = MAX_ROWS, max_columns: int = MAX_COLUMNS, prefer_titles=()):
    """(headers, rows, title) of the data sheet (spreadsheets.data_sheet: the one titled as one of
    prefer_titles, else the active sheet, or the first other one when the active sheet is one of
    `skip_titles`, a template's helper sheets), title its name; (None, [], title) for a sheet without a
    header row. ReadError for a damaged, encrypted or oversized workbook."""
    package = open_package(io.BytesIO(data), "Excel")
    if "xl/workbook.xml" not in package.namelist():
        raise ReadError(gettext_noop("Tệp nén này không phải bảng tính Excel (.xlsx)."))
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, SyntaxError):
        raise ReadError(gettext_noop("Không đọc được tệp Excel; tệp có thể bị hỏng.")) from None
    try:
        sheet = data_sheet(book, skip_titles, prefer_titles)
        if sheet is None:
            return None, [], None
        _check_declared_size(sheet, max_rows, max_columns)
        sheet.reset_dimensions()  # a declared size that lies low must not cut rows either
        rows = sheet.iter_rows(max_col=max_columns, values_only=True)
        headers = next(rows, None)
        if not headers or all(h is None or str(h).strip() == "" for h in headers):
            return None, [], sheet.title
        headers = [unicodedata.normalize("NFC", str(h)).strip() if h is not None else "" for h in headers]
        while headers and headers[-1] == "":
            headers.pop()
        body: list[list[object]] = []
        for row in rows:
            if len(body) == max_rows:
                raise _too_many_rows(max_rows)
            row = list(row)[: len(headers)]
            body.append(row + [None] * (len(headers) - len(row)))
        return headers, body, sheet.title
    except ReadError:
        raise
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds of errors on a damaged sheet
        raise ReadError(gettext_noop("Không đọc được tệp Excel; tệp có thể bị hỏng.")) from None
    finally:
        book.close()


def _check_declared_size(sheet, max_rows, max_columns):
    try:
        declared = sheet.calculate_dimension(force=False)
        _min_col, _min_row, max_col, max_row = range_boundaries(declared)
    except (ValueError, TypeError):
        return  # no declared size: the rows are counted as they come
    if max_row and max_row > max_rows + 1:
        raise _too_many_rows(max_rows)
    if max_col and max_col > max_columns:
        raise ReadError(
            gettext_noop("Trang tính có quá nhiều cột; chỉ nhập tối đa %(columns)s cột."), columns=max_columns
        )


def _too_many_rows(max_rows):
    return ReadError(
        gettext_noop(
            "Trang tính có hơn %(rows)s dòng dữ liệu; mỗi lần chỉ nhập tối đa %(rows)s dòng, "
            "hãy chia thành nhiều tệp (hoặc xóa các dòng trống ở cuối trang tính)."
        ),
        rows=format(max_rows, ",").replace(",", "."),
    )
