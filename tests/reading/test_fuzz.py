"""The text reader takes any input without an exception (hypothesis)."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ngoaivu.reading.errors import ReadError
from ngoaivu.reading.extract import extract_bytes
from ngoaivu.reading.reader import read_text

FRAGMENTS = st.sampled_from(
    [
        "BÁO CÁO",
        "Số:",
        "Số: /BC-VP",
        "Số: 15/BC-SNgV",
        "Quảng Ngãi, ngày",
        "tháng",
        "năm",
        "ngày",
        "2021",
        "8/2021",
        "I.",
        "II.",
        "1.",
        "a)",
        "đ)",
        "-",
        "+",
        "**",
        "##",
        "*",
        "¹",
        "²",
        "\n",
        "\n\n",
        " ",
        ",",
        ";",
        ":",
        ".",
        "(",
        ")",
        "Nơi nhận:",
        "GIÁM ĐỐC",
        "KT. GIÁM ĐỐC",
        "Nguyễn Văn A",
        "Trên đây là",
        "./.",
        "trong đó",
        "tính chung",
        "8 tháng",
        "6 tháng đầu năm",
        "quý III",
        "từ đầu năm",
        "nâng tổng số",
        "lên",
        "tăng",
        "giảm",
        "vẫn còn",
        "17",
        "05",
        "1.234.567,89",
        "7,037",
        "5.3.2016",
        "đoàn",
        "lượt người",
        "tàu cá",
        "ngư dân",
        "/",
        "cùng",
        "với",
        "của",
        "doanh nhân",
        "doanh nghiệp",
        "ABTC",
        "khoản viện trợ",
        "tỷ đồng",
        "triệu USD",
        "tương đương",
        "bắt giữ",
        "ngăn cản",
        "thả",
        "đoàn vào",
        "đoàn ra",
        "xã giao",
        "Bản tin",
        "tin bài",
        "lớp tập huấn",
        "hội nghị, hội thảo quốc tế",
        "thỏa thuận",
        "ký kết",
        "lưu học sinh",
        "Công văn số 1353/SNgV-ĐN",
        "Nghị quyết số 22-NQ/TW",
        "C«ng v¨n",
        "Coâng vaên",
        "Kính gửi:",
        "(Đã ký)",
        "Phương hướng",
        "dự kiến",
    ]
)

SHAPE = {"meta", "sections", "footnotes", "references", "facts", "checks"}


def _check(text):
    result = read_text(text)
    assert SHAPE <= set(result)
    json.dumps(result, ensure_ascii=False)  # JSON-serialisable throughout
    read_text(text, known_unit_codes={"SNgV"}, footnotes=[text[:50]])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_arbitrary_text(text):
    _check(text)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=60).map(" ".join))
def test_report_like_text(text):
    _check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(FRAGMENTS, max_size=60).map("\n".join))
def test_report_like_lines(text):
    _check(text)


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=3000), st.sampled_from(["", "x.txt", "x.docx", "x.pdf", "x.doc"]))
def test_arbitrary_bytes_give_a_result_or_a_read_error(data, name):
    if data.startswith(b"\xd0\xcf\x11\xe0") or data.startswith(b"{\\rtf"):
        return  # would start LibreOffice; covered by the extract tests
    try:
        extract_bytes(data, name)
    except ReadError as error:
        assert "\n" not in str(error)


# A total and its parts in the forms reports write them, read back exactly: (the total's sentence, its
# indicator, scope, the parts' unit, their measure, names for the parts)
TOTALS = [
    (
        "Hiện nay, trên địa bàn tỉnh có {n} lưu học sinh nước ngoài đang học tập",
        "foreign_students",
        "stock",
        "lưu học sinh",
        "count",
        ["Lào", "Campuchia", "Thái Lan"],
    ),
    (
        "Năm 2024, các trường tiếp nhận {n} lưu học sinh nước ngoài sang học tập",
        "foreign_student_arrivals",
        "period",
        "lưu học sinh",
        "count",
        ["Lào", "Campuchia", "Hàn Quốc"],
    ),
    (
        "Hiện nay, trên địa bàn tỉnh có {n} lao động nước ngoài đang làm việc",
        "foreign_experts",
        "stock",
        "lao động",
        "persons",
        ["Trung Quốc", "Hàn Quốc", "Nhật Bản"],
    ),
    (
        "Năm 2024, tỉnh đón {n} đoàn khách quốc tế đến thăm và làm việc",
        "incoming_delegations",
        "period",
        "đoàn",
        "groups",
        ["cấp Bộ trưởng", "cấp tỉnh", "cấp sở"],
    ),
    (
        "Năm 2024, tỉnh cử {n} đoàn cán bộ đi công tác nước ngoài",
        "outgoing_delegations",
        "period",
        "đoàn",
        "groups",
        ["do lãnh đạo tỉnh dẫn đầu", "do lãnh đạo sở dẫn đầu", "của các huyện"],
    ),
    (
        "Năm 2024, có {n} tàu cá của ngư dân tỉnh bị nước ngoài bắt giữ",
        "boats_detained",
        "period",
        "tàu",
        "boats",
        ["Indonesia", "Malaysia", "Thái Lan"],
    ),
    (
        "Năm 2024, tỉnh tiếp nhận {n} dự án viện trợ phi chính phủ nước ngoài",
        "aid",
        "period",
        "dự án",
        "count",
        ["y tế", "giáo dục", "sinh kế"],
    ),
]
ITEMS = {  # (figure, unit, name) → one part as written
    "figure unit name": "{v} {u} {q}",
    "name: figure unit": "{q}: {v} {u}",
    "name: figure": "{q}: {v}",
    "name figure unit": "{q} {v} {u}",
    "name là figure unit": "{q} là {v} {u}",
    "name có figure unit": "{q} có {v} {u}",
}
OPENINGS = [  # (the total, the parts) → paragraphs
    lambda t, p: [f"{t}, trong đó {p}."],
    lambda t, p: [f"{t}, trong đó: {p}."],
    lambda t, p: [f"{t}, trong đó có {p}."],
    lambda t, p: [f"{t}, gồm {p}."],
    lambda t, p: [f"{t}, bao gồm: {p}."],
    lambda t, p: [f"{t}, cụ thể: {p}."],
    lambda t, p: [f"{t} ({p})."],
    lambda t, p: [f"{t}. Trong đó, {p}."],
    lambda t, p: [f"{t}. Trong số này, {p}."],
    lambda t, p: [f"{t}.", f"Trong đó, {p}."],
    lambda t, p: [f"{t}, cụ thể như sau:", *(f"- {item};" for item in p.split("; "))],
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(TOTALS),
    st.lists(st.integers(1, 900), min_size=2, max_size=3, unique=True),
    st.sampled_from(sorted(ITEMS)),
    st.sampled_from(range(len(OPENINGS))),
    st.sampled_from(["; ", ", "]),
)
def test_a_total_and_its_parts_are_read_back_exactly(total, values, item, opening, separator):
    sentence, indicator, scope, unit, measure, names = total
    if OPENINGS[opening] is OPENINGS[-1]:
        separator = "; "  # one list item each
    parts = separator.join(ITEMS[item].format(v=v, u=unit, q=q) for v, q in zip(values, names))
    paragraphs = OPENINGS[opening](sentence.format(n=sum(values)), parts)
    facts = read_text("\n\n".join(paragraphs))["facts"]
    assert [(f["indicator"], f["scope"], f[measure]) for f in facts] == [
        (indicator, scope, sum(values)),
        *((indicator, "part", v) for v in values),
    ]
