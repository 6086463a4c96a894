"""Figure sentences in the forms reports write them, generated (hypothesis) and read back exactly:
the indicator, the scope (the period, the year to date, a change) and every value."""

from hypothesis import given
from hypothesis import strategies as st

from ngoaivu.reading.reader import read_text

HEAD = "BÁO CÁO\nCông tác đối ngoại tháng 8 năm 2021\nI. KẾT QUẢ\n"
SCOPES = {
    "period": ["Trong tháng, ", "Trong tháng 8, ", "Tháng này, "],
    "ytd": ["Tính chung 8 tháng, ", "Lũy kế từ đầu năm đến nay, ", "Từ đầu năm đến nay, "],
}


def count(n):
    """As the official style writes a count: "05", "17", "1.234"."""
    return f"{n:02d}" if n < 10 else f"{n:,}".replace(",", ".")


@st.composite
def delegations(draw):
    groups, persons = draw(st.integers(1, 300)), draw(st.integers(1, 3000))
    verb, noun, indicator = draw(
        st.sampled_from(
            [
                ("đón tiếp", "đoàn khách nước ngoài", "incoming_delegations"),
                ("tham mưu đón", "đoàn khách quốc tế", "incoming_delegations"),
                ("tổ chức", "đoàn ra", "outgoing_delegations"),
                ("quản lý", "đoàn ra", "outgoing_delegations"),
            ]
        )
    )
    text = f"{verb} {count(groups)} {noun} với {count(persons)} lượt người"
    return text, indicator, {"groups": groups, "persons": persons}


@st.composite
def fishing(draw):
    boats, fishermen = draw(st.integers(1, 60)), draw(st.integers(1, 600))
    text = f"có {count(boats)} tàu cá với {count(fishermen)} ngư dân bị nước ngoài bắt giữ"
    return text, "boats_detained", {"boats": boats, "fishermen": fishermen}


@given(st.sampled_from(sorted(SCOPES)), st.data(), st.one_of(delegations(), fishing()))
def test_a_figure_is_read_with_its_scope_and_values(scope, data, figure):
    text, indicator, values = figure
    lead = data.draw(st.sampled_from(SCOPES[scope]))
    facts = read_text(f"{HEAD}- {lead}{text}.")["facts"]
    assert [(f["indicator"], f["scope"], {k: f.get(k) for k in values}) for f in facts] == [(indicator, scope, values)]


@given(delegations(), st.integers(1, 50), st.sampled_from(["tăng", "giảm"]))
def test_a_change_on_the_same_period_last_year_is_read_as_a_change(figure, more, verb):
    text, indicator, values = figure
    sentence = f"{HEAD}- Trong tháng, {text}, {verb} {count(more)} đoàn so với cùng kỳ năm 2020."
    facts = read_text(sentence)["facts"]
    assert [(f["indicator"], f["scope"]) for f in facts] == [(indicator, "period"), (indicator, "change")]
    assert facts[0]["groups"] == values["groups"] and facts[0]["persons"] == values["persons"]
    assert facts[1]["groups"] == (more if verb == "tăng" else -more)


@given(
    st.integers(1, 90),
    st.integers(1, 900),
    st.integers(0, 99),
    st.integers(1, 2000),
    st.sampled_from(["chương trình, dự án", "dự án viện trợ phi chính phủ nước ngoài"]),
)
def test_aid_is_read_with_its_currency_and_its_equivalent_in_dong(projects, whole, cents, billions, noun):
    usd = f"{whole},{cents:02d}".rstrip("0").rstrip(",")
    # The section names the work; the sentence need not say "viện trợ" again.
    sentence = (
        f"{HEAD}2. Công tác viện trợ phi chính phủ nước ngoài\n"
        f"- Trong tháng, tiếp nhận {count(projects)} {noun} với tổng giá trị {usd} triệu USD "
        f"(tương đương {count(billions)} tỷ đồng)."
    )
    facts = read_text(sentence)["facts"]
    assert [(f["indicator"], f["scope"], f["count"], f["currency"]) for f in facts] == [
        ("aid", "period", projects, "USD")
    ]
    assert facts[0]["value"] == round((whole + cents / 100) * 1_000_000)
    assert facts[0]["value_vnd"] == billions * 1_000_000_000
