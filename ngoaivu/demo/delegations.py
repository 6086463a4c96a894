"""Lễ tân đối ngoại, đoàn vào, đoàn ra and the delegation plans.

Seed 001: 6 tháng đầu năm 2021 — 17 đoàn / 35 lượt người; no outgoing delegation; 01 courtesy
reception (Tổng Lãnh sự quán Liên bang Nga tại TP. Đà Nẵng). Seed 003: no foreigner came in
August 2021; 8 tháng — 19 đoàn / 54 lượt người, so July 2021 brought 2 groups / 19 persons.
"""

from datetime import date, timedelta

from ngoaivu.register.models import (
    CourtesyReception,
    DelegationPlan,
    DelegationPlanItem,
    IncomingDelegation,
    OutgoingDelegation,
)

PROV, AGENCY = IncomingDelegation.HostLevel.PROVINCIAL_LEADERS, IncomingDelegation.HostLevel.AGENCIES
WORK, STUDY, SURVEY, INVEST, AID = (
    IncomingDelegation.Purpose.WORK,
    IncomingDelegation.Purpose.STUDY,
    IncomingDelegation.Purpose.SURVEY,
    IncomingDelegation.Purpose.INVESTMENT,
    IncomingDelegation.Purpose.AID,
)
RU_CONSULATE = "Tổng Lãnh sự quán Liên bang Nga tại TP. Đà Nẵng"
LA_CONSULATE = "Tổng Lãnh sự quán CHDCND Lào tại TP. Đà Nẵng"
KR_CONSULATE = "Tổng Lãnh sự quán Hàn Quốc tại TP. Đà Nẵng"
BSR = "Nhà máy Lọc dầu Dung Quất (Công ty Cổ phần Lọc hóa dầu Bình Sơn)"
HOA_PHAT = "Khu liên hợp sản xuất gang thép Hòa Phát Dung Quất"

