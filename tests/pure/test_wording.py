"""Official number and date wording (pure functions)."""

from datetime import date

import pytest
from hypothesis import given, strategies as st

from ngoaivu.pure.wording import (
    is_committee,
    as_clause,
    bare_counts,
    undotted_counts,
    english_figures,
    before_merger_note,
    clauses,
    format_count,
    format_date,
    format_date_long,
    format_number,
    in_year,
    unit_in_sentence,
)


def test_counts_under_ten_take_two_digits():
    assert [format_count(n) for n in (0, 4, 9, 10, 17, 1234)] == ["0", "04", "09", "10", "17", "1.234"]


def test_decimal_comma_and_thousands_dot():
    assert format_number(7.037) == "7,037"
    assert format_number(108373) == "108.373"
    assert format_number(7037000000) == "7.037.000.000"
    assert format_number(2.5, decimals=2) == "2,50"


def test_dates_as_decree_30_writes_them():
    assert format_date(date(2011, 5, 4)) == "04/5/2011"
    assert format_date(date(2015, 1, 21)) == "21/01/2015"
    assert format_date(date(2021, 3, 18)) == "18/3/2021"
    assert format_date_long(date(2021, 8, 5)) == "ngày 05 tháng 8 năm 2021"


@given(st.integers(min_value=0, max_value=10**12))
def test_formatted_numbers_read_back(n):
    assert int(format_number(n).replace(".", "")) == n


def test_the_note_on_units_merged_since_last_year():
    assert unit_in_sentence("Tỉnh Kon Tum") == "tỉnh Kon Tum"
    assert unit_in_sentence("Thành phố Huế") == "thành phố Huế"
    assert unit_in_sentence("Sở Tư pháp tỉnh Kon Tum") == "Sở Tư pháp tỉnh Kon Tum"
    assert before_merger_note(2025, ["Tỉnh Quảng Ngãi", "Tỉnh Kon Tum"]) == (
        "Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Quảng Ngãi và tỉnh Kon Tum (trước sắp xếp)."
    )
    assert before_merger_note(2025, ["Tỉnh Gia Lai", "Tỉnh Bình Định", "Tỉnh Kon Tum"]) == (
        "Số liệu cùng kỳ năm 2025 gồm số liệu của tỉnh Gia Lai, tỉnh Bình Định và tỉnh Kon Tum (trước sắp xếp)."
    )
    assert before_merger_note(2025, ["Tỉnh Kon Tum"]).endswith("của tỉnh Kon Tum (trước sắp xếp).")
    # A whole year is compared with the year before, not «cùng kỳ».
    assert before_merger_note(2025, ["Tỉnh Kon Tum"], whole_year=True) == (
        "Số liệu năm 2025 gồm số liệu của tỉnh Kon Tum (trước sắp xếp)."
    )


@pytest.mark.parametrize(
    ("when", "written"),
    [
        ("Quý III hoặc Quý IV", "Quý III hoặc Quý IV/2025"),
        ("tháng 5", "tháng 5/2025"),
        ("Quý IV/2025", "Quý IV/2025"),
        ("Cả năm", "Cả năm"),
    ],
)
def test_a_time_of_the_year_takes_its_year(when, written):
    assert in_year(when, 2025) == written


def test_pieces_of_work_are_the_clauses_of_one_sentence():
    assert clauses(["tham mưu UBND tỉnh.", "Báo cáo Ban Thường vụ Tỉnh ủy", "UBND tỉnh đồng ý", " "]) == (
        "Tham mưu UBND tỉnh; báo cáo Ban Thường vụ Tỉnh ủy; UBND tỉnh đồng ý"
    )
    assert clauses([]) == ""
    assert clauses(["Tiếp thu ý kiến, hoàn thiện dự thảo.\nTrình UBND tỉnh"]) == (
        "Tiếp thu ý kiến, hoàn thiện dự thảo; trình UBND tỉnh"
    )


@pytest.mark.parametrize(
    ("title", "inside"),
    [
        ("Phối hợp Sở Kế hoạch và Đầu tư xây dựng danh mục", "phối hợp Sở Kế hoạch và Đầu tư xây dựng danh mục"),
        ("Hướng dẫn Hội Thân nhân Kiều bào tỉnh", "hướng dẫn Hội Thân nhân Kiều bào tỉnh"),
        ("Tổ chức Tầm nhìn Thế giới trao quà", "Tổ chức Tầm nhìn Thế giới trao quà"),  # an organisation's name
        ("Tổ chức giao lưu văn hóa", "tổ chức giao lưu văn hóa"),
        (
            "Hội nghị kinh doanh dành cho các doanh nghiệp Hàn Quốc",
            "Hội nghị kinh doanh dành cho các doanh nghiệp Hàn Quốc",
        ),
        ("Tổng Lãnh sự quán Hàn Quốc thăm tỉnh", "Tổng Lãnh sự quán Hàn Quốc thăm tỉnh"),
        ("UBND tỉnh tiếp đoàn", "UBND tỉnh tiếp đoàn"),
        ("Tiếp", "Tiếp"),  # a verb alone is no clause to lower
    ],
)
def test_a_title_written_as_work_done_reads_as_a_clause_and_a_name_keeps_its_capital(title, inside):
    assert as_clause(title) == inside


