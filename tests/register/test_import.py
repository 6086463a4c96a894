"""XLSX import: every bad row reported with its reason, nothing saved while any row is bad."""

import io
import unicodedata
from datetime import date

import openpyxl
import pytest
from django.db.models import BooleanField
from django_countries.fields import CountryField

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.procedures.models import Procedure
from ngoaivu.register.area_registry import AREAS
from ngoaivu.register.models import FishingIncident, IncomingDelegation, OutgoingDelegation
from tests.register.rows import by_row, make

HEADERS = [
    "Mã",
    "Tên đoàn",
    "Cơ quan, tổ chức nước ngoài",
    "Quốc tịch",
    "Cấp đón tiếp",
    "Mục đích",
    "Ngày đến",
    "Ngày đi",
    "Số đoàn",
    "Số lượt người",
    "Nội dung làm việc",
    "Đơn vị",
    "Ghi chú",
]


def workbook(rows, headers=HEADERS):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(headers)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "doan-vao.xlsx"
    return buffer


def outgoing_workbook(rows, headers):
    """A file of delegations out: each row answers «Trong kế hoạch năm», which is asked, never defaulted."""
    return workbook([[*row, "Có"] for row in rows], [*headers, "Trong kế hoạch năm"])


def good_row(title="Đoàn Đại học Khon Kaen", country="Thái Lan", visits=4):
    return [
        "",
        title,
        "",
        country,
        "Sở, ngành, địa phương",
        "Học tập",
        "05/3/2021",
        "07/03/2021",
        1,
        visits,
        "",
        "SNgV",
        "",
    ]


def upload(client, rows, headers=HEADERS):
    return client.post("/so-theo-doi/doan-vao/nhap/", {"file": workbook(rows, headers)})


def test_good_rows_are_saved(client_for):
    response = upload(client_for("officer"), [good_row(), good_row("Đoàn JICA", "Nhật Bản", 2)])
    assert response.status_code == 302
    assert IncomingDelegation.objects.count() == 2
    row = IncomingDelegation.objects.get(title="Đoàn Đại học Khon Kaen")
    assert row.country.code == "TH" and row.purpose == "study" and row.person_visits == 4
    assert row.start_date.isoformat() == "2021-03-05"
    assert row.history.count() == 1
    assert row.history.get().history_change_reason == "Nhập từ tệp Excel «doan-vao.xlsx»"  # where it came from


def test_bad_rows_are_all_reported_and_nothing_is_saved(client_for):
    rows = [
        good_row(),
        [
            "",
            "Đoàn A",
            "",
            "Xứ Sở Thần Tiên",
            "Sở, ngành, địa phương",
            "Làm việc",
            "05/3/2021",
            "",
            1,
            3,
            "",
            "SNgV",
            "",
        ],
        ["", "Đoàn B", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "01/03/2021", 1, 3, "", "SNgV", ""],
        ["", "Đoàn C", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "", 3, 2, "", "SNgV", ""],
        ["", "Đoàn D", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "", 1, -4, "", "SNgV", ""],
        ["", "Đoàn E", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "32/3/2021", "", 1, 3, "", "SNgV", ""],
    ]
    response = upload(client_for("officer"), rows)
    assert response.status_code == 200
    problems = response.context["problems"]
    rows_with_errors = {number for number, _column, _message in problems}
    assert rows_with_errors == {3, 4, 5, 6, 7}  # sheet rows: the header is row 1
    text = " ".join(message for _n, _column, message in problems)
    assert "Không rõ quốc gia «Xứ Sở Thần Tiên»" in text
    assert "không được trước" in text
    assert "Số lượt người không được ít hơn số đoàn" in text
    assert "Ngày 32/3/2021 không có: tháng 3/2021 chỉ có 31 ngày." in text
    assert (
        f"Có {len(problems):02d} lỗi; chưa lưu dòng nào." in response.content.decode()
    )  # "05 lỗi", as counts are written
    assert IncomingDelegation.objects.count() == 0


def test_figures_typed_as_text_are_read_as_in_the_forms(client_for):
    response = upload(
        client_for("officer"),
        [good_row(visits="1.250"), good_row("Đoàn B", visits="1.5"), good_row("Đoàn C", visits="12,5")],
    )
    problems = by_row(response.context["problems"])
    assert "Không đọc được số «1.5». Ghi số nguyên" in problems[3]  # 15 or 1,5? neither: refused
    assert "Ghi số nguyên" in problems[4]
    assert 2 not in problems and IncomingDelegation.objects.count() == 0
    client = client_for("officer")
    asked = upload(client, [good_row(visits="1.250")])  # over 200 in one delegation: asked about first
    upload_confirmed(client, asked)
    assert IncomingDelegation.objects.get().person_visits == 1250


def test_a_date_in_a_year_no_form_takes_is_refused_as_the_form_refuses_it(client_for):
    typed, cell = good_row(), good_row("Đoàn B")
    typed[6], typed[7] = "02/03/1899", "03/03/1899"
    cell[6], cell[7] = date(1930, 1, 5), date(1930, 1, 6)  # a real Excel date cell
    problems = by_row(upload(client_for("officer"), [typed, cell]).context["problems"])
    for line in (2, 3):
        assert "không hợp lệ: ngày phải trong khoảng năm 1945 đến năm 2999" in problems[line]
    assert IncomingDelegation.objects.count() == 0


def test_a_date_cell_formatted_as_a_number_is_refused_with_the_day_it_stands_for(client_for):
    row = good_row()
    row[6] = 44260  # 05/03/2021 in a cell formatted "General"
    problems = by_row(upload(client_for("officer"), [row]).context["problems"])
    assert (
        "Ngày «44260» là một số: ô được định dạng kiểu số, Excel ghi ngày 05/03/2021 như vậy. Định dạng ô là ngày, "
        "hoặc gõ 05/03/2021 nếu đúng là ngày này." in problems[2]
    )
    assert IncomingDelegation.objects.count() == 0


def test_an_absurd_figure_is_refused_as_the_forms_refuse_it(client_for):
    response = upload(client_for("officer"), [good_row(), good_row("Đoàn B", visits=5_000_000_000_000)])
    problems = by_row(response.context["problems"])
    assert "Số 5.000.000.000.000 lớn bất thường (tối đa 10.000.000)" in problems[3]
    assert 2 not in problems and IncomingDelegation.objects.count() == 0


def test_a_reporter_cannot_import_rows_of_another_unit(client_for):
    response = upload(client_for("reporter"), [good_row()])  # the row names SNgV, the reporter is VP's
    assert response.status_code == 200
    assert "chỉ được nhập dữ liệu của đơn vị mình" in " ".join(m for _n, _c, m in response.context["problems"])
    assert IncomingDelegation.objects.count() == 0


