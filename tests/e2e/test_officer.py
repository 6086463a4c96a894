"""The foreign-affairs officer (chuyenvien), in an English-speaking browser, on the demo province.

1. records an incoming delegation through the form (dates typed dd/mm/yyyy into the date
   picker, country and unit chosen in the searchable selects) and finds it in the list by
   searching without accents;
2. imports delegations from Excel: downloads the import page's template, fills two rows
   with openpyxl, uploads it and confirms;
3. makes a report («Lập báo cáo», period chosen with the period picker: "6 tháng đầu năm",
   year typed), edits a section, submits it (confirmation page); the leader (lanhdao)
   approves it; it is issued («Ban hành, cấp số»), the confirmation page naming the number
   and the date.
Each step is screenshotted and checked for English text; the test fails on any English
interface word, any 4xx/5xx response and any console error (conftest.Browser).
"""

import openpyxl
import pytest

from ngoaivu.core.models import Unit
from ngoaivu.register.models import IncomingDelegation
from ngoaivu.reporting.models import Report

pytestmark = [pytest.mark.browser]

TITLE = "Đoàn Học viện Nông nghiệp Chămpasắc khảo sát hợp tác đào tạo"


def test_officer_records_a_delegation_finds_it_without_accents_and_imports_excel(english_page, tmp_path):
    b, page = english_page, english_page.page
    b.sign_in("chuyenvien")
    b.step("trang chu")

    page.locator("nav.sidebar").get_by_role("link", name="Đoàn vào", exact=True).click()
    b.step("danh sach doan vao")
    page.get_by_role("link", name="Thêm mới").click()
    page.wait_for_selector("#id_title")
    b.step("form doan vao")

    # Saved empty: the messages beside the fields are Vietnamese (the form has novalidate, so the
    # browser's own English "Please fill out this field" must not show either).
    page.locator("main").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state()
    b.step("form trong bi tu choi")
    assert page.locator("main .error").count() >= 1

    # The searchable country list, with a search that finds nothing: its message is Vietnamese.
    control = page.locator("#id_country + .ts-wrapper .ts-control")
    if control.count():
        control.click()
        page.keyboard.type("zzzq")
        page.wait_for_timeout(300)
        b.step("tim quoc gia khong co")
        page.keyboard.press("Escape")

    page.fill("#id_title", TITLE)
    page.fill("#id_organisation", "Học viện Nông nghiệp Chămpasắc")
    b.select("#id_country", "LA")
    b.select("#id_purpose", "study")
    page.click("#id_start_date")  # the date picker opens: its month and weekday names must be Vietnamese
    b.step("lich chon ngay")
    page.fill("#id_start_date", "15/03/2021")
    page.keyboard.press("Escape")
    page.fill("#id_end_date", "18/03/2021")
    page.keyboard.press("Escape")
    page.fill("#id_person_visits", "6")
    # The officer's Sở ended on 01/3/2025: the form offers its successor, and a 2021 row is the Sở's.
    b.search_unit("#id_unit", "SNgV", "Sở Ngoại vụ (đến 28/02/2025)")
    assert page.input_value("#id_unit") == str(Unit.objects.get(code="SNgV").pk)
    b.step("form da dien")
    page.locator("main").get_by_role("button", name="Lưu").click()
    page.wait_for_load_state()
    b.step("doan vao da luu")
    assert page.locator("h1").inner_text() == TITLE
    row = IncomingDelegation.objects.get(title=TITLE)
    assert (row.country, str(row.start_date), str(row.end_date), row.person_visits) == (
        "LA",
        "2021-03-15",
        "2021-03-18",
        6,
    )

    page.locator("nav.sidebar").get_by_role("link", name="Đoàn vào", exact=True).click()
    page.fill("#id_q", "hoc vien nong nghiep champasac")  # typed without accents
    page.locator("main").get_by_role("button", name="Lọc").click()
    page.wait_for_load_state()
    b.step("tim khong dau")
    rows = page.locator("table.list tbody tr")
    assert rows.count() == 1, rows.all_inner_texts()
    assert TITLE in rows.first.inner_text() and "15/03/2021" in rows.first.inner_text()

    # Import from Excel with the page's own template.
    before = IncomingDelegation.objects.count()
    page.get_by_role("link", name="Nhập từ Excel").click()
    page.wait_for_selector("#id_file")
    b.step("trang nhap excel")
    with page.expect_download() as download:
        page.get_by_role("link", name="Tải tệp mẫu").click()
    template = tmp_path / download.value.suggested_filename
    download.value.save_as(template)
    assert template.suffix == ".xlsx"

    book = openpyxl.load_workbook(template)
    sheet = book.worksheets[0]
    header = [cell.value for cell in sheet[1]]
    assert sheet.cell(2, 1).value == "Ví dụ"
    rows_to_add = [
        {
            "Tên đoàn": "Đoàn Đại học Quốc gia Chungnam thăm Trường Đại học Phạm Văn Đồng",
            "Cơ quan, tổ chức nước ngoài": "Đại học Quốc gia Chungnam",
            "Quốc tịch": "Hàn Quốc",
            "Cấp đón tiếp": "Sở, ngành, địa phương",
            "Mục đích": "Làm việc",
            "Ngày đến": "06/04/2021",
            "Ngày đi": "08/04/2021",
            "Số đoàn": 1,
            "Số lượt người": 5,
            "Đơn vị": "Sở Ngoại vụ tỉnh Quảng Ngãi",
            "Ký hiệu đơn vị": "SNgV",
        },
        {
            "Tên đoàn": "Đoàn Tổng Lãnh sự quán Nhật Bản tại TP. Đà Nẵng làm việc với Sở",
            "Quốc tịch": "Nhật Bản",
            "Cấp đón tiếp": "Lãnh đạo tỉnh",
            "Mục đích": "Làm việc",
            "Ngày đến": "20/04/2021",
            "Ngày đi": "20/04/2021",
            "Số đoàn": 1,
            "Số lượt người": 3,
            "Đơn vị": "Sở Ngoại vụ tỉnh Quảng Ngãi",
            "Ký hiệu đơn vị": "SNgV",
        },
    ]
    for offset, values in enumerate(rows_to_add):
        for name, value in values.items():
            sheet.cell(3 + offset, header.index(name) + 1, value)
    filled = tmp_path / "doan-vao.xlsx"
    book.save(filled)

    page.set_input_files("#id_file", str(filled))
    page.locator("main form").get_by_role("button", name="Nhập").click()
    page.wait_for_load_state()
    b.step("sau khi tai len")
    # The import may show what it will save and ask to confirm.
    confirm = page.locator("main form button[type=submit]")
    if IncomingDelegation.objects.count() == before and confirm.count():
        confirm.last.click()
        page.wait_for_load_state()
        b.step("da xac nhan nhap")
    assert IncomingDelegation.objects.count() == before + 2, page.locator("main").inner_text()[:2000]
    assert IncomingDelegation.objects.filter(
        title__startswith="Đoàn Đại học Quốc gia Chungnam", person_visits=5
    ).exists()
    b.check()


