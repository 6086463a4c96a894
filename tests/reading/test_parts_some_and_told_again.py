"""Parts told in a bracket after "một số …" (which of the whole these are); students and amounts of aid
told again in another paragraph; ODA and loans, which are no aid. Each tried on sentences written for
the test."""

from hypothesis import given
from hypothesis import strategies as st

from tests.reading.conftest import read_facts as facts, written_count as count


@given(
    st.integers(20, 90),
    st.integers(1, 9),
    st.integers(1, 9),
    st.sampled_from(["một số dự án", "một vài dự án", "một số chương trình, dự án"]),
    st.sampled_from(["không đạt kế hoạch", "chậm tiến độ"]),
)
def test_a_bracket_after_some_of_them_names_parts(billions, first, second, some, why):
    # "… do giá trị giải ngân của một số dự án không đạt kế hoạch (có 04 dự án … và 01 dự án …)"
    text = (
        f"Tổng giải ngân viện trợ phi chính phủ nước ngoài của tỉnh trong năm 2011 là {billions} tỷ đồng. "
        f"Giải ngân thấp là do {some} {why} (có {count(first)} dự án giải ngân dưới 50% và "
        f"{count(second)} dự án không giải ngân được)."
    )
    assert facts(text) == [
        ("aid", "period", {"value": billions * 1_000_000_000, "currency": "VND"}),
        ("aid", "part", {"count": first}),
        ("aid", "part", {"count": second}),
    ]


def test_a_bracket_after_other_words_states_figures_of_its_own():
    text = (
        "Tổng giải ngân viện trợ phi chính phủ nước ngoài của tỉnh trong năm 2011 là 20 tỷ đồng. "
        "Tỉnh đã phê duyệt các khoản viện trợ mới (năm 2010 có 04 dự án)."
    )
    assert ("aid", "part", {"count": 4}) not in facts(text)


@given(
    st.integers(2, 400),
    st.sampled_from(["du học sinh Campuchia", "lưu học sinh Lào", "sinh viên Lào"]),
    st.sampled_from(["phê duyệt kinh phí đào tạo cho", "tổ chức lớp tiếng Việt cho", "trao quà cho"]),
)
def test_students_as_many_as_arrived_are_those_told_again(n, students, what):
    # "… đón nhận 14 du học sinh …" then, in another paragraph, "… kinh phí đào tạo … cho 14 du học sinh"
    found = facts(
        f"Ngày 16/12, nhà trường làm lễ đón nhận {count(n)} {students} sang học tập.",
        f"Trước đó, Ủy ban nhân dân tỉnh đã {what} {count(n)} {students}.",
    )
    assert found == [("foreign_student_arrivals", "period", {"count": n})]


def test_students_there_now_as_many_as_arrived_stay_a_stock():
    found = facts(
        "Năm 2019, nhà trường tiếp nhận 40 lưu học sinh Lào sang học tập.",
        "Hiện nay, nhà trường có 40 lưu học sinh Lào.",
    )
    assert ("foreign_students", "stock", {"count": 40}) in found
    # a part of a total told again later is that part
    found = facts(
        "Trường hiện có 412 lưu học sinh, gồm 234 lưu học sinh Lào, 175 lưu học sinh Campuchia và 03 lưu học "
        "sinh Mô-dăm-bích.",
        "Trường bắt đầu đào tạo bác sĩ cho Mô-dăm-bích với 03 lưu học sinh.",
    )
    assert [f for f in found if f[1] == "stock"] == [("foreign_students", "stock", {"count": 412})]


@given(
    st.integers(10, 60),
    st.integers(2, 99),
    st.sampled_from(["vốn ODA", "vốn vay ưu đãi nước ngoài", "vốn vay của Ngân hàng Thế giới"]),
)
def test_projects_and_money_of_loans_and_development_banks_are_no_aid(projects, billions, lent):
    text = (
        f"Năm 2018, tỉnh tiếp nhận {count(projects)} dự án viện trợ phi chính phủ nước ngoài với tổng giá trị "
        f"{billions} tỉ đồng. Trong đó, có {count(projects)} dự án vốn tổ chức phi chính phủ và 03 dự án {lent}."
    )
    assert ("aid", "part", {"count": 3}) not in facts(text)
    # a sentence of loans that names no NGO, before and after its ";", in a paragraph about aid
    text = (
        f"Tỉnh tiếp nhận {count(projects)} dự án viện trợ phi chính phủ với tổng giá trị {billions + 600} tỉ "
        f"đồng. Tổng {lent} phân bổ cho dự án cống ngăn mặn là 24 tỉ đồng; dự án nông nghiệp là 40 tỉ đồng. "
        f"Dự án nâng cấp đô thị được triển khai từ nguồn vốn tài trợ của Ngân hàng Thế giới, với tổng mức đầu tư "
        f"trên {billions + 500} tỉ đồng."
    )
    assert facts(text) == [("aid", "period", {"count": projects, "value": (billions + 600) * 10**9, "currency": "VND"})]


@given(
    st.integers(11, 999),
    st.integers(1, 9),
    st.sampled_from(["Ngôi trường được tài trợ với tổng kinh phí", "Công trình có tổng vốn viện trợ là"]),
)
def test_an_amount_of_aid_told_again_in_another_paragraph_is_one_fact(thousands, billions, again):
    # "… tài trợ với tổng kinh phí 180,000 USD (khoảng hơn 4 tỉ đồng)" then "… tổng kinh phí 180,000 USD"
    found = facts(
        "Khởi công trường mầm non do tổ chức phi chính phủ tài trợ",
        f"Ngày 5/12, tổ chức phi chính phủ GNI khởi công trường mầm non do tổ chức tài trợ với tổng kinh phí "
        f"{thousands}.000 USD (khoảng {billions} tỉ đồng).",
        f"{again} {thousands}.000 USD, dự kiến hoàn thành trong tháng 2/2018.",
    )
    assert found == [("aid", "period", {"value": thousands * 1000, "currency": "USD"})]