def test_a_reporter_row_without_unit_is_the_reporters(client_for, units):
    row = good_row()
    row[11] = ""
    assert upload(client_for("reporter"), [row]).status_code == 302
    assert IncomingDelegation.objects.get().unit == units["vp"]


def test_a_reporter_cannot_overwrite_another_units_row_by_its_number(client_for, incoming):
    theirs = incoming(unit="sngv")
    row = good_row()
    row[0], row[11] = theirs.pk, ""
    response = upload(client_for("reporter"), [row])
    assert response.status_code == 200
    assert response.context["problems"]
    theirs.refresh_from_db()
    assert theirs.title == "Đoàn Tổng Lãnh sự quán Nhật Bản"


def test_a_successors_reporter_reads_the_ended_units_row_but_cannot_rewrite_it_by_import(client_for, units, incoming):
    from datetime import date

    from ngoaivu.core.models import Succession

    theirs = incoming(unit="sngv")
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    reporter = client_for("reporter")  # the Văn phòng's: it reads the Sở's rows now
    assert reporter.get(f"/so-theo-doi/doan-vao/{theirs.pk}/").status_code == 200
    row = good_row("Sửa sang Văn phòng")
    row[0], row[11] = theirs.pk, "VP"
    response = upload(reporter, [row])
    assert response.context["problems"] == [(2, "Mã", f"Bản ghi mã «{theirs.pk}» chỉ được xem, không được sửa.")]
    theirs.refresh_from_db()
    assert theirs.title == "Đoàn Tổng Lãnh sự quán Nhật Bản" and theirs.unit_id == units["sngv"].pk


def exported_with(client, person_visits):
    """The incoming delegations' export as it is now, its first row's «Số lượt người» changed."""
    book = openpyxl.load_workbook(io.BytesIO(client.get("/so-theo-doi/doan-vao/xuat.xlsx").content))
    headers = [cell.value for cell in book.active[1]]
    book.active.cell(row=2, column=headers.index("Số lượt người") + 1, value=person_visits)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "x.xlsx"
    return buffer


def test_export_then_import_updates_in_place(client_for, incoming):
    client = client_for("officer")
    record = incoming()
    assert client.post("/so-theo-doi/doan-vao/nhap/", {"file": exported_with(client, 9)}).status_code == 302
    record.refresh_from_db()
    assert record.person_visits == 9
    assert IncomingDelegation.objects.count() == 1


def test_a_file_exported_before_someone_elses_edit_does_not_undo_it(client_for, incoming):
    client = client_for("officer")
    record = incoming(person_visits=4)
    exported = client.get("/so-theo-doi/doan-vao/xuat.xlsx").content
    # someone else corrects the row after the file was made
    edited = IncomingDelegation.objects.get(pk=record.pk)
    edited.person_visits, edited.notes = 6, "Sửa theo báo cáo mới"
    edited.save()
    stale = io.BytesIO(exported)
    stale.name = "x.xlsx"
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": stale})
    (problem,) = response.context["problems"]
    assert problem[:2] == (2, "Phiên bản") and f"Bản ghi mã {record.pk} đã được sửa sau khi xuất tệp này" in problem[2]
    record.refresh_from_db()
    assert (record.person_visits, record.notes) == (6, "Sửa theo báo cáo mới")
    # a file exported after the edit updates the row as before
    assert client.post("/so-theo-doi/doan-vao/nhap/", {"file": exported_with(client, 7)}).status_code == 302
    record.refresh_from_db()
    assert record.person_visits == 7


def test_two_rows_updating_one_record_are_refused_against_the_first(client_for, incoming):
    client = client_for("officer")
    record = incoming(person_visits=4)
    book = openpyxl.load_workbook(io.BytesIO(client.get("/so-theo-doi/doan-vao/xuat.xlsx").content))
    headers = [cell.value for cell in book.active[1]]
    book.active.append([cell.value for cell in book.active[2]])
    book.active.cell(row=3, column=headers.index("Số lượt người") + 1, value=8)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "x.xlsx"
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": buffer})
    assert response.context["problems"] == [
        (
            3,
            "Mã",
            f"Dòng 2 của tệp đã sửa bản ghi mã {record.pk}: mỗi bản ghi chỉ sửa ở một dòng; gộp các thay đổi vào "
            "một dòng rồi nhập lại.",
        )
    ]
    record.refresh_from_db()
    assert (record.person_visits, record.version) == (4, 1)


def test_a_row_typed_twice_in_one_file_is_said_against_its_first_line_not_a_record_rolled_back(client_for):
    response = upload(client_for("officer"), [good_row(), good_row("Đoàn B", "Lào", 6), good_row()])
    assert response.context["problems"] == [
        (4, "", "Trùng với dòng 2 của tệp (mọi thông tin đều giống): lưu cả hai sẽ tính số liệu hai lần.")
    ]
    assert IncomingDelegation.objects.count() == 0


def test_the_same_file_imported_twice_is_refused_the_second_time_and_counts_once(client_for):
    client = client_for("officer")
    rows = [good_row(), good_row("Đoàn B", "Lào", 6)]
    first = upload(client, rows)
    assert first.status_code == 302
    assert "Đã nhập tệp: 02 dòng mới." in client.get(first.url).content.decode()
    again = upload(client, rows)
    problems = by_row(again.context["problems"])
    assert "Trùng với bản ghi mã" in problems[2] and "Trùng với bản ghi mã" in problems[3]
    assert IncomingDelegation.objects.count() == 2
    assert upload(client, [good_row("Đoàn B", "Lào", 7)]).status_code == 302  # one column differs: another row
    assert IncomingDelegation.objects.count() == 3


def test_the_same_file_typed_decomposed_is_refused_the_second_time(client_for):
    # "Đoàn Đại học" as some keyboards give it: each letter and its marks apart (NFD).
    row = [unicodedata.normalize("NFD", value) if isinstance(value, str) else value for value in good_row()]
    client = client_for("officer")
    assert upload(client, [row]).status_code == 302
    again = upload(client, [row])
    assert "Trùng với bản ghi mã" in by_row(again.context["problems"])[2]
    assert IncomingDelegation.objects.count() == 1


def test_an_unchanged_export_imported_back_writes_no_version(client_for, incoming):
    client = client_for("officer")
    record = incoming()
    exported = io.BytesIO(client.get("/so-theo-doi/doan-vao/xuat.xlsx").content)
    exported.name = "x.xlsx"
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": exported}, follow=True)
    assert "Đã nhập tệp: 01 dòng không thay đổi." in response.content.decode()
    assert record.history.count() == 1


def upload_aid(client, *changes):
    """The foreign aid template's example row, once per change of its cells."""
    sheet = template(client, "vien-tro").worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    example = {h: cell.value for h, cell in zip(headers, sheet[2])}
    book = openpyxl.Workbook()
    book.active.append(headers)
    for change in changes:
        row = {**example, "Mã": "", **change}
        book.active.append([row[h] for h in headers])
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "vien-tro.xlsx"
    return client.post("/so-theo-doi/vien-tro/nhap/", {"file": buffer})


