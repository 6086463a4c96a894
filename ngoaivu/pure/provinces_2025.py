"""Provincial units before and after the 2025 reorganization (63 → 34). Pure data, no Django.

Where each fact comes from (addresses and reading dates in SOURCES):

- Which old provinces form which new one, the new names and the order of the clauses: Nghị quyết số
  202/2025/QH15 ngày 12/6/2025 của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh. Its full text was not
  reachable here; the facts were cross-checked in secondary copies that follow the resolution: the Sở Tư pháp
  Kon Tum summary (Kon Tum + Quảng Ngãi → tỉnh Quảng Ngãi; the resolution takes effect on adoption and the
  new units' local governments work from 01/7/2025),
  VnExpress and Lao Động (clauses 1–6 numbered in the resolution's order), a third-party quotation of
  "Điều 1 khoản 4" for Phú Thọ, and the list annexed to Nghị quyết 60-NQ/TW ngày 12/4/2025, which has the
  same 23 mergers in the same order. Clause numbers 1–23 therefore follow that order. The statement that
  11 units are not rearranged (34 = 28 tỉnh + 6 thành phố, of which 19 tỉnh + 4 thành phố are new) is, to our
  reading, Điều 1 khoản 24; that clause number was NOT seen in a copy of the text and must be checked.
- Seat (trung tâm chính trị - hành chính): the resolution, as quoted, does not name one, so every seat is
  None. The seats appear only in the annex of Nghị quyết 60-NQ/TW (a Party resolution, "dự kiến"); they are
  not copied here.
- Old codes (63): the national list of administrative-unit codes (Quyết định 124/2004/QĐ-TTg and its
  updates, as published by the statistics office); checked against a copy of that list. Huế (code 46) has
  been a thành phố trực thuộc trung ương since 01/01/2025 (Nghị quyết 175/2024/QH15); its earlier name
  Thừa Thiên Huế is kept in FORMER_NAMES for matching old documents.
- New codes (34): Quyết định 19/2025/QĐ-TTg (in force 01/7/2025), checked against Công văn 915/CTK-CSCL of
  the Cục Thống kê, which lists the same 34 codes. Every new unit keeps the code of one of the provinces it
  was formed from (the one where the seat was placed), so a code such as 44 now means Quảng Trị, not
  Quảng Bình.
- District level: it stopped working on 01/7/2025 (Nghị quyết 203/2025/QH15 sửa đổi, bổ sung một số điều
  của Hiến pháp năm 2013, ngày 16/6/2025, and Luật Tổ chức chính quyền địa phương số 72/2025/QH15). The
  exact article of each was not seen here.

Names are the official names without the "tỉnh" / "thành phố" prefix, in NFC; kind carries the prefix.
Spelling follows the national list ("Hòa", "Hóa"); documents also write "Hoà", "Hoá", so compare names after
normalizing, never byte for byte.
"""

from dataclasses import dataclass
from datetime import date

PROVINCE = "tỉnh"
CITY = "thành phố"

RESOLUTION = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"

# The new units' local governments work from this day (final provisions of the resolution, which itself
# took effect on adoption, 12/6/2025; the article number was not seen).
EFFECTIVE = date(2025, 7, 1)

# District-level units stopped working on the same day; the article numbers are not verified (see docstring).
DISTRICT_LEVEL_END = date(2025, 7, 1)
DISTRICT_LEVEL_END_BASIS = (
    "Nghị quyết số 203/2025/QH15 ngày 16/6/2025 của Quốc hội sửa đổi, bổ sung một số điều của Hiến pháp "
    "năm 2013; Luật Tổ chức chính quyền địa phương số 72/2025/QH15"
)


@dataclass(frozen=True)
class OldProvince:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class NewProvince:
    code: str | None
    name: str
    kind: str
    formed_from: tuple[str, ...]
    seat: str | None
    basis: str


def _basis(clause: int) -> str:
    return f"{RESOLUTION}, Điều 1 khoản {clause}"


