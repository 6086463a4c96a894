"""Cells that stay what they are in Excel and LibreOffice. Standard library only; works on openpyxl cells.

Text a user typed — a title, a donor, a unit's name — must never reach a spreadsheet as a
formula: `=HYPERLINK("http://…?x="&A1,"Bấm")` would run when the file is opened (OWASP,
"CSV injection"). Every CSV and XLSX export of the project goes through `neutralise`
(CSV) or `protect_cell`/`protect_sheet` (XLSX); the rule itself is `formula_like`.
"""

import re
import unicodedata
from datetime import date
from decimal import Decimal

# What Excel, LibreOffice and Google Sheets take as the start of a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

# Characters Excel refuses in a sheet's name; a name holds at most 31 characters.
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
SHEET_TITLE_LIMIT = 31

# Control characters XML 1.0 cannot hold (Word's soft line break \x0b among them): openpyxl refuses them.
_NOT_IN_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def formula_like(value):
    """True for text a spreadsheet would read as a formula. Numbers are never formula-like."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise(value):
    """A value for a CSV cell: formula-like text gets a leading ' (OWASP); anything else is unchanged.

    A negative number stays a number: only text is neutralised.
    """
    return "'" + value if formula_like(value) else value


def protect_cell(cell):
    """An openpyxl cell holding text is stored as text, never as a formula.

    openpyxl stores a str starting with "=" as a formula: the cell is turned back into a
    string, and every formula-like text gets Excel's quote prefix (shown as text, kept as
    text when edited), while its value stays exactly what the user typed, so an exported
    sheet imports back unchanged. Number and date cells are left alone.
    """
    if isinstance(cell.value, str) and (cell.data_type == "f" or formula_like(cell.value)):
        cell.data_type = "s"
        cell.quotePrefix = True
    return cell


def xml_text(value):
    """Text an XLSX cell can hold: a soft line break becomes a line break, other control characters go."""
    return _NOT_IN_XML.sub("", value.replace("\x0b", "\n")) if isinstance(value, str) else value


def protect_sheet(sheet):
    """protect_cell on every cell of a sheet (not for write-only sheets: protect each cell as it is made)."""
    for row in sheet.iter_rows():
        for cell in row:
            protect_cell(cell)
    return sheet


def sheet_title(name, fallback="Sheet1"):
    """A name Excel accepts for a sheet: forbidden characters removed, at most 31 characters, cut between words."""
    title = _SHEET_FORBIDDEN.sub("", " ".join(unicodedata.normalize("NFC", str(name)).split()))
    if len(title) > SHEET_TITLE_LIMIT:
        cut = title[:SHEET_TITLE_LIMIT]
        if title[SHEET_TITLE_LIMIT] != " " and " " in cut:
            cut = cut.rsplit(" ", 1)[0]
        title = cut
    title = title.strip().strip("'").strip()
    return title or fallback


def csv_cell(value):
    """A CSV cell as a Vietnamese Excel reads it: dates dd/mm/yyyy, a whole number without decimals
    ("190000", not "190000.00", which reads as 19.000.000 where "." groups thousands), other numbers
    with the decimal comma, text that looks like a formula neutralised."""
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return neutralise(str(value))
    if value == int(value):
        return int(value)
    return format(Decimal(str(value)).normalize(), "f").replace(".", ",")


def data_sheet(book, skip_titles=(), prefer_titles=()):
    """The sheet an import reads: the one titled as one of prefer_titles (the area's, as its template and
    export title it) wherever it stands, else the active one, or the first other when the active one is
    one of skip_titles (a template's helper sheets); None for a workbook without one."""
    wanted = {unicodedata.normalize("NFC", title).casefold() for title in prefer_titles}
    named = [s for s in book.worksheets if unicodedata.normalize("NFC", s.title).casefold() in wanted]
    if named:
        return named[0]
    sheet = book.active
    if sheet is None or sheet.title in skip_titles:
        sheet = next((s for s in book.worksheets if s.title not in skip_titles), sheet)
    return sheet
