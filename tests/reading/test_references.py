"""Tests for ngoaivu.reading.references: citations of legal/administrative documents.

Pure Python: no Django, no database. The seed reports are the four real reports in
/work/shared/seeds; each expected list below was written by reading the file.
"""

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ngoaivu.reading.reader import read_text
from ngoaivu.reading.references import (
    Reference,
    find_references,
    parse_date_vi,
    parse_reference,
)

from tests.seeds import SEEDS

# (input, doc_type, number, issued_on, issuer)
SINGLE = [
    (
        "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh",
        "Quyết định",
        "06/2021/QĐ-UBND",
        date(2021, 3, 18),
        "UBND tỉnh",
    ),
    (
        "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị",
        "Nghị quyết",
        "22-NQ/TW",
        date(2013, 4, 10),
        "Bộ Chính trị",
    ),
    ("Kế hoạch số 164-KH/TU ngày 24 tháng 8 năm 2022", "Kế hoạch", "164-KH/TU", date(2022, 8, 24), None),
    (
        "Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ",
        "Công văn",
        "1353/SNgV-ĐN",
        date(2023, 11, 9),
        "Sở Ngoại vụ",
    ),
    (
        "Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị khóa XI",
        "Quyết định",
        "272-QĐ/TW",
        date(2015, 1, 21),
        "Bộ Chính trị khóa XI",
    ),
    (
        "Chương trình hành động số 45-CTr/TU ngày 19/11/2013 của Ban Thường vụ Tỉnh ủy",
        "Chương trình hành động",
        "45-CTr/TU",
        date(2013, 11, 19),
        "Ban Thường vụ Tỉnh ủy",
    ),
    ("Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ", "Nghị quyết", "01/NQ-CP", date(2021, 1, 1), "Chính phủ"),
    ("Công văn số 1821/VP-HCQT ngày 09/8/2024", "Công văn", "1821/VP-HCQT", date(2024, 8, 9), None),
    ("Thông báo số 331/TB-SNgV ngày 10/5/2021", "Thông báo", "331/TB-SNgV", date(2021, 5, 10), None),
    (
        "Quyết định 09/2011/QĐ-UBND ngày 04/5/2011 của UBND tỉnh",
        "Quyết định",
        "09/2011/QĐ-UBND",
        date(2011, 5, 4),
        "UBND tỉnh",
    ),
    ("Chỉ thị số 12-CT/TW của Ban Bí thư", "Chỉ thị", "12-CT/TW", None, "Ban Bí thư"),
    ("Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh", "Kế hoạch", "92/KH-UBND", date(2022, 6, 3), "UBND tỉnh"),
    # Spelling variants the rules ask for.
    ("quyết định   số   39/QĐ-SNgV   ngày  22/7/2021", "Quyết định", "39/QĐ-SNgV", date(2021, 7, 22), None),
    (
        "Nghị quyết số 22/NQ-TW ngày 10/4/2013 của Bộ Chính trị",  # a typo for 22-NQ/TW, kept as written
        "Nghị quyết",
        "22/NQ-TW",
        date(2013, 4, 10),
        "Bộ Chính trị",
    ),
    ("Công văn số 49/SNgV-HTQT.", "Công văn", "49/SNgV-HTQT", None, None),
    ("Công văn số 2314/UBND-TH, ngày 25/5/2021", "Công văn", "2314/UBND-TH", date(2021, 5, 25), None),
    ("Luật số 81/2006/QH11 ngày 29/6/2006 của Quốc hội", "Luật", "81/2006/QH11", date(2006, 6, 29), "Quốc hội"),
    (
        "Quyết định số 730/QĐ-UBND ngày 21/5/2021 của Chủ tịch UBND tỉnh¹.",
        "Quyết định",
        "730/QĐ-UBND",
        date(2021, 5, 21),
        "Chủ tịch UBND tỉnh",
    ),
]


@pytest.mark.parametrize("text, doc_type, number, issued_on, issuer", SINGLE)
def test_parse_reference(text, doc_type, number, issued_on, issuer):
    ref = parse_reference(text)
    assert ref is not None
    assert (ref.doc_type, ref.number, ref.issued_on, ref.issuer) == (doc_type, number, issued_on, issuer)
    assert ref.text in text
    assert ref.text.startswith(text.split()[0])


