"""Forms of the dev texts' remaining misses, each rule tried on sentences written for the test, not
copied from a text: a share of a total said with «chiếm», a bulletin counted by its issues («kỳ»)."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("count", "persons", "value", "currency")


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


def test_what_some_of_a_total_account_for_is_a_part_of_it():
    assert facts(
        "Toàn tỉnh có 250 lao động nước ngoài đang làm việc, số lao động người Hàn Quốc chiếm tới 120 người."
    ) == [("foreign_experts", "stock", {"persons": 250}), ("foreign_experts", "part", {"persons": 120})]
    # the total in the sentence before, the share with «khoảng»
    assert facts("Năm 2023 có 40 lưu học sinh sang học tập tại tỉnh. Lưu học sinh Lào chiếm khoảng 30 em.") == [
        ("foreign_student_arrivals", "period", {"count": 40}),
        ("foreign_student_arrivals", "part", {"count": 30}),
    ]
    # a share in per cent is no figure, and the total stays one
    assert facts("Trong năm, tỉnh tiếp nhận 12 dự án viện trợ, chiếm 30% tổng số dự án.") == [
        ("aid", "period", {"count": 12})
    ]


def test_a_bulletin_is_counted_by_its_issues():
    assert facts("Trong năm, Sở xuất bản được 4 kỳ bản tin đối ngoại.") == [("bulletins", "period", {"count": 4})]
    assert facts("Năm 2024, Hội phát hành 6 số bản tin Hữu nghị.") == [("bulletins", "period", {"count": 6})]
