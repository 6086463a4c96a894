"""Vietnamese alphabetical order (the letters of the alphabet in their order, then the tones) and line
endings."""

import unicodedata

from ngoaivu.pure.text import clean_text, collation_key, lf_lines, words


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


def test_pasted_unseen_characters_are_cleaned():
    pasted = "Đoàn\u00a0công tác\u200b tại\tNhật\u2003Bản\x07"
    assert clean_text(pasted) == "Đoàn công tác tại Nhật Bản"
    assert clean_text("Đoàn  công\ttác ", one_line=True) == "Đoàn công tác"
    # A text area keeps its lines and its indent; a one-line value joins its spaces, its lines stay.
    assert (
        clean_text("Kính gửi:\r\n  - Bộ Ngoại giao;\u2028\ufeff- UBND tỉnh.\x0c")
        == "Kính gửi:\n  - Bộ Ngoại giao;\n- UBND tỉnh."
    )
    assert clean_text(" Báo cáo  công tác\n năm 2024 ", one_line=True) == "Báo cáo công tác\nnăm 2024"
    assert clean_text("Làm việc\x0bThăm khu kinh tế") == "Làm việc\nThăm khu kinh tế"  # Word's Shift+Enter
    assert clean_text(unicodedata.normalize("NFD", "Đoàn Đại học")) == "Đoàn Đại học"
    # The ideographic space is Chinese and Japanese typography, not a pasted oddity.
    assert clean_text("手続き\u3000名称", one_line=True) == "手続き\u3000名称"


def test_a_letter_of_another_language_sorts_as_its_base_letter():
    names = ["Zimbabwe", "Đan Mạch", "Curaçao", "Åland", "Cuba", "Thụy Sĩ", "Thụy Điển", "Ai Cập"]
    assert sorted(names, key=collation_key) == [
        "Ai Cập",
        "Åland",  # not before every letter
        "Cuba",
        "Curaçao",
        "Đan Mạch",
        "Thụy Điển",
        "Thụy Sĩ",
        "Zimbabwe",
    ]


def test_a_search_is_cleaned_as_posted_text_and_an_invisible_character_parts_words():
    assert words("Sek\u200bong") == ["sek", "ong"]
    assert words("\ufeffNông\u00a0nghiệp\t") == ["nong", "nghiep"]
    assert words("Ho\u0300a Bi\u0300nh") == ["hoa", "binh"]
    assert words(None) == []
