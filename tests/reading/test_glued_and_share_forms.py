"""Forms met in the dev gold set after the scope pass (an amount glued to the word before it, a
share said with «chiếm», parts after a lead-in), each tried on sentences written for the test."""

from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.reading.money import unglue_amounts
from ngoaivu.reading.reader import read_text

VALUE_KEYS = ("groups", "persons", "count", "value", "currency", "boats", "fishermen")


def read(text):
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in read_text(text)["facts"]]


def dotted(n):
    return f"{n:,}".replace(",", ".")


@given(
    st.integers(1000, 999_999),
    st.integers(1000, 999_999),
    st.sampled_from([("Euro", "EUR"), ("USD", "USD"), ("đồng", "VND")]),
)
def test_an_amount_glued_to_the_word_before_it_is_read(first, second, currency):
    word, code = currency
    text = (
        f"Dự án trị giá {dotted(first + second)} {word}, trong đó Ủy ban châu Âu viện trợ{dotted(first)} {word} "
        f"và tổ chức CARE viện trợ {dotted(second)} {word}."
    )
    assert ("aid", "part", {"value": first, "currency": code}) in read(text)


def test_only_an_amount_is_parted_from_its_word():
    assert unglue_amounts("viện trợ741.397,30 Euro") == "viện trợ 741.397,30 Euro"
    assert unglue_amounts("virus H5N1 và cúm A/H1N1 năm2020") == "virus H5N1 và cúm A/H1N1 năm2020"


@given(st.integers(20, 90), st.integers(1, 9), st.integers(1, 9), st.sampled_from(["dịch bệnh", "thiên tai"]))
def test_figures_after_a_highlight_and_a_colon_are_parts_of_the_total(total, first, second, cause):
    # "Đặc biệt, …: 115 tổ chức … trị giá hơn 6,5 triệu USD; … gần 9 triệu USD" singles out parts
    text = (
        f"Năm 2020, tỉnh tiếp nhận 40 dự án viện trợ phi chính phủ với tổng giá trị {total} triệu USD. "
        f"Đặc biệt, trong năm 2020, các tổ chức ưu tiên hỗ trợ ứng phó {cause}: 12 tổ chức đã hỗ trợ vật tư "
        f"trị giá hơn {first} triệu USD; hỗ trợ đồng bào vùng lũ với giá trị gần {second} triệu USD."
    )
    scopes = [(scope, values.get("value")) for _indicator, scope, values in read(text)]
    assert scopes == [("period", total * 1_000_000), ("part", first * 1_000_000), ("part", second * 1_000_000)]


def test_a_highlight_without_a_colon_states_a_figure_of_its_own():
    text = (
        "Năm 2020, tỉnh tiếp nhận 40 dự án viện trợ phi chính phủ với tổng giá trị 20 triệu USD. "
        "Đặc biệt, năm 2020 tỉnh tiếp nhận thêm 3 triệu USD viện trợ khẩn cấp."
    )
    assert [scope for _indicator, scope, _values in read(text)] == ["period", "period"]
