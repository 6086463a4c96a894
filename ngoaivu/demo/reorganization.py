"""The 2025 reorganization in the demo: Kon Tum merged into Quảng Ngãi, the districts ended, the
Sở Ngoại vụ's duties moved to the Văn phòng UBND tỉnh, the Sở Kế hoạch và Đầu tư merged into the
Sở Tài chính.

Facts from public legal texts:
- Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội: the whole of tỉnh Kon Tum and tỉnh
  Quảng Ngãi form the new tỉnh Quảng Ngãi; the new provincial authorities work from 01/7/2025.
- Luật Tổ chức chính quyền địa phương số 72/2025/QH15: two levels of local government, so the
  district level ends on 01/7/2025.
- Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội: the communes of
  the new province; huyện Lý Sơn becomes đặc khu Lý Sơn.

Illustrative, not checked against the province's own decisions (the legal basis says so): the
date 01/3/2025 on which the Sở Ngoại vụ's duties move to the Văn phòng UBND tỉnh, the merger of
the Kon Tum bodies into their Quảng Ngãi counterparts, and which commune takes each district's
records. The continuing units of Quảng Ngãi keep their rows: the new tỉnh Quảng Ngãi is the old
one's row with Kon Tum merged in, as `load_provinces` does for the country.
"""

from datetime import date

from ngoaivu.core.models import Succession, Unit
from ngoaivu.pure.provinces_2025 import successor as new_province

from .units import OFFICE, C, D, H, P

MERGER = date(2025, 7, 1)
KON_TUM_REGISTER_BEGINS = date(2024, 1, 1)
DUTIES_MOVED = date(2025, 3, 1)
PROVINCES = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"
COMMUNES = (
    "Luật Tổ chức chính quyền địa phương số 72/2025/QH15; "
    "Nghị quyết số 1677/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội"
)
BODIES = PROVINCES + "; quyết định của tỉnh về tổ chức cơ quan (dữ liệu mẫu, chưa đối chiếu văn bản của tỉnh)"
FOREIGN_AFFAIRS = (
    "Quyết định của UBND tỉnh về chuyển giao chức năng, nhiệm vụ ngoại vụ "
    "(dữ liệu mẫu, chưa đối chiếu văn bản của tỉnh)"
)
FOREIGN_AFFAIRS_DUTIES = (
    "Tham mưu quản lý nhà nước về công tác ngoại vụ, công tác đối ngoại của địa phương; "
    "đầu mối công tác đối ngoại của tỉnh."
)

X = Unit.Kind.COMMUNE

