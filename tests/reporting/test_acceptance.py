"""On the demo data the Sở Ngoại vụ's reports say what seeds 001 and 003 say, read back from the DOCX."""

import io
from datetime import date

import docx

from ngoaivu.core.models import Unit
from ngoaivu.reporting.docx_render import render_docx
from ngoaivu.reporting.models import Report, ReportTemplate
from ngoaivu.reporting.services import create_report, to_document


def report_text(period_code, template="general"):
    unit = Unit.objects.get(code="SNgV")
    report = create_report(unit, ReportTemplate.objects.get(code=template), period_code)
    document = docx.Document(io.BytesIO(render_docx(to_document(report))))
    return report, document, "\n".join(p.text for p in document.paragraphs)


def render_footnotes(document):
    """The text of the Word footnotes part."""
    part = next(rel.target_part for rel in document.part.rels.values() if rel.reltype.endswith("/footnotes"))
    return part.blob.decode("utf-8")


def header_columns(document):
    """The text of the header table's left and right columns, whatever its rows."""
    table = document.tables[0]
    return ["\n".join(row.cells[i].text for row in table.rows) for i in (0, 1)]


def test_august_2021(demo, db):
    report, _document, text = report_text("2021-08")
    assert report.title == "Công tác đối ngoại tháng 8/2021"
    # seed 003's none, compared as every figure is where the same month of 2020 had some
    assert (
        "Trong tháng, không có người nước ngoài đến làm việc trên địa bàn tỉnh (giảm 02 đoàn với 06 lượt người so với "
        "cùng kỳ năm 2020)." in text
    )
    assert "Tính chung trong 8 tháng, Sở phối hợp hướng dẫn, quản lý 19 đoàn với 54 lượt người nước ngoài" in text
    assert "toàn tỉnh có 02 tàu cá cùng 19 ngư dân bị nước ngoài bắt giữ" in text
    assert "Toàn tỉnh vẫn còn 05 tàu cá cùng 42 ngư dân đang bị các nước bắt giữ" in text
    assert "Sở không tiếp nhận hồ sơ thẩm tra, làm thủ tục trình Chủ tịch UBND tỉnh" in text
    assert (
        "Trong 8 tháng, không có cán bộ công chức đi công tác nước ngoài về việc công và cả việc riêng (giảm 02 đoàn "
        "với 11 lượt người so với cùng kỳ năm 2020)." in text
    )
    assert "DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU THÁNG 9/2021" in text
    # Seed 003's «4.»: the work with the localities of Laos, between the economic area and the aid, the steps on
    # the Champasak agreements told there and not under «3.».
    lines = text.split("\n")
    heading = "4. Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào"
    economic = lines.index("3. Công tác ngoại giao kinh tế và hợp tác quốc tế")
    aid = lines.index("5. Công tác vận động và quản lý viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài")
    assert economic < lines.index(heading) < aid
    assert lines[lines.index(heading) + 1].startswith(
        "Về Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak, CHDCND Lào giai đoạn 2021 - 2025: Báo cáo "
        "Ban Thường vụ Tỉnh ủy"
    )
    assert not any(line.startswith("Về ") for line in lines[economic : lines.index(heading)])
    assert "6. Công tác lãnh sự và bảo hộ công dân; công tác biên giới, lãnh thổ" in lines


