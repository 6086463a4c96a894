"""Foreign workers counted by their work permits, their posts and the cases of them, each form tried
on sentences written for the test: the family the unseen texts read worst (foreign workers)."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], f.get("persons")) for f in found]


def test_permits_issued_count_the_workers_of_the_span():
    assert facts("Năm 2022, tỉnh đã cấp 356 giấy phép lao động cho người nước ngoài.") == [
        ("foreign_experts", "period", 356)
    ]
    assert facts("Trong năm, cấp 210 trường hợp giấy phép lao động cho người nước ngoài.") == [
        ("foreign_experts", "period", 210)
    ]
    assert facts("Năm 2020, Sở đã cấp mới, cấp lại giấy phép lao động cho 379 trường hợp.") == [
        ("foreign_experts", "period", 379)
    ]
    # the permits new and renewed, each a figure; those extended are no permit issued
    assert facts("Năm 2024, Sở đã cấp mới 410 giấy phép, cấp lại 95 giấy phép và gia hạn 60 giấy phép lao động.") == [
        ("foreign_experts", "period", 410),
        ("foreign_experts", "period", 95),
    ]


def test_people_given_a_permit_are_the_span_s_workers_even_where_the_province_has_them():
    assert facts(
        "Năm 2023, cả tỉnh có 320 người nước ngoài được cấp giấy phép lao động, tăng 40 người so với năm 2022."
    ) == [
        ("foreign_experts", "period", 320),
        ("foreign_experts", "change", 40),
    ]
    # people present, without a permit in the sentence, stay a stock
    assert facts("Hiện có 2.300 người nước ngoài làm việc tại các doanh nghiệp trên địa bàn tỉnh.") == [
        ("foreign_experts", "stock", 2300)
    ]


def test_permits_of_anything_else_or_not_issued_are_no_workers():
    assert facts("Năm 2022, Bộ Ngoại giao cấp 12 giấy phép hoạt động cho các tổ chức phi chính phủ nước ngoài.") == []
    assert facts("Năm 2022, tỉnh thu hồi 14 giấy phép lao động của người nước ngoài.") == []
    # cases about permits are labour's, not consular cases
    assert facts("Có 75 trường hợp người nước ngoài được xác nhận không thuộc diện cấp giấy phép lao động.") == []


def test_experts_named_with_other_workers_are_foreign_workers():
    assert facts("Đến nay, có khoảng 900 chuyên gia, kỹ thuật viên nước ngoài làm việc tại các dự án điện gió.") == [
        ("foreign_experts", "stock", 900)
    ]
    assert facts("Năm 2019, có 120 chuyên gia, lao động kỹ thuật nước ngoài làm việc tại Khu kinh tế.") == [
        ("foreign_experts", "stock", 120)
    ]


def test_workers_named_by_their_posts_are_the_parts_of_their_total():
    assert facts(
        "Tổng số người nước ngoài đang làm việc tại tỉnh là 860 người, gồm 420 chuyên gia, 310 nhà quản lý "
        "và 130 lao động kỹ thuật."
    ) == [
        ("foreign_experts", "stock", 860),
        ("foreign_experts", "part", 420),
        ("foreign_experts", "part", 310),
        ("foreign_experts", "part", 130),
    ]
    # parts that make their total exactly, the last after «và»
    assert facts("Toàn tỉnh có 1.500 lao động nước ngoài, trong đó có 600 chuyên gia và 900 lao động kỹ thuật.") == [
        ("foreign_experts", "stock", 1500),
        ("foreign_experts", "part", 600),
        ("foreign_experts", "part", 900),
    ]
    # a post alone counts nothing
    assert facts("Đoàn công tác của tỉnh làm việc với 5 chuyên gia của trường đại học.") == []


def test_students_come_are_arrivals_where_the_subject_opens_far_back_or_names_them_new():
    assert facts("Số lưu học sinh Lào được tỉnh tiếp nhận đào tạo trong năm 2022 là 75 người.") == [
        ("foreign_student_arrivals", "period", None)
    ]
    assert facts("Năm học này, nhà trường đón 35 tân sinh viên Lào.") == [("foreign_student_arrivals", "period", None)]
    # students present, not come
    assert facts("Số lưu học sinh Lào đang học tập tại tỉnh trong năm 2022 là 175 người.") == [
        ("foreign_students", "stock", None)
    ]
