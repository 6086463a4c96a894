"""Document numbers and dates as Vietnamese documents write them: the kinds of documents and the
codes that name them, the State style ("06/2021/QĐ-UBND", "1353/SNgV-ĐN") and the Party style
("22-NQ/TW") of a number, and dates ("09/11/2023", "ngày 24 tháng 8 năm 2022"). Standard library
only, as references.py, which reads whole citations from them.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

# Canonical names. Longest first so "Chương trình hành động" wins over "Chương trình".
DOC_TYPES = (
    "Chương trình hành động",
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Chương trình",
    "Công văn",
    "Công điện",
    "Công hàm",
    "Thư mời",
    "Hiệp định",
    "Quyết định",
    "Nghị quyết",
    "Nghị định",
    "Chỉ thị",
    "Kết luận",
    "Kế hoạch",
    "Tờ trình",
    "Thông báo",
    "Thông tư",
    "Thông tri",
    "Báo cáo",
    "Pháp lệnh",
    "Quy chế",
    "Quy định",
    "Hướng dẫn",
    "Văn bản",
    "Biên bản",
    "Giấy mời",
    "Đề án",
    "Điện",
    "Luật",
)
_TYPE_PATTERNS = [r"\s+".join(map(re.escape, t.split())) for t in DOC_TYPES]
TYPES = "|".join(_TYPE_PATTERNS)
# Case-insensitive matching also accepts look-alikes (Kelvin sign for K), so the
# canonical name is found by pattern, not by a lower-cased dictionary key.
TYPE_MATCHERS = [(t, re.compile(p, re.I)) for t, p in zip(DOC_TYPES, _TYPE_PATTERNS)]

# Footnote marks come out of Word as superscript digits glued to the word before.
MARKS = "\u00b2\u00b3\u00b9\u2070-\u209f"
FOOTNOTE = re.compile(f"[{MARKS}*]+")
# A letter of a number's code (QĐ, SNgV, TƯ ...). \w alone would also take "¹".
_L = rf"[^\W\d_{MARKS}]"
CODE = rf"{_L}(?:{_L}|[0-9]|&(?={_L}))*"  # "BNN&PTNT"
# State style 06/2021/QĐ-UBND, 1353/SNgV-ĐN; Party style 22-NQ/TW, 45-CTr/TU.
# A code part may follow its hyphen after a stray space, as typed: "60/2012/QĐ- UBND" (an
# upper-case pair then, so "số 5/KH- ngày" and "123/SNgV- Sở …" stop at the hyphen).
# A dash typed as an en dash ("12/SNgV–VP") or with a space on each side ("12/2009/QĐ - UBND"),
# a slash with a space beside it ("1180 /SNgV-LSBG", "12 / 2009 / QĐ-UBND"): the same number.
# Word and web pages also write the hyphen as a non-breaking hyphen, a figure dash or a minus.
DASH_CHARS = "-–\u2011\u2012\u2014\u2212"
DASHES = f"[{DASH_CHARS}]"
DASH = rf"(?:[ ]?{DASHES}[ ]?(?=[A-ZĐ]{{2}})|{DASHES})"
SLASH = r"[ ]?/[ ]?"
NEXT_CODE = rf"(?:{DASHES}[ ](?=[A-ZĐ]{{2}})|{DASH}){CODE}"
NUMBER = (
    rf"[0-9]+[a-zA-Z]?{SLASH}(?:[0-9]{{4}}{SLASH})?{CODE}(?:{NEXT_CODE})*"
    rf"|[0-9]+{DASH}{CODE}/{CODE}(?:{DASHES}{CODE})*"  # a stray space as typed: "45- CT/TW"
    # the style of the years before the present rules: "Quyết định số 280 - CP", "số 01-TTLN"
    # (after "số" only: "tàu BTh 85800-TS" is a boat)
    rf"|(?<=số\s)[0-9]+{DASH}(?-i:[A-ZĐ]{{2,}})(?![\w/])"
)

# Abbreviations of the kinds of documents (Nghị định 30/2020/NĐ-CP, Phụ lục III, and the legal
# kinds of Luật Ban hành văn bản quy phạm pháp luật); a number whose code names none is a letter.
KIND_CODES = {
    "NQ": "Nghị quyết",
    "NQLT": "Nghị quyết liên tịch",
    "QĐ": "Quyết định",
    "CT": "Chỉ thị",
    "QC": "Quy chế",
    "QyĐ": "Quy định",
    "QĐi": "Quy định",
    "TC": "Thông cáo",
    "TB": "Thông báo",
    "HD": "Hướng dẫn",
    "CTr": "Chương trình",
    "KH": "Kế hoạch",
    "PA": "Phương án",
    "ĐA": "Đề án",
    "DA": "Dự án",
    "BC": "Báo cáo",
    "BB": "Biên bản",
    "TTr": "Tờ trình",
    "HĐ": "Hợp đồng",
    "CĐ": "Công điện",
    "GN": "Bản ghi nhớ",
    "TTh": "Bản thỏa thuận",
    "GM": "Giấy mời",
    "KL": "Kết luận",
    "NĐ": "Nghị định",
    "TT": "Thông tư",
    "TTLT": "Thông tư liên tịch",
    "QH": "Luật",
}
_CODE_PARTS = re.compile(rf"{CODE}")

DATE = (
    r"(?P<d>[0-9]{1,2})\s*[/.-]\s*(?P<m>[0-9]{1,2})\s*[/.-]\s*(?P<y>[0-9]{4})"
    r"|(?P<d2>[0-9]{1,2})\s+(?i:tháng)\s+(?P<m2>[0-9]{1,2})\s+(?i:năm)\s+(?P<y2>[0-9]{4})"
)
DATE_ANY = re.compile(rf"(?<![0-9])(?:{DATE})(?![0-9])")

# Party organs: "22/NQ-TW" is a common typo for the Party-style "22-NQ/TW".
PARTY_ORGANS = {"TW", "TƯ", "TU", "HU", "QU", "ĐU"}

TYPO = re.compile(rf"([0-9]+)/({CODE})-({CODE})")


def parse_date_vi(text: str) -> date | None:
    """First date in text: "18/3/2021", "09/11/2023", "ngày 24 tháng 8 năm 2022".

    Impossible dates (31/2/2021) give None rather than an exception.
    """
    m = DATE_ANY.search(unicodedata.normalize("NFC", text))
    return date_from(m) if m else None


def date_from(m: re.Match) -> date | None:
    d, mo, y = (m["d"], m["m"], m["y"]) if m["d"] else (m["d2"], m["m2"], m["y2"])
    try:
        return date(int(y), int(mo), int(d))
    except ValueError:
        return None


def party_style(number: str) -> str:
    """A Party document's number as the Party writes it: "22/NQ-TW", a common typo, is "22-NQ/TW".
    The reader keeps the number as the report writes it; this only tells that two spellings are
    one document, and that a number names a Party organ."""
    m = TYPO.fullmatch(number)
    return f"{m[1]}-{m[2]}/{m[3]}" if m and m[3] in PARTY_ORGANS else number


def register_number(number: str) -> str:
    """A number as the register keeps it, one spelling for one document: the spaces a writer leaves beside
    a slash or a dash, and the dash's look-alikes, go ("1821 /VP-HCQT", "12/SNgV–VP"); a Party number
    takes the Party's order (party_style). The reader keeps what a report writes."""
    number = re.sub(r"\s*/\s*", "/", number)
    number = re.sub(rf"\s*{DASHES}\s*", "-", number)
    return party_style(number)


def kind_of_number(number: str) -> str:
    """The kind a document number's code names: "12/QĐ-UBND" a Quyết định, "22-NQ/TW" a Nghị
    quyết, "09/2017/QH14" a Luật; "1353/SNgV-ĐN", whose code is its issuer's, a Công văn."""
    party = re.fullmatch(rf"[0-9]+{DASHES}({CODE})/.*", number)
    codes = [party[1]] if party else _CODE_PARTS.findall(number.split("/", 1)[-1])
    for code in codes[:1] + [c for c in codes[1:] if c in {"NĐ", "TT", "TTLT", "NQLT"}]:
        kind = KIND_CODES.get(code) or KIND_CODES.get(re.sub("[0-9]+$", "", code))
        if kind:
            return kind
    return "Công văn"
