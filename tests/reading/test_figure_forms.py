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


def facts_of(body: str) -> list[tuple]:
    facts = read_text(f"{HEAD}{body}")["facts"]
    return [(f["indicator"], f["scope"], {k: f[k] for k in VALUE_KEYS if k in f}) for f in facts]


VALUE_KEYS = ("groups", "persons", "count", "value", "currency", "value_vnd", "boats", "fishermen")


@given(
    st.integers(1, 999), st.integers(0, 9), st.integers(1000, 9_999_999), st.sampled_from(["tương đương", "tương ứng"])
)
def test_an_amount_in_dong_with_its_worth_in_dollars_is_one_amount(whole, tenth, usd, word):
    # "25,4 tỷ đồng (tương đương 1.104.469 USD)": the bracket is the same money, not a second figure.
    body = f"- Trong tháng, tiếp nhận viện trợ phi chính phủ {whole},{tenth} tỷ đồng ({word} {count(usd)} USD)."
    value = whole * 1_000_000_000 + tenth * 100_000_000
    assert facts_of(body) == [("aid", "period", {"value": value, "currency": "VND"})]


@given(st.integers(1000, 999_999_999), st.sampled_from(["USD", "đồng"]), st.sampled_from([".", ",", " ", "\u00a0"]))
def test_an_amount_is_read_as_written_whichever_mark_groups_its_thousands(value, currency, mark):
    # "180.000 USD", "180,000 USD" (as some pages print dollars) and "180 000 USD" (a table's cell)
    # are the same amount
    written = f"{value:,}".replace(",", mark)
    body = f"- Trong tháng, tiếp nhận viện trợ phi chính phủ trị giá {written} {currency}."
    expected = {"value": value, "currency": "USD" if currency == "USD" else "VND"}
    assert facts_of(body) == [("aid", "period", expected)]


@given(st.integers(1, 90), st.integers(1, 9), st.integers(1, 99), st.sampled_from(["xấp xỉ ", "khoảng ", "gần ", ""]))
def test_aid_in_dollars_through_projects_is_one_fact_with_its_worth_in_dong(projects, millions, billions, hedge):
    # "hơn 1,086 triệu USD (tương đương xấp xỉ 25 tỷ đồng) từ các tổ chức … thông qua 14 dự án"
    body = (
        f"- Trong tháng, Liên hiệp đã vận động được {millions} triệu USD (tương đương {hedge}{billions} tỷ đồng) "
        f"từ các tổ chức phi chính phủ nước ngoài thông qua {count(projects)} dự án viện trợ."
    )
    expected = {"count": projects, "value": millions * 1_000_000, "currency": "USD", "value_vnd": billions * 10**9}
    assert facts_of(body) == [("aid", "period", expected)]


@given(st.integers(1, 90), st.integers(100, 900))
def test_persons_tied_by_voi_so_luong_are_the_groups_persons(groups, persons):
    body = (
        f"- Từ đầu năm đến nay, Liên hiệp đã tiếp và làm việc với {count(groups)} đoàn tổ chức phi chính phủ "
        f"nước ngoài đến hoạt động tại tỉnh, với số lượng {count(persons)} người."
    )
    assert facts_of(body) == [("incoming_delegations", "ytd", {"groups": groups, "persons": persons})]


@given(delegations(), st.integers(1, 50), st.integers(1, 500), st.sampled_from(["số người", "số lượt người"]))
def test_a_change_whose_unit_is_named_before_its_figure(figure, more_groups, more_persons, noun):
    # "(tăng 6 lượt đoàn và số người đến tăng 46 so với cùng kỳ)": one change of groups and persons.
    text, indicator, values = figure
    body = (
        f"- Trong tháng, {text} (tăng {count(more_groups)} lượt đoàn và {noun} đến tăng {more_persons} "
        f"so với cùng kỳ năm 2020)."
    )
    assert facts_of(body) == [
        (indicator, "period", values),
        (indicator, "change", {"groups": more_groups, "persons": more_persons}),
    ]


