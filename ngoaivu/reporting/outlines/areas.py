"""The bodies of the areas of work (section I of the general report), shared by the templates."""

# " (với 02 ngôn ngữ: Tiếng Việt và Tiếng Anh)" when the articles were published in more than one language.
ARTICLE_LANGUAGES = {
    "if": "lists.articles.count > 1",
    "text": [
        " (với {lists.articles.count} ngôn ngữ: ",
        {"list": "articles", "item": "{language}", "join": ", ", "last": " và "},
        ")",
    ],
}

# Each delegation sent in the period: where to (when its name does not say), its days, the Chairman's
# decision that sent it.
_DELEGATIONS_SENT = {
    "if": "lists.outgoing_delegations",  # a compiled report counts the answers, whose delegations it may not hold
    "text": [
        ": ",
        {
            "list": "outgoing_delegations",
            "item": [
                "{title}",
                {"if": "destination", "text": " ({destination})"},
                {"if": "end", "text": " từ ngày {date} đến ngày {end}", "else": " ngày {date}"},
                {"if": "decision", "text": " ({decision})"},
            ],
            "join": "; ",
        },
    ],
}

DELEGATIONS_OUT = [
    # Only the province's focal point examines the dossiers; another unit says what it sent itself.
    {
        "if": "outgoing_delegations.groups.period",
        "text": [
            {
                "if": "unit.focal",
                "text": "Thẩm tra hồ sơ, trình Chủ tịch UBND tỉnh ra quyết định cử ",
                "else": "{period.in_word}, {unit.short} cử ",
            },
            "{outgoing_delegations.groups.period} đoàn với {outgoing_delegations.persons.period} lượt cán bộ "
            "đi công tác nước ngoài ({outgoing_delegations.compare})",
            _DELEGATIONS_SENT,
            ".",
        ],
        "else": {
            "if": "unit.focal",
            "text": "{unit.short} không tiếp nhận hồ sơ thẩm tra, làm thủ tục trình Chủ tịch UBND tỉnh ra quyết định "
            "cử cán bộ đi công tác nước ngoài.",
            "else": "{period.in_word}, {unit.short} không cử cán bộ đi công tác nước ngoài.",
        },
    },
    {
        # A trip on private business is allowed, not sent: never one of the delegations above.
        "if": "private_trips.persons.period",
        "paragraph": False,
        "text": "Ngoài ra, {across}có {private_trips.persons.period} lượt cán bộ, công chức đi nước ngoài về việc riêng.",
    },
    {
        "if": ["period.has_ytd", "outgoing_delegations.groups.ytd"],
        "paragraph": False,
        # as the delegations coming in are counted (seed 003: «Tính chung trong 8 tháng, …»)
        "text": "Tính chung trong {period.ytd_label}, {across}có {outgoing_delegations.groups.ytd} đoàn với "
        "{outgoing_delegations.persons.ytd} lượt cán bộ đi công tác nước ngoài ({outgoing_delegations.ytd_compare}).",
    },
    {
        "if": ["period.has_ytd", "not outgoing_delegations.groups.ytd", "not private_trips.persons.ytd"],
        "paragraph": False,
        "text": "Trong {period.ytd_label}, {across}không có cán bộ công chức đi công tác nước ngoài về việc công và cả việc riêng.",
    },
]

DELEGATIONS_IN = [
    {
        "if": "incoming_delegations.groups.period",
        "text": "- {period.in_word}, {unit.short} phối hợp hướng dẫn, quản lý {incoming_delegations.groups.period} đoàn với "
        "{incoming_delegations.persons.period} lượt người nước ngoài đến học tập, làm việc trên địa bàn tỉnh "
        "({incoming_delegations.compare}).",
        "else": {
            "if": "unit.focal",  # only the focal point speaks for the province
            "text": "- {period.in_word}, {across}không có người nước ngoài đến làm việc trên địa bàn tỉnh.",
            "else": "- {period.in_word}, {unit.short} không có đoàn khách nước ngoài đến làm việc.",
        },
    },
    {
        "if": ["period.has_ytd", "incoming_delegations.groups.ytd"],
        "paragraph": False,
        "text": "Tính chung trong {period.ytd_label}, {unit.short} phối hợp hướng dẫn, quản lý "
        "{incoming_delegations.groups.ytd} đoàn với {incoming_delegations.persons.ytd} lượt người nước ngoài "
        "đến học tập, làm việc trên địa bàn tỉnh ({incoming_delegations.ytd_compare}).",
    },
    {
        "if": ["period.has_ytd", "not incoming_delegations.groups.ytd"],
        "paragraph": False,
        "text": {
            "if": "unit.focal",
            "text": "Tính chung trong {period.ytd_label}, {across}chưa có người nước ngoài đến làm việc trên địa bàn tỉnh.",
            "else": "Tính chung trong {period.ytd_label}, {unit.short} chưa có đoàn khách nước ngoài đến làm việc.",
        },
    },
    {
        "if": "courtesy_receptions.count.period",
        "text": [
            "- Tham mưu lãnh đạo tỉnh tiếp xã giao {courtesy_receptions.count.period} đoàn cơ quan đại diện ngoại giao, "
            "tổ chức nước ngoài",
            # A compiled report counts the answers, whose missions the register may not name: no empty "()".
            {
                "if": "lists.courtesy_receptions.count",
                "text": [" (", {"list": "courtesy_receptions", "item": "{mission}", "join": "; "}, ")"],
            },
            ".",
        ],
    },
]

