"""Forms of the dev texts' remaining misses, each rule tried on sentences written for the test, not
copied from a text: a share of a total said with «chiếm», a bulletin counted by its issues («kỳ»), a part of
another kind than the total before it, projects offered to donors,
foreigners counted without a delegation, a question, students taken in and
something more."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("count", "persons", "groups", "value", "currency")


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


def test_a_part_counting_another_kind_than_the_total_before_stands_alone():
    # the school's staff (no staff of the office: cues._TEACHERS) are the total before; the students after
    # «trong đó» are parts of the students' total, which counts no indicator: the foreign ones are how many
    # there are
    assert facts(
        "Hiện nay, Trường có tổng số 120 cán bộ, giảng viên, với hơn 3.000 sinh viên, trong đó sinh viên nước "
        "ngoài là 85 sinh viên đến từ 6 quốc gia."
    ) == [("foreign_students", "stock", {"count": 85})]
    # parts of the same kind stay parts
    assert facts("Năm 2023, tỉnh đón 12 đoàn khách nước ngoài, trong đó 5 đoàn Lào, 4 đoàn Hàn Quốc.") == [
        ("incoming_delegations", "period", {"groups": 12}),
        ("incoming_delegations", "part", {"groups": 5}),
        ("incoming_delegations", "part", {"groups": 4}),
    ]


def test_projects_offered_to_donors_are_no_aid():
    assert (
        facts("Trong quý II, Sở đã xây dựng 05 dự án để kêu gọi tài trợ từ các tổ chức phi chính phủ nước ngoài.") == []
    )
    assert facts("Năm 2021, tỉnh lập 3 dự án nhằm vận động viện trợ của các nhà tài trợ.") == []
    # aid received for a purpose is aid
    assert facts("Trong quý II, tỉnh tiếp nhận 05 dự án viện trợ để hỗ trợ người nghèo.") == [
        ("aid", "period", {"count": 5})
    ]


def test_foreigners_counted_without_a_delegation_are_no_delegation():
    assert facts("Trong quý I, có khoảng 2.500 lượt người nước ngoài đến tham quan, du lịch tại tỉnh.") == []
    # beside a delegation they are its members
    assert facts("Trong quý I, tỉnh đón 12 đoàn với 150 lượt người nước ngoài đến làm việc.") == [
        ("incoming_delegations", "period", {"persons": 150, "groups": 12})
    ]


def test_a_question_reports_no_figure():
    assert facts("Vì sao tỉnh cấp phép cho 1.500 lao động nước ngoài trong quý I?") == []
    assert facts("Trong quý I, tỉnh cấp phép cho 1.500 lao động nước ngoài.") == [
        ("foreign_experts", "period", {"persons": 1500})
    ]


def test_students_taken_in_and_a_second_verb_of_two_syllables_arrived():
    assert facts("Trong tháng 9, Trường tiếp nhận và cách ly tập trung 45 lưu học sinh Lào.") == [
        ("foreign_student_arrivals", "period", {"count": 45})
    ]
    assert facts("Trong tháng 9, Trường tiếp nhận và tổ chức đào tạo 45 lưu học sinh Lào.") == [
        ("foreign_student_arrivals", "period", {"count": 45})
    ]


def test_the_number_a_bulletin_has_reached_counts_its_issues():
    assert facts("Đến nay (tháng 6/2024), Bản tin đối ngoại ra số 18, nội dung phong phú.")[0][:2] == (
        "bulletins",
        "ytd",
    )
    assert facts("Đến nay, Bản tin đối ngoại đã phát hành đến số 18.") == [("bulletins", "ytd", {"count": 18})]
    # an issue named by its number counts nothing
    assert ("bulletins", "period", {"count": 5}) not in facts("Bản tin số 5 năm 2024 đăng 12 tin, bài.")
