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