# The integration work of the register that is no course: plans, the steering committee's work,
# documents reviewed, procedures translated (seeds 000, 001, 003), one paragraph each; a bullet in
# a report whose items are bulleted.
INTEGRATION_WORK = {"list": "integration_work", "item": "{title}."}
INTEGRATION_WORK_ITEM = {"list": "integration_work", "item": "- {title}."}

# A course another body held, to which the unit sent officials (seed 000): «Ngoài ra» only after
# something else the unit did.
_HELD_BY = {"if": "organiser", "text": " do {organiser} tổ chức"}
TRAINING_ATTENDED = {
    "if": "lists.training_attended",
    "text": [
        {
            "if": "training_courses.count.period",
            "text": "Ngoài ra, ",
            "else": [{"if": "lists.integration_work", "text": "Ngoài ra, "}],
        },
        {
            # The focal point speaks for the province: each course says which unit sent officials.
            "if": "unit.focal",
            "text": {
                "list": "training_attended",
                "item": ["{unit} cử công chức tham gia {title:lower}", _HELD_BY],
                "join": "; ",
            },
            "else": [
                "{unit.short} cử công chức tham gia ",
                {"list": "training_attended", "item": ["{title:lower}", _HELD_BY], "join": "; "},
            ],
        },
        ".",
    ],
}
TRAINING_ATTENDED_ITEM = {**TRAINING_ATTENDED, "text": ["- ", *TRAINING_ATTENDED["text"]]}

INTEGRATION = [
    "Tiếp tục triển khai thực hiện {cite:22-NQ/TW} về hội nhập quốc tế; {cite:31/NQ-CP} ban hành Chương trình hành "
    "động của Chính phủ thực hiện Nghị quyết số 22-NQ/TW; {cite:45-CTr/TU} và {cite:590/QĐ-UBND} ban hành Kế hoạch "
    "thực hiện Chương trình hành động Nghị quyết số 22-NQ/TW của Bộ Chính trị về hội nhập quốc tế.",
    {
        "if": "training_courses.count.period",
        # participants left at 0 are not known: no "với 00 lượt người"
        "text": [
            "Tổ chức {training_courses.count.period} lớp tập huấn về hội nhập quốc tế",
            {
                "if": "training_courses.participants.period",
                "text": " với {training_courses.participants.period} lượt người tham dự",
            },
            ".",
        ],
        "else": "{period.in_word}, chưa tổ chức lớp tập huấn về hội nhập quốc tế.",
    },
    INTEGRATION_WORK,
    TRAINING_ATTENDED,
]

# The foreign delegates are not counted in the text: the reader (reading/) places no count of «đại biểu
# nước ngoài», and a report read back must propose nothing the register does not hold already.
CONFERENCES_YTD = [
    "Tính chung trong {period.ytd_label}, {across}có {conferences.count.ytd} hội nghị, hội thảo quốc tế được tổ "
    "chức ({conferences.count.ytd_compare}).",
]