def test_amounts_written_as_text_import_as_the_guide_shows_them(client_for, units):
    from ngoaivu.register.models import ForeignAid

    client = client_for("officer")
    amounts = {"Giá trị (đồng)": "1.250.000.000", "Giá trị nguyên tệ": "50.000,75", "Nguyên tệ": "USD"}
    response = upload_aid(client, amounts)
    assert response.status_code == 302, response.context and response.context["problems"]
    aid = ForeignAid.objects.get()
    assert aid.value_vnd == 1_250_000_000 and str(aid.value_original) == "50000.75"


def test_a_fraction_of_a_dong_is_refused_as_the_form_refuses_it(client_for, units):
    response = upload_aid(client_for("officer"), {"Giá trị (đồng)": "1,5"}, {"Giá trị (đồng)": 1.5})
    problems = by_row(response.context["problems"])
    for line in (2, 3):
        assert problems[line] == "Số tiền tính đến đồng, không có phần lẻ: «1,5» có phần lẻ sau dấu phẩy."


def test_a_spreadsheet_number_too_large_or_not_a_number_is_said_in_vietnamese(client_for, units):
    # a cell holding 1E+300 or 10^30 as Excel numbers, or NaN: the form's messages, never Python's
    response = upload_aid(
        client_for("officer"), {"Giá trị (đồng)": 1e300}, {"Giá trị (đồng)": 1e30}, {"Giá trị (đồng)": "NaN"}
    )
    assert {(row, column) for row, column, _message in response.context["problems"]} == {
        (2, "Giá trị (đồng)"),
        (3, "Giá trị (đồng)"),
        (4, "Giá trị (đồng)"),
    }
    problems = by_row(response.context["problems"])
    for line in (2, 3, 4):
        assert "decimal" not in problems[line]
    assert "lớn bất thường (tối đa 1.000.000.000.000.000)" in problems[2] and "lớn bất thường" in problems[3]
    assert "Không đọc được số tiền «NaN»" in problems[4]


def test_a_file_that_is_not_xlsx_is_refused(client_for):
    fake = io.BytesIO("Tên đoàn;Quốc tịch\nĐoàn A;Lào\n".encode())
    fake.name = "doan-vao.xlsx"
    response = client_for("officer").post("/so-theo-doi/doan-vao/nhap/", {"file": fake})
    assert response.status_code == 200
    assert response.context["error"] == "Nội dung tệp không phải là Excel (.xlsx), dù tên tệp là «doan-vao.xlsx»."


def test_an_old_excel_or_a_csv_file_is_refused_with_how_to_save_it_as_xlsx(client_for):
    client = client_for("officer")
    old = io.BytesIO(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))  # Excel 97–2003: an OLE container
    old.name = "dvx.xls"
    said = client.post("/so-theo-doi/doan-vao/nhap/", {"file": old}).context["error"]
    assert said == (
        "Tệp «dvx.xls» là định dạng Excel cũ (.xls), không nhập được. Mở tệp bằng Excel, chọn "
        "Lưu thành… → Sổ làm việc Excel (.xlsx), rồi nhập tệp .xlsx đó."
    )
    text = io.BytesIO("Tên đoàn,Quốc tịch\nĐoàn A,Lào\n".encode())
    text.name = "dvx.csv"
    said = client.post("/so-theo-doi/doan-vao/nhap/", {"file": text}).context["error"]
    assert said.startswith("Tệp «dvx.csv» là tệp CSV; chỉ nhập được tệp Excel (.xlsx).")


def test_a_formula_whose_value_was_not_saved_is_said_as_such_not_as_a_blank_cell(client_for):
    # openpyxl, as scripts and some web exports, writes a formula without the value Excel would save with it.
    response = upload(client_for("officer"), [good_row(), good_row("Đoàn B", visits="=2+2")])
    assert response.context["error"] == (
        "Ô J3 chứa công thức nhưng tệp không lưu giá trị của công thức (tệp do chương trình khác Excel tạo ra). "
        "Mở tệp bằng Excel rồi lưu lại, hoặc gõ giá trị vào ô, rồi nhập lại."
    )
    assert IncomingDelegation.objects.count() == 0


