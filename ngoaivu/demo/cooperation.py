"""Thỏa thuận quốc tế, hội nghị hội thảo, hội nhập quốc tế, ngoại giao kinh tế, nhiệm vụ được
giao (seed 001, part II) and the staff of the Sở Ngoại vụ."""

from datetime import date

from ngoaivu.register.models import (
    Agreement,
    AgreementStep,
    AssignedTask,
    Conference,
    EconomicDiplomacyEvent,
    IntegrationActivity,
    StaffMember,
)

CHAMPASAK_MOU_2021 = "Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak, CHDCND Lào giai đoạn 2021 - 2025"


def create(demo):
    create_agreements(demo)
    create_conferences(demo)
    create_integration(demo)
    create_economic(demo)
    create_tasks(demo)
    create_staff(demo)


def create_agreements(demo):
    champasak = demo.partners["Champasak"]
    demo.make(
        Agreement,
        unit_code="SNgV",
        title="Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak, CHDCND Lào giai đoạn 2016 - 2020",
        kind=Agreement.Kind.MOU,
        partner="Chính quyền tỉnh Champasak",
        partner_locality=champasak,
        country="LA",
        status=Agreement.Status.EXPIRED,
        signed_on=date(2016, 7, 20),
        valid_from=date(2016, 7, 20),
        valid_until=date(2020, 12, 31),
        content="Hợp tác về giáo dục - đào tạo (lưu học sinh), nông nghiệp, y tế, thương mại và đầu tư.",
        notes="Đã báo cáo UBND tỉnh tình hình, kết quả hợp tác giai đoạn 2016 - 2020.",
    )
    mou = demo.make(
        Agreement,
        unit_code="SNgV",
        title=CHAMPASAK_MOU_2021,
        kind=Agreement.Kind.MOU,
        partner="Chính quyền tỉnh Champasak",
        partner_locality=champasak,
        country="LA",
        status=Agreement.Status.MINISTRY_OPINIONS,
        content="Tiếp tục hợp tác giáo dục - đào tạo, nông nghiệp, y tế, văn hóa - du lịch, thương mại và đầu tư; "
        "ký kết tại Hội nghị trực tuyến tổng kết chương trình hợp tác giai đoạn 2016 - 2020.",
        notes="Dự thảo trình UBND tỉnh tại Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.",
    )
    demo.make(
        AgreementStep,
        unit=mou.unit,
        agreement=mou,
        step=AgreementStep.Step.PARTY_REVIEW,
        done_on=date(2021, 8, 20),
        work_done="Báo cáo Ban Thường vụ Tỉnh ủy kết quả hợp tác giai đoạn 2016 - 2020 và dự thảo MOU.",
    )
    demo.make(
        AgreementStep,
        unit=mou.unit,
        agreement=mou,
        step=AgreementStep.Step.MOFA_OPINION,
        done_on=date(2021, 9, 10),
        work_done="Xin ý kiến Bộ Ngoại giao về dự thảo Bản ghi nhớ.",
    )
    plan = demo.make(
        Agreement,
        unit_code="SNgV",
        title="Kế hoạch hợp tác giữa tỉnh Quảng Ngãi với tỉnh Champasak, các địa phương của Lào giai đoạn 2021 - 2025",
        kind=Agreement.Kind.PLAN,
        partner="Chính quyền tỉnh Champasak",
        partner_locality=champasak,
        country="LA",
        status=Agreement.Status.PARTY_REVIEW,
        notes="Dự thảo trình UBND tỉnh tại Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.",
    )
    demo.make(
        AgreementStep, unit=plan.unit, agreement=plan, step=AgreementStep.Step.PARTY_REVIEW, done_on=date(2021, 8, 20)
    )


