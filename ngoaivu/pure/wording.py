"""Official Vietnamese number and date wording. Pure functions, no Django."""

import re
import unicodedata
from datetime import date
from decimal import Decimal

from ngoaivu.pure.numbers import format_number


def format_count(n: int) -> str:
    """Counts under ten take two digits in official writing: "04 tàu cá", "17 đoàn"; none is "0",
    never "00" (a sentence about nothing is better worded "không có", as the templates do)."""
    if n is None:
        return ""
    return f"{n:02d}" if 0 < n < 10 else format_number(n)


def format_money(vnd: int) -> str:
    """ "7,037 tỷ đồng", "850 triệu đồng", "25.000.000 đồng" — as the seeds write amounts."""
    vnd = int(vnd)
    if abs(vnd) >= 1_000_000_000:
        return f"{_trimmed(vnd / 1_000_000_000)} tỷ đồng"
    if abs(vnd) >= 1_000_000 and vnd % 1_000_000 == 0:
        return f"{_trimmed(vnd / 1_000_000)} triệu đồng"
    return f"{format_number(vnd)} đồng"


def _trimmed(value: float) -> str:
    return format_number(round(value, 3), decimals=3).rstrip("0").rstrip(",")


def format_amount(value: int, unit: str) -> str:
    """ "05 đoàn", "7,037 tỷ đồng": a figure with its unit, as the reports write it."""
    return format_money(value) if unit == "đồng" else f"{format_count(value)} {unit}"


def format_date(d: date) -> str:
    """Dates as Nghị định 30/2020/NĐ-CP writes them: a zero before days under 10 and
    before months 1 and 2 only — "04/5/2011", "21/01/2015", "18/3/2021"."""
    if d is None:
        return ""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"{d.day:02d}/{month}/{d.year}"


def screen_date(d: date | None) -> str:
    """Dates as the interface shows them, in both languages: dd/mm/yyyy ("05/03/2030"), as the lists
    and forms do (formats/*/formats.py). Text of a document keeps format_date's official style."""
    return "" if d is None else f"{d.day:02d}/{d.month:02d}/{d.year}"


def format_date_long(d: date) -> str:
    """The place-and-date line: "ngày 05 tháng 8 năm 2021"."""
    month = f"{d.month:02d}" if d.month <= 2 else str(d.month)
    return f"ngày {d.day:02d} tháng {month} năm {d.year}"


# Words that name a kind of administrative unit: lowercase inside a sentence ("của tỉnh Kon Tum").
_UNIT_KIND_WORDS = ("Tỉnh ", "Thành phố ", "Huyện ", "Quận ", "Thị xã ", "Xã ", "Phường ", "Thị trấn ", "Đặc khu ")


def unit_in_sentence(name: str) -> str:
    """ "Tỉnh Kon Tum" → "tỉnh Kon Tum"; "Sở Tư pháp tỉnh Kon Tum" stays as it is."""
    for word in _UNIT_KIND_WORDS:
        if name.startswith(word):
            return word.lower() + name[len(word) :]
    return name


def before_merger_note(year: int, names: list[str], whole_year: bool = False) -> str:
    """ "Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Quảng Ngãi và tỉnh Kon Tum (trước sắp xếp)."; of
    a whole year, "Số liệu năm 2025 gồm …", as the year is compared («so với năm 2025»)."""
    named = [unit_in_sentence(name) for name in names]
    joined = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} và {named[-1]}"
    when = f"năm {year}" if whole_year else f"cùng kỳ năm {year}"
    return f"Số liệu {when} gồm số liệu của {joined} (trước sắp xếp)."


# A time of the year that a year may follow: "Quý IV", "tháng 5".
_IN_YEAR = re.compile(r"(?:quý [ivx]+|tháng \d{1,2})$", re.IGNORECASE)


def in_year(when: str, year: int) -> str:
    """ "Quý III hoặc Quý IV" of 2025 → "Quý III hoặc Quý IV/2025" (seed 002); a time that names its
    year, or one a year cannot follow ("Cả năm"), stays as it is."""
    when = when.strip()
    return f"{when}/{year}" if _IN_YEAR.search(when) else when


