"""Thẻ ABTC, viện trợ, lãnh sự, bảo hộ ngư dân, người nước ngoài và lưu học sinh, NVNONN.

Seed 001 (6 tháng đầu năm 2021): 03 emergency aids worth 7,037 tỷ đồng; 04 businesspeople of
03 enterprises allowed to use the ABTC; no boat detained, 04 boats with 22 fishermen obstructed;
185 Lao students back after quarantine and 14 new students of Champasak and Attapeu.
Seed 003 (tháng 8/2021): 02 boats with 19 fishermen detained; 42 fishermen still detained.
"""

from datetime import date
from decimal import Decimal

from ngoaivu.register.models import (
    AbtcApplication,
    ConsularCase,
    FishingIncident,
    ForeignAid,
    ForeignResident,
    OverseasVietnameseActivity,
)

APPROVED, RECEIVED = AbtcApplication.Status.APPROVED, AbtcApplication.Status.RECEIVED

# enterprise, tax code, names, received on, status, decided on
ABTC = [
    (
        "Công ty TNHH Thương mại Dịch vụ Sông Trà",
        "4300761254",
        ["Nguyễn Văn Hùng", "Lê Thị Ngọc Ánh", "Trần Quốc Bảo"],
        date(2020, 1, 6),
        APPROVED,
        date(2020, 1, 21),
    ),
    (
        "Công ty Cổ phần Chế biến Lâm sản Dung Quất",
        "4300802317",
        ["Phạm Minh Tuấn"],
        date(2020, 9, 7),
        APPROVED,
        date(2020, 9, 28),
    ),
    # First half of 2021: 04 businesspeople of 03 enterprises.
    (
        "Công ty Cổ phần Xuất nhập khẩu Thiên Ấn",
        "4300815560",
        ["Võ Thành Nhân", "Đặng Thị Thu Hương"],
        date(2021, 2, 22),
        APPROVED,
        date(2021, 3, 15),
    ),
    (
        "Công ty TNHH Chế biến Gỗ Tịnh Phong",
        "4300769832",
        ["Huỳnh Văn Lợi"],
        date(2021, 4, 5),
        APPROVED,
        date(2021, 4, 26),
    ),
    (
        "Công ty TNHH Thủy sản Sa Huỳnh",
        "4300741905",
        ["Bùi Thị Mỹ Linh"],
        date(2021, 5, 17),
        APPROVED,
        date(2021, 6, 8),
    ),
    # Received in August 2021, still being appraised.
    (
        "Công ty TNHH Dịch vụ Hàng hải Sa Kỳ",
        "4300827741",
        ["Ngô Văn Phước", "Trương Thị Kim Yến"],
        date(2021, 8, 16),
        RECEIVED,
        None,
    ),
]

EMERGENCY, PROJECT, NON_PROJECT = ForeignAid.Kind.EMERGENCY, ForeignAid.Kind.PROJECT, ForeignAid.Kind.NON_PROJECT