OLD_PROVINCES: tuple[OldProvince, ...] = tuple(
    OldProvince(code, name, kind)
    for code, name, kind in (
        ("01", "Hà Nội", CITY),
        ("02", "Hà Giang", PROVINCE),
        ("04", "Cao Bằng", PROVINCE),
        ("06", "Bắc Kạn", PROVINCE),
        ("08", "Tuyên Quang", PROVINCE),
        ("10", "Lào Cai", PROVINCE),
        ("11", "Điện Biên", PROVINCE),
        ("12", "Lai Châu", PROVINCE),
        ("14", "Sơn La", PROVINCE),
        ("15", "Yên Bái", PROVINCE),
        ("17", "Hòa Bình", PROVINCE),
        ("19", "Thái Nguyên", PROVINCE),
        ("20", "Lạng Sơn", PROVINCE),
        ("22", "Quảng Ninh", PROVINCE),
        ("24", "Bắc Giang", PROVINCE),
        ("25", "Phú Thọ", PROVINCE),
        ("26", "Vĩnh Phúc", PROVINCE),
        ("27", "Bắc Ninh", PROVINCE),
        ("30", "Hải Dương", PROVINCE),
        ("31", "Hải Phòng", CITY),
        ("33", "Hưng Yên", PROVINCE),
        ("34", "Thái Bình", PROVINCE),
        ("35", "Hà Nam", PROVINCE),
        ("36", "Nam Định", PROVINCE),
        ("37", "Ninh Bình", PROVINCE),
        ("38", "Thanh Hóa", PROVINCE),
        ("40", "Nghệ An", PROVINCE),
        ("42", "Hà Tĩnh", PROVINCE),
        ("44", "Quảng Bình", PROVINCE),
        ("45", "Quảng Trị", PROVINCE),
        ("46", "Huế", CITY),
        ("48", "Đà Nẵng", CITY),
        ("49", "Quảng Nam", PROVINCE),
        ("51", "Quảng Ngãi", PROVINCE),
        ("52", "Bình Định", PROVINCE),
        ("54", "Phú Yên", PROVINCE),
        ("56", "Khánh Hòa", PROVINCE),
        ("58", "Ninh Thuận", PROVINCE),
        ("60", "Bình Thuận", PROVINCE),
        ("62", "Kon Tum", PROVINCE),
        ("64", "Gia Lai", PROVINCE),
        ("66", "Đắk Lắk", PROVINCE),
        ("67", "Đắk Nông", PROVINCE),
        ("68", "Lâm Đồng", PROVINCE),
        ("70", "Bình Phước", PROVINCE),
        ("72", "Tây Ninh", PROVINCE),
        ("74", "Bình Dương", PROVINCE),
        ("75", "Đồng Nai", PROVINCE),
        ("77", "Bà Rịa - Vũng Tàu", PROVINCE),
        ("79", "Hồ Chí Minh", CITY),
        ("80", "Long An", PROVINCE),
        ("82", "Tiền Giang", PROVINCE),
        ("83", "Bến Tre", PROVINCE),
        ("84", "Trà Vinh", PROVINCE),
        ("86", "Vĩnh Long", PROVINCE),
        ("87", "Đồng Tháp", PROVINCE),
        ("89", "An Giang", PROVINCE),
        ("91", "Kiên Giang", PROVINCE),
        ("92", "Cần Thơ", CITY),
        ("93", "Hậu Giang", PROVINCE),
        ("94", "Sóc Trăng", PROVINCE),
        ("95", "Bạc Liêu", PROVINCE),
        ("96", "Cà Mau", PROVINCE),
    )
)

# Names an old unit carried earlier, still found in documents: code -> (name, kind).
FORMER_NAMES: dict[str, tuple[str, str]] = {"46": ("Thừa Thiên Huế", PROVINCE)}

# The 23 units formed by arrangement, in the order of Điều 1 khoản 1–23: (new code, name, kind, old codes).
_MERGED = (
    ("08", "Tuyên Quang", PROVINCE, ("02", "08")),
    ("15", "Lào Cai", PROVINCE, ("10", "15")),
    ("19", "Thái Nguyên", PROVINCE, ("06", "19")),
    ("25", "Phú Thọ", PROVINCE, ("17", "25", "26")),
    ("24", "Bắc Ninh", PROVINCE, ("24", "27")),
    ("33", "Hưng Yên", PROVINCE, ("33", "34")),
    ("31", "Hải Phòng", CITY, ("30", "31")),
    ("37", "Ninh Bình", PROVINCE, ("35", "36", "37")),
    ("44", "Quảng Trị", PROVINCE, ("44", "45")),
    ("48", "Đà Nẵng", CITY, ("48", "49")),
    ("51", "Quảng Ngãi", PROVINCE, ("51", "62")),
    ("52", "Gia Lai", PROVINCE, ("52", "64")),
    ("56", "Khánh Hòa", PROVINCE, ("56", "58")),
    ("68", "Lâm Đồng", PROVINCE, ("60", "67", "68")),
    ("66", "Đắk Lắk", PROVINCE, ("54", "66")),
    ("79", "Hồ Chí Minh", CITY, ("74", "77", "79")),
    ("75", "Đồng Nai", PROVINCE, ("70", "75")),
    ("80", "Tây Ninh", PROVINCE, ("72", "80")),
    ("92", "Cần Thơ", CITY, ("92", "93", "94")),
    ("86", "Vĩnh Long", PROVINCE, ("83", "84", "86")),
    ("82", "Đồng Tháp", PROVINCE, ("82", "87")),
    ("96", "Cà Mau", PROVINCE, ("95", "96")),
    ("91", "An Giang", PROVINCE, ("89", "91")),
)

# The 11 units not rearranged; they keep their name and code.
_UNCHANGED_CODES = ("01", "46", "12", "11", "14", "20", "22", "38", "40", "42", "04")
_UNCHANGED_CLAUSE = 24  # not seen in a copy of the text; see the module docstring

_OLD_BY_CODE = {old.code: old for old in OLD_PROVINCES}

