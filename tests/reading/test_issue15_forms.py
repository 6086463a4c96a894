"""The grammar families of issue 15, met in the public texts 93–117 and read in general: examples
and generated forms (hypothesis), read back exactly."""

from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from ngoaivu.reading.reader import read_text
from ngoaivu.reading.references import CODE_KINDS, find_references

from .test_figure_forms import count


def facts(text):
    return [
        {k: v for k, v in f.items() if k not in ("text", "label", "year", "qualifier")}
        for f in read_text(text)["facts"]
    ]


def refs(text):
    return [(r.doc_type, r.number, r.issued_on) for r in find_references(text)]


# --- citations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        # A number cited after "Số:" in prose, with a date: the kind from its code.
        (
            "Số: 04/2020/TT-BNG ngày 25 tháng 9 năm 2020 của Bộ Ngoại giao này có hiệu lực thi hành kể từ ngày 10/11/2020.",
            [("Thông tư", "04/2020/TT-BNG", date(2020, 9, 25))],
        ),
        # A kind no list holds, in lower case: the number still cites a document.
        (
            "Sở Ngoại vụ đã có công thư số 118/SNgV-HTQT ngày 12/5/2023 gửi Đại sứ quán.",
            [("Công văn", "118/SNgV-HTQT", date(2023, 5, 12))],
        ),
        # A kind without "số", a date with dashes.
        (
            "Căn cứ Nghị định 136/2007/NĐ-CP ngày 17-08-2007; Căn cứ Nghị định 65/2012/N-CP ngày 6.9.2012 của Chính phủ",
            [("Nghị định", "136/2007/NĐ-CP", date(2007, 8, 17)), ("Nghị định", "65/2012/N-CP", date(2012, 9, 6))],
        ),
        # The document's own number, on its line or in a flattened header, is no citation.
        ("Số: 809/BNG-LS\nV/v thực hiện hộ chiếu.", []),
        ("Độc lập Tự do Hạnh phúc Số: 1355/QĐUBND Hà Tĩnh, ngày 01 tháng 06 năm 2016 QUYẾT ĐỊNH", []),
    ],
)
def test_citation_forms_of_issue_15(text, expected):
    assert refs(text) == expected


@given(
    code=st.sampled_from(sorted(CODE_KINDS)),
    n=st.integers(1, 9999),
    year=st.integers(2000, 2030),
    day=st.integers(1, 28),
    month=st.integers(1, 12),
)
def test_a_bare_number_with_its_date_cites_the_kind_its_code_names(code, n, year, day, month):
    number = f"{n:02d}/{year}/{code}-UBND"
    text = f"Ngày qua, Số: {number} ngày {day:02d}/{month:02d}/{year} của UBND tỉnh đã được triển khai."
    assert refs(text) == [(CODE_KINDS[code], number, date(year, month, day))]


# --- figures --------------------------------------------------------------------------------


def test_funds_that_are_not_ngo_aid_nor_its_parts():
    text = (
        "Tính đến nay, tỉnh đã thu hút 231 dự án vốn tổ chức phi Chính phủ (NGO) và vốn vay ưu đãi nước ngoài (ODA). "
        "Dự án nâng cấp đô thị được triển khai từ nguồn vốn tài trợ của Ngân hàng Thế giới, với tổng mức đầu tư trên 814 tỉ đồng. "
        "Như vậy, toàn tỉnh đã huy động được 29 dự án ODA, với tổng số vốn 3.196 tỉ đồng, trong đó vốn ODA là 2.135 tỉ đồng "
        "và vốn đối ứng 1.047 tỉ đồng."
    )
    assert facts(text) == []


def test_a_bracket_is_an_aside_between_a_count_and_its_amount():
    text = (
        "Trong năm qua, tỉnh đã tiếp nhận 15 chương trình, dự án phi chính phủ nước ngoài (giảm 34% so với năm 2021) "
        "với tổng mức đầu tư khoảng 13,7 tỉ đồng, tương đương khoảng 595.979 USD."
    )
    assert facts(text) == [
        {"indicator": "aid", "scope": "period", "count": 15, "value": 13700000000, "currency": "VND"}
    ]


@given(total=st.integers(2, 400), more=st.integers(1, 99), amount=st.integers(1, 999))
def test_an_amount_after_a_change_goes_with_the_total(total, more, amount):
    assume(more != total)  # an opening sentence's figure stated again is a headline restated
    text = (
        f"Năm 2018, toàn tỉnh đã tiếp nhận {count(total)} dự án viện trợ phi chính phủ, tăng {count(more)} dự án "
        f"so với cùng kỳ, với tổng mức tài trợ là {amount} tỉ đồng."
    )
    assert facts(text) == [
        {"indicator": "aid", "scope": "period", "count": total, "value": amount * 1_000_000_000, "currency": "VND"},
        {"indicator": "aid", "scope": "change", "count": more},
    ]


@given(
    persons=st.integers(2, 300), noun=st.sampled_from(["đại biểu quốc tế", "khách nước ngoài", "thành viên quốc tế"])
)
def test_a_delegation_counted_by_its_foreign_members(persons, noun):
    text = f"Ngày 3/9, đoàn khách đến thăm tỉnh. Đoàn gồm {persons} {noun} đến từ nhiều quốc gia."
    assert facts(text) == [{"indicator": "incoming_delegations", "scope": "period", "persons": persons}]


def test_foreign_delegates_at_a_conference_are_no_delegation():
    assert facts("Tỉnh tổ chức Hội nghị Xúc tiến đầu tư năm 2019, trong đó có 50 đại biểu nước ngoài.") == []


def test_a_crew_captured_and_returned_is_one_fact():
    text = (
        "Sau gần 50 ngày bị bắt giam, toàn bộ 21 ngư dân đã trở về an toàn.\n\n"
        "Tàu cá QNg-66074TS cùng 21 ngư dân đã về cập cảng Lý Sơn an toàn.\n\n"
        "Theo thuyền trưởng, sau khi bị bắt, tất cả 21 ngư dân bị giam giữ trong một căn phòng."
    )
    assert facts(text) == [{"indicator": "boats_released", "scope": "period", "boats": 1, "fishermen": 21}]


def test_a_figure_pointed_back_to_is_no_new_fact():
    text = (
        "Indonesia trao trả 45 ngư dân Việt Nam\n\n"
        "Đây là 45 ngư dân thuộc các tàu của tỉnh bị cơ quan chức năng của Indonesia bắt giữ."
    )
    assert facts(text) == [{"indicator": "boats_released", "scope": "period", "fishermen": 45}]


@given(total=st.integers(1000, 30000), part=st.integers(2, 999))
def test_chiem_opens_a_part_of_the_total_before_it(total, part):
    text = (
        f"Trong {count(total)} lưu học sinh nước ngoài đang học tập tại Việt Nam, lưu học sinh Campuchia "
        f"chiếm {count(part)} lưu học sinh."
    )
    assert facts(text) == [
        {"indicator": "foreign_students", "scope": "stock", "count": total},
        {"indicator": "foreign_students", "scope": "part", "count": part},
    ]


@pytest.mark.parametrize("province", ["Xiêng Khoảng", "Hủa Phăn", "Sê Kông", "Savannakhet"])
def test_pupils_of_a_lao_province_arriving(province):
    text = f"Nhà trường tiếp nhận 12 học sinh tỉnh {province} đến học tập tại trường."
    assert facts(text) == [{"indicator": "foreign_student_arrivals", "scope": "period", "count": 12}]
