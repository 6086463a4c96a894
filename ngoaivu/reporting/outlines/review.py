"""The review of direction and operation of the first 6 months or the year (seed 001): what the unit
did under its functions, the tasks the UBND tỉnh assigned, the direction of the next period. The
UBND tỉnh asks every department for it; the Sở Kế hoạch và Đầu tư and the Văn phòng UBND tỉnh
compile the province's."""

from .ahead import PLAN, TASKS
from .areas import (
    AID_AREA,
    BORDER_AREA,
    CONSULAR_AREA,
    ECONOMIC_AREA,
    FISHERMEN_AREA,
    INCOMING,
    INFORMATION_AREA,
    INSTITUTIONS_AREA,
    INTEGRATION_AREA,
    OTHER_AREA,
    OUTGOING,
    OVERSEAS_AREA,
    REFORM_AREA,
    STUDENTS_AREA,
)
from .general import OWN_COPIES

# Under «2. Kết quả công tác đối ngoại…» each area has its letter, in the Vietnamese order (no f, j).
RESULTS = [
    {"number": letter, **area}
    for letter, area in zip(
        ["a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o"],
        [
            OUTGOING,
            INCOMING,
            INTEGRATION_AREA,
            ECONOMIC_AREA,
            AID_AREA,
            CONSULAR_AREA,
            FISHERMEN_AREA,
            BORDER_AREA,
            STUDENTS_AREA,
            INFORMATION_AREA,
            OVERSEAS_AREA,
            INSTITUTIONS_AREA,
            REFORM_AREA,
            OTHER_AREA,
        ],
        strict=True,
    )
]

# The compilers of the province's review; a Văn phòng UBND tỉnh does not ask itself.
COMPILERS = {
    "if": "unit.office",
    "text": "{body:Sở Kế hoạch và Đầu tư}",
    "else": "{body:Sở Kế hoạch và Đầu tư}, Văn phòng UBND tỉnh",
}

REVIEW = {
    "code": "review",
    "name": "Báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng, năm",
    "period_kinds": ["half", "year"],
    "title": [
        {
            # The Sở Ngoại vụ reviews all its duties; a Văn phòng UBND tỉnh or another unit, as far as the
            # register follows them, its foreign-affairs duties.
            "text": [
                "Kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ ",
                {"if": ["unit.focal", "not unit.office"], "text": "", "else": "đối ngoại "},
                "{period.label} của {unit.name}",
            ],
        }
    ],
    "intro": [
        {
            "if": "letter.citation",
            "text": "Thực hiện {letter.citation}; {unit.name} báo cáo như sau:",
            "else": "{unit.name} báo cáo kiểm điểm công tác chỉ đạo, điều hành thực hiện nhiệm vụ {period.label} "
            "như sau:",
        }
    ],
    "closing": [
        {
            "text": [
                "Trên đây là nội dung báo cáo của {unit.name}, kính đề nghị ",
                COMPILERS,
                " tổng hợp, báo cáo UBND tỉnh./.",
            ]
        }
    ],
    "recipients": [["UBND tỉnh (báo cáo)"], ["Sở Kế hoạch và Đầu tư"], ["Văn phòng UBND tỉnh"], *OWN_COPIES],
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