# The verbs of work that open a row's title written as what was done ("Phối hợp Sở … xây dựng …"): such a
# title is a clause inside the report's sentence, lower case after its colon; a name ("Hội nghị kinh doanh …",
# "Tổ chức Tầm nhìn Thế giới …") keeps its capital (seed 001 writes both so).
WORK_VERBS = (
    "tham mưu", "phối hợp", "chủ trì", "hướng dẫn", "rà soát", "xây dựng", "triển khai", "tổ chức", "tham gia",
    "trao đổi", "ban hành", "biên soạn", "biên dịch", "đón", "tiếp", "làm việc", "hỗ trợ", "thực hiện",
    "chuẩn bị", "kết nối", "cử", "đề xuất", "đề nghị", "phúc đáp", "tuyên truyền", "vận động", "giới thiệu",
    "quảng bá", "theo dõi", "tổng hợp", "cập nhật", "công bố", "xúc tiến", "phát hành", "ký kết", "tiếp tục",
    "đẩy mạnh", "tăng cường", "nâng cao", "hoàn thành", "tham dự", "xin ý kiến", "biên tập", "đăng tải", "trình",
    # a delegation's purpose (seed 002: «để học tập, trao đổi kinh nghiệm …»)
    "học tập", "khảo sát", "tìm hiểu", "tổng kết", "thăm", "hội đàm", "ký", "tham quan", "thúc đẩy", "gặp gỡ",
    "chúc mừng", "nghiên cứu", "đàm phán", "mở rộng",
    # the office's steps on a file (seed 001: «thẩm tra hồ sơ, tham mưu …», «thẩm định hồ sơ và trình …»)
    "quản lý", "thẩm tra", "thẩm định", "phê duyệt", "giải quyết",
)  # fmt: skip


def is_committee(issuer: str) -> bool:
    """Whether a letter's issuer is the province's people's committee or its chair ("UBND tỉnh", "Chủ tịch
    UBND tỉnh Quảng Ngãi", "Ủy ban nhân dân tỉnh"), not one of its bodies ("Văn phòng UBND tỉnh")."""
    name = unicodedata.normalize("NFC", issuer or "").strip().casefold().replace("uỷ", "ủy")
    name = name.removeprefix("chủ tịch ").replace("ủy ban nhân dân", "ubnd")
    return name.startswith("ubnd tỉnh")


def opens_with_verb(text: str) -> bool:
    """Whether text is written as work done or to do ("Rà soát …", "Phối hợp …"), not as a name ("Đoàn
    công tác đi Lào", "Hội nghị …", "Tổ chức Tầm nhìn Thế giới")."""
    words = [word.strip(",;:.") for word in text.split()]  # "Rà soát, tổng hợp …"
    for verb in WORK_VERBS:
        size = len(verb.split())
        if " ".join(words[:size]).lower() != verb or len(words) <= size:
            continue
        # "Tổ chức Tầm nhìn Thế giới": an organisation's name
        return not (verb == "tổ chức" and words[size][:1].isupper())
    return False


def as_clause(text: str) -> str:
    """ "Phối hợp Sở Kế hoạch và Đầu tư …" → "phối hợp Sở Kế hoạch và Đầu tư …"; a name stays as written."""
    return text[:1].lower() + text[1:] if opens_with_verb(text) else text


def in_sentence(text: str) -> str:
    """A name as a phrase inside a sentence: "Đoàn công tác đi Lào" → "đoàn công tác đi Lào"; one that
    opens with an abbreviation ("UBND tỉnh …", "MOU …") or a single capital letter keeps its capitals."""
    text = text.strip()
    return text if text[1:2].isupper() or len(text) < 2 else text[:1].lower() + text[1:]


# The nouns of an event or of a group that a row's title may open with («Hội nghị …», «Đoàn công tác …»): such a
# title names the work, and the plan gives it its area's verb («Tổ chức Hội nghị …»). Seeds 001 and 003 keep
# the capital of a named event after the verb («tổ chức Hội nghị trực tuyến Tổng kết …», «tổ chức Lớp tập huấn
# …», «Tổ chức Cuộc họp trực tuyến …», «tổ chức Chương trình Homestay …») and write a group in lower case
# («tổ chức đoàn công tác làm việc tại …»): GROUP_NOUNS.
EVENT_NOUNS = (
    "hội nghị", "hội thảo", "tọa đàm", "toạ đàm", "diễn đàn", "lớp", "khóa", "khoá", "chương trình", "đêm",
    "buổi", "lễ", "cuộc", "hội chợ", "triển lãm", "ngày hội", "tuần lễ", "liên hoan", "hội thi", "kỳ họp",
    "phiên", "đoàn",
)  # fmt: skip
GROUP_NOUNS = ("đoàn",)


