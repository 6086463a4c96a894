"""An export imported back when it holds rows the person may read but not edit (an ended unit's rows,
which its successor's reporter reads; shared reference documents): such a row unchanged in the file is
passed over and said so; changed, it is refused beside its row, and nothing is saved."""

import io
from datetime import date

import openpyxl
import pytest

from ngoaivu.core.models import LegalDocument, Succession, Unit
from ngoaivu.register.area_registry import AREAS
from tests.register.rows import make, make_row, mark_field

# the areas a unit reporter writes: not the office's own catalogue (core/permissions.can_write)
REPORTER_SLUGS = [slug for slug, area in AREAS.items() if not getattr(area.model, "office_writes", False)]


@pytest.fixture
def taken_over(units):
    """The Sở Ngoại vụ ended on 01/3/2025; the Văn phòng (the reporter's unit) carries its work."""
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )


def exported(client, slug, changes=None):
    """(file, {mark: sheet row}): the area's Excel export as the client downloads it, each cell holding a
    text of changes ({old: new}) changed, and the sheet row where each cell found it."""
    book = openpyxl.load_workbook(io.BytesIO(client.get(f"/so-theo-doi/{slug}/xuat.xlsx").content))
    found = {}
    for row in book.active.iter_rows():
        for cell in row:
            if cell.value in (changes or {}):
                found[cell.value], cell.value = cell.row, changes[cell.value]
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = f"{slug}.xlsx"
    return buffer, found


def mark(row):
    return getattr(row, mark_field(type(row)))


@pytest.mark.parametrize("slug", REPORTER_SLUGS)
def test_a_successors_reporter_imports_its_export_back_and_the_ended_units_rows_are_passed_over(
    slug, client_for, units, taken_over
):
    theirs, mine = make_row(slug, units["sngv"]), make_row(slug, units["vp"])
    reporter = client_for("reporter")
    response = reporter.post(f"/so-theo-doi/{slug}/nhap/", {"file": exported(reporter, slug)[0]}, follow=True)
    assert response.context.get("problems") is None, response.context.get("problems")
    assert (
        "Đã nhập tệp: 01 dòng không thay đổi, bỏ qua 01 dòng chỉ được xem, không thay đổi." in response.content.decode()
    )
    for row in (theirs, mine):
        assert row.history.count() == 1  # no new version of either


def test_a_shared_document_is_passed_over_for_any_units_reporter(client_for, units):
    shared, own = make(LegalDocument, None), make(LegalDocument, units["dh"])
    reporter = client_for("other_reporter")  # the university's
    response = reporter.post("/so-theo-doi/van-ban/nhap/", {"file": exported(reporter, "van-ban")[0]}, follow=True)
    assert (
        "Đã nhập tệp: 01 dòng không thay đổi, bỏ qua 01 dòng chỉ được xem, không thay đổi." in response.content.decode()
    )
    shared.refresh_from_db()
    assert shared.unit is None and shared.history.count() == 1 and own.history.count() == 1


def test_a_row_only_read_and_changed_in_the_file_is_refused_and_nothing_is_saved(client_for, units, taken_over):
    theirs, mine = make_row("doan-vao", units["sngv"]), make_row("doan-vao", units["vp"])
    reporter = client_for("reporter")
    file, rows = exported(reporter, "doan-vao", {mark(theirs): "Sửa sang Văn phòng", mark(mine): "Sửa của Văn phòng"})
    response = reporter.post("/so-theo-doi/doan-vao/nhap/", {"file": file})
    assert response.context["problems"] == [
        (rows[mark(theirs)], "Mã", f"Bản ghi mã «{theirs.pk}» chỉ được xem, không được sửa.")
    ]
    for row in (theirs, mine):
        row.refresh_from_db()
        assert mark(row).startswith("dấu-") and row.history.count() == 1
