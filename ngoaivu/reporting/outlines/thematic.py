"""The thematic reports: people's diplomacy (seed 000) and international integration (seed 002)."""

from .cooperation import INTEGRATION, INTEGRATION_WORK_ITEM, TRAINING_ATTENDED_ITEM
from .delegations import DELEGATIONS_OUT_TOTAL
from .information import ARTICLE_LANGUAGES


# Nơi nhận as the closing says, both from {unit.addressee} (reporting/context.addressee): the body that asked by
# letter (seeds 000, 002: «- Sở Ngoại vụ;») as it is named when the report is sent, else the province's focal
# point of the time; none (the UBND tỉnh) for the focal point itself or when the UBND tỉnh asked.
THEMATIC_RECIPIENTS = [
    [{"if": "unit.addressee", "text": "{unit.addressee}", "else": "UBND tỉnh"}],
    # the office's leaders keep a copy (seeds 000, 002: «- VPUB: CVP, PCVP, NC;»), as in its general report
    [{"if": "unit.office", "text": "{unit.code}: CVP, các PCVP"}],
    "Lưu: VT",
]


PEOPLES_DIPLOMACY = {
    "code": "peoples_diplomacy",
    "name": "Báo cáo công tác đối ngoại nhân dân (Chỉ thị 12-CT/TW)",
    "period_kinds": ["year", "half", "custom"],
    "title": "Công tác đối ngoại nhân dân {period.label} tại {unit.name}",
    "intro": [
        {
            "if": "letter.citation",
            "text": "Thực hiện {letter.citation} về báo cáo tình hình thực hiện công tác đối ngoại nhân dân theo "
            "{cite:12-CT/TW}, {unit.name} báo cáo như sau:",
            "else": "{unit.name} báo cáo tình hình thực hiện công tác đối ngoại nhân dân theo {cite:12-CT/TW} như sau:",
        }
    ],
    "closing": [
        {
            "text": [
                "Trên đây là báo cáo thực hiện công tác đối ngoại nhân dân {period.label} của {unit.name}, ",
                {
                    "if": "unit.addressee",
                    "text": "kính gửi {unit.addressee} theo dõi, tổng hợp./.",
                    "else": "kính báo cáo UBND tỉnh./.",
                },
            ],
        }
    ],
    "recipients": THEMATIC_RECIPIENTS,
    "sections": [
        {
            "number": "I",
            "heading": "Kết quả thực hiện công tác đối ngoại nhân dân",
            "children": [
                {
                    "number": "1",
                    "heading": "Công tác chỉ đạo, triển khai thực hiện",
                    "body": [
                        INTEGRATION_WORK_ITEM,
                        {
                            "if": "training_courses.count.period",
                            "text": [
                                "- Tổ chức {training_courses.count.period} lớp tập huấn",
                                {
                                    "if": "training_courses.participants.period",
                                    "text": " với {training_courses.participants.period} lượt người tham dự",
                                },
                                ".",
                            ],
                        },
                        TRAINING_ATTENDED_ITEM,
                        {
                            "if": "cultural_events.count.period",
                            "text": [
                                "- Tổ chức {cultural_events.count.period} hoạt động giao lưu văn hóa: ",
                                {"list": "cultural_events", "item": "{title:clause}", "join": "; "},
                                ".",
                            ],
                        },
                        "- Lãnh đạo {unit.short} thường xuyên phổ biến, quán triệt đổi mới và nâng cao hiệu quả công tác đối "
                        "ngoại nhân dân trong tình hình mới đến toàn thể đảng viên, công chức, viên chức và người lao động.",
                    ],
                },
                {
                    "number": "2",
                    "heading": "Tuyên truyền thông qua các chuyên trang, chuyên mục",
                    "body": [
                        {
                            "if": "articles.count.period",
                            "text": [
                                "- Đăng tải {articles.count.period} tin bài về công tác đối ngoại",
                                ARTICLE_LANGUAGES,
                                ".",
                            ],
                            "else": "- Tiếp tục cập nhật thông tin về công tác đối ngoại trên Trang thông tin điện tử.",
                        },
                    ],
                },
            ],
        },
        {
            "number": "II",
            "heading": "Phương hướng công tác đối ngoại năm {period.next_year}",
            "body": [
                "1. Tiếp tục đẩy mạnh tuyên truyền chủ trương, chính sách đối ngoại của Đảng và Nhà nước.",
                "2. Cử công chức, viên chức tham gia đầy đủ các lớp bồi dưỡng, nâng cao năng lực về công tác đối ngoại.",
            ],
        },
    ],
}