def test_a_file_over_the_limit_is_refused(client_for, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    big = workbook([good_row(title="x" * 200) for _ in range(50)])
    response = client_for("officer").post("/so-theo-doi/doan-vao/nhap/", {"file": big})
    assert response.status_code == 200
    assert "Tệp quá lớn" in response.context["error"]


def test_a_file_longer_than_an_import_can_save_in_time_is_refused_with_its_maximum(client_for):
    rows = [good_row(f"Đoàn {n}") for n in range(5_001)]
    response = upload(client_for("officer"), rows)
    assert response.context["error"] == (
        "Trang tính có hơn 5.000 dòng dữ liệu; mỗi lần chỉ nhập tối đa 5.000 dòng, hãy chia thành nhiều tệp "
        "(hoặc xóa các dòng trống ở cuối trang tính)."
    )
    assert IncomingDelegation.objects.count() == 0


def test_fishing_release_on_an_obstruction_is_a_row_error(client_for):
    headers = [
        "Số hiệu tàu",
        "Sự việc",
        "Nước bắt giữ, ngăn cản",
        "Ngày xảy ra",
        "Số ngư dân",
        "Ngày được thả",
        "Đơn vị",
    ]
    rows = [["QNg 90479 TS", "Bị ngăn cản, lấy tài sản", "Trung Quốc", "02/4/2021", 6, "10/4/2021", "SNgV"]]
    response = client_for("officer").post("/so-theo-doi/ngu-dan/nhap/", {"file": workbook(rows, headers)})
    assert response.status_code == 200
    assert "Chỉ tàu bị bắt giữ mới có ngày được thả" in " ".join(m for _n, _c, m in response.context["problems"])
    assert FishingIncident.objects.count() == 0


def test_unknown_and_missing_columns_are_named(client_for):
    response = upload(client_for("officer"), [["Đoàn A", "x"]], headers=["Tên đoàn", "Cột lạ"])
    messages = [message for _row, _column, message in response.context["problems"]]
    assert "Cột «Cột lạ» không có trong mẫu của mục này." in messages
    assert "Thiếu cột bắt buộc «Quốc tịch»." in messages
    assert "Thiếu cột bắt buộc «Số lượt người»." in messages
    assert IncomingDelegation.objects.count() == 0


def test_a_sheet_without_rows_says_so(client_for):
    response = upload(client_for("officer"), [])
    assert response.context["problems"] == [(2, "", "Tệp không có dòng dữ liệu nào.")]


# --- The unit by its name or its code --------------------------------------------------


def test_the_unit_may_be_named_or_given_by_its_code(client_for, units):
    rows = [good_row("Đoàn A"), good_row("Đoàn B"), good_row("Đoàn C")]
    rows[0][11], rows[1][11], rows[2][11] = "Sở Ngoại vụ", "vp", "văn phòng ubnd tỉnh"
    assert upload(client_for("officer"), rows).status_code == 302
    assert {d.title: d.unit.code for d in IncomingDelegation.objects.all()} == {
        "Đoàn A": "SNgV",
        "Đoàn B": "VP",
        "Đoàn C": "VP",
    }


CODE_HEADERS = HEADERS[:12] + ["Ký hiệu đơn vị"] + HEADERS[12:]


def with_code(row, name, code):
    return row[:11] + [name, code] + row[12:]


def test_the_code_column_is_read_with_the_name_column(client_for, units):
    rows = [with_code(good_row("Đoàn A"), "", "DHPVD"), with_code(good_row("Đoàn B"), "Văn phòng UBND tỉnh", "VP")]
    assert upload(client_for("officer"), rows, headers=CODE_HEADERS).status_code == 302
    assert {d.title: d.unit.code for d in IncomingDelegation.objects.all()} == {"Đoàn A": "DHPVD", "Đoàn B": "VP"}


def test_a_sheet_may_give_the_code_column_alone(client_for, units):
    headers = [h if h != "Đơn vị" else "Ký hiệu đơn vị" for h in HEADERS]
    row = good_row()
    row[11] = "VP"
    assert upload(client_for("officer"), [row], headers=headers).status_code == 302
    assert IncomingDelegation.objects.get().unit == units["vp"]


def test_a_name_and_a_code_that_disagree_or_a_code_unknown_are_row_errors(client_for, units):
    rows = [
        with_code(good_row("Đoàn A"), "Sở Ngoại vụ", "VP"),
        with_code(good_row("Đoàn B"), "", "XYZ"),
        with_code(good_row("Đoàn C"), "Sở Ngoại vụ", "SNgV"),
    ]
    response = upload(client_for("officer"), rows, headers=CODE_HEADERS)
    assert response.status_code == 200
    assert response.context["problems"] == [
        (2, "Đơn vị", "«Sở Ngoại vụ» có ký hiệu «SNgV», không phải «VP»."),
        (3, "Đơn vị", "Không có đơn vị ký hiệu «XYZ»."),
    ]
    assert IncomingDelegation.objects.count() == 0


def test_a_reporter_may_give_its_own_code_but_no_other(client_for, units):
    rows = [with_code(good_row("Đoàn A"), "", "VP"), with_code(good_row("Đoàn B"), "", "SNgV")]
    response = upload(client_for("reporter"), rows, headers=CODE_HEADERS)
    assert [n for n, _c, _m in response.context["problems"]] == [3]
    assert response.context["problems"][0][1] == "Đơn vị"
    assert "chỉ được nhập dữ liệu của đơn vị mình" in response.context["problems"][0][2]
    assert upload(client_for("reporter"), rows[:1], headers=CODE_HEADERS).status_code == 302
    assert IncomingDelegation.objects.get().unit == units["vp"]


# --- The import template -----------------------------------------------------------------


def template(client, slug="doan-vao"):
    response = client.get(f"/so-theo-doi/{slug}/mau-nhap.xlsx")
    assert response.status_code == 200
    return openpyxl.load_workbook(io.BytesIO(response.content))


def drop_downs(book):
    """{column header: (allowed values, inline?)} of the data sheet's list validations."""
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    found = {}
    for validation in sheet.data_validations.dataValidation:
        assert validation.type == "list"
        formula = validation.formula1
        if formula.startswith('"'):
            assert len(formula) - 2 <= 255  # Excel's limit for a list typed into the validation
            values = formula.strip('"').split(",")
        else:
            sheet_name, cells = formula.split("!")
            lists = book[sheet_name.strip("'")]
            values = [row[0].value for row in lists[cells.replace("$", "")]]
        for cell_range in str(validation.sqref).split():
            letters = "".join(ch for ch in cell_range.split(":")[0] if ch.isalpha())
            assert cell_range.split(":")[0] == f"{letters}2"  # from the first data row
            found[headers[openpyxl.utils.column_index_from_string(letters) - 1]] = (values, formula.startswith('"'))
    return found


def test_the_template_has_the_columns_an_example_row_and_the_instructions(client_for):
    book = template(client_for("officer"))
    assert book.sheetnames == ["Đoàn vào", "Hướng dẫn", "Danh mục"]
    assert [s.sheet_state for s in book.worksheets] == ["visible", "visible", "hidden"]
    sheet = book.worksheets[0]
    assert [c.value for c in sheet[1]] == HEADERS[:12] + ["Ký hiệu đơn vị", "Ghi chú", "Phiên bản"]
    example = {c.value: cell for c, cell in zip(sheet[1], sheet[2])}
    assert example["Mã"].value == "Ví dụ"
    assert example["Quốc tịch"].value == "Thái Lan" and example["Đơn vị"].value == "Sở Ngoại vụ"
    assert example["Ngày đến"].is_date and example["Ngày đến"].number_format == "dd/mm/yyyy"
    assert example["Số lượt người"].data_type == "n"
    assert all(
        example[h].value not in (None, "")
        for h in ("Tên đoàn", "Quốc tịch", "Cấp đón tiếp", "Mục đích", "Ngày đến", "Số đoàn", "Số lượt người")
    )
    assert sheet.max_row == 2

    guide = {row[0]: row[1:] for row in book["Hướng dẫn"].iter_rows(values_only=True) if row[0]}
    for header in HEADERS:
        assert header in guide, header
    assert guide["Tên đoàn"][0] == "Có" and guide["Ghi chú"][0] == "Không"
    assert "dd/mm/yyyy" in guide["Ngày đến"][1]
    assert guide["Mục đích"][2] == (
        "Làm việc; Học tập; Khảo sát; Xúc tiến đầu tư, thương mại; Viện trợ, thăm dự án; Khác"
    )
    notes = " ".join(str(key) for key in guide)
    assert "«Ví dụ»" in notes and "bỏ qua" in notes


def test_the_example_row_of_an_officer_whose_unit_ended_names_its_successor(client_for, units):
    from datetime import date

    from ngoaivu.core.models import Succession, Unit

    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    sheet = template(client_for("officer")).worksheets[0]
    example = {c.value: cell.value for c, cell in zip(sheet[1], sheet[2])}
    assert example["Đơn vị"] == "Văn phòng UBND tỉnh"


def test_the_template_offers_a_list_for_every_choice_and_for_the_units(client_for, units):
    lists = drop_downs(template(client_for("officer")))
    assert lists["Mục đích"] == (
        ["Làm việc", "Học tập", "Khảo sát", "Xúc tiến đầu tư, thương mại", "Viện trợ, thăm dự án", "Khác"],
        False,
    )  # commas in values: a range, not inline
    assert lists["Cấp đón tiếp"] == (["Lãnh đạo tỉnh", "Sở, ngành, địa phương"], False)
    countries, inline = lists["Quốc tịch"]
    assert not inline and len(countries) > 200 and "Thái Lan" in countries and "Nhật Bản" in countries
    assert sorted(lists["Đơn vị"][0]) == sorted(unit.name for unit in units.values())
    assert sorted(lists["Ký hiệu đơn vị"][0]) == sorted(unit.code for unit in units.values())

    outgoing = drop_downs(template(client_for("officer"), "doan-ra"))
    assert outgoing["Trong kế hoạch năm"] == (["Có", "Không"], True)
    assert outgoing["Tính chất"] == (["Việc công", "Việc riêng"], True)
    assert "Nước đến" not in outgoing  # several countries in one cell: no single-value list


@pytest.mark.parametrize("slug", list(AREAS))
def test_every_choice_field_of_every_area_has_its_list(slug, client_for):
    area = AREAS[slug]
    lists = drop_downs(template(client_for("officer"), slug))
    for name in area.form_fields():
        field = area.model._meta.get_field(name)
        header = str(field.verbose_name).capitalize()
        if field.choices and not isinstance(field, CountryField):
            assert lists[header][0] == [str(label) for _value, label in field.choices], (slug, name)
        if isinstance(field, BooleanField):
            assert lists[header][0] == ["Có", "Không"], (slug, name)


def test_a_list_too_long_to_type_inline_goes_through_the_hidden_sheet(client_for, units):
    for n in range(20):
        Unit.objects.create(name=f"UBND huyện thử nghiệm số {n:02d}", code=f"H{n:02d}", parent=units["province"])
    Unit.objects.create(name="Đơn vị đã giải thể", code="CU", is_active=False)
    names, inline = drop_downs(template(client_for("officer")))["Đơn vị"]
    assert not inline and len(names) == 25 and "UBND huyện thử nghiệm số 19" in names
    assert "Đơn vị đã giải thể" not in names


def test_a_reporters_template_lists_only_its_unit(client_for, units):
    book = template(client_for("reporter"))
    lists = drop_downs(book)
    assert lists["Đơn vị"] == (["Văn phòng UBND tỉnh"], True)
    assert lists["Ký hiệu đơn vị"] == (["VP"], True)
    sheet = book.worksheets[0]
    example = {c.value: cell.value for c, cell in zip(sheet[1], sheet[2])}
    assert (example["Đơn vị"], example["Ký hiệu đơn vị"]) == ("Văn phòng UBND tỉnh", "VP")
    guide = {row[0]: row[1:] for row in book["Hướng dẫn"].iter_rows(values_only=True) if row[0]}
    assert guide["Đơn vị"][0] == "Không; để trống là đơn vị của bạn"
    assert "Sở Ngoại vụ" not in str(list(book["Danh mục"].values))


def test_the_guide_explains_numbers_as_they_are_written(client_for):
    guide = {
        row[0]: row[1:]
        for row in template(client_for("officer"), "vien-tro")["Hướng dẫn"].iter_rows(values_only=True)
        if row[0]
    }
    assert "4.600.000.000" in guide["Giá trị (đồng)"][1]
    assert guide["Giá trị (đồng)"][0] == "Có"


def saved(book, name="mau.xlsx"):
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = name
    return buffer


def test_the_untouched_template_imports_nothing(client_for):
    client = client_for("officer")
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": saved(template(client))})
    assert response.context["problems"] == [(2, "", "Tệp không có dòng dữ liệu nào.")]
    assert IncomingDelegation.objects.count() == 0


def test_the_example_row_is_passed_over_and_row_numbers_stay_those_of_the_sheet(client_for):
    client = client_for("officer")
    book = template(client)
    sheet = book.worksheets[0]
    sheet.append(good_row("Đoàn thật")[:12] + ["", ""])
    sheet.append([])  # a blank row is no row
    bad = good_row("Đoàn sai")[:12] + ["", ""]
    bad[3] = "Xứ Sở Thần Tiên"
    sheet.append(bad)
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": saved(book)})
    assert [number for number, _c, _m in response.context["problems"]] == [5]
    assert IncomingDelegation.objects.count() == 0

    sheet.delete_rows(5)
    book.active = 1  # saved while the sheet «Hướng dẫn» was open
    assert client.post("/so-theo-doi/doan-vao/nhap/", {"file": saved(book)}).status_code == 302
    assert list(IncomingDelegation.objects.values_list("title", flat=True)) == ["Đoàn thật"]


@pytest.mark.parametrize("slug", list(AREAS))
def test_the_example_row_of_every_area_is_a_valid_row(slug, client_for, units):
    area = AREAS[slug]
    if area.parent_field:  # the example points at a parent the user may see
        make(area.model._meta.get_field(area.parent_field).related_model, units["sngv"])
    client = client_for("officer")
    book = template(client, slug)
    book.worksheets[0]["A2"] = None  # «Ví dụ» removed: the row is imported like any other
    before = area.model.objects.count()
    response = client.post(f"/so-theo-doi/{slug}/nhap/", {"file": saved(book)})
    assert response.status_code == 302, response.context["problems"]
    assert area.model.objects.count() == before + 1


def test_a_reporters_sheet_without_the_unit_columns_is_the_reporters(client_for, units):
    """The template lets a reporter leave the unit out; the rows must then be theirs, not refused."""
    headers = [h for h in HEADERS if h != "Đơn vị"]
    row = good_row()
    del row[HEADERS.index("Đơn vị")]
    assert upload(client_for("reporter"), [row], headers=headers).status_code == 302
    assert IncomingDelegation.objects.get().unit == units["vp"]


def test_a_name_borne_by_an_ended_unit_and_todays_means_todays_unless_the_code_says(client_for, units):
    from datetime import date

    old = Unit.objects.create(
        name="Văn phòng UBND tỉnh", code="VPCU", parent=units["committee"], ended_on=date(2025, 7, 1), is_active=False
    )
    rows = [
        with_code(good_row("Đoàn A"), "Văn phòng UBND tỉnh", ""),
        with_code(good_row("Đoàn B"), "Văn phòng UBND tỉnh", "VPCU"),
    ]
    assert upload(client_for("officer"), rows, headers=CODE_HEADERS).status_code == 302
    assert {d.title: d.unit_id for d in IncomingDelegation.objects.all()} == {
        "Đoàn A": units["vp"].pk,
        "Đoàn B": old.pk,
    }


def test_a_number_beyond_any_precision_is_refused_as_too_large(client_for):
    # 31 digits: more than Python's decimals hold by default; still a slip, said as the others.
    response = upload(client_for("officer"), [good_row(visits=10**30), good_row("Đoàn B", visits="1" + "0" * 30)])
    problems = by_row(response.context["problems"])
    for line in (2, 3):
        assert "Số 1.000.000.000.000.000.000.000.000.000.000 lớn bất thường (tối đa 10.000.000)" in problems[line]
    assert IncomingDelegation.objects.count() == 0


def test_bad_cells_are_said_as_the_forms_say_them(client_for, units):
    units["vp"].short_name = "Văn phòng"
    units["vp"].save()
    no_date = good_row("Đoàn C")
    no_date[6] = None
    short_named = good_row("Đoàn E")
    short_named[11] = "Văn phòng"
    rows = [good_row("Đoàn A", visits=-1), good_row("Đoàn B", visits=2.5), no_date, good_row("Đoàn D"), short_named]
    problems = upload(client_for("officer"), rows).context["problems"]
    assert problems == [
        (2, "Số lượt người", "Số không được âm."),
        (3, "Số lượt người", "«2,5» phải là số nguyên."),
        # An empty date and an empty text are said alike.
        (4, "Ngày đến", "Trường này không được để trắng."),
    ]  # a unit is found by its short name too
    assert IncomingDelegation.objects.count() == 0
    # The reporter of the Văn phòng may not name the Sở, even by the Sở's short name.
    units["sngv"].short_name = "Sở"
    units["sngv"].save()
    mine = good_row("Đoàn F")
    mine[11] = "Sở"
    problems = by_row(upload(client_for("reporter"), [mine]).context["problems"])
    assert "chỉ được nhập dữ liệu của đơn vị mình" in problems[2]


def test_a_file_exported_in_english_imports_in_vietnamese_and_back(client_for, incoming):
    client = client_for("officer")
    record = incoming()
    client.cookies["django_language"] = "en"
    exported = client.get("/so-theo-doi/doan-vao/xuat.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(exported.content))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    assert "Person-visits" in headers and "Số lượt người" not in headers
    sheet.cell(row=2, column=headers.index("Person-visits") + 1, value=9)
    sheet.append(
        ["", "Đoàn Đại học Khon Kaen", "", *[cell.value for cell in sheet[2]][3:]]
    )  # a new row, its values in English
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "x.xlsx"
    client.cookies["django_language"] = "vi"
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": buffer})
    assert response.status_code == 302, [p for p in response.context["problems"]]
    record.refresh_from_db()
    assert record.person_visits == 9
    added = IncomingDelegation.objects.exclude(pk=record.pk).get()
    assert (added.title, added.host_level, added.country) == (
        "Đoàn Đại học Khon Kaen",
        record.host_level,
        record.country,
    )


def test_a_cited_document_dated_a_day_the_month_lacks_is_a_row_error(client_for):
    headers = ["Tên đoàn", "Số người", "Nước đến", "Ngày đi", "Quyết định cử đi", "Đơn vị"]
    rows = [
        ["Đoàn công tác tỉnh", 5, "Lào", "10/3/2021", "Quyết định số 08/QĐ-UBND ngày 31/02/2021 của UBND tỉnh", "SNgV"]
    ]
    response = client_for("officer").post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, headers)})
    assert response.status_code == 200
    problems = " ".join(message for _row, _column, message in response.context["problems"])
    assert "Ngày 31/02/2021 không có: tháng 2/2021 chỉ có 28 ngày." in problems