@pytest.mark.parametrize(
    "issuer",
    ["UBND tỉnh", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Uỷ ban nhân dân tỉnh", "Chủ tịch UBND tỉnh", "ubnd tỉnh"],
)
def test_the_provinces_committee_is_known_however_it_is_written(issuer):
    assert is_committee(issuer)


@pytest.mark.parametrize("issuer", ["Văn phòng UBND tỉnh", "Sở Ngoại vụ", "UBND huyện Lý Sơn", "", None])
def test_its_bodies_and_other_committees_are_not_it(issuer):
    assert not is_committee(issuer)


def test_counts_under_ten_typed_with_one_digit_are_found_and_nothing_else():
    assert bare_counts("Tiếp 5 đoàn với 3 lượt người; 5 đoàn khác.") == [("5 đoàn", "05 đoàn"), ("3 lượt", "03 lượt")]
    # Numbers, dates, headings, names and periods are no bare count; two digits are what is asked for.
    for text in (
        "ngày 5 tháng 3 năm 2024, 1,5 tỷ đồng, 2.000 người, Nghị định số 5/2020",
        "1. Đoàn ra",
        "Quý 3 năm 2024, Điều 5, lần thứ 2, giai đoạn 2 gồm",
        "Tính chung 8 tháng, có 05 đoàn với 23 lượt người.",
        "dịch vụ công mức độ 4 toàn trình, nhóm 2 gồm, cấp 3 trở lên, đợt 2 có, hạng 1 và loại 2 của",
    ):
        assert bare_counts(text) == [], text


def test_counts_of_a_thousand_or_more_typed_without_their_dots_are_found_and_nothing_else():
    assert undotted_counts("Đón 1234567 lượt người, 4600000000 đồng; 1234567 lượt khác.") == [
        ("1234567 lượt", "1.234.567 lượt"),
        ("4600000000 đồng", "4.600.000.000 đồng"),
    ]
    assert undotted_counts("có 1500 người") == [("1500 người", "1.500 người")]
    # Years, document numbers, dates, codes, telephone numbers and figures written with their dots are no such count.
    for text in (
        "năm 2024 có, giai đoạn 2021 - 2025 và, từ 2020 đến nay",
        "Công văn số 1353/SNgV ngày 12/3/2024, Văn bản 1353/SNgV gửi",
        "ngày 12/10/2024 tại, mã 10234 của, gọi 0905123456 hoặc",
        "1.234.567 lượt người, 4.600 đồng, 1.234,5 tỷ đồng, 12345 Đoàn",
        "Điều 1234 khoản, phòng 1201 tầng",
    ):
        assert undotted_counts(text) == [], text


def test_a_figure_with_decimals_or_before_a_currency_code_is_named_with_its_babel_writing():
    assert undotted_counts("Thu 1234567,5 đồng; 1234,50 tỷ đồng; viện trợ 250000 USD; tổng 1234567,5.") == [
        ("1234567,5 đồng", "1.234.567,5 đồng"),
        ("1234,50 tỷ", "1.234,50 tỷ"),
        ("250000 USD", "250.000 USD"),
        ("1234567,5", "1.234.567,5"),
    ]
    # «tổng số» counts, «cấp» issues: no naming words before a figure of a thousand or more
    assert undotted_counts("Tổng số 1234567 lượt người; cấp 12345 thẻ") == [
        ("1234567 lượt", "1.234.567 lượt"),
        ("12345 thẻ", "12.345 thẻ"),
    ]
    assert undotted_counts("khách quốc tế\nĐón 12345 lượt") == [("12345 lượt", "12.345 lượt")]  # a new line


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2026 có 12 đoàn; giai đoạn 2021 - 2025 và, các năm 2021,2022 và",  # years
        "Báo cáo số 85/BC-STP ngày 05/3/2026, Quyết định số 12/2026/QĐ-UBND của UBND tỉnh",  # document numbers
        "Thực hiện Quyết định 1234 ngày 05/3/2026, Kế hoạch 4567 của Sở",  # a citation without «số»
        "ĐT: 0255 3822 123 hoặc +84905123456 để, hotline 19001234 và gọi 1900 1234 để",  # telephone numbers
        "MST: 4300123456 do Sở cấp, mã số thuế 4300123456 cấp ngày, 4300123456-001 của",  # tax codes
        "mã bưu chính 570000 của tỉnh, địa chỉ Quảng Ngãi 57000 và",  # postal codes
        "CMND 212345678 cấp, tài khoản 1234567890 tại",  # identity and account numbers
        'trích: «đón 12345 lượt khách», “thu 1234567,5 đồng” và "12345 người"',  # cited as written
    ],
)
def test_years_document_numbers_telephones_codes_and_citations_are_no_undotted_figure(text):
    assert undotted_counts(text) == []


def test_figures_in_the_english_writing_are_named_with_their_official_writing():
    assert english_figures("Đón 1,250 lượt người; 4,600,000,000 đồng và 1.5 tỷ đồng, 12,345.6 USD, 12.5%.") == [
        ("1,250", "1.250"),
        ("4,600,000,000", "4.600.000.000"),
        ("12,345.6", "12.345,6"),
        ("1.5", "1,5"),
        ("12.5", "12,5"),
    ]
    # Vietnamese decimals («1,250 tỷ» is 1,25 tỷ), dates, versions and document numbers are none.
    for text in (
        "1,250 tỷ đồng, tăng 1,25 lần, 2,5 triệu USD",
        "ngày 10.3.2024 tại, Cách mạng công nghiệp 4.0 và",
        "Công văn 1,234/SNgV, 1.234 người, 4.600.000.000 đồng",
    ):
        assert english_figures(text) == [], text