def _opening_noun(text: str) -> str | None:
    """The noun of EVENT_NOUNS text opens with, when more follows it. A group noun followed by a capital is a
    name of its own («Đoàn Thanh niên …», «Đoàn Bộ Ngoại giao Lào …»), no group to organise."""
    words = unicodedata.normalize("NFC", text).split()
    for noun in EVENT_NOUNS:
        size = len(noun.split())
        if len(words) <= size or " ".join(words[:size]).casefold() != noun:
            continue
        if noun in GROUP_NOUNS and words[size][:1].isupper():
            return None
        return noun
    return None


def reads_as_task(text: str) -> bool:
    """Whether a row's title reads as a sentence of its own as typed («Rà soát, tổng hợp …», «Tham dự Hội nghị
    …», «UBND tỉnh tiếp Đại sứ …», «Lào - Việt Nam: Đêm giao lưu …»), or opens with the noun of an event or a
    group that the plan gives its verb («Hội nghị trực tuyến …» → «Tổ chức Hội nghị trực tuyến …»)."""
    return _opening_noun(text.strip()) is None


def without_stop(text: str) -> str:
    """A title without its own final full stop (the sentence adds «(dự kiến …).»); an ellipsis stays."""
    text = " ".join(text.split())
    if text.endswith(("...", "…")):
        return text
    return text.rstrip(" .;")


def as_sentence(text: str) -> str:
    """A title as the start of a sentence: its first letter in upper case, without its own final stop
    («tổ chức lớp tập huấn …» → «Tổ chức lớp tập huấn …»); nothing else is changed."""
    text = without_stop(text)
    return text[:1].upper() + text[1:]


def after_verb(text: str) -> str:
    """A title that opens with an event's or a group's noun as the object of a verb: a group's noun in lower
    case («Đoàn công tác …» → «đoàn công tác …»), a named event as typed («Hội nghị trực tuyến …»)."""
    text = without_stop(text)
    if _opening_noun(text) in GROUP_NOUNS:
        return text[:1].lower() + text[1:]
    return text


def clauses(phrases: list[str]) -> str:
    """ "Tham mưu …; báo cáo …; lập hồ sơ …": pieces of work as the clauses of one sentence (seed 003),
    the first capitalised, the others not, unless they open with an abbreviation ("UBND tỉnh …")."""
    out: list[str] = []
    # a piece typed on two lines is two clauses, never a full stop inside the sentence
    for phrase in (line for phrase in phrases for line in phrase.splitlines()):
        phrase = phrase.strip().rstrip(".;").strip()
        if not phrase:
            continue
        if not out:
            phrase = phrase[:1].upper() + phrase[1:]
        elif not phrase[1:2].isupper():
            phrase = phrase[:1].lower() + phrase[1:]
        out.append(phrase)
    return "; ".join(out)


# Bodies outside the province's own units that a template names and that were renamed by the centre: they
# are no Unit of the register, so lineage cannot follow them. (old name, new name, first day of the new).
# The provincial statistics office became «Thống kê tỉnh» under the Bộ Tài chính's Cục Thống kê
# (Quyết định số 384/QĐ-BTC ngày 26/02/2025).
CENTRAL_RENAMES = (("Cục Thống kê tỉnh", "Thống kê tỉnh", date(2025, 3, 1)),)


def central_names(day: date) -> dict[str, str]:
    """{old name casefolded: the name on day} for the renamed central bodies (CENTRAL_RENAMES)."""
    return {old.casefold(): new for old, new, since in CENTRAL_RENAMES if day >= since}


# A count under ten typed bare («5 đoàn với 3 lượt»), where official writing gives it two digits
# (format_count: «05 đoàn với 03 lượt»): one digit alone, neither part of a number («1,5 tỷ», «2.000»,
# «5/2020», «1.» of a heading) nor after a word it names rather than counts («ngày 5 tháng 3», «quý 3»,
# «Điều 5», «số 4», «lần thứ 2»), followed by a word in lower case (what it counts).
_BARE_COUNT = re.compile(r"(?<![\w.,/:-])([1-9])(?=[ \u00a0]+[^\W\dA-ZĐ])(?![\w.,/%])", re.UNICODE)
_WORD = re.compile(r"[ \u00a0]+(\w+)")
_NAMING_WORDS = set(
    "ngày tháng quý năm số điều khoản điểm mục phần chương thứ kỳ khóa khoá tầng phòng lô tổ biểu bảng hình nhóm cấp đợt hạng loại mã".split()
) | {"giai đoạn", "phụ lục", "mức độ"}