# title, donor, country, kind, sector, value in đồng, original value, currency, approved on, beneficiary
AID = [
    (
        "Trang thiết bị y tế phòng, chống dịch Covid-19",
        "Tổ chức Madison Quakers, Inc. (MQI)",
        "US",
        NON_PROJECT,
        "Y tế",
        185_600_000,
        Decimal("8000.00"),
        "USD",
        date(2020, 4, 15),
        "Trung tâm Y tế huyện Sơn Tịnh",
    ),
    (
        "Dự án cấp nước sạch và công trình vệ sinh trường học",
        "East Meets West (Thrive Networks)",
        "US",
        PROJECT,
        "Nước sạch và vệ sinh môi trường",
        1_392_000_000,
        Decimal("60000.00"),
        "USD",
        date(2020, 6, 25),
        "Sở Giáo dục và Đào tạo",
    ),
    (
        "Cứu trợ khẩn cấp người dân bị thiệt hại do bão số 9 (Molave)",
        "Tổ chức Cứu trợ Trẻ em (Save the Children) tại Việt Nam",
        "GB",
        EMERGENCY,
        "Cứu trợ thiên tai",
        1_500_000_000,
        None,
        "VND",
        date(2020, 11, 12),
        "UBND huyện Bình Sơn",
    ),
    (
        "Hỗ trợ khẩn cấp nhu yếu phẩm cho hộ gia đình bị ảnh hưởng bởi bão lũ",
        "Tổ chức Plan International tại Việt Nam",
        "GB",
        EMERGENCY,
        "Cứu trợ thiên tai",
        860_000_000,
        None,
        "VND",
        date(2020, 12, 4),
        "UBND huyện Lý Sơn",
    ),
    (
        "Hỗ trợ sửa chữa nhà ở cho hộ nghèo bị hư hỏng do bão số 9",
        "Tổ chức Habitat for Humanity tại Việt Nam",
        "US",
        NON_PROJECT,
        "Nhà ở",
        924_000_000,
        Decimal("40000.00"),
        "USD",
        date(2020, 12, 17),
        "UBND thị xã Đức Phổ",
    ),
    # First half of 2021: exactly 03 emergency aids, 7.037.000.000 đồng in all.
    (
        "Hỗ trợ khắc phục hậu quả thiên tai cho người dân tỉnh Quảng Ngãi",
        "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam (KoCham)",
        "KR",
        EMERGENCY,
        "Cứu trợ thiên tai",
        2_300_000_000,
        None,
        "VND",
        date(2021, 1, 19),
        "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi",
    ),
    (
        "Cứu trợ khẩn cấp khắc phục hậu quả bão lũ năm 2020",
        "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam",
        "US",
        EMERGENCY,
        "Cứu trợ thiên tai",
        4_600_000_000,
        Decimal("200000.00"),
        "USD",
        date(2021, 3, 2),
        "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi",
    ),
    (
        "108.373 túi bột lọc nước P&G hỗ trợ người dân bị thiệt hại sau bão lũ",
        "Tổ chức Water Mission (Hoa Kỳ), qua Bộ Ngoại giao",
        "US",
        EMERGENCY,
        "Nước sạch",
        137_000_000,
        Decimal("5956.52"),
        "USD",
        date(2021, 4, 20),
        "Ủy ban MTTQ Việt Nam tỉnh Quảng Ngãi",
    ),
    # July 2021.
    (
        "Vật tư y tế phòng, chống dịch Covid-19",
        "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam",
        "US",
        NON_PROJECT,
        "Y tế",
        460_000_000,
        Decimal("20000.00"),
        "USD",
        date(2021, 7, 23),
        "Sở Y tế tỉnh Quảng Ngãi",
    ),
]

DETAINED, OBSTRUCTED = FishingIncident.Kind.DETAINED, FishingIncident.Kind.OBSTRUCTED
HOANG_SA = "Vùng biển quần đảo Hoàng Sa"

