"""A course the unit only sent officials to is read as such, never as one it held."""

from ngoaivu.reading.reader import read_text


def facts(sentence):
    result = read_text(f"BÁO CÁO\nCông tác đối ngoại năm 2023\n{sentence}")
    return [(f["indicator"], f.get("count"), f.get("participants")) for f in result["facts"]]


def test_a_course_attended_and_a_course_held():
    assert facts(
        "Trong năm, Văn phòng cử công chức tham gia 02 lớp tập huấn về hội nhập kinh tế quốc tế do Sở Công Thương "
        "tổ chức."
    ) == [("training_attended", 2, None)]
    assert facts("Trong năm, Sở cử cán bộ tham dự 01 lớp bồi dưỡng kiến thức đối ngoại do Bộ Ngoại giao tổ chức.") == [
        ("training_attended", 1, None)
    ]
    assert facts("Trong năm, Sở tổ chức 02 lớp tập huấn về hội nhập quốc tế với 120 lượt người tham dự.") == [
        ("training_courses", 2, 120)
    ]
    # A sending in another clause is not the course's.
    assert facts("Sở cử cán bộ tham gia đoàn công tác; tổ chức 02 lớp tập huấn cho 50 học viên.") == [
        ("training_courses", 2, 50)
    ]
