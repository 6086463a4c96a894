"""The register of 2022 to 2026, on both sides of the merger of 01/7/2025.

Before it, the old tỉnh Quảng Ngãi (its Sở Ngoại vụ until 01/3/2025, then its Văn phòng UBND tỉnh,
its Bộ đội Biên phòng, its university and huyện Lý Sơn) and the old tỉnh Kon Tum (its Sở Ngoại vụ,
Văn phòng, Bộ đội Biên phòng and thành phố Kon Tum) each keep their own rows; after it, the new
tỉnh Quảng Ngãi's units. So that a report of 2026 compares with the same territory in 2025, and
one of 2025 with 2024 (the year before the register's 2025 rows, kept by the same units).

Names of delegations, enterprises, boats and donors are invented for the demo; the partner
provinces (Attapeu, Sekong, Champasak, Ratanakiri) are Kon Tum's and Quảng Ngãi's real neighbours
and partners.
"""

from datetime import date, timedelta
from decimal import Decimal

from ngoaivu.register.models import (
    AbtcApplication,
    ConsularCase,
    ForeignAid,
    OutgoingDelegation,
)

from .delegations import AGENCY, AID, INVEST, PROV, STUDY, SURVEY, WORK, make_incoming
from .records import DETAINED, HOANG_SA, OBSTRUCTED, make_fishing

