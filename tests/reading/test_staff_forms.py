"""The register's staff are the office's own; sentences written for the test."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], f["count"]) for f in found]


def test_a_schools_staff_named_with_its_teachers_is_not_the_offices():
    assert facts("Hiện nay, Khoa Ngoại ngữ có tổng số 45 cán bộ, giảng viên.") == []
    assert facts("Trường hiện có 80 cán bộ, giáo viên và nhân viên.") == []
    # the office's own officials are its staff
    assert facts("Hiện nay, Sở Ngoại vụ có tổng số 25 cán bộ, công chức.") == [("staff", "stock", 25)]


def test_workers_given_a_work_permit_are_foreign_workers():
    def persons(text):
        return [
            (f["indicator"], f["scope"], f.get("persons")) for f in extract_facts([Block(text, "body")], None).facts
        ]

    assert persons("Năm 2024, Sở đã cấp giấy phép lao động cho 250 lao động.") == [("foreign_experts", "period", 250)]
    # workers given no permit are no figure of the register
    assert persons("Năm 2024, tỉnh đã giải quyết việc làm cho 250 lao động.") == []
