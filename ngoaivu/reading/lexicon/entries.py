"""The lexicon's entries: one per indicator, with the units it counts and the cue words that name it
(the families are told in the package's docstring). An administrator's phrases are added to these
words for a reading (lexicon.extended)."""

from __future__ import annotations

from .units import ABROAD

# boats or men a few words on, not a decision or money: what "nhận lại", "ký nhận" take back
_BOATS_NEXT = (
    r"(?=\s+(?:(?!quyết\s+định|tiền|hỗ\s+trợ)\S+\s+){0,10}?"
    r"(?:\d[\d.,]*\s+(?:chiếc\s+)?(?:tàu|thuyền|ngư\s+dân)|tàu|thuyền|ngư\s+dân))"
)

ENTRIES: list[dict] = [
    # Delegations: the nearest cue to the figure (then the headings above) wins.
    {
        "indicator": "foreign_press_crews",
        "family": "delegation",
        "units": ("groups", "persons"),
        "words": [r"phóng\s+viên", r"báo\s+chí\s+nước\s+ngoài", r"hãng\s+(?:truyền\s+hình|thông\s+tấn)"],
    },
    {"indicator": "courtesy_receptions", "family": "delegation", "units": ("receptions",), "words": [r"xã\s+giao"]},
    {
        "indicator": "outgoing_delegations",
        "family": "delegation",
        "units": ("groups", "persons"),
        "words": [
            r"đoàn\s+ra",
            r"đi\s+công\s+tác\s+nước\s+ngoài",
            r"công\s+tác\s+(?:ở|tại)\s+nước\s+ngoài",
            r"ra\s+nước\s+ngoài",
            r"đi\s+nước\s+ngoài",
            r"xuất\s+cảnh",
            r"cử\s+(?:\d[\d.]*\s+)?(?:lượt\s+)?(?:đoàn|cán\s+bộ)",  # "cử đoàn", "cử 12 đoàn", "cử 99 lượt đoàn"
            # the province's own officials travel out: "34 đoàn với hơn 300 lượt cán bộ, viên chức đi làm việc"
            r"lượt\s+(?:cán\s+bộ|công\s+chức|viên\s+chức|CBCCVC|CBCC)",
            r"(?:thăm|đến|tới)\s+(?:các\s+)?nước(?!\s+(?:ta|ngoài\s+(?:đến|vào|sang)))",
            # going to a country: "đi công tác tại Lào", "sang thăm, làm việc tại Lào", "đi Nhật Bản"
            r"(?<!\w)(?:đi|sang)\s+(?:(?:công\s+tác|thăm|làm\s+việc|khảo\s+sát|học\s+tập|tham\s+dự|dự)"
            r"(?:\s*(?:,|và)\s*(?:làm\s+việc|công\s+tác|thăm))?\s+)?(?:tại\s+|ở\s+)?" + ABROAD,
        ],
    },
    # a trip on private business is no delegation: "01 lượt cán bộ … đi nước ngoài về việc riêng", "02 cán
    # bộ, công chức xuất cảnh vì mục đích cá nhân" (officials counted as staff: the entry's units take them)
    {
        "indicator": "private_trips",
        "family": "delegation",
        "units": ("persons", "staff"),
        "words": [
            r"(?:về|vì)\s+(?:công\s+)?việc\s+riêng",
            r"(?:vì|với|theo)\s+mục\s+đích\s+(?:cá\s+nhân|riêng)",
            r"(?:về|vì)\s+việc\s+cá\s+nhân",
        ],
    },
    {
        "indicator": "incoming_delegations",
        "family": "delegation",
        "units": ("groups", "persons"),
        "words": [
            r"đoàn\s+vào",
            r"nước\s+ngoài\s+(?:đến|vào|sang)",
            r"khách\s+(?:nước\s+ngoài|quốc\s+tế)",
            r"người\s+nước\s+ngoài",
            r"đến\s+(?:thăm|làm\s+việc|học\s+tập|tỉnh|địa\s+phương)",
            r"đón\s+(?:tiếp\s+)?",
            r"tiếp\s+(?:đón|nhận)\s+\S*\s*đoàn",
            r"vào\s+(?:tỉnh|địa\s+bàn)",
            r"(?:thăm|tới|đến|sang)\s+(?:và\s+làm\s+việc\s+(?:tại|với)\s+)?Việt\s+Nam",
            r"(?:của|từ)\s+(?:các\s+)?tổ\s+chức\s+phi\s+chính\s+phủ",
            # "đoàn của tỉnh Hủa Phăn (Lào) sang thăm và làm việc tại tỉnh"
            r"sang\s+(?:thăm|làm\s+việc|công\s+tác)(?:\s*(?:,|và)\s*(?:làm\s+việc|thăm))?\s+(?:tại|với)\s+"
            r"(?:tỉnh|thành\s+phố|địa\s+phương)",
        ],
    },
    # Fishing: a still-detained cue after the figure wins, else the nearest cue.
    {
        "indicator": "fishermen_still_detained",
        "family": "fishing",
        "units": ("boats", "fishermen"),
        "words": [
            r"vẫn\s+còn",
            r"hiện\s+còn",
            r"(?<!ra\s)còn\s+\d",
            r"chưa\s+được\s+(?:thả|trả|phóng\s+thích)",
            r"còn\s+bị\s+(?:\S+\s+){0,4}?giữ",
            r"vẫn\s+(?:đang\s+)?bị\s+(?:\S+\s+){0,4}?(?:bắt\s+)?giữ",
            r"đang\s+bị\s+(?:\S+\s+){0,4}(?:bắt\s+)?giữ",
            r"đang\s+bị\s+giam",
            # the holder as subject: "phía Brunei … đang giữ tàu cá … cùng với 33 ngư dân"
            r"(?<!\w)đang\s+(?:tạm\s+)?(?:giam\s+)?giữ(?!\s+(?:gìn|vững|nguyên|vai|vị|chức|mối|liên))",
        ],
    },
    {
        "indicator": "boats_released",
        "family": "fishing",
        "units": ("boats", "fishermen"),
        "words": [
            # not the gear a crew casts: "11 lao động tàu của ông đang thả lưới", "thả neo", "thả câu"
            r"(?<!\w)thả(?!\w)(?!\s+(?:lưới|neo|câu|trôi|mồi)(?!\w))",
            r"trả\s+tự\s+do",
            r"trao\s+trả",
            r"phóng\s+thích",
            r"(?<!chưa\sđược\s)(?<!không\sđược\s)(?<!chờ\sđược\s)trả\s+về",
            r"tiếp\s+nhận(?!\s+thông\s+tin)",
            # "đưa 16 đoàn với 287 ngư dân về nước"; home is "Việt Nam" as well as "nước"; the men and
            # their boat may be named at length between, within the clause: "đưa 9 ngư dân cùng tàu cá
            # mang số hiệu … của huyện … về nước"
            # or to their locality: "đưa 96 ngư dân bị nước ngoài bắt giữ về địa phương"
            r"(?:đưa|đón|tiễn)\s+(?:[^\s;:]+\s+){0,16}?về\s+(?:nước|Việt\s+Nam|quê|địa\s+phương)",
            r"(?<!\w)(?:đã|được)\s+(?:trở\s+)?về\s+(?:nước|quê|địa\s+phương|Việt\s+Nam)",  # "… bị giam giữ đã về nước"
            r"(?<!\w)rời\s+(?:\S+\s+){1,3}?về\s+(?:nước|Việt\s+Nam)",  # "đã rời Philippines về Việt Nam"
            # the boats taken back: "ký văn bản nhận lại 7 tàu cá", "ký nhận từ …, 7 chiếc tàu đánh cá";
            # not "xác nhận lại", nor "ký nhận quyết định xử phạt"
            rf"(?:(?<!\w)(?<!xác\s)nhận\s+lại|(?<!\w)ký\s+(?:văn\s+bản\s+)?nhận(?:\s+lại)?){_BOATS_NEXT}",
            r"hồi\s+hương",
            # "xuất cảnh cho 10 ngư dân về nước", "18 người đầu tiên về nước" (the first of a crew home)
            r"(?:ngư\s+dân|thuyền\s+viên|(?<!\w)người)(?:\s+Việt\s+Nam)?(?:\s+(?:đầu\s+tiên|cuối\s+cùng))?\s+về\s+(?:nước|quê)",
            r"(?<!\w)được\s+về(?!\s+(?:việc|vấn\s+đề))",
            r"(?<!đường\s)(?<!khi\s)(?<!lúc\s)trở\s+về",  # not "trên đường trở về thì bị bắt"
        ],
    },
    {
        "indicator": "boats_obstructed",
        "family": "fishing",
        "units": ("boats", "fishermen"),
        "words": [
            r"ngăn\s+cản",
            r"xua\s+đuổi",
            r"lấy\s+tài\s+sản",
            r"cướp",
            r"đâm\s+va",
            r"tấn\s+công",
            r"khám\s+xét",
            r"phá\s+hoại",
            r"uy\s+hiếp",
            r"đe\s+dọa",
            r"đập\s+phá",
            r"tịch\s+thu",
            r"lấy\s+(?:đi\s+)?(?:ngư\s+cụ|hải\s+sản)",
        ],
    },
    {
        "indicator": "boats_detained",
        "family": "fishing",
        "units": ("boats", "fishermen"),
        "words": [
            r"bắt\s+giữ",
            r"bị\s+bắt",
            r"giam\s+giữ",
            r"tạm\s+giữ",
            r"bị\s+giữ",
            r"bắt\s+giam",
            r"bị\s+(?:[^\s\d,;.]+\s+){1,4}?bắt(?!\s+đầu)",  # "đã bị Trung Quốc bắt vào ngày 14-4"
            # the holder between "bị" and "giữ": "3 ngư dân cùng tàu cá … bị tàu cá Trung Quốc giữ"
            r"bị\s+(?:[^\s\d,;.]+\s+){1,4}?giữ(?!\s+(?:gìn|vững|nguyên|vai|vị|chức|mối|liên|bí))",
            # "tàu Hải quân Indonesia bắt cùng lúc 5 tàu cá", "đã giữ hai tàu cá cùng 20 ngư dân"
            r"(?<!\w)(?:vây\s+)?(?:bắt|giữ)(?=\s+(?:cùng\s+lúc\s+)?(?:\d|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)\S*\s+(?:chiếc\s+)?(?:tàu|ngư|thuyền|phương))",
            r"(?:vi|xâm)\s+phạm\s+vùng\s+biển",  # "13 vụ/21 tàu/188 lao động vi phạm vùng biển nước ngoài"
        ],
    },
    # Money and projects; ABTC cards.
    {
        "indicator": "aid",
        "family": "aid",
        "units": ("money", "aid_items"),
        "words": [
            r"viện\s+trợ",
            r"tài\s+trợ",
            r"PCPNN",
            r"phi\s+chính\s+phủ",
            # foreign NGOs long at work in the provinces, named without the word "phi chính phủ":
            # "chương trình hợp tác giữa ChildFund Việt Nam và UBND tỉnh … 21 dự án"
            r"(?:ChildFund|World\s+Vision|Tầm\s+nhìn\s+Thế\s+giới|Plan\s+International|Save\s+the\s+Children|Cứu\s+trợ\s+Trẻ\s+em"
            r"|Oxfam|ActionAid|Caritas|Habitat\s+for\s+Humanity|Room\s+to\s+Read|Good\s+Neighbors"
            r"|Terre\s+des\s+Hommes|Heifer|Helvetas|Aide\s+et\s+Action|Operation\s+Smile|East\s+Meets\s+West)",
        ],
    },
    {
        "indicator": "abtc",
        "family": "abtc",
        "units": ("businesspeople", "enterprises"),
        "words": [r"ABTC", r"APEC", r"thẻ\s+đi\s+lại"],
    },
    # One unit, one indicator: the cue must be in the sentence (None: no cue needed).
    {
        "indicator": "conferences",
        "family": "simple",
        "units": ("conferences",),
        "words": [r"quốc\s+tế", r"nước\s+ngoài"],
    },
    {
        "indicator": "training_courses",
        "family": "simple",
        "units": ("courses",),
        "words": [
            r"tập\s+huấn",
            r"bồi\s+dưỡng",
            r"đào\s+tạo",
            r"cập\s+nhật\s+kiến\s+thức",
            r"phổ\s+biến\s+kiến\s+thức",
            r"huấn\s+luyện",
        ],
    },
    {
        "indicator": "agreements_signed",
        "family": "simple",
        "units": ("agreements",),
        "words": [r"ký\s+kết", r"\bký\b", r"được\s+ký"],
    },
    # agreements not yet signed, as the register holds them and the generator writes them ("Hiện có 02
    # thỏa thuận quốc tế đang trong quá trình xin ý kiến, thẩm định"): the cue nearest the figure wins
    {
        "indicator": "agreements_in_progress",
        "family": "simple",
        "units": ("agreements",),
        "words": [r"đang\s+(?:trong\s+quá\s+trình\s+)?(?:xin\s+ý\s+kiến|thẩm\s+định|đàm\s+phán|soạn\s+thảo)"],
    },
    {"indicator": "agreements_postponed", "family": "simple", "units": ("agreements",), "words": [r"tạm\s+hoãn"]},
    {
        "indicator": "consular_cases",
        "family": "simple",
        "units": ("cases",),
        "words": [
            r"lãnh\s+sự",
            r"bảo\s+hộ\s+công\s+dân",
            r"công\s+dân",
            r"người\s+nước\s+ngoài",
            r"xuất\s+nhập\s+cảnh",
            r"tử\s+vong",
        ],
    },
    {"indicator": "bulletins", "family": "simple", "units": ("bulletins",), "words": None},
    {
        "indicator": "articles",
        "family": "simple",
        "units": ("articles",),
        "words": [
            r"đăng",
            r"đưa\s+tin",
            r"trang\s+(?:thông\s+tin|tin)",
            r"cổng\s+thông\s+tin",
            r"website",
            r"biên\s+tập",
            r"phát\s+hành",
            r"tuyên\s+truyền",
            r"xuất\s+bản",
        ],
    },
    {
        # the reports' own sentence: "Công bố bản dịch tiếng Anh … của 22 thủ tục hành chính"
        "indicator": "procedures_published",
        "family": "simple",
        "units": ("procedures",),
        "words": [r"công\s+bố\s+bản\s+dịch"],
    },
    {
        "indicator": "procedures_translated",
        "family": "simple",
        "units": ("procedures",),
        "words": [r"biên\s+dịch", r"\bdịch\s+(?:sang|ra)", r"dịch\s+thuật"],
    },
    {
        "indicator": "foreign_students",
        "family": "simple",
        "units": ("students",),
        "words": [r"lưu\s+học\s+sinh", r"Lào", r"Campuchia", r"nước\s+ngoài", r"quốc\s+tế"],
    },
    {
        "indicator": "staff",
        "family": "simple",
        "units": ("staff",),
        "words": [r"hiện\s+có", r"tổng\s+số", r"biên\s+chế"],
    },
    {"indicator": "foreign_experts", "family": "simple", "units": ("foreign_workers",), "words": None},
    # Read only in a statement of none («không có văn bản quy phạm pháp luật, văn bản chỉ đạo mới được
    # ban hành»): a count of documents is no figure the reader places.
    {
        "indicator": "documents_issued",
        "family": "named",
        "units": (),
        "words": [r"văn\s+bản\s+(?:quy\s+phạm\s+pháp\s+luật|chỉ\s+đạo)[^.;\d]{0,60}?(?:được\s+)?ban\s+hành"],
    },
]