ECONOMIC = [
    {
        "if": "economic_events.count.period",
        "text": [
            "Tổ chức, tham gia {economic_events.count.period} hoạt động ngoại giao kinh tế, xúc tiến đầu tư: ",
            {"list": "economic_events", "item": "{title:clause}", "join": "; "},
            ".",
        ],
        "else": {
            "if": ["unit.focal", "not lists.economic_letters"],
            "text": "Tiếp tục cung cấp thông tin về tình hình phát triển kinh tế - xã hội và môi trường đầu tư của tỉnh "
            "cho các đối tác nước ngoài.",
        },
    },
    {"list": "economic_letters", "item": "{title}."},
    {
        "if": "agreements_signed.count.period",
        "text": [
            "Ký kết {agreements_signed.count.period} thỏa thuận quốc tế",
            # A compiled report counts the units' answers; the list holds the register's rows only.
            {
                "if": "lists.agreements_signed.count",
                "text": [": ", {"list": "agreements_signed", "item": "{title}", "join": "; "}],
            },
            ".",
        ],
    },
    {
        "if": "agreements_in_progress.count.period",
        "text": [
            "Hiện có {agreements_in_progress.count.period} thỏa thuận quốc tế đang trong quá trình xin ý kiến, thẩm định",
            {
                "if": "lists.agreements_in_progress.count",
                "text": [": ", {"list": "agreements_in_progress", "item": "{title}", "join": "; "}],
            },
            ".",
        ],
    },
    # What was done on each agreement in the period, in the officer's words when there are some (seed 003:
    # «Về Kế hoạch tổ chức Hội nghị trực tuyến với tỉnh Champasak …: Tham mưu UBND tỉnh …»).
    {"list": "agreement_steps", "item": "Về {agreement}: {work}."},
    {
        "if": "conferences.count.period",
        "text": [
            "Quản lý {conferences.count.period} hội nghị, hội thảo quốc tế trên địa bàn tỉnh",
            {
                "if": "conferences_with_foreigners.count.period",
                "text": ", trong đó {conferences_with_foreigners.count.period} hội nghị có đại biểu nước ngoài tham dự",
            },
            ".",
        ],
    },
    {
        # Each conference of the period, a sentence of its own: who held it, when, who came, which decision allowed it.
        "if": "conferences.count.period",
        "list": "conferences",
        "item": [
            "{title} do {organiser} tổ chức",
            {"if": "sponsor", "text": " với sự tài trợ của {sponsor}"},
            {"if": "end", "text": " từ ngày {date} đến ngày {end}", "else": " ngày {date}"},
            {"if": "foreign_participants", "text": ", có đại biểu nước ngoài tham dự"},
            {"if": "decision", "text": ", được cho phép tổ chức tại {decision}"},
            ".",
        ],
        "join": " ",
        "paragraph": False,
    },
    {
        "if": ["period.has_ytd", "conferences.count.ytd", "conferences.count.period"],
        "paragraph": False,
        "text": CONFERENCES_YTD,
    },
    {
        "if": ["period.has_ytd", "conferences.count.ytd", "not conferences.count.period"],
        "text": CONFERENCES_YTD,
    },
]

AID = [
    {
        "if": "aid.count.period",
        "text": [
            "- Chủ trì, phối hợp với các cơ quan liên quan thẩm định hồ sơ và trình UBND tỉnh xem xét phê duyệt "
            "{aid.count.period} khoản viện trợ",
            {"if": "lists.aid.all.emergency", "text": " quốc tế khẩn cấp"},
            " với tổng giá trị {aid.value.period:money} ({aid.compare})",
            ".",
        ],
        "else": "- {period.in_word}, {across}không có khoản viện trợ nào được phê duyệt.",
    },
    {
        "if": ["period.has_ytd", "aid.count.ytd"],
        "paragraph": False,
        "text": "Tính chung trong {period.ytd_label}, {across}có {aid.count.ytd} khoản viện trợ được phê duyệt với tổng giá trị "
        "{aid.value.ytd:money} ({aid.ytd_compare}).",
    },
    {
        "if": ["period.has_ytd", "not aid.count.ytd"],
        "paragraph": False,
        "text": "Tính chung trong {period.ytd_label}, {across}chưa có khoản viện trợ nào được phê duyệt.",
    },
    "- Tiếp tục tìm kiếm, vận động viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài; duy trì mối quan hệ hợp "
    "tác với các tổ chức phi chính phủ nước ngoài (PCPNN).",
]

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
            "if": "unit.focal",
            "text": "- {period.in_word}, toàn tỉnh có {boats_detained.boats.period} tàu cá cùng "
            "{boats_detained.fishermen.period} ngư dân bị nước ngoài bắt giữ ({boats_detained.compare}). Trước tình "
            "hình trên, {unit.short} phối hợp với các cơ quan, đơn vị liên quan xác minh vụ việc và kịp thời báo cáo, "
            "kiến nghị Cục Lãnh sự, Bộ Ngoại giao có biện pháp nhằm bảo vệ quyền, lợi ích chính đáng cho ngư dân.",
            "else": "- {period.in_word}, {unit.short} ghi nhận {boats_detained.boats.period} tàu cá cùng "
            "{boats_detained.fishermen.period} ngư dân bị nước ngoài bắt giữ ({boats_detained.compare}); {unit.short} "
            "phối hợp với các cơ quan, đơn vị liên quan xác minh vụ việc, báo cáo cơ quan có thẩm quyền.",
        },
        "else": {
            "if": "unit.focal",
            "text": "- {period.in_word}, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ.",
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
        "if": ["period.has_ytd", "not boats_detained.boats.ytd", "unit.focal"],
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
            {"if": "unit.focal", "text": "- Toàn tỉnh vẫn còn ", "else": "- {unit.short} ghi nhận còn "},
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
            "if": "unit.focal",
            "text": "- Tính đến cuối kỳ báo cáo, {across}có {foreign_students.count.period} lưu học sinh đang học tập tại các "
            "trường đại học, cao đẳng trên địa bàn tỉnh.",
            "else": "- Tính đến cuối kỳ báo cáo, {unit.short} có {foreign_students.count.period} lưu học sinh đang "
            "học tập.",
        },
        "else": {
            "if": "unit.focal",
            "text": "- Tính đến cuối kỳ báo cáo, {across}không có lưu học sinh nước ngoài đang học tập tại các trường đại học, "
            "cao đẳng trên địa bàn tỉnh.",
            "else": "- {period.in_word}, {unit.short} không tiếp nhận, quản lý lưu học sinh nước ngoài.",
        },
    },
]

