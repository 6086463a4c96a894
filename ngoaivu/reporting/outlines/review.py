"""The review of direction and operation of the first 6 months or the year (seed 001): what the unit
did under its functions, the tasks the UBND tỉnh assigned, the direction of the next period. The
UBND tỉnh asks every department for it; the Sở Kế hoạch và Đầu tư and the Văn phòng UBND tỉnh
compile the province's."""

from .ahead import PLAN, TASKS
from .administration import INSTITUTIONS_AREA, OTHER_AREA, REFORM_AREA
from .consular import BORDER_AREA, CONSULAR, FISHERMEN, STUDENTS_AREA
from .cooperation import AID_AREA, INTEGRATION_AREA
from .delegations import DELEGATIONS_IN, DELEGATIONS_OUT
from .information import INFORMATION_AREA, OVERSEAS_AREA
from ..sentence_lists import LETTERS
from .partners import APART_ECONOMIC_AREA, partner_area
from .general import OWN_COPIES


def _led(pattern, lead):
    """pattern with each bullet it may open with («- Trong 6 tháng đầu năm, …») led by what it tells (seed 001:
    «- Công tác bảo hộ ngư dân và tàu thuyền: Trong 6 tháng đầu năm, toàn tỉnh …»)."""
    if isinstance(pattern, str):
        return lead + pattern.removeprefix("- ") if pattern.startswith("- ") else pattern
    if isinstance(pattern, list):
        return [_led(pattern[0], lead), *pattern[1:]] if pattern else pattern
    if isinstance(pattern, dict):
        return {key: _led(value, lead) if key in ("text", "else") else value for key, value in pattern.items()}
    return pattern


# Seed 001 tells delegations out and in under one letter, and consular work with the protection of
# citizens, each as a bullet.
RECEPTION_AREA = {
    "heading": "Công tác lễ tân đối ngoại, tổ chức và quản lý đoàn ra/đoàn vào",
    "body": [{"text": ["- ", DELEGATIONS_OUT[0]]}, *DELEGATIONS_OUT[1:], *DELEGATIONS_IN],
}
PROTECTION_AREA = {
    "heading": "Công tác lãnh sự và bảo hộ công dân",
    "body": [
        {"text": ["- Công tác lãnh sự: ", CONSULAR[0]]},
        *CONSULAR[1:],
        _led(FISHERMEN[0], "- Công tác bảo hộ ngư dân và tàu thuyền: "),
        *FISHERMEN[1:],
    ],
}

# Under «2. Kết quả công tác đối ngoại…» each area has its letter, in the Vietnamese order (sentences.LETTERS),
# administrative reform before institutions as in seed 001. The work with the localities of a partner country
# is d) for Laos alone, as in seed 001, and the letters after it follow how many countries have that area.
RESULTS = [
    {"number": letter, **area}
    for letter, area in zip(
        LETTERS,
        [
            RECEPTION_AREA,
            INTEGRATION_AREA,
            APART_ECONOMIC_AREA,
            partner_area("- "),
            AID_AREA,
            PROTECTION_AREA,
            BORDER_AREA,
            STUDENTS_AREA,
            INFORMATION_AREA,
            OVERSEAS_AREA,
            REFORM_AREA,
            INSTITUTIONS_AREA,
            OTHER_AREA,
        ],
    )
]

# The UBND tỉnh's review is compiled by the Sở Kế hoạch và Đầu tư and the Văn phòng UBND tỉnh (seed 001),
# named as at the report's time; a Văn phòng does not ask itself. A review another body asked for goes
# to that body, to compile.
COMPILERS = {
    "if": "unit.office",
    "text": "{body:Sở Kế hoạch và Đầu tư}",
    "else": "{body:Sở Kế hoạch và Đầu tư}, Văn phòng UBND tỉnh",
}
CLOSING = [
    "Trên đây là nội dung báo cáo của {unit.name}, ",
    {
        "if": "letter.compiler",
        "text": "kính gửi {letter.compiler} tổng hợp./.",
        "else": ["kính đề nghị ", COMPILERS, " tổng hợp, báo cáo UBND tỉnh./."],
    },
]
RECIPIENTS = [
    [{"if": "letter.compiler", "text": "{letter.compiler}", "else": "UBND tỉnh (báo cáo)"}],
    [{"if": "not letter.compiler", "text": "Sở Kế hoạch và Đầu tư"}],
    [{"if": "not letter.compiler", "text": "Văn phòng UBND tỉnh"}],
    *OWN_COPIES,
]