# start, days, title, foreign organisation, country, host level, purpose, person-visits, unit
INCOMING_2021 = [
    # January – June 2021: 17 groups, 35 person-visits.
    (
        date(2021, 1, 6),
        20,
        "Đoàn chuyên gia kỹ thuật Hàn Quốc làm việc tại Khu kinh tế Dung Quất",
        "Doosan Heavy Industries & Construction",
        "KR",
        AGENCY,
        WORK,
        2,
        "SNgV",
    ),
    (
        date(2021, 1, 14),
        30,
        "Chuyên gia Thái Lan bảo dưỡng thiết bị tại " + BSR,
        "Nhà thầu bảo dưỡng thiết bị (Thái Lan)",
        "TH",
        AGENCY,
        WORK,
        1,
        "SNgV",
    ),
    (
        date(2021, 1, 27),
        45,
        "Chuyên gia Đài Loan lắp đặt dây chuyền sản xuất tại KCN Tịnh Phong",
        "Nhà cung cấp thiết bị (Đài Loan)",
        "TW",
        AGENCY,
        WORK,
        1,
        "SNgV",
    ),
    (
        date(2021, 2, 23),
        5,
        "Chuyên gia Nhật Bản khảo sát tiềm năng điện gió ngoài khơi",
        "Công ty tư vấn năng lượng (Nhật Bản)",
        "JP",
        AGENCY,
        SURVEY,
        1,
        "SNgV",
    ),
    (
        date(2021, 3, 9),
        60,
        "Đoàn chuyên gia Đức vận hành thiết bị tại " + HOA_PHAT,
        "Nhà cung cấp thiết bị luyện thép (Đức)",
        "DE",
        AGENCY,
        WORK,
        2,
        "SNgV",
    ),
    (
        date(2021, 3, 23),
        1,
        "Đoàn " + RU_CONSULATE + " thăm, chào xã giao lãnh đạo tỉnh",
        RU_CONSULATE,
        "RU",
        PROV,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2021, 3, 29),
        6,
        "Đoàn lưu học sinh tỉnh Champasak sang học tập tại tỉnh",
        "Sở Giáo dục và Thể thao tỉnh Champasak",
        "LA",
        AGENCY,
        STUDY,
        8,
        "DHPVD",
    ),
    (
        date(2021, 3, 30),
        25,
        "Chuyên gia Hàn Quốc hướng dẫn vận hành thiết bị tại KCN VSIP Quảng Ngãi",
        "Nhà cung cấp thiết bị (Hàn Quốc)",
        "KR",
        AGENCY,
        WORK,
        1,
        "SNgV",
    ),
    (
        date(2021, 4, 5),
        6,
        "Đoàn lưu học sinh tỉnh Attapeu sang học tập tại tỉnh",
        "Sở Giáo dục và Thể thao tỉnh Attapeu",
        "LA",
        AGENCY,
        STUDY,
        6,
        "DHTCKT",
    ),
    (
        date(2021, 4, 8),
        1,
        "Đoàn " + LA_CONSULATE + " thăm lưu học sinh Lào tại Trường Đại học Phạm Văn Đồng",
        LA_CONSULATE,
        "LA",
        AGENCY,
        WORK,
        2,
        "DHPVD",
    ),
    (
        date(2021, 4, 15),
        3,
        "Đại diện Tổ chức Madison Quakers, Inc. (MQI) thăm dự án tại xã Tịnh Khê",
        "Madison Quakers, Inc. (MQI)",
        "US",
        AGENCY,
        AID,
        1,
        "SNgV",
    ),
    (
        date(2021, 4, 22),
        2,
        "Đại diện Tổ chức Tầm nhìn Thế giới bàn giao hàng cứu trợ sau bão lũ",
        "Tổ chức Tầm nhìn Thế giới (World Vision) tại Việt Nam",
        "US",
        AGENCY,
        AID,
        1,
        "SNgV",
    ),
    (
        date(2021, 5, 5),
        20,
        "Chuyên gia Thái Lan hỗ trợ kỹ thuật tại " + BSR,
        "Nhà thầu kỹ thuật (Thái Lan)",
        "TH",
        AGENCY,
        WORK,
        1,
        "SNgV",
    ),
    (
        date(2021, 5, 12),
        30,
        "Chuyên gia Đài Loan bảo trì thiết bị tại KCN Quảng Phú",
        "Nhà cung cấp thiết bị (Đài Loan)",
        "TW",
        AGENCY,
        WORK,
        1,
        "SNgV",
    ),
    (
        date(2021, 5, 20),
        4,
        "Chuyên gia Tổ chức Hợp tác Quốc tế Nhật Bản (JICA) khảo sát dự án",
        "Tổ chức Hợp tác Quốc tế Nhật Bản (JICA)",
        "JP",
        AGENCY,
        SURVEY,
        1,
        "SNgV",
    ),
    (
        date(2021, 5, 27),
        2,
        "Đoàn doanh nghiệp Hàn Quốc tìm hiểu cơ hội đầu tư tại Khu kinh tế Dung Quất",
        "Doanh nghiệp Hàn Quốc tại Việt Nam",
        "KR",
        PROV,
        INVEST,
        2,
        "SNgV",
    ),
    (
        date(2021, 6, 8),
        40,
        "Chuyên gia Ý lắp đặt thiết bị tại " + HOA_PHAT,
        "Nhà cung cấp thiết bị luyện thép (Ý)",
        "IT",
        AGENCY,
        WORK,
        1,
        "SNgV",
    ),
    # July 2021: 2 groups, 19 person-visits. None in August 2021.
    (
        date(2021, 7, 8),
        60,
        "Đoàn chuyên gia Hàn Quốc lắp đặt, vận hành thiết bị tại Khu kinh tế Dung Quất",
        "Doosan Heavy Industries & Construction",
        "KR",
        AGENCY,
        WORK,
        12,
        "SNgV",
    ),
    (
        date(2021, 7, 21),
        45,
        "Đoàn chuyên gia Đài Loan lắp đặt dây chuyền sản xuất tại KCN Tịnh Phong",
        "Nhà cung cấp thiết bị (Đài Loan)",
        "TW",
        AGENCY,
        WORK,
        7,
        "SNgV",
    ),
]