def _counts(pattern: re.Pattern, text: str):
    """(match, the word it counts) of each number pattern finds before a word in lower case, but a number
    that a word before it names («ngày 5», «năm 2024», «Điều 5») and a period («8 tháng»)."""
    for match in pattern.finditer(text):
        before = text[max(0, match.start() - 24) : match.start()].split()  # the two words before it
        if before and (before[-1].casefold() in _NAMING_WORDS or " ".join(before[-2:]).casefold() in _NAMING_WORDS):
            continue
        word = _WORD.match(text, match.end()).group(1)  # type: ignore[union-attr]  # the pattern looked ahead for it
        if word.casefold() == "tháng":
            continue  # a period's name, as periods.py writes it: «Tính chung 8 tháng», «6 tháng đầu năm»
        yield match, word


def bare_counts(text: str) -> list[tuple[str, str]]:
    """[(as written, as official writing gives it)] of each count under ten written with one digit,
    once each, in their order: [("5 đoàn", "05 đoàn"), ("3 lượt", "03 lượt")]. A warning, never a change:
    a figure is not rewritten behind the writer's back."""
    text = unicodedata.normalize("NFC", text or "")
    found: list[tuple[str, str]] = []
    for match, word in _counts(_BARE_COUNT, text):
        pair = (f"{match.group(1)} {word}", f"{format_count(int(match.group(1)))} {word}")
        if pair not in found:
            found.append(pair)
    return found


# A figure of a thousand or more typed without its thousands dots («1234567 lượt người», «1234567,5 đồng»;
# official writing «1.234.567 lượt người», «1.234.567,5 đồng»): before what it counts (a word in lower case, a
# currency's code) or, with a decimal part, a figure whatever follows it. None: a year (four digits from 1900
# to 2099: «2021 - 2025 và»), a number with a leading 0 (a telephone number, a code), one joined to a
# document's number or a date («1353/SNgV», «4300123456-001»), a hotline («19001234»), one that the words
# before it name (_NAMING_WORDS but «cấp», a level there and the verb to issue here; _CODE_LABELS: «mã số
# thuế», «mã bưu chính», a document's kind «Quyết định 1234 ngày …»), one after a name («Quảng Ngãi 570000»)
# or another number («1900 1234»), and one inside quotation marks (a text cited as written).
_LONG_FIGURE = re.compile(r"(?<![\w.,/:+#-])([1-9]\d{3,})(?:,(\d+))?(?![\w/%]|[.,-]?\d)", re.UNICODE)
_COUNTED_WORD = re.compile(r"[ \u00a0]+([^\W\dA-ZĐ]\w*|USD|EUR|VND|VNĐ|JPY|KRW|CNY)(?!\w)", re.UNICODE)
_CODE_LABELS = {
    *("mã", "mst", "mã số", "mã số thuế", "mã số doanh nghiệp", "số thuế", "bưu chính", "mã bưu chính"),
    *("bưu điện", "mã bưu điện", "điện thoại", "đt", "sđt", "fax", "hotline", "tổng đài", "đường dây nóng"),
    *("gọi", "số máy", "tài khoản", "stk", "cmnd", "cccd", "căn cước", "mã hồ sơ", "mã định danh"),
    *("quyết định", "công văn", "nghị định", "thông tư", "nghị quyết", "chỉ thị", "tờ trình", "công điện"),
    *("kế hoạch", "luật", "văn bản", "ký hiệu"),
}
_QUOTED = re.compile(r"«[^»]*»|“[^”]*”|\"[^\"\n]*\"")
_HOTLINE = re.compile(r"1[89]00(?:\d{4}|\d{6})")