# unit, start, days, title, foreign organisation, country, host level, purpose, person-visits
INCOMING = [
    # 2022 and 2023: the old Quảng Ngãi, so that a report of 2023 or 2024 compares with a year the
    # register holds (its rows begin in 2020; Kon Tum's in 2024).
    ("SNgV", date(2022, 4, 11), 3, "Đoàn tỉnh Champasak làm việc về hợp tác giáo dục, y tế",
     "UBND tỉnh Champasak", "LA", PROV, WORK, 9),
    ("SNgV", date(2022, 8, 23), 2, "Đoàn Tổng Lãnh sự quán Nhật Bản tại TP. Đà Nẵng làm việc với lãnh đạo tỉnh",
     "Tổng Lãnh sự quán Nhật Bản tại TP. Đà Nẵng", "JP", PROV, WORK, 4),
    ("SNgV", date(2022, 11, 15), 3, "Đoàn doanh nghiệp Hàn Quốc khảo sát đầu tư tại KCN VSIP Quảng Ngãi",
     "Hiệp hội doanh nghiệp Hàn Quốc", "KR", AGENCY, INVEST, 6),
    ("DHPVD", date(2022, 9, 5), 90, "Giảng viên tình nguyện Nhật Bản giảng dạy tiếng Nhật",
     "Cơ quan Hợp tác Quốc tế Nhật Bản (JICA)", "JP", AGENCY, STUDY, 1),
    ("SNgV", date(2023, 2, 20), 3, "Đoàn tỉnh Champasak thăm, chúc Tết và làm việc tại tỉnh",
     "UBND tỉnh Champasak", "LA", PROV, WORK, 8),
    ("SNgV", date(2023, 6, 13), 2, "Đoàn Đại sứ quán Úc làm việc về hợp tác phát triển",
     "Đại sứ quán Úc", "AU", PROV, WORK, 3),
    ("SNgV", date(2023, 9, 26), 3, "Đoàn doanh nghiệp Nhật Bản khảo sát đầu tư tại Khu kinh tế Dung Quất",
     "Hiệp hội doanh nghiệp Nhật Bản", "JP", AGENCY, INVEST, 5),
    ("UBNDLS", date(2023, 7, 18), 2, "Đoàn thiện nguyện Hàn Quốc khám bệnh cho ngư dân huyện đảo",
     "Tổ chức thiện nguyện (Hàn Quốc)", "KR", AGENCY, AID, 8),
    # 2024: the old Quảng Ngãi and the old Kon Tum.
    ("SNgV", date(2024, 1, 22), 3, "Đoàn tỉnh Champasak thăm, chúc Tết và làm việc tại tỉnh",
     "UBND tỉnh Champasak", "LA", PROV, WORK, 10),
    ("SNgV", date(2024, 3, 12), 2, "Đoàn Tổng Lãnh sự quán Hàn Quốc tại TP. Đà Nẵng chào xã giao lãnh đạo tỉnh",
     "Tổng Lãnh sự quán Hàn Quốc tại TP. Đà Nẵng", "KR", PROV, WORK, 3),
    ("SNgV", date(2024, 5, 6), 3, "Đoàn doanh nghiệp Nhật Bản khảo sát đầu tư tại Khu kinh tế Dung Quất",
     "Hiệp hội doanh nghiệp Nhật Bản", "JP", AGENCY, INVEST, 7),
    ("SNgV", date(2024, 8, 19), 4, "Đoàn tỉnh Attapeu làm việc về hợp tác nông nghiệp",
     "UBND tỉnh Attapeu", "LA", PROV, WORK, 8),
    ("SNgV", date(2024, 11, 11), 2, "Đoàn Đại sứ quán New Zealand làm việc về hợp tác giáo dục",
     "Đại sứ quán New Zealand", "NZ", PROV, WORK, 3),
    ("DHPVD", date(2024, 9, 3), 100, "Giảng viên tình nguyện Hàn Quốc giảng dạy tiếng Hàn",
     "Cơ quan Hợp tác Quốc tế Hàn Quốc (KOICA)", "KR", AGENCY, STUDY, 2),
    ("UBNDLS", date(2024, 6, 17), 2, "Đoàn thiện nguyện Nhật Bản tặng quà ngư dân huyện đảo",
     "Tổ chức thiện nguyện (Nhật Bản)", "JP", AGENCY, AID, 5),
    ("BĐBP", date(2024, 10, 8), 2, "Đoàn Biên phòng tỉnh Attapeu giao lưu, trao đổi kinh nghiệm",
     "Bộ Chỉ huy Quân sự tỉnh Attapeu", "LA", AGENCY, WORK, 7),
    ("SNgV-KT", date(2024, 2, 19), 3, "Đoàn tỉnh Sekong thăm, chúc Tết và làm việc tại tỉnh Kon Tum",
     "UBND tỉnh Sekong", "LA", PROV, WORK, 11),
    ("SNgV-KT", date(2024, 4, 23), 2, "Đoàn tỉnh Ratanakiri hội đàm về hợp tác biên giới",
     "UBND tỉnh Ratanakiri", "KH", AGENCY, WORK, 6),
    ("SNgV-KT", date(2024, 9, 24), 3, "Đoàn doanh nghiệp Hàn Quốc khảo sát trồng dược liệu",
     "Công ty dược liệu (Hàn Quốc)", "KR", AGENCY, INVEST, 4),
    ("BĐBP-KT", date(2024, 7, 10), 2, "Đoàn Chỉ huy Biên phòng tỉnh Attapeu hội đàm công tác biên giới",
     "Bộ Chỉ huy Quân sự tỉnh Attapeu", "LA", AGENCY, WORK, 9),
    ("UBNDTP-KT", date(2024, 12, 2), 2, "Đoàn thiện nguyện Hàn Quốc khám bệnh, tặng quà",
     "Tổ chức thiện nguyện (Hàn Quốc)", "KR", AGENCY, AID, 10),
    # The old Quảng Ngãi, before the merger.
    ("SNgV", date(2025, 1, 9), 3, "Đoàn doanh nghiệp Hàn Quốc khảo sát đầu tư tại KCN VSIP Quảng Ngãi",
     "Hiệp hội doanh nghiệp Hàn Quốc", "KR", AGENCY, INVEST, 6),
    ("SNgV", date(2025, 2, 18), 2, "Đoàn Tổng Lãnh sự quán Nhật Bản tại TP. Đà Nẵng chào xã giao lãnh đạo tỉnh",
     "Tổng Lãnh sự quán Nhật Bản tại TP. Đà Nẵng", "JP", PROV, WORK, 3),
    ("VP", date(2025, 4, 7), 4, "Đoàn tỉnh Champasak thăm và làm việc tại tỉnh",
     "UBND tỉnh Champasak", "LA", PROV, WORK, 9),
    ("VP", date(2025, 5, 20), 30, "Chuyên gia Đức vận hành lò cao tại Khu liên hợp gang thép Hòa Phát Dung Quất",
     "Nhà cung cấp thiết bị luyện thép (Đức)", "DE", AGENCY, WORK, 4),
    ("DHPVD", date(2025, 3, 3), 120, "Giảng viên tình nguyện Hoa Kỳ giảng dạy tiếng Anh",
     "Tổ chức giáo dục tình nguyện (Hoa Kỳ)", "US", AGENCY, STUDY, 2),
    ("UBNDLS", date(2025, 4, 22), 2, "Đoàn Tổ chức Hợp tác Quốc tế Nhật Bản (JICA) khảo sát dự án nước sạch",
     "JICA", "JP", AGENCY, SURVEY, 3),
    # The old Kon Tum, before the merger.
    ("SNgV-KT", date(2025, 1, 15), 3, "Đoàn tỉnh Attapeu thăm, chúc Tết và làm việc tại tỉnh Kon Tum",
     "UBND tỉnh Attapeu", "LA", PROV, WORK, 12),
    ("SNgV-KT", date(2025, 2, 25), 2, "Đoàn tỉnh Ratanakiri trao đổi về quản lý biên giới",
     "UBND tỉnh Ratanakiri", "KH", AGENCY, WORK, 7),
    ("VP-KT", date(2025, 4, 14), 5, "Đoàn tỉnh Sekong làm việc về hợp tác giáo dục, y tế",
     "UBND tỉnh Sekong", "LA", PROV, WORK, 10),
    ("VP-KT", date(2025, 6, 10), 3, "Đoàn doanh nghiệp Nhật Bản khảo sát trồng dược liệu sâm Ngọc Linh",
     "Công ty dược phẩm (Nhật Bản)", "JP", AGENCY, INVEST, 5),
    ("BĐBP-KT", date(2025, 5, 8), 2, "Đoàn Chỉ huy Biên phòng tỉnh Attapeu hội đàm công tác biên giới",
     "Bộ Chỉ huy Quân sự tỉnh Attapeu", "LA", AGENCY, WORK, 8),
    ("UBNDTP-KT", date(2025, 3, 26), 2, "Đoàn thiện nguyện Hàn Quốc khám bệnh, tặng quà",
     "Tổ chức thiện nguyện (Hàn Quốc)", "KR", AGENCY, AID, 11),
    ("VP-KT", date(2025, 6, 28), 2, "Đoàn Tổng Lãnh sự quán Lào tại TP. Đà Nẵng chào từ biệt lãnh đạo tỉnh",
     "Tổng Lãnh sự quán CHDCND Lào tại TP. Đà Nẵng", "LA", PROV, WORK, 3),
    # The new Quảng Ngãi, after the merger.
    ("VP", date(2025, 7, 21), 3, "Đoàn tỉnh Attapeu chúc mừng thành lập tỉnh Quảng Ngãi mới",
     "UBND tỉnh Attapeu", "LA", PROV, WORK, 10),
    ("VP", date(2025, 9, 15), 4, "Đoàn doanh nghiệp Hàn Quốc xúc tiến đầu tư tại Khu kinh tế Dung Quất",
     "Phòng Thương mại và Công nghiệp Hàn Quốc", "KR", AGENCY, INVEST, 8),
    ("VP", date(2025, 11, 4), 2, "Đoàn Đại sứ quán Australia làm việc về dự án nông nghiệp",
     "Đại sứ quán Australia", "AU", PROV, WORK, 4),
    ("BĐBP", date(2025, 10, 14), 2, "Đoàn Biên phòng tỉnh Sekong hội đàm định kỳ",
     "Bộ Chỉ huy Quân sự tỉnh Sekong", "LA", AGENCY, WORK, 9),
    ("VP", date(2026, 1, 13), 3, "Đoàn tỉnh Champasak thăm, chúc Tết và làm việc tại tỉnh",
     "UBND tỉnh Champasak", "LA", PROV, WORK, 11),
    ("VP", date(2026, 2, 24), 2, "Đoàn Tổng Lãnh sự quán Hàn Quốc tại TP. Đà Nẵng chào xã giao lãnh đạo tỉnh",
     "Tổng Lãnh sự quán Hàn Quốc tại TP. Đà Nẵng", "KR", PROV, WORK, 3),
    ("VP", date(2026, 3, 17), 5, "Đoàn tỉnh Attapeu làm việc về hợp tác trồng cây dược liệu",
     "UBND tỉnh Attapeu", "LA", PROV, WORK, 8),
    ("VP", date(2026, 4, 8), 20, "Chuyên gia Nhật Bản khảo sát điện gió ngoài khơi",
     "Công ty tư vấn năng lượng (Nhật Bản)", "JP", AGENCY, SURVEY, 3),
    ("DHPVD", date(2026, 3, 2), 90, "Đoàn sinh viên Hàn Quốc trao đổi, học tiếng Việt",
     "Trường đại học (Hàn Quốc)", "KR", AGENCY, STUDY, 14),
    ("BĐBP", date(2026, 5, 19), 2, "Đoàn Chỉ huy Biên phòng tỉnh Attapeu hội đàm công tác biên giới",
     "Bộ Chỉ huy Quân sự tỉnh Attapeu", "LA", AGENCY, WORK, 8),
    ("ĐKLS", date(2026, 6, 9), 2, "Đoàn JICA kiểm tra dự án nước sạch tại đặc khu Lý Sơn",
     "JICA", "JP", AGENCY, AID, 2),
    ("PKT", date(2026, 6, 23), 2, "Đoàn thiện nguyện Hàn Quốc khám bệnh, tặng quà tại phường Kon Tum",
     "Tổ chức thiện nguyện (Hàn Quốc)", "KR", AGENCY, AID, 9),
    ("VP", date(2026, 8, 18), 4, "Đoàn tỉnh Sekong làm việc về hợp tác giáo dục",
     "UBND tỉnh Sekong", "LA", PROV, WORK, 7),
    ("VP", date(2026, 10, 6), 3, "Đoàn doanh nghiệp Nhật Bản khảo sát đầu tư tại KCN VSIP Quảng Ngãi",
     "Tổ chức Xúc tiến Thương mại Nhật Bản (JETRO)", "JP", AGENCY, INVEST, 6),
]  # fmt: skip

