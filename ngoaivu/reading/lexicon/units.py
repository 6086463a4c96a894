"""The lexicon's unit words: what a figure counts by the word after it ("17 đoàn" → groups), tried
in order; the places abroad and the foreign workers they name; counts written as words."""

from __future__ import annotations

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
    # "chuyên gia, lao động kỹ thuật nước ngoài", "chuyên gia, kỹ thuật viên nước ngoài"
    r"(?!các\s+nước)"
    + ABROAD
    + r"|chuyên\s+gia(?:,\s*(?:lao\s+động|kỹ\s+thuật\s+viên|nhà\s+quản\s+lý)(?:\s+kỹ\s+thuật)?)?"
    r"\s+(?:là\s+người\s+|người\s+)?nước\s+ngoài"
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
    # work permits, one a worker's: "cấp 356 giấy phép lao động", "cấp mới 410 giấy phép, cấp lại 95 giấy
    # phép lao động" (not "12 giấy phép hoạt động" of an NGO); counted only where issued (cues.indicator_of)
    ("work_permits", r"giấy\s+phép(?:\s+lao\s+động|(?=[^.;]{0,80}?(?<!\w)lao\s+động))"),
    (
        "persons",
        r"lượt\s+(?:người|khách|cán\s+bộ|thành\s+viên|đại\s+biểu|chuyên\s+gia)|người|thành\s+viên"
        # "em": the young people a students text counts ("560 em, trong đó hệ đại học 300 em")
        r"|đại\s+biểu|đồng\s+chí|khách|phóng\s+viên|(?:con\s+)?em(?!\s+(?:trai|gái|ruột|út|bé|nhỏ))|lượt(?!\s+(?:(?:lưu|du)\s+học\s+sinh|LHS|DHS|sinh\s+viên|học\s+viên|học\s+sinh|doanh\s+nhân))",
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
        r"(?:lượt\s+)?(?:cán\s+bộ\s*(?:,|và)\s*)?(?:(?:lưu|du)\s+học\s+sinh|(?-i:LHS|DHS|SV)|(?:tân\s+)?sinh\s+viên|học\s+viên|học\s+sinh)",
    ),
    ("staff", r"(?:cán\s+bộ,\s*)?(?:công\s+chức|viên\s+chức)|cán\s+bộ|CBCCVC|CBCC"),
    # people named by their post at work, counted only as the parts of a count of people (breakdowns.py):
    # "860 người, gồm 420 chuyên gia, 310 nhà quản lý và 130 lao động kỹ thuật"
    ("posts", r"chuyên\s+gia|nhà\s+quản\s+lý|giám\s+đốc\s+điều\s+hành|kỹ\s+thuật\s+viên|kỹ\s+sư"),
    ("receptions", r"cuộc(?:\s+tiếp)?|buổi(?:\s+tiếp)?"),
    # people counted one by one, only as they go somewhere ("64 cá nhân đi công tác nước ngoài"), not
    # otherwise ("33 tổ chức và 1 cá nhân được tặng bằng khen"): abroad, they are outgoing (cues.indicator_of)
    ("individuals", r"(?:cá\s+nhân|hội\s+viên)(?=\s+(?:đi|sang|ra)\s)"),
]

# Counts written as words ("một tàu cá"), for the units where reports write them so.
# "năm" is five only where no word of time stands before it ("năm tàu cá", not "trong năm tàu cá …").
COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# Every unit but "người", which is as often no count ("hai người con", "ba người bạn").
WORD_COUNT_UNITS = tuple(key for key, _p in UNITS if key != "persons")
