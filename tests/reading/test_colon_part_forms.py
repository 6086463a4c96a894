"""Parts named before a colon, with or without their unit ("trong đó Lào: 30; Campuchia: 12", "- Lào: 30;"),
and parts of equal figures told apart by their names."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

KEYS = ("groups", "persons", "count", "boats", "fishermen")
TOTAL = "Hiện nay, trên địa bàn tỉnh có 42 lưu học sinh nước ngoài đang học tập"
READ_BACK = [
    ("foreign_students", "stock", {"count": 42}),
    ("foreign_students", "part", {"count": 30}),
    ("foreign_students", "part", {"count": 12}),
]


def read(*paragraphs):
    ctx = extract_facts([Block(text, "body", ()) for text in paragraphs], None)
    return [(f["indicator"], f["scope"], {k: f[k] for k in KEYS if k in f}) for f in ctx.facts], ctx.facts


def test_parts_named_before_a_colon_without_their_unit_after_a_marker():
    for text in (
        f"{TOTAL}, trong đó Lào: 30; Campuchia: 12.",
        f"{TOTAL}, trong đó: Lào: 30; Campuchia: 12.",
        f"{TOTAL}, gồm Lào: 30; Campuchia: 12.",
        f"{TOTAL}. Trong đó, Lào: 30; Campuchia: 12.",
        f"{TOTAL}. Trong số này, Lào: 30; Campuchia: 12.",
    ):
        assert read(text)[0] == READ_BACK, text


def test_list_items_naming_a_part_before_a_colon_are_parts_of_the_lead():
    found, facts = read(f"{TOTAL}, cụ thể như sau:", "- Lào: 30;", "- Campuchia: 12.")
    assert found == READ_BACK
    assert [f.get("label") for f in facts[1:]] == ["Lào", "Campuchia"]


def test_a_longer_name_before_a_colon_in_a_bracket_or_after_a_marker():
    found, _facts = read(
        "Năm 2024, tỉnh cử 42 đoàn đi công tác nước ngoài (do lãnh đạo tỉnh dẫn đầu: 30, do lãnh đạo sở dẫn đầu: 12)."
    )
    assert [(scope, values) for _i, scope, values in found] == [
        ("period", {"groups": 42}),
        ("part", {"groups": 30}),
        ("part", {"groups": 12}),
    ]
    found, _facts = read("Năm 2024, tỉnh đón 42 đoàn khách quốc tế, trong đó cấp Bộ trưởng: 30, cấp tỉnh: 12.")
    assert [scope for _i, scope, _v in found] == ["period", "part", "part"]


def test_equal_parts_in_clauses_of_their_own_are_two_parts():
    found, facts = read(
        "Hiện nay, trên địa bàn tỉnh có 2 lưu học sinh nước ngoài đang học tập, trong đó Lào: 1 lưu học sinh; "
        "Campuchia: 1 lưu học sinh."
    )
    assert [scope for _i, scope, _v in found] == ["stock", "part", "part"]
    assert [f.get("label") for f in facts[1:]] == ["Lào", "Campuchia"]
    found, _facts = read(
        "Hiện nay, trên địa bàn tỉnh có 2 lao động nước ngoài đang làm việc, trong đó 1 lao động Trung Quốc; "
        "1 lao động Hàn Quốc."
    )
    assert [(scope, values) for _i, scope, values in found] == [
        ("stock", {"persons": 2}),
        ("part", {"persons": 1}),
        ("part", {"persons": 1}),
    ]
