"""Thông tin đối ngoại, báo chí nước ngoài, ngoại giao văn hóa, biên giới lãnh thổ.

Seed 001: Bản tin Đối ngoại Quảng Ngãi số 22, 23 và 24 in the first half of 2021. Seed 003: in
August 2021 number 25 is being prepared and is to be published in September.

Seed 001 also says "gần 250 tin bài" were posted on the Sở's website in 6 months. The demo does
not pretend to hold them: it has about twenty articles, and any figure of articles a report
shows is counted from the register, never copied from the seed.
"""

from datetime import date

from ngoaivu.register.models import ActivityStatus, Article, BorderActivity, Bulletin, CulturalEvent, PressCrew

BULLETIN = "Bản tin Đối ngoại Quảng Ngãi"
BULLETINS = [
    (18, date(2020, 3, 31)),
    (19, date(2020, 6, 30)),
    (20, date(2020, 9, 30)),
    (21, date(2020, 12, 25)),
    (22, date(2021, 3, 5)),
    (23, date(2021, 4, 28)),
    (24, date(2021, 6, 25)),
    (25, date(2021, 9, 24)),
]

SNGV_SITE = "Trang thông tin điện tử Sở Ngoại vụ"
PROVINCE_PORTAL = "Cổng Thông tin điện tử tỉnh"
VI, EN = Article.Language.VIETNAMESE, Article.Language.ENGLISH

# unit, published on, language, channel, title
ARTICLES = [
    (
        "SNgV",
        date(2021, 1, 20),
        VI,
        SNGV_SITE,
        "Quảng Ngãi tiếp nhận viện trợ của Hiệp hội Doanh nghiệp Hàn Quốc khắc phục hậu quả thiên tai",
    ),
    (
        "SNgV",
        date(2021, 1, 20),
        EN,
        SNGV_SITE,
        "Korean business association supports Quang Ngai after natural disasters",
    ),
    ("SNgV", date(2021, 2, 5), VI, SNGV_SITE, "Sở Ngoại vụ triển khai nhiệm vụ công tác đối ngoại năm 2021"),
    ("SNgV", date(2021, 3, 5), VI, SNGV_SITE, "Phát hành Bản tin Đối ngoại Quảng Ngãi số 22"),
    ("SNgV", date(2021, 3, 9), VI, SNGV_SITE, "Đón 185 lưu học sinh Lào trở lại tỉnh học tập sau thời gian cách ly"),
    ("SNgV", date(2021, 3, 9), EN, SNGV_SITE, "185 Lao students return to Quang Ngai after quarantine"),
    (
        "SNgV",
        date(2021, 3, 19),
        VI,
        SNGV_SITE,
        "Bãi bỏ quy định về tổ chức, quản lý hội nghị, hội thảo quốc tế trên địa bàn tỉnh",
    ),
    ("SNgV", date(2021, 3, 23), VI, SNGV_SITE, "Lãnh đạo tỉnh tiếp Tổng Lãnh sự Liên bang Nga tại TP. Đà Nẵng"),
    ("SNgV", date(2021, 3, 23), EN, SNGV_SITE, "Provincial leader receives the Consul General of Russia in Da Nang"),
    ("SNgV", date(2021, 4, 20), VI, SNGV_SITE, "Tập huấn về hội nhập quốc tế cho cán bộ các Hội đoàn thể trong tỉnh"),
    ("SNgV", date(2021, 4, 21), VI, SNGV_SITE, "Chuyển giao 108.373 túi bột lọc nước P&G hỗ trợ người dân sau bão lũ"),
    ("SNgV", date(2021, 4, 21), EN, SNGV_SITE, "108,373 P&G water purification sachets handed over to flood victims"),
    (
        "SNgV",
        date(2021, 4, 23),
        VI,
        SNGV_SITE,
        "Quảng Ngãi giới thiệu cơ hội đầu tư tại Hội nghị kinh doanh dành cho doanh nghiệp Hàn Quốc",
    ),
    ("SNgV", date(2021, 4, 23), EN, SNGV_SITE, "Quang Ngai presents investment opportunities to Korean businesses"),
    (
        "SNgV",
        date(2021, 5, 11),
        VI,
        SNGV_SITE,
        "Khuyến khích nộp hồ sơ, nhận kết quả thủ tục hành chính trực tuyến trong mùa dịch",
    ),
    (
        "SNgV",
        date(2021, 6, 1),
        VI,
        SNGV_SITE,
        "Hoàn thiện dự thảo Bản ghi nhớ hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak giai đoạn 2021 - 2025",
    ),
    ("SNgV", date(2021, 6, 1), EN, SNGV_SITE, "Quang Ngai and Champasak prepare cooperation MOU for 2021 - 2025"),
    ("SNgV", date(2021, 6, 25), VI, SNGV_SITE, "Phát hành Bản tin Đối ngoại Quảng Ngãi số 24"),
    ("SNgV", date(2021, 7, 23), VI, SNGV_SITE, "Sở Ngoại vụ ban hành Nội quy bảo vệ bí mật nhà nước"),
    ("SNgV", date(2021, 8, 19), VI, SNGV_SITE, "Ban hành Kế hoạch Chương trình Homestay năm 2021 cho sinh viên Lào"),
    ("SNgV", date(2021, 8, 19), EN, SNGV_SITE, "Homestay programme 2021 planned for Lao students in Quang Ngai"),
    (
        "VP",
        date(2023, 6, 20),
        VI,
        PROVINCE_PORTAL,
        "Biên dịch 116 thủ tục hành chính liên quan đến nhà đầu tư, người nước ngoài sang 04 thứ tiếng",
    ),
    (
        "VP",
        date(2023, 6, 20),
        EN,
        PROVINCE_PORTAL,
        "116 administrative procedures translated into four foreign languages for foreign investors",
    ),
]

