"""The indicator lexicon: the words of official prose that tell the reader of reports what a
figure counts, kept as data in one place (facts.py holds the rules, not the words).

- UNITS: the words after a figure → its unit ("17 đoàn" → groups), tried in order.
- ENTRIES: one entry per indicator: {"indicator": a code of pure/indicators.py, "family": how
  facts.py uses the words, "units": the units it counts, "words": the cue words}. Families:
  "delegation" (groups and persons: the nearest cue wins), "fishing" (boats and fishermen: a
  still-detained cue after the figure wins, else the nearest), "simple" (one unit, the cue must
  be in the sentence; None: no cue needed; of several indicators of one unit, the nearest cue
  wins), "aid", "abtc" (words in the sentence or headings), "named" (no figure is read: the words
  name it only where a report says there was none of it, nones.py).
  nones.py reads every entry's words (and its units' words) after "không có …", "chưa tổ chức …": a
  word added to an entry names its indicator in a statement of none too.
- SCOPE_WORDS: the markers of a scope before a figure (ytd, a part, a plan…).

Words are regular-expression fragments, case-insensitive ("\\s+" between words). To teach the
reader a new wording, an administrator adds a fragment to an entry's "words" (or a new entry);
`build(entries)` compiles a list of entries into the tables facts.py reads, and `use(entries)` makes
the reader read with them (the shipped ENTRIES plus words kept elsewhere, e.g. by an administrator).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

# Abroad, as reports name it: after a verb of going ("đi công tác tại Lào", "sang làm việc tại Nhật
# Bản"), or after the people counted ("lao động Hàn Quốc", "50 sinh viên Hàn Quốc").
ABROAD = (
    r"(?:các\s+nước|nước\s+ngoài|Lào|Campuchia|Trung\s+Quốc|Thái\s+Lan|Hàn\s+Quốc|Nhật\s+Bản|Hoa\s+Kỳ|Mỹ"
    r"|Singapore|Malaysia|Indonesia|Philippines|Myanmar|Úc|Australia|New\s+Zealand|Pháp|Đức|Nga|Liên\s+bang\s+Nga"
    r"|Anh|Ý|Italia|Bỉ|Hà\s+Lan|Thụy\s+Sĩ|Ba\s+Lan|Séc|Hungary|Canada|Ấn\s+Độ|Cu\s*ba|Đài\s+Loan|châu\s+Âu|(?-i:TQ))(?!\w)"
)

# Foreign workers, by that name or by their nationality: "lao động nước ngoài", "LĐ nước ngoài",
# "lao động là người Trung Quốc", "lao động Hàn Quốc", "công nhân Trung Quốc" (not "lao động Việt Nam").
FOREIGN_WORKERS = (
    r"(?:trường\s+hợp\s+)?(?:người\s+)?(?:lao\s+động|(?-i:LĐ)|công\s+nhân)"
    # "185 lao động chui là người Trung Quốc", "2.000 công nhân Trung Quốc"
    r"(?:\s+(?:chui|bất\s+hợp\s+pháp|trái\s+phép|phổ\s+thông))?"
    # "920 lao động, hầu hết là người Trung Quốc"
    r"(?:\s+là\s+người|\s+người|\s+từ|,?\s+(?:hầu\s+hết|phần\s+lớn|chủ\s+yếu|đa\s+số)\s+là\s+người)?\s+"
    r"(?!các\s+nước)" + ABROAD + r"|chuyên\s+gia(?:,\s*lao\s+động)?\s+(?:là\s+người\s+|người\s+)?nước\s+ngoài"
    # foreigners named as working: "có 1.250 người nước ngoài đang làm việc", "hơn 100 người Trung Quốc
    # đang làm việc", "7 người nước ngoài có dấu hiệu cư trú, lao động trái phép"
    # "19 chuyên gia Nhật Bản đang làm việc"
    r"|(?:người|chuyên\s+gia(?:\s+người)?)\s+"
    + ABROAD
    + r"(?=\s+(?:đang\s+|có\s+dấu\s+hiệu\s+)?(?:cư\s+trú,?\s+)?(?:làm\s+việc|lao\s+động))"
    # "2.163 lao động đến từ 19 quốc gia và vùng lãnh thổ": workers of many countries
    r"|lao\s+động(?:\s+nước\s+ngoài)?\s+(?:đến\s+)?từ\s+(?:hơn\s+|gần\s+|trên\s+)?(?:\d+|nhiều)\s+(?:quốc\s+gia|nước)"
)

UNITS: list[tuple[str, str]] = [
    # "tăng 6 lượt đoàn": groups, not persons; a visit is a delegation where its clause says where it
    # goes (cues.indicator_of): "22 chuyến thăm của lãnh đạo … đến các nước", "28 chuyến thăm … tới Việt Nam"
    ("groups", r"(?:lượt\s+)?đoàn(?:\s+khách)?|chuyến\s+thăm"),
    ("foreign_workers", FOREIGN_WORKERS),
    (
        "persons",
        r"lượt\s+(?:người|khách|cán\s+bộ|thành\s+viên|đại\s+biểu|chuyên\s+gia)|người|thành\s+viên"
        # "em": the young people a students text counts ("560 em, trong đó hệ đại học 300 em")
        r"|đại\s+biểu|đồng\s+chí|khách|phóng\s+viên|em(?!\s+(?:trai|gái|ruột|út|bé|nhỏ))|lượt(?!\s+(?:(?:lưu|du)\s+học\s+sinh|LHS|DHS|sinh\s+viên|học\s+viên|học\s+sinh|doanh\s+nhân))",
    ),
    # "2 thuyền trưởng và 18 thuyền viên": the masters are men of the crew, not boats
    ("fishermen", r"ngư\s+dân|thuyền\s+viên|thuyền\s+trưởng|lao\s+động"),
    ("boats", r"(?:chiếc\s+)?(?:tàu\s+cá|tàu\s+thuyền|tàu|thuyền|ghe|phương\s+tiện)(?:/thuyền)?"),
    # one ABTC card is one businessperson's: "cấp phép sử dụng 04 thẻ ABTC"
    ("businesspeople", r"(?:lượt\s+)?doanh\s+nhân|thẻ(?=\s+(?:đi\s+lại\s+(?:của\s+)?doanh\s+nhân\s+)?(?:ABTC|APEC))"),
    ("enterprises", r"doanh\s+nghiệp"),
    (
        "aid_items",
        r"khoản\s+viện\s+trợ|khoản\s+tài\s+trợ|khoản|chương\s+trình,?\s*dự\s+án|phi\s+dự\s+án|dự\s+án(?:,\s*phi\s+dự\s+án)?"
        r"|chương\s+trình|gói(?:\s+viện\s+trợ)?"
        # the abbreviations of aid reports: "31 CTDA" (chương trình, dự án), "12 DA/PDA"
        r"|(?-i:CTDA|CT,\s*DA|DA/PDA|DA,\s*PDA|PDA|DA)",
    ),
    ("conferences", r"(?:cuộc\s+)?hội\s+nghị(?:,\s*hội\s+thảo)?|hội\s+thảo"),
    ("courses", r"lớp"),
    (
        "agreements",
        r"(?:văn\s+bản\s+)?(?:thỏa|thoả)\s+thuận|(?:biên\s+)?bản\s+ghi\s+nhớ|MOU|MoU"
        # "ký kết 05 văn bản hợp tác", "03 văn kiện hợp tác", "02 biên bản hợp tác", "01 hiệp định"
        r"|(?:văn\s+bản|văn\s+kiện|biên\s+bản)\s+(?:hợp\s+tác|ghi\s+nhớ)|hiệp\s+định",
    ),
    ("cases", r"vụ\s+việc|vụ|trường\s+hợp"),
    # citizens are counted as consular cases only in a text about protecting them (cues.indicator_of)
    ("citizens", r"công\s+dân"),
    # issues of a bulletin, counted as numbers or as issues: "12 số bản tin", "4 kỳ bản tin"
    ("bulletins", r"(?:(?:số|kỳ)\s+)?bản\s+tin"),
    ("articles", r"tin\s*,?\s*bài(?:\s+viết)?|bài\s+viết|bài\s+báo|tin|bài"),
    ("procedures", r"thủ\s+tục\s+hành\s+chính|TTHC|thủ\s+tục"),
    (
        "students",
        # pupils and students are foreign ones only where the text says so (cues.indicator_of)
        # "1.200 cán bộ, sinh viên Lào sang học tập": officials studying beside students are counted with them
        r"(?:lượt\s+)?(?:cán\s+bộ\s*(?:,|và)\s*)?(?:(?:lưu|du)\s+học\s+sinh|(?-i:LHS|DHS|SV)|sinh\s+viên|học\s+viên|học\s+sinh)",
    ),
    ("staff", r"(?:cán\s+bộ,\s*)?(?:công\s+chức|viên\s+chức)|cán\s+bộ|CBCCVC|CBCC"),
    ("receptions", r"cuộc(?:\s+tiếp)?|buổi(?:\s+tiếp)?"),
    # people counted one by one, only as they go somewhere ("64 cá nhân đi công tác nước ngoài"), not
    # otherwise ("33 tổ chức và 1 cá nhân được tặng bằng khen"): abroad, they are outgoing (cues.indicator_of)
    ("individuals", r"(?:cá\s+nhân|hội\s+viên)(?=\s+(?:đi|sang|ra)\s)"),
]

# Counts written as words ("một tàu cá"), for the units where reports write them so.
# "năm" is five only where no word of time stands before it ("năm tàu cá", not "trong năm tàu cá …").
COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
WORD_COUNT_UNITS = ("boats", "fishermen")

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
            r"(?<!\w)thả(?!\w)",
            r"trả\s+tự\s+do",
            r"trao\s+trả",
            r"phóng\s+thích",
            r"(?<!chưa\sđược\s)(?<!không\sđược\s)(?<!chờ\sđược\s)trả\s+về",
            r"tiếp\s+nhận(?!\s+thông\s+tin)",
            # "đưa 16 đoàn với 287 ngư dân về nước"; home is "Việt Nam" as well as "nước"; the men and
            # their boat may be named at length between, within the clause: "đưa 9 ngư dân cùng tàu cá
            # mang số hiệu … của huyện … về nước"
            r"(?:đưa|đón|tiễn)\s+(?:[^\s;:]+\s+){0,16}?về\s+(?:nước|Việt\s+Nam)",
            r"(?<!\w)(?:đã|được)\s+(?:trở\s+)?về\s+(?:nước|quê|địa\s+phương|Việt\s+Nam)",  # "… bị giam giữ đã về nước"
            r"(?<!\w)rời\s+(?:\S+\s+){1,3}?về\s+(?:nước|Việt\s+Nam)",  # "đã rời Philippines về Việt Nam"
            # the boats taken back: "ký văn bản nhận lại 7 tàu cá", "ký nhận từ …, 7 chiếc tàu đánh cá";
            # not "xác nhận lại", nor "ký nhận quyết định xử phạt"
            rf"(?:(?<!\w)(?<!xác\s)nhận\s+lại|(?<!\w)ký\s+(?:văn\s+bản\s+)?nhận(?:\s+lại)?){_BOATS_NEXT}",
            r"hồi\s+hương",
            r"(?:ngư\s+dân|thuyền\s+viên)(?:\s+Việt\s+Nam)?\s+về\s+(?:nước|quê)",  # "xuất cảnh cho 10 ngư dân về nước"
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

# After a boats/fishermen figure, these say the men are still held, whatever cue stands nearer
# ("12 ngư dân bị bắt ngày 24-3, đến nay vẫn chưa được trả về"). Not "hiện còn …", which opens
# a figure of its own.
STILL_HELD_AFTER_WORDS = [
    r"^\s*(?:người\s+)?còn\s+lại",  # "104 ngư dân còn lại": the rest of a crew, not yet back
    r"chưa\s+được\s+(?:thả|trả|phóng\s+thích)",
    r"(?:vẫn|còn|hiện|đang)\s+(?:đang\s+)?bị\s+(?:\S+\s+){0,4}?(?:bắt\s+|tạm\s+|giam\s+)?giữ",
    r"(?:vẫn|còn|đang)\s+bị\s+giam",
    r"bắt\s+giữ[^.;]{0,40}?cho\s+đến\s+nay",  # "bị phía Brunei bắt giữ vào tối ngày 21/5 cho đến nay"
    r"^\W{0,3}(?:\S+\s+){0,3}?(?:đang\s+)?chờ\s+(?:ngày\s+)?(?:được\s+)?(?:trao\s+trả|thả|về\s+nước|hồi\s+hương)",
]

# Words that move a students figure from "studying" (a stock) to "arrived" (a flow).
STUDENT_ARRIVAL_WORDS = [
    r"tiếp\s+nhận",
    r"tuyển\s+sinh",
    r"nhập\s+học",
    r"mới\s+(?:sang|đến)",
    r"sang\s+học",
    r"đến\s+học",
    r"tiếp\s+nhận\s+mới",
    r"(?<!\w)gửi(?:\s+sang)?",
    r"tuyển\s+(?:được|mới)",
    r"đã\s+đào\s+tạo(?:\s+được)?",  # "Đến nay, Trường … đã đào tạo trên 100 sinh viên Lào": all who came
    r"(?<!\w)đón(?:\s+(?:nhận|tiếp))?(?!\w)",
    r"học\s+bổng(?:\s+[^\W\d_]+){0,3}\s+cho",  # "tài trợ học bổng toàn phần cho 36 DHS"
    # the Vietnamese course is the first year of those who came: "đào tạo tiếng Việt cho 51 học viên"
    r"(?:dạy|đào\s+tạo|bồi\s+dưỡng)\s+tiếng\s+Việt(?:\s+[^\W\d_]+){0,3}?\s+cho",
]

# Words of a paragraph about fishermen: there "N người" may count the men of a boat.
FISHING_PARAGRAPH_WORDS = [r"ngư\s+dân", r"thuyền\s+viên", r"tàu\s+cá"]

# Between a fishermen figure and a boats figure: the boats they were on ("57 ngư dân … là các
# lao động đi trên 10 tàu cá").
ON_BOARD_WORDS = [r"^[^;.\d]*(?:đi|làm\s+việc|có\s+mặt)\s+trên\s*$"]

# After a part of a students total, words that say the students are there now ("trong đó 26 lưu
# học sinh đang theo học"), so the part is a stock whatever its total counts.
STUDENTS_PRESENT_WORDS = [r"đang\s+(?:theo\s+)?học", r"hiện\s+(?:có|đang|còn)"]

# Just before a figure of a stock indicator: "(tại tỉnh) có (gần) N …", how many there are.
THERE_ARE_WORDS = [r"(?<!\w)có\s+(?:(?:gần|hơn|khoảng|trên|xấp\s+xỉ|chừng)\s+)?$"]

# After a students figure, words that say they came: "51 học sinh nước CHDCND Lào sang học tập",
# "10 sinh viên Lào đến học tập tại trường".
STUDENT_ARRIVAL_AFTER_WORDS = [
    r"^\W{0,3}(?:[^\s,;.]+\s+){0,5}?(?:mới\s+)?(?:(?:sang|đến)\s+(?:học|du\s+học|Việt\s+Nam)|nhập\s+học|đăng\s+ký\s+(?:theo\s+)?học"
    r"|(?:theo\s+)?học\s+(?:chương\s+trình\s+|lớp\s+)?(?:dự\s+bị\s+)?tiếng\s+Việt)",
    # "287 lưu học sinh Lào đến TP.Huế học tập đã được tiếp nhận"
    r"^[^,;]{0,40}?(?:đã\s+)?được\s+tiếp\s+nhận",
]

# Students named foreign in a paragraph or a headline: then "40 học sinh" there are foreign ones.
FOREIGN_STUDENTS_WORDS = [
    r"(?:học\s+sinh|sinh\s+viên)\s+(?:\w+\s+){0,3}?(?:Lào|Campuchia)",
    r"lưu\s+học\s+sinh",
    r"(?-i:LHS)",
]

# After a students figure, in its own clause: graduates and guests of an event are no students
# of the register ("gần 400 lưu học sinh Lào tốt nghiệp", "200 lưu học sinh … tham dự").
NOT_COUNTED_STUDENTS_WORDS = [r"tốt\s+nghiệp", r"tham\s+dự", r"tham\s+gia(?!\s+học)"]

# Before a figure: an average, no figure of a period ("bình quân mỗi năm đạt khoảng 3,7 triệu USD").
AVERAGE_WORDS = [r"(?:bình\s+quân|trung\s+bình)(?:\s+[^\W\d_]+){0,5}\s*$"]
# or a sentence that opens on it: "Trung bình hàng tháng, Đại sứ quán … đưa ba đoàn với khoảng 50 ngư dân"
AVERAGE_OPENING_WORDS = [r"\W*(?:bình\s+quân|trung\s+bình)(?!\w)"]
# A rate after its figure: "khoảng 600 người/ năm", "30 tỷ đồng mỗi năm".
PER_YEAR_AFTER_WORDS = [r"\s*/\s*(?:năm|tháng)(?!\s*\d)", r"\s*(?:mỗi|hằng|hàng)\s+(?:năm|tháng)(?!\s*\d)"]

# After a students figure, "đã và đang (theo) học": all who came over the years, arrivals
# counted to date ("2.248 lưu học sinh đã và đang theo học").
CUMULATIVE_AFTER_WORDS = [r"^\W{0,3}(?:\S+\s+){0,4}?đã\s+và\s+đang"]

# The stages an amount of aid is reported at: parts naming different stages ("cam kết …, đã giải
# ngân …") are not items of one total.
AID_STAGE_WORDS: dict[str, list[str]] = {
    "committed": [r"cam\s+kết", r"phê\s+duyệt", r"ký\s+kết"],
    "disbursed": [r"giải\s+ngân", r"thực\s+hiện\s+được"],
}

SCOPE_WORDS: dict[str, list[str]] = {
    # Year to date, or a total over several years (reported as ytd, as the gold sets read it).
    "ytd": [
        r"tính\s+chung",
        r"lũy\s+kế",
        r"luỹ\s+kế",
        r"từ\s+đầu\s+năm",
        r"(?<!\w)đầu\s+năm(?:\s+\d{4})?\s+(?:đến|tới)\s+(?:nay|hết|cuối)",
        r"nâng\s+(?:tổng\s+)?số",
        r"cộng\s+dồn",
        r"tính\s+từ\s+đầu",
        r"tính\s+đến\s+(?:nay|thời\s+điểm|hết|cuối|tháng|ngày|năm|quý|\d)",
        r"(?<!\w)(?:đến|tới)\s+hết\s+(?:tháng|quý|ngày|\d)",  # "đến hết tháng 11/2016 … đã giải ngân"
        r"tổng\s+cộng\s+từ",
        r"từ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+(?:nay|hết|cuối|năm\s+\d{4}|\d{4})",
        # "Tính từ năm 2005 đến tháng 6/2012": counted over the years up to a month (a plain "từ năm 2020
        # đến tháng 6/2022" may be a span of its own, as "giai đoạn" is)
        r"tính\s+từ\s+(?:năm\s+)?\d{4}\s+(?:đến|tới)\s+(?:hết\s+)?(?:tháng|quý)\s+\d",
        r"(?<!\d\s)\d+\s+năm\s+(?:qua|gần\s+đây|trở\s+lại\s+đây)",
        r"(?<!\w)(?:những|nhiều|các)\s+năm\s+(?:qua|gần\s+đây|trở\s+lại\s+đây)",  # "Những năm qua, tỉnh đã …"
        r"(?<!\d\s)\d+\s+tháng\s+(?:qua|gần\s+đây|trở\s+lại\s+đây)",  # "trong gần 6 tháng qua"
        r"sau\s+(?:hơn\s+|gần\s+|trên\s+)?\d+\s+năm(?!\s+(?:nữa|tới|sau))",  # "Sau 15 năm đào tạo (2003-2018), …"
        r"từ\s+trước\s+đến\s+nay",
        r"^\W*từ\s+(?:tháng\s+\d{1,2}\s*[-/]\s*|năm\s+)?\d{4}\s*,",  # "Từ năm 2006, … đã cấp …": since then
    ],
    # from the first of January, or from month 1, to a later date: "từ 1-1-2013 đến 31-3-2017", "từ
    # tháng 1 đến tháng 5 năm nay": the year so far, unless a report of 6 months or more covers it
    "from_january": [
        r"từ\s+(?:ngày\s+)?0?1\s*[-/.]\s*0?1\s*[-/.]\s*\d{4}\s+(?:đến|tới)",
        r"từ\s+tháng\s+(?:01|1|giêng)(?:\s*[-/]\s*\d{4})?\s+(?:đến|tới)\s+(?:hết\s+)?tháng\s+\d",
    ],
    "period": [
        r"trong\s+tháng",
        r"trong\s+kỳ",
        r"trong\s+quý",
        r"trong\s+năm",
        r"tháng\s+này",
        r"kỳ\s+này",
        # "giai đoạn 2020-2024": that span, even after "Tính đến hết tháng 11-2025"
        r"giai\s+đoạn\s+(?:từ\s+)?(?:năm\s+)?\d{4}\s*[-–]\s*(?:năm\s+)?\d{4}",
    ],
    # The parts of a total stated before.
    "part": [
        r"trong\s+(?:số\s+)?(?:đó|này)",
        r"cụ\s+thể\s*:",
        r"^\W*cụ\s+thể\s*,",
        # "Trong số lao động nước ngoài đang làm việc … có 15.310 …", "Trong số lao động nước ngoài, …"
        r"^\W*(?:đặc\s+biệt,?\s+)?trong\s+số\s+[^\d,;.:]{1,60}?(?:\s+có(?=\s)|,)",
        r"bao\s+gồm\s*:",
        r"gồm\s*:",
        # a highlight singled out of the total before it, with a colon before its figures: "Đặc biệt,
        # trong năm 2020, các tổ chức … hỗ trợ … dịch bệnh: 115 tổ chức … trị giá hơn 6,5 triệu USD"
        r"^\W*đặc\s+biệt\s*,[^:;]{0,160}:",
    ],
    # Parts only after a figure of the same sentence ("10 đoàn, gồm 6 đoàn Lào…").
    "part_after_total": [r"(?<!\w)(?:bao\s+)?gồm(?!\w)", r"(?<!\w)chia\s+ra(?!\w)"],
    "stock": [
        r"vẫn\s+còn",
        r"hiện\s+còn",
        r"còn\s+lại",
        r"hiện\s+(?:có|đang|nay)",
        r"đang\s+bị",
        r"chưa\s+được\s+(?:thả|trả)",
        r"đang\s+(?:học|làm\s+việc|sinh\s+sống|cư\s+trú|công\s+tác)",
        r"tổng\s+số\s+(?:cán\s+bộ|công\s+chức)",
        r"biên\s+chế",
    ],
    "plan": [r"dự\s+kiến", r"phấn\s+đấu", r"sẽ\s", r"chỉ\s+tiêu", r"kế\s+hoạch\s+năm\s+\d{4}\s+là"],
}


def alternation(words) -> re.Pattern:
    return re.compile("|".join(f"(?:{w})" for w in words), re.I)


def build(entries: list[dict]) -> dict:
    """The tables facts.py reads, from a list of entries (ENTRIES, or ENTRIES plus an
    administrator's additions)."""
    by_family: dict[str, dict] = {}
    for entry in entries:
        words = entry.get("words")
        family = by_family.setdefault(entry["family"], {})
        if entry["family"] == "simple":
            for unit in entry["units"]:
                family.setdefault(unit, []).append((entry["indicator"], alternation(words) if words else None))
        else:
            family[entry["indicator"]] = alternation(words or [])
    return by_family


def names(entries: list[dict]) -> dict[str, re.Pattern]:
    """{indicator: its words}, of the entries that have words: what names an indicator in a statement
    of none (nones.py)."""
    return {entry["indicator"]: alternation(entry["words"]) for entry in entries if entry.get("words")}


TABLES = build(ENTRIES)
# The words naming each indicator in the entries read with now (use()), and each indicator's units.
NAMES: dict[str, re.Pattern] = names(ENTRIES)
ENTRY_UNITS: dict[str, tuple[str, ...]] = {entry["indicator"]: tuple(entry["units"]) for entry in ENTRIES}
CUES: dict[str, re.Pattern] = TABLES["delegation"]
BOAT_CUES: dict[str, re.Pattern] = TABLES["fishing"]
SIMPLE: dict[str, list[tuple[str, re.Pattern | None]]] = TABLES["simple"]
TOPICS: dict[str, re.Pattern] = {**TABLES["aid"], **TABLES["abtc"]}  # aid, abtc
SCOPES: dict[str, re.Pattern] = {scope: alternation(words) for scope, words in SCOPE_WORDS.items()}
STUDENT_ARRIVAL: re.Pattern = alternation(STUDENT_ARRIVAL_WORDS)
STILL_HELD_AFTER: re.Pattern = alternation(STILL_HELD_AFTER_WORDS)
CUMULATIVE_AFTER: re.Pattern = alternation(CUMULATIVE_AFTER_WORDS)
FOREIGN_STUDENTS: re.Pattern = alternation(FOREIGN_STUDENTS_WORDS)
NOT_COUNTED_STUDENTS: re.Pattern = alternation(NOT_COUNTED_STUDENTS_WORDS)
AVERAGE: re.Pattern = alternation(AVERAGE_WORDS)
AVERAGE_OPENING: re.Pattern = alternation(AVERAGE_OPENING_WORDS)
PER_YEAR_AFTER: re.Pattern = alternation(PER_YEAR_AFTER_WORDS)
STUDENT_ARRIVAL_AFTER: re.Pattern = alternation(STUDENT_ARRIVAL_AFTER_WORDS)
FISHING_PARAGRAPH: re.Pattern = alternation(FISHING_PARAGRAPH_WORDS)
ON_BOARD: re.Pattern = alternation(ON_BOARD_WORDS)
STUDENTS_PRESENT: re.Pattern = alternation(STUDENTS_PRESENT_WORDS)
THERE_ARE: re.Pattern = alternation(THERE_ARE_WORDS)
# "năm 2017 có 8.024 công dân" under "21.384 công dân Việt Nam được bảo hộ trong năm 2020"
CITIZENS_PROTECTED: re.Pattern = alternation(
    [r"bảo\s+hộ\s+công\s+dân", r"(?<!\w)được\s+(?:\S+\s+){0,2}?bảo\s+hộ(?!\s+(?:lao\s+động|quyền|thương\s+hiệu))"]
)
# An administrator's phrases for the indicators that count people (delegations' members, the men of
# boats, foreign workers), during one reading: "25 người nước ngoài đến làm việc" is no delegation by
# the shipped words (plain "người" counts anyone), but it is where the administrator says so.
PEOPLE_PHRASES: dict[str, re.Pattern] = {}
PEOPLE_UNITS = frozenset({"persons", "fishermen", "foreign_workers"})


def teachable(entry: dict) -> bool:
    """Whether an administrator may add phrases to the entry's indicator: it has cue words, or it
    counts people, whom a phrase then places (foreign workers, named by their unit alone)."""
    return bool(entry.get("words")) or bool(PEOPLE_UNITS & set(entry["units"]))


def use(entries: list[dict]) -> None:
    """Read with these entries from now on (ENTRIES plus an administrator's words, say): the
    tables facts.py holds are updated in place. use(ENTRIES) goes back to the shipped words."""
    tables = build(entries)
    for table, family in ((CUES, "delegation"), (BOAT_CUES, "fishing"), (SIMPLE, "simple")):
        table.clear()
        table.update(tables.get(family, {}))
    TOPICS.clear()
    TOPICS.update({**tables.get("aid", {}), **tables.get("abtc", {})})
    NAMES.clear()
    NAMES.update(names(entries))
    ENTRY_UNITS.clear()
    ENTRY_UNITS.update({entry["indicator"]: tuple(entry["units"]) for entry in entries})


def phrase_pattern(phrase: str) -> str:
    """A phrase as an administrator types it ("lao động người nước ngoài") as a fragment of the
    lexicon: its words in order, any space between them, nothing read as a pattern."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


def phrase_patterns(phrases: dict[str, list[str]]) -> dict[str, list[str]]:
    """{indicator: [phrase]} as {indicator: [fragment of the lexicon]}, phrases without a word left out."""
    return {indicator: [phrase_pattern(p) for p in listed if p.split()] for indicator, listed in phrases.items()}


def with_phrases(added: dict[str, list[str]]) -> list[dict]:
    """ENTRIES with an administrator's phrases (phrase_patterns) added to the words of their
    indicators. An indicator whose entry needs no word (a unit that says it all) is left as it is."""
    out = []
    for entry in ENTRIES:
        if added.get(entry["indicator"]) and entry.get("words"):
            entry = {**entry, "words": [*entry["words"], *added[entry["indicator"]]]}
        out.append(entry)
    return out


@contextmanager
def extended(phrases: dict[str, list[str]] | None) -> Iterator[None]:
    """Read with the administrator's phrases for the time of one reading, then the shipped words."""
    if not phrases:
        yield
        return
    added = phrase_patterns(phrases)
    try:
        use(with_phrases(added))
        PEOPLE_PHRASES.update(
            {
                entry["indicator"]: alternation(added[entry["indicator"]])
                for entry in ENTRIES
                if PEOPLE_UNITS & set(entry["units"]) and added.get(entry["indicator"])
            }
        )
        yield
    finally:
        use(ENTRIES)
        PEOPLE_PHRASES.clear()
