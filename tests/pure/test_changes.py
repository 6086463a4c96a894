"""A figure against the same period of another year, in the reports' words (pure)."""

from ngoaivu.pure.changes import change_phrase
from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import BY_CODE


def test_change_phrases():
    groups, persons = BY_CODE["incoming_delegations"].measures
    assert (
        change_phrase([(groups, Figure(17, 0, 14, 0)), (persons, Figure(35, 0, 24, 0))], 2020)
        == "tăng 03 đoàn với 11 lượt người so với cùng kỳ năm 2020"
    )
    assert (
        change_phrase([(groups, Figure(5, 0, 10, 0)), (persons, Figure(9, 0, 30, 0))], 2020)
        == "giảm 05 đoàn với 21 lượt người so với cùng kỳ năm 2020"
    )
    assert change_phrase([(groups, Figure(3, 0, 3, 0)), (persons, Figure(9, 0, 9, 0))], 2020) == "bằng cùng kỳ năm 2020"
    assert (
        change_phrase([(groups, Figure(19, 0, 19, 0)), (persons, Figure(54, 0, 56, 0))], 2020)
        == "bằng về số đoàn, giảm 02 lượt người so với cùng kỳ năm 2020"
    )
    # Money is written as the figures write it, not "210.000.000 đồng".
    count, value = BY_CODE["aid"].measures
    assert (
        change_phrase([(count, Figure(2, 0, 4, 0)), (value, Figure(7_310_000_000, 0, 7_520_000_000, 0))], 2025)
        == "giảm 02 khoản viện trợ với 210 triệu đồng so với cùng kỳ năm 2025"
    )
    assert (
        change_phrase([(count, Figure(3, 0, 2, 0)), (value, Figure(5, 0, 5, 0))], 2025)
        == "tăng 01 khoản viện trợ, bằng về giá trị so với cùng kỳ năm 2025"
    )


def test_a_figure_the_register_cannot_compare_says_so():
    groups, _persons = BY_CODE["incoming_delegations"].measures
    assert (
        change_phrase([(groups, Figure(3, 0, 0, 0))], 2019, compared=False)
        == "chưa có số liệu cùng kỳ năm 2019 để so sánh"
    )


def test_the_year_to_date_windows_compare_the_year_to_date():
    groups, _persons = BY_CODE["incoming_delegations"].measures
    phrase = change_phrase([(groups, Figure(1, 12, 1, 9))], 2020, windows=("ytd", "last_year_ytd"))
    assert phrase == "tăng 03 đoàn so với cùng kỳ năm 2020"


def test_a_whole_year_is_compared_with_the_year_before_not_the_same_period():
    groups, persons = BY_CODE["incoming_delegations"].measures
    pairs = [(groups, Figure(17, 0, 14, 0)), (persons, Figure(35, 0, 24, 0))]
    assert change_phrase(pairs, 2020, whole_year=True) == "tăng 03 đoàn với 11 lượt người so với năm 2020"
    same = [(groups, Figure(3, 0, 3, 0)), (persons, Figure(9, 0, 9, 0))]
    assert change_phrase(same, 2020, whole_year=True) == "bằng năm 2020"
    assert change_phrase(pairs, 2020, compared=False, whole_year=True) == "chưa có số liệu năm 2020 để so sánh"


def test_a_pair_is_joined_by_the_word_the_seeds_write_it_with():
    # Seed 001: «04 doanh nhân của 03 doanh nghiệp», «17 đoàn với 35 lượt người»; seed 003: «02 tàu cá cùng
    # 19 ngư dân». The word is the measure's (indicator_types.Measure.after), but a difference belongs to no other:
    # the change says «của» «với» (the new businesspeople are no part of the new enterprises).
    enterprises, businesspeople = BY_CODE["abtc"].measures
    up = [(businesspeople, Figure(4, 0, 2, 0)), (enterprises, Figure(3, 0, 2, 0))]
    assert change_phrase(up, 2020) == "tăng 02 doanh nhân với 01 doanh nghiệp so với cùng kỳ năm 2020"
    down = [(businesspeople, Figure(1, 0, 2, 0)), (enterprises, Figure(1, 0, 3, 0))]
    assert change_phrase(down, 2020) == "giảm 01 doanh nhân với 02 doanh nghiệp so với cùng kỳ năm 2020"
    assert change_phrase(up[::-1], 2020) == "tăng 01 doanh nghiệp với 02 doanh nhân so với cùng kỳ năm 2020"
    for code in ("boats_detained", "boats_obstructed", "boats_released", "fishermen_still_detained"):
        boats, fishermen = BY_CODE[code].measures
        pairs = [(boats, Figure(2, 0, 1, 0)), (fishermen, Figure(19, 0, 8, 0))]
        assert change_phrase(pairs, 2020) == "tăng 01 tàu cá cùng 11 ngư dân so với cùng kỳ năm 2020"
    # every other pair as the seeds join a count and its persons or value («17 đoàn với 35 lượt người»,
    # «03 khoản viện trợ … với tổng giá trị 7,037 tỷ đồng»): «với»
    other = {(code, m.name): m.after for code, i in BY_CODE.items() for m in i.measures if m.after != " với "}
    assert other == {
        ("abtc", "enterprises"): " của ",
        ("abtc_received", "enterprises"): " của ",
        **{(code, "fishermen"): " cùng " for code in ("boats_detained", "boats_obstructed", "boats_released")},
        ("fishermen_still_detained", "fishermen"): " cùng ",
    }
