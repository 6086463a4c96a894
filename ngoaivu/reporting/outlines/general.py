"""The general report of a month, a quarter, 6 or 9 months or a year (seed 003): part I, the results, closed by
a summary; part II, the plan of the next period."""

from ..document import SUMMARY_KEY
from .ahead import PLAN, TASKS_AREA
from .administration import INSTITUTIONS_AREA, OTHER_AREA, REFORM_AREA
from .consular import BORDER_AREA, CONSULAR_AREA, FISHERMEN_AREA, STUDENTS_AREA
from .cooperation import AID_AREA, CONFERENCES, ECONOMIC_AREA, ECONOMIC_WORK, INTEGRATION_AREA
from .delegations import INCOMING, OUTGOING
from .information import INFORMATION, OVERSEAS_AREA
from .partners import partner_area, told_apart

# Nơi nhận of the general report. The province's focal point sends it to the bodies that follow foreign
# affairs through the year (seed 003); the Cục Ngoại vụ is Bộ Ngoại giao's department for local foreign
# affairs. A body that has ended since is named as the one carrying its work (drafting._others).
FOCAL_RECIPIENTS = [
    "UBND tỉnh", "Văn phòng Tỉnh ủy", "Cục Ngoại vụ", "Sở Kế hoạch và Đầu tư", "Công an tỉnh", "Cục Thống kê tỉnh",
]  # fmt: skip

# Another unit sends its report to whoever asked by letter, else to the focal point: {unit.addressee}, as the
# closing says (reporting/context.addressee).
TO_WHOEVER_ASKED = [
    {
        "if": "not unit.focal",
        "text": [{"if": "unit.addressee", "text": "{unit.addressee}", "else": "UBND tỉnh"}],
    }
]

# The focal point's own copies: its leaders and divisions («SNgV: GĐ, các PGĐ, các phòng trực thuộc», seed
# 003), then its archive and the division that drafted (seeds 001, 003); another unit files one copy.
OWN_COPIES = [
    [
        {
            "if": "unit.focal",
            "text": {
                "if": "unit.office",
                "text": "{unit.code}: CVP, các PCVP",
                "else": "{unit.code}: GĐ, các PGĐ, các phòng trực thuộc",
            },
        }
    ],
    [{"if": "unit.focal", "text": "Lưu: VT, TH", "else": "Lưu: VT"}],
]

GENERAL_RECIPIENTS = [
    TO_WHOEVER_ASKED,
    *([{"if": "unit.focal", "text": name}] for name in FOCAL_RECIPIENTS),
    *OWN_COPIES,
]


def _units_in(list_name, many, one):
    """The units of a list: «<many>A, B)» when several, «<one>A» when one. No «và»: unit names hold one
    («Sở Kế hoạch và Đầu tư»)."""
    return {
        "if": f"lists.{list_name}.count > 1",
        "text": [many, {"list": list_name, "item": "{unit}", "join": ", "}, ")"],
        "else": [one, {"list": list_name, "item": "{unit}"}],
    }


# The answers to the unit's requests that came late, or were returned and not sent again (collection): the
# summary says so after what was done, as a report owns a shortcoming («Tuy nhiên, …»).
LATE_ANSWERS = {
    "if": "lists.late_answers",
    "text": [
        _units_in("late_answers", "Tuy nhiên, một số cơ quan, đơn vị (", "Tuy nhiên, "),
        " chưa gửi báo cáo đúng thời hạn nên việc tổng hợp còn chậm.",
    ],
    "paragraph": False,
}
RETURNED_ANSWERS = {
    # sent in time, returned for correction, not sent again: not late, not compiled
    "if": "lists.returned_answers",
    "text": [
        {"if": "lists.late_answers", "text": "Báo cáo", "else": "Tuy nhiên, báo cáo"},
        _units_in("returned_answers", " của một số cơ quan, đơn vị (", " của "),
        " đã được trả lại để chỉnh sửa, chưa được gửi lại.",
    ],
    "paragraph": False,
}