@pytest.mark.parametrize(
    "text, summary",
    [
        (
            "Công văn số 2314/UBND-TH ngày 25/5/2021 của UBND tỉnh về việc báo cáo kiểm điểm công tác "
            "chỉ đạo, điều hành 6 tháng đầu năm 2021; Sở Ngoại vụ báo cáo như sau:",
            "về việc báo cáo kiểm điểm công tác chỉ đạo, điều hành 6 tháng đầu năm 2021",
        ),
        (
            "Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế; Nghị quyết",
            "về hội nhập quốc tế",
        ),
        (
            "Quyết định số 43/QĐ-UBND ngày 20/01/2021 của UBND tỉnh ban hành Chương trình công tác năm 2021 của UBND tỉnh.",
            "ban hành Chương trình công tác năm 2021 của UBND tỉnh",
        ),
        (
            "Quyết định số 39/QĐ-SNgV ngày 22/7/2021 ban hành Nội quy bảo vệ bí mật nhà nước.",
            "ban hành Nội quy bảo vệ bí mật nhà nước",
        ),
        # A citation joined by "và" is a sibling, not part of the summary.
        (
            "Chương trình hành động số 45-CTr/TU ngày 19/11/2013 của Ban Thường vụ Tỉnh ủy về thực hiện "
            "Nghị quyết số 22-NQ/TW và Quyết định số 590/QĐ-UBND ngày 22/4/2014",
            "về thực hiện Nghị quyết số 22-NQ/TW",
        ),
        # A bracket opened before the citation closes the summary.
        ("(Công văn số 1821/VP-HCQT ngày 09/8/2024 về việc đoàn ra), trong đó", "về việc đoàn ra"),
        ("Thông báo số 331/TB-SNgV ngày 10/5/2021 khuyến khích tổ chức", None),
        ("Chỉ thị số 12-CT/TW của Ban Bí thư", None),
    ],
)
def test_summary(text, summary):
    assert parse_reference(text).summary == summary


def test_text_is_the_exact_span():
    text = "Thực hiện Quyết định số 541/QĐ-UBND ngày 09/4/2021 của Chủ tịch UBND tỉnh về việc ủy quyền; tiếp"
    assert parse_reference(text).text == (
        "Quyết định số 541/QĐ-UBND ngày 09/4/2021 của Chủ tịch UBND tỉnh về việc ủy quyền"
    )


def test_stray_line_breaks_inside_issuer():
    # Word rendering splits "Sở Ngoại vụ" and puts "của" on the next line.
    text = (
        "Thực hiện Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại \n\nvụ về báo cáo; "
        "Kế hoạch số 92/KH-UBND ngày 03/6/2022 \n\ncủa UBND tỉnh về triển khai"
    )
    first, second = find_references(text)
    assert first.issuer == "Sở Ngoại vụ"
    assert first.summary == "về báo cáo"
    assert second.issuer == "UBND tỉnh"


def test_issuer_stops_at_predicate_and_next_citation():
    ref = parse_reference("Chỉ thị số 12-CT/TW của Ban Bí thư \n\ntrong năm 2023, Văn phòng")
    assert ref.issuer == "Ban Bí thư"
    ref = parse_reference(
        "Chương trình hành động số 45-CTr/TU ngày 19/11/2013 của Ban Thường vụ Tỉnh ủy và Quyết định số 590/QĐ-UBND"
    )
    assert ref.issuer == "Ban Thường vụ Tỉnh ủy"
    assert ref.text.endswith("Tỉnh ủy")
    # A line break before a capitalised word ends the paragraph.
    assert parse_reference("Công văn số 1/SNgV-ĐN của Sở Ngoại vụ\nKính gửi").issuer == "Sở Ngoại vụ"


def test_nfc_normalisation():
    decomposed = unicodedata.normalize("NFD", "Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh")
    ref = parse_reference(decomposed)
    assert ref.doc_type == "Quyết định"
    assert ref.number == "06/2021/QĐ-UBND"
    assert ref.issuer == "UBND tỉnh"


def test_bold_markers_around_number():
    ref = parse_reference("Quyết định số **06/2021/QĐ-UBND** ngày 18/3/2021")
    assert (ref.number, ref.issued_on) == ("06/2021/QĐ-UBND", date(2021, 3, 18))


@pytest.mark.parametrize(
    "text",
    [
        "Số: 15/BC-SNgV",
        "BÁO CÁO\nSố: 15/BC-SNgV\nQuảng Ngãi, ngày 10 tháng 9 năm 2021",
        "**BÁO CÁO**\n  **Số: 15/BC-SNgV**",
        "Quyết định của Chủ tịch UBND tỉnh phê duyệt Danh mục TTHC",  # type without a number
        "Bản tin Đối ngoại Quảng Ngãi số 22, 23 và 24",
        "Kế hoạch hợp tác giai đoạn 2021-2025",
        "tháng 9 - 11/2021",
        "tàu cá mang số hiệu BTh 85800-TS cùng 7 lao động",  # a boat's plate
        "",
    ],
)
def test_not_a_reference(text):
    assert parse_reference(text) is None
    assert find_references(text) == []


