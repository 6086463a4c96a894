"""The lexicon's words around a figure: what says the men are still held, that students arrived or
are present, an average or a rate, the stages of aid, and the scope markers (SCOPE_WORDS)."""

from __future__ import annotations

import re

from ngoaivu.pure.provinces_2025 import FORMER_NAMES, NEW_PROVINCES, OLD_PROVINCES

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

# The provinces by name, old and new, as documents write them: "Hòa" and "Hoà", "Hóa" and "Hoá".
_PROVINCE_NAMES = "|".join(
    re.escape(name).replace(r"\ ", r"\s+").replace("òa", "(?:òa|oà)").replace("óa", "(?:óa|oá)")
    for name in sorted(
        {p.name for p in OLD_PROVINCES} | {p.name for p in NEW_PROVINCES} | {n for n, _kind in FORMER_NAMES.values()},
        key=len,
        reverse=True,
    )
)

# After a students figure, in its own clause: graduates and guests of an event are no students
# of the register ("gần 400 lưu học sinh Lào tốt nghiệp", "200 lưu học sinh … tham dự").
# Students who left or went home are no students present nor arrivals, as workers gone home are not:
# "151 lưu học sinh tự ý rời khỏi ký túc xá", "có 149 em đã về nước".
NOT_COUNTED_STUDENTS_WORDS = [
    r"tốt\s+nghiệp",
    r"tham\s+dự",
    r"tham\s+gia(?!\s+học)",
    # leaving where they study or stay ("tự ý rời Hà Tĩnh", "rời khỏi nơi cách ly"); not their home
    # country, to come and study ("28 lưu học sinh Lào rời Viêng Chăn sang học tập" are arrivals)
    r"(?<!\w)rời\s+(?:khỏi\s+)?(?:ký\s+túc\s+xá|trường|(?:nơi|khu)\s+(?:ở|lưu\s+trú|cách\s+ly)|Việt\s+Nam"
    rf"|tỉnh|địa\s+bàn|{_PROVINCE_NAMES})(?!\w)",
    # not those kept from going: "ở lại đón tết … do đại dịch Covid không thể về nước", "chưa được về
    # nước" (a lookbehind is of one width: one for each wording)
    r"(?<!\w)(?<!không\sthể\s)(?<!không\sđược\s)(?<!chưa\sthể\s)(?<!chưa\sđược\s)(?<!không\s)(?<!chưa\s)"
    r"(?:đã\s+)?về\s+(?:nước|Lào|Campuchia)(?!\s+(?:ta|Việt))",
]

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
