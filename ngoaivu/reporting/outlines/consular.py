"""Consular work, the protection of fishermen, the border and the foreign students: the bodies of these
areas of work (section I of the general report), shared by the templates."""

from .compared import none_compared

CASES_YTD = "tiếp nhận, phối hợp xử lý {consular_cases.count.ytd} vụ việc lãnh sự ({consular_cases.ytd_compare})"

CONSULAR = [
    {
        "if": "abtc.businesspeople.period",
        # Under the heading «a) Công tác lãnh sự»: said once (seed 003), not again as «- Công tác lãnh sự:».
        # The comparison names the businesspeople first, as the sentence does.
        "text": "Thẩm tra hồ sơ, tham mưu Chủ tịch UBND tỉnh cho phép {abtc.businesspeople.period} "
        "doanh nhân của {abtc.enterprises.period} doanh nghiệp trên địa bàn tỉnh sử dụng thẻ ABTC "
        "({abtc.businesspeople,enterprises.compare}); phối hợp với Công an tỉnh và các cơ quan liên quan xử lý các "
        "vụ việc liên quan đến công dân nước ngoài trên địa bàn tỉnh.",
        "else": "Phối hợp với Công an tỉnh và các cơ quan liên quan xử lý các vụ việc liên quan đến "
        "công dân nước ngoài trên địa bàn tỉnh.",
    },
    {
        "if": "consular_cases.count.period",
        "paragraph": False,
        "text": "{period.in_word}, tiếp nhận, phối hợp xử lý {consular_cases.count.period} vụ việc lãnh sự "
        "({consular_cases.compare}).",
    },
    {
        # the cards and the cases of the year to date in one sentence: «Tính chung» said once
        "if": "period.has_ytd",
        "paragraph": False,
        "text": {
            "if": "abtc.businesspeople.ytd",
            "text": [
                "Tính chung trong {period.ytd_label}, {across}có {abtc.businesspeople.ytd} doanh nhân của "
                "{abtc.enterprises.ytd} doanh nghiệp được cho phép sử dụng thẻ ABTC "
                "({abtc.businesspeople,enterprises.ytd_compare})",
                {"if": "consular_cases.count.ytd", "text": f"; {CASES_YTD}"},
                ".",
            ],
            "else": {
                "if": "consular_cases.count.ytd",
                "text": f"Tính chung trong {{period.ytd_label}}, {{across}}{CASES_YTD}.",
            },
        },
    },
    {
        # a stock: the cases not settled by the period's last day, of whatever year
        "if": "consular_cases_open.count.period",
        "paragraph": False,
        "text": "Tính đến cuối kỳ báo cáo, còn {consular_cases_open.count.period} vụ việc đang tiếp tục phối hợp xử lý.",
    },
]

# «- Có 02 tàu cá …»; over answers that do not cover the province, whose reports count them («- Trong tháng,
# theo báo cáo của 02 đơn vị, có 02 tàu cá …»).
THERE_ARE = {"if": "across", "text": "- {period.in_word}, {across}có ", "else": "- Có "}

OBSTRUCTED_YTD = (
    "Tính chung trong {period.ytd_label}, {across}có {boats_obstructed.boats.ytd} tàu cá cùng "
    "{boats_obstructed.fishermen.ytd} ngư dân bị nước ngoài ngăn cản, lấy tài sản ({boats_obstructed.ytd_compare})."
)