def test_officer_makes_a_report_the_leader_approves_it_and_it_is_issued(english_page):
    b, page = english_page, english_page.page
    b.sign_in("chuyenvien")
    page.locator("nav.sidebar").get_by_role("link", name="Báo cáo định kỳ, chuyên đề").click()
    b.step("danh sach bao cao")
    page.locator("main").get_by_role("link", name="Lập báo cáo").click()
    page.wait_for_selector("#id_template")
    b.step("lap bao cao")

    b.search_unit("#id_unit", "SNgV", "Sở Ngoại vụ (đến 28/02/2025)")
    template = page.eval_on_selector(
        "#id_template", "s => [...s.options].find(o => o.text === 'Báo cáo công tác đối ngoại định kỳ').value"
    )
    b.select("#id_template", template)
    b.select("select[name=period_code_kind]", "half:1")
    page.locator("input[name=period_code_year]").fill("")
    page.locator("input[name=period_code_year]").press_sequentially("2021")
    b.step("chon ky bao cao")
    page.locator("main").get_by_role("button", name="Tạo dự thảo").click()
    page.wait_for_load_state()
    b.step("du thao")
    assert "6 tháng đầu năm 2021" in page.locator("h1").inner_text()
    report = Report.objects.order_by("-pk").first()
    assert report.status == Report.Status.DRAFT

    # Edit a section.
    page.locator("main").get_by_role("link", name="Sửa", exact=True).nth(2).click()
    page.wait_for_selector("#id_text")
    b.step("sua muc")
    added = "Sở đã phối hợp đón tiếp chu đáo các đoàn, bảo đảm an ninh, an toàn tuyệt đối."
    page.fill("#id_text", page.input_value("#id_text") + "\n" + added)
    page.locator("main").get_by_role("button", name="Xem trước").click()
    page.wait_for_load_state()
    b.step("xem truoc muc")
    assert added in page.locator("main").inner_text()
    page.locator("main").get_by_role("button", name="Lưu", exact=True).click()
    page.wait_for_load_state()
    b.step("muc da luu")
    assert added in page.locator("main").inner_text()

    # Submit, with its confirmation page.
    page.locator("main").get_by_role("link", name="Trình duyệt").first.click()
    page.wait_for_load_state()
    assert b.confirm_if_asked("Trình duyệt")
    b.step("da trinh duyet")
    report.refresh_from_db()
    assert report.status == Report.Status.SUBMITTED

    # The leader approves it.
    b.sign_in("lanhdao", f"/bao-cao/{report.pk}/")
    b.step("lanh dao xem bao cao")
    page.locator("main").get_by_role("link", name="Duyệt").first.click()
    page.wait_for_load_state()
    assert b.confirm_if_asked("Duyệt")
    b.step("da duyet")
    report.refresh_from_db()
    assert report.status == Report.Status.APPROVED

    # Issuing: the confirmation page says the number and the date it will bear.
    issue = page.locator("main").get_by_role("link", name="Ban hành, cấp số")
    if not issue.count():
        issue = page.locator("main").get_by_role("button", name="Ban hành, cấp số")
    issue.first.click()
    page.wait_for_load_state()
    b.step("xac nhan ban hanh")
    text = page.locator("main").inner_text()
    assert "/BC-SNgV" in text, text
    assert page.locator("main form input[name=confirmed]").count() == 1
    page.locator("main form:has(input[name=confirmed]) button[type=submit]").first.click()
    page.wait_for_load_state()
    b.step("da ban hanh")
    report.refresh_from_db()
    assert report.status == Report.Status.ISSUED
    assert report.number_label in text, (report.number_label, text)
    assert report.number_label in page.locator("main").inner_text()
    b.check()


