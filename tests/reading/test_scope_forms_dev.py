"""Forms of scope and grouping met in the dev gold set (a change said of the figure before, a span
counted to a month, a headline over a part), each tried on sentences written for the test."""

from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.reading.reader import read_text
from tests.reading.conftest import read_facts as facts, written_count as count


@given(
    st.integers(2, 90),
    st.integers(1, 40),
    st.integers(1, 99),
    st.sampled_from(["với tổng mức tài trợ là", "với tổng giá trị", "với tổng vốn viện trợ khoảng"]),
    st.sampled_from(["so với cùng kỳ", "so với năm 2017", "so với cùng kỳ năm trước"]),
)
def test_an_amount_after_a_change_is_the_figure_before_it(projects, more, billions, words, compared):
    # "31 dự án, tăng 18 dự án so với cùng kỳ, với tổng mức tài trợ là 47 tỷ đồng": the amount is
    # the 31 projects', the change counts projects only
    sentence = (
        f"Năm 2018, tỉnh tiếp nhận {count(projects)} dự án viện trợ phi chính phủ, tăng {count(more)} dự án "
        f"{compared}, {words} {billions} tỷ đồng."
    )
    assert facts(sentence) == [
        ("aid", "period", {"count": projects, "value": billions * 1_000_000_000, "currency": "VND"}),
        ("aid", "change", {"count": more}),
    ]


def test_an_amount_that_is_a_change_itself_stays_a_change():
    sentence = "Năm 2018, tỉnh tiếp nhận 31 dự án viện trợ PCPNN, tăng 5 dự án so với năm 2017, giá trị tăng 4 tỷ đồng."
    assert facts(sentence) == [
        ("aid", "period", {"count": 31}),
        ("aid", "change", {"count": 5}),
        ("aid", "change", {"value": 4_000_000_000, "currency": "VND"}),
    ]


@given(st.integers(2000, 2015), st.integers(1, 12), st.integers(1, 300))
def test_counted_from_a_year_to_a_month_is_to_date(since, month, projects):
    sentence = (
        f"Tính từ năm {since} đến tháng {month}/2016, tỉnh đã vận động được {count(projects)} dự án "
        "viện trợ phi chính phủ nước ngoài."
    )
    assert facts(sentence) == [("aid", "ytd", {"count": projects})]


def test_a_plain_span_from_a_year_to_a_month_is_left_to_the_period():
    # "từ năm 2020 đến tháng 6/2022" without "tính": a span of its own, as "giai đoạn" is
    sentence = "Giá trị viện trợ giải ngân từ năm 2020 đến tháng 6/2022 đạt 562 triệu USD."
    assert facts(sentence)[0][1] == "period"


@given(st.integers(2, 900), st.sampled_from(["khoảng ", "", "gần "]))
def test_a_headline_stating_a_part_of_the_body_exactly_is_the_bodys_fact(part, hedge):
    total = part * 5
    text = (
        f"{count(part)} lưu học sinh Campuchia đang học tập tại Việt Nam\n\n"
        f"Theo thống kê, cả nước có {count(total)} lưu học sinh nước ngoài đang học tập, trong đó "
        f"lưu học sinh Campuchia {hedge}{count(part)} người."
    )
    found = [(f["indicator"], f["scope"], f.get("count")) for f in read_text(text)["facts"]]
    assert ("foreign_students", "stock", part) not in found
    assert ("foreign_students", "part", part) in found


def test_an_opening_sentence_is_no_headline_though_a_part_repeats_its_figure():
    text = (
        "Trong năm 2014, Sở Ngoại vụ đã thẩm định, trình phê duyệt tiếp nhận 15 dự án viện trợ phi chính phủ.\n\n"
        "Hiện nay, tỉnh có 40 chương trình, dự án viện trợ phi chính phủ, trong đó 15 dự án mới."
    )
    found = [(f["scope"], f.get("count")) for f in read_text(text)["facts"]]
    assert ("period", 15) in found and ("part", 15) in found


@given(
    st.integers(2, 90),
    st.integers(2, 300),
    st.integers(1, 99),
    st.sampled_from(["Toàn tỉnh hiện có", "Hiện nay, trên địa bàn tỉnh có", "Tại tỉnh hiện có"]),
)
def test_aid_under_way_runs_on_after_a_semicolon(ngos, projects, billions, opening):
    # "Toàn tỉnh hiện có 32 tổ chức PCPNN …; … với tổng giá trị vận động khoảng 12,5 tỷ đồng"
    sentence = (
        f"{opening} {ngos} tổ chức phi chính phủ nước ngoài hoạt động; tổng số {count(projects)} chương trình, "
        f"dự án tập trung vào giáo dục, y tế, với tổng giá trị vận động khoảng {billions} tỷ đồng."
    )
    assert [(indicator, scope) for indicator, scope, _values in facts(sentence)] == [("aid", "ytd")]


def test_a_year_after_the_semicolon_is_the_figures_own():
    sentence = (
        "Toàn tỉnh hiện có 32 tổ chức phi chính phủ nước ngoài hoạt động; năm 2022 các tổ chức đã tài trợ "
        "12 dự án với tổng giá trị 10 tỷ đồng."
    )
    assert [scope for _indicator, scope, _values in facts(sentence)] == ["period"]


@given(st.integers(2, 60), st.sampled_from(["đang giữ", "đang tạm giữ", "đang giam giữ"]))
def test_boats_the_holder_is_holding_are_still_detained(fishermen, verb):
    sentence = f"Phía Brunei thông báo họ {verb} tàu cá mang số hiệu QNg 95924 TS cùng với {fishermen} ngư dân."
    assert facts(sentence) == [("fishermen_still_detained", "stock", {"boats": 1, "fishermen": fishermen})]