def test_a_citation_without_its_date_is_a_row_error_when_the_number_is_kept_in_two_years(client_for):
    for year in (2020, 2021):
        LegalDocument.objects.create(doc_type="Quyết định", number="08/QĐ-UBND", issued_on=date(year, 1, 3))
    headers = ["Tên đoàn", "Số người", "Nước đến", "Ngày đi", "Quyết định cử đi", "Đơn vị"]
    rows = [["Đoàn công tác tỉnh", 5, "Lào", "10/3/2021", "Quyết định số 08/QĐ-UBND của UBND tỉnh", "SNgV"]]
    response = client_for("officer").post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, headers)})
    problems = " ".join(message for _row, _column, message in response.context["problems"])
    assert "của các năm 2020, 2021: ghi thêm ngày ban hành" in problems


def test_a_citation_the_register_holds_with_another_date_or_cut_short_is_a_row_error(client_for):
    LegalDocument.objects.create(doc_type="Quyết định", number="08/QĐ-UBND", issued_on=date(2021, 1, 3))
    headers = ["Tên đoàn", "Số người", "Nước đến", "Ngày đi", "Quyết định cử đi", "Đơn vị"]
    rows = [
        ["Đoàn công tác tỉnh", 5, "Lào", "10/3/2021", "Quyết định số 08/QĐ-UBND ngày 05/01/2021 của UBND tỉnh", "SNgV"],
        ["Đoàn thứ hai", 5, "Lào", "10/3/2021", "Quyết định số 09/QĐ-UBND, 05/01/2021, UBND tỉnh", "SNgV"],
    ]
    response = client_for("officer").post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, headers)})
    problems = " ".join(message for _row, _column, message in response.context["problems"])
    assert "Sổ văn bản đã có Quyết định số 08/QĐ-UBND ngày 03/01/2021, khác với văn bản đã ghi" in problems
    assert "Không đọc được ngày «05/01/2021»" in problems
    assert LegalDocument.objects.count() == 1


