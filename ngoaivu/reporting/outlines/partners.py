"""The area of the work with the localities of Laos (seed 001's «d)», seed 003's «4.»), filled from the
register's rows whose country is Laos (reporting/context.py: the lao_* lists)."""

# The work with the localities of Laos (seed 001: «d) Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân
# chủ Nhân dân (CHDCND) Lào»), a bullet each, the students first and the agreements after them as the seed has
# them. The students and the Lao delegations are told again here, as the seed tells its Lao students; the
# steps on agreements with Lao partners are told here only (review.py: REVIEW_ECONOMIC_AREA). A period without any: said so,
# as the other areas say what did not happen, so that the letters of the areas stay those of the seed.
LAO_LISTS = (
    "lao_student_arrivals",
    "lao_agreement_steps",
    "lao_delegations_out",
    "lao_delegations_in",
    "lao_events",
    "lao_aid",
)
LAOS = [
    {
        "if": "lists.lao_student_arrivals",
        "text": [
            "- Chủ trì, phối hợp với các cơ quan, đơn vị liên quan ",
            {
                "list": "lao_student_arrivals",
                "item": {
                    "if": "returning",
                    "text": "tổ chức tiếp nhận, đón {persons} lưu học sinh Lào trở lại tỉnh",
                    "else": [
                        "tiếp nhận {persons} lưu học sinh",
                        {"if": "provinces", "text": " tỉnh {provinces}", "else": " Lào"},
                        " đến học tập tại tỉnh",
                    ],
                },
                "join": "; ",
            },
            ".",
        ],
    },
    {"list": "lao_agreement_steps", "item": "- Về {agreement}: {work}."},
    {
        "list": "lao_delegations_out",
        "item": ["- ", {"if": "verb_first", "text": "{title}", "else": "Tổ chức {phrase}"}, " ({persons} người)."],
    },
    {"list": "lao_delegations_in", "item": "- Phối hợp đón tiếp {phrase} ({persons} lượt người)."},
    {"list": "lao_events", "item": ["- ", {"if": "verb_first", "text": "{title}", "else": "Tổ chức {phrase}"}, "."]},
    {
        "list": "lao_aid",
        "item": "- Thẩm định, trình phê duyệt khoản viện trợ {title:lower} của {donor} với giá trị {value:money}.",
    },
    {
        "if": [f"not lists.{name}" for name in LAO_LISTS],
        "text": {
            "if": "unit.focal",
            "text": "- {period.in_word}, không phát sinh hoạt động hợp tác với các địa phương của nước CHDCND Lào.",
            "else": "- {period.in_word}, {unit.short} không có hoạt động hợp tác với các địa phương của nước CHDCND "
            "Lào.",
        },
    },
]

LAOS_AREA = {
    "heading": "Hoạt động hợp tác với các địa phương của nước Cộng hòa Dân chủ Nhân dân (CHDCND) Lào",
    "body": LAOS,
}