NEW_PROVINCES: tuple[NewProvince, ...] = tuple(
    NewProvince(code, name, kind, formed_from, None, _basis(clause))
    for clause, (code, name, kind, formed_from) in enumerate(_MERGED, start=1)
) + tuple(
    NewProvince(code, _OLD_BY_CODE[code].name, _OLD_BY_CODE[code].kind, (code,), None, _basis(_UNCHANGED_CLAUSE))
    for code in _UNCHANGED_CODES
)

SOURCES: tuple[tuple[str, str, str], ...] = (
    (
        "Sở Tư pháp Kon Tum: summary of Nghị quyết 202/2025/QH15 (Kon Tum + Quảng Ngãi → tỉnh Quảng Ngãi; "
        "new units work from 01/7/2025)",
        "https://sotuphap.kontum.gov.vn/tin-tuc-hoat-dongthong-tin-tong-hop/"
        "Quoc-hoi-thong-qua-Nghi-quyet-ve-sap-xep-don-vi-hanh-chinh-cap-tinh-10349",
        "2026-12-02",
    ),
    (
        "VnExpress: the 23 mergers in the resolution's order",
        "https://vnexpress.net/quoc-hoi-chot-ca-nuoc-con-34-tinh-thanh-pho-4897740.html",
        "2026-12-02",
    ),
    (
        "Lao Động: the 23 new units numbered 1, 2, 3… as in the resolution",
        "https://es.laodong.vn/thoi-su/dia-gioi-hanh-chinh-23-tinh-thanh-moi-sau-sap-nhap-nhieu-tinh-lan-dau-co-bien-1522634.ldo",
        "2026-12-02",
    ),
    (
        "Full list of the 23 mergers and the 11 unchanged units",
        "https://vietaustralia.com/en/official-new-map-of-vietnam-s-34-provinces-and-cities-after-the-2025-merger.html",
        "2026-12-02",
    ),
    (
        "34 = 28 tỉnh + 6 thành phố; 19 tỉnh + 4 thành phố formed, 11 not rearranged",
        "https://homenow.vn/tin-tuc/chi-tiet-34-don-vi-hanh-chinh-cap-tinh-thanh-pho-chinh-thuc-p30",
        "2026-12-02",
    ),
    (
        "Nghị quyết 60-NQ/TW ngày 12/4/2025 and its annex (same 23 mergers, same order; proposed seats)",
        "https://github.com/dvhcvn/20250701/blob/1fe34bb35376aaad83e1179df87a6a92c33c3410/input/docs/60-NQ_TW.md",
        "2026-12-02",
    ),
    (
        "Công văn 915/CTK-CSCL (Cục Thống kê): codes of the 34 units",
        "https://github.com/dvhcvn/20250701/blob/62ea64ea0ba0f0f932ccb6573e05d3b1a5ef5029/input/docs/915_CTK-CSCL.csv",
        "2026-12-02",
    ),
    (
        "Quyết định 19/2025/QĐ-TTg (codes in force 01/7/2025): address as cited by others, not opened here",
        "https://datafiles.chinhphu.vn/cpp/files/vbpq/2025/7/19ttg.signed.pdf",
        "2026-12-02",
    ),
    (
        "Cổng Chính phủ: danh mục và mã số 34 tỉnh, thành (as cited by others, not opened here)",
        "https://xaydungchinhsach.chinhphu.vn/bang-danh-muc-va-ma-so-cua-34-tinh-thanh-moi-cac-don-vi-hanh-chinh-cap-xa-moi-11925070418263625.htm",
        "2026-12-02",
    ),
    (
        "Copy of the statistics office's list of the 63 old codes",
        "https://github.com/ListKelvin/ShopP-Project/blob/298b6a55364b84b19bff96fdd29293866fb0b3c6/src/utils/ADDRESS_DATA/TINH_DATA.js",
        "2026-12-02",
    ),
    (
        "Nghị quyết 175/2024/QH15: thành phố Huế trực thuộc trung ương from 01/01/2025",
        "https://github.com/thanglequoc/vietnamese-provinces-database/releases/tag/v2.3.0",
        "2026-12-02",
    ),
    (
        "Báo Chính phủ: Nghị quyết 203/2025/QH15 ends district-level units from 01/7/2025 (as cited by others)",
        "https://baochinhphu.vn/quoc-hoi-chinh-thuc-thong-qua-nghi-quyet-sua-doi-bo-sung-mot-so-dieu-cua-hien-phap-nam-2013-102250616092411276.htm",
        "2026-12-02",
    ),
)


def old_by_code(code: str) -> OldProvince:
    """The pre-2025 unit with this code (KeyError if none)."""
    return _OLD_BY_CODE[code]


def successor(old_code: str) -> NewProvince:
    """The unit that an old province became part of on EFFECTIVE (KeyError if the code is unknown)."""
    for new in NEW_PROVINCES:
        if old_code in new.formed_from:
            return new
    raise KeyError(old_code)
