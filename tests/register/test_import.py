"""XLSX import: every bad row reported with its reason, nothing saved while any row is bad."""

import io

import openpyxl

from ngoaivu.register.models import FishingIncident, IncomingDelegation

HEADERS = ["Mã", "Tên đoàn", "Cơ quan, tổ chức nước ngoài", "Quốc tịch", "Cấp đón tiếp", "Mục đích",
           "Ngày đến", "Ngày đi", "Số đoàn", "Số lượt người", "Nội dung làm việc", "Đơn vị", "Ghi chú"]


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


def good_row(title="Đoàn Đại học Khon Kaen", country="Thái Lan", visits=4):
    return ["", title, "", country, "Sở, ngành, địa phương", "Học tập", "05/3/2021", "07/03/2021", 1, visits, "", "SNgV", ""]


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


def test_bad_rows_are_all_reported_and_nothing_is_saved(client_for):
    rows = [
        good_row(),
        ["", "Đoàn A", "", "Xứ Sở Thần Tiên", "Sở, ngành, địa phương", "Làm việc", "05/3/2021", "", 1, 3, "", "SNgV", ""],
        ["", "Đoàn B", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "01/03/2021", 1, 3, "", "SNgV", ""],
        ["", "Đoàn C", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "", 3, 2, "", "SNgV", ""],
        ["", "Đoàn D", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "10/3/2021", "", 1, -4, "", "SNgV", ""],
        ["", "Đoàn E", "", "Lào", "Sở, ngành, địa phương", "Làm việc", "32/3/2021", "", 1, 3, "", "SNgV", ""],
    ]
    response = upload(client_for("officer"), rows)
    assert response.status_code == 200
    problems = response.context["problems"]
    rows_with_errors = {number for number, _message in problems}
    assert rows_with_errors == {3, 4, 5, 6, 7}  # sheet rows: the header is row 1
    text = " ".join(message for _n, message in problems)
    assert "Không rõ quốc gia «Xứ Sở Thần Tiên»" in text
    assert "không được trước" in text
    assert "Số lượt người không được ít hơn số đoàn" in text
    assert "32/3/2021" in text
    assert IncomingDelegation.objects.count() == 0


def test_a_reporter_cannot_import_rows_of_another_unit(client_for):
    response = upload(client_for("reporter"), [good_row()])  # the row names SNgV, the reporter is VP's
    assert response.status_code == 200
    assert "chỉ được nhập dữ liệu của đơn vị mình" in " ".join(m for _n, m in response.context["problems"])
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


def test_export_then_import_updates_in_place(client_for, incoming):
    client = client_for("officer")
    record = incoming()
    exported = client.get("/so-theo-doi/doan-vao/xuat.xlsx")
    book = openpyxl.load_workbook(io.BytesIO(exported.content))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("Số lượt người") + 1, value=9)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "x.xlsx"
    assert client.post("/so-theo-doi/doan-vao/nhap/", {"file": buffer}).status_code == 302
    record.refresh_from_db()
    assert record.person_visits == 9
    assert IncomingDelegation.objects.count() == 1


def test_a_file_that_is_not_xlsx_is_refused(client_for):
    fake = io.BytesIO("Tên đoàn;Quốc tịch\nĐoàn A;Lào\n".encode())
    fake.name = "doan-vao.xlsx"
    response = client_for("officer").post("/so-theo-doi/doan-vao/nhap/", {"file": fake})
    assert response.status_code == 200
    assert response.context["error"] == "Nội dung tệp không phải là Excel (.xlsx), dù tên tệp là «doan-vao.xlsx»."


def test_a_file_over_the_limit_is_refused(client_for, settings):
    settings.MAX_UPLOAD_SIZE = 1024
    big = workbook([good_row(title="x" * 200) for _ in range(50)])
    response = client_for("officer").post("/so-theo-doi/doan-vao/nhap/", {"file": big})
    assert response.status_code == 200
    assert "Tệp quá lớn" in response.context["error"]


def test_fishing_release_on_an_obstruction_is_a_row_error(client_for):
    headers = ["Số hiệu tàu", "Sự việc", "Nước bắt giữ, ngăn cản", "Ngày xảy ra", "Số ngư dân", "Ngày được thả", "Đơn vị"]
    rows = [["QNg 90479 TS", "Bị ngăn cản, lấy tài sản", "Trung Quốc", "02/4/2021", 6, "10/4/2021", "SNgV"]]
    response = client_for("officer").post("/so-theo-doi/ngu-dan/nhap/", {"file": workbook(rows, headers)})
    assert response.status_code == 200
    assert "Chỉ tàu bị bắt giữ mới có ngày được thả" in " ".join(m for _n, m in response.context["problems"])
    assert FishingIncident.objects.count() == 0


def test_unknown_and_missing_columns_are_named(client_for):
    response = upload(client_for("officer"), [["Đoàn A", "x"]], headers=["Tên đoàn", "Cột lạ"])
    messages = [message for _row, message in response.context["problems"]]
    assert "Cột «Cột lạ» không có trong mẫu của mục này." in messages
    assert "Thiếu cột bắt buộc «Quốc tịch»." in messages
    assert "Thiếu cột bắt buộc «Số lượt người»." in messages
    assert IncomingDelegation.objects.count() == 0


def test_a_sheet_without_rows_says_so(client_for):
    response = upload(client_for("officer"), [])
    assert response.context["problems"] == [(2, "Tệp không có dòng dữ liệu nào.")]
