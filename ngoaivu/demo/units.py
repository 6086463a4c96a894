"""Units of the province, the demo users and the foreign partner localities."""

from datetime import date

from ngoaivu.core.models import PartnerLocality, Role, Unit, User

from .loader import nfc
from .users import DEMO_PASSWORD, DEMO_USERS

P, C, OFFICE, D, H, U = (
    Unit.Kind.PROVINCE,
    Unit.Kind.PEOPLES_COMMITTEE,
    Unit.Kind.OFFICE,
    Unit.Kind.DEPARTMENT,
    Unit.Kind.DISTRICT,
    Unit.Kind.UNIVERSITY,
)

REGISTER_BEGINS = date(2020, 1, 1)

# code, official name, short name, kind, parent code.
# Bodies of the UBND tỉnh hang under it; the Công an tỉnh, the Bộ đội Biên phòng and the two
# centrally run schools (Bộ Tài chính, Bộ Công Thương) are in the province but not under the UBND.
UNITS = [
    ("QNg", "Tỉnh Quảng Ngãi", "", P, None),
    ("UBND", "UBND tỉnh Quảng Ngãi", "UBND tỉnh", C, "QNg"),
    ("VP", "Văn phòng UBND tỉnh Quảng Ngãi", "Văn phòng UBND tỉnh", OFFICE, "UBND"),
    ("SNgV", "Sở Ngoại vụ tỉnh Quảng Ngãi", "Sở Ngoại vụ", D, "UBND"),
    ("SKHĐT", "Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi", "Sở Kế hoạch và Đầu tư", D, "UBND"),
    ("SCT", "Sở Công Thương tỉnh Quảng Ngãi", "Sở Công Thương", D, "UBND"),
    ("STP", "Sở Tư pháp tỉnh Quảng Ngãi", "Sở Tư pháp", D, "UBND"),
    (
        "SLĐTBXH",
        "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ngãi",
        "Sở Lao động - Thương binh và Xã hội",
        D,
        "UBND",
    ),
    ("STTTT", "Sở Thông tin và Truyền thông tỉnh Quảng Ngãi", "Sở Thông tin và Truyền thông", D, "UBND"),
    (
        "SNNPTNT",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ngãi",
        "Sở Nông nghiệp và Phát triển nông thôn",
        D,
        "UBND",
    ),
    ("SGDĐT", "Sở Giáo dục và Đào tạo tỉnh Quảng Ngãi", "Sở Giáo dục và Đào tạo", D, "UBND"),
    (
        "BQLKKT",
        "Ban Quản lý Khu kinh tế Dung Quất và các Khu công nghiệp Quảng Ngãi",
        "Ban Quản lý KKT Dung Quất và các KCN",
        D,
        "UBND",
    ),
    ("CAT", "Công an tỉnh Quảng Ngãi", "Công an tỉnh", D, "QNg"),
    ("BĐBP", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh", D, "QNg"),
    ("UBNDTP", "UBND thành phố Quảng Ngãi", "", H, "UBND"),
    ("UBNDĐP", "UBND thị xã Đức Phổ", "", H, "UBND"),
    ("UBNDBS", "UBND huyện Bình Sơn", "", H, "UBND"),
    ("UBNDLS", "UBND huyện Lý Sơn", "", H, "UBND"),
    ("DHPVD", "Trường Đại học Phạm Văn Đồng", "", U, "UBND"),
    ("DHTCKT", "Trường Đại học Tài chính - Kế toán", "", U, "QNg"),
    ("CDKTCN", "Trường Cao đẳng Kỹ thuật Công nghiệp Quảng Ngãi", "", U, "QNg"),
]

# name, country, level, notes. "since" is left empty: the seeds do not date the relations.
PARTNERS = [
    (
        "Champasak",
        "LA",
        "tỉnh",
        "Bản ghi nhớ hợp tác giai đoạn 2016 - 2020; đang hoàn thiện Bản ghi nhớ giai đoạn 2021 - 2025.",
    ),
    ("Attapeu", "LA", "tỉnh", "Cử lưu học sinh sang học tập tại tỉnh theo diện học bổng."),
    ("Sekong", "LA", "tỉnh", "Cử lưu học sinh sang học tập tại tỉnh theo diện học bổng."),
    ("Savannakhet", "LA", "tỉnh", "Cử lưu học sinh sang học tập tại tỉnh theo diện học bổng."),
    ("Hà Bắc", "CN", "tỉnh", "Văn phòng UBND tỉnh tổ chức đoàn công tác đến làm việc tháng 8/2024."),
    ("Miyagi", "JP", "tỉnh (ken)", "Đang xúc tiến thiết lập quan hệ hữu nghị hợp tác."),
]


def create_units(demo):
    for code, name, short_name, kind, parent in UNITS:
        demo.units[code] = demo.make(
            Unit,
            code=code,
            name=name,
            short_name=short_name,
            kind=kind,
            parent=demo.units[parent] if parent else None,
            # The Sở Ngoại vụ reports for the whole province, as seeds 001 and 003 do.
            coordinates_province=code == "SNgV",
            # The demo's register begins in 2020: a 2020 report says it has no 2019 to compare with.
            recorded_since=REGISTER_BEGINS,
        )


def create_users(demo):
    for username, role, unit_code, full_name, position in DEMO_USERS:
        user = User(
            username=username,
            role=role,
            unit=demo.units[unit_code],
            last_name=nfc(full_name),
            position=nfc(position),
            is_staff=role == Role.ADMIN,
            is_superuser=role == Role.ADMIN,
        )
        user.set_password(DEMO_PASSWORD)
        user.full_clean()
        user.save()
        demo.users[username] = user
    # Whose name the rows of a unit carry: the officer for the Sở, each reporter for their unit.
    for username, role, unit_code, *_rest in DEMO_USERS:
        if role in (Role.OFFICER, Role.REPORTER):
            demo.owners.setdefault(unit_code, demo.users[username])
    demo.default_user = demo.owners["SNgV"]


def create_partners(demo):
    for name, country, level, notes in PARTNERS:
        # Quảng Ngãi's reports tell the work with the localities of Laos in a section of their own (seeds 001, 003)
        demo.partners[name] = demo.make(
            PartnerLocality, name=name, country=country, level=level, notes=notes, reported_apart=country == "LA"
        )
