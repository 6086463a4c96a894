"""Parts known by their sum: figures after a total that add up to it exactly, written without
their unit or in a bracket after it; and a part picked out as the one with the most."""

from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.reading.part_sums import parts_checks
from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

KEYS = ("groups", "persons", "count", "boats", "fishermen")
LEVELS = ["dự bị tiếng Việt", "đại học", "thạc sĩ", "tiến sĩ", "ngắn hạn"]


def read(*paragraphs):
    ctx = extract_facts([Block(text, "body", ()) for text in paragraphs], None)
    return [(f["indicator"], f["scope"], {k: f[k] for k in KEYS if k in f}) for f in ctx.facts], ctx


@given(st.lists(st.integers(1, 400), min_size=2, max_size=5))
def test_parts_without_their_unit_that_make_the_total_are_its_parts(parts):
    listed = ", ".join(f"{n} {level}" for n, level in zip(parts, LEVELS))
    found, ctx = read(
        f"Năm học 2024-2025, tỉnh tiếp nhận {sum(parts)} lưu học sinh Lào ({len(parts)} tỉnh gồm {listed})."
    )
    assert found[0] == ("foreign_student_arrivals", "period", {"count": sum(parts)})
    assert sorted(f[2]["count"] for f in found[1:]) == sorted(parts)
    assert all(f[:2] == ("foreign_student_arrivals", "part") for f in found[1:])
    assert parts_checks(ctx.breakdowns) == []


def test_numbers_that_do_not_make_the_total_are_no_parts():
    found, _ctx = read("Năm 2024, tỉnh tiếp nhận 50 lưu học sinh Lào (gồm 20 đại học, 10 thạc sĩ).")
    assert found == [("foreign_student_arrivals", "period", {"count": 50})]


def test_a_unitless_part_completes_a_part_with_its_unit():
    found, _ctx = read(
        "Hiện trường có 42 sinh viên Lào đang học tập, trong đó có 32 SV do trường tiếp nhận, 10 em còn lại do "
        "trường bạn gửi sang."
    )
    assert found == [
        ("foreign_students", "stock", {"count": 42}),
        ("foreign_students", "part", {"count": 32}),
        ("foreign_students", "part", {"count": 10}),
    ]


def test_parts_of_a_total_that_is_no_figure_of_the_register_are_dropped_with_it():
    found, _ctx = read("Năm 2024, có 21 lưu học sinh tốt nghiệp đại học (Lào 18 em, Campuchia 3 em).")
    assert found == []


def test_figures_in_a_bracket_that_add_up_to_the_total_are_its_parts():
    found, ctx = read(
        "Hiện nay, trên địa bàn tỉnh có 40 chương trình, dự án viện trợ phi chính phủ nước ngoài (24 dự án chuyển "
        "tiếp, 15 dự án mới, 01 khoản viện trợ phi dự án)."
    )
    assert [f[1] for f in found] == ["ytd", "part", "part", "part"]
    assert [f[2]["count"] for f in found] == [40, 24, 15, 1]
    # the same bracket adding up to something else is left as it is
    found, _ctx = read(
        "Hiện nay, trên địa bàn tỉnh có 40 chương trình, dự án viện trợ phi chính phủ nước ngoài (24 dự án chuyển "
        "tiếp, 11 dự án mới)."
    )
    assert [f[1] for f in found if f[2]["count"] in (24, 11)] != ["part", "part"]


def test_the_part_with_the_most_is_picked_out_of_the_total_before():
    found, ctx = read(
        "Từ năm 2013 đến nay, đã có 134 tàu cá với 1.000 ngư dân của tỉnh bị nước ngoài bắt giữ. Huyện Long Điền "
        "là địa phương có số tàu bị bắt giữ lớn nhất (110 tàu với 787 ngư dân)."
    )
    assert found == [
        ("boats_detained", "ytd", {"boats": 134, "fishermen": 1000}),
        ("boats_detained", "part", {"boats": 110, "fishermen": 787}),
    ]
    assert parts_checks(ctx.breakdowns) == []  # one part picked out, not a breakdown to add up


def test_the_parts_after_a_figure_the_register_does_not_count_are_not_another_totals():
    found, _ctx = read(
        "Các khu công nghiệp có 202 lao động người nước ngoài làm việc.",
        "Đến ngày 13/12/2018, các khu công nghiệp trên địa bàn tỉnh có 31.365 lao động.",
        "Trong đó, lao động trong nước 31.163 người; lao động người nước ngoài 202 người.",
    )
    assert found == [("foreign_experts", "stock", {"persons": 202})]


def test_a_paragraph_of_parts_goes_on_sentence_after_sentence_and_into_the_next():
    found, _ctx = read(
        "Hơn 75.000 lao động nước ngoài đang làm việc tại 6 tỉnh, thành phố.",
        "Cụ thể, thành phố A dẫn đầu với khoảng 50.000 người. Thành phố B đứng thứ hai với khoảng 15.000 người.",
        "Tiếp theo là tỉnh C với trên 4.700 người, tỉnh D có 3.500 người. Ngoài ra, tỉnh đã đón 12 đoàn khách quốc tế.",
    )
    assert [(f[1], next(iter(f[2].values()))) for f in found] == [
        ("stock", 75000),
        ("part", 50000),
        ("part", 15000),
        ("part", 4700),
        ("part", 3500),
        ("period", 12),
    ]