INCOMING_2020 = [
    # January – June 2020: 14 groups, 41 person-visits.
    (
        date(2020, 1, 6),
        4,
        "Đoàn Sở Giáo dục và Thể thao tỉnh Attapeu thăm lưu học sinh Lào",
        "Sở Giáo dục và Thể thao tỉnh Attapeu",
        "LA",
        AGENCY,
        WORK,
        4,
        "SNgV",
    ),
    (
        date(2020, 1, 9),
        1,
        "Đoàn " + KR_CONSULATE + " thăm, chào xã giao lãnh đạo tỉnh",
        KR_CONSULATE,
        "KR",
        PROV,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2020, 1, 14),
        3,
        "Đoàn doanh nghiệp Nhật Bản khảo sát đầu tư tại KCN VSIP Quảng Ngãi",
        "Doanh nghiệp Nhật Bản",
        "JP",
        PROV,
        INVEST,
        5,
        "SNgV",
    ),
    (
        date(2020, 2, 18),
        3,
        "Đoàn giảng viên Nhật Bản trao đổi hợp tác đào tạo với Trường Đại học Phạm Văn Đồng",
        "Trường đại học đối tác (Nhật Bản)",
        "JP",
        AGENCY,
        WORK,
        4,
        "DHPVD",
    ),
    (
        date(2020, 2, 20),
        30,
        "Đoàn chuyên gia kỹ thuật Hàn Quốc làm việc tại Khu kinh tế Dung Quất",
        "Doosan Heavy Industries & Construction",
        "KR",
        AGENCY,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2020, 3, 3),
        3,
        "Đoàn Tổ chức Madison Quakers, Inc. (MQI) thăm dự án tại xã Tịnh Khê",
        "Madison Quakers, Inc. (MQI)",
        "US",
        AGENCY,
        AID,
        2,
        "SNgV",
    ),
    (
        date(2020, 3, 10),
        30,
        "Đoàn chuyên gia Thái Lan bảo dưỡng thiết bị tại " + BSR,
        "Nhà thầu bảo dưỡng thiết bị (Thái Lan)",
        "TH",
        AGENCY,
        WORK,
        4,
        "SNgV",
    ),
    (
        date(2020, 5, 12),
        30,
        "Chuyên gia Đài Loan lắp đặt thiết bị tại KCN Tịnh Phong",
        "Nhà cung cấp thiết bị (Đài Loan)",
        "TW",
        AGENCY,
        WORK,
        2,
        "SNgV",
    ),
    (
        date(2020, 5, 21),
        30,
        "Đoàn chuyên gia Hàn Quốc hướng dẫn vận hành thiết bị tại KCN VSIP Quảng Ngãi",
        "Nhà cung cấp thiết bị (Hàn Quốc)",
        "KR",
        AGENCY,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2020, 5, 28),
        45,
        "Đoàn chuyên gia Ý lắp đặt thiết bị tại " + HOA_PHAT,
        "Nhà cung cấp thiết bị luyện thép (Ý)",
        "IT",
        AGENCY,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2020, 6, 4),
        5,
        "Chuyên gia Nhật Bản khảo sát dự án xử lý nước thải",
        "Công ty tư vấn môi trường (Nhật Bản)",
        "JP",
        AGENCY,
        SURVEY,
        1,
        "SNgV",
    ),
    (
        date(2020, 6, 11),
        3,
        "Đoàn Tổ chức East Meets West (Thrive Networks) khảo sát dự án nước sạch",
        "East Meets West (Thrive Networks)",
        "US",
        AGENCY,
        AID,
        2,
        "SNgV",
    ),
    (
        date(2020, 6, 18),
        1,
        "Đoàn " + LA_CONSULATE + " thăm lưu học sinh Lào tại Trường Đại học Phạm Văn Đồng",
        LA_CONSULATE,
        "LA",
        AGENCY,
        WORK,
        2,
        "DHPVD",
    ),
    (
        date(2020, 6, 25),
        1,
        "Đoàn Đại sứ quán Nhật Bản tại Việt Nam làm việc với lãnh đạo tỉnh",
        "Đại sứ quán Nhật Bản tại Việt Nam",
        "JP",
        PROV,
        WORK,
        3,
        "VP",
    ),
    # July 2020: 3 groups, 9 person-visits.
    (
        date(2020, 7, 7),
        30,
        "Đoàn chuyên gia Hàn Quốc làm việc tại Khu kinh tế Dung Quất",
        "Doosan Heavy Industries & Construction",
        "KR",
        AGENCY,
        WORK,
        4,
        "SNgV",
    ),
    (
        date(2020, 7, 14),
        30,
        "Đoàn chuyên gia Đài Loan lắp đặt dây chuyền sản xuất tại KCN Quảng Phú",
        "Nhà cung cấp thiết bị (Đài Loan)",
        "TW",
        AGENCY,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2020, 7, 21),
        20,
        "Chuyên gia Thái Lan hỗ trợ kỹ thuật tại " + BSR,
        "Nhà thầu kỹ thuật (Thái Lan)",
        "TH",
        AGENCY,
        WORK,
        2,
        "SNgV",
    ),
    # August 2020: 2 groups, 6 person-visits.
    (
        date(2020, 8, 11),
        30,
        "Đoàn chuyên gia Hàn Quốc vận hành thiết bị tại KCN VSIP Quảng Ngãi",
        "Nhà cung cấp thiết bị (Hàn Quốc)",
        "KR",
        AGENCY,
        WORK,
        4,
        "SNgV",
    ),
    (
        date(2020, 8, 25),
        20,
        "Chuyên gia Nhật Bản hỗ trợ kỹ thuật tại KCN Tịnh Phong",
        "Nhà cung cấp thiết bị (Nhật Bản)",
        "JP",
        AGENCY,
        WORK,
        2,
        "SNgV",
    ),
    # September – December 2020: 6 groups, 24 person-visits.
    (
        date(2020, 9, 16),
        1,
        "Đoàn " + LA_CONSULATE + " thăm, chào xã giao lãnh đạo tỉnh",
        LA_CONSULATE,
        "LA",
        PROV,
        WORK,
        3,
        "SNgV",
    ),
    (
        date(2020, 10, 8),
        45,
        "Đoàn chuyên gia Đức vận hành thiết bị tại " + HOA_PHAT,
        "Nhà cung cấp thiết bị luyện thép (Đức)",
        "DE",
        AGENCY,
        WORK,
        2,
        "SNgV",
    ),
    (
        date(2020, 10, 20),
        6,
        "Đoàn lưu học sinh tỉnh Sekong và tỉnh Savannakhet sang học tập tại tỉnh",
        "Sở Giáo dục và Thể thao tỉnh Sekong, tỉnh Savannakhet",
        "LA",
        AGENCY,
        STUDY,
        12,
        "DHPVD",
    ),
    (
        date(2020, 11, 16),
        3,
        "Đoàn Tổ chức Cứu trợ Trẻ em (Save the Children) cứu trợ người dân sau bão số 9",
        "Tổ chức Cứu trợ Trẻ em (Save the Children) tại Việt Nam",
        "GB",
        AGENCY,
        AID,
        3,
        "SNgV",
    ),
    (
        date(2020, 12, 3),
        2,
        "Đoàn Tổ chức Plan International khảo sát thiệt hại sau bão lũ",
        "Tổ chức Plan International tại Việt Nam",
        "GB",
        AGENCY,
        AID,
        2,
        "SNgV",
    ),
    (
        date(2020, 12, 14),
        10,
        "Chuyên gia Nhật Bản khảo sát dự án xử lý chất thải rắn",
        "Công ty tư vấn môi trường (Nhật Bản)",
        "JP",
        AGENCY,
        SURVEY,
        2,
        "SNgV",
    ),
]