DONE, PLANNED = ActivityStatus.DONE, ActivityStatus.PLANNED

# title, held on, status, location, country, participants, unit, notes
CULTURAL = [
    (
        "Giao lưu văn hóa, thể thao với lưu học sinh Lào nhân kỷ niệm Quốc khánh nước CHDCND Lào (02/12)",
        date(2020, 12, 2),
        DONE,
        "Trường Đại học Phạm Văn Đồng",
        "LA",
        150,
        "DHPVD",
        "",
    ),
    (
        "Gặp mặt, chúc Tết cổ truyền Bunpimay năm 2021 cho lưu học sinh Lào",
        date(2021, 4, 13),
        DONE,
        "Trường Đại học Phạm Văn Đồng",
        "LA",
        200,
        "DHPVD",
        "",
    ),
    (
        "Chương trình Homestay năm 2021 cho sinh viên Lào đang học tập tại tỉnh",
        date(2021, 8, 18),
        PLANNED,  # its plan is out; the homestay waits for the epidemic to allow it
        "Các gia đình nhận đỡ đầu trên địa bàn tỉnh",
        "LA",
        0,
        "SNgV",
        "Ban hành Kế hoạch tổ chức trong tháng 8/2021; tổ chức khi tình hình dịch Covid-19 cho phép.",
    ),
]

FIELD_TRIP, PUBLICATION, TRAINING = (
    BorderActivity.Kind.FIELD_TRIP,
    BorderActivity.Kind.PUBLICATION,
    BorderActivity.Kind.TRAINING,
)

# title, kind, held on, location, notes
BORDER = [
    (
        "Lớp tập huấn tuyên truyền về biển, đảo cho cán bộ, ngư dân huyện Lý Sơn",
        TRAINING,
        date(2020, 9, 15),
        "Huyện Lý Sơn",
        "",
    ),
    (
        "Biên soạn, in ấn Tài liệu về biển, đảo Việt Nam phục vụ công tác tuyên truyền",
        PUBLICATION,
        date(2021, 8, 26),
        "",
        "Tham mưu Ban Chỉ đạo Biển Đông - Hải đảo tỉnh.",
    ),
    (
        "Đoàn công tác làm việc tại UBND thị xã Đức Phổ về triển khai công tác Biển Đông - Hải đảo năm 2021",
        FIELD_TRIP,
        date(2021, 9, 16),
        "Thị xã Đức Phổ",
        "Theo Kế hoạch của Ban Chỉ đạo Biển Đông - Hải đảo tỉnh.",
    ),
]


def create(demo):
    for number, published_on in BULLETINS:
        demo.make(
            Bulletin, unit_code="SNgV", issue_number=number, published_on=published_on, title=BULLETIN, copies=300
        )
    for unit, published_on, language, channel, title in ARTICLES:
        demo.make(Article, unit_code=unit, title=title, language=language, published_on=published_on, channel=channel)
    demo.make(
        PressCrew,
        unit_code="SNgV",
        outlet="Đài Phát thanh và Truyền hình KBS (Hàn Quốc)",
        country="KR",
        persons=3,
        start_date=date(2020, 1, 15),
        end_date=date(2020, 1, 17),
        topic="Ghi hình về hoạt động của doanh nghiệp Hàn Quốc tại Khu kinh tế Dung Quất.",
    )
    for title, held_on, status, location, country, participants, unit, notes in CULTURAL:
        demo.make(
            CulturalEvent,
            unit_code=unit,
            title=title,
            held_on=held_on,
            status=status,
            location=location,
            country=country,
            participants=participants,
            notes=notes,
        )
    for title, kind, held_on, location, notes in BORDER:
        demo.make(
            BorderActivity, unit_code="SNgV", title=title, kind=kind, held_on=held_on, location=location, notes=notes
        )