def _named_figure(before: list[str]) -> bool:
    """Whether the words before a figure (the last three) make it a name, a code or a number, not an
    amount: a naming word or a label ends them («Điều», «mã số thuế:»), but «tổng số»; a name («Quảng
    Ngãi»: a capital inside a sentence); a number («1900 1234»)."""
    last = [word.strip(":(").casefold() for word in before[-3:]]
    if not last:
        return False
    if last[-2:] == ["tổng", "số"]:
        return False
    for size in (1, 2, 3):
        phrase = " ".join(last[-size:])
        if len(last) >= size and (phrase in _NAMING_WORDS - {"cấp"} or phrase in _CODE_LABELS):
            return True
    if before[-1].isdigit():
        return True
    return before[-1][:1].isupper() and len(before) > 1 and before[-2][-1:].isalnum()


def undotted_counts(text: str) -> list[tuple[str, str]]:
    """[(as written, with its thousands dots)] of each figure of 1.000 or more written without them
    (_LONG_FIGURE), once each, in their order: [("1234567 lượt", "1.234.567 lượt"), ("1234567,5 đồng",
    "1.234.567,5 đồng")], the official writing Babel's (format_number). A warning, as bare_counts."""
    text = unicodedata.normalize("NFC", text or "")
    quoted = [match.span() for match in _QUOTED.finditer(text)]
    found: list[tuple[str, str]] = []
    for match in _LONG_FIGURE.finditer(text):
        digits, decimals = match.group(1), match.group(2)
        if len(digits) == 4 and 1900 <= int(digits) <= 2099 and (decimals is None or len(decimals) == 4):
            continue  # a year, or two («2021,2022»)
        after = _COUNTED_WORD.match(text, match.end())
        if (after is None and decimals is None) or _HOTLINE.fullmatch(digits):
            continue
        if any(start <= match.start() < end for start, end in quoted):
            continue
        line = text.rfind("\n", 0, match.start()) + 1  # a line's first word opens a sentence
        if _named_figure(text[max(line, match.start() - 48) : match.start()].split()):
            continue
        official = format_number(Decimal(f"{digits}.{decimals or 0}"), len(decimals or ""))  # «,50» kept
        word = f" {after.group(1)}" if after else ""
        pair = (f"{match.group(0)}{word}", f"{official}{word}")
        if pair not in found:
            found.append(pair)
    return found


# Figures in the English writing, pasted from a spreadsheet or an English text: thousands parted by commas
# («4,600,000,000 đồng», official writing «4.600.000.000 đồng») and a decimal point before a scale or a
# currency («1.5 tỷ đồng», official «1,5 tỷ đồng»). One comma group («1,250») is a Vietnamese decimal
# too («1,250 tỷ» is 1,25 tỷ), so it is taken for thousands only before what is counted whole.
_COMMA_GROUPS = re.compile(r"(?<![\w.,/:-])([1-9]\d{0,2}(?:,\d{3})+)(\.\d+)?(?![\w.,/%-]?\d)")
_POINT_DECIMAL = re.compile(
    r"(?<![\w.,/:-])(\d+)\.(\d{1,2})(?=[ \u00a0]*(?:tỷ|triệu|nghìn|ngàn|USD|EUR|đồng|%))(?![\w.,/-]?\d)"
)
# What is counted whole, by the first word of its name (what _WORD finds after a figure): đoàn, lượt
# (người), người, tàu (cá), ngư (dân), dự (án), khoản, chương (trình), học (viên), sinh (viên), thẻ, hồ (sơ),
# văn (bản), doanh (nghiệp), cuộc, hội (nghị), lao (động).
_WHOLE_COUNTED = set("đoàn lượt người tàu ngư dự khoản chương học sinh thẻ hồ văn doanh cuộc hội lao".split())


def english_figures(text: str) -> list[tuple[str, str]]:
    """[(as written, as official writing gives it)] of each figure written in the English way, once each,
    in their order: [("4,600,000,000", "4.600.000.000"), ("1.5", "1,5")]. A warning, as bare_counts."""
    text = unicodedata.normalize("NFC", text or "")
    found: list[tuple[str, str]] = []
    for match in _COMMA_GROUPS.finditer(text):
        written, decimals = match.group(1), match.group(2) or ""
        after = _WORD.match(text, match.end())
        if written.count(",") == 1 and not decimals and not (after and after.group(1).casefold() in _WHOLE_COUNTED):
            continue
        pair = (written + decimals, written.replace(",", ".") + decimals.replace(".", ","))
        if pair not in found:
            found.append(pair)
    for match in _POINT_DECIMAL.finditer(text):
        pair = (match.group(0), f"{format_number(int(match.group(1)))},{match.group(2)}")
        if pair not in found:
            found.append(pair)
    return found