# boat, owner, kind, country, occurred on, location, fishermen, released on
FISHING = [
    # 2020: detained and released the same year.
    ("QNg 90917 TS", "Nguyễn Văn Tám", DETAINED, "CN", date(2020, 3, 14), HOANG_SA, 8, date(2020, 3, 20)),
    (
        "QNg 96412 TS",
        "Trần Văn Được",
        DETAINED,
        "MY",
        date(2020, 5, 9),
        "Vùng biển giáp ranh Malaysia",
        6,
        date(2020, 11, 5),
    ),
    ("QNg 90385 TS", "Phạm Văn Sáu", OBSTRUCTED, "CN", date(2020, 6, 2), HOANG_SA, 9, None),
    ("QNg 95138 TS", "Lê Văn Hai", OBSTRUCTED, "CN", date(2020, 8, 21), HOANG_SA, 7, None),
    # 2020: detained and still held on 31/08/2021 (23 fishermen); one released in October 2021, the others in 2022.
    ("QNg 96078 TS", "Võ Văn Thương", DETAINED, "ID", date(2020, 7, 18), "Vùng biển Indonesia", 8, date(2022, 1, 14)),
    (
        "QNg 90624 TS",
        "Huỳnh Văn Chín",
        DETAINED,
        "MY",
        date(2020, 9, 26),
        "Vùng biển giáp ranh Malaysia",
        7,
        date(2022, 2, 21),
    ),
    ("QNg 95573 TS", "Đỗ Văn Lực", DETAINED, "ID", date(2020, 11, 30), "Vùng biển Indonesia", 8, date(2021, 10, 12)),
    # First half of 2021: 04 boats with 22 fishermen obstructed and robbed of their property; none detained.
    ("QNg 90752 TS", "Nguyễn Văn Lâm", OBSTRUCTED, "CN", date(2021, 3, 4), HOANG_SA, 6, None),
    ("QNg 96231 TS", "Trương Văn Hiếu", OBSTRUCTED, "CN", date(2021, 3, 28), HOANG_SA, 5, None),
    ("QNg 95819 TS", "Bùi Văn Tài", OBSTRUCTED, "CN", date(2021, 4, 17), HOANG_SA, 7, None),
    ("QNg 90463 TS", "Phan Văn Nhớ", OBSTRUCTED, "CN", date(2021, 6, 6), HOANG_SA, 4, None),
    # August 2021: 02 boats with 19 fishermen detained, released in March 2022.
    (
        "QNg 96517 TS",
        "Đặng Văn Hòa",
        DETAINED,
        "MY",
        date(2021, 8, 9),
        "Vùng biển giáp ranh Malaysia",
        10,
        date(2022, 3, 8),
    ),
    (
        "QNg 90838 TS",
        "Lê Văn Thành",
        DETAINED,
        "MY",
        date(2021, 8, 9),
        "Vùng biển giáp ranh Malaysia",
        9,
        date(2022, 3, 8),
    ),
]

PROTECTION, FOREIGNER, DOCUMENT = (
    ConsularCase.Kind.CITIZEN_PROTECTION,
    ConsularCase.Kind.FOREIGNER_INCIDENT,
    ConsularCase.Kind.DOCUMENT,
)
OPEN, CLOSED = ConsularCase.Status.OPEN, ConsularCase.Status.CLOSED

# title, kind, country, occurred on, persons, status, closed on
CONSULAR = [
    (
        "Bảo hộ công dân tỉnh bị tai nạn lao động tại Đài Loan",
        PROTECTION,
        "TW",
        date(2020, 2, 12),
        1,
        CLOSED,
        date(2020, 4, 3),
    ),
    (
        "Hỗ trợ công dân tỉnh bị mắc kẹt tại Hàn Quốc do dịch Covid-19 về nước",
        PROTECTION,
        "KR",
        date(2020, 5, 8),
        4,
        CLOSED,
        date(2020, 7, 16),
    ),
    (
        "Phối hợp xử lý vụ việc công dân Hàn Quốc bị tai nạn giao thông trên địa bàn tỉnh",
        FOREIGNER,
        "KR",
        date(2020, 10, 2),
        1,
        CLOSED,
        date(2020, 10, 20),
    ),
    (
        "Phối hợp Công an tỉnh xác minh, xử lý người nước ngoài nhập cảnh trái phép",
        FOREIGNER,
        "CN",
        date(2021, 2, 3),
        3,
        CLOSED,
        date(2021, 2, 26),
    ),
    (
        "Hướng dẫn hợp pháp hóa lãnh sự giấy tờ cho lao động nước ngoài làm việc tại Khu kinh tế Dung Quất",
        DOCUMENT,
        "TH",
        date(2021, 4, 12),
        5,
        CLOSED,
        date(2021, 4, 30),
    ),
    (
        "Xác minh nhân thân công dân tỉnh là thực tập sinh bị tạm giữ tại Nhật Bản",
        PROTECTION,
        "JP",
        date(2021, 7, 27),
        1,
        OPEN,
        None,
    ),
]