def create_conferences(demo):
    demo.make(
        Conference,
        unit_code="DHPVD",
        title="Hội thảo khoa học quốc tế “Dạy và học ngoại ngữ trong bối cảnh hội nhập quốc tế”",
        organiser="Trường Đại học Phạm Văn Đồng",
        start_date=date(2020, 12, 11),
        end_date=date(2020, 12, 11),
        format=Conference.Format.HYBRID,
        location="Trường Đại học Phạm Văn Đồng, TP. Quảng Ngãi",
        participants=120,
        foreign_participants=15,
        permitting_authority="Chủ tịch UBND tỉnh",
    )
    demo.make(
        Conference,
        unit_code="SNgV",
        title="Hội nghị trực tuyến Tổng kết chương trình hợp tác giai đoạn 2016 - 2020, ký kết Bản ghi nhớ hợp tác "
        "giữa tỉnh Quảng Ngãi và tỉnh Champasak, CHDCND Lào giai đoạn 2021 - 2025",
        organiser="UBND tỉnh Quảng Ngãi và Chính quyền tỉnh Champasak",
        country="LA",  # told again under the area of the Lao localities
        start_date=date(2021, 11, 25),
        end_date=date(2021, 11, 25),
        format=Conference.Format.ONLINE,
        location="Điểm cầu UBND tỉnh Quảng Ngãi và điểm cầu tỉnh Champasak",
        participants=60,
        foreign_participants=25,
        permitting_authority="Thủ tướng Chính phủ",
        notes="Dự kiến tổ chức trong Quý IV/2021. Đã đề nghị Bộ Ngoại giao, Bộ Công an cho ý kiến về Đề án tổ chức "
        "Hội nghị trước khi trình Thủ tướng Chính phủ cho phép tổ chức.",
    )


TRAINING, PLAN, OTHER = (
    IntegrationActivity.Kind.TRAINING_COURSE,
    IntegrationActivity.Kind.PLAN,
    IntegrationActivity.Kind.OTHER,
)

# unit, title, kind, start, end, participants, organiser[, the unit's role when it did not hold it]
INTEGRATION = [
    (
        "SNgV",
        "Lớp tập huấn kiến thức hội nhập quốc tế cho cán bộ, công chức các sở, ban, ngành và địa phương",
        TRAINING,
        date(2020, 6, 25),
        date(2020, 6, 26),
        100,
        "Sở Ngoại vụ",
    ),
    (
        "SNgV",
        # written as the work done, as the report says it (seed 001), not as the document's name
        "Tham mưu Ban Chỉ đạo Hội nhập quốc tế tỉnh ban hành và triển khai Kế hoạch công tác năm 2021",
        PLAN,
        date(2021, 1, 25),
        None,
        0,
        "Ban Chỉ đạo Hội nhập quốc tế tỉnh",
    ),
    (
        "SNgV",
        "Hội nghị tập huấn về hội nhập quốc tế cho cán bộ các Hội đoàn thể",
        TRAINING,
        date(2021, 4, 20),
        date(2021, 4, 20),
        90,
        "Sở Ngoại vụ",
    ),
    (
        "SNgV",
        "Xây dựng dự thảo Kế hoạch kết nối, xúc tiến thiết lập quan hệ hữu nghị hợp tác với một địa phương khu vực "
        "Đông Bắc Á (trọng tâm là Hàn Quốc, Nhật Bản)",
        PLAN,
        date(2021, 6, 10),
        None,
        0,
        "Sở Ngoại vụ",
    ),
    (
        "SNgV",
        "Rà soát, tổng hợp, hệ thống hóa các văn bản liên quan đến công tác hội nhập và hợp tác quốc tế",
        OTHER,
        date(2021, 8, 27),
        None,
        0,
        "Sở Ngoại vụ",
    ),
    (
        "VP",
        "Biên dịch 116 thủ tục hành chính liên quan đến doanh nghiệp nước ngoài, người nước ngoài sang 04 thứ "
        "tiếng (tiếng Anh, tiếng Trung, tiếng Hàn, tiếng Nhật)",
        OTHER,
        date(2023, 6, 15),
        None,
        0,
        "Văn phòng UBND tỉnh",
    ),
    (
        "VP",
        "Lớp tập huấn về hội nhập kinh tế quốc tế",
        TRAINING,
        date(2023, 9, 21),
        date(2023, 9, 22),
        2,
        "Sở Công Thương",
        IntegrationActivity.Role.ATTENDED,  # seed 000: the Văn phòng sent officials to it
    ),
]