def test_numbers_in_the_style_before_the_present_rules():
    decision = parse_reference("trên cơ sở Quyết định số 280 - CP ngày 01/9/1990 của Hội đồng Chính phủ")
    assert (decision.number, decision.issued_on) == ("280 - CP", date(1990, 9, 1))
    circular = parse_reference("Thông tư liên ngành số 01-TTLN ngày 08 tháng 9 năm 1988 hướng dẫn việc điều tra")
    assert (circular.number, circular.issued_on) == ("01-TTLN", date(1988, 9, 8))


def test_a_stray_space_in_a_party_number_is_the_same_document_as_written_first():
    refs = find_references("thực hiện Chỉ thị số 45- CT/TW của Bộ Chính trị; tiếp tục quán triệt Chỉ thị số 45-CT/TW.")
    assert [r.number for r in refs] == ["45- CT/TW"]


def test_inline_so_colon_is_still_a_reference():
    assert parse_reference("theo Báo cáo số: 15/BC-SNgV ngày 01/9/2021").number == "15/BC-SNgV"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("18/3/2021", date(2021, 3, 18)),
        ("09/11/2023", date(2023, 11, 9)),
        ("ngày 24 tháng 8 năm 2022", date(2022, 8, 24)),
        ("Quảng Ngãi, ngày 10 Tháng 9 Năm 2021", date(2021, 9, 10)),
        ("ngày 10/4/2013", date(2013, 4, 10)),
        ("31/2/2021", None),
        ("ngày 31 tháng 2 năm 2021", None),
        ("0/1/2021", None),
        ("12/13/2021", None),
        ("ngày  tháng 11 năm 2024", None),  # the blank date of a draft's header
        ("tháng 8/2021", None),
        ("", None),
    ],
)
def test_parse_date_vi(text, expected):
    assert parse_date_vi(text) == expected


def test_invalid_date_in_reference_gives_none():
    ref = parse_reference("Quyết định số 06/2021/QĐ-UBND ngày 31/2/2021 của UBND tỉnh")
    assert ref.number == "06/2021/QĐ-UBND"
    assert ref.issued_on is None
    assert ref.issuer == "UBND tỉnh"


def test_dedup_keeps_first_and_fills_missing_fields():
    text = (
        "Thực hiện Kế hoạch số 92/KH-UBND tại Văn phòng; "
        "Kế hoạch số 92/KH-UBND ngày 03/6/2022 của UBND tỉnh về triển khai; "
        "Kế hoạch số 92/KH-UBND ngày 04/6/2022 của Văn phòng; "
        "Chỉ thị số 12-CT/TW."
    )
    refs = find_references(text)
    assert [(r.doc_type, r.number) for r in refs] == [("Kế hoạch", "92/KH-UBND"), ("Chỉ thị", "12-CT/TW")]
    plan = refs[0]
    assert plan.text == "Kế hoạch số 92/KH-UBND"  # the first mention's span
    assert plan.issued_on == date(2022, 6, 3)  # filled from the first later mention that has one
    assert plan.issuer == "UBND tỉnh"
    assert plan.summary == "về triển khai"


def test_dedup_does_not_overwrite_first_mention():
    text = (
        "Nghị quyết số 22/NQ-TW ngày 10/4/2013 của Bộ Chính trị; "
        "Nghị quyết số 22-NQ/TW ngày 10/3/2013 của Bộ Chính trị khóa XI"
    )
    (ref,) = find_references(text)  # the typo and the correct form are the same document, as first written
    assert (ref.number, ref.issued_on, ref.issuer) == ("22/NQ-TW", date(2013, 4, 10), "Bộ Chính trị")
    (ref,) = find_references("Chỉ thị số 12-CT/TW của Ban Bí thư. Chỉ thị 12/CT-TW được quán triệt.")
    assert ref.number == "12-CT/TW"


def test_paragraph_without_stops_is_bounded():
    # Thousands of citations in one paragraph with only soft line breaks and no full
    # stop: every summary would otherwise run to the end of the text (quadratic).
    text = "".join(f"Công văn số {i}/SNgV-ĐN của Sở Ngoại\nvụ về việc x\ny " for i in range(3000))
    refs = find_references(text)
    assert len(refs) == 3000
    assert refs[0].issuer == "Sở Ngoại vụ"
    assert all(len(r.summary) <= 1000 for r in refs)