FISHERMEN = [
    {
        "if": "boats_detained.boats.period",
        "text": {
            "if": "not counted.own",
            "text": "- {period.in_word}, toàn tỉnh có {boats_detained.boats.period} tàu cá cùng "
            "{boats_detained.fishermen.period} ngư dân bị nước ngoài bắt giữ ({boats_detained.compare}). Trước tình "
            "hình trên, {unit.short} phối hợp với các cơ quan, đơn vị liên quan xác minh vụ việc và kịp thời báo cáo, "
            "kiến nghị Cục Lãnh sự, Bộ Ngoại giao có biện pháp nhằm bảo vệ quyền, lợi ích chính đáng cho ngư dân.",
            "else": "- {period.in_word}, {unit.short} ghi nhận {boats_detained.boats.period} tàu cá cùng "
            "{boats_detained.fishermen.period} ngư dân bị nước ngoài bắt giữ ({boats_detained.compare}); {unit.short} "
            "phối hợp với các cơ quan, đơn vị liên quan xác minh vụ việc, báo cáo cơ quan có thẩm quyền.",
        },
        "else": {
            "if": "not counted.own",
            "text": none_compared(
                "- {period.in_word}, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ", "boats_detained", "boats"
            ),
            # another unit says so only before its year to date
            "else": {
                "if": ["period.has_ytd", "boats_detained.boats.ytd"],
                "text": "- {period.in_word}, {unit.short} không ghi nhận tàu cá, ngư dân bị nước ngoài bắt giữ.",
            },
        },
    },
    {
        "if": ["period.has_ytd", "boats_detained.boats.ytd"],
        "paragraph": False,
        "text": "Tính chung trong {period.ytd_label}, {across}có {boats_detained.boats.ytd} tàu cá cùng "
        "{boats_detained.fishermen.ytd} ngư dân bị nước ngoài bắt giữ ({boats_detained.ytd_compare}).",
    },
    {
        "if": ["period.has_ytd", "not boats_detained.boats.ytd", "not counted.own"],
        "paragraph": False,
        "text": "Tính chung trong {period.ytd_label}, {across}chưa có tàu cá, ngư dân bị nước ngoài bắt giữ.",
    },
    {
        "if": "boats_obstructed.boats.period",
        "text": [
            THERE_ARE,
            "{boats_obstructed.boats.period} tàu cá cùng với {boats_obstructed.fishermen.period} ngư dân bị nước "
            "ngoài ngăn cản, lấy tài sản ({boats_obstructed.compare}). {unit.short} phối hợp với các cơ quan, đơn vị "
            "liên quan đề nghị Cục Lãnh sự, Bộ Ngoại giao có biện pháp bảo vệ quyền lợi ích cho ngư dân.",
        ],
    },
    {
        "if": ["period.has_ytd", "boats_obstructed.boats.ytd", "boats_obstructed.boats.period"],
        "paragraph": False,
        "text": OBSTRUCTED_YTD,
    },
    {
        "if": ["period.has_ytd", "boats_obstructed.boats.ytd", "not boats_obstructed.boats.period"],
        "text": f"- {OBSTRUCTED_YTD}",
    },
    {
        "if": "boats_released.boats.period",
        "text": [
            THERE_ARE,
            "{boats_released.boats.period} tàu cá cùng {boats_released.fishermen.period} ngư dân được nước ngoài "
            "thả về nước.",
        ],
    },
    {
        "if": "fishermen_still_detained.fishermen.period",
        "text": [
            {"if": "not counted.own", "text": "- Toàn tỉnh vẫn còn ", "else": "- {unit.short} ghi nhận còn "},
            # the boats when some are held with their men (seed 003 counts the men alone)
            {
                "if": "fishermen_still_detained.boats.period",
                "text": "{fishermen_still_detained.boats.period} tàu cá cùng ",
            },
            "{fishermen_still_detained.fishermen.period} ngư dân đang bị các nước bắt giữ. {unit.name} tiếp tục phối "
            "hợp với các cơ quan chức năng trong và ngoài nước hỗ trợ các thủ tục cần thiết "
            "để đưa số ngư dân trên về nước đoàn tụ gia đình, ổn định cuộc sống.",
        ],
    },
]

STUDENTS = [
    {
        "if": "lists.student_arrivals",
        "text": [
            "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan ",
            {
                "list": "student_arrivals",
                "item": {
                    "if": "returning",
                    "text": "đón {persons} lưu học sinh {country} trở lại tỉnh",
                    "else": [
                        "tiếp nhận {persons} lưu học sinh",
                        {"if": "provinces", "text": " tỉnh {provinces}"},
                        " đến học tập tại tỉnh",
                    ],
                },
                "join": "; ",
            },
            ".",
        ],
    },
    {
        "if": "foreign_students.count.period",
        "text": {
            "if": "not counted.own",
            "text": "- Tính đến cuối kỳ báo cáo, {across}có {foreign_students.count.period} lưu học sinh đang học tập tại các "
            "trường đại học, cao đẳng trên địa bàn tỉnh.",
            # a school's own students study there; a body's are those it manages, wherever they study (seed 003:
            # «lưu học sinh … đang học tập tại tỉnh»), not «UBND tỉnh có 128 lưu học sinh», nor schools «thuộc Công
            # an tỉnh»
            "else": {
                "if": "unit.school",
                "text": "- Tính đến cuối kỳ báo cáo, {unit.short} có {foreign_students.count.period} lưu học sinh "
                "đang học tập.",
                "else": "- Tính đến cuối kỳ báo cáo, có {foreign_students.count.period} lưu học sinh nước ngoài đang "
                "học tập do {unit.short} quản lý.",
            },
        },
        "else": {
            "if": "not counted.own",
            "text": "- Tính đến cuối kỳ báo cáo, {across}không có lưu học sinh nước ngoài đang học tập tại các trường đại học, "
            "cao đẳng trên địa bàn tỉnh.",
            # None at the end: the unit's students may still have studied in the period and gone home before
            # its last day; «không tiếp nhận, quản lý» only when it had none at all.
            "else": {
                "if": "lists.students_left",
                "text": [
                    "- {period.in_word}, {unit.short} quản lý ",
                    {"list": "students_left", "item": "{persons} lưu học sinh {country}", "join": ", ", "last": " và "},
                    "; tính đến cuối kỳ báo cáo, không còn lưu học sinh nào đang học tập.",
                ],
                "else": "- {period.in_word}, {unit.short} không tiếp nhận, quản lý lưu học sinh nước ngoài.",
            },
        },
    },
]

BORDER = [
    {
        "if": "border_activities.count.period",
        "list": "border_activities",
        "item": "{title}",
        "join": ". ",
        "end": ".",
        "else": "Tiếp tục phối hợp tuyên truyền về chủ quyền biển, đảo Việt Nam.",
    },
]

# Each area under its heading (outlines/__init__.py).
CONSULAR_AREA = {"heading": "Công tác lãnh sự", "body": CONSULAR}
FISHERMEN_AREA = {"heading": "Công tác bảo hộ ngư dân và tàu thuyền", "body": FISHERMEN}
BORDER_AREA = {"heading": "Công tác biên giới, lãnh thổ", "body": BORDER}
STUDENTS_AREA = {"heading": "Công tác quản lý người nước ngoài, lưu học sinh", "body": STUDENTS}
