"""The members of a delegation counted ("Đoàn gồm N …"): sentences written for the test."""

from ngoaivu.reading.facts import extract_facts
from ngoaivu.reading.structure import Block


def facts(*paragraphs):
    found = extract_facts([Block(text, "body") for text in paragraphs], None).facts
    return [(f["indicator"], f["scope"], f.get("persons")) for f in found]


def test_the_members_of_a_delegation_are_its_people():
    # foreign members: a delegation come to the province
    assert facts("Đoàn gồm 36 đại biểu quốc tế đến từ 12 quốc gia tham dự lễ hội.") == [
        ("incoming_delegations", "period", 36)
    ]
    # the direction said in the sentence
    assert facts("Đoàn công tác của tỉnh gồm 8 người đi công tác tại Nhật Bản.") == [
        ("outgoing_delegations", "period", 8)
    ]
    # members of no direction said are no figure of the register
    assert facts("Đoàn gồm 15 thành viên do đồng chí Phó Chủ tịch dẫn đầu.") == []