# Every citation in each seed report, in order of first appearance, as read from the file:
# (doc_type, number, issued_on, issuer).
SEED_EXPECTED = {
    "000_699a08602accd994.txt": [
        ("Công văn", "1353/SNgV-ĐN", date(2023, 11, 9), "Sở Ngoại vụ"),
        ("Kế hoạch", "92/KH-UBND", date(2022, 6, 3), "UBND tỉnh"),  # cited twice
        ("Chỉ thị", "12-CT/TW", None, "Ban Bí thư"),
    ],
    "001_e5fcdc9426d3d423.txt": [
        ("Công văn", "2314/UBND-TH", date(2021, 5, 25), "UBND tỉnh"),
        # footnote ¹
        ("Quyết định", "272-QĐ/TW", date(2015, 1, 21), "Bộ Chính trị khóa XI"),  # cited again in III.6
        ("Quyết định", "323-QĐ/TU", date(2015, 6, 16), "Ban Thường vụ Tỉnh ủy Quảng Ngãi"),
        ("Nghị quyết", "01/NQ-CP", date(2021, 1, 1), "Chính phủ"),
        ("Nghị quyết", "02/NQ-CP", date(2021, 1, 1), "Chính phủ"),
        ("Quyết định", "16/QĐ-UBND", date(2021, 1, 11), None),
        ("Quyết định", "43/QĐ-UBND", date(2021, 1, 20), "UBND tỉnh"),
        # body
        ("Thông báo", "331/TB-SNgV", date(2021, 5, 10), None),
        ("Quyết định", "1956/QĐ-UBND", date(2020, 12, 18), None),
        ("Quyết định", "06/2021/QĐ-UBND", date(2021, 3, 18), None),
        ("Quyết định", "35/2014/QĐ-UBND", date(2014, 7, 15), "UBND tỉnh"),
        ("Quyết định", "541/QĐ-UBND", date(2021, 4, 9), "Chủ tịch UBND tỉnh"),
        ("Quyết định", "17/2021/QĐ-UBND", date(2021, 5, 21), None),
        ("Quyết định", "05/2007/QĐ-UBND", date(2007, 1, 25), "UBND tỉnh Quảng Ngãi"),
        ("Nghị quyết", "22-NQ/TW", date(2013, 4, 10), "Bộ Chính trị"),  # cited three times
        ("Nghị quyết", "31/NQ-CP", date(2014, 5, 13), "Chính phủ"),
        ("Chương trình hành động", "45-CTr/TU", date(2013, 11, 19), "Ban Thường vụ Tỉnh ủy"),
        ("Quyết định", "590/QĐ-UBND", date(2014, 4, 22), "UBND tỉnh"),
        # footnotes ² and ³
        ("Công văn", "49/SNgV-HTQT", date(2021, 5, 31), "Sở Ngoại vụ"),
        ("Quyết định", "730/QĐ-UBND", date(2021, 5, 21), "Chủ tịch UBND tỉnh"),
        ("Chỉ thị", "45-CT/TW", date(2015, 5, 19), "Bộ Chính trị"),
        ("Nghị quyết", "36-NQ/TW", None, "Bộ Chính trị khóa IX"),
    ],
    "002_2119139b8d0214b1.txt": [
        ("Công văn", "1874/SNgV-ĐN", date(2024, 11, 12), None),
        # written "22/NQ-TW" first, then "22-NQ/TW ngày 10/3/2013": one document, as first written
        ("Nghị quyết", "22/NQ-TW", date(2013, 4, 10), "Bộ Chính trị"),
        ("Quyết định", "590/QĐ-UBND", date(2014, 4, 24), "UBND tỉnh"),
        ("Công văn", "1821/VP-HCQT", date(2024, 8, 9), None),
        # "Số: /BC-VP" is the report's own (blank) number, not a citation
    ],
    "003_1b33364ef21757b5.txt": [
        ("Nghị quyết", "22-NQ/TW", date(2013, 4, 10), "Bộ Chính trị"),
        ("Nghị quyết", "31/NQ-CP", date(2014, 5, 13), "Chính phủ"),
        ("Chương trình hành động", "45-CTr/TU", date(2013, 11, 19), "Ban Thường vụ Tỉnh ủy"),
        ("Quyết định", "590/QĐ-UBND", date(2014, 4, 22), "UBND tỉnh"),
        ("Quyết định", "09/2011/QĐ-UBND", date(2011, 5, 4), "UBND tỉnh"),
        ("Quyết định", "39/QĐ-SNgV", date(2021, 7, 22), None),
        ("Nghị quyết", "39-NQ/TW", date(2015, 4, 17), "Bộ Chính trị"),
    ],
}

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="seed reports not present")


