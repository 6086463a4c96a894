"""Parts told in the sentences after their total, with no "trong đó", known by their sum; and the
figures after a total that are no parts of it."""

from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.part_sums import parts_checks
from ngoaivu.reading.structure import Block

KEYS = ("groups", "persons", "count", "boats", "fishermen")


def read(*paragraphs):
    ctx = extract_facts([Block(text, "body", ()) for text in paragraphs], None)
    return [(f["indicator"], f["scope"], {k: f[k] for k in KEYS if k in f}) for f in ctx.facts], ctx


def test_figures_in_the_next_sentences_that_make_the_total_are_its_parts():
    found, ctx = read(
        "Năm học này, nhà trường tiếp nhận 40 lưu học sinh Lào sang học tập. Khi đó, có 31 em đã học xong "
        "chương trình phổ thông, 09 em phải học tiếp lớp 12."
    )
    assert found == [
        ("foreign_student_arrivals", "period", {"count": 40}),
        ("foreign_student_arrivals", "part", {"count": 31}),
        ("foreign_student_arrivals", "part", {"count": 9}),
    ]
    assert parts_checks(ctx.breakdowns) == []


def test_parts_of_the_held_are_parts_though_told_as_what_will_happen_to_them():
    found, _ctx = read(
        "Hiện còn 60 ngư dân bị phía nước ngoài tạm giữ. Cụ thể, 35 người sẽ về nước bằng đường hàng không. "
        "Riêng 25 người sẽ về bằng đường thủy."
    )
    assert found == [
        ("fishermen_still_detained", "stock", {"fishermen": 60}),
        ("fishermen_still_detained", "part", {"fishermen": 35}),
        ("fishermen_still_detained", "part", {"fishermen": 25}),
    ]


def test_the_rest_of_a_decision_is_a_part_of_it_across_paragraphs():
    found, _ctx = read(
        "Tòa án đã ra quyết định thả 50 ngư dân Việt Nam bị bắt giữ.",
        "50 ngư dân này bị bắt khi đang đánh bắt hải sản.",
        "Tòa án đã ra quyết định thả ngay 30 ngư dân trong ngày 26/8. 20 ngư dân còn lại sẽ được thả trong ngày 31/8.",
    )
    assert found == [
        ("boats_released", "period", {"fishermen": 50}),
        ("boats_released", "part", {"fishermen": 30}),
        ("boats_released", "part", {"fishermen": 20}),
    ]


def test_the_freed_and_the_still_held_of_a_detention_are_facts_of_their_own():
    found, _ctx = read(
        "Năm 2024, có 42 ngư dân của tỉnh bị nước ngoài bắt giữ. Đến nay, 30 ngư dân đã được thả về nước, "
        "12 ngư dân vẫn đang bị giam giữ."
    )
    assert ("boats_detained", "period", {"fishermen": 42}) in found
    assert all(scope != "part" for _indicator, scope, _values in found)


def test_figures_that_do_not_make_the_total_or_are_of_another_whole_are_no_parts():
    found, _ctx = read("Năm học này, tỉnh tiếp nhận 40 lưu học sinh Lào. Có 25 em học đại học, 10 em học cao học.")
    assert [scope for _i, scope, _v in found] == ["period"]
    found, _ctx = read(
        "Hiện tỉnh có 12 lao động người Trung Quốc. Trong số 9 lao động của Công ty A về nước nghỉ Tết, "
        "4 người đã trở lại. Công ty cách ly 4 người, 3 người khác chưa trở lại."
    )
    assert found == [("foreign_experts", "stock", {"persons": 12}), ("foreign_experts", "part", {"persons": 4})]


@given(st.lists(st.integers(2, 300), min_size=2, max_size=4, unique=True))
def test_any_run_of_parts_told_after_is_read_back_exactly(parts):
    told = ", ".join(f"{n} em học năm thứ {year}" for n, year in zip(parts, range(1, 5)))
    found, ctx = read(f"Hiện trường có {sum(parts)} lưu học sinh Lào đang học tập. Cũng theo trường, có {told}.")
    assert found[0] == ("foreign_students", "stock", {"count": sum(parts)})
    assert found[1:] == [("foreign_students", "part", {"count": n}) for n in parts]
    assert parts_checks(ctx.breakdowns) == []


def test_a_figure_after_the_parts_read_that_completes_them_is_the_last_part():
    found, ctx = read(
        "Toàn tỉnh hiện có 50 lao động nước ngoài đang làm việc. Theo kết quả rà soát, trong số 50 lao động nêu "
        "trên, có: 25 người đã được cấp giấy phép lao động, 10 người thuộc diện miễn cấp phép. Với 15 người chưa "
        "được cấp giấy phép, Sở đã yêu cầu doanh nghiệp hoàn thiện hồ sơ."
    )
    assert found == [
        ("foreign_experts", "stock", {"persons": 50}),
        ("foreign_experts", "part", {"persons": 25}),
        ("foreign_experts", "part", {"persons": 10}),
        ("foreign_experts", "part", {"persons": 15}),
    ]
    assert parts_checks(ctx.breakdowns) == []


def test_the_clause_after_a_figure_the_register_does_not_count_has_no_total():
    found, _ctx = read(
        "Năm 2024, trường tiếp nhận 30 lưu học sinh Lào. Trong tháng 10, đã có 8 sinh viên Lào tốt nghiệp ra "
        "trường; trong đó 3 sinh viên tiếp tục học cao học tại trường."
    )
    assert found == [
        ("foreign_student_arrivals", "period", {"count": 30}),
        ("foreign_students", "stock", {"count": 3}),
    ]


def test_a_part_named_again_by_its_label_is_broken_down_in_turn():
    found, _ctx = read(
        "Hiện trường có 50 sinh viên Lào đang học tập, trong đó có 35 SV do trường tiếp nhận, 15 em còn lại do "
        "tỉnh bạn cử sang học tiếng Việt.",
        "Theo nhà trường, trong số SV do trường tiếp nhận, 5 em học cao học, 20 em học đại học, số còn lại học "
        "tiếng Việt.",
    )
    assert found == [
        ("foreign_students", "stock", {"count": 50}),
        ("foreign_students", "part", {"count": 35}),
        ("foreign_students", "part", {"count": 15}),
        ("foreign_students", "part", {"count": 5}),
        ("foreign_students", "part", {"count": 20}),
    ]
    # a whole in words that names no part read is no total of the figures after it
    found, _ctx = read(
        "Hiện trường có 50 sinh viên Lào đang học tập.",
        "Theo nhà trường, trong số sinh viên mới nhập học, 5 em học cao học, 20 em học đại học.",
    )
    assert [scope for _i, scope, _v in found] == ["stock"]
