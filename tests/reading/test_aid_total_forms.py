"""Forms of aid reports tried on sentences written for the test."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block

VALUE_KEYS = ("count", "value", "currency")


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in found]


def test_the_total_amount_of_the_projects_counted_before_is_theirs():
    counted = "Hiện nay, trên địa bàn tỉnh có 25 chương trình, dự án viện trợ phi chính phủ nước ngoài."
    amount = "Các tổ chức hoạt động tại 9 huyện với tổng giá trị cam kết cho các dự án là: 4.500.000 USD."
    assert facts(counted + " " + amount) == [("aid", "ytd", {"count": 25, "value": 4_500_000, "currency": "USD"})]
    # an amount not named the total of those projects is one of its own
    other = "Các tổ chức hoạt động tại 9 huyện, đã giải ngân 1.200.000 USD."
    assert facts(counted + " " + other) == [
        ("aid", "ytd", {"count": 25}),
        ("aid", "period", {"value": 1_200_000, "currency": "USD"}),
    ]


def test_an_amount_told_as_a_share_of_the_commitment_is_of_its_span():
    committed = "Năm 2023, tỉnh tiếp nhận 12 dự án viện trợ phi chính phủ nước ngoài với tổng vốn cam kết 20 tỷ đồng."
    disbursed = "Đến nay, các dự án đã giải ngân 9 tỷ đồng, đạt 45% tổng vốn cam kết."
    assert facts(committed, disbursed)[1] == ("aid", "period", {"value": 9_000_000_000, "currency": "VND"})
    # a share that is not of the amount told before says nothing of its span
    other = "Đến nay, các dự án đã giải ngân 9 tỷ đồng, đạt 80% tổng vốn cam kết."
    assert facts(committed, other)[1] == ("aid", "ytd", {"value": 9_000_000_000, "currency": "VND"})


def test_projects_carried_out_under_a_headline_about_ngos_are_aid():
    body = "Hiện nay, ABC đang thực hiện 5 dự án tại các xã vùng cao của tỉnh."
    assert facts("Dấu ấn của các tổ chức phi chính phủ nước ngoài", body) == [("aid", "ytd", {"count": 5})]
    # under a headline about something else the projects are no aid
    assert facts("Tỉnh đẩy mạnh xây dựng nông thôn mới", body) == []
    # nor projects only approved under it
    assert (
        facts("Dấu ấn của các tổ chức phi chính phủ nước ngoài", "Hiện nay, tỉnh đã phê duyệt 5 dự án giao thông.")
        == []
    )


def test_the_projects_this_money_is_given_to_are_aid():
    given = "Ngày 5/3, tổ chức ABC ký thỏa thuận tài trợ 250.000 USD cho tỉnh trong 3 năm."
    assert facts(given, "Số tiền này được cấp cho 4 dự án về y tế và giáo dục.")[1] == ("aid", "period", {"count": 4})
    # projects after an amount that is no aid are no aid
    assert facts("Tỉnh chi 2 tỷ đồng sửa đường.", "Số tiền này được cấp cho 4 dự án giao thông.") == []


def test_the_total_of_a_project_under_a_headline_about_an_aid_is_that_aid():
    headline = "UBND tỉnh phê duyệt khoản viện trợ của tổ chức ABC cho trẻ em mồ côi."
    assert facts(headline, "Tổng vốn của dự án: 350.000.000 VND, thời gian thực hiện 12 tháng.")[-1] == (
        "aid",
        "period",
        {"value": 350_000_000, "currency": "VND"},
    )
    # under a headline about something else, a project's total is no aid
    assert facts("Tỉnh khởi công tuyến đường ven biển.", "Tổng vốn của dự án: 350.000.000 VND.") == []


def test_aid_named_in_the_next_sentence_makes_no_aid_of_this_one():
    paragraph = (
        "Từ năm 2015 đến nay, Hội đã tổ chức 4 chương trình giao lưu văn hóa với kiều bào. "
        "Trong công tác viện trợ phi chính phủ nước ngoài, Hội đẩy mạnh vận động."
    )
    assert facts(paragraph) == []
    # the sentence before the ";" names the aid of the piece after it
    joined = "Hội vận động các tổ chức phi chính phủ nước ngoài tài trợ; kết quả đã tiếp nhận 4 chương trình."
    assert facts(joined) == [("aid", "period", {"count": 4})]