INTEGRATION_REPORT = {
    "code": "integration",
    "name": "Báo cáo kết quả công tác hội nhập quốc tế",
    "period_kinds": ["year", "half", "custom"],
    "title": "Kết quả công tác hội nhập quốc tế {period.label}\nvà phương hướng, nhiệm vụ năm {period.next_year}",
    "intro": [
        {
            "if": "letter.citation",
            "text": "Theo đề nghị của {letter.issuer} tại {letter.reference}; {unit.introduced} báo cáo tình hình, "
            "kết quả thực hiện các nội dung như sau:",
            "else": "{unit.introduced} báo cáo tình hình, kết quả thực hiện công tác hội nhập quốc tế như sau:",
        }
    ],
    "closing": [
        {
            "if": "unit.addressee",
            "text": "Kính gửi {unit.addressee} tổng hợp./.",
            "else": "{unit.name} kính báo cáo UBND tỉnh./.",
        }
    ],
    "recipients": THEMATIC_RECIPIENTS,
    "sections": [
        {
            "number": "I",
            "heading": "Tình hình, kết quả triển khai, thực hiện các nhiệm vụ",
            "children": [
                {
                    "number": "1",
                    "heading": "Công tác tuyên truyền, phổ biến thông tin về hội nhập quốc tế và các quy định "
                    "của pháp luật",
                    "body": INTEGRATION[:1],
                },
                {
                    "number": "2",
                    "heading": "Kết quả thực hiện nhiệm vụ công tác hội nhập quốc tế",
                    "body": [
                        *INTEGRATION[1:],  # courses held and attended, the other integration work
                        DELEGATIONS_OUT_TOTAL,  # counted as every template counts them, then each one told
                        {
                            "if": "outgoing_delegations.groups.period",
                            "list": "outgoing_delegations",
                            # the delegations of one month in one sentence, where each went and what for (seed
                            # 002: «Trong tháng 8, Văn phòng đã tổ chức đoàn công tác đến tỉnh Hà Bắc, Trung Quốc để
                            # làm việc với …»): «Trong tháng 10, Văn phòng đã tổ chức đoàn …; đoàn …»
                            "item": [
                                {
                                    "if": "month_first",
                                    "text": [
                                        {"if": "not first", "text": ". "},
                                        "Trong tháng {month:raw}, {unit.short} đã tổ chức đoàn",
                                    ],
                                    "else": "; đoàn",
                                },
                                " công tác ({persons} người) đến ",
                                {"if": "place", "text": "{place}, "},
                                "{countries}",
                                {
                                    "if": "purpose",
                                    "text": " để {purpose:clause}",
                                    "else": {"if": "verb_first", "text": " để {title:clause}", "else": ": {title}"},
                                },
                            ],
                            "join": "",  # each item says its own separator
                            "end": ".",
                        },
                    ],
                },
            ],
        },
        {
            "number": "II",
            "heading": "Đánh giá chung",
            "children": [
                {
                    "number": "1",
                    "heading": "Thuận lợi",
                    "body": [
                        "Công tác cải cách hành chính được chú trọng, ứng dụng công nghệ thông tin góp phần nâng cao chất "
                        "lượng phục vụ tổ chức, doanh nghiệp và Nhân dân."
                    ],
                },
                {
                    "number": "2",
                    "heading": "Hạn chế, khó khăn",
                    "body": ["Việc chủ động xây dựng chương trình, kế hoạch về công tác hội nhập quốc tế còn hạn chế."],
                },
            ],
        },
        {
            "number": "III",
            "heading": "Phương hướng, nhiệm vụ và kế hoạch công tác năm {period.next_year}",
            "body": [
                {
                    "list": "next_year_plan",
                    "item": [
                        {
                            # The plan is named once, with its letter, before its first delegation (seed 002).
                            "if": ["first", "document"],
                            "text": {
                                "if": "other_unit",
                                "text": "{unit} đã xây dựng Kế hoạch đoàn ra năm {period.next_year} ({document}), "
                                "trong đó dự kiến {when}, {unit} sẽ tổ chức",
                                "else": "{unit.short} đã xây dựng Kế hoạch đoàn ra năm {period.next_year} "
                                "({document}), trong đó dự kiến {when}, {unit.short} sẽ tổ chức",
                            },
                            "else": "Dự kiến {when}, tổ chức",
                        },
                        " đoàn công tác đến ",
                        {"if": "destination", "text": "{destination}, "},
                        "{country} để {purpose:clause}",
                    ],
                    "join": ". ",
                    "end": ".",
                    "empty": "Tiếp tục triển khai các nhiệm vụ hội nhập quốc tế theo kế hoạch của UBND tỉnh.",
                },
            ],
        },
    ],
}