# title, kind, held on, partner, country, projects
ECONOMIC = [
    (
        "Xúc tiến đầu tư, thương mại tại Nhật Bản",
        EconomicDiplomacyEvent.Kind.INVESTMENT_PROMOTION,
        date(2020, 2, 18),
        "Doanh nghiệp Nhật Bản",
        "JP",
        "Giới thiệu môi trường đầu tư tại Khu kinh tế Dung Quất và KCN VSIP Quảng Ngãi.",
    ),
    (
        "Hội nghị kinh doanh dành cho các doanh nghiệp Hàn Quốc đầu tư vào khu vực miền Trung Việt Nam",
        EconomicDiplomacyEvent.Kind.BUSINESS_CONFERENCE,
        date(2021, 4, 22),
        "Tổng Lãnh sự quán Hàn Quốc tại TP. Đà Nẵng và KOTRA Đà Nẵng",
        "KR",
        "Chuẩn bị nội dung, tài liệu phục vụ lãnh đạo tỉnh tham dự; giới thiệu tiềm năng, cơ hội đầu tư của tỉnh.",
    ),
    (
        "Phối hợp Sở Kế hoạch và Đầu tư xây dựng Danh mục dự án kêu gọi, thu hút đầu tư vào tỉnh giai đoạn 2021 - "
        "2025 và những năm tiếp theo",
        EconomicDiplomacyEvent.Kind.PROJECT_LIST,
        date(2021, 6, 15),
        "Sở Kế hoạch và Đầu tư",
        "",
        "Phối hợp Sở Kế hoạch và Đầu tư xây dựng danh mục.",
    ),
    (
        "Phúc đáp Tổng Lãnh sự quán Liên bang Nga tại Đà Nẵng về việc tham dự Diễn đàn Phụ nữ Á - Âu lần thứ 3 tại "
        "TP. Saint Petersburg, Liên bang Nga",
        EconomicDiplomacyEvent.Kind.LETTER,
        date(2021, 8, 12),
        "Tổng Lãnh sự quán Liên bang Nga tại TP. Đà Nẵng",
        "RU",
        "",
    ),
    (
        "Tổng hợp đề xuất nhu cầu hợp tác, xúc tiến thiết lập quan hệ với các nước khu vực Đông Bắc Á (trọng tâm là "
        "Nhật Bản và Hàn Quốc)",
        EconomicDiplomacyEvent.Kind.LETTER,
        date(2021, 8, 24),
        "",
        "",
        "Đề xuất cụ thể về xúc tiến thương mại, đầu tư để báo cáo Bộ Ngoại giao, UBND tỉnh.",
    ),
]


def create_integration(demo):
    for unit, title, kind, start, end, participants, organiser, *role in INTEGRATION:
        demo.make(
            IntegrationActivity,
            unit_code=unit,
            title=title,
            kind=kind,
            role=role[0] if role else IntegrationActivity.Role.ORGANISED,
            start_date=start,
            end_date=end,
            participants=participants,
            organiser=organiser,
        )


def create_economic(demo):
    for title, kind, held_on, partner, country, projects in ECONOMIC:
        demo.make(
            EconomicDiplomacyEvent,
            unit_code="SNgV",
            title=title,
            kind=kind,
            held_on=held_on,
            partner=partner,
            country=country,
            projects=projects,
        )


PROGRAMME, OTHER_SOURCE = AssignedTask.Source.WORK_PROGRAMME, AssignedTask.Source.OTHER
P = AssignedTask.Progress