# unit, start, days, title, head, persons, countries
OUTGOING = [
    ("SNgV", date(2022, 10, 17), 5, "Đoàn công tác tỉnh Quảng Ngãi làm việc tại tỉnh Champasak",
     "Phó Chủ tịch UBND tỉnh", 6, ["LA"]),
    ("SNgV", date(2023, 3, 6), 4, "Đoàn công tác tỉnh Quảng Ngãi thăm, chúc Tết tỉnh Champasak",
     "Phó Chủ tịch UBND tỉnh", 7, ["LA"]),
    ("SNgV", date(2023, 10, 9), 6, "Đoàn xúc tiến đầu tư tỉnh Quảng Ngãi tại Hàn Quốc",
     "Chủ tịch UBND tỉnh", 9, ["KR"]),
    ("SNgV", date(2024, 2, 26), 4, "Đoàn công tác tỉnh Quảng Ngãi thăm, chúc Tết tỉnh Champasak",
     "Phó Chủ tịch UBND tỉnh", 7, ["LA"]),
    ("SNgV", date(2024, 9, 9), 6, "Đoàn xúc tiến đầu tư, thương mại tỉnh Quảng Ngãi tại Nhật Bản",
     "Chủ tịch UBND tỉnh", 8, ["JP"]),
    ("SNgV-KT", date(2024, 3, 4), 4, "Đoàn công tác tỉnh Kon Tum làm việc tại tỉnh Attapeu",
     "Phó Chủ tịch UBND tỉnh Kon Tum", 6, ["LA"]),
    ("SNgV-KT", date(2025, 2, 10), 4, "Đoàn công tác tỉnh Kon Tum thăm, chúc Tết tỉnh Attapeu và tỉnh Sekong",
     "Phó Chủ tịch UBND tỉnh Kon Tum", 8, ["LA"]),
    ("VP", date(2025, 5, 12), 5, "Đoàn công tác tỉnh Quảng Ngãi làm việc tại tỉnh Champasak",
     "Phó Chủ tịch UBND tỉnh", 6, ["LA"]),
    ("VP-KT", date(2025, 6, 2), 4, "Đoàn công tác tỉnh Kon Tum làm việc tại tỉnh Ratanakiri",
     "Phó Chủ tịch UBND tỉnh Kon Tum", 5, ["KH"]),
    ("VP", date(2025, 10, 20), 6, "Đoàn xúc tiến đầu tư, thương mại tỉnh Quảng Ngãi tại Hàn Quốc",
     "Phó Chủ tịch UBND tỉnh", 7, ["KR"]),
    ("VP", date(2026, 2, 9), 4, "Đoàn công tác tỉnh thăm, chúc Tết các tỉnh Attapeu, Sekong và Champasak",
     "Phó Chủ tịch UBND tỉnh", 9, ["LA"]),
    ("VP", date(2026, 5, 25), 6, "Đoàn xúc tiến đầu tư, thương mại tại Nhật Bản",
     "Chủ tịch UBND tỉnh", 8, ["JP"]),
    ("VP", date(2026, 9, 14), 5, "Đoàn học tập kinh nghiệm chính quyền số tại thành phố Seoul, Hàn Quốc",
     "Chánh Văn phòng UBND tỉnh", 5, ["KR"]),
]  # fmt: skip

