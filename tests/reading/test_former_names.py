"""Former unit names: a report of a body that has since ended is recognised as that body, through
the province its header names (the 2025 list, former names included); citations keep the issuer
as the report writes it. Pure Python, no database."""

from datetime import date

import pytest

from ngoaivu.reading.reader import read_text
from ngoaivu.reading.references import find_references, parse_reference
from ngoaivu.reading.unit_names import canonical, name_key, province_now, split_province
from ngoaivu.register.intake_rules import issuer_province, issuing_unit

ENDED = date(2025, 7, 1)


def unit(pk, code, name, short_name="", started_on=None, ended_on=None):
    return {
        "id": pk,
        "code": code,
        "name": name,
        "short_name": short_name,
        "started_on": started_on,
        "ended_on": ended_on,
    }


# The register after the 2025 reorganization: both Sở Ngoại vụ ended, their work went to the
# Văn phòng; the UBND tỉnh Quảng Ngãi of before and the one of after bear one name.
UNITS = [
    unit(1, "SNgV", "Sở Ngoại vụ tỉnh Quảng Ngãi", "Sở Ngoại vụ", ended_on=ENDED),
    unit(2, "SNgV-KT", "Sở Ngoại vụ tỉnh Kon Tum", "Sở Ngoại vụ", ended_on=ENDED),
    unit(3, "UBND-KT", "UBND tỉnh Kon Tum", "", ended_on=ENDED),
    unit(4, "UBND-QNg-cu", "UBND tỉnh Quảng Ngãi", "", ended_on=ENDED),
    unit(5, "UBND", "UBND tỉnh Quảng Ngãi", "UBND tỉnh", started_on=ENDED),
    unit(6, "VP", "Văn phòng UBND tỉnh Quảng Ngãi", "Văn phòng UBND tỉnh"),
    unit(7, "SKHĐT-QNg", "Sở Kế hoạch và Đầu tư tỉnh Quảng Ngãi", "Sở Kế hoạch và Đầu tư", ended_on=ENDED),
    unit(8, "SNgV-H", "Sở Ngoại vụ thành phố Huế", "", started_on=date(2025, 1, 1)),
]

KON_TUM_REPORT = """UBND TỈNH KON TUM
SỞ NGOẠI VỤ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 1353/SNgV-ĐN
Kon Tum, ngày 09 tháng 11 năm 2023
BÁO CÁO
Kết quả công tác đối ngoại 9 tháng đầu năm 2023
Thực hiện Công văn số 88/SNgV-LS ngày 01/3/2023 của Sở Ngoại vụ tỉnh Kon Tum về công tác lãnh sự, Sở báo cáo như sau:
I. KẾT QUẢ
1. Đón 19 đoàn với 54 lượt người.
"""


def test_names_are_compared_whatever_the_case_the_tone_mark_or_the_abbreviation():
    assert (
        name_key("ỦY BAN NHÂN DÂN TỈNH HOÀ BÌNH") == name_key("UBND tỉnh Hòa Bình") == "ủy ban nhân dân tỉnh hòa bình"
    )
    assert name_key("Uỷ ban nhân dân") == "ủy ban nhân dân"
    assert name_key("Khánh Hoà") == "khánh hòa"
    assert name_key("hoặc") == "hoặc" and name_key("Quý") == "quý" and name_key("Hoàng") == "hoàng"


def test_the_province_a_name_ends_with_is_found_under_any_name_it_had():
    body, province = split_province("SỞ NGOẠI VỤ TỈNH KON TUM")
    assert body == "sở ngoại vụ" and province.code == "62" and province.named == "tỉnh Kon Tum"
    assert canonical("Sở Ngoại vụ tỉnh Thừa Thiên Huế") == canonical("Sở Ngoại vụ thành phố Huế") == "sở ngoại vụ #46"
    assert split_province("Thừa Thiên Huế")[1].former
    assert canonical("Tỉnh Kon Tum") == canonical("tỉnh Kon Tum") == "#62"
    # A city or a district named like a province is not the province.
    assert split_province("UBND thành phố Quảng Ngãi")[1] is None
    assert split_province("UBND huyện Quảng Ninh")[1] is None
    assert split_province("Sở Ngoại vụ")[1] is None


def test_what_an_old_province_is_called_today():
    assert province_now(split_province("tỉnh Kon Tum")[1]) == ("tỉnh Quảng Ngãi", True)
    assert province_now(split_province("Thừa Thiên Huế")[1]) == ("thành phố Huế", False)
    assert province_now(split_province("tỉnh Quảng Ngãi")[1]) is None  # the name still names the unit
    assert province_now(split_province("Yên Bái")[1]) == ("tỉnh Lào Cai", True)


