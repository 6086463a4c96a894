"""The delegations sent abroad and received, with the courtesy receptions: the bodies of these areas of
work (section I of the general report), shared by the templates."""

from .compared import none_compared

# Each delegation sent in the period: where to (when its name does not say), its days, the Chairman's
# decision that sent it.
_DELEGATIONS_SENT = {
    "if": "lists.outgoing_delegations",  # a compiled report counts the answers, whose delegations it may not hold
    "text": [
        ": ",
        {
            "list": "outgoing_delegations",
            "item": [
                "{title}",
                {"if": "destination", "text": " ({destination})"},
                {"if": "end", "text": " từ ngày {date} đến ngày {end}", "else": " ngày {date}"},
                {"if": "decision", "text": " ({decision})"},
            ],
            "join": "; ",
        },
    ],
}

# The delegations sent in the period, counted. Only the province's focal point examines the dossiers; another
# unit says what it sent itself.
_SENT_COUNT = [
    # Who sent them: the unit, of its own rows alone; the focal point examined the province's
    # dossiers; of other units' answers, no one unit (sentences.counted).
    {
        "if": "counted.own",
        "text": "{period.in_word}, {unit.short} cử ",
        "else": {
            "if": "counted.province",
            "text": "Thẩm tra hồ sơ, trình Chủ tịch UBND tỉnh ra quyết định cử ",
            "else": "{period.in_word}, {across}có ",
        },
    },
    "{outgoing_delegations.groups.period} đoàn với {outgoing_delegations.persons.period} lượt cán bộ "
    "đi công tác nước ngoài ({outgoing_delegations.compare})",
]

# The total alone, for a template that lists each delegation in its own words (the integration report).
DELEGATIONS_OUT_TOTAL = {"if": "outgoing_delegations.groups.period", "text": [*_SENT_COUNT, "."]}

DELEGATIONS_OUT = [
    {
        "if": "outgoing_delegations.groups.period",
        "text": [*_SENT_COUNT, _DELEGATIONS_SENT, "."],
        "else": {
            "if": "counted.own",
            "text": "{period.in_word}, {unit.short} không cử cán bộ đi công tác nước ngoài.",
            "else": {
                "if": "counted.province",
                "text": "{unit.short} không tiếp nhận hồ sơ thẩm tra, làm thủ tục trình Chủ tịch UBND tỉnh ra quyết "
                "định cử cán bộ đi công tác nước ngoài.",
                "else": none_compared(
                    "{period.in_word}, {across}không có cán bộ đi công tác nước ngoài", "outgoing_delegations", "groups"
                ),
            },
        },
    },
    {
        # A trip on private business is allowed, not sent: never one of the delegations above.
        "if": "private_trips.persons.period",
        "paragraph": False,
        "text": "Ngoài ra, {across}có {private_trips.persons.period} lượt cán bộ, công chức đi nước ngoài về việc riêng.",
    },
    {
        "if": ["period.has_ytd", "outgoing_delegations.groups.ytd"],
        "paragraph": False,
        # as the delegations coming in are counted (seed 003: «Tính chung trong 8 tháng, …»)
        "text": "Tính chung trong {period.ytd_label}, {across}có {outgoing_delegations.groups.ytd} đoàn với "
        "{outgoing_delegations.persons.ytd} lượt cán bộ đi công tác nước ngoài ({outgoing_delegations.ytd_compare}).",
    },
    {
        "if": ["period.has_ytd", "not outgoing_delegations.groups.ytd", "not private_trips.persons.ytd"],
        "paragraph": False,
        "text": none_compared(
            "Trong {period.ytd_label}, {across}không có cán bộ công chức đi công tác nước ngoài về việc công và cả việc "
            "riêng",
            "outgoing_delegations",
            "groups",
            ytd=True,
        ),
    },
]

INCOMING_MANAGED = "- {period.in_word}, {unit.short} phối hợp hướng dẫn, quản lý "

DELEGATIONS_IN = [
    {
        "if": "incoming_delegations.groups.period",
        "text": [
            # the unit's own, or the province's the focal point managed; else no one unit's (sentences.counted)
            {"if": "counted.units", "text": "- {period.in_word}, {across}có ", "else": INCOMING_MANAGED},
            "{incoming_delegations.groups.period} đoàn với {incoming_delegations.persons.period} lượt người nước "
            "ngoài đến học tập, làm việc trên địa bàn tỉnh ({incoming_delegations.compare}).",
        ],
        "else": {
            "if": "not counted.own",  # only the focal point speaks for the province, or the answers' sum
            "text": none_compared(
                "- {period.in_word}, {across}không có người nước ngoài đến làm việc trên địa bàn tỉnh",
                "incoming_delegations",
                "groups",
            ),
            "else": "- {period.in_word}, {unit.short} không có đoàn khách nước ngoài đến làm việc.",
        },
    },
    {
        "if": ["period.has_ytd", "incoming_delegations.groups.ytd"],
        "paragraph": False,
        "text": [
            "Tính chung trong {period.ytd_label}, ",
            {"if": "counted.units", "text": "{across}có ", "else": "{unit.short} phối hợp hướng dẫn, quản lý "},
            "{incoming_delegations.groups.ytd} đoàn với {incoming_delegations.persons.ytd} lượt người nước ngoài "
            "đến học tập, làm việc trên địa bàn tỉnh ({incoming_delegations.ytd_compare}).",
        ],
    },
    {
        "if": ["period.has_ytd", "not incoming_delegations.groups.ytd"],
        "paragraph": False,
        "text": {
            "if": "not counted.own",
            "text": "Tính chung trong {period.ytd_label}, {across}chưa có người nước ngoài đến làm việc trên địa bàn tỉnh.",
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

# Each area under its heading (outlines/__init__.py).
OUTGOING = {"heading": "Công tác tổ chức và quản lý đoàn ra", "body": DELEGATIONS_OUT}
INCOMING = {"heading": "Công tác tổ chức và quản lý đoàn vào", "body": DELEGATIONS_IN}  # seed 003