def test_keeping_up_is_no_holding():
    assert facts("Tỉnh đang giữ vững quan hệ với 12 tổ chức phi chính phủ, tài trợ 3 dự án.")[0][0] == "aid"


@given(st.lists(st.integers(1, 400), min_size=2, max_size=4), st.sampled_from(["gồm:", "trong đó:"]))
def test_list_items_after_the_first_may_leave_the_unit_unsaid(parts, marker):
    # "gồm: 240 học sinh chương trình tiếng Việt; 17 cao học; 119 ĐH": the students of each item
    first, *rest = parts
    items = "; ".join(f"{n} {label}" for n, label in zip(rest, ["cao học", "đại học", "cao đẳng"]))
    sentence = f"Trường có {sum(parts)} lưu học sinh Lào, {marker} {first} học sinh chương trình tiếng Việt; {items}."
    assert facts(sentence) == [
        ("foreign_students", "stock", {"count": sum(parts)}),
        *[("foreign_students", "part", {"count": n}) for n in parts],
    ]


def test_a_time_after_a_list_item_is_no_part():
    sentence = "Trong năm, tỉnh đón 20 đoàn khách nước ngoài, trong đó: 10 đoàn Lào; 3 năm liền chưa có đoàn Mỹ."
    assert facts(sentence) == [
        ("incoming_delegations", "period", {"groups": 20}),
        ("incoming_delegations", "part", {"groups": 10}),
    ]


@given(
    st.integers(2, 500),
    st.sampled_from(["Vào thời điểm cuối năm 2017", "Tại thời điểm báo cáo", "Đến thời điểm này"]),
    st.sampled_from(["bị giam giữ", "bị tạm giữ", "bị phía nước ngoài giữ"]),
)
def test_men_held_at_a_moment_are_still_detained(fishermen, moment, held):
    sentence = f"{moment}, có {fishermen} ngư dân {held} ở nước ngoài."
    assert facts(sentence) == [("fishermen_still_detained", "stock", {"fishermen": fishermen})]


def test_the_moment_of_the_arrest_is_no_moment_of_holding():
    assert facts("Tại thời điểm bị bắt, tàu có 12 ngư dân bị giữ.") == [("boats_detained", "period", {"fishermen": 12})]


@given(
    st.integers(2, 60),
    st.integers(1, 60),
    st.sampled_from(["trong số", "trong tổng số", "trong"]),
    st.sampled_from(["thuyền viên", "ngư dân"]),
)
def test_some_of_a_whole_are_counted_in_its_unit(some, more, among, noun):
    # "11 trong số 15 thuyền viên bị bắt tại Indonesia đã trở về": 11 came back of the 15 detained
    whole = some + more
    sentence = f"Sau hơn 2 tháng, {some} {among} {whole} {noun} bị bắt tại Indonesia đã trở về."
    assert facts(sentence) == [
        ("boats_released", "period", {"fishermen": some}),
        ("boats_detained", "period", {"fishermen": whole}),
    ]


def test_the_whole_told_before_is_no_figure_of_its_own():
    sentence = "Cùng ngày, 34 ngư dân còn lại trong tổng số 122 ngư dân đã rời Philippines về Việt Nam."
    assert facts(sentence) == [("boats_released", "period", {"fishermen": 34})]


def test_some_of_a_whole_that_will_come_back_is_no_figure():
    sentence = "77 trong tổng số 122 ngư dân bị phía Philippines bắt giữ sẽ về nước trong 3 ngày tới."
    assert ("boats_detained", "period", {"fishermen": 77}) not in facts(sentence)


@given(st.integers(1, 40), st.integers(1, 400), st.integers(1, 200), st.sampled_from(["tăng", "giảm"]))
def test_a_change_of_a_part_named_before_its_figure(groups, more, foreigners, verb):
    # "(tăng 6 lượt đoàn và số người đến tăng 46, trong đó người nước ngoài tăng 15 so với cùng kỳ)"
    persons = foreigners + more
    sign = 1 if verb == "tăng" else -1
    sentence = (
        f"Trong năm, tỉnh đón 30 đoàn khách nước ngoài với 500 người ({verb} {count(groups)} đoàn và số người "
        f"đến {verb} {persons}, trong đó người nước ngoài {verb} {foreigners} so với cùng kỳ)."
    )
    changes = [values for _indicator, scope, values in facts(sentence) if scope == "change"]
    assert changes == [
        {"groups": sign * groups, "persons": sign * persons},
        {"persons": sign * foreigners},
    ]


@given(st.integers(1_100, 9_899), st.sampled_from([("Gần", "gần"), ("Hơn", "hơn")]))
def test_a_hedged_crosshead_rounding_the_next_paragraph_is_its_figure(workers, hedge):
    head, _word = hedge
    step = 10 ** (len(str(workers)) - 1) // 10  # the crosshead rounds to hundreds
    rounded = (workers // step + 1) * step if head == "Gần" else (workers // step) * step
    if rounded == workers:
        rounded -= step if head == "Hơn" else -step
    text = (
        "Lao động nước ngoài ở khu kinh tế\n\n"
        "Tỉnh đã đồng ý cho tuyển dụng lao động nước ngoài theo quy định.\n\n"
        f"{head} {count(rounded)} lao động nước ngoài đang làm việc ở khu kinh tế\n\n"
        f"Theo báo cáo, tính đến thời điểm hiện nay, khu kinh tế có {count(workers)} lao động nước ngoài."
    )
    found = [(f["scope"], f.get("persons")) for f in read_text(text)["facts"]]
    assert found == [("stock", workers)]
