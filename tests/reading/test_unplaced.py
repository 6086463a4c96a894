"""reading/unplaced.py: the figures a report states that no indicator took are listed, not dropped."""

from ngoaivu.reading.reader import read_file, read_text
from ngoaivu.reading.unplaced import words_beside
from tests.seeds import SEEDS

from .conftest import needs_seeds

PRESS = """Hơn 75 nghìn lao động nước ngoài tại 6 tỉnh thành

Hơn 75.000 lao động nước ngoài đang làm việc tại 6 tỉnh thành. Hải Phòng có 3.500 người, Lâm Đồng có 900 người.

Năm 2024, Sở đã đón 05 đoàn với 20 lượt người. Năm 2025, dự kiến đón 10 đoàn. Đoàn gồm 52 thành viên của 12 tổ chức.
Đoàn gồm 52 thành viên của 12 tổ chức.
"""


def test_a_figure_no_indicator_took_is_listed_with_its_sentence():
    first = read_text(PRESS)["unplaced"][0]
    assert first["text"] == "Hải Phòng có 3.500 người, Lâm Đồng có 900 người."
    assert first["figures"] == ["3.500 người", "900 người"]
    # each with the indicators suggested for it (reading/suggestions.py), never a fact
    assert [len(codes) for codes in first["suggested"]] == [3, 3]


def test_figures_read_planned_or_told_again_are_not_listed():
    reading = read_text(PRESS)
    assert {"groups": 5, "persons": 20}.items() <= reading["facts"][1].items()
    listed = [figure for item in reading["unplaced"] for figure in item["figures"]]
    # read (05 đoàn, 20 lượt người), planned (10 đoàn), the headline's 75 nghìn told again as 75.000
    assert not {"05 đoàn", "20 lượt người", "10 đoàn", "75.000 lao động nước ngoài"} & set(listed)
    assert listed.count("52 thành viên") == 1  # a sentence the text repeats is listed once


def test_a_plan_section_lists_nothing():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 8/2025\nI. PHƯƠNG HƯỚNG THÁNG 9\nTổ chức cho 40 học viên tham gia lớp học.\n"
    )
    assert read_text(text)["unplaced"] == []


@needs_seeds
def test_the_seeds_leave_no_figure_unplaced():
    for seed in sorted(SEEDS.glob("*.txt")):
        assert read_file(seed)["unplaced"] == [], seed.name


def test_the_words_beside_a_figure_stop_at_its_clause():
    sentence = "Trong tháng 5/2024, tỉnh đón 25 người nước ngoài đến làm việc, khảo sát."
    assert words_beside(sentence, "25 người") == "nước ngoài đến làm việc"
    assert words_beside("Hải Phòng có 3.500  người, Lâm Đồng có 900 người.", "3.500 người") == "Hải Phòng"
    assert words_beside("- Tổng kinh phí hỗ trợ là 4.600.000.000 đồng.", "4.600.000.000 đồng") == "Tổng kinh phí hỗ trợ"
    assert words_beside("Năm 2023 là 4.600.000.000 đồng.", "4.600.000.000 đồng") == ""
    # the figure itself, not the end of a longer one
    assert words_beside("Có 25 người Lào, 5 người Thái Lan đến làm việc.", "5 người") == "Thái Lan đến làm việc"
    assert words_beside("Có 12 người Hàn Quốc (KOICA) đến.", "12 người") == "Hàn Quốc"
    assert words_beside("Không có số nào.", "12 người") == ""


def test_an_abtc_card_is_one_businesspersons():
    text = "BÁO CÁO\nCông tác đối ngoại tháng 8/2025\nTrong tháng, cấp phép sử dụng 07 thẻ ABTC theo quy định.\n"
    reading = read_text(text)
    assert [(f["indicator"], f["businesspeople"]) for f in reading["facts"]] == [("abtc", 7)]
    assert reading["unplaced"] == []


def test_a_count_in_words_the_lexicon_lacks_is_listed_not_dropped():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 8/2025\n"
        "Trong tháng, Sở cấp 03 giấy xác nhận viện trợ cho các tổ chức phi chính phủ nước ngoài.\n"
        "Trong 6 tháng, theo Quyết định 09/2011/QĐ-UBND, đón khách quốc tế tại 2 tỉnh bạn.\n"
    )
    listed = [figure for item in read_text(text)["unplaced"] for figure in item["figures"]]
    # a time, a document's number, places named are no counts
    assert listed == ["03 giấy"]


def test_officials_abroad_on_private_business_are_private_trips():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 8/2025\n"
        "Trong tháng, có 02 cán bộ, công chức đi nước ngoài về việc riêng.\n"
        "Trong tháng, 03 cán bộ xuất cảnh vì mục đích cá nhân.\n"
    )
    reading = read_text(text)
    assert [(f["indicator"], f["persons"]) for f in reading["facts"]] == [("private_trips", 2), ("private_trips", 3)]
    assert reading["unplaced"] == []