def test_a_broken_rule_deep_in_a_long_file_is_said_beside_its_row_and_nothing_is_saved(client_for):
    # the rules are decided in memory (core/conditions.py) and history written at the end: neither
    # may let a bad row through, or keep the rows before it
    rows = [good_row(f"Đoàn {n}") for n in range(900)]
    rows[699] = good_row("Đoàn 699", visits=0)  # fewer visits than groups: sheet row 701
    response = upload(client_for("officer"), rows)
    assert response.context["problems"] == [
        (701, "Số lượt người", "Số lượt người không được ít hơn số đoàn."),
    ]
    assert IncomingDelegation.objects.count() == 0
    assert IncomingDelegation.history.count() == 0


def test_a_row_error_names_its_column_even_when_its_message_names_it(client_for):
    """A rule between two fields is said against the later date, as the form says it beside that field."""
    ends_early = good_row("Đoàn A")
    ends_early[7] = "01/03/2021"  # left before it arrived (05/3/2021)
    untitled = good_row("")
    response = upload(client_for("officer"), [ends_early, untitled])
    assert response.context["problems"] == [
        (2, "Ngày đi", "Ngày đi không được trước ngày đến."),
        (3, "Tên đoàn", "Trường này không được để trắng."),
    ]


def test_every_imported_row_has_its_history_with_the_importing_user_and_the_file(client_for, users):
    client = client_for("officer")
    assert upload(client, [good_row(f"Đoàn {n}") for n in range(900)]).status_code == 302
    records = IncomingDelegation.objects.all()
    assert records.count() == 900
    history = IncomingDelegation.history.all()
    assert history.count() == 900
    assert {(h.id, h.title, h.person_visits, h.version) for h in history} == {
        (r.pk, r.title, r.person_visits, r.version) for r in records
    }
    assert {(h.history_type, h.history_user_id, h.history_change_reason) for h in history} == {
        ("+", users["officer"].pk, "Nhập từ tệp Excel «doan-vao.xlsx»")
    }
    assert all(h.history_date is not None for h in history)
    # an update through a file writes a "changed" version, by its user, after the first
    assert client.post("/so-theo-doi/doan-vao/nhap/", {"file": exported_with(client, 9)}).status_code == 302
    changed = IncomingDelegation.history.filter(history_type="~").get()
    assert changed.history_user_id == users["officer"].pk and changed.person_visits == 9
    assert changed.history_date > IncomingDelegation.history.filter(id=changed.id, history_type="+").get().history_date