# unit, enterprise, tax code, businesspeople, received on, decided on
ABTC = [
    ("SNgV", "Công ty TNHH Thủy sản Lý Sơn", "4300791652", 2, date(2024, 3, 4), date(2024, 3, 25)),
    ("SNgV", "Công ty Cổ phần Đường Quảng Ngãi", "4300205943", 3, date(2024, 8, 12), date(2024, 9, 3)),
    ("SNgV-KT", "Công ty TNHH Nông sản Ngọc Hồi", "6100398214", 2, date(2024, 6, 17), date(2024, 7, 8)),
    ("SNgV", "Công ty Cổ phần Thủy sản Sa Huỳnh", "4300812236", 2, date(2025, 1, 6), date(2025, 1, 24)),
    ("VP", "Công ty TNHH Cơ khí Dung Quất", "4300854471", 3, date(2025, 4, 1), date(2025, 4, 22)),
    ("SNgV-KT", "Công ty Cổ phần Sâm Ngọc Linh Kon Tum", "6100237718", 2, date(2025, 1, 13), date(2025, 2, 4)),
    ("VP-KT", "Công ty TNHH Cà phê Đăk Hà", "6100418652", 1, date(2025, 4, 15), date(2025, 5, 6)),
    ("VP", "Công ty Cổ phần Gỗ Kon Tum", "6100519934", 2, date(2025, 9, 8), date(2025, 9, 26)),
    ("VP", "Công ty TNHH Thép Dung Quất", "4300871159", 4, date(2026, 1, 19), date(2026, 2, 10)),
    ("VP", "Công ty Cổ phần Dược liệu Măng Đen", "6100622381", 2, date(2026, 3, 23), date(2026, 4, 14)),
    ("VP", "Công ty TNHH Xuất nhập khẩu Sông Trà", "4300889012", 3, date(2026, 7, 6), date(2026, 7, 27)),
]

