"""Citations in every form reports write them, read back exactly (examples and hypothesis)."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.reading.references import find_references


def read(text):
    return [(r.doc_type, r.number, r.issued_on, r.issuer) for r in find_references(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # A kind outside the common list, or a known kind with its own qualifier.
        (
            "Căn cứ Báo cáo thẩm định số 41/BC-STP ngày 07/6/2018 của Sở Tư pháp về dự thảo.",
            [("Báo cáo thẩm định", "41/BC-STP", date(2018, 6, 7), "Sở Tư pháp")],
        ),
        (
            "Thực hiện Văn bản số 930/SNgV-LS ngày 11 tháng 10 năm 2021 của Sở Ngoại vụ, đơn vị đã rà soát.",
            [("Văn bản", "930/SNgV-LS", date(2021, 10, 11), "Sở Ngoại vụ")],
        ),
        (
            "theo Thông báo kết luận số 77/TB-UBND ngày 3/4/2020 của UBND tỉnh",
            [("Thông báo kết luận", "77/TB-UBND", date(2020, 4, 3), "UBND tỉnh")],
        ),
        # The second citation of a pair.
        (
            "Xét Tờ trình số 21/TTr-SNgV ngày 02/3/2020 và Văn bản số 95/SNgV-VP ngày 09/3/2020 của Sở Ngoại vụ.",
            [
                ("Tờ trình", "21/TTr-SNgV", date(2020, 3, 2), None),
                ("Văn bản", "95/SNgV-VP", date(2020, 3, 9), "Sở Ngoại vụ"),
            ],
        ),
        # No date.
        ("triển khai Chương trình số 07/CTr-UBND của UBND tỉnh.", [("Chương trình", "07/CTr-UBND", None, "UBND tỉnh")]),
        # Date and issuer before the citation; a later date that opens the next document's issuing is not its.
        (
            "Ngày 20-3-2015, Ban Bí thư ban hành Kết luận số 08-KL/TW về công tác này. Thực hiện Kết luận số "
            "08-KL/TW, ngày 09-9-2015, UBND tỉnh ban hành Kế hoạch số 61/KH-UBND về việc triển khai.",
            [
                ("Kết luận", "08-KL/TW", date(2015, 3, 20), "Ban Bí thư"),
                ("Kế hoạch", "61/KH-UBND", date(2015, 9, 9), "UBND tỉnh"),
            ],
        ),
        (
            "Ngày 05/01/2019, UBND tỉnh đã ban hành kèm theo Quyết định số 12/QĐ-UBND Quy chế quản lý đoàn ra.",
            [("Quyết định", "12/QĐ-UBND", date(2019, 1, 5), "UBND tỉnh")],
        ),
        # The date after the issuer, or after "ký", "đề", "ban hành", or in brackets.
        (
            "Thực hiện Công văn số 412/SNgV-LS của Sở Ngoại vụ ngày 03/9/2022 về việc báo cáo.",
            [("Công văn", "412/SNgV-LS", date(2022, 9, 3), "Sở Ngoại vụ")],
        ),
        (
            "Căn cứ Quyết định số 45/QĐ-UBND ký ngày 12/3/2020 của UBND tỉnh.",
            [("Quyết định", "45/QĐ-UBND", date(2020, 3, 12), "UBND tỉnh")],
        ),
        (
            "Căn cứ Quyết định số 123/QĐ-UBND, ban hành ngày 6/1/2020.",
            [("Quyết định", "123/QĐ-UBND", date(2020, 1, 6), None)],
        ),
        ("Căn cứ Kế hoạch số 123/KH-UBND (ngày 6/1/2020).", [("Kế hoạch", "123/KH-UBND", date(2020, 1, 6), None)]),
        ("Thực hiện Văn bản số 412/SNgV-LS (03/9/2022).", [("Văn bản", "412/SNgV-LS", date(2022, 9, 3), None)]),
        # A date after a comma that follows the issuer belongs to the sentence, not to the document.
        (
            "Theo Công văn số 12/SNgV-VP của Sở Ngoại vụ, ngày 5/6/2021 đoàn đã đến.",
            [("Công văn", "12/SNgV-VP", None, "Sở Ngoại vụ")],
        ),
        # A second number of the same kind without its kind.
        (
            "Theo Văn bản số 12/UBND-KT ngày 1/2/2020 và số 15/UBND-KT ngày 3/2/2020 của UBND tỉnh.",
            [
                ("Văn bản", "12/UBND-KT", date(2020, 2, 1), None),
                ("Văn bản", "15/UBND-KT", date(2020, 2, 3), "UBND tỉnh"),
            ],
        ),
        (
            "Thực hiện các Quyết định số 12/QĐ-UBND ngày 1/2/2020, số 13/QĐ-UBND ngày 2/2/2020.",
            [
                ("Quyết định", "12/QĐ-UBND", date(2020, 2, 1), None),
                ("Quyết định", "13/QĐ-UBND", date(2020, 2, 2), None),
            ],
        ),
        (
            "Thực hiện các Quyết định số 12/QĐ-UBND và 13/QĐ-UBND của UBND tỉnh.",
            [("Quyết định", "12/QĐ-UBND", None, None), ("Quyết định", "13/QĐ-UBND", None, "UBND tỉnh")],
        ),
        # A date after the number that is not a number of its own kind.
        (
            "Thực hiện Công văn số 12/SNgV-VP ngày 06/01/2020 và 15/2/2021 là ngày hết hạn.",
            [("Công văn", "12/SNgV-VP", date(2020, 1, 6), None)],
        ),
        # Kinds of foreign-affairs work, and kinds with a word before "số".
        (
            "Thực hiện Công hàm số 123/NG-LS ngày 5/6/2021 của Đại sứ quán.",
            [("Công hàm", "123/NG-LS", date(2021, 6, 5), "Đại sứ quán")],
        ),
        ("Theo Thư mời số 12/TM-SNgV ngày 06/01/2020.", [("Thư mời", "12/TM-SNgV", date(2020, 1, 6), None)]),
        (
            "Thực hiện Chương trình công tác số 01/CTr-UBND ngày 6/1/2020.",
            [("Chương trình công tác", "01/CTr-UBND", date(2020, 1, 6), None)],
        ),
        # A number typed with a space beside its slash or dash, or an en dash: read, kept as written.
        (
            "Thực hiện Công văn số 1180 /SNgV-LSBG ngày 5/6/2021.",
            [("Công văn", "1180 /SNgV-LSBG", date(2021, 6, 5), None)],
        ),
        (
            "Căn cứ Quyết định số 12/2009/QĐ - UBND ngày 27/5/2009.",
            [("Quyết định", "12/2009/QĐ - UBND", date(2009, 5, 27), None)],
        ),
        ("Thực hiện Công văn số 12/SNgV–VP ngày 5/6/2021.", [("Công văn", "12/SNgV–VP", date(2021, 6, 5), None)]),
        # The date before: "Ngày …, X có Công văn số …".
        (
            "Ngày 6/1/2020, UBND tỉnh có Công văn số 2345/UBND-NC gửi Bộ Ngoại giao.",
            [("Công văn", "2345/UBND-NC", date(2020, 1, 6), "UBND tỉnh")],
        ),
        (
            "Ngày 12/3/2020, Sở Ngoại vụ trình Tờ trình số 12/TTr-SNgV lên UBND tỉnh.",
            [("Tờ trình", "12/TTr-SNgV", date(2020, 3, 12), "Sở Ngoại vụ")],
        ),
        # One document cited in two cases is one reference.
        (
            "QUYẾT ĐỊNH SỐ 106/QĐ-TTG. Theo Quyết định số 106/QĐ-TTg ngày 19/01/2016 của Thủ tướng Chính phủ.",
            [("Quyết định", "106/QĐ-TTG", date(2016, 1, 19), "Thủ tướng Chính phủ")],
        ),
        # A kind the list does not hold, or none: the kind is read from the number's code.
        (
            "Căn cứ Báo cáo kiểm điểm số 85/BC-STP ngày 14/5/2019 của Sở Tư pháp.",
            [("Báo cáo", "85/BC-STP", date(2019, 5, 14), "Sở Tư pháp")],
        ),
        (
            "Theo số 412/SNgV-LS ngày 03/9/2022 của Sở Ngoại vụ, đơn vị đã rà soát.",
            [("Công văn", "412/SNgV-LS", date(2022, 9, 3), "Sở Ngoại vụ")],
        ),
        ("Thực hiện QĐ số 12/QĐ-UBND ngày 6/1/2020.", [("Quyết định", "12/QĐ-UBND", date(2020, 1, 6), None)]),
        ("quán triệt (22-NQ/TW) trong toàn ngành", [("Nghị quyết", "22-NQ/TW", None, None)]),
        (
            "áp dụng 09/2017/QH14 và 30/2020/NĐ-CP",
            [("Luật", "09/2017/QH14", None, None), ("Nghị định", "30/2020/NĐ-CP", None, None)],
        ),
        # A hyphen typed as a non-breaking hyphen or a minus sign: the same number, kept as written.
        (
            "Căn cứ Nghị định 30/2020/NĐ\u2011CP ngày 5/3/2020.",
            [("Nghị định", "30/2020/NĐ\u2011CP", date(2020, 3, 5), None)],
        ),
        # A number the press gives without its code, with the date that makes it a document's.
        (
            "theo Quyết định số 1234 ngày 14/5/2019 của UBND tỉnh",
            [("Quyết định", "1234", date(2019, 5, 14), "UBND tỉnh")],
        ),
        # Not citations: a count after "số" without a date, ratios, a document's own "Số:" line.
        ("Kế hoạch số 5 năm 2020 đã xong; tỷ lệ 24/7, mạng 3G/4G, 1/2 số đoàn.", []),
        ("UBND TỈNH HÀ TĨNH Số: 1355/QĐ-UBND Hà Tĩnh, ngày 01 tháng 06 năm 2016", []),
    ],
)
def test_citation_forms(text, expected):
    assert read(text) == expected


KINDS = ["Công văn", "Văn bản", "Kế hoạch", "Quyết định", "Báo cáo", "Tờ trình", "Chương trình", "Thông báo"]
QUALIFIERS = ["", " thẩm định", " kết luận", " liên ngành"]
ISSUERS = ["Sở Ngoại vụ", "UBND tỉnh", "Bộ Ngoại giao", "Sở Tư pháp"]
CODES = ["SNgV-ĐN", "UBND-NC", "BC-STP", "KH-UBND", "QĐ-UBND", "SNgV-LS"]


@st.composite
def citations(draw):
    kind = draw(st.sampled_from(KINDS)) + draw(st.sampled_from(QUALIFIERS))
    number = f"{draw(st.integers(1, 9999))}/{draw(st.sampled_from(CODES))}"
    issued_on = draw(st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2030, 12, 31))))
    issuer = draw(st.one_of(st.none(), st.sampled_from(ISSUERS)))
    written_date = draw(st.sampled_from(["{d}/{m}/{y}", "{d:02d}/{m:02d}/{y}", "{d} tháng {m} năm {y}", "{d}-{m}-{y}"]))
    text = f"{kind} số {number}"
    if issued_on:
        text += " ngày " + written_date.format(d=issued_on.day, m=issued_on.month, y=issued_on.year)
    if issuer:
        text += f" của {issuer}"
    return text, (kind, number, issued_on, issuer)


@st.composite
def citations_dated_late(draw):
    """The date after the issuer, or after "ký", as many reports write it."""
    kind = draw(st.sampled_from(KINDS))
    number = f"{draw(st.integers(1, 9999))}/{draw(st.sampled_from(CODES))}"
    issued_on = draw(st.dates(date(1990, 1, 1), date(2030, 12, 31)))
    issuer = draw(st.sampled_from(ISSUERS))
    written = f"{issued_on.day}/{issued_on.month}/{issued_on.year}"
    form = draw(st.sampled_from(["{k} số {n} của {i} ngày {d}", "{k} số {n} ký ngày {d} của {i}"]))
    return form.format(k=kind, n=number, i=issuer, d=written), (kind, number, issued_on, issuer)


@given(st.lists(citations_dated_late(), min_size=1, max_size=3, unique_by=lambda c: c[1][1]))
def test_a_date_after_the_issuer_or_after_ky_is_the_documents(cited):
    text = "Thực hiện " + "; ".join(t for t, _ in cited) + ", đơn vị báo cáo như sau."
    assert read(text) == [expected for _, expected in cited]


@given(st.sampled_from(KINDS), st.lists(st.integers(1, 9999), min_size=2, max_size=4, unique=True), st.data())
def test_numbers_of_one_kind_after_the_first_are_each_a_reference(kind, numbers, data):
    code = data.draw(st.sampled_from(CODES))
    joiner = data.draw(st.sampled_from([" và số ", ", số ", "; số "]))
    text = f"Thực hiện {kind} số " + joiner.join(f"{n}/{code}" for n in numbers) + " của UBND tỉnh."
    assert [(r.doc_type, r.number) for r in find_references(text)] == [(kind, f"{n}/{code}") for n in numbers]


@given(
    st.lists(citations(), min_size=1, max_size=3, unique_by=lambda c: c[1][1]), st.sampled_from([" và ", "; ", ", "])
)
def test_generated_citations_are_read_back_exactly(cited, separator):
    text = "Thực hiện " + separator.join(t for t, _ in cited) + ", đơn vị báo cáo như sau."
    assert read(text) == [expected for _, expected in cited]


KIND_CODES = [("QĐ-UBND", "Quyết định"), ("KH-UBND", "Kế hoạch"), ("TTr-SNgV", "Tờ trình"), ("SNgV-LS", "Công văn")]


@given(
    st.lists(
        st.tuples(st.integers(1, 9999), st.sampled_from(KIND_CODES)), min_size=1, max_size=3, unique_by=lambda c: c[0]
    )
)
def test_numbers_without_a_kind_word_are_read_with_the_kind_their_code_names(cited):
    text = "Đơn vị đã thực hiện " + ", ".join(f"số {n}/{code} ngày 1/2/2020" for n, (code, _) in cited) + "."
    assert read(text) == [(kind, f"{n}/{code}", date(2020, 2, 1), None) for n, (code, kind) in cited]


def test_a_date_glued_to_its_word_and_a_short_number_dated_before():
    found = find_references("Căn cứ Nghị định số 12/2012/NĐ-CP ngày01/3/2012 của Chính phủ về đăng ký;")
    assert [(r.number, r.issued_on) for r in found] == [("12/2012/NĐ-CP", date(2012, 3, 1))]
    found = find_references("Ngày 7.11.2019, UBND tỉnh Tây Ninh đã ký Quyết định số 2401 về phê duyệt danh sách.")
    assert [(r.number, r.issued_on, r.issuer) for r in found] == [("2401", date(2019, 11, 7), "UBND tỉnh Tây Ninh")]
    # a bare number with no date anywhere is read without one
    found = find_references("Theo Quyết định số 2401 về phê duyệt danh sách.")
    assert [(r.number, r.issued_on) for r in found] == [("2401", None)]
    found = find_references("Tỉnh ủy vừa ban hành Kế hoạch số 53 triển khai thực hiện chỉ thị của Ban Bí thư.")
    assert [(r.doc_type, r.number, r.issued_on) for r in found] == [("Kế hoạch", "53", None)]


def test_a_date_before_without_its_comma_and_an_issuer_that_issued_it_on_a_date():
    found = find_references("Ngày 12/3/2016 UBND tỉnh có Công văn số 1234/UBND-NC về việc đón đoàn.")
    assert [(r.number, r.issued_on, r.issuer) for r in found] == [("1234/UBND-NC", date(2016, 3, 12), "UBND tỉnh")]
    found = find_references("Quyết định số 456/QĐ-UBND do UBND tỉnh ban hành ngày 12/3/2016 về việc cử đoàn.")
    assert [(r.number, r.issued_on, r.issuer) for r in found] == [("456/QĐ-UBND", date(2016, 3, 12), "UBND tỉnh")]


def test_the_press_short_name_of_a_document():
    found = find_references(
        "Ngày 1/2/2005, Thủ tướng Chính phủ đã có Quyết định 28 ban hành Quy chế. Bộ Chính trị ban hành "
        "Quy chế 295 năm 2010 thay thế Quy chế 101 năm 2004. Nghị quyết 2020 chưa có."
    )
    assert [(r.number, r.issued_on) for r in found] == [("28", date(2005, 2, 1)), ("295", None), ("101", None)]
    # the short name of a document cited in full before is that document
    found = find_references("Quyết định số 272-QĐ/TW ngày 21/01/2015 của Bộ Chính trị ban hành Quy chế (Quy chế 272).")
    assert [r.number for r in found] == ["272-QĐ/TW"]
    # a kind, "số" and a short number, without a code or a date
    found = find_references(
        "Khoa được thành lập theo quyết định số 487 năm 2011 của Giám đốc Đại học. Cụ thể hóa Chỉ thị số 32 thành "
        "các chương trình. Nghị quyết số 15 tỷ đồng."
    )
    assert [(r.doc_type, r.number) for r in found] == [("Quyết định", "487"), ("Chỉ thị", "32")]


def test_done_on_a_date_under_a_decision_takes_its_date():
    found = find_references(
        "Sở Ngoại vụ được thành lập ngày 17/3/2004 theo Quyết định số 37/2004/QĐ-TTg của Thủ tướng."
    )
    assert [(r.number, r.issued_on) for r in found] == [("37/2004/QĐ-TTg", date(2004, 3, 17))]
    # a date farther off, in another clause, is not the decision's
    found = find_references("Ngày 17/3/2004, Sở tổ chức hội nghị, thực hiện theo Quyết định số 37/2004/QĐ-TTg.")
    assert [(r.number, r.issued_on) for r in found] == [("37/2004/QĐ-TTg", None)]


def test_a_code_with_an_ampersand_and_a_date_glued_to_the_code():
    found = find_references("Căn cứ Thông tư liên tịch số 01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC ngày 29/12/2017;")
    assert [r.number for r in found] == ["01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC"]
    found = find_references("Căn cứ Quyết định số 122/2001/QĐ-TTgngày 21/8/2001 của Thủ tướng Chính phủ;")
    assert [(r.number, r.issued_on) for r in found] == [("122/2001/QĐ-TTg", date(2001, 8, 21))]
