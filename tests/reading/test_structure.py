"""Header, title, outline, closing, recipients and signature found in a report's text."""

import pytest

from ngoaivu.reading.periods_vi import find_period, time_expressions
from ngoaivu.reading.structure import parse_structure
from ngoaivu.reading.text import normalise, paragraphs, parse_number, sentences

HEADER = """ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI
SỞ NGOẠI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 15/BC-SNgV
Quảng Ngãi, ngày 10 tháng 9 năm 2021

BÁO CÁO
Công tác đối ngoại quý III năm 2021
(Từ ngày 15/6/2021 đến ngày 14/9/2021)

Kính gửi: Ủy ban nhân dân tỉnh.

Thực hiện chế độ báo cáo định kỳ, Sở Ngoại vụ báo cáo như sau:
I. KẾT QUẢ
1. Công tác đoàn vào
a) Đoàn do lãnh đạo tỉnh tiếp
Tiếp 02 đoàn.
b) Đoàn do các sở tiếp: Tiếp 03 đoàn.
2. Công tác đoàn ra
II. PHƯƠNG HƯỚNG QUÝ IV/2021
1. Tiếp tục quản lý đoàn vào.
Trên đây là báo cáo của Sở Ngoại vụ./.
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT, TH.
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Trần Thị Bình
"""


def test_full_header():
    s = parse_structure(normalise(HEADER))
    meta = s.meta
    assert meta["kind"] == "BÁO CÁO"
    assert meta["issuer"] == "SỞ NGOẠI VỤ" and meta["parent_body"] == "ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI"
    assert (meta["number"], meta["number_blank"], meta["issuer_code"]) == ("15/BC-SNgV", False, "SNgV")
    assert (meta["place"], meta["date"], meta["year"], meta["month"]) == ("Quảng Ngãi", "2021-09-10", 2021, 9)
    assert meta["title"] == "Công tác đối ngoại quý III năm 2021 (Từ ngày 15/6/2021 đến ngày 14/9/2021)"
    assert meta["period"] == {"kind": "quarter", "year": 2021, "index": 3, "label": "quý III năm 2021"}
    assert (meta["signer_authority"], meta["signer_title"], meta["signer_name"]) == (
        "KT. GIÁM ĐỐC",
        "PHÓ GIÁM ĐỐC",
        "Trần Thị Bình",
    )
    assert meta["recipients"] == ["UBND tỉnh (b/c)", "Lưu: VT, TH"]
    assert s.intro == "Thực hiện chế độ báo cáo định kỳ, Sở Ngoại vụ báo cáo như sau:"
    assert s.closing == "Trên đây là báo cáo của Sở Ngoại vụ./."


def test_outline():
    s = parse_structure(normalise(HEADER))
    (first, second) = s.sections
    assert (first["number"], first["heading"]) == ("I", "KẾT QUẢ")
    assert [c["heading"] for c in first["children"]] == ["Công tác đoàn vào", "Công tác đoàn ra"]
    a, b = first["children"][0]["children"]
    assert (a["number"], a["heading"], a["text"]) == ("a", "Đoàn do lãnh đạo tỉnh tiếp", "Tiếp 02 đoàn.")
    assert (b["heading"], b["text"]) == ("Đoàn do các sở tiếp", "Tiếp 03 đoàn.")
    assert second["heading"] == "PHƯƠNG HƯỚNG QUÝ IV/2021"
    plan_blocks = [b for b in s.blocks if b.plan]
    assert [b.text for b in plan_blocks] == ["PHƯƠNG HƯỚNG QUÝ IV/2021", "Tiếp tục quản lý đoàn vào."]


@pytest.mark.parametrize(
    "line, number, blank, suffix",
    [
        ("Số: 15/BC-SNgV", "15/BC-SNgV", False, "BC-SNgV"),
        ("Số: /BC-VP", None, True, "BC-VP"),
        ("Số:        /BC-SNgV", None, True, "BC-SNgV"),
        ("Số: ....../BC-UBND", None, True, "BC-UBND"),
        ("Số 123/BC-SNgV", "123/BC-SNgV", False, "BC-SNgV"),
    ],
)
def test_number_line(line, number, blank, suffix):
    meta = parse_structure(f"{line}\nBÁO CÁO\nCông tác năm 2024").meta
    assert (meta["number"], meta["number_blank"], meta["number_suffix"]) == (number, blank, suffix)