# unit, title, donor, country, kind, value in đồng, original value, currency, approved on, beneficiary
AID = [
    ("SNgV", "Xe đạp cho học sinh vùng biển", "Quỹ từ thiện (Nhật Bản)", "JP", "non_project",
     380_000_000, "15000.00", "USD", date(2024, 4, 9), "UBND huyện Đức Phổ"),
    ("SNgV", "Cứu trợ khẩn cấp sau bão số 6", "Hội Chữ thập đỏ (Hàn Quốc)", "KR", "emergency",
     1_250_000_000, "50000.00", "USD", date(2024, 10, 30), "Các xã ven biển"),
    ("VP-KT", "Giếng nước sạch cho các làng dân tộc thiểu số", "Tổ chức phi chính phủ (Hoa Kỳ)", "US", "project",
     1_980_000_000, "80000.00", "USD", date(2024, 7, 22), "UBND huyện Sa Thầy"),
    ("SNgV", "Học bổng cho học sinh nghèo vùng biển", "Quỹ học bổng (Hàn Quốc)", "KR", "non_project",
     420_000_000, "16000.00", "USD", date(2025, 2, 12), "UBND huyện Bình Sơn"),
    ("VP-KT", "Nhà bán trú cho học sinh dân tộc thiểu số", "Tổ chức phi chính phủ (Hàn Quốc)", "KR", "project",
     2_650_000_000, "104000.00", "USD", date(2025, 5, 16), "UBND huyện Kon Plông"),
    ("VP", "Cứu trợ khẩn cấp sau bão cho ngư dân", "Hội Chữ thập đỏ (Nhật Bản)", "JP", "emergency",
     1_270_000_000, "50000.00", "USD", date(2025, 6, 3), "UBND huyện Lý Sơn"),
    ("VP", "Cứu trợ khẩn cấp sau lũ tháng 11/2025", "Tổ chức nhân đạo (Australia)", "AU", "emergency",
     3_180_000_000, "125000.00", "USD", date(2025, 11, 28), "Các xã vùng lũ"),
    ("VP", "Trang thiết bị y tế cho trạm y tế xã vùng biên giới", "Tổ chức y tế (Hoa Kỳ)", "US", "non_project",
     1_910_000_000, "75000.00", "USD", date(2026, 3, 30), "Sở Y tế"),
    ("VP", "Dự án sinh kế cho đồng bào dân tộc thiểu số", "Tổ chức phi chính phủ (Đức)", "DE", "project",
     5_400_000_000, "190000.00", "EUR", date(2026, 6, 15), "Các xã miền núi"),
]  # fmt: skip


