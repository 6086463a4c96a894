"""Legal documents: those the seed reports cite, parsed by hand, and a few the demo needs."""

from datetime import date

from ngoaivu.core.models import LegalDocument

CITED, ISSUED, SUBMITTED = LegalDocument.Stage.CITED, LegalDocument.Stage.ISSUED, LegalDocument.Stage.SUBMITTED

# doc_type, number, issued_on, issuer, summary, stage, unit code (the drafting unit when not merely cited)
DOCUMENTS = [
    # Cited by seed 001 (Sở Ngoại vụ, 6 tháng đầu năm 2021) and seed 003 (tháng 8/2021).
    ("Công văn", "2314/UBND-TH", date(2021, 5, 25), "UBND tỉnh",
     "về việc báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng đầu năm 2021", CITED, None),
    ("Quyết định", "272-QĐ/TW", date(2015, 1, 21), "Bộ Chính trị khóa XI",
     "về việc ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại (Quy chế 272)", CITED, None),
    ("Quyết định", "323-QĐ/TU", date(2015, 6, 16), "Ban Thường vụ Tỉnh ủy Quảng Ngãi",
     "về Quy chế quản lý thống nhất các hoạt động đối ngoại tỉnh Quảng Ngãi", CITED, None),
    ("Nghị quyết", "01/NQ-CP", date(2021, 1, 1), "Chính phủ",
     "về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách "
     "nhà nước năm 2021", CITED, None),
    ("Nghị quyết", "02/NQ-CP", date(2021, 1, 1), "Chính phủ",
     "về tiếp tục thực hiện những nhiệm vụ, giải pháp chủ yếu cải thiện môi trường kinh doanh, nâng cao "
     "năng lực cạnh tranh quốc gia năm 2021", CITED, None),
    ("Quyết định", "16/QĐ-UBND", date(2021, 1, 11), "UBND tỉnh",
     "về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội năm 2021", CITED, None),
    ("Quyết định", "43/QĐ-UBND", date(2021, 1, 20), "UBND tỉnh",
     "ban hành Chương trình công tác năm 2021 của UBND tỉnh", CITED, None),
    ("Quyết định", "1956/QĐ-UBND", date(2020, 12, 18), "Chủ tịch UBND tỉnh",
     "về việc công bố Danh mục TTHC bị bãi bỏ trong lĩnh vực hoạt động phi chính phủ thuộc thẩm quyền "
     "giải quyết của Sở Ngoại vụ tỉnh Quảng Ngãi", ISSUED, "SNgV"),
    ("Quyết định", "35/2014/QĐ-UBND", date(2014, 7, 15), "UBND tỉnh",
     "về tổ chức, quản lý hội nghị, hội thảo quốc tế trên địa bàn tỉnh Quảng Ngãi", CITED, None),
    ("Quyết định", "06/2021/QĐ-UBND", date(2021, 3, 18), "UBND tỉnh",
     "bãi bỏ Quyết định số 35/2014/QĐ-UBND ngày 15/7/2014 của UBND tỉnh về tổ chức, quản lý hội nghị, "
     "hội thảo quốc tế trên địa bàn tỉnh Quảng Ngãi", ISSUED, "SNgV"),
    ("Quyết định", "541/QĐ-UBND", date(2021, 4, 9), "Chủ tịch UBND tỉnh",
     "về việc ủy quyền cho Giám đốc Sở Ngoại vụ quyết định cho phép tổ chức hội nghị, hội thảo quốc tế "
     "trên địa bàn tỉnh Quảng Ngãi", ISSUED, "SNgV"),
    ("Quyết định", "05/2007/QĐ-UBND", date(2007, 1, 25), "UBND tỉnh Quảng Ngãi",
     "về việc ban hành Quy chế đón tiếp các đoàn khách nước ngoài đến thăm, làm việc tại tỉnh Quảng Ngãi",
     CITED, None),
    ("Quyết định", "17/2021/QĐ-UBND", date(2021, 5, 21), "UBND tỉnh",
     "bãi bỏ Quyết định số 05/2007/QĐ-UBND ngày 25/01/2007 của UBND tỉnh Quảng Ngãi về việc ban hành "
     "Quy chế đón tiếp các đoàn khách nước ngoài đến thăm, làm việc tại tỉnh Quảng Ngãi", ISSUED, "SNgV"),
    ("Thông báo", "331/TB-SNgV", date(2021, 5, 10), "Sở Ngoại vụ",
     "khuyến khích tổ chức, cá nhân lựa chọn cách thức nộp hồ sơ và nhận kết quả giải quyết TTHC phù hợp "
     "trong tình hình dịch bệnh đang diễn biến phức tạp", ISSUED, "SNgV"),
    ("Công văn", "49/SNgV-HTQT", date(2021, 5, 31), "Sở Ngoại vụ",
     "trình UBND tỉnh dự thảo Kế hoạch hợp tác giai đoạn 2021-2025 và Bản ghi nhớ hợp tác giữa tỉnh "
     "Quảng Ngãi với tỉnh Champasak giai đoạn 2021-2025", ISSUED, "SNgV"),
    ("Quyết định", "730/QĐ-UBND", date(2021, 5, 21), "Chủ tịch UBND tỉnh",
     "ban hành Kế hoạch bồi dưỡng kiến thức, kỹ năng, nghiệp vụ đối ngoại và ngoại ngữ cho cán bộ, công "
     "chức, viên chức làm công tác hội nhập quốc tế và ngoại vụ giai đoạn 2022 - 2025", ISSUED, "SNgV"),
    ("Nghị quyết", "22-NQ/TW", date(2013, 4, 10), "Bộ Chính trị", "về hội nhập quốc tế", CITED, None),
    ("Nghị quyết", "31/NQ-CP", date(2014, 5, 13), "Chính phủ",
     "ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 22-NQ/TW", CITED, None),
    ("Chương trình hành động", "45-CTr/TU", date(2013, 11, 19), "Ban Thường vụ Tỉnh ủy",
     "về thực hiện Nghị quyết số 22-NQ/TW", CITED, None),
    # Seed 002 dates it 24/4/2014; seeds 001 and 003 (the Sở's own reports) agree on 22/4/2014.
    ("Quyết định", "590/QĐ-UBND", date(2014, 4, 22), "UBND tỉnh",
     "ban hành Kế hoạch thực hiện Chương trình hành động của Ban Thường vụ Tỉnh ủy thực hiện Nghị quyết "
     "số 22-NQ/TW", CITED, None),
    ("Chỉ thị", "45-CT/TW", date(2015, 5, 19), "Bộ Chính trị",
     "về việc tiếp tục đẩy mạnh thực hiện Nghị quyết số 36-NQ/TW của Bộ Chính trị khóa IX về công tác "
     "đối với người Việt Nam ở nước ngoài trong tình hình mới", CITED, None),
    ("Nghị quyết", "36-NQ/TW", None, "Bộ Chính trị khóa IX",
     "về công tác đối với người Việt Nam ở nước ngoài", CITED, None),
    ("Quyết định", "09/2011/QĐ-UBND", date(2011, 5, 4), "UBND tỉnh",
     "về việc ban hành Quy chế xét, cho phép sử dụng thẻ đi lại của doanh nhân APEC thuộc tỉnh Quảng Ngãi",
     CITED, None),
    ("Quyết định", "39/QĐ-SNgV", date(2021, 7, 22), "Sở Ngoại vụ",
     "ban hành Nội quy bảo vệ bí mật nhà nước của Sở Ngoại vụ tỉnh Quảng Ngãi", ISSUED, "SNgV"),
    ("Nghị quyết", "39-NQ/TW", date(2015, 4, 17), "Bộ Chính trị",
     "về tinh giản biên chế và cơ cấu lại đội ngũ cán bộ, công chức, viên chức", CITED, None),
    # Cited by seeds 000 and 002 (Văn phòng UBND tỉnh).
    ("Công văn", "1353/SNgV-ĐN", date(2023, 11, 9), "Sở Ngoại vụ",
     "về báo cáo tình hình thực hiện Kế hoạch số 92/KH-UBND trong năm 2023", CITED, None),
    ("Kế hoạch", "92/KH-UBND", date(2022, 6, 3), "UBND tỉnh",
     "về triển khai thực hiện Chỉ thị số 12-CT/TW của Ban Bí thư", CITED, None),
    ("Chỉ thị", "12-CT/TW", None, "Ban Bí thư", "", CITED, None),
    ("Công văn", "1874/SNgV-ĐN", date(2024, 11, 12), "Sở Ngoại vụ",
     "về việc báo cáo tình hình, kết quả triển khai công tác hội nhập quốc tế năm 2024", CITED, None),
    ("Công văn", "1821/VP-HCQT", date(2024, 8, 9), "Văn phòng UBND tỉnh",
     "về Kế hoạch đoàn ra năm 2025 của Văn phòng UBND tỉnh", ISSUED, "VP"),
    # Not in the seeds: numbers invented for the demo (dispatch decisions, plan approvals).
    ("Quyết định", "1895/QĐ-UBND", date(2019, 12, 20), "Chủ tịch UBND tỉnh",
     "phê duyệt Kế hoạch đoàn ra, đoàn vào năm 2020 của Sở Ngoại vụ", ISSUED, "SNgV"),
    ("Quyết định", "08/QĐ-UBND", date(2020, 1, 3), "Chủ tịch UBND tỉnh",
     "về việc cử đoàn công tác của tỉnh thăm và làm việc tại tỉnh Champasak, CHDCND Lào", ISSUED, "SNgV"),
    ("Quyết định", "152/QĐ-UBND", date(2020, 2, 7), "Chủ tịch UBND tỉnh",
     "về việc cử đoàn công tác xúc tiến đầu tư, thương mại tại Nhật Bản", ISSUED, "SNgV"),
    ("Quyết định", "267/QĐ-UBND", date(2021, 3, 5), "Chủ tịch UBND tỉnh",
     "phê duyệt Kế hoạch đoàn ra, đoàn vào năm 2021 của Sở Ngoại vụ", ISSUED, "SNgV"),
]


def create_documents(demo):
    for doc_type, number, issued_on, issuer, summary, stage, unit in DOCUMENTS:
        demo.docs[number] = demo.make(
            LegalDocument, doc_type=doc_type, number=number, issued_on=issued_on, issuer=issuer,
            summary=summary, stage=stage, unit=demo.units[unit] if unit else None,
        )