def test_a_new_row_is_compared_with_the_kept_rows_as_the_file_changes_them(client_for):
    client = client_for("officer")
    assert upload(client, [good_row(visits=4)]).status_code == 302
    record = IncomingDelegation.objects.get()
    # the file changes the kept row to 9 visits, then gives it again as a new row: a copy of its row 2
    response = upload(client, [[record.pk, *good_row(visits=9)[1:]], good_row(visits=9)])
    assert response.context["problems"] == [
        (3, "", "Trùng với dòng 2 của tệp (mọi thông tin đều giống): lưu cả hai sẽ tính số liệu hai lần.")
    ]
    # the file changes it to 9 visits, then gives its old figures as a new row: no longer a copy
    response = upload(client, [[record.pk, *good_row(visits=9)[1:]], good_row(visits=4)])
    assert response.status_code == 302
    assert sorted(IncomingDelegation.objects.values_list("person_visits", flat=True)) == [4, 9]


def test_a_file_with_more_errors_than_a_page_lists_the_first_and_counts_the_rest(client_for, monkeypatch):
    from ngoaivu.register import views_import

    monkeypatch.setattr(views_import, "SHOWN_PROBLEMS", 2)  # the page's bound, small enough for a small file
    bad = ["", "Đoàn", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "", 1, -4, "", "SNgV", ""]
    response = upload(client_for("officer"), [bad, bad[:1] + ["Đoàn 2"] + bad[2:], bad[:1] + ["Đoàn 3"] + bad[2:]])
    page = response.content.decode()
    assert len(response.context["problems"]) == 2 and response.context["problem_count"] == 3
    assert "Có 03 lỗi; chưa lưu dòng nào." in page
    assert "Còn 01 lỗi nữa không liệt kê ở đây" in page
    assert IncomingDelegation.objects.count() == 0


VISITS_WARNING = (
    "Số lượt người 900 là lớn bất thường cho một đoàn (một đoàn thường không quá 200 người). "
    "Kiểm tra lại số liệu; nếu đúng, đánh dấu «Tôi đã kiểm tra» và lưu lại."
)


def confirmation(asked, checked=True):
    """What the page that listed the warnings posts back: the kept file's token and hash, the list's seal."""
    pending = asked.context["pending"]
    fields = {
        "pending_file": pending.token,
        "file_sha256": pending.sha256,
        "warnings_seen": asked.context["warnings_seal"],
    }
    return {**fields, "warnings_checked": "1"} if checked else fields


def _named(data):
    buffer = io.BytesIO(data)
    buffer.name = "doan-vao.xlsx"
    return buffer


def upload_confirmed(client, asked, rows=None):
    """«Nhập» with the box ticked on the page asked: the kept file, or the file of rows chosen there instead."""
    data = confirmation(asked)
    if rows is not None:
        data["file"] = workbook(rows)
    return client.post("/so-theo-doi/doan-vao/nhap/", data)


def test_an_unlikely_figure_is_listed_by_row_and_nothing_is_saved_until_confirmed(client_for):
    client = client_for("officer")
    rows = [good_row(), good_row("Đoàn JICA", "Nhật Bản", 900)]
    chosen = workbook(rows).getvalue()  # one file on the person's disk: openpyxl stamps each save's time
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": _named(chosen)})
    assert response.status_code == 200
    assert response.context["warnings"] == [(3, "Số lượt người", VISITS_WARNING)]
    assert response.context["problems"] == []
    body = response.content.decode()
    assert VISITS_WARNING in body and 'name="warnings_checked" value="1"' in body
    assert not IncomingDelegation.objects.exists()  # the good row neither: one transaction
    asked = response

    # The box left unticked: nothing saved, asked again.
    response = client.post("/so-theo-doi/doan-vao/nhap/", confirmation(asked, checked=False))
    assert response.context["warnings"] and not IncomingDelegation.objects.exists()
    # Ticked, but another file chosen instead, whose figure differs: asked again about the new one.
    changed = [good_row(), good_row("Đoàn JICA", "Nhật Bản", 901)]
    response = upload_confirmed(client, asked, changed)
    assert response.status_code == 200 and "901" in response.context["warnings"][0][2]
    assert not IncomingDelegation.objects.exists()
    # Ticked for the list shown of the same file chosen again: every row saved as typed.
    response = client.post("/so-theo-doi/doan-vao/nhap/", {**confirmation(asked), "file": _named(chosen)})
    assert response.status_code == 302
    assert sorted(IncomingDelegation.objects.values_list("person_visits", flat=True)) == [4, 900]


def test_a_row_whose_unlikely_figure_is_kept_unchanged_is_not_asked_about(client_for, incoming):
    """An exported row already holding 900 visitors is imported back with another field changed."""
    client = client_for("officer")
    record = incoming(person_visits=900)
    book = openpyxl.load_workbook(io.BytesIO(client.get("/so-theo-doi/doan-vao/xuat.xlsx").content))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("Ghi chú") + 1, value="Đã đón tiếp.")
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "doan-vao.xlsx"
    response = client.post("/so-theo-doi/doan-vao/nhap/", {"file": buffer})
    assert response.status_code == 302, response.context and response.context["warnings"]
    record.refresh_from_db()
    assert (record.notes, record.person_visits) == ("Đã đón tiếp.", 900)


def test_a_refused_choice_lists_each_choice_quoted_so_a_comma_in_one_reads_right(client_for):
    row = good_row()
    row[4] = "Cấp lạ"
    problems = by_row(upload(client_for("officer"), [row]).context["problems"])
    assert problems[2] == ("Giá trị «Cấp lạ» không hợp lệ; chọn một trong: «Lãnh đạo tỉnh»; «Sở, ngành, địa phương».")