COURTESY = [
    # received on, mission, country, received by, content
    (
        date(2020, 1, 9),
        KR_CONSULATE,
        "KR",
        "Chủ tịch UBND tỉnh",
        "Chào xã giao đầu năm; trao đổi về hợp tác đầu tư của doanh nghiệp Hàn Quốc tại Khu kinh tế Dung Quất.",
    ),
    (
        date(2020, 6, 25),
        "Đại sứ quán Nhật Bản tại Việt Nam",
        "JP",
        "Phó Chủ tịch UBND tỉnh",
        "Trao đổi về hợp tác phát triển nguồn nhân lực và thu hút đầu tư của doanh nghiệp Nhật Bản.",
    ),
    (
        date(2020, 9, 16),
        LA_CONSULATE,
        "LA",
        "Phó Chủ tịch UBND tỉnh",
        "Trao đổi về công tác đào tạo lưu học sinh Lào và hợp tác với các tỉnh Nam Lào.",
    ),
    (
        date(2021, 3, 23),
        RU_CONSULATE,
        "RU",
        "Phó Chủ tịch UBND tỉnh",
        "Chào xã giao; trao đổi khả năng hợp tác giữa tỉnh Quảng Ngãi với các địa phương của Liên bang Nga.",
    ),
]


def create(demo):
    create_incoming(demo)
    create_courtesy(demo)
    create_outgoing(demo)
    create_plans(demo)


def create_incoming(demo):
    for start, days, title, organisation, country, host, purpose, visits, unit in INCOMING_2020 + INCOMING_2021:
        make_incoming(demo, unit, start, days, title, organisation, country, host, purpose, visits)


