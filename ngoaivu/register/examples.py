"""The example row of each area's import template: plausible values, as an officer types them.

Only what the area's rules need and what shows the kind of text meant is given here; a
choice left out takes its first value, a required date 05/03/2021, a number its default.
The row is marked «Ví dụ» in its «Mã» column, and the import passes over it. The values
are register data, not interface text: they stay Vietnamese whatever the interface language.
"""

from datetime import date
from decimal import Decimal

from django_countries.fields import CountryField

START, END = date(2021, 3, 5), date(2021, 3, 7)

EXAMPLES = {
    "le-tan": {
        "received_on": START,
        "mission": "Đoàn Tổng Lãnh sự quán Nhật Bản tại Đà Nẵng",
        "country": "JP",
        "received_by": "Phó Chủ tịch UBND tỉnh",
        "content": "Chào xã giao, trao đổi hợp tác đầu tư",
    },
    "doan-ra": {
        "title": "Đoàn công tác của tỉnh thăm, làm việc tại Nhật Bản",
        "head": "Phó Chủ tịch UBND tỉnh",
        "persons": 5,
        "countries": ["JP"],
        "start_date": START,
        "end_date": date(2021, 3, 12),
        "purpose": "Xúc tiến đầu tư, thương mại",
        "in_annual_plan": True,
    },
    "doan-vao": {
        "title": "Đoàn Trường Đại học Khon Kaen (Thái Lan)",
        "organisation": "Trường Đại học Khon Kaen",
        "country": "TH",
        "host_level": "agency",
        "purpose": "study",
        "start_date": START,
        "end_date": END,
        "groups": 1,
        "person_visits": 4,
        "content": "Trao đổi hợp tác đào tạo",
    },
    "ke-hoach-doan": {"year": 2021, "status": "approved"},
    "ke-hoach-doan-muc": {
        "direction": "out",
        "country": "LA",
        "purpose": "Học tập kinh nghiệm quản lý cửa khẩu",
        "planned_period": "Quý III",
        "persons": 6,
    },
    "thoa-thuan": {
        "title": "Thỏa thuận hợp tác giữa tỉnh Quảng Ngãi và tỉnh Champasak",
        "partner": "UBND tỉnh Champasak",
        "country": "LA",
    },
    "thoa-thuan-buoc": {"step": "mofa", "done_on": START},
    "hoi-nghi": {
        "title": "Hội thảo quốc tế về phát triển du lịch biển",
        "organiser": "Sở Văn hóa, Thể thao và Du lịch",
        "country": "TH",
        "start_date": START,
        "end_date": date(2021, 3, 6),
        "location": "Thành phố Quảng Ngãi",
        "participants": 120,
        "foreign_participants": 25,
        "permitting_authority": "Chủ tịch UBND tỉnh",
    },
    "hoi-nhap": {
        "title": "Lớp bồi dưỡng kiến thức hội nhập quốc tế năm 2021",
        "start_date": START,
        "end_date": date(2021, 3, 6),
        "participants": 60,
        "organiser": "Sở Ngoại vụ",
    },
    "ngoai-giao-kinh-te": {
        "title": "Hội nghị xúc tiến đầu tư của tỉnh tại Hàn Quốc",
        "held_on": START,
        "partner": "Hiệp hội doanh nghiệp Hàn Quốc",
        "country": "KR",
        "projects": "Giới thiệu 20 dự án kêu gọi đầu tư",
    },
    "abtc": {
        "enterprise": "Công ty TNHH Thương mại Dung Quất",
        "tax_code": "4300123456",
        "businesspeople": 2,
        "names": "Nguyễn Văn An; Trần Thị Bình",
        "received_on": START,
    },
    "vien-tro": {
        "title": "Dự án cấp nước sạch cho các xã miền núi",
        "donor": "Tổ chức KOICA",
        "country": "KR",
        "kind": "project",
        "sector": "Nước sạch, vệ sinh môi trường",
        "value_vnd": Decimal(4_600_000_000),
        "value_original": Decimal("200000.00"),
        "currency": "USD",
        "approved_on": START,
        "beneficiary": "Sở Nông nghiệp và Phát triển nông thôn",
    },
    "lanh-su": {
        "title": "Hỗ trợ công dân bị tai nạn lao động tại Hàn Quốc",
        "country": "KR",
        "occurred_on": START,
        "persons": 1,
    },
    "ngu-dan": {
        "boat_number": "QNg 90479 TS",
        "owner": "Nguyễn Văn Cường",
        "country": "CN",
        "occurred_on": START,
        "location": "Vùng biển quần đảo Hoàng Sa",
        "fishermen": 6,
    },
    "nguoi-nuoc-ngoai": {
        "name": "Lưu học sinh Lào khóa 2021",
        "country": "LA",
        "home_province": "Tỉnh Attapeu",
        "institution": "Trường Đại học Phạm Văn Đồng",
        "persons": 10,
        "arrived_on": START,
        "scholarship": "Học bổng Chính phủ",
    },
    "nvnonn": {
        "title": "Đoàn kiều bào tại Hoa Kỳ về thăm quê hương",
        "kind": "visit",
        "country": "US",
        "held_on": START,
        "persons": 12,
    },
    "ban-tin": {
        "issue_number": 3,
        "published_on": START,
        "title": "Bản tin Thông tin đối ngoại số 03/2021",
        "copies": 500,
    },
    "tin-bai": {
        "title": "Quảng Ngãi đón đoàn doanh nghiệp Nhật Bản",
        "published_on": START,
        "channel": "Cổng Thông tin điện tử tỉnh",
        "url": "https://www.quangngai.gov.vn/",
    },
    "bao-chi": {
        "outlet": "Đài Truyền hình NHK (Nhật Bản)",
        "country": "JP",
        "persons": 3,
        "start_date": START,
        "end_date": END,
        "topic": "Phóng sự về du lịch đảo Lý Sơn",
    },
    "ngoai-giao-van-hoa": {
        "title": "Giao lưu văn hóa Việt Nam – Hàn Quốc",
        "held_on": START,
        "location": "Thành phố Quảng Ngãi",
        "country": "KR",
        "participants": 300,
    },
    "bien-gioi": {
        "title": "Tuyên truyền về biển, đảo cho ngư dân huyện Bình Sơn",
        "held_on": START,
        "location": "Huyện Bình Sơn",
    },
    "van-ban": {
        "doc_type": "Quyết định",
        "number": "06/2021/QĐ-UBND",
        "issued_on": date(2021, 3, 18),
        "issuer": "UBND tỉnh",
        "summary": "Ban hành Quy chế quản lý hoạt động đối ngoại trên địa bàn tỉnh",
        "status": "issued",
    },
    "nhiem-vu": {
        "title": "Xây dựng Kế hoạch thực hiện công tác đối ngoại năm 2021",
        "year": 2021,
        "due": "q1",
        "progress": "in_progress",
    },
    "noi-bo": {
        "name": "Nguyễn Thị Hoa",
        "position": "Chuyên viên",
        "division": "Phòng Hợp tác quốc tế",
        "joined_on": START,
    },
    "thu-tuc-hanh-chinh": {
        "code": "1.001234",
        "name": "Cho phép tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền của Chủ tịch UBND tỉnh",
        "field": "Hội nghị, hội thảo quốc tế",
        "agency": "Sở Ngoại vụ",
        "processing_time": "15 ngày làm việc",
        "shortened_time": "10 ngày làm việc",
        "online_level": "partial",
    },
}


def example_values(area):
    """{field name: model value} for the area's example row: choice keys, country codes, dates, numbers, text."""
    values = dict(EXAMPLES.get(area.slug, {}))
    for name in area.form_fields():
        field = area.model._meta.get_field(name)
        if name in values or field.blank or field.is_relation:
            continue
        if isinstance(field, CountryField):
            values[name] = ["JP"] if field.multiple else "JP"
        elif field.choices:
            values[name] = field.choices[0][0]
        elif field.get_internal_type() == "DateField":
            values[name] = START
        elif field.get_internal_type() == "BooleanField":
            values[name] = False
        elif field.has_default():
            values[name] = field.get_default()
    return values