# unit, boat, owner, kind, country, occurred on, location, fishermen, released on
FISHING = [
    ("BĐBP", "QNg 96021 TS", "Trương Văn Hòa", OBSTRUCTED, "CN", date(2024, 3, 28), HOANG_SA, 8, None),
    ("BĐBP", "QNg 95188 TS", "Ngô Văn Sáu", DETAINED, "ID", date(2024, 8, 6), "Vùng biển Indonesia",
     7, date(2024, 12, 18)),
    ("SNgV", "QNg 95427 TS", "Nguyễn Văn Phú", OBSTRUCTED, "CN", date(2025, 2, 20), HOANG_SA, 7, None),
    ("BĐBP", "QNg 90518 TS", "Trần Văn Lợi", OBSTRUCTED, "CN", date(2025, 4, 11), HOANG_SA, 8, None),
    ("BĐBP", "QNg 96633 TS", "Lê Văn Biển", DETAINED, "MY", date(2025, 5, 27), "Vùng biển giáp ranh Malaysia",
     9, date(2025, 10, 2)),
    ("BĐBP", "QNg 95761 TS", "Võ Văn Quang", OBSTRUCTED, "CN", date(2025, 9, 3), HOANG_SA, 6, None),
    ("BĐBP", "QNg 90942 TS", "Phạm Văn Đông", OBSTRUCTED, "CN", date(2026, 3, 16), HOANG_SA, 7, None),
    ("BĐBP", "QNg 96180 TS", "Huỳnh Văn Tư", DETAINED, "ID", date(2026, 4, 29), "Vùng biển Indonesia", 8, None),
    ("BĐBP", "QNg 95304 TS", "Đỗ Văn Hải", OBSTRUCTED, "CN", date(2026, 7, 8), HOANG_SA, 5, None),
]  # fmt: skip