def make_incoming(demo, unit, start, days, title, organisation, country, host, purpose, visits):
    """One incoming group, staying days from start."""
    return demo.make(
        IncomingDelegation,
        unit_code=unit,
        title=title,
        organisation=organisation,
        country=country,
        host_level=host,
        purpose=purpose,
        start_date=start,
        end_date=start + timedelta(days=days),
        groups=1,
        person_visits=visits,
    )


def create_courtesy(demo):
    for received_on, mission, country, received_by, content in COURTESY:
        demo.make(
            CourtesyReception,
            unit_code="SNgV",
            received_on=received_on,
            mission=mission,
            country=country,
            received_by=received_by,
            content=content,
        )


def create_outgoing(demo):
    # None in 2021 (seed 003: "Trong 8 tháng, không có cán bộ công chức đi công tác nước ngoài").
    demo.make(
        OutgoingDelegation,
        unit_code="SNgV",
        title="Đoàn công tác tỉnh Quảng Ngãi thăm và làm việc tại tỉnh Champasak, CHDCND Lào",
        head="Phó Chủ tịch UBND tỉnh",
        members="Giám đốc Sở Ngoại vụ\nPhó Giám đốc Sở Kế hoạch và Đầu tư\nPhó Giám đốc Sở Giáo dục và Đào tạo\n"
        "Hiệu trưởng Trường Đại học Phạm Văn Đồng\nChuyên viên Phòng Hợp tác quốc tế, Sở Ngoại vụ",
        persons=6,
        countries=["LA"],
        start_date=date(2020, 1, 8),
        end_date=date(2020, 1, 11),
        purpose="Rà soát kết quả thực hiện Bản ghi nhớ hợp tác giai đoạn 2016 - 2020; trao đổi về đào tạo "
        "lưu học sinh tỉnh Champasak tại tỉnh Quảng Ngãi.",
        nature=OutgoingDelegation.Nature.OFFICIAL,
        dispatch_decision=demo.doc("08/QĐ-UBND"),
        in_annual_plan=True,
    )
    demo.make(
        OutgoingDelegation,
        unit_code="SNgV",
        title="Đoàn công tác xúc tiến đầu tư, thương mại tại Nhật Bản",
        head="Phó Chủ tịch UBND tỉnh",
        members="Phó Trưởng ban Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi\n"
        "Phó Giám đốc Sở Ngoại vụ\nPhó Giám đốc Sở Công Thương\nChuyên viên Phòng Hợp tác quốc tế, Sở Ngoại vụ",
        persons=5,
        countries=["JP"],
        start_date=date(2020, 2, 17),
        end_date=date(2020, 2, 22),
        purpose="Giới thiệu môi trường đầu tư của tỉnh, làm việc với doanh nghiệp Nhật Bản; tìm hiểu khả năng "
        "thiết lập quan hệ hữu nghị hợp tác với tỉnh Miyagi.",
        nature=OutgoingDelegation.Nature.OFFICIAL,
        dispatch_decision=demo.doc("152/QĐ-UBND"),
        in_annual_plan=True,
    )
    demo.make(
        OutgoingDelegation,
        unit_code="SNgV",
        title="Công chức đi nước ngoài về việc riêng (du lịch)",
        head="Chuyên viên Văn phòng Sở Ngoại vụ",
        persons=1,
        countries=["TH"],
        start_date=date(2020, 1, 27),
        end_date=date(2020, 1, 31),
        purpose="Du lịch trong dịp nghỉ Tết Canh Tý.",
        nature=OutgoingDelegation.Nature.PRIVATE,
        in_annual_plan=False,
    )
    # Seed 002: "Trong tháng 8, Văn phòng đã tổ chức đoàn công tác đến tỉnh Hà Bắc, Trung Quốc".
    demo.make(
        OutgoingDelegation,
        unit_code="VP",
        title="Đoàn công tác Văn phòng UBND tỉnh làm việc tại tỉnh Hà Bắc, Trung Quốc",
        head="Lãnh đạo Văn phòng UBND tỉnh",
        members="Chuyên viên Phòng Hành chính - Quản trị\nChuyên viên Phòng Kinh tế tổng hợp",
        persons=3,
        countries=["CN"],
        start_date=date(2024, 8, 12),
        end_date=date(2024, 8, 17),
        purpose="Làm việc với cơ quan, chính quyền địa phương tại tỉnh Hà Bắc và nghiên cứu thực tế về quy hoạch "
        "và xây dựng cơ sở hạ tầng.",
        nature=OutgoingDelegation.Nature.OFFICIAL,
        in_annual_plan=True,
    )


