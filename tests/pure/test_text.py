"""Vietnamese alphabetical order (the letters of the alphabet in their order, then the tones) and line
endings."""

from ngoaivu.pure.text import collation_key, lf_lines


def test_names_sort_in_the_order_of_the_vietnamese_alphabet():
    communes = [
        "UBND phường Kon Tum",
        "UBND xã Bình Sơn",
        "UBND phường Đức Phổ",
        "UBND đặc khu Lý Sơn",
        "UBND phường Cẩm Thành",
        "UBND phường Dương Sơn",
    ]
    assert sorted(communes, key=collation_key) == [
        "UBND đặc khu Lý Sơn",  # đ after d, before p
        "UBND phường Cẩm Thành",
        "UBND phường Dương Sơn",
        "UBND phường Đức Phổ",
        "UBND phường Kon Tum",
        "UBND xã Bình Sơn",
    ]


def test_letters_come_before_tones_and_the_level_tone_first():
    assert sorted(["Ánh", "Ăn", "Anh", "Ảnh", "anh hùng"], key=collation_key) == ["Anh", "Ảnh", "Ánh", "anh hùng", "Ăn"]
    # the same word written in NFD sorts as in NFC
    assert collation_key("Đức") == collation_key("Đ\u0075\u031b\u0301c")


def test_lines_end_with_lf_whichever_way_they_came():
    assert lf_lines("một\r\nhai\rba\n") == "một\nhai\nba\n"
    assert lf_lines(None) == ""