# unit, title, kind, country, occurred on, persons, closed on
CONSULAR = [
    ("SNgV", "Hỗ trợ công dân tỉnh bị nạn tại Nhật Bản về nước", "protection", "JP",
     date(2024, 5, 14), 1, date(2024, 6, 20)),
    ("SNgV-KT", "Người nước ngoài bị mất hộ chiếu tại Kon Tum", "foreigner", "KR",
     date(2024, 9, 2), 1, date(2024, 9, 10)),
    ("VP-KT", "Bảo hộ công dân tỉnh Kon Tum bị lừa đưa sang Campuchia lao động", "protection", "KH",
     date(2025, 3, 18), 3, date(2025, 5, 9)),
    ("VP", "Hỗ trợ thân nhân đưa thi hài công dân tỉnh từ Hàn Quốc về nước", "protection", "KR",
     date(2025, 4, 2), 1, date(2025, 4, 30)),
    ("VP", "Người nước ngoài bị tai nạn giao thông tại đèo Măng Đen", "foreigner", "FR",
     date(2025, 8, 12), 2, date(2025, 8, 20)),
    ("VP", "Bảo hộ công dân tỉnh bị tạm giữ tại Đài Loan", "protection", "TW",
     date(2026, 2, 5), 2, date(2026, 4, 17)),
    ("VP", "Hỗ trợ công dân tỉnh bị mắc kẹt tại Myanmar về nước", "protection", "MM",
     date(2026, 5, 11), 4, None),
]  # fmt: skip


def create(demo):
    for row in INCOMING:
        make_incoming(demo, *row)
    for unit, start, days, title, head, persons, countries in OUTGOING:
        demo.make(
            OutgoingDelegation,
            unit_code=unit,
            title=title,
            head=head,
            persons=persons,
            countries=countries,
            start_date=start,
            end_date=start + timedelta(days=days),
            nature=OutgoingDelegation.Nature.OFFICIAL,
            in_annual_plan=True,
        )
    for unit, enterprise, tax_code, people, received_on, decided_on in ABTC:
        demo.make(
            AbtcApplication,
            unit_code=unit,
            enterprise=enterprise,
            tax_code=tax_code,
            businesspeople=people,
            received_on=received_on,
            status=AbtcApplication.Status.APPROVED,
            decided_on=decided_on,
        )
    for unit, title, donor, country, kind, vnd, original, currency, approved_on, beneficiary in AID:
        demo.make(
            ForeignAid,
            unit_code=unit,
            title=title,
            donor=donor,
            country=country,
            kind=kind,
            value_vnd=Decimal(vnd),
            value_original=Decimal(original),
            currency=currency,
            approved_on=approved_on,
            beneficiary=beneficiary,
        )
    for row in FISHING:
        make_fishing(demo, *row)
    for unit, title, kind, country, occurred_on, persons, closed_on in CONSULAR:
        demo.make(
            ConsularCase,
            unit_code=unit,
            title=title,
            kind=kind,
            country=country,
            occurred_on=occurred_on,
            persons=persons,
            status=ConsularCase.Status.CLOSED if closed_on else ConsularCase.Status.OPEN,
            closed_on=closed_on,
        )