# The Sở Ngoại vụ reviews all its duties; a Văn phòng UBND tỉnh or another unit, as far as the register
# follows them, its foreign-affairs duties.
DUTIES = ["nhiệm vụ ", {"if": ["unit.focal", "not unit.office"], "text": "", "else": "đối ngoại "}, "{period.label}"]

# Seed 001 names the part of the UBND tỉnh's work programme the review answers for.
PROGRAMME_TASKS = {
    **TASKS[0],
    "heading": "Theo Chương trình công tác {period.programme} của UBND tỉnh",
    "body": [
        {
            **TASKS[0]["body"][0],
            "empty": "Không có nhiệm vụ theo Chương trình công tác {period.programme} của UBND tỉnh.",
        }
    ],
}

REVIEW = {
    "code": "review",
    "name": "Báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng, năm",
    "period_kinds": ["half", "year"],
    # A review is of the first 6 months or of the year (seed 001); the second half is the year's.
    "period_parts": {"half": [1]},
    "title": [{"text": ["Kiểm điểm công tác chỉ đạo, điều hành thực hiện ", *DUTIES, " của {unit.name}"]}],
    "intro": [
        {
            "if": "letter.citation",
            "text": [
                "Thực hiện {letter.citation}",
                {"if": "letter.about", "text": " {letter.about}"},
                "; {unit.name} báo cáo như sau:",
            ],
            "else": ["{unit.name} báo cáo kiểm điểm công tác chỉ đạo, điều hành thực hiện ", *DUTIES, " như sau:"],
        }
    ],
    "closing": [{"text": CLOSING}],
    "recipients": RECIPIENTS,
    "sections": [
        {
            "number": "I",
            "heading": "TÌNH HÌNH TRIỂN KHAI THỰC HIỆN CHỨC NĂNG, NHIỆM VỤ ĐƯỢC GIAO",
            "children": [
                {
                    "number": "1",
                    "heading": "Công tác lãnh đạo, chỉ đạo và tổ chức thực hiện các nghị quyết của Đảng, chính sách, "
                    "pháp luật của Nhà nước",
                    "body": [
                        "Trong {period.label}, {unit.short} tập trung đẩy mạnh công tác chỉ đạo, điều hành và tổ chức "
                        "triển khai thực hiện các nội dung chỉ đạo quan trọng của Trung ương và địa phương; các Nghị "
                        "quyết của Đảng, chính sách, pháp luật của Nhà nước; các Kết luận và Nghị quyết của Tỉnh ủy và "
                        "các văn bản chỉ đạo triển khai thực hiện của HĐND, UBND tỉnh."
                    ],
                },
                {
                    "number": "2",
                    "heading": "Kết quả công tác đối ngoại trong {period.label}",
                    "body": [
                        "Trong {period.label}, {unit.name} đã triển khai thực hiện kế hoạch công tác đề ra, thể hiện "
                        "trên các mặt công tác chính sau:"
                    ],
                    "children": RESULTS,
                },
            ],
        },
        {
            "number": "II",
            "heading": "KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ ĐƯỢC UBND TỈNH, CHỦ TỊCH UBND TỈNH GIAO",
            "children": [
                {**TASKS[0], "heading": "Theo Chương trình công tác {period.programme} của UBND tỉnh"},
                *TASKS[1:],
            ],
        },
        {
            "number": "III",
            "heading": "ĐỊNH HƯỚNG NHIỆM VỤ CÔNG TÁC CHỦ YẾU TRONG {period.next_label_upper}",
            "body": PLAN,
        },
    ],
}