def test_a_new_code_given_twice_in_a_procedures_file_is_said_against_its_first_row(client_for, units):
    client = client_for("officer")
    book = template(client, "thu-tuc-hanh-chinh")
    sheet = book.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    example = [cell.value for cell in sheet[2]]
    sheet.delete_rows(2)  # the example row
    example[headers.index("Mã")] = None
    example[headers.index("Mã thủ tục")] = "1.999001"
    for name in ("Cấp thị thực", "Gia hạn thị thực", "Cấp lại thị thực"):  # rows differing but by their code
        example[headers.index("Tên thủ tục")] = name
        sheet.append(example)
    response = client.post("/so-theo-doi/thu-tuc-hanh-chinh/nhap/", {"file": saved(book)})
    assert response.context["problems"] == [
        (3, "Mã thủ tục", "Trùng với dòng 2 của tệp."),
        (4, "Mã thủ tục", "Trùng với dòng 2 của tệp."),
    ]
    assert not Procedure.objects.exists()


def test_a_reporters_template_of_a_child_area_gives_a_parent_it_may_write_to(client_for, units):
    """The successor's reporter reads the ended unit's plans but adds rows to its own unit's only."""
    from ngoaivu.core.models import Succession

    plan_model = AREAS["ke-hoach-doan-muc"].model._meta.get_field("plan").related_model
    theirs, own = make(plan_model, units["sngv"]), make(plan_model, units["vp"])
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    Succession.objects.create(
        predecessor=units["sngv"], successor=units["vp"], kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1)
    )
    sheet = template(client_for("reporter"), "ke-hoach-doan-muc").worksheets[0]
    example = {c.value: cell.value for c, cell in zip(sheet[1], sheet[2])}
    column = str(AREAS["ke-hoach-doan-muc"].model._meta.get_field("plan").verbose_name).capitalize()
    assert theirs.pk < own.pk and example[column] == own.pk


def test_a_reporters_row_without_unit_is_said_only_for_its_bad_cell(client_for, units):
    """The empty «Đơn vị» is the reporter's unit even while another cell of the row is bad."""
    row = good_row()
    row[3], row[11] = "Xứ Sở Thần Tiên", ""
    problems = upload(client_for("reporter"), [row]).context["problems"]
    assert [column for _n, column, _message in problems] == ["Quốc tịch"]


def test_an_officers_new_row_without_unit_is_its_units_as_the_form_presets_it(client_for, units):
    row = good_row()
    row[11] = ""
    assert upload(client_for("officer"), [row]).status_code == 302
    assert IncomingDelegation.objects.get().unit == units["sngv"]


def test_an_officers_row_emptied_of_its_unit_is_told_to_name_it(client_for, incoming):
    record = incoming()
    row = good_row()
    row[0], row[11] = record.pk, ""
    problems = upload(client_for("officer"), [row]).context["problems"]
    assert problems == [(2, "Đơn vị", "Ghi tên hoặc ký hiệu đơn vị của dòng này.")]


def test_an_officers_guide_says_a_new_rows_empty_unit_is_its_own(client_for, units):
    book = template(client_for("officer"))
    guide = {row[0]: row[1:] for row in book["Hướng dẫn"].iter_rows(values_only=True) if row[0]}
    assert guide["Đơn vị"][0] == "Có khi sửa bản ghi đã có; dòng thêm mới để trống là Sở Ngoại vụ"


def test_the_errors_are_listed_by_row_and_column_as_the_warnings_are(client_for):
    """A return before the arrival is said against «Ngày đi», the later date, though its message names it
    already; an unknown «Mã» against «Mã»; the page lists them under a «Cột» heading."""
    back_first, unknown = good_row("Đoàn B"), good_row("Đoàn C")
    back_first[6], back_first[7] = "10/3/2021", "01/03/2021"
    unknown[0] = "999"
    response = upload(client_for("officer"), [good_row(), back_first, unknown])
    assert response.context["problems"] == [
        (3, "Ngày đi", "Ngày đi không được trước ngày đến."),
        (4, "Mã", "Không có bản ghi mã «999» trong dữ liệu bạn được sửa."),
    ]
    page = response.content.decode()
    errors = page[page.index('<table class="compact problems">') :]
    errors = errors[: errors.index("</table>")]
    assert "<th>Dòng</th><th>Cột</th><th>Lỗi</th>" in errors
    assert '<td class="num">3</td><td>Ngày đi</td><td>Ngày đi không được trước ngày đến.</td>' in errors
    assert IncomingDelegation.objects.count() == 0


def test_the_sheet_named_as_the_area_is_read_wherever_it_stands_and_another_read_is_named(client_for):
    book = openpyxl.Workbook()
    book.active.title = "Ghi chú"
    book.active.append(["Ghi chú của người lập bảng"])
    data = book.create_sheet("Đoàn vào")
    data.append(HEADERS)
    data.append(good_row())
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "doan-vao.xlsx"
    client = client_for("officer")
    assert client.post("/so-theo-doi/doan-vao/nhap/", {"file": buffer}).status_code == 302
    assert IncomingDelegation.objects.count() == 1
    # a data sheet titled otherwise, after a first sheet of notes: the problems say which sheet was read
    data.title = "Đoàn khách"
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "doan-vao.xlsx"
    problems = client.post("/so-theo-doi/doan-vao/nhap/", {"file": buffer}).context["problems"]
    assert problems[0] == (
        1,
        "",
        "Đã đọc trang «Ghi chú» của tệp. Nếu số liệu ở trang khác, đặt tên trang đó là «Đoàn vào» rồi nhập lại.",
    )
    assert IncomingDelegation.objects.count() == 1


def test_a_sheet_row_is_numbered_as_excel_numbers_it(client_for):
    rows = [[None] * len(HEADERS)] * 1200 + [good_row(visits="abc")]  # sheet row 1202, after blank ones
    response = upload(client_for("officer"), rows)
    page = response.content.decode()
    assert response.context["problems"][0][0] == 1202
    assert '<td class="num">1202</td>' in page and "1.202" not in page


def test_whether_a_trip_is_in_the_annual_plan_is_asked_of_every_row_as_the_form_asks_it(client_for):
    headers = ["Tên đoàn", "Số người", "Nước đến", "Ngày đi", "Đơn vị"]
    row = ["Đoàn công tác tỉnh", 5, "Lào", "10/3/2021", "SNgV"]
    client = client_for("officer")
    missing = client.post("/so-theo-doi/doan-ra/nhap/", {"file": workbook([row], headers)}).context["problems"]
    assert (1, "Trong kế hoạch năm", "Thiếu cột bắt buộc «Trong kế hoạch năm».") in missing
    blank = workbook([[*row, None]], [*headers, "Trong kế hoạch năm"])
    problems = client.post("/so-theo-doi/doan-ra/nhap/", {"file": blank}).context["problems"]
    assert [(r, c, m) for r, c, m in problems if r == 2] == [(2, "Trong kế hoạch năm", "Chọn «Có» hoặc «Không».")]
    assert OutgoingDelegation.objects.count() == 0
    answered = workbook([[*row, "Không"]], [*headers, "Trong kế hoạch năm"])
    assert client.post("/so-theo-doi/doan-ra/nhap/", {"file": answered}).status_code == 302
    assert OutgoingDelegation.objects.get().in_annual_plan is False