# The old tỉnh Kon Tum, which ended on 01/7/2025: code, name, short name, kind, parent code.
KON_TUM = [
    ("KT", "Tỉnh Kon Tum", "", P, None),
    ("UBND-KT", "UBND tỉnh Kon Tum", "", C, "KT"),
    ("VP-KT", "Văn phòng UBND tỉnh Kon Tum", "", OFFICE, "UBND-KT"),
    ("SNgV-KT", "Sở Ngoại vụ tỉnh Kon Tum", "", D, "UBND-KT"),
    ("STP-KT", "Sở Tư pháp tỉnh Kon Tum", "", D, "UBND-KT"),
    ("BĐBP-KT", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kon Tum", "", D, "KT"),
    ("UBNDTP-KT", "UBND thành phố Kon Tum", "", H, "UBND-KT"),
]

# The Sở merged under Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ, from 01/3/2025: templates
# that still list the Sở Kế hoạch và Đầu tư as a recipient name the Sở Tài chính. The Sở Nội vụ took the
# Sở Lao động - Thương binh và Xã hội's labour, wages and employment (foreign workers' permits among them);
# the Sở Tài nguyên và Môi trường, not in the demo, also went into the Sở Nông nghiệp và Môi trường.
DEPARTMENTS_MERGED = date(2025, 3, 1)
DEPARTMENTS = "Nghị định số 45/2025/NĐ-CP ngày 28/02/2025 của Chính phủ"
# code, name, short name, first day (None: in being before the register began).
DEPARTMENTS_AFTER = [
    ("STC", "Sở Tài chính tỉnh Quảng Ngãi", "Sở Tài chính", None),
    ("SNV", "Sở Nội vụ tỉnh Quảng Ngãi", "Sở Nội vụ", None),
    ("SKHCN", "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi", "Sở Khoa học và Công nghệ", None),
    ("SNNMT", "Sở Nông nghiệp và Môi trường tỉnh Quảng Ngãi", "Sở Nông nghiệp và Môi trường", DEPARTMENTS_MERGED),
]

# The communes that took the districts' records, from 01/7/2025: code, name, parent code.
COMMUNE_UNITS = [
    ("ĐKLS", "UBND đặc khu Lý Sơn", "UBND"),
    ("PCT", "UBND phường Cẩm Thành", "UBND"),
    ("PĐP", "UBND phường Đức Phổ", "UBND"),
    ("XBS", "UBND xã Bình Sơn", "UBND"),
    ("PKT", "UBND phường Kon Tum", "UBND"),
]

# predecessor, successor, kind, effective on, legal basis, duties moved
SUCCESSIONS = [
    ("SKHĐT", "STC", Succession.Kind.MERGE, DEPARTMENTS_MERGED, DEPARTMENTS, ""),
    ("SLĐTBXH", "SNV", Succession.Kind.MERGE, DEPARTMENTS_MERGED, DEPARTMENTS, ""),
    ("STTTT", "SKHCN", Succession.Kind.MERGE, DEPARTMENTS_MERGED, DEPARTMENTS, ""),
    ("SNNPTNT", "SNNMT", Succession.Kind.MERGE, DEPARTMENTS_MERGED, DEPARTMENTS, ""),
    ("SNgV", "VP", Succession.Kind.DUTIES, DUTIES_MOVED, FOREIGN_AFFAIRS, FOREIGN_AFFAIRS_DUTIES),
    ("SNgV-KT", "VP-KT", Succession.Kind.DUTIES, DUTIES_MOVED, FOREIGN_AFFAIRS, FOREIGN_AFFAIRS_DUTIES),
    ("KT", "QNg", Succession.Kind.MERGE, MERGER, new_province("62").basis, ""),  # Kon Tum's national code
    ("UBND-KT", "UBND", Succession.Kind.MERGE, MERGER, PROVINCES, ""),
    ("VP-KT", "VP", Succession.Kind.MERGE, MERGER, BODIES, ""),
    ("STP-KT", "STP", Succession.Kind.MERGE, MERGER, BODIES, ""),
    ("BĐBP-KT", "BĐBP", Succession.Kind.MERGE, MERGER, BODIES, ""),
    ("UBNDLS", "ĐKLS", Succession.Kind.RENAME, MERGER, COMMUNES, ""),
    ("UBNDTP", "PCT", Succession.Kind.SPLIT, MERGER, COMMUNES, ""),
    ("UBNDĐP", "PĐP", Succession.Kind.SPLIT, MERGER, COMMUNES, ""),
    ("UBNDBS", "XBS", Succession.Kind.SPLIT, MERGER, COMMUNES, ""),
    ("UBNDTP-KT", "PKT", Succession.Kind.SPLIT, MERGER, COMMUNES, ""),
]


def create_units(demo):
    """Kon Tum's units and the new communes; the ends are set by reorganize(), after the records."""
    for code, name, short_name, kind, parent in KON_TUM:
        demo.units[code] = demo.make(
            Unit,
            code=code,
            name=name,
            short_name=short_name,
            kind=kind,
            parent=demo.units[parent] if parent else None,
            # Kon Tum's Sở, then its Văn phòng from 01/3/2025 (core/lineage.is_focal_on dates it).
            coordinates_province=code in ("SNgV-KT", "VP-KT"),
            recorded_since=KON_TUM_REGISTER_BEGINS,  # its rows begin in 2024
        )
    for code, name, short_name, started_on in DEPARTMENTS_AFTER:
        demo.units[code] = demo.make(
            Unit, code=code, name=name, short_name=short_name, kind=D, parent=demo.units["UBND"], started_on=started_on
        )
    for code, name, parent in COMMUNE_UNITS:
        demo.units[code] = demo.make(Unit, code=code, name=name, kind=X, parent=demo.units[parent], started_on=MERGER)
    # The office becomes the province's focal point with the duties (core/lineage.is_focal_on dates it).
    demo.units["VP"].coordinates_province = True
    demo.units["VP"].save()


def reorganize(demo):
    """End the units that ended and record what became of them, once their rows exist."""
    for predecessor, successor, kind, effective_on, legal_basis, duties in SUCCESSIONS:
        unit = demo.units[predecessor]
        if unit.ended_on is None:
            unit.ended_on, unit.is_active = effective_on, False
            unit._history_user = demo.default_user
            unit.full_clean()
            unit.save()
        demo.make(
            Succession,
            predecessor=unit,
            successor=demo.units[successor],
            kind=kind,
            effective_on=effective_on,
            legal_basis=legal_basis,
            duties=duties,
        )