def _seed(name: str) -> str:
    return (SEEDS / name).read_text(encoding="utf-8")


@needs_seeds
@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_file_references(name):
    refs = find_references(_seed(name))
    expected = SEED_EXPECTED[name]
    assert [(r.doc_type, r.number) for r in refs] == [(t, n) for t, n, _, _ in expected]
    assert [(r.doc_type, r.number, r.issued_on, r.issuer) for r in refs] == expected


@needs_seeds
def test_seed_files_are_all_covered():
    assert sorted(p.name for p in SEEDS.glob("*.txt")) == sorted(SEED_EXPECTED)


@needs_seeds
@pytest.mark.parametrize("name", sorted(SEED_EXPECTED))
def test_seed_reference_spans_are_in_the_text(name):
    text = unicodedata.normalize("NFC", _seed(name))
    for ref in find_references(text):
        assert ref.text in text
        assert parse_reference(ref.text).number == ref.number


@needs_seeds
def test_seed_summaries():
    by_number = {r.number: r for r in find_references(_seed("001_e5fcdc9426d3d423.txt"))}
    assert by_number["272-QĐ/TW"].summary == (
        "về việc ban hành Quy chế quản lý thống nhất các hoạt động đối ngoại (Quy chế 272)"
    )
    assert by_number["45-CTr/TU"].summary == "về thực hiện Nghị quyết số 22-NQ/TW"
    assert by_number["06/2021/QĐ-UBND"].summary is None  # "bãi bỏ …" is not a summary lead
    assert by_number["36-NQ/TW"].summary == "về công tác đối với NVNONN trong tình hình mới"


# Fragments that look like citations, so generated text reaches the deeper branches.
FRAGMENTS = st.sampled_from(
    [
        "Quyết định",
        "quyết định",
        "Nghị quyết",
        "Chương trình hành động",
        "Công văn",
        "Số:",
        "số",
        "số:",
        " ",
        "  ",
        "\n",
        "\n\n",
        "**",
        "¹",
        ".",
        ",",
        ";",
        "(",
        ")",
        "của",
        "về",
        "về việc",
        "ban hành",
        "và",
        "ngày",
        "tháng",
        "năm",
        "06/2021/QĐ-UBND",
        "22-NQ/TW",
        "22/NQ-TW",
        "1353/SNgV-ĐN",
        "31/2/2021",
        "18/3/2021",
        "24",
        "8",
        "2022",
        "UBND tỉnh",
        "Bộ Chính trị",
        "trong",
        "Sở Ngoại",
        "vụ",
        "-",
        "/",
    ]
)


def _check(text: str) -> None:
    normalised = unicodedata.normalize("NFC", text)
    refs = find_references(text)
    assert all(isinstance(r, Reference) and r.text in normalised for r in refs)
    assert len({(r.doc_type, r.number) for r in refs}) == len(refs)
    first = parse_reference(text)
    assert (first is None) == (not refs)
    parse_date_vi(text)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text):
    _check(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(FRAGMENTS, max_size=40).map(" ".join))
def test_citation_like_text_never_raises(text):
    _check(text)


def test_the_own_number_named_by_an_annex_is_a_reference():
    text = (
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 47/2019/QĐ-UBND\nHà Nam, ngày 11 tháng 12 năm 2019\n\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp\n\nQUY CHẾ\n(Ban hành kèm theo Quyết định số 47/2019/QĐ-UBND ngày 11 tháng 12 năm "
        "2019 của Ủy ban nhân dân tỉnh Hà Nam)\n"
    )
    assert [r["number"] for r in read_text(text)["references"]] == ["47/2019/QĐ-UBND"]
    # without the annex, the document's own number is no reference
    assert read_text(text.split("QUY CHẾ")[0])["references"] == []


def test_a_form_cited_by_its_number_is_no_document():
    found = find_references(
        "Tờ khai theo mẫu 02/2020/NG-XNC ban hành kèm theo Thông tư số 04/2020/TT-BNG ngày 25/9/2020 của Bộ Ngoại giao."
    )
    assert [r.number for r in found] == ["04/2020/TT-BNG"]
