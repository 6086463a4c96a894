"""The tasks assigned (section II) and the plan for the next period (section III)."""

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