@given(st.integers(1, 90), st.integers(1, 60), st.sampled_from(["CTDA", "chương trình, dự án"]))
def test_aid_items_written_short_are_counted_with_their_parts(total, new, unit):
    body = (
        f"- Trong tháng, UBND tỉnh đã tiếp nhận và triển khai thực hiện {count(total)} {unit} từ khoản viện trợ "
        f"PCPNN; trong đó tiếp nhận mới {count(new)} chương trình, dự án."
    )
    assert facts_of(body) == [("aid", "period", {"count": total}), ("aid", "part", {"count": new})]


@given(st.integers(2, 30), st.sampled_from(["gồm", "chở", "cùng"]), st.sampled_from(["QB 93256TS", "QNg-95031-TS"]))
def test_a_boat_named_by_its_number_with_its_crew_is_one_boat(fishermen, word, plate):
    body = f"- Trong tháng, tàu cá {plate} {word} {count(fishermen)} ngư dân bị phía nước ngoài bắt giữ."
    assert facts_of(body) == [("boats_detained", "period", {"boats": 1, "fishermen": fishermen})]


def test_the_aid_topic_named_before_a_semicolon_of_the_same_sentence():
    body = (
        "- Liên hiệp vận động các tổ chức PCPNN tài trợ cho tỉnh; kết quả trong tháng đã tiếp nhận mới các "
        "chương trình, dự án với tổng giá trị trên 70,8 tỷ đồng.\n"
        "- Toàn tỉnh có 27 tổ chức phi chính phủ hoạt động; 4 dự án đầu tư trực tiếp nước ngoài (FDI) với tổng "
        "số vốn hơn 51,7 triệu USD."
    )
    assert facts_of(body) == [("aid", "period", {"value": 70_800_000_000, "currency": "VND"})]


def test_a_headline_in_dong_restating_the_bodys_dollars_is_the_bodys_fact():
    text = (
        "16:20 | 31/07/2019 GMT+7\n\nHải Dương vận động được 25 tỷ đồng viện trợ phi chính phủ\n\n"
        "Trong 6 tháng đầu năm 2019, Liên hiệp đã vận động được hơn 1,086 triệu USD (tương đương xấp xỉ 25 tỷ "
        "đồng) từ các tổ chức phi chính phủ nước ngoài thông qua 14 dự án viện trợ.\n"
    )
    facts = read_text(text)["facts"]
    assert [(f["indicator"], f.get("count"), f["value"], f["currency"], f.get("value_vnd")) for f in facts] == [
        ("aid", 14, 1_086_000, "USD", 25_000_000_000)
    ]


@given(
    st.integers(1, 60),
    st.sampled_from(
        [
            "Sở tham mưu UBND tỉnh cử {n} đoàn",
            "tỉnh tổ chức {n} đoàn đi công tác tại Lào, Thái Lan",
            "{n} đoàn cán bộ của tỉnh sang thăm, làm việc tại Lào",
            "lãnh đạo tỉnh dẫn {n} đoàn công tác đi Nhật Bản, Hàn Quốc",
            "có {n} đoàn của tỉnh đi công tác các nước",
        ]
    ),
)
def test_delegations_going_abroad_in_the_wordings_of_reports(groups, form):
    body = "- Trong tháng, " + form.format(n=count(groups)) + "."
    assert facts_of(body) == [("outgoing_delegations", "period", {"groups": groups})]


@given(st.integers(1, 60))
def test_delegations_coming_over_to_the_province(groups):
    body = f"- Trong tháng, {count(groups)} đoàn của tỉnh Hủa Phăn (Lào) sang thăm và làm việc tại tỉnh."
    assert facts_of(body) == [("incoming_delegations", "period", {"groups": groups})]


