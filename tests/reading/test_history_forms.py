"""Forms of a text that tells a body's history rather than a report's period, tried on sentences
written for the test."""

from ngoaivu.reading.reader import read_text


def facts(text):
    return [(f["indicator"], f["scope"]) for f in read_text(text)["facts"]]


def test_a_text_opening_on_a_founding_counts_its_undated_figures_since():
    text = (
        "Sở Ngoại vụ tỉnh Hòa An được thành lập ngày 05/6/2005 theo quyết định của Thủ tướng Chính phủ.\n\n"
        "Năm 2010, tỉnh hoàn thành việc cắm mốc biên giới.\n\n"
        "Sở đã tham mưu đón tiếp 420 đoàn khách nước ngoài đến thăm và làm việc tại tỉnh."
    )
    assert facts(text) == [("incoming_delegations", "ytd")]
    # a figure given a year of its own is of that year
    dated = text.replace("Sở đã tham mưu đón", "Năm 2015, Sở đã tham mưu đón")
    assert facts(dated) == [("incoming_delegations", "period")]
    # a founding told later, of another body, makes no history of the text
    later = (
        "Sở đã tham mưu đón tiếp 420 đoàn khách nước ngoài đến thăm và làm việc tại tỉnh.\n\n"
        "Hội hữu nghị được thành lập năm 1994."
    )
    assert facts(later) == [("incoming_delegations", "period")]


def test_the_count_a_growth_started_from_is_the_first_not_one_to_date():
    from ngoaivu.reading.facts import extract_facts
    from ngoaivu.reading.structure import Block

    def read(sentence):
        found = extract_facts([Block(sentence, "body")], None).facts
        return [(f["indicator"], f["scope"], f["count"]) for f in found]

    assert read("Sau 10 năm, từ 20 lưu học sinh Lào ban đầu, đến nay trường đã đào tạo 600 lưu học sinh.") == [
        ("foreign_student_arrivals", "period", 20),
        ("foreign_student_arrivals", "ytd", 600),
    ]
    assert read("Sau 15 năm hoạt động, từ 3 dự án viện trợ ban đầu, đến nay tỉnh đã tiếp nhận 95 dự án.") == [
        ("aid", "period", 3),
        ("aid", "ytd", 95),
    ]