STUDENT, EXPERT, WORKER = ForeignResident.Kind.STUDENT, ForeignResident.Kind.EXPERT, ForeignResident.Kind.WORKER
NEW, RETURNING = ForeignResident.Arrival.NEW, ForeignResident.Arrival.RETURNING
LAO_SCHOLARSHIP = "Học bổng của UBND tỉnh Quảng Ngãi theo thỏa thuận hợp tác với các tỉnh Nam Lào"
PVD, TCKT, CDKT = (
    "Trường Đại học Phạm Văn Đồng",
    "Trường Đại học Tài chính - Kế toán",
    "Trường Cao đẳng Kỹ thuật Công nghiệp Quảng Ngãi",
)


def course_end(arrived):
    """Lao and Cambodian students stay a year of Vietnamese and four of study: those of 2020 and 2021 went
    home by mid-2025 and mid-2026, so the students present go down as they would in a real register."""
    return date(arrived.year + 5, 6, 30)


# unit, kind, name, country, home province, institution, persons, arrival, arrived on, departed on, scholarship
RESIDENTS = [
    (
        "SNgV",
        EXPERT,
        "Chuyên gia Hàn Quốc, Doosan Heavy Industries & Construction",
        "KR",
        "",
        "Khu kinh tế Dung Quất",
        15,
        NEW,
        date(2020, 2, 20),
        None,
        "",
    ),
    ("DHPVD", EXPERT, "Giáo viên tiếng Nhật", "JP", "", PVD, 1, NEW, date(2020, 9, 1), None, ""),
    (
        "SNgV",
        EXPERT,
        "Chuyên gia Thái Lan",
        "TH",
        "",
        "Nhà máy Lọc dầu Dung Quất (Công ty Cổ phần Lọc hóa dầu Bình Sơn)",
        3,
        NEW,
        date(2020, 9, 14),
        date(2021, 3, 31),
        "",
    ),
    (
        "DHPVD",
        STUDENT,
        "Lưu học sinh tỉnh Sekong",
        "LA",
        "Sekong",
        PVD,
        5,
        NEW,
        date(2020, 10, 20),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "DHPVD",
        STUDENT,
        "Lưu học sinh tỉnh Savannakhet",
        "LA",
        "Savannakhet",
        PVD,
        7,
        NEW,
        date(2020, 10, 20),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "SNgV",
        WORKER,
        "Lao động Đài Loan",
        "TW",
        "",
        "Doanh nghiệp vốn Đài Loan tại KCN Tịnh Phong",
        6,
        NEW,
        date(2021, 1, 27),
        None,
        "",
    ),
    # First half of 2021: 185 Lao students back after quarantine, 14 new of Champasak and Attapeu.
    (
        "DHPVD",
        STUDENT,
        "Lưu học sinh Lào trở lại học tập sau cách ly",
        "LA",
        "",
        PVD,
        120,
        RETURNING,
        date(2021, 3, 8),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "DHTCKT",
        STUDENT,
        "Lưu học sinh Lào trở lại học tập sau cách ly",
        "LA",
        "",
        TCKT,
        45,
        RETURNING,
        date(2021, 3, 8),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "CDKTCN",
        STUDENT,
        "Lưu học sinh Lào trở lại học tập sau cách ly",
        "LA",
        "",
        CDKT,
        20,
        RETURNING,
        date(2021, 3, 15),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "DHPVD",
        STUDENT,
        "Lưu học sinh tỉnh Champasak",
        "LA",
        "Champasak",
        PVD,
        8,
        NEW,
        date(2021, 3, 29),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "DHTCKT",
        STUDENT,
        "Lưu học sinh tỉnh Attapeu",
        "LA",
        "Attapeu",
        TCKT,
        6,
        NEW,
        date(2021, 4, 5),
        None,
        LAO_SCHOLARSHIP,
    ),
    (
        "SNgV",
        EXPERT,
        "Chuyên gia Hàn Quốc, Doosan Heavy Industries & Construction",
        "KR",
        "",
        "Khu kinh tế Dung Quất",
        12,
        NEW,
        date(2021, 7, 8),
        None,
        "",
    ),
]