@given(
    st.integers(1, 30),
    st.sampled_from(["văn bản hợp tác", "văn kiện hợp tác", "biên bản ghi nhớ", "thỏa thuận hợp tác", "MoU"]),
)
def test_agreements_signed_in_the_wordings_of_reports(agreements, unit):
    body = f"- Trong tháng, tỉnh đã ký kết {count(agreements)} {unit} với các địa phương nước ngoài."
    assert facts_of(body) == [("agreements_signed", "period", {"count": agreements})]


@given(st.integers(2, 30), st.integers(2, 300))
def test_a_figure_restated_with_more_detail_in_its_paragraph_is_one_fact(boats, fishermen):
    # Some pages lose the space after a full stop: "bắt giữ.Ngày 20.4, …" still ends a sentence.
    body = (
        f"Báo Thanh Niên cho biết {count(boats)} tàu cá Việt Nam đã bị tàu nước ngoài bắt giữ.Bộ đội biên "
        f"phòng đang xác minh đơn trình báo về việc {count(boats)} tàu cá cùng {count(fishermen)} ngư dân bị "
        "tàu nước ngoài bắt giữ.Ngày 20.4, chủ tàu đã trình báo vụ việc với đồn biên phòng."
    )
    assert facts_of(body) == [("boats_detained", "period", {"boats": boats, "fishermen": fishermen})]


@given(st.integers(2, 30), st.sampled_from(["NT-91567", "QNg 90917 TS"]), st.sampled_from(["Hiện", "Hiện nay,"]))
def test_hien_opening_a_sentence_says_the_boat_is_held_now(fishermen, plate, now):
    body = (
        f"- {now} tàu cá {plate} cùng {count(fishermen)} ngư dân trên bị tạm giữ tại cảng Phòng Thành. "
        f"Những ngư dân bị bắt giữ gồm thuyền trưởng Nguyễn Văn A và {count(fishermen - 1)} thuyền viên."
    )
    assert facts_of(body) == [("fishermen_still_detained", "stock", {"boats": 1, "fishermen": fishermen})]


@given(st.integers(2, 30), st.sampled_from(["lao động", "ngư dân", "thuyền viên"]))
def test_the_men_on_board_of_a_boat_named_before(men, noun):
    body = f"- Tàu cá bị bắt giữ là tàu của ông Tiêu Viết Là (xã Bình Châu), trên tàu có {count(men)} {noun}."
    assert facts_of(body) == [("boats_detained", "period", {"boats": 1, "fishermen": men})]


@given(st.integers(1_000, 999_999), st.sampled_from(["USD", "EUR"]), st.integers(2, 9), st.integers(1, 9))
def test_an_amount_with_its_currency_glued_and_the_projects_it_is_made_of(amount, currency, projects, part):
    # "8 dự án … 11,342 tỷ đồng và 88.831USD gồm các tổ chức: X tài trợ 3 dự án …"
    body = (
        f"- Trong tháng, tỉnh tiếp nhận {count(projects)} dự án viện trợ với tổng giá trị 5 tỷ đồng và "
        f"{count(amount)}{currency} gồm các tổ chức: Tổ chức A tài trợ {count(part)} dự án về y tế."
    )
    assert facts_of(body) == [
        ("aid", "period", {"count": projects, "value": 5_000_000_000, "currency": "VND"}),
        ("aid", "period", {"value": amount, "currency": currency}),
        ("aid", "part", {"count": part}),
    ]


def test_a_spaced_number_is_one_number_but_never_across_a_code_or_a_month():
    from ngoaivu.reading.text import NUMBER, parse_number

    def numbers(text):
        return [parse_number(m.group(0)) for m in NUMBER.finditer(text)]

    assert numbers("với 1 200 đại biểu") == [1200]
    assert numbers("COVID-19 135 du học sinh") == [19, 135]
    assert numbers("trong tháng 8 150 lượt người") == [8, 150]
    assert numbers("Tháng 8 150 lượt người") == [8, 150]
    assert numbers("Quý 3 120 đoàn") == [3, 120]
    assert numbers("mã số 12 345 678") == [12, 345, 678]
