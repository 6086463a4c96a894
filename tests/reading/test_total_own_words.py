"""A total is of the kind its own words say: a part naming its people foreign («trong đó có 45
sinh viên Lào») does not make the whole foreign students. Sentences written for the test."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], f.get("count")) for f in found]


def test_a_part_named_foreign_leaves_its_total_unread():
    assert facts("Trường có 1.200 sinh viên, trong đó có 45 sinh viên Lào.") == [("foreign_students", "stock", 45)]
    # the parts in brackets, the total's own words going on after them
    assert facts("Hiện nay, trường có 1.200 sinh viên (trong đó 45 sinh viên Lào) đang theo học.") == [
        ("foreign_students", "stock", 45)
    ]
    # arrivals as well: the 300 taken in are not all from abroad
    assert facts("Năm học 2023, trường tiếp nhận 300 sinh viên, trong đó 25 sinh viên Campuchia sang học.") == [
        ("foreign_student_arrivals", "period", 25)
    ]


def test_a_total_named_foreign_keeps_its_parts():
    assert facts("Trường có 120 sinh viên nước ngoài, trong đó có 45 sinh viên Lào.") == [
        ("foreign_students", "stock", 120),
        ("foreign_students", "part", 45),
    ]
    # words after the bracketed parts are the total's own
    assert facts("Hiện nay, trường có 1.200 sinh viên (trong đó 45 sinh viên) là lưu học sinh Lào.") == [
        ("foreign_students", "stock", 1200),
        ("foreign_students", "part", 45),
    ]
