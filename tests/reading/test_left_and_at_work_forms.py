"""Forms met in the public texts 558–565 (scored before any rule was written for them) and in the
dev misses of the families read worst (parts, foreign workers, students), each rule tried on
sentences written for the test, not copied from a text."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.references import find_references
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("count", "persons", "boats", "fishermen")


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


def test_casting_nets_is_no_release():
    assert facts("Sáng 5-8, 9 thuyền viên của tàu cá đang thả lưới ở ngư trường thì gặp gió lớn.") == []
    assert facts("Đêm qua, 6 ngư dân thả neo tránh bão gần đảo.") == []
    # a release is still one
    assert facts("Ngày 20-9, phía nước ngoài đã thả 9 ngư dân của tỉnh.") == [
        ("boats_released", "period", {"fishermen": 9})
    ]


def test_men_hurt_or_missing_are_no_count_of_an_incident():
    assert facts("Vụ tàu nước ngoài dùng vòi rồng tấn công tàu cá đã khiến 3 ngư dân bị thương.") == []
    assert facts("Tàu cá bị đâm chìm, 4 ngư dân mất tích.") == []
    # the crew of a boat attacked is counted
    assert facts("Ngày 2-5, tàu cá QNg 91234 TS cùng 10 ngư dân bị tàu nước ngoài tấn công, cướp tài sản.") == [
        ("boats_obstructed", "period", {"boats": 1, "fishermen": 10})
    ]


def test_students_who_left_or_went_home_are_no_students_nor_their_parts():
    assert (
        facts(
            "Đến ngày 3/5, có 120 lưu học sinh Lào tự ý rời khỏi ký túc xá các trường. "
            "Trong đó, Trường Cao đẳng Y tế 80 em và Trường Đại học 40 em."
        )
        == []
    )
    assert facts("Sau kỳ thi, 60 lưu học sinh Lào đã về nước nghỉ hè.") == []
    # students kept from going home are students there
    assert facts("Tỉnh tổ chức cho 300 lưu học sinh Lào ở lại đón Tết do dịch bệnh không thể về nước.") == [
        ("foreign_students", "stock", {"count": 300})
    ]


def test_students_kept_from_going_home_or_come_from_home_are_counted():
    # kept from going, whatever the wording of "not able" or "not allowed"
    assert facts("Năm 2021, Trường Cao đẳng Y tế đào tạo 32 lưu học sinh Lào chưa thể về nước do dịch bệnh.") == [
        ("foreign_students", "stock", {"count": 32})
    ]
    assert facts("Năm 2021, Trường Cao đẳng Y tế có 32 lưu học sinh Lào chưa được về nước do dịch bệnh.") == [
        ("foreign_students", "stock", {"count": 32})
    ]
    assert facts("Năm 2021, Trường Cao đẳng Y tế có 32 lưu học sinh Lào không được về nước do dịch bệnh.") == [
        ("foreign_students", "stock", {"count": 32})
    ]
    # leaving their home country to come and study is an arrival, no departure
    assert facts("Năm 2022, Trường Đại học tiếp nhận 28 lưu học sinh Lào rời Viêng Chăn sang học tập.") == [
        ("foreign_student_arrivals", "period", {"count": 28})
    ]
    # leaving where they study or stay still is one
    assert facts("Đến ngày 3/5, có 120 lưu học sinh Lào rời trường về quê.") == []
    assert facts("Đến ngày 3/5, có 120 lưu học sinh Lào rời khỏi nơi ở tại tỉnh.") == []
    assert facts("Đến ngày 3/5, có 120 lưu học sinh Lào đã rời Việt Nam.") == []
    assert facts("Trước kỳ nghỉ, 45 lưu học sinh Lào tự ý rời Quảng Trị.") == []
    assert facts("Sáng 12/4, 18 lưu học sinh Lào rời khỏi khu cách ly của trường.") == []


def test_foreigners_counted_as_they_work_are_foreign_workers():
    assert facts(
        "Trên địa bàn tỉnh có khoảng 2.000 người nước ngoài cư trú. Trong đó, 1.250 người làm việc tại các doanh nghiệp."
    ) == [("foreign_experts", "stock", {"persons": 1250})]
    # people at work in a text with no foreigners are no foreign workers
    assert facts("Khu công nghiệp có 1.250 người làm việc tại các doanh nghiệp.") == []


def test_a_short_number_with_its_issuer_and_issuing_cites_a_document():
    found = [
        (r.doc_type, r.number, r.issued_on)
        for r in find_references(
            "Nội dung nêu tại Công văn số 2417 của UBND tỉnh ban hành ngày 5/10 về việc đón chuyên gia."
        )
    ]
    assert found == [("Công văn", "2417", None)]
    # a short number with no issuing told is no citation
    assert find_references("Hồ sơ được lưu tại Công văn số 2417 của bộ phận một cửa.") == []