INFORMATION = [
    {
        "if": "bulletins.count.period",
        "text": [
            "Xây dựng nội dung và phát hành {bulletins.count.period} Bản tin Đối ngoại Quảng Ngãi số ",
            {"list": "bulletins", "item": "{number:raw}", "join": ", ", "last": " và "},
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

INSTITUTIONS = [
    {
        "if": "documents_issued.count.period",
        "text": "Tham mưu ban hành {documents_issued.count.period} văn bản:",
        "else": "{period.in_word}, {across}không có văn bản quy phạm pháp luật, văn bản chỉ đạo mới được ban hành.",
    },
    {"list": "documents_issued", "item": ["- {citation}", {"if": "summary", "text": " {summary}"}, "."]},
]

# Administrative reform (seeds 001 and 003): the procedures whose translations the unit published.
REFORM = [
    {
        "if": "procedures_published.procedures.period",
        "text": [
            "Công bố bản dịch ",
            {"list": "procedure_translations", "item": "{language:lower}", "join": ", ", "last": " và "},
            " của {procedures_published.procedures.period} thủ tục hành chính trên Trang thông tin công khai, "
            "phục vụ tổ chức, cá nhân nước ngoài tra cứu, thực hiện.",
        ],
        "else": {
            "if": "unit.focal",
            "text": "Tiếp tục rà soát, cập nhật và công khai thủ tục hành chính thuộc thẩm quyền giải quyết của "
            "{unit.short} theo quy định.",
        },
    },
]

# The unit's own documents (seeds 001 and 003: «Ban hành Quyết định số 39/QĐ-SNgV ngày 22/7/2021 ban hành …»).
OTHER_WORK = [
    {
        "list": "documents_own",
        "item": [
            {"if": "other_unit", "text": "- {unit} ban hành {citation}", "else": "- Ban hành {citation}"},
            {"if": "summary", "text": " {summary}"},
            ".",
        ],
        "empty": "Thực hiện các nhiệm vụ khác theo chức năng, nhiệm vụ được giao.",
    },
]

# Each area under its heading, named once: the general report groups some under a shared heading
# (seed 003), the review gives each its letter (seed 001).
OUTGOING = {"heading": "Công tác tổ chức và quản lý đoàn ra", "body": DELEGATIONS_OUT}
INCOMING = {"heading": "Công tác tổ chức và quản lý đoàn vào", "body": DELEGATIONS_IN}  # seed 003
INTEGRATION_AREA = {"heading": "Công tác hội nhập quốc tế", "body": INTEGRATION}
ECONOMIC_AREA = {"heading": "Công tác ngoại giao kinh tế và hợp tác quốc tế", "body": ECONOMIC}
AID_AREA = {
    "heading": "Công tác vận động và quản lý viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài",
    "body": AID,
}
CONSULAR_AREA = {"heading": "Công tác lãnh sự", "body": CONSULAR}
FISHERMEN_AREA = {"heading": "Công tác bảo hộ ngư dân và tàu thuyền", "body": FISHERMEN}
BORDER_AREA = {"heading": "Công tác biên giới, lãnh thổ", "body": BORDER}
STUDENTS_AREA = {"heading": "Công tác quản lý người nước ngoài, lưu học sinh", "body": STUDENTS}
INFORMATION_AREA = {"heading": "Công tác ngoại giao văn hóa và thông tin đối ngoại", "body": INFORMATION}
OVERSEAS_AREA = {"heading": "Công tác đối với người Việt Nam ở nước ngoài (NVNONN)", "body": OVERSEAS}
INSTITUTIONS_AREA = {"heading": "Công tác tham mưu xây dựng, hoàn thiện thể chế", "body": INSTITUTIONS}
REFORM_AREA = {"heading": "Công tác cải cách hành chính", "body": REFORM}
OTHER_AREA = {"heading": "Một số công tác khác", "body": OTHER_WORK}