@pytest.mark.parametrize(
    "line, place, date, blank",
    [
        ("Quảng Ngãi, ngày 10 tháng 9 năm 2021", "Quảng Ngãi", "2021-09-10", False),
        ("Quảng Ngãi, ngày  tháng 11 năm 2024", "Quảng Ngãi", None, True),
        ("Tp. Hồ Chí Minh, ngày 05 tháng 01 năm 2022", "Tp. Hồ Chí Minh", "2022-01-05", False),
        ("Đà Nẵng, ngày ... tháng ... năm 2023", "Đà Nẵng", None, True),
        ("Quảng Ngãi, ngày 31 tháng 2 năm 2021", "Quảng Ngãi", None, False),
    ],
)
def test_date_line(line, place, date, blank):
    meta = parse_structure(f"SỞ NGOẠI VỤ\n{line}\nBÁO CÁO\nCông tác năm 2021").meta
    assert (meta["place"], meta["date"], bool(meta.get("date_blank"))) == (place, date, blank)


def test_header_cells_wrapped_onto_two_lines():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n|\nSố:\n09/2011/QĐ-UBND\n|\nQuảng\nNgãi, ngày 04 tháng 5 năm 2011\n"
        "QUYẾT ĐỊNH\nVề việc ban hành Quy chế"
    )
    meta = parse_structure(text).meta
    assert (meta["number"], meta["place"], meta["date"]) == ("09/2011/QĐ-UBND", "Quảng Ngãi", "2011-05-04")
    # an issuer line above a whole place is no part of it
    meta = parse_structure("UBND TỈNH\nQuảng Ngãi, ngày 04 tháng 5 năm 2011\nQUYẾT ĐỊNH\nVề việc ban hành Quy chế").meta
    assert meta["place"] == "Quảng Ngãi"


def test_issuer_from_the_opening_when_there_is_no_header():
    text = (
        "BÁO CÁO\nCông tác năm 2023\nThực hiện Công văn số 1/SNgV-ĐN của Sở Ngoại vụ về báo cáo, "
        "Văn phòng UBND tỉnh (Văn phòng) báo cáo như sau:\nI. Kết quả"
    )
    assert parse_structure(text).meta["issuer"] == "Văn phòng UBND tỉnh"


def test_footnote_lines_leave_the_body():
    text = "BÁO CÁO\nCông tác tháng 8/2021\nI. Kết quả\nTriển khai văn bản¹.\n¹ Quyết định số 1/QĐ-UBND.\nTiếp theo."
    s = parse_structure(normalise(text))
    assert s.footnotes == [{"number": 1, "text": "Quyết định số 1/QĐ-UBND."}]
    assert s.sections[0]["text"] == "Triển khai văn bản¹.\nTiếp theo."


def test_stray_breaks_and_markdown():
    text = "**BÁO CÁO**\n\n## **I. KẾT QUẢ**\n\nTham mưu chỉ đạo các Sở: Kế hoạch và Đầu tư, \n\nY tế rà soát 116 \n\nthủ tục."
    s = parse_structure(normalise(text))
    assert s.sections[0]["heading"] == "KẾT QUẢ"
    assert s.sections[0]["text"] == "Tham mưu chỉ đạo các Sở: Kế hoạch và Đầu tư, Y tế rà soát 116 thủ tục."


def test_paragraph_joining_rules():
    texts = [p.text for p in paragraphs("a) Công tác\nđoàn vào\n- Tiếp 02 đoàn\n(Nhật Bản)\n2. Đoàn ra\n2021, tiếp")]
    assert texts == ["a) Công tác đoàn vào", "- Tiếp 02 đoàn (Nhật Bản)", "2. Đoàn ra 2021, tiếp"]
    # a headline, a blank line, then a lead opening on a figure: two paragraphs
    texts = [p.text for p in paragraphs("Sơn La đón lưu học sinh Lào\n\n342 lưu học sinh đã nhập cảnh.")]
    assert texts == ["Sơn La đón lưu học sinh Lào", "342 lưu học sinh đã nhập cảnh."]
    texts = [p.text for p in paragraphs("Tàu cá bị bắt giữ\n\n(NLĐO)- Chiều 18-4, ông A cho biết.\n(Kèm theo)")]
    assert texts == ["Tàu cá bị bắt giữ", "(NLĐO)- Chiều 18-4, ông A cho biết. (Kèm theo)"]


def test_sentences():
    pieces = [s for _o, s in sentences("Trong tháng, tiếp 02 đoàn; tính chung 8 tháng, 19 đoàn. Tại TP. Đà Nẵng có.")]
    assert pieces == ["Trong tháng, tiếp 02 đoàn;", "tính chung 8 tháng, 19 đoàn.", "Tại TP. Đà Nẵng có."]