def test_a_header_naming_an_ended_unit_finds_that_unit_not_its_successor():
    meta = read_text(KON_TUM_REPORT)["meta"]
    assert meta["issuer"] == "SỞ NGOẠI VỤ" and meta["parent_body"] == "UBND TỈNH KON TUM"
    assert issuer_province(meta).named == "tỉnh Kon Tum"
    # SNgV is also the code of Quảng Ngãi's Sở Ngoại vụ: the province in the header decides.
    assert issuing_unit(meta, UNITS) == 2


@pytest.mark.parametrize(
    "issuer, expected",
    [
        ("SỞ NGOẠI VỤ TỈNH KON TUM", 2),
        ("Sở Ngoại vụ tỉnh Kon Tum", 2),
        ("UBND TỈNH KON TUM", 3),
        ("ỦY BAN NHÂN DÂN TỈNH KON TUM", 3),
        ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ TỈNH QUẢNG NGÃI", 7),
        ("SỞ NGOẠI VỤ TỈNH THỪA THIÊN HUẾ", 8),
    ],
)
def test_an_ended_unit_is_found_by_its_name(issuer, expected):
    assert issuing_unit({"issuer": issuer, "date": "2023-11-09"}, UNITS) == expected


def test_one_name_borne_before_and_after_a_change_is_the_unit_of_the_reports_day():
    assert issuing_unit({"issuer": "UBND TỈNH QUẢNG NGÃI", "date": "2024-12-20"}, UNITS) == 4
    assert issuing_unit({"issuer": "UBND TỈNH QUẢNG NGÃI", "date": "2025-12-20"}, UNITS) == 5
    period = {"kind": "year", "year": 2024, "index": 1, "label": "năm 2024"}
    assert issuing_unit({"issuer": "UBND TỈNH QUẢNG NGÃI", "period": period}, UNITS) == 4  # no date: the period's end
    assert issuing_unit({"issuer": "UBND TỈNH QUẢNG NGÃI"}, UNITS) == 5  # no day at all: today's


def test_a_number_whose_code_belongs_to_an_ended_unit_finds_it():
    assert issuing_unit({"issuer_code": "SNgV-KT"}, UNITS) == 2
    # A letter's number puts the unit first: "1353/SNgV-ĐN" is Sở Ngoại vụ's, division ĐN.
    assert issuing_unit({"issuer_code": "ĐN", "number_suffix": "SNgV-ĐN"}, UNITS) == 1
    assert issuing_unit({"issuer_code": "SNgV", "number_suffix": "BC-SNgV", "issuer": "SỞ NGOẠI VỤ"}, UNITS) == 1


def test_a_committees_report_is_its_provinces_when_the_register_holds_the_province_only():
    units = [unit(9, "KT", "Tỉnh Kon Tum", ended_on=ENDED), unit(10, "QNg", "Tỉnh Quảng Ngãi")]
    assert issuing_unit({"issuer": "UBND TỈNH KON TUM", "date": "2024-03-01"}, units) == 9
    assert issuing_unit({"issuer": "SỞ NGOẠI VỤ", "parent_body": "UBND TỈNH KON TUM"}, units) is None
    assert issuing_unit({"issuer": "UBND TỈNH KON TUM"}, UNITS) == 3  # its committee, when held


def test_a_report_of_a_province_the_register_does_not_hold_is_no_unit_of_another():
    units = [u for u in UNITS if u["id"] not in (2, 3)]
    meta = {"issuer": "SỞ NGOẠI VỤ", "parent_body": "UBND TỈNH KON TUM", "issuer_code": "SNgV"}
    assert issuing_unit(meta, units) is None  # not Quảng Ngãi's SNgV, whose name says Quảng Ngãi
    assert issuing_unit({**meta, "parent_body": "UBND TỈNH QUẢNG NGÃI"}, units) == 1


def test_citations_keep_the_issuer_as_written():
    reference = parse_reference(
        "Thực hiện Công văn số 1353/SNgV-ĐN ngày 09/11/2023 của Sở Ngoại vụ tỉnh Kon Tum về việc báo cáo"
    )
    assert reference.issuer == "Sở Ngoại vụ tỉnh Kon Tum"
    assert reference.number == "1353/SNgV-ĐN" and reference.issued_on == date(2023, 11, 9)
    (cited,) = [r for r in read_text(KON_TUM_REPORT)["references"] if r["number"] == "88/SNgV-LS"]
    assert cited["issuer"] == "Sở Ngoại vụ tỉnh Kon Tum"
    (huế,) = find_references("Quyết định số 12/QĐ-UBND ngày 02/01/2020 của UBND tỉnh Thừa Thiên Huế về việc giao")
    assert huế.issuer == "UBND tỉnh Thừa Thiên Huế"
