"""Cultural diplomacy, foreign information and the work with the Vietnamese abroad: the bodies of these
areas of work (section I of the general report), shared by the templates."""

# " (với 02 ngôn ngữ: Tiếng Việt và Tiếng Anh)" when the articles were published in more than one language.
ARTICLE_LANGUAGES = {
    "if": "lists.articles.count > 1",
    "text": [
        " (với {lists.articles.count} ngôn ngữ: ",
        {"list": "articles", "item": "{language}", "join": ", ", "last": " và "},
        ")",
    ],
}

INFORMATION = [
    {
        "if": "bulletins.count.period",
        "text": [
            # each bulletin by its own title, which names the province («Bản tin Đối ngoại Quảng Ngãi»)
            "Xây dựng nội dung và phát hành {bulletins.count.period} ",
            {"list": "bulletins", "item": "{issue}", "join": ", ", "last": " và "},
            ".",
        ],
        "else": {"if": "unit.focal", "text": "Tiếp tục biên tập Bản tin Đối ngoại."},
    },
    {
        "if": "articles.count.period",
        "paragraph": False,
        "text": [
            "Đăng tải {articles.count.period} tin bài trên Trang thông tin điện tử thành phần của {unit.short}",
            ARTICLE_LANGUAGES,
            ".",
        ],
    },
    {
        "if": "foreign_press_crews.count.period",
        "text": "Hướng dẫn, quản lý {foreign_press_crews.count.period} đoàn với {foreign_press_crews.persons.period} "
        "phóng viên báo chí nước ngoài đến tác nghiệp tại tỉnh.",
    },
    {
        "if": "cultural_events.count.period",
        "text": [
            "Tổ chức {cultural_events.count.period} hoạt động ngoại giao văn hóa: ",
            {"list": "cultural_events", "item": "{title:clause}", "join": "; "},
            ".",
        ],
    },
]

OVERSEAS = [
    {
        "if": "overseas_vietnamese.count.period",
        "text": [
            "Triển khai {overseas_vietnamese.count.period} hoạt động đối với người Việt Nam ở nước ngoài: ",
            {"list": "overseas_vietnamese", "item": "{title:clause}", "join": "; "},
            ".",
        ],
        "else": "Tiếp tục triển khai thực hiện công tác đối với người Việt Nam ở nước ngoài.",
    },
]

# Each area under its heading (outlines/__init__.py).
INFORMATION_AREA = {"heading": "Công tác ngoại giao văn hóa và thông tin đối ngoại", "body": INFORMATION}
OVERSEAS_AREA = {"heading": "Công tác đối với người Việt Nam ở nước ngoài (NVNONN)", "body": OVERSEAS}