@pytest.mark.parametrize(
    "token, value",
    [
        ("1.234.567,89", "1234567.89"),
        ("7,037", "7.037"),
        ("05", "5"),
        ("108.373", "108373"),
        ("2.5", "2.5"),
    ],
)
def test_parse_number(token, value):
    assert str(parse_number(token)) == value


@pytest.mark.parametrize(
    "text, kind, year, index",
    [
        ("Công tác đối ngoại tháng 8/2021", "month", 2021, 8),
        ("Kiểm điểm 6 tháng đầu năm 2021", "half", 2021, 1),
        ("sơ kết 6 tháng cuối năm 2020", "half", 2020, 2),
        ("Báo cáo 9 tháng đầu năm 2022", "nine_months", 2022, 1),
        ("Công tác quý IV/2023", "quarter", 2023, 4),
        ("Kết quả năm 2024 và phương hướng năm 2025", "year", 2024, 1),
        ("từ ngày 15/12/2020 đến ngày 14/6/2021", "custom", 2021, 1),
    ],
)
def test_find_period(text, kind, year, index):
    period = find_period(text)
    assert (period["kind"], period["year"], period["index"]) == (kind, year, index)


def test_the_start_of_a_span_is_no_period_of_the_text():
    assert find_period("Cụ thể, từ năm 2017 đến nay, 2 tỉnh đã tổ chức các đoàn. Năm 2022, tỉnh …")["year"] == 2022
    assert find_period("Kể từ năm 2006, tỉnh đã cấp 500 thẻ ABTC.") is None


def test_a_date_is_not_a_period():
    assert find_period("ngày 24 tháng 8 năm 2022") is None
    assert [e.months for e in time_expressions("Tính chung trong 8 tháng")] == [8]


def test_letter_with_subject_line():
    text = (
        "SỞ NGOẠI VỤ\nSố: 1353/SNgV-ĐN\nV/v báo cáo tình hình thực hiện Kế hoạch năm 2023\n"
        "Quảng Ngãi, ngày 09 tháng 11 năm 2023\nKính gửi: Các sở, ban, ngành.\nThực hiện chỉ đạo của UBND tỉnh."
    )
    meta = parse_structure(text).meta
    assert (meta["kind"], meta["number"], meta["date"]) == ("CÔNG VĂN", "1353/SNgV-ĐN", "2023-11-09")
    assert meta["title"] == "báo cáo tình hình thực hiện Kế hoạch năm 2023"


def test_a_sentence_ends_after_a_short_name_but_not_after_an_abbreviation():
    text = "Đoàn sang thăm Việt Nam. Có 81 LHS Thái Lan. Trong đó có 22 học viên. Ông Nguyễn Văn A. làm trưởng đoàn TP. Huế."
    assert [piece.strip() for _at, piece in sentences(text)] == [
        "Đoàn sang thăm Việt Nam.",
        "Có 81 LHS Thái Lan.",
        "Trong đó có 22 học viên.",
        "Ông Nguyễn Văn A. làm trưởng đoàn TP. Huế.",
    ]
    # an acronym of three capitals ends a sentence: "vốn ODA.", "1,2 triệu USD."
    text = "Có 202 dự án vốn NGO, 29 dự án vốn ODA. Theo đó, năm 2018 tiếp nhận 3 triệu USD. Trong đó có 2 dự án."
    assert [piece.strip() for _at, piece in sentences(text)] == [
        "Có 202 dự án vốn NGO, 29 dự án vốn ODA.",
        "Theo đó, năm 2018 tiếp nhận 3 triệu USD.",
        "Trong đó có 2 dự án.",
    ]
    # a place whose last word has two letters ends a sentence: "tỉnh Nghệ An.", "thị xã La Gi."
    text = "Có 6 trường trên địa bàn tỉnh Nghệ An. Tại khu cách ly có 269 sinh viên. Tàu của thị xã La Gi. Ông TS. Hà."
    assert [piece.strip() for _at, piece in sentences(text)] == [
        "Có 6 trường trên địa bàn tỉnh Nghệ An.",
        "Tại khu cách ly có 269 sinh viên.",
        "Tàu của thị xã La Gi.",
        "Ông TS. Hà.",
    ]


def test_words_before_ngay_thang_nam_in_prose_are_no_header_date():
    from ngoaivu.reading.reader import read_text

    text = (
        "Hồ sơ đề nghị cấp hộ chiếu công vụ\n"
        "1. Quyết định: Cần ghi rõ và chính xác số quyết định, ngày tháng năm cấp quyết định; nước đến.\n"
    )
    result = read_text(text)
    assert result["checks"] == [] and result["meta"].get("place") is None