OUT, IN = DelegationPlanItem.Direction.OUTGOING, DelegationPlanItem.Direction.INCOMING
PLANNED, DONE, POSTPONED, CANCELLED = (
    DelegationPlanItem.Status.PLANNED,
    DelegationPlanItem.Status.DONE,
    DelegationPlanItem.Status.POSTPONED,
    DelegationPlanItem.Status.CANCELLED,
)

# unit, year, status, document (an approved plan's approval; a submitted one's letter), notes, items (direction,
# country, purpose, period, persons, status[, destination])
PLANS = [
    (
        "SNgV",
        2020,
        DelegationPlan.Status.APPROVED,
        "1895/QĐ-UBND",
        "",
        [
            (
                OUT,
                "LA",
                "Thăm và làm việc với tỉnh Champasak, rà soát kết quả hợp tác giai đoạn 2016 - 2020",
                "Quý I",
                6,
                DONE,
            ),
            (OUT, "JP", "Xúc tiến đầu tư, thương mại tại Nhật Bản", "Quý I", 5, DONE),
            (OUT, "KR", "Xúc tiến đầu tư, thương mại tại Hàn Quốc", "Quý II", 6, CANCELLED),
            (IN, "LA", "Đón đoàn tỉnh Champasak thăm và làm việc tại tỉnh", "Quý III", 8, CANCELLED),
            (IN, "KR", "Đón đoàn doanh nghiệp Hàn Quốc khảo sát đầu tư", "Quý II", 10, POSTPONED),
        ],
    ),
    (
        "SNgV",
        2021,
        DelegationPlan.Status.APPROVED,
        "267/QĐ-UBND",
        "Đã rà soát, điều chỉnh, bổ sung kế hoạch đoàn ra, đoàn vào 6 tháng cuối năm 2021.",
        [
            (
                OUT,
                "LA",
                "Thăm và làm việc với tỉnh Champasak; tổng kết hợp tác giai đoạn 2016 - 2020 và ký kết Bản "
                "ghi nhớ hợp tác giai đoạn 2021 - 2025",
                "Quý IV",
                8,
                POSTPONED,
            ),
            (OUT, "JP", "Xúc tiến thiết lập quan hệ hữu nghị hợp tác với tỉnh Miyagi", "Quý III", 5, POSTPONED),
            (OUT, "KR", "Xúc tiến đầu tư, thương mại tại Hàn Quốc", "Quý IV", 6, PLANNED),
            (IN, "RU", "Đón " + RU_CONSULATE + " thăm, chào xã giao lãnh đạo tỉnh", "Quý I", 3, DONE),
            (IN, "LA", "Đón đoàn tỉnh Attapeu thăm và làm việc tại tỉnh", "Quý III", 6, PLANNED),
        ],
    ),
    # Seed 002: Công văn số 1821/VP-HCQT ngày 09/8/2024 — Kế hoạch đoàn ra năm 2025 của Văn phòng, set out
    # by letter (a submitted plan's document; an approved one's is its approval).
    (
        "VP",
        2025,
        DelegationPlan.Status.SUBMITTED,
        "1821/VP-HCQT",
        "",
        [
            (
                OUT,
                "KR",
                "Học tập, trao đổi kinh nghiệm về công tác thúc đẩy chính quyền số",
                "Quý III hoặc Quý IV",
                5,
                PLANNED,
                "thành phố Seoul",
            ),
        ],
    ),
]


def create_plans(demo):
    for unit, year, status, decision, notes, items in PLANS:
        plan = demo.make(
            DelegationPlan,
            unit_code=unit,
            year=year,
            status=status,
            approval_decision=demo.doc(decision) if status != DelegationPlan.Status.SUBMITTED else None,
            plan_document=demo.doc(decision) if status == DelegationPlan.Status.SUBMITTED else None,
            notes=notes,
        )
        for direction, country, purpose, period, persons, item_status, *destination in items:
            demo.make(
                DelegationPlanItem,
                unit=plan.unit,
                plan=plan,
                direction=direction,
                country=country,
                destination=destination[0] if destination else "",
                purpose=purpose,
                planned_period=period,
                persons=persons,
                status=item_status,
            )
