"""International integration, economic diplomacy (agreements, conferences) and foreign aid: the bodies of
these areas of work (section I of the general report), shared by the templates."""

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
            "if": "not counted.own",
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

ECONOMIC_WORK = [
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
]

# The international conferences managed in the period: under economic diplomacy in the review, with cultural
# diplomacy and foreign information in the general report (seed 003's «7.»).
CONFERENCES = [
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

ECONOMIC = [*ECONOMIC_WORK, *CONFERENCES]

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

# Each area under its heading (outlines/__init__.py).
INTEGRATION_AREA = {"heading": "Công tác hội nhập quốc tế", "body": INTEGRATION}
ECONOMIC_AREA = {"heading": "Công tác ngoại giao kinh tế và hợp tác quốc tế", "body": ECONOMIC}
AID_AREA = {
    "heading": "Công tác vận động và quản lý viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài",
    "body": AID,
}
