"""The parts of a total picked out by rank or by origin ("nhiều nhất là …", "chủ yếu đến từ …") and
the names of parts told in brackets, each form tried on sentences written for the test."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block


def facts(text):
    found = extract_facts([Block(text, "body")], None).facts
    return [
        (f["indicator"], f["scope"], f.get("persons") or f.get("count") or f.get("groups"), f.get("label"))
        for f in found
    ]


def test_parts_picked_out_in_plain_persons_take_the_kind_of_their_total():
    assert facts(
        "Số chuyên gia nước ngoài đang làm việc là 120 người, nhiều nhất là Hàn Quốc với 45 người, Nhật Bản 30 người."
    ) == [
        ("foreign_experts", "stock", 120, None),
        ("foreign_experts", "part", 45, "Hàn Quốc"),
        ("foreign_experts", "part", 30, "Nhật Bản"),
    ]
    assert facts(
        "Có 1.250 lao động nước ngoài làm việc tại tỉnh, chủ yếu đến từ Trung Quốc (650 người), Hàn Quốc (320 người)."
    ) == [
        ("foreign_experts", "stock", 1250, None),
        ("foreign_experts", "part", 650, "Trung Quốc"),
        ("foreign_experts", "part", 320, "Hàn Quốc"),
    ]


def test_a_picked_part_is_named_without_the_words_that_rank_it():
    assert facts("Năm 2022, tỉnh đón 15 đoàn vào, nhiều nhất là Lào với 10 đoàn, tiếp theo là Campuchia 5 đoàn.")[
        1:
    ] == [
        ("incoming_delegations", "part", 10, "Lào"),
        ("incoming_delegations", "part", 5, "Campuchia"),
    ]


def test_a_figure_opening_a_bracket_is_named_by_the_words_after_it():
    assert facts("Tỉnh đang có 300 lưu học sinh nước ngoài (250 Lào, 50 Campuchia).")[1:] == [
        ("foreign_students", "part", 250, "Lào"),
        ("foreign_students", "part", 50, "Campuchia"),
    ]


def test_a_part_s_worth_in_brackets_is_not_its_name():
    found = facts(
        "UBND tỉnh đã phê duyệt tiếp nhận 15 dự án, phi dự án viện trợ PCPNN với tổng giá trị 23,7 tỷ đồng, "
        "trong đó 9 dự án (18,2 tỷ đồng) và 6 khoản phi dự án (5,5 tỷ đồng)."
    )
    assert [label for *_rest, label in found[1:]] == ["dự án", "khoản phi dự án"]
