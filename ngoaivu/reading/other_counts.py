"""Counts in words the lexicon has no unit for ("cấp phép sử dụng 04 thẻ …"): listed, never read
(reading/unplaced.py)."""

from __future__ import annotations

import re

from .mentions import Mention
from .text import parse_number

# A count in words the lexicon has no unit for: "cấp phép sử dụng 04 thẻ …", "03 giấy xác nhận …". A
# number standing alone (not a date, a document's number, a decimal, a percentage) and a word in
# lower case after it; not a time, a measure or an ordinal ("trong 6 tháng", "Điều 5", "lần thứ 2").
_OTHER_COUNT = re.compile(
    r"(?<![\w.,/\-–])(?P<number>\d{1,3}(?:\.\d{3})+|\d{1,4})(?![\w.,/\-–%]|\s*%)\s+(?P<word>[^\W\d_]+)",
    re.I,
)
NOT_A_COUNT_AFTER = frozenset(
    "năm tháng ngày giờ phút giây tuần quý thập kỷ tuổi lần km m ha kg tấn lít mét cm mm kw mw đồng usd euro "
    "triệu tỷ nghìn ngàn trăm chục phần đến tới và hoặc hay với của trên dưới là hải dặm "
    # activities, too loose a count to list ("Triển khai 02 hoạt động đối với người Việt Nam ở nước ngoài:
    # …", as the general report writes a figure the reader does not read)
    "hoạt "
    # goods handed over, whose aid is counted by its value: "lô hàng gồm 108.373 túi bột lọc nước"
    "túi hộp thùng chai lọ liều "
    # places, which a report names rather than counts: "giữa 2 tỉnh", "đến từ 20 quốc gia"
    "nước quốc tỉnh huyện xã thành thị địa vùng châu "
    # no noun: "77 trong tổng số …", "Thông tư 03 có hiệu lực"
    "thứ có tại trong khi cả ở cũng các những lên bao vẫn đã được đang sẽ thì mà nên cho từ theo về ra vào này đó".split()
)
_NOT_A_COUNT_BEFORE = re.compile(
    r"(?<!\w)(?:năm|tháng|ngày|quý|tuần|điều|khoản|điểm|mục|chương|phần|phụ\s+lục|lần(?:\s+thứ)?|thứ|số|khóa|khoá"
    r"|kỳ|giai\s+đoạn|đợt|nhóm|tổ|phòng|đường|quốc\s+lộ|tỉnh\s+lộ|mốc|cột\s+mốc|lô|khu|ấp|thôn|xóm|tổ\s+dân\s+phố|phường"
    r"|trang|biểu|mẫu|bảng|hình|câu|bước|ý|top|hạng)\s*$",
    re.I,
)


def other_counts(sentence: str, taken: list[Mention]) -> list[Mention]:
    """Counts whose word the lexicon does not know, outside the figures found (unit "other"): no
    indicator can take them, so they are only listed (reading/unplaced.py), never read."""
    out = []
    for m in _OTHER_COUNT.finditer(sentence):
        if any(t.start < m.end("number") and m.start("number") < t.end for t in taken):
            continue
        before = sentence[: m.start()]
        if not m["word"][0].islower() or m["word"].lower() in NOT_A_COUNT_AFTER or _NOT_A_COUNT_BEFORE.search(before):
            continue
        if re.search(r"(?<!\w)(?-i:[A-ZĐÀ-Ỹ])\S*\s*$", before):
            continue  # a name's number: "Thông tư 03", "Đề án 89", "Đồn Biên phòng 567"
        if re.fullmatch(r"(?:19|20)\d\d", m["number"]):
            continue  # a year
        value = parse_number(m["number"])
        if value is not None and value > 0:
            out.append(Mention(m.start("number"), m.end("word"), "other", value, None))
    return out
