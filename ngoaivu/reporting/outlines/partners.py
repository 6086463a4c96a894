"""The area of the work with the localities of a partner country (seed 001's «d)», seed 003's «4.»), once per
country whose localities the province reports apart (PartnerLocality.reported_apart: Laos in the seeds),
filled from the register's rows of that country (reporting/partner_lists.py)."""

from .cooperation import ECONOMIC_AREA

# The work with the localities of the country (seed 001: «d) Hoạt động hợp tác với các địa phương của nước Cộng
# hòa Dân chủ Nhân dân (CHDCND) Lào»), the students first and the agreements after them as the seed has them;
# a bullet each in the review, a paragraph each in the general report (seed 003). The students and the
# delegations are told again here, as the seed tells its Lao students; the steps on agreements with the
# country's partners are told here only (told_apart). A period without any: said so, as the other
# areas say what did not happen.
PARTNER_LISTS = (
    "partner_student_arrivals",
    "partner_agreement_steps",
    "partner_delegations_out",
    "partner_delegations_in",
    "partner_conferences",
    "partner_events",
    "partner_aid",
)


def partner_body(bullet):
    return [
        {
            "if": "lists.partner_student_arrivals",
            "text": [
                f"{bullet}Chủ trì, phối hợp với các cơ quan, đơn vị liên quan ",
                {
                    "list": "partner_student_arrivals",
                    "item": {
                        "if": "returning",
                        "text": "tổ chức tiếp nhận, đón {persons} lưu học sinh {each.name} trở lại tỉnh",
                        "else": [
                            "tiếp nhận {persons} lưu học sinh",
                            {"if": "provinces", "text": " tỉnh {provinces}", "else": " {each.name}"},
                            " đến học tập tại tỉnh",
                        ],
                    },
                    "join": "; ",
                },
                ".",
            ],
        },
        {"list": "partner_agreement_steps", "item": f"{bullet}Về {{agreement}}: {{work}}."},
        {
            "list": "partner_delegations_out",
            "item": [
                bullet,
                {"if": "verb_first", "text": "{title}", "else": "Tổ chức {phrase}"},
                ".",
            ],
        },
        {"list": "partner_delegations_in", "item": f"{bullet}Phối hợp đón tiếp {{phrase}}."},
        {
            "list": "partner_conferences",
            "item": [bullet, {"if": "verb_first", "text": "{title}", "else": "Tổ chức {phrase}"}, "."],
        },
        {
            "list": "partner_events",
            "item": [bullet, {"if": "verb_first", "text": "{title}", "else": "Tổ chức {phrase}"}, "."],
        },
        {
            "list": "partner_aid",
            "item": f"{bullet}Thẩm định, trình phê duyệt khoản viện trợ {{title:lower}} của {{donor}} với giá trị "
            "{value:money}.",
        },
        {
            "if": [f"not lists.{name}" for name in PARTNER_LISTS],
            "text": {
                "if": "not counted.own",
                "text": f"{bullet}{{period.in_word}}, không phát sinh hoạt động hợp tác với các địa phương của "
                "{each.short}.",
                "else": f"{bullet}{{period.in_word}}, {{unit.short}} không có hoạt động hợp tác với các địa phương "
                "của {each.short}.",
            },
        },
    ]


def partner_area(bullet):
    """The section, repeated for each country reported apart (drafting.py: "each")."""
    return {
        "each": "partner_countries",
        "heading": "Hoạt động hợp tác với các địa phương của {each.full}",
        "body": partner_body(bullet),
    }


def told_apart(body):
    """body with the steps on an agreement with a partner of a country reported apart, and the conferences held
    with one, left out: they are told under the country's own area, not again (seeds 001, 003); the count of
    conferences stays."""
    return [
        {**spec, "item": {"if": "apart", "text": "", "else": spec["item"]}}
        if isinstance(spec, dict) and spec.get("list") in ("agreement_steps", "conferences")
        else spec
        for spec in body
    ]


APART_ECONOMIC_AREA = {**ECONOMIC_AREA, "body": told_apart(ECONOMIC_AREA["body"])}