# Seed 001, part II — in the report's order (its list 2 has no item c).
# title, source, due, progress, progress note, result document, completed on
TASKS_2021 = [
    (
        "Kế hoạch hợp tác giữa tỉnh Quảng Ngãi với các địa phương của Lào năm 2021 (Trường hợp Trung ương có kế hoạch "
        "triển khai Thỏa thuận cấp cao Việt Nam - Lào năm 2021)",
        PROGRAMME,
        AssignedTask.Due.Q1_OR_Q2,
        P.IN_PROGRESS,
        "Đang triển khai thực hiện.",
        None,
        None,
    ),
    (
        "Kế hoạch hợp tác giữa tỉnh Quảng Ngãi với tỉnh Champasak, Lào giai đoạn 2021-2025",
        PROGRAMME,
        AssignedTask.Due.YEAR,
        P.SUBMITTED,
        "Đã trình UBND tỉnh dự thảo Kế hoạch hợp tác giai đoạn 2021-2025 và Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi "
        "với tỉnh Champasak giai đoạn 2021-2025.",
        "49/SNgV-HTQT",
        None,
    ),
    (
        "Kế hoạch bồi dưỡng kiến thức, kỹ năng, nghiệp vụ đối ngoại và ngoại ngữ cho cán bộ, công chức, viên chức làm "
        "công tác hội nhập quốc tế và ngoại vụ giai đoạn 2022 - 2025",
        OTHER_SOURCE,
        AssignedTask.Due.YEAR,
        P.DONE,
        "Đã hoàn thành.",
        "730/QĐ-UBND",
        date(2021, 5, 21),
    ),
    (
        "Tổ chức Hội nghị vận động viện trợ nước ngoài vào tỉnh Quảng Ngãi",
        OTHER_SOURCE,
        AssignedTask.Due.YEAR,
        P.IN_PROGRESS,
        "Đang triển khai thực hiện, dự kiến tổ chức vào tháng 9 - 11/2021 (tùy theo tình hình diễn biến "
        "của dịch bệnh).",
        None,
        None,
    ),
    (
        "Quy định về quản lý công chức, viên chức, người lao động chưa phải là đảng viên ra nước ngoài và có liên quan "
        "đến yếu tố nước ngoài",
        OTHER_SOURCE,
        AssignedTask.Due.YEAR,
        P.IN_PROGRESS,
        "Đang triển khai thực hiện.",
        None,
        None,
    ),
]


def create_tasks(demo):
    for title, source, due, progress, note, result, completed_on in TASKS_2021:
        demo.make(
            AssignedTask,
            unit_code="SNgV",
            title=title,
            source=source,
            assigned_by=demo.doc("43/QĐ-UBND") if source == PROGRAMME else None,
            year=2021,
            due=due,
            progress=progress,
            progress_note=note,
            result_document=demo.doc(result),
            completed_on=completed_on,
        )


# name, position, division, joined on, left on. Only the director's name comes from the seeds (001, 003);
# the other names and all the dates are invented.
STAFF = [
    ("Nguyễn Viết Vy", "Giám đốc", "Ban Giám đốc", date(2016, 3, 1), None),
    ("Lê Quang Thịnh", "Phó Giám đốc", "Ban Giám đốc", date(2017, 8, 1), None),
    ("Trương Thị Bích Ngọc", "Phó Giám đốc", "Ban Giám đốc", date(2019, 5, 15), None),
    ("Đỗ Thị Hồng Nhung", "Chánh Văn phòng", "Văn phòng", date(2012, 9, 1), None),
    ("Huỳnh Văn Tài", "Chuyên viên", "Văn phòng", date(2015, 4, 1), None),
    ("Lê Thị Thu Hà", "Kế toán", "Văn phòng", date(2014, 1, 2), None),
    ("Phan Quốc Dũng", "Trưởng phòng", "Phòng Hợp tác quốc tế", date(2010, 6, 1), None),
    ("Trần Thị Minh Thư", "Chuyên viên", "Phòng Hợp tác quốc tế", date(2016, 10, 3), None),
    ("Nguyễn Thị Kim Oanh", "Chuyên viên", "Phòng Hợp tác quốc tế", date(2018, 2, 1), date(2021, 5, 31)),
    ("Bùi Văn Khánh", "Trưởng phòng", "Phòng Lãnh sự và Người Việt Nam ở nước ngoài", date(2011, 3, 1), None),
    ("Ngô Thị Thanh Tâm", "Chuyên viên", "Phòng Lãnh sự và Người Việt Nam ở nước ngoài", date(2017, 7, 3), None),
]


def create_staff(demo):
    for name, position, division, joined_on, left_on in STAFF:
        demo.make(
            StaffMember,
            unit_code="SNgV",
            name=name,
            position=position,
            division=division,
            joined_on=joined_on,
            left_on=left_on,
        )