# Seed 003 closes part I with a paragraph in italics, «Tóm lại, trong tháng 8/2021, Sở Ngoại vụ đã tổ chức triển
# khai thực hiện …», no heading of its own (document.SUMMARY_KEY; «Tóm lại» names it in the pages only). It
# judges nothing and counts nothing: the officer says how well the work went.
SUMMARY = {
    "key": SUMMARY_KEY,
    "heading": "Tóm lại",
    "body": [
        "Tóm lại, {period.within}, {unit.name} đã tổ chức triển khai thực hiện công tác đối ngoại theo kế hoạch đã "
        "đề ra, phục vụ nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh và hội nhập quốc tế của tỉnh.",
        LATE_ANSWERS,
        RETURNED_ANSWERS,
    ],
}

# Seed 003's two parts: what was done (its areas of work, then the summary), and the plan of the next period.
# The tasks the UBND tỉnh assigned, which seed 001 (a review) tells in a part of their own, are an area of part I.
GENERAL = {
    "code": "general",
    "name": "Báo cáo công tác đối ngoại định kỳ",
    "period_kinds": ["month", "quarter", "half", "nine_months", "year", "custom"],
    "title": "Công tác đối ngoại {period.label}",
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
                    "if": "unit.addressee",
                    "text": "{unit.name} kính gửi {unit.addressee} tổng hợp./.",
                    "else": "{unit.name} kính báo cáo UBND tỉnh./.",
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
                    "heading": "Công tác tổ chức và quản lý đoàn ra/đoàn vào",  # seed 003
                    "children": [{"number": "a", **OUTGOING}, {"number": "b", **INCOMING}],
                },
                # seed 003's headings of these areas (and of 7.), longer than other reports'
                {
                    **INTEGRATION_AREA,
                    "number": "2",
                    "heading": "Công tác triển khai thực hiện các chủ trương, chính sách của Đảng và pháp luật của "
                    "Nhà nước về công tác đối ngoại, hội nhập quốc tế",
                },
                {"number": "3", **ECONOMIC_AREA, "body": told_apart(ECONOMIC_WORK)},
                # seed 003's «4.» for Laos; the numbers after it follow how many countries have that area
                partner_area(""),
                {"number": "4", **AID_AREA},
                {
                    "number": "5",
                    "heading": "Công tác lãnh sự và bảo hộ công dân; công tác biên giới, lãnh thổ",
                    "children": [
                        {"number": "a", **CONSULAR_AREA},
                        {"number": "b", **FISHERMEN_AREA},
                        {"number": "c", **BORDER_AREA},
                    ],
                },
                {"number": "6", **STUDENTS_AREA},
                {
                    # seed 003 tells the conferences managed with cultural diplomacy and foreign information
                    "number": "7",
                    "heading": "Công tác ngoại giao văn hóa; công tác thông tin đối ngoại và công tác quản lý hội nghị, "
                    "hội thảo quốc tế",
                    "body": [*INFORMATION, *told_apart(CONFERENCES)],
                },
                {"number": "8", **OVERSEAS_AREA},
                {"number": "9", **INSTITUTIONS_AREA},
                {**REFORM_AREA, "number": "10", "heading": "Công tác cải cách hành chính/thủ tục hành chính (TTHC)"},
                # Written before «Một số công tác khác», which stays last as in seed 003; keyed I.12 after it, so
                # that the areas keep the keys drafts and answers were saved under (the numbers written are given
                # in order: drafting.expanded).
                {"number": "12", **TASKS_AREA},
                {"number": "11", **OTHER_AREA},
                SUMMARY,
            ],
        },
        {
            # keyed III, as it was while part II told the tasks assigned: drafts and units' answers keep its text
            "key": "III",
            "number": "II",
            "heading": "DỰ KIẾN KẾ HOẠCH CÔNG TÁC CHỦ YẾU {period.next_label_upper}",
            "body": PLAN,
        },
    ],
}