ASSOCIATION, INVESTMENT, VISIT, EVENT, POLICY = (
    OverseasVietnameseActivity.Kind.ASSOCIATION,
    OverseasVietnameseActivity.Kind.INVESTMENT,
    OverseasVietnameseActivity.Kind.VISIT,
    OverseasVietnameseActivity.Kind.EVENT,
    OverseasVietnameseActivity.Kind.POLICY,
)

# title, kind, country, held on, persons, investment (đồng)
OVERSEAS = [
    ("Gặp mặt kiều bào về quê đón Tết Canh Tý 2020", EVENT, "", date(2020, 1, 20), 60, None),
    ("Dự án đầu tư của doanh nhân kiều bào tại KCN Tịnh Phong", INVESTMENT, "JP", date(2020, 9, 10), 1, 15_000_000_000),
    ("Đoàn kiều bào tại Hoa Kỳ về thăm, hỗ trợ đồng bào vùng bão lũ", VISIT, "US", date(2020, 12, 8), 5, None),
    (
        "Thăm, tặng quà gia đình thân nhân kiều bào có hoàn cảnh khó khăn dịp Tết Tân Sửu 2021",
        EVENT,
        "",
        date(2021, 2, 3),
        20,
        None,
    ),
    (
        "Hướng dẫn Hội Thân nhân Kiều bào tỉnh Quảng Ngãi xây dựng kế hoạch hoạt động năm 2022",
        ASSOCIATION,
        "",
        date(2021, 8, 18),
        0,
        None,
    ),
    (
        "Rà soát, đề xuất chính sách pháp luật đối với người Việt Nam ở nước ngoài gửi Ủy ban Nhà nước về người Việt "
        "Nam ở nước ngoài, Bộ Ngoại giao",
        POLICY,
        "",
        date(2021, 8, 25),
        0,
        None,
    ),
]


def make_fishing(demo, unit, boat, owner, kind, country, occurred_on, location, fishermen, released_on):
    return demo.make(
        FishingIncident,
        unit_code=unit,
        boat_number=boat,
        owner=owner,
        kind=kind,
        country=country,
        occurred_on=occurred_on,
        location=location,
        fishermen=fishermen,
        released_on=released_on,
    )


def create(demo):
    for enterprise, tax_code, names, received_on, status, decided_on in ABTC:
        demo.make(
            AbtcApplication,
            unit_code="SNgV",
            enterprise=enterprise,
            tax_code=tax_code,
            businesspeople=len(names),
            names="\n".join(names),
            received_on=received_on,
            status=status,
            decided_on=decided_on,
        )
    for title, donor, country, kind, sector, vnd, original, currency, approved_on, beneficiary in AID:
        demo.make(
            ForeignAid,
            unit_code="SNgV",
            title=title,
            donor=donor,
            country=country,
            kind=kind,
            sector=sector,
            value_vnd=Decimal(vnd),
            value_original=original,
            currency=currency,
            approved_on=approved_on,
            beneficiary=beneficiary,
        )
    for title, kind, country, occurred_on, persons, status, closed_on in CONSULAR:
        demo.make(
            ConsularCase,
            unit_code="SNgV",
            title=title,
            kind=kind,
            country=country,
            occurred_on=occurred_on,
            persons=persons,
            status=status,
            closed_on=closed_on,
        )
    for row in FISHING:
        make_fishing(demo, "SNgV", *row)
    for unit, kind, name, country, home, institution, persons, arrival, arrived, departed, scholarship in RESIDENTS:
        if kind == STUDENT and departed is None:
            departed = course_end(arrived)
        demo.make(
            ForeignResident,
            unit_code=unit,
            kind=kind,
            name=name,
            country=country,
            home_province=home,
            institution=institution,
            persons=persons,
            arrival=arrival,
            arrived_on=arrived,
            departed_on=departed,
            scholarship=scholarship,
        )
    for title, kind, country, held_on, persons, investment in OVERSEAS:
        demo.make(
            OverseasVietnameseActivity,
            unit_code="SNgV",
            title=title,
            kind=kind,
            country=country,
            held_on=held_on,
            persons=persons,
            investment_vnd=None if investment is None else Decimal(investment),
        )
