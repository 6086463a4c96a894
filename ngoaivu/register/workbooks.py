"""The register's spreadsheets: CSV and XLSX exports, the import template, reading an upload.

Exports carry real Excel values: dates as dates (dd/mm/yyyy), numbers as numbers (with the
thousands separator), text as text. Every text cell goes through ngoaivu.pure.spreadsheets,
so a formula typed into a title stays text in Excel.
"""

import csv
import io
from datetime import date
from decimal import Decimal

import tablib
from django.conf import settings
from django.utils import translation
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from ngoaivu.pure.messages import gettext_noop
from ngoaivu.pure.sheet_formulas import unsaved_formula
from ngoaivu.pure.spreadsheets import csv_cell, neutralise, protect_cell, protect_sheet, sheet_title, xml_text
from ngoaivu.reading.errors import ReadError
from ngoaivu.reading.sheets import MAX_COLUMNS, read_rows
from ngoaivu.sandbox import LimitExceeded, run_limited

from . import template_guide
from .sheet_rows import EXAMPLE_MARK

DATE_FORMAT = "dd/mm/yyyy"
GROUPED, GROUPED_DECIMAL, PLAIN = "#,##0", "#,##0.00", "0"
INLINE_LIST_LIMIT = 255  # Excel refuses a longer list typed into the validation itself
# Rows one import may hold (the reader's own bound is 20.000): an import is one transaction that holds
# SQLite's write lock and answers within gunicorn's 30 s; bench/import_speed.py (--over-cap) measures
# about 650 rows a second on an idle 2-core machine (5.000 rows in 7.5 s), so half that when it is
# loaded still ends well inside the 30 s. A larger file is refused with the advice to split it.
IMPORT_MAX_ROWS = 5_000
TEMPLATE_ROWS = (
    IMPORT_MAX_ROWS + 1
)  # rows the template's drop-down lists cover: the header and the most an import holds
BOLD = Font(bold=True)
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
EXAMPLE_FONT = Font(italic=True, color="808080")
WRAP = Alignment(wrap_text=True, vertical="top")


def area_sheet_title(title):
    """The area's Vietnamese name as Excel allows it: «Đoàn vào», «Kế hoạch đoàn ra, đoàn vào năm»."""
    return sheet_title(capfirst(str(title)), fallback=_("Dữ liệu"))


def _is_number(value):
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def number_format(widget, value):
    if not getattr(widget, "grouped", False):
        return PLAIN
    return GROUPED if value == int(value) else GROUPED_DECIMAL


def export_csv(resource, queryset):
    """CSV text with a byte order mark (Excel reads UTF-8 right only with it)."""
    dataset = resource.export(queryset=queryset)
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out)
    writer.writerow([neutralise(str(h)) for h in dataset.headers])
    for row in dataset:
        writer.writerow([csv_cell(value) for value in row])
    return out.getvalue()