def test_first_half_2021(demo, db):
    report, _document, text = report_text("2021-H1", "review")
    # Seed 001's outline: the unit's functions, the tasks assigned, the direction of the next 6 months.
    headings = [str(section) for section in report.sections.filter(level__lte=2)]
    assert headings[:3] == [
        "I. TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ ĐƯỢC GIAO",
        "1. Công tác lãnh đạo, chỉ đạo và tổ chức thực hiện các nghị quyết của Đảng, chính sách, pháp luật "
        "của Nhà nước",
        "2. Kết quả công tác đối ngoại trong 6 tháng đầu năm 2021",
    ]
    assert headings[3:] == [
        "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO",
        "1. Theo Chương trình công tác quý I và quý II của UBND tỉnh",  # seed 001's words
        "2. Các nhiệm vụ khác được UBND tỉnh, Chủ tịch UBND tỉnh giao",
        "III. ĐỊNH HƯỚNG NHIỆM VỤ CÔNG TÁC CHỦ YẾU TRONG 6 THÁNG CUỐI NĂM 2021",
    ]
    # Seed 001's letters: delegations out and in under one, consular work with the protection of citizens.
    assert "a) Công tác lễ tân đối ngoại, tổ chức và quản lý đoàn ra/đoàn vào\n- Sở không tiếp nhận hồ sơ" in text
    # …and the work with the localities of Laos under its own letter after the economic area, students first.
    assert (
        "d) Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào\n- Chủ trì, phối "
        "hợp với các cơ quan, đơn vị liên quan tổ chức tiếp nhận, đón 185 lưu học sinh Lào trở lại tỉnh; tiếp nhận "
        "14 lưu học sinh tỉnh Attapeu và Champasak đến học tập tại tỉnh.\n" in text
    )
    assert text.count("lưu học sinh Lào trở lại tỉnh") == 1  # told under «d)» only, not again with the students
    assert "đ) Công tác vận động và quản lý viện trợ" in text
    assert "e) Công tác lãnh sự và bảo hộ công dân\n- Công tác lãnh sự: Thẩm tra hồ sơ" in text
    assert text.index("l) Công tác cải cách hành chính") < text.index("m) Công tác tham mưu xây dựng")
    assert report.closing == (
        "Trên đây là nội dung báo cáo của Sở Ngoại vụ, kính đề nghị Sở Kế hoạch và Đầu tư, Văn phòng UBND tỉnh "
        "tổng hợp, báo cáo UBND tỉnh./."
    )
    assert "Trong 6 tháng đầu năm, Sở phối hợp hướng dẫn, quản lý 17 đoàn với 35 lượt người nước ngoài" in text
    assert "phê duyệt 03 khoản viện trợ quốc tế khẩn cấp với tổng giá trị 7,037 tỷ đồng" in text
    assert "cho phép 04 doanh nhân của 03 doanh nghiệp trên địa bàn tỉnh sử dụng thẻ ABTC" in text
    assert "Có 04 tàu cá cùng với 22 ngư dân bị nước ngoài ngăn cản, lấy tài sản" in text
    # seed 001's «e)»: the protection of fishermen led by its name, as the consular work is
    assert (
        "- Công tác bảo hộ ngư dân và tàu thuyền: Trong 6 tháng đầu năm, toàn tỉnh không có tàu và ngư dân bị nước "
        "ngoài bắt giữ (giảm 02 tàu cá cùng 14 ngư dân so với cùng kỳ năm 2020)." in text
    )
    assert "phát hành 03 Bản tin Đối ngoại Quảng Ngãi số 22, 23 và 24" in text
    assert "đón 185 lưu học sinh Lào trở lại tỉnh" in text
    # Tasks assigned by the UBND tỉnh come from the register, with due period and progress.
    assert "Thời gian hoàn thành được giao: Quý I hoặc II" in text
    # …in the officer's own words of the result, as seed 001 gives them (lines 109 and 115).
    assert (
        "Tiến độ thực hiện: Đã trình UBND tỉnh dự thảo Kế hoạch hợp tác giai đoạn 2021-2025 và Bản ghi nhớ hợp tác "
        "giữa tỉnh Quảng Ngãi với tỉnh Champasak giai đoạn 2021-2025." in text
    )
    assert (
        "Tổ chức Hội nghị vận động viện trợ nước ngoài vào tỉnh Quảng Ngãi: Đang triển khai thực hiện, dự kiến" in text
    )
    # …and the document that shows it is a real footnote, as in seed 001.
    footnotes = render_footnotes(_document)
    assert "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ." in footnotes
    # A document is cited in full on first mention only.
    assert text.count("Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị") == 1


def test_the_official_format(demo, db):
    report, document, _text = report_text("2021-08")
    section = document.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert 20 <= round(section.top_margin.mm) <= 25 and 30 <= round(section.left_margin.mm) <= 35
    assert 15 <= round(section.right_margin.mm) <= 20
    assert document.styles["Normal"].font.name == "Times New Roman"
    cells = header_columns(document)
    assert "SỞ NGOẠI VỤ" in cells[0] and "UBND TỈNH QUẢNG NGÃI" in cells[0]
    assert "Số:" in cells[0] and "/BC-SNgV" in cells[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in cells[1] and "Độc lập - Tự do - Hạnh phúc" in cells[1]
    assert "Quảng Ngãi, ngày" in cells[1]
    signature = document.tables[-1]
    assert "Nơi nhận:" in signature.rows[0].cells[0].text
    assert "GIÁM ĐỐC" in signature.rows[0].cells[1].text and "Nguyễn Viết Vy" in signature.rows[0].cells[1].text


def test_an_issued_report_carries_its_number_and_date(demo, db):
    from ngoaivu.reporting.workflow import issue

    # The demo has issued reports of the Sở this year: this one takes the number after theirs.
    issued = Report.objects.filter(unit__code="SNgV", year=2021, status=Report.Status.ISSUED)
    number = max(issued.values_list("number", flat=True), default=0) + 1
    report, _document, _text = report_text("2021-08")
    issue(report, today=date(2021, 9, 5))
    cells = header_columns(docx.Document(io.BytesIO(render_docx(to_document(report)))))
    assert f"Số: {number:02d}/BC-SNgV" in cells[0]
    assert "Quảng Ngãi, ngày 05 tháng 9 năm 2021" in cells[1]


def test_a_quarter_tells_the_tasks_as_they_stood_at_its_end(demo, db):
    # The training plan was done on 21/5/2021 by Quyết định số 730/QĐ-UBND: after the first quarter.
    report, _document, text = report_text("2021-Q1")
    plan = next(line for line in text.split("\n") if "Kế hoạch bồi dưỡng" in line)
    assert plan.endswith(": Đang triển khai thực hiện.")
    assert not any("730/QĐ-UBND" in note for note in report.footnotes)
    report, _document, _text = report_text("2021-H1", "review")
    assert any("730/QĐ-UBND" in note for note in report.footnotes)
