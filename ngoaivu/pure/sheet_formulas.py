"""A workbook's formulas whose value was never saved. No Django: it runs in the upload sandbox.

Excel saves each formula with the value it computed, and the import reads that value. A file
written by another program (a script, some web exports) may keep the formula alone: the cell
then reads as empty, and the import would call a filled cell blank.
"""

import io

from openpyxl import load_workbook

from ngoaivu.pure.spreadsheets import data_sheet


def unsaved_formula(data: bytes, skip_titles=(), max_rows: int = 20_000, prefer_titles=()) -> str | None:
    """The address ("G7") of the first cell of the data sheet holding a formula without its value, or
    None. The data sheet is the one the import reads (spreadsheets.data_sheet)."""
    formulas = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
    values = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        sheets = []
        for book in (formulas, values):
            sheet = data_sheet(book, skip_titles, prefer_titles)
            if sheet is None:
                return None
            sheet.reset_dimensions()
            sheets.append(sheet)
        rows = zip(sheets[0].iter_rows(max_row=max_rows + 1), sheets[1].iter_rows(max_row=max_rows + 1))
        for cells, saved in rows:
            for cell, value in zip(cells, saved):
                if getattr(cell, "data_type", None) == "f" and value.value is None:
                    return cell.coordinate
        return None
    finally:
        formulas.close()
        values.close()
