"""Students who came, named otherwise than as students: sentences written for the test."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], f["count"]) for f in found]


def test_people_of_another_country_come_to_study_are_students_who_came():
    assert facts("Năm nay có 25 con em của tỉnh Savannakhet, nước Lào đến học tập tại Trường Cao đẳng Y tế.") == [
        ("foreign_student_arrivals", "period", 25)
    ]
    assert facts("Tháng 5, có 15 người Campuchia sang học tiếng Việt tại tỉnh.") == [
        ("foreign_student_arrivals", "period", 15)
    ]
    # people of the province come to study are no foreign students
    assert facts("Năm nay có 25 con em của huyện Mường Tè đến học tập tại Trường Cao đẳng Y tế.") == []
