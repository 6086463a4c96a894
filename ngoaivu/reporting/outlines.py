"""The templates shipped with the product, as plain data (administrators edit copies in the
application). Outlines follow the seeds: 003 (monthly), 001 (6 months), 000 and 002 (thematic).

All the wording is here, lists included: the application supplies rows of data, and the list
specs below say how each item is written and how items are joined (syntax: sentences.py).
"""

# " (với 02 ngôn ngữ: Tiếng Việt và Tiếng Anh)" when the articles were published in more than one language.
ARTICLE_LANGUAGES = {
    "if": "lists.articles.count > 1",
    "text": [
        " (với {lists.articles.count} ngôn ngữ: ",
        {"list": "articles", "item": "{language}", "join": ", ", "last": " và "},
        ")",
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
            "đi công tác nước ngoài ({outgoing_delegations.compare}).",
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
        "text": "Ngoài ra, có {private_trips.persons.period} lượt cán bộ, công chức đi nước ngoài về việc riêng.",
    },
    {
        "if": ["period.has_ytd", "outgoing_delegations.groups.ytd"],
        "paragraph": False,
        "text": "Tính chung {period.ytd_label}, có {outgoing_delegations.groups.ytd} đoàn với "
        "{outgoing_delegations.persons.ytd} lượt cán bộ đi công tác nước ngoài ({outgoing_delegations.ytd_compare}).",
    },
    {
        "if": ["period.has_ytd", "not outgoing_delegations.groups.ytd", "not private_trips.persons.ytd"],
        "paragraph": False,
        "text": "Trong {period.ytd_label}, không có cán bộ công chức đi công tác nước ngoài về việc công và cả việc riêng.",
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
            "text": "- {period.in_word}, không có người nước ngoài đến làm việc trên địa bàn tỉnh.",
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
            "text": "Tính chung trong {period.ytd_label}, chưa có người nước ngoài đến làm việc trên địa bàn tỉnh.",
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
]

AID = [
    {
        "if": "aid.count.period",
        "text": [
            "- Chủ trì, phối hợp với các cơ quan liên quan thẩm định hồ sơ và trình UBND tỉnh xem xét phê duyệt "
            "{aid.count.period} khoản viện trợ",
            {"if": "lists.aid.all.emergency", "text": " quốc tế khẩn cấp"},
            " với tổng giá trị {aid.value.period:money}.",
        ],
        "else": "- {period.in_word}, không có khoản viện trợ nào được phê duyệt.",
    },
    "- Tiếp tục tìm kiếm, vận động viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài; duy trì mối quan hệ hợp "
    "tác với các tổ chức phi chính phủ nước ngoài (PCPNN).",
]

CONSULAR = [
    {
        "if": "abtc.businesspeople.period",
        # Under the heading «a) Công tác lãnh sự»: said once (seed 003), not again as «- Công tác lãnh sự:».
        "text": "Thẩm tra hồ sơ, tham mưu Chủ tịch UBND tỉnh cho phép {abtc.businesspeople.period} "
        "doanh nhân của {abtc.enterprises.period} doanh nghiệp trên địa bàn tỉnh sử dụng thẻ ABTC; phối hợp với "
        "Công an tỉnh và các cơ quan liên quan xử lý các vụ việc liên quan đến công dân nước ngoài trên địa bàn tỉnh.",
        "else": "Phối hợp với Công an tỉnh và các cơ quan liên quan xử lý các vụ việc liên quan đến "
        "công dân nước ngoài trên địa bàn tỉnh.",
    },
    {
        "if": "consular_cases.count.period",
        "paragraph": False,
        "text": "{period.in_word}, tiếp nhận, phối hợp xử lý {consular_cases.count.period} vụ việc lãnh sự.",
    },
]

FISHERMEN = [
    {
        "if": "boats_detained.boats.period",
        "text": {
            "if": "unit.focal",
            "text": "- {period.in_word}, toàn tỉnh có {boats_detained.boats.period} tàu cá cùng "
            "{boats_detained.fishermen.period} ngư dân bị nước ngoài bắt giữ. Trước tình hình trên, {unit.short} phối "
            "hợp với các cơ quan, đơn vị liên quan xác minh vụ việc và kịp thời báo cáo, kiến nghị Cục Lãnh sự, Bộ "
            "Ngoại giao có biện pháp nhằm bảo vệ quyền, lợi ích chính đáng cho ngư dân.",
            "else": "- {period.in_word}, {unit.short} ghi nhận {boats_detained.boats.period} tàu cá cùng "
            "{boats_detained.fishermen.period} ngư dân bị nước ngoài bắt giữ; {unit.short} phối hợp với các cơ quan, "
            "đơn vị liên quan xác minh vụ việc, báo cáo cơ quan có thẩm quyền.",
        },
        "else": {
            "if": "unit.focal",
            "text": "- {period.in_word}, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ.",
        },
    },
    {
        "if": "boats_obstructed.boats.period",
        "text": "- Có {boats_obstructed.boats.period} tàu cá cùng với {boats_obstructed.fishermen.period} ngư dân bị nước "
        "ngoài ngăn cản, lấy tài sản. {unit.short} phối hợp với các cơ quan, đơn vị liên quan đề nghị Cục Lãnh sự, "
        "Bộ Ngoại giao có biện pháp bảo vệ quyền lợi ích cho ngư dân.",
    },
    {
        "if": "boats_released.boats.period",
        "text": "- Có {boats_released.boats.period} tàu cá cùng {boats_released.fishermen.period} ngư dân được nước ngoài "
        "thả về nước.",
    },
    {
        "if": "fishermen_still_detained.fishermen.period",
        "text": [
            {"if": "unit.focal", "text": "- Toàn tỉnh vẫn còn ", "else": "- {unit.short} ghi nhận còn "},
            "{fishermen_still_detained.fishermen.period} ngư dân đang bị các nước bắt giữ. {unit.name} tiếp tục phối hợp với các cơ quan chức năng trong và ngoài nước hỗ trợ các thủ tục cần thiết "
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
            "text": "- Tính đến cuối kỳ báo cáo, có {foreign_students.count.period} lưu học sinh đang học tập tại các "
            "trường đại học, cao đẳng trên địa bàn tỉnh.",
            "else": "- Tính đến cuối kỳ báo cáo, {unit.short} có {foreign_students.count.period} lưu học sinh đang "
            "học tập.",
        },
        "else": {
            "if": "unit.focal",
            "text": "- Tính đến cuối kỳ báo cáo, không có lưu học sinh nước ngoài đang học tập tại các trường đại học, "
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
        "else": "{period.in_word}, không có văn bản quy phạm pháp luật, văn bản chỉ đạo mới được ban hành.",
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

TASK_RESULT = {"if": "document", "text": "{document}."}  # the document that shows the result, as a footnote
TASK_ITEM = "{letter}) {title}\n- Thời gian hoàn thành được giao: {due}\n- Tiến độ thực hiện: {progress}."
TASKS = [
    {
        "number": "1",
        "heading": "Theo Chương trình công tác của UBND tỉnh",
        "body": [
            {
                "list": "tasks_programme",
                "item": TASK_ITEM,
                "footnote": TASK_RESULT,
                "empty": "Không có nhiệm vụ theo Chương trình công tác của UBND tỉnh trong năm.",
            }
        ],
    },
    {
        "number": "2",
        "heading": "Các nhiệm vụ khác được UBND tỉnh, Chủ tịch UBND tỉnh giao",
        "body": [
            {
                "list": "tasks_other",
                "item": "{letter}) {title}: {progress}.",
                "footnote": TASK_RESULT,
                "empty": "Không có nhiệm vụ khác được giao.",
            }
        ],
    },
]

# The focal point's plan is the province's foreign-affairs work; another unit plans its own.
PLAN = [
    # What the register already holds for the next period, then the standing work.
    {
        "list": "planned_work",
        "item": [
            {"if": "end", "text": "- Từ ngày {date} đến ngày {end}: ", "else": "- Ngày {date}: "},
            {"if": "bulletin", "text": "Phát hành "},
            "{title}.",
        ],
    },
    {
        "list": "tasks_due_next",
        "item": [
            "- Tập trung hoàn thành nhiệm vụ: {title} (hạn hoàn thành: {deadline}",
            {"if": "late", "text": ", đã quá hạn"},
            ").",
        ],
    },
    {
        "if": "unit.focal",
        "text": "- Tiếp tục tham mưu quản lý nhà nước đối với đoàn ra, đoàn vào; hướng dẫn, quản lý người nước ngoài "
        "đến làm việc trên địa bàn tỉnh.",
    },
    {
        "if": "unit.focal",
        "text": "- Tiếp tục triển khai các nhiệm vụ về hội nhập quốc tế, ngoại giao kinh tế, ngoại giao văn hóa và "
        "thông tin đối ngoại theo kế hoạch.",
        "else": "- Tiếp tục triển khai các hoạt động đối ngoại của {unit.short} theo kế hoạch; báo cáo kết quả theo "
        "quy định.",
    },
    {
        "if": "unit.focal",
        "text": "- Tăng cường công tác vận động và quản lý viện trợ của các tổ chức phi chính phủ nước ngoài.",
    },
    {
        "if": "unit.focal",
        "text": "- Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và các cơ quan liên quan bảo hộ ngư dân, tàu thuyền "
        "của tỉnh bị nước ngoài bắt giữ.",
    },
]

# Nơi nhận of the general report, in one place. The province's focal point sends its report of a month,
# a quarter or 9 months to the bodies that follow foreign affairs through the year (seed 003); its 6-month
# or annual review goes to the UBND tỉnh through the Sở Kế hoạch và Đầu tư and the Văn phòng UBND tỉnh,
# which compile the province's review (seed 001). The Cục Ngoại vụ is Bộ Ngoại giao's department for
# local foreign affairs.
FOCAL_RECIPIENTS = {
    "periodic": [
        "UBND tỉnh",
        "Văn phòng Tỉnh ủy",
        "Cục Ngoại vụ",
        "Sở Kế hoạch và Đầu tư",
        "Công an tỉnh",
        "Lưu: VT, TH",
    ],
    "review": ["UBND tỉnh (báo cáo)", "Sở Kế hoạch và Đầu tư", "Văn phòng UBND tỉnh", "Lưu: VT, TH"],
}

GENERAL_RECIPIENTS = [
    # Another unit sends its report to whoever asked by letter, as the closing says, else to the focal point.
    [
        {
            "if": "not unit.focal",
            "text": [
                {
                    "if": "letter.issuer",
                    "text": "{letter.issuer}",
                    "else": [{"if": "unit.focal_point", "text": "{unit.focal_point}", "else": "UBND tỉnh"}],
                }
            ],
        }
    ],
    *([{"if": ["unit.focal", "not period.review"], "text": name}] for name in FOCAL_RECIPIENTS["periodic"]),
    *([{"if": ["unit.focal", "period.review"], "text": name}] for name in FOCAL_RECIPIENTS["review"]),
    [{"if": "not unit.focal", "text": "Lưu: VT"}],
]

GENERAL = {
    "code": "general",
    "name": "Báo cáo công tác đối ngoại định kỳ",
    "period_kinds": ["month", "quarter", "half", "nine_months", "year", "custom"],
    "title": [
        {
            # The focal point's 6-month or annual report reviews its direction and work (seed 001).
            "if": ["unit.focal", "period.review"],
            "text": [
                "Kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ ",
                {"if": "unit.office", "text": "đối ngoại "},
                "{period.label} của {unit.name}",
            ],
            "else": "Công tác đối ngoại {period.label}",
        }
    ],
    "intro": [
        {
            "if": "letter.citation",
            "text": "Thực hiện {letter.citation}, {unit.name} báo cáo như sau:",
            "else": "Thực hiện chế độ thông tin báo cáo định kỳ, {unit.name} báo cáo kết quả hoạt động đối ngoại "
            "{period.label} và dự kiến công tác đối ngoại {period.next_label} như sau:",
        }
    ],
    # The focal point reports to the UBND tỉnh; another unit to the focal point, which compiles.
    "closing": [
        {
            "if": "unit.focal",
            "text": "{unit.name} kính báo cáo UBND tỉnh./.",
            "else": [
                {
                    "if": "letter.issuer",
                    "text": "{unit.name} kính gửi {letter.issuer} tổng hợp./.",
                    "else": [
                        {
                            "if": "unit.focal_point",
                            "text": "{unit.name} kính gửi {unit.focal_point} tổng hợp./.",
                            "else": "{unit.name} kính báo cáo UBND tỉnh./.",
                        }
                    ],
                }
            ],
        }
    ],
    "recipients": GENERAL_RECIPIENTS,
    "sections": [
        {
            "number": "I",
            "heading": "KẾT QUẢ TRIỂN KHAI CÔNG TÁC ĐỐI NGOẠI {period.label_upper}",
            "children": [
                {
                    "number": "1",
                    "heading": "Công tác lễ tân đối ngoại, tổ chức và quản lý đoàn ra/đoàn vào",
                    "children": [
                        {"number": "a", "heading": "Công tác tổ chức và quản lý đoàn ra", "body": DELEGATIONS_OUT},
                        {
                            "number": "b",
                            "heading": "Công tác lễ tân đối ngoại, tổ chức và quản lý đoàn vào",
                            "body": DELEGATIONS_IN,
                        },
                    ],
                },
                {"number": "2", "heading": "Công tác hội nhập quốc tế", "body": INTEGRATION},
                {"number": "3", "heading": "Công tác ngoại giao kinh tế và hợp tác quốc tế", "body": ECONOMIC},
                {
                    "number": "4",
                    "heading": "Công tác vận động và quản lý viện trợ của các cơ quan, tổ chức, cá nhân nước ngoài",
                    "body": AID,
                },
                {
                    "number": "5",
                    "heading": "Công tác lãnh sự và bảo hộ công dân; công tác biên giới, lãnh thổ",
                    "children": [
                        {"number": "a", "heading": "Công tác lãnh sự", "body": CONSULAR},
                        {"number": "b", "heading": "Công tác bảo hộ ngư dân và tàu thuyền", "body": FISHERMEN},
                        {"number": "c", "heading": "Công tác biên giới, lãnh thổ", "body": BORDER},
                    ],
                },
                {"number": "6", "heading": "Công tác quản lý người nước ngoài, lưu học sinh", "body": STUDENTS},
                {"number": "7", "heading": "Công tác ngoại giao văn hóa và thông tin đối ngoại", "body": INFORMATION},
                {"number": "8", "heading": "Công tác đối với người Việt Nam ở nước ngoài (NVNONN)", "body": OVERSEAS},
                {"number": "9", "heading": "Công tác tham mưu xây dựng, hoàn thiện thể chế", "body": INSTITUTIONS},
                {"number": "10", "heading": "Công tác cải cách hành chính", "body": REFORM},
                {"number": "11", "heading": "Một số công tác khác", "body": OTHER_WORK},
            ],
        },
        {
            "number": "II",
            "heading": "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO",
            "children": TASKS,
        },
        {
            "number": "III",
            # A review looks further ahead than a month's report (seed 001, seed 003).
            "heading": [
                {
                    "if": "period.review",
                    "text": "ĐỊNH HƯỚNG NHIỆM VỤ CÔNG TÁC CHỦ YẾU TRONG {period.next_label_upper}",
                    "else": "DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU {period.next_label_upper}",
                }
            ],
            "body": PLAN,
        },
        {
            "number": "IV",
            "heading": "THUẬN LỢI, KHÓ KHĂN",
            "children": [
                {
                    "number": "1",
                    "heading": "Thuận lợi",
                    "body": [
                        "Công tác đối ngoại luôn nhận được sự quan tâm, chỉ đạo sát sao của Tỉnh ủy, UBND tỉnh và sự phối hợp "
                        "chặt chẽ của các sở, ban, ngành, địa phương."
                    ],
                },
                {
                    "number": "2",
                    "heading": "Khó khăn",
                    "body": [
                        {
                            "if": "lists.late_answers",  # the answers to the unit's requests (collection)
                            "text": [
                                {
                                    "if": "lists.late_answers.count > 1",
                                    "text": [
                                        "Một số cơ quan, đơn vị (",
                                        # no «và»: unit names hold one («Sở Kế hoạch và Đầu tư»)
                                        {"list": "late_answers", "item": "{unit}", "join": ", "},
                                        ")",
                                    ],
                                    "else": {"list": "late_answers", "item": "{unit}"},
                                },
                                " chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm.",
                            ],
                            "else": "Không có khó khăn, vướng mắc phát sinh trong kỳ.",
                        }
                    ],
                },
            ],
        },
    ],
}

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
            "if": "letter.issuer",
            "text": "Trên đây là báo cáo thực hiện công tác đối ngoại nhân dân {period.label} của {unit.name}, "
            "kính gửi {letter.issuer} theo dõi, tổng hợp./.",
            "else": "Trên đây là báo cáo thực hiện công tác đối ngoại nhân dân {period.label} của {unit.name}./.",
        }
    ],
    "recipients": ["{unit.focal_point}", "Lưu: VT"],  # the province's focal point, whoever it is then
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
        {"if": "letter.issuer", "text": "Kính gửi {letter.issuer} tổng hợp./.", "else": "{unit.name} kính báo cáo./."}
    ],
    "recipients": ["{unit.focal_point}", "Lưu: VT"],  # the province's focal point, whoever it is then
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
                        {
                            "if": "outgoing_delegations.groups.period",
                            "list": "outgoing_delegations",
                            "item": "Trong tháng {month:raw}, tổ chức đoàn công tác đến {countries} ({persons} người): {title}",
                            "join": ". ",
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
                        "{country} để {purpose:lower}",
                    ],
                    "join": ". ",
                    "end": ".",
                    "empty": "Tiếp tục triển khai các nhiệm vụ hội nhập quốc tế theo kế hoạch của UBND tỉnh.",
                },
            ],
        },
    ],
}

SHIPPED = [GENERAL, PEOPLES_DIPLOMACY, INTEGRATION_REPORT]