def fill(cell, widget, value):
    """The cell, of the right type: a date, a number, or text that never becomes a formula."""
    if value is None or value == "":
        return cell
    if isinstance(value, date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    elif _is_number(value):
        cell.value = value
        cell.number_format = number_format(widget, value)
    else:
        cell.value = xml_text(str(value))
        protect_cell(cell)
        if "\n" in cell.value:
            cell.alignment = WRAP
    return cell


def _widths(headers, rows):
    widths = [len(str(h)) for h in headers]
    for row in rows:
        for index, value in enumerate(row):
            text = value.strftime("%d/%m/%Y") if isinstance(value, date) else str(value or "")
            widths[index] = max(widths[index], len(text.split("\n")[0]))
    return [min(width + 2, 50) for width in widths]


def _header_cells(sheet, headers):
    cells = []
    for header in headers:
        cell = WriteOnlyCell(sheet, value=xml_text(str(header)))
        cell.font, cell.fill = BOLD, HEADER_FILL
        cells.append(protect_cell(cell))
    return cells


def export_xlsx(resource, queryset, title):
    """The area's rows on one sheet named after the area; written as it goes, for large exports."""
    dataset = resource.export(queryset=queryset)
    export_widgets = [field.widget for field in resource.get_export_fields()]
    book = Workbook(write_only=True)
    sheet = book.create_sheet(area_sheet_title(title))
    for index, width in enumerate(_widths(dataset.headers, dataset), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.append(_header_cells(sheet, dataset.headers))
    for row in dataset:
        sheet.append([fill(WriteOnlyCell(sheet), widget, value) for widget, value in zip(export_widgets, row)])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _validation(lists_sheet, lists_used, options, strict):
    """A drop-down list: inline when it fits Excel's 255 characters, else a range of the hidden sheet.

    An inline list is split at commas, so a value holding one ("Sở, ngành, địa phương") needs the range too.
    """
    inline = ",".join(options)
    if len(inline) <= INLINE_LIST_LIMIT and not any("," in o or '"' in o for o in options):
        formula = f'"{inline}"'
    else:
        lists_used.append(options)
        column = get_column_letter(len(lists_used))
        for row, option in enumerate(options, start=1):
            lists_sheet.cell(row=row, column=len(lists_used), value=option)
        formula = f"'{lists_sheet.title}'!${column}$1:${column}${len(options)}"
    return DataValidation(
        type="list",
        formula1=formula,
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if strict else "warning",
        errorTitle=_("Giá trị không có trong danh sách"),
        error=_("Chọn một giá trị trong danh sách thả xuống của ô."),
    )


def import_template(resource, area, user):
    """The area's columns, one example row, drop-down lists, and a sheet «Hướng dẫn» on each column."""
    book = Workbook()
    sheet = book.active
    sheet.title = area_sheet_title(area.title)
    guide = book.create_sheet(sheet_title(_("Hướng dẫn")))
    lists = book.create_sheet(sheet_title(_("Danh mục")))
    lists.sheet_state = "hidden"
    fields, lists_used = resource.get_export_fields(), []
    sheet.append([str(field.column_name) for field in fields])
    for cell in sheet[1]:
        cell.font, cell.fill = BOLD, HEADER_FILL
    example = template_guide.example_row(resource, area, user)
    for index, (field, value) in enumerate(zip(fields, example), start=1):
        cell = sheet.cell(row=2, column=index)
        fill(cell, field.widget, value)
        cell.font = EXAMPLE_FONT
    sheet.cell(row=2, column=1).value = str(EXAMPLE_MARK)
    for index, (field, width) in enumerate(zip(fields, _widths([f.column_name for f in fields], [example])), start=1):
        letter = get_column_letter(index)
        described = template_guide.describe(resource, field, user)
        sheet.column_dimensions[letter].width = max(width, 14)
        if described.cell_format:
            sheet.column_dimensions[letter].number_format = described.cell_format
        if described.options:
            validation = _validation(lists, lists_used, described.options, described.strict)
            validation.add(f"{letter}2:{letter}{TEMPLATE_ROWS}")
            sheet.add_data_validation(validation)
    sheet.freeze_panes = "A2"
    template_guide.write_guide(guide, resource, area, user, sheet.title)
    for each in (sheet, guide, lists):
        protect_sheet(each)
    book.active = 0
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def read_sheet(data, skip_titles=(), prefer_titles=()):
    """The data sheet of an uploaded workbook (spreadsheets.data_sheet) as a tablib Dataset titled as the
    sheet (None without a header row).

    The file is untrusted: it is read in a child process under the limits of ngoaivu.sandbox,
    before any transaction begins, so a hostile workbook neither grows the server nor holds the
    database. ReadError, its message one Vietnamese line, for a file that cannot be read.
    """
    try:
        headers, rows, title = run_limited(
            read_rows, data, tuple(skip_titles), IMPORT_MAX_ROWS, MAX_COLUMNS, tuple(prefer_titles)
        )
    except LimitExceeded as stopped:
        raise ReadError(stopped.message, **stopped.params) from None
    if headers is None:
        return None
    try:
        formula = run_limited(unsaved_formula, data, tuple(skip_titles), IMPORT_MAX_ROWS, tuple(prefer_titles))
    except LimitExceeded as stopped:
        raise ReadError(stopped.message, **stopped.params) from None
    if formula:
        raise ReadError(
            gettext_noop(
                "Ô %(cell)s chứa công thức nhưng tệp không lưu giá trị của công thức (tệp do chương trình khác "
                "Excel tạo ra). Mở tệp bằng Excel rồi lưu lại, hoặc gõ giá trị vào ô, rồi nhập lại."
            ),
            cell=formula,
        )
    dataset = tablib.Dataset(headers=headers, title=title)
    for row in rows:
        dataset.append(row)
    return dataset


def _in_every_language(titles):
    """The sheet titles titles() gives in every interface language: a file made in one imports in the other."""
    found = set()
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            found |= set(titles())
    return found


def area_sheet_titles(area):
    """The titles the area's data sheet bears in its template and export."""
    return _in_every_language(lambda: [area_sheet_title(area.title)])


def helper_sheet_titles():
    """The titles of a template's helper sheets."""
    return _in_every_language(lambda: [sheet_title(_("Hướng dẫn")), sheet_title(_("Danh mục"))])
