"""How a press story of fishermen held abroad tells its figures: a headline that the story counts
again (each figure in a fact of its own, or as how things stand since), the first men of a crew home.
Sentences written for the tests, in the forms the public texts use."""

from ngoaivu.reading.reader import read_text

VALUE_KEYS = ("boats", "fishermen")


def facts(text):
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in read_text(text)["facts"]]


def test_a_headline_split_over_the_body_is_counted_once():
    story = (
        "25 ngư dân cùng 4 tàu cá được trả về nước\n\n"
        "Sáng 3/5, Lãnh sự quán đã ký nhận từ phía nước ngoài 4 chiếc tàu cá bị bắt giữ cùng 60 ngư dân từ tháng 2.\n\n"
        "Chiều cùng ngày, 25 ngư dân còn lại trong tổng số 60 ngư dân đã rời cảng về Việt Nam trên 4 tàu nói trên."
    )
    found = facts(story)
    assert ("boats_released", "period", {"boats": 4, "fishermen": 25}) not in found
    assert ("boats_released", "period", {"fishermen": 25}) in found


def test_a_headline_detention_the_body_tells_with_how_things_stand_is_counted_once():
    story = (
        "Nước bạn bắt giữ 2 tàu cá cùng 17 ngư dân Bình Định\n\n"
        "Ngày 4/6, Bộ Ngoại giao cho biết 2 tàu cá của tỉnh đang bị phía nước bạn tạm giữ cùng với 17 ngư dân.\n\n"
        "Ông Trần Văn An, Chủ tịch Hội Nghề cá tỉnh, phản đối việc phía bạn bắt giữ 2 tàu cá của tỉnh."
    )
    found = facts(story)
    assert ("boats_detained", "period", {"boats": 2, "fishermen": 17}) not in found
    assert ("fishermen_still_detained", "stock", {"boats": 2, "fishermen": 17}) in found
    assert ("boats_detained", "period", {"boats": 2}) in found


def test_a_headline_detention_told_only_as_how_things_stand_stays():
    # the body tells no detention of its own: the headline's is the only telling of it
    story = (
        "14 ngư dân Phú Yên bị phía nước ngoài bắt giữ\n\n"
        "Hiện tàu cá PY-90123 cùng 14 ngư dân trên đang bị tạm giữ tại cảng của nước bạn."
    )
    found = facts(story)
    assert ("boats_detained", "period", {"fishermen": 14}) in found
    assert ("fishermen_still_detained", "stock", {"boats": 1, "fishermen": 14}) in found


def test_the_first_men_of_a_crew_home_are_released():
    story = (
        "Vụ 40 ngư dân bị bắt giữ ở nước ngoài: 12 người đầu tiên về nước\n\n"
        "Trưa 9/10, 12 ngư dân đầu tiên đã trở về nước bằng đường hàng không."
    )
    found = facts(story)
    assert ("boats_detained", "period", {"fishermen": 12}) not in found
    assert ("boats_released", "period", {"fishermen": 12}) in found


def test_a_detention_told_in_an_opening_after_clause_is_what_came_before():
    assert facts(
        "Sau hơn 2 tháng bị phía nước ngoài bắt giam, đến sáng ngày 5/6, toàn bộ 9 ngư dân đã được chiếc tàu cá "
        "của anh Lê Văn Hải (40 tuổi), ở xã Tam Hải chở trở về an toàn."
    ) == [("boats_released", "period", {"fishermen": 9})]
    # the opening tells what came before a detention just as well
    assert facts("Sau 3 ngày trôi dạt trên biển, 6 ngư dân của xã bị tàu nước ngoài bắt giữ.") == [
        ("boats_detained", "period", {"fishermen": 6})
    ]
    # a cue before the figure without the opening stays the nearest
    assert facts("Sau đó bị phía nước ngoài bắt giam, 9 ngư dân đã được cứu chữa.") == [
        ("boats_detained", "period", {"fishermen": 9})
    ]


def test_boats_told_before_named_one_by_one_are_no_count_of_their_own():
    story = (
        "Ngày 2/3, phía nước ngoài bắt giữ 3 tàu cá cùng 25 ngư dân của tỉnh.\n\n"
        "Những tàu bị giữ mang số hiệu BĐ 95012 TS, BĐ 96034 TS và một tàu cá chưa rõ số hiệu."
    )
    assert facts(story) == [("boats_detained", "period", {"boats": 3, "fishermen": 25})]
    # a boat counted in words after a boat named by its number, not in a list of those told before, counts
    assert ("boats_obstructed", "period", {"boats": 1}) in facts(
        "Tàu cá mang số hiệu BĐ 95012 TS bị xua đuổi, và một tàu cá của xã bị tàu nước ngoài đâm va."
    )


def test_men_brought_back_to_their_locality_are_released_though_their_detention_is_named_between():
    assert facts("Năm 2023, các cơ quan chức năng đã phối hợp đưa 96 ngư dân bị nước ngoài bắt giữ về địa phương.") == [
        ("boats_released", "period", {"fishermen": 96})
    ]
    # their detention, told alone, stays a detention
    assert facts("Năm 2023, có 96 ngư dân bị nước ngoài bắt giữ.") == [("boats_detained", "period", {"fishermen": 96})]
