"""The tasks assigned (the review's part II, an area of the general report's part I) and the plan for the next
period (the review's part III, the general report's part II)."""

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

# The general report (seed 003) has no part for them: they are one area of its part I, before «Một số công tác
# khác», each task a bullet under the area's letters, its deadline and progress under it («+ »), not lettered
# again under a letter as seed 001 letters them under a number.
TASKS_AREA = {
    "heading": "Kết quả thực hiện các nhiệm vụ được UBND tỉnh, Chủ tịch UBND tỉnh giao",
    "children": [
        {
            **TASKS[0],
            "number": "a",
            "body": [
                {
                    **TASKS[0]["body"][0],
                    "item": "- {title}\n+ Thời gian hoàn thành được giao: {due}\n+ Tiến độ thực hiện: {progress}.",
                }
            ],
        },
        {**TASKS[1], "number": "b", "body": [{**TASKS[1]["body"][0], "item": "- {title}: {progress}."}]},
    ],
}

# The plan for the next period (seed 001 section III, seed 003 section II): the work grouped by area, in the
# order of section I, each area one bullet of tasks, verb first. The focal point opens each area with its
# standing work; another unit writes only the areas where the register holds its own work.

# When a piece of work is expected.
WHEN = {"if": "end", "text": " (dự kiến từ ngày {date} đến ngày {end})", "else": " (dự kiến ngày {date})"}


def work_item(verb):
    """A row of the register's work as a task: as typed («Rà soát, tổng hợp …», «Tham dự Hội nghị …»), unless
    it opens with an event's or a group's noun, which takes the area's verb («Hội nghị trực tuyến …» → «Tổ chức
    Hội nghị trực tuyến …», «Đoàn công tác làm việc tại …» → «Tổ chức đoàn công tác làm việc tại …»)."""
    return [{"if": "verb_first", "text": "{title}", "else": f"{verb} {{phrase}}"}, WHEN]


# The delegations of the year's plan expected in the next period, with their country and time (seed 002:
# «dự kiến Quý III hoặc Quý IV/2025, Văn phòng sẽ tổ chức đoàn công tác đến thành phố Seoul, Hàn Quốc để …»).
DELEGATION_ITEM = {
    "if": "outgoing",
    "text": [
        "Tổ chức đoàn công tác đến ",
        {"if": "destination", "text": "{destination}, "},
        "{country} (dự kiến {when})",
        {"if": "purpose", "text": " để {purpose:clause}"},
    ],
    # A delegation coming in: its purpose names the guests when it opens with «Đón …» («Đón đoàn tỉnh Attapeu thăm
    # và làm việc tại tỉnh»); else the guests are named by their place, when typed, and country.
    "else": {
        "if": "welcome",
        "text": "Chuẩn bị tốt các điều kiện {purpose:clause} (dự kiến {when})",
        "else": [
            "Chuẩn bị tốt các điều kiện đón tiếp đoàn ",
            {"if": "destination", "text": "{destination} ({country})", "else": "{country}"},
            {
                "if": "purpose",
                "text": " đến tỉnh (dự kiến {when}) để {purpose:clause}",
                "else": " đến thăm, làm việc tại tỉnh (dự kiến {when})",
            },
        ],
    },
}

# Each area once: the focal point's standing work («- Tiếp tục …»), the list of the register's rows in it
# and how a row is written. The wording of the plan lives here only.
PLAN_AREAS = [
    {
        "lead": "Tiếp tục tham mưu quản lý nhà nước đối với đoàn ra, đoàn vào; hướng dẫn, quản lý người nước ngoài "
        "đến làm việc trên địa bàn tỉnh.",
        "list": "plan_delegations",
        "item": DELEGATION_ITEM,
    },
    {
        "lead": "Tiếp tục triển khai thực hiện các nhiệm vụ về hội nhập quốc tế theo kế hoạch.",
        "list": "plan_integration",
        "item": work_item("Tổ chức"),
    },
    {
        "lead": "Tiếp tục triển khai các hoạt động ngoại giao kinh tế, hợp tác quốc tế; cung cấp thông tin về tình "
        "hình phát triển kinh tế - xã hội và môi trường đầu tư của tỉnh cho các đối tác nước ngoài.",
        "list": "plan_economic",
        "item": work_item("Tổ chức"),
    },
    {"lead": "Tăng cường công tác vận động và quản lý viện trợ của các tổ chức phi chính phủ nước ngoài."},
    {
        "lead": "Phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và các cơ quan liên quan bảo hộ ngư dân, tàu thuyền "
        "của tỉnh bị nước ngoài bắt giữ; tuyên truyền về chủ quyền biển, đảo Việt Nam.",
        "list": "plan_border",
        "item": work_item("Tổ chức"),
    },
    {
        "lead": "Tiếp tục triển khai các hoạt động ngoại giao văn hóa và thông tin đối ngoại theo kế hoạch.",
        "list": "plan_information",
        "item": {"if": "bulletin", "text": ["Phát hành {title}", WHEN], "else": work_item("Tổ chức")},
    },
]


def area_bullet(area):
    """One area of the plan as one bullet: the focal point's standing work, then the register's rows as
    sentences (seed 003: «Tiếp tục tham mưu quản lý nhà nước đối với đoàn ra, đoàn vào. Tổng hợp, trình …»)."""
    if "list" not in area:
        return {"if": "unit.focal", "text": f"- {area['lead']}"}
    rows = {"list": area["list"], "item": area["item"], "join": ". ", "end": "."}
    listed = f"lists.{area['list']}"
    return {
        "if": "unit.focal",
        "text": ["- ", area["lead"], {"if": listed, "text": [" ", rows]}],
        "else": {"if": listed, "text": ["- ", rows]},
    }


# The tasks the UBND tỉnh assigned still open and due by the end of the next period, first: the open items of the
# tasks assigned, carried forward.
TASKS_DUE = {
    "if": "lists.tasks_due_next",
    "text": [
        "- Tập trung hoàn thành ",
        {"if": "lists.tasks_due_next.count > 1", "text": "các nhiệm vụ", "else": "nhiệm vụ"},
        " được giao: ",
        {
            "list": "tasks_due_next",
            # after the title, not in brackets: a title may close with its own («… năm 2021)»)
            "item": [
                "{title}, hạn hoàn thành: {deadline}",
                {"if": "late", "text": ", đã quá hạn"},
                {"if": "due_now", "text": ", đã đến hạn"},
            ],
            "join": "; ",
            "end": ".",
        },
    ],
}

PLAN = [
    TASKS_DUE,
    *(area_bullet(area) for area in PLAN_AREAS),
    {
        "if": "not unit.focal",
        "text": "- Tiếp tục triển khai các hoạt động đối ngoại của {unit.short} theo kế hoạch; báo cáo kết quả theo "
        "quy định.",
    },
]
