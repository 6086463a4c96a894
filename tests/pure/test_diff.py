"""Side-by-side comparison of two texts, words marked (pure, no database)."""

import unicodedata

from ngoaivu.pure.diff import Piece, compare, word_diff


def marked(pieces):
    return [p.text for p in pieces if p.changed]


def plain(pieces):
    return "".join(p.text for p in pieces)


def test_only_the_words_that_differ_are_marked():
    old, new = word_diff(
        "Trong tháng, toàn tỉnh có 02 tàu cá cùng 19 ngư dân.", "Trong tháng, toàn tỉnh có 03 tàu cá cùng 24 ngư dân."
    )
    assert marked(old) == ["02", "19"] and marked(new) == ["03", "24"]
    # Each side reads as its own text, unchanged words included.
    assert plain(old) == "Trong tháng, toàn tỉnh có 02 tàu cá cùng 19 ngư dân."
    assert plain(new) == "Trong tháng, toàn tỉnh có 03 tàu cá cùng 24 ngư dân."
    assert old[0] == Piece("Trong tháng, toàn tỉnh có ", False)


def test_neighbouring_changed_words_are_marked_as_one():
    old, new = word_diff("đón 01 đoàn khách", "tiếp 02 lượt khách")
    assert marked(old) == ["đón 01 đoàn"] and marked(new) == ["tiếp 02 lượt"]


def test_a_changed_diacritic_marks_the_whole_word_never_a_part():
    old, new = word_diff("Sở Ngoại vụ tỉnh Hà Giang", "Sở Ngoại vụ tỉnh Hạ Giang")
    assert marked(old) == ["Hà"] and marked(new) == ["Hạ"]


def test_decomposed_text_is_read_as_nfc():
    nfc = "Thỏa thuận quốc tế được ký kết."
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    old, new = word_diff(nfc, nfd)
    assert marked(old) == marked(new) == [] and plain(new) == nfc
    rows = compare([nfc], [nfd])
    assert [r.kind for r in rows] == ["same"] and plain(rows[0].new) == nfc


def test_equal_texts_have_nothing_marked():
    rows = compare(["Đoạn một.", "- Mục hai."], ["Đoạn một.", "- Mục hai."])
    assert [r.kind for r in rows] == ["same", "same"]
    assert all(not p.changed for r in rows for p in (*r.old, *r.new))


def test_added_and_removed_paragraphs_stand_alone_on_their_side():
    old = ["Mở đầu giữ nguyên.", "Đoạn bị bỏ đi hoàn toàn khác biệt.", "- Có 02 đoàn vào."]
    new = ["Mở đầu giữ nguyên.", "- Có 03 đoàn vào.", "- Một gạch đầu dòng mới thêm vào."]
    rows = compare(old, new)
    assert [(r.kind, r.old and plain(r.old), r.new and plain(r.new)) for r in rows] == [
        ("same", "Mở đầu giữ nguyên.", "Mở đầu giữ nguyên."),
        ("removed", "Đoạn bị bỏ đi hoàn toàn khác biệt.", None),
        ("changed", "- Có 02 đoàn vào.", "- Có 03 đoàn vào."),
        ("added", None, "- Một gạch đầu dòng mới thêm vào."),
    ]
    changed = rows[2]
    assert marked(changed.old) == ["02"] and marked(changed.new) == ["03"]
    assert rows[1].old[0].changed and rows[3].new[0].changed  # a whole paragraph is marked


def test_a_paragraph_inserted_before_an_edited_one_is_not_paired_with_it():
    old = ["- Đoàn vào: 05 đoàn với 20 lượt người."]
    new = ["Thêm một đoạn mở đầu mới.", "- Đoàn vào: 06 đoàn với 20 lượt người."]
    rows = compare(old, new)
    assert [r.kind for r in rows] == ["added", "changed"]
    assert marked(rows[1].old) == ["05"] and marked(rows[1].new) == ["06"]


def test_empty_texts():
    assert compare([], []) == []
    assert [r.kind for r in compare([], ["Mới."])] == ["added"]
    assert [r.kind for r in compare(["Cũ."], [])] == ["removed"]