def test_a_file_box_speaks_the_page_s_language_not_the_browser_s(english_page, tmp_path):
    # Chromium writes "Choose File" / "No file chosen" in its own language: the page puts its own words in front.
    b, page = english_page, english_page.page
    b.sign_in("chuyenvien", "/so-theo-doi/doc-bao-cao/")
    picker = page.locator("main .file-picker")
    choose = picker.get_by_role("button", name="Chọn tệp")
    assert choose.is_visible() and picker.locator(".file-name").inner_text() == "Chưa chọn tệp nào"
    report = tmp_path / "bao-cao-thang-10.txt"
    report.write_text(
        "BÁO CÁO\nCông tác đối ngoại tháng 10 năm 2026\n- Trong tháng, đón 04 đoàn vào.\n", encoding="utf-8"
    )
    with page.expect_file_chooser() as chooser:
        choose.click()
    chooser.value.set_files(str(report))
    assert picker.locator(".file-name").inner_text() == "bao-cao-thang-10.txt"
    b.step("chon tep bao cao")
    page.locator("main form").get_by_role("button", name="Đọc").click()
    page.wait_for_selector("text=bao-cao-thang-10.txt")
    b.step("tep da tai len")
    b.check()


def test_a_file_dropped_on_the_picker_is_the_one_uploaded(english_page):
    # The browser's box hides behind the button, so the picker itself takes a dropped file.
    b, page = english_page, english_page.page
    b.sign_in("chuyenvien", "/so-theo-doi/doc-bao-cao/")
    picker = page.locator("main .file-picker")
    picker.evaluate(
        """(picker) => {
            const files = new DataTransfer();
            files.items.add(new File(["BÁO CÁO\\nCông tác đối ngoại tháng 11 năm 2026\\n- Trong tháng, đón 03 đoàn vào.\\n"],
                                     "tha-vao-thang-11.txt", {type: "text/plain"}));
            files.items.add(new File(["x"], "thua.txt", {type: "text/plain"}));
            picker.dispatchEvent(new DragEvent("dragover", {dataTransfer: files, bubbles: true, cancelable: true}));
            picker.dispatchEvent(new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));
        }"""
    )
    # one box takes one file: the first of those dropped
    assert picker.locator(".file-name").inner_text() == "tha-vao-thang-11.txt"
    assert "dropping" not in (picker.get_attribute("class") or "")
    b.step("tha tep vao o chon tep")
    page.locator("main form").get_by_role("button", name="Đọc").click()
    page.wait_for_selector("text=tha-vao-thang-11.txt")
    b.check()
