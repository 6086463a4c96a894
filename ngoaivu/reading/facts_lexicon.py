"""The words of official prose that facts.py reads: units after a figure, and the cues that
tell which indicator a figure belongs to. Lower and upper case alike."""

import re

UNITS = [
    ("groups", r"đoàn(?:\s+khách)?"),
    (
        "persons",
        r"lượt\s+(?:người|khách|cán\s+bộ|thành\s+viên|đại\s+biểu|chuyên\s+gia)|người|thành\s+viên"
        r"|đại\s+biểu|khách|phóng\s+viên|lượt",
    ),
    ("fishermen", r"ngư\s+dân|thuyền\s+viên|lao\s+động"),
    ("boats", r"(?:chiếc\s+)?(?:tàu\s+cá|tàu\s+thuyền|tàu|thuyền|ghe|phương\s+tiện)(?:/thuyền)?"),
    ("businesspeople", r"doanh\s+nhân"),
    ("enterprises", r"doanh\s+nghiệp"),
    (
        "aid_items",
        r"khoản\s+viện\s+trợ|khoản\s+tài\s+trợ|khoản|chương\s+trình,\s*dự\s+án|dự\s+án(?:,\s*phi\s+dự\s+án)?"
        r"|chương\s+trình|gói(?:\s+viện\s+trợ)?",
    ),
    ("conferences", r"(?:cuộc\s+)?hội\s+nghị(?:,\s*hội\s+thảo)?|hội\s+thảo"),
    ("courses", r"lớp"),
    ("agreements", r"(?:văn\s+bản\s+)?(?:thỏa|thoả)\s+thuận|(?:biên\s+)?bản\s+ghi\s+nhớ|MOU"),
    ("cases", r"vụ\s+việc|vụ|trường\s+hợp"),
    ("bulletins", r"(?:số\s+)?bản\s+tin"),
    ("articles", r"tin\s*,?\s*bài(?:\s+viết)?|bài\s+viết|bài\s+báo|tin|bài"),
    ("procedures", r"thủ\s+tục\s+hành\s+chính|TTHC|thủ\s+tục"),
    ("students", r"lưu\s+học\s+sinh|sinh\s+viên|học\s+viên"),
    ("staff", r"(?:cán\s+bộ,\s*)?(?:công\s+chức|viên\s+chức)|cán\s+bộ|CBCCVC|CBCC"),
    ("receptions", r"cuộc(?:\s+tiếp)?|buổi(?:\s+tiếp)?"),
]
# Words that tell the indicator, by group; the nearest to the figure wins.
_CUE_PATTERNS = {
    "foreign_press_crews": r"phóng\s+viên|báo\s+chí\s+nước\s+ngoài|hãng\s+(?:truyền\s+hình|thông\s+tấn)",
    "courtesy_receptions": r"xã\s+giao",
    "outgoing_delegations": r"đoàn\s+ra|đi\s+công\s+tác\s+nước\s+ngoài|công\s+tác\s+(?:ở|tại)\s+nước\s+ngoài"
    r"|ra\s+nước\s+ngoài|đi\s+nước\s+ngoài|xuất\s+cảnh|cử\s+(?:đoàn|cán\s+bộ)",
    "incoming_delegations": r"đoàn\s+vào|nước\s+ngoài\s+(?:đến|vào|sang)|khách\s+(?:nước\s+ngoài|quốc\s+tế)"
    r"|người\s+nước\s+ngoài|đến\s+(?:thăm|làm\s+việc|học\s+tập|tỉnh)|đón\s+(?:tiếp\s+)?"
    r"|tiếp\s+(?:đón|nhận)\s+\S*\s*đoàn|vào\s+(?:tỉnh|địa\s+bàn)",
}
CUES = {k: re.compile(v, re.I) for k, v in _CUE_PATTERNS.items()}
BOAT_CUES = {
    "fishermen_still_detained": re.compile(
        r"vẫn\s+còn|hiện\s+còn|còn\s+\d|chưa\s+được\s+(?:thả|trả)"
        r"|đang\s+bị\s+(?:\S+\s+){0,4}(?:bắt\s+)?giữ|đang\s+bị\s+giam",
        re.I,
    ),
    "boats_released": re.compile(r"(?<!\w)thả(?!\w)|trả\s+tự\s+do|trao\s+trả|phóng\s+thích|trả\s+về", re.I),
    "boats_obstructed": re.compile(
        r"ngăn\s+cản|xua\s+đuổi|lấy\s+tài\s+sản|cướp|đâm\s+va|tấn\s+công|khám\s+xét"
        r"|phá\s+hoại|uy\s+hiếp|đe\s+dọa|đập\s+phá|tịch\s+thu|lấy\s+(?:đi\s+)?(?:ngư\s+cụ|hải\s+sản)",
        re.I,
    ),
    "boats_detained": re.compile(r"bắt\s+giữ|bị\s+bắt|giam\s+giữ|tạm\s+giữ|bị\s+giữ|bắt\s+giam", re.I),
}
SIMPLE = {  # unit → (indicator, cue that must be in the sentence or the headings, or None)
    "conferences": ("conferences", re.compile(r"quốc\s+tế|nước\s+ngoài", re.I)),
    "courses": (
        "training_courses",
        re.compile(
            r"tập\s+huấn|bồi\s+dưỡng|đào\s+tạo|cập\s+nhật\s+kiến\s+thức"
            r"|huấn\s+luyện",
            re.I,
        ),
    ),
    "agreements": ("agreements_signed", re.compile(r"ký\s+kết|\bký\b|được\s+ký", re.I)),
    "cases": (
        "consular_cases",
        re.compile(
            r"lãnh\s+sự|bảo\s+hộ\s+công\s+dân|công\s+dân|người\s+nước\s+ngoài"
            r"|xuất\s+nhập\s+cảnh|tử\s+vong",
            re.I,
        ),
    ),
    "bulletins": ("bulletins", None),
    "articles": (
        "articles",
        re.compile(
            r"đăng|đưa\s+tin|trang\s+(?:thông\s+tin|tin)|cổng\s+thông\s+tin|website"
            r"|biên\s+tập|phát\s+hành|tuyên\s+truyền|xuất\s+bản",
            re.I,
        ),
    ),
    "procedures": ("procedures_translated", re.compile(r"biên\s+dịch|\bdịch\s+(?:sang|ra)|dịch\s+thuật", re.I)),
    "students": ("foreign_students", re.compile(r"lưu\s+học\s+sinh|Lào|Campuchia|nước\s+ngoài|quốc\s+tế", re.I)),
    "staff": ("staff", re.compile(r"hiện\s+có|tổng\s+số|biên\s+chế", re.I)),
}
