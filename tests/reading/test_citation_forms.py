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
        # One document cited in two cases is one reference.
        (
            "QUYẾT ĐỊNH SỐ 106/QĐ-TTG. Theo Quyết định số 106/QĐ-TTg ngày 19/01/2016 của Thủ tướng Chính phủ.",
            [("Quyết định", "106/QĐ-TTG", date(2016, 1, 19), "Thủ tướng Chính phủ")],
        ),
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


@given(
    st.lists(citations(), min_size=1, max_size=3, unique_by=lambda c: c[1][1]), st.sampled_from([" và ", "; ", ", "])
)
def test_generated_citations_are_read_back_exactly(cited, separator):
    text = "Thực hiện " + separator.join(t for t, _ in cited) + ", đơn vị báo cáo như sau."
    assert read(text) == [expected for _, expected in cited]
