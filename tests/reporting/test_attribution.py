"""Whose figures a compiled report's sentence counts (pure): the units whose answers give that sentence's
indicators a figure, said once in a paragraph for the figures of one window (the period's, a year to date's, a
stock's), a verb of work said as done after it."""

from ngoaivu.pure.indicator_types import Figure
from ngoaivu.reporting.outlines.consular import CONSULAR
from ngoaivu.reporting.paragraphs import sources, write_section
from ngoaivu.reporting.sentences import Context

SCHOOL = "Trường Đại học Phạm Văn Đồng"


def compiled(contributors, **figures):
    """A compilation of the answers of two units to the Sở (not the focal point): its sentences count other
    units' work (sentences.counted: "units")."""
    values = {
        "abtc": {"businesspeople": Figure(2, 5, 0, 1), "enterprises": Figure(1, 2, 0, 1)},
        "consular_cases": {"count": Figure(1, 2, 0, 1)},
        "consular_cases_open": {"count": Figure(0, 0, 0, 0)},
    }
    values.update(figures)
    return Context(
        figures=values,
        period={"in_word": "Trong tháng", "ytd_label": "9 tháng", "last_year": 2020, "has_ytd": True},
        unit={"name": "Sở Ngoại vụ", "short": "Sở", "focal": False},
        across=f"{sources('Sở Ngoại vụ', 2)},",
        answers=2,
        contributors=contributors,
        source="Sở Ngoại vụ",
    )


def boats(detained, fishermen):
    """The fishermen section's figures: boats detained and their fishermen as given, none of the others."""
    none = {"boats": Figure(0, 0, 0, 0), "fishermen": Figure(0, 0, 0, 0)}
    return {
        "boats_detained": {"boats": detained, "fishermen": fishermen},
        "boats_obstructed": none,
        "boats_released": none,
        "fishermen_still_detained": none,
    }


def test_a_sentence_counts_the_units_whose_answers_give_its_figures_once_in_its_paragraph():
    # No unit reported a card: the cards are the Sở's register's alone; one unit reported the cases.
    (paragraph,) = write_section(CONSULAR, compiled({"abtc": set(), "consular_cases": {SCHOOL}}))
    assert paragraph.startswith(  # the Sở's own work alone, told as the seeds tell it
        "Sở Ngoại vụ đã thẩm tra hồ sơ, tham mưu Chủ tịch UBND tỉnh cho phép 02 doanh nhân của "
        "01 doanh nghiệp trên địa bàn tỉnh sử dụng thẻ ABTC (tăng 02 doanh nhân với 01 doanh nghiệp so với cùng kỳ "
        "năm 2020); phối hợp"
    )
    assert (
        "Trong tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, đã tiếp nhận, phối hợp xử lý 01 "
        "vụ việc lãnh sự (tăng 01 vụ việc so với cùng kỳ năm 2020). Tính chung trong 9 tháng, theo số liệu của Sở "
        "Ngoại vụ và theo báo cáo của 01 đơn vị, có 05 doanh nhân"
    ) in paragraph
    assert "02 đơn vị" not in paragraph
    # Both units reported both: said once for the period's figures, once for the year to date's.
    both = {SCHOOL, "Sở Tư pháp"}
    (paragraph,) = write_section(CONSULAR, compiled({"abtc": both, "consular_cases": both}))
    assert paragraph.count("theo báo cáo của") == 2
    assert paragraph.startswith("Theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, đã thẩm tra hồ sơ")
    assert "Trong tháng, đã tiếp nhận, phối hợp xử lý 01 vụ việc" in paragraph
    assert "Tính chung trong 9 tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, có 05" in paragraph


def test_a_sentence_of_nothing_and_one_of_unknown_sources_count_every_answer():
    # «không có» of what no answer reported: every answer says none, so every answer is its source
    nothing = {
        "if": "aid.count.period",
        "text": "Có {aid.count.period} khoản.",
        "else": "{across}không có khoản viện trợ.",
    }
    figures = {"aid": {"count": Figure(0, 0, 0, 0)}}
    assert write_section([nothing], compiled({"aid": set()}, **figures)) == [
        "theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, không có khoản viện trợ."
    ]
    # contributors not known (a context built without them): every answer, in every sentence, as before
    assert write_section([nothing], compiled(None, **figures)) == [
        "theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, không có khoản viện trợ."
    ]
    # a bullet said first: a sentence of the same window joined to it does not say it again; a year to date,
    # another count, says its own
    aid = [
        {"if": "aid.count.period", "text": "- Phê duyệt {aid.count.period} khoản viện trợ ({aid.count.compare})."},
        {"paragraph": False, "text": "Trong đó {aid.count.period} khoản viện trợ khẩn cấp."},
        {"paragraph": False, "text": "Tính chung trong {period.ytd_label}, {across}có {aid.count.ytd} khoản viện trợ."},
    ]
    figures = {"aid": {"count": Figure(3, 3, 0, 0), "value": Figure(0, 0, 0, 0)}}
    assert write_section(aid, compiled({"aid": {SCHOOL}}, **figures)) == [
        "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, đã phê duyệt 03 khoản viện trợ (tăng 03 "
        "khoản viện trợ so với cùng kỳ năm 2020). Trong đó 03 khoản viện trợ khẩn cấp. Tính chung trong 9 tháng, "
        "theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, có 03 khoản viện trợ."
    ]
    (paragraph,) = write_section(CONSULAR, compiled(None))
    assert paragraph.startswith("Theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, thẩm tra hồ sơ")
    assert paragraph.count("theo báo cáo của 02 đơn vị") == 3


def test_a_sentence_saying_toan_tinh_counts_its_own_sources_in_its_paragraph():
    from ngoaivu.reporting.outlines.consular import FISHERMEN

    # The boats are the Sở's register's alone: the answers gave none, so neither sentence credits them; the
    # year to date, another count than the period's, says its sources too.
    figures = boats(Figure(2, 3, 0, 1), Figure(19, 27, 0, 8))
    context = compiled({"boats_detained": set()}, **figures)
    context.period["in_word"] = "Trong tháng"
    paragraph = write_section(FISHERMEN, context)[0]
    assert paragraph.startswith("- Trong tháng, theo số liệu của Sở Ngoại vụ, có 02 tàu cá cùng 19 ngư dân")
    assert "Tính chung trong 9 tháng, theo số liệu của Sở Ngoại vụ, có 03 tàu cá cùng 27 ngư dân" in paragraph
    assert "theo báo cáo" not in paragraph and paragraph.count("theo số liệu") == 2


def test_a_stock_joined_after_a_year_to_date_says_its_sources():
    # «Tính đến cuối kỳ báo cáo, còn 02 vụ việc …» after the year to date's cases: a stock, its own count
    figures = {"consular_cases": {"count": Figure(0, 2, 0, 1)}, "consular_cases_open": {"count": Figure(2, 2, 0, 0)}}
    context = compiled({"abtc": set(), "consular_cases": set(), "consular_cases_open": set()}, **figures)
    (paragraph,) = write_section(CONSULAR, context)
    assert (
        "Tính đến cuối kỳ báo cáo, theo số liệu của Sở Ngoại vụ, còn 02 vụ việc đang tiếp tục phối hợp xử lý."
        in paragraph
    )


def test_a_sentence_listing_the_asking_units_rows_names_its_register():
    # «Hiện có 02 thỏa thuận …: …», «phát hành 01 Bản tin … số …» count and list the asking unit's own rows
    # (speaking_for): said as its work, by its name, not as the compiled total's
    agreements = {
        "if": "agreements_in_progress.count.period",
        "text": [
            "Hiện có {agreements_in_progress.count.period} thỏa thuận quốc tế đang trong quá trình xin ý kiến: ",
            {"list": "agreements_in_progress", "item": "{title}", "join": "; "},
            ".",
        ],
    }
    bulletins = {
        "if": "bulletins.count.period",
        "text": [
            "Xây dựng nội dung và phát hành {bulletins.count.period} Bản tin Đối ngoại số ",
            {"list": "bulletins", "item": "{number:raw}", "join": ", "},
            ".",
        ],
    }
    own = {"agreements_in_progress": {"count": Figure(1, 1, 0, 0)}, "bulletins": {"count": Figure(1, 1, 0, 0)}}
    context = compiled({"agreements_in_progress": {SCHOOL}, "bulletins": {SCHOOL}})
    context.figures.update({code: {"count": Figure(2, 2, 0, 0)} for code in own})
    context.own_figures = own
    context.own_lists = {
        "agreements_in_progress": [{"title": "Bản ghi nhớ với tỉnh Champasak"}],
        "bulletins": [{"number": 25}],
    }
    context.lists = context.own_lists
    assert write_section([agreements, bulletins], context) == [
        "Theo số liệu của Sở Ngoại vụ, hiện có 01 thỏa thuận quốc tế đang trong quá trình xin ý kiến: Bản ghi nhớ "
        "với tỉnh Champasak.",
        "Sở Ngoại vụ đã xây dựng nội dung và phát hành 01 Bản tin Đối ngoại số 25.",
    ]


def test_done_is_said_only_before_a_verb_of_work():
    figures = {"aid": {"count": Figure(3, 3, 0, 0), "value": Figure(0, 0, 0, 0)}}
    for text, said in (
        (
            "- Phê duyệt {aid.count.period} khoản.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, đã phê duyệt 03 khoản.",
        ),
        (
            "- Dự kiến phê duyệt {aid.count.period} khoản.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, dự kiến phê duyệt 03 khoản.",
        ),
        (
            "- Sẽ tiếp nhận {aid.count.period} khoản.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, sẽ tiếp nhận 03 khoản.",
        ),
        (
            "- {aid.count.period} khoản được phê duyệt.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, 03 khoản được phê duyệt.",
        ),
        (
            "- Đón {aid.count.period} đoàn.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, đã đón 03 đoàn.",
        ),
        (
            "- Tàu cá {aid.count.period} chiếc.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, tàu cá 03 chiếc.",
        ),
        (
            "- Tổng số khoản là {aid.count.period}.",
            "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, tổng số khoản là 03.",
        ),
    ):
        assert write_section([{"text": text}], compiled({"aid": {SCHOOL}}, **figures)) == [said], text
    # what a template places after {across} itself is written as it stands
    placed = {"text": "Tính chung, {across}có {aid.count.ytd} khoản."}
    assert write_section([placed], compiled({"aid": {SCHOOL}}, **figures)) == [
        "Tính chung, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, có 03 khoản."
    ]


def test_a_year_to_date_says_the_other_units_whose_register_rows_it_counts():
    from ngoaivu.reporting.outlines.consular import FISHERMEN

    # The period's boats are the Sở's; its year to date adds the border guard's of April (not asked): the year
    # to date says so, and the sources said of the period are not taken for its own.
    figures = boats(Figure(2, 3, 0, 1), Figure(19, 27, 0, 8))
    context = compiled({"boats_detained": set()}, **figures)
    context.whole_contributors = {"boats_detained": ({SCHOOL}, ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"])}
    paragraph = write_section(FISHERMEN, context)[0]
    assert paragraph.startswith("- Trong tháng, theo số liệu của Sở Ngoại vụ, có 02 tàu cá cùng 19 ngư dân")
    assert (
        "Tính chung trong 9 tháng, theo số liệu của Sở Ngoại vụ, Bộ Chỉ huy Bộ đội Biên phòng tỉnh và theo báo cáo "
        "của 01 đơn vị, có 03 tàu cá cùng 27 ngư dân"
    ) in paragraph
    many = ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    assert sources("Sở Ngoại vụ", 0, many) == "theo số liệu của Sở Ngoại vụ và 03 đơn vị khác"
    assert sources("Sở Ngoại vụ", 0, many[:1]) == "theo số liệu của Sở Ngoại vụ và Công an tỉnh"


def test_a_sentence_names_the_asking_unit_only_where_its_own_register_adds_to_the_figure():
    figures = {"aid": {"count": Figure(3, 3, 0, 0), "value": Figure(0, 0, 0, 0)}}
    context = compiled({"aid": {SCHOOL}}, **figures)
    context.own_contributes = {"aid": (False, False)}
    # the Sở's register holds none of the 03 khoản: the answer alone is their source
    assert write_section([{"text": "- Phê duyệt {aid.count.period} khoản."}], context) == [
        "- Theo báo cáo của 01 đơn vị, đã phê duyệt 03 khoản."
    ]
    context.own_contributes = {"aid": (True, True)}
    assert write_section([{"text": "- Phê duyệt {aid.count.period} khoản."}], context) == [
        "- Theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, đã phê duyệt 03 khoản."
    ]
    # of the year to date, the Sở's earlier months count it in though the period did not
    context.own_contributes = {"aid": (False, True)}
    assert write_section([{"text": "Tính chung, {across}có {aid.count.ytd} khoản."}], context) == [
        "Tính chung, theo số liệu của Sở Ngoại vụ và theo báo cáo của 01 đơn vị, có 03 khoản."
    ]
    assert sources("", 2) == "theo báo cáo của 02 đơn vị"
    assert sources("", 0, ["Công an tỉnh"]) == "theo số liệu của Công an tỉnh"


def test_a_month_of_none_names_every_source_that_says_none_before_a_year_to_date_of_others():
    from ngoaivu.reporting.outlines.consular import FISHERMEN

    # None in the month, by the Sở and both answers; the year to date is the border guard's April boat alone.
    figures = boats(Figure(0, 1, 0, 0), Figure(0, 8, 0, 0))
    context = compiled({"boats_detained": set()}, **figures)
    context.own_contributes = {"boats_detained": (False, False)}
    context.whole_contributors = {"boats_detained": (set(), ["Bộ Chỉ huy Bộ đội Biên phòng tỉnh"])}
    paragraph = write_section(FISHERMEN, context)[0]
    assert paragraph == (
        "- Trong tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, không có tàu và ngư dân bị nước "
        "ngoài bắt giữ. Tính chung trong 9 tháng, theo số liệu của Bộ Chỉ huy Bộ đội Biên phòng tỉnh, có 01 tàu cá "
        "cùng 08 ngư dân bị nước ngoài bắt giữ (tăng 01 tàu cá cùng 08 ngư dân so với cùng kỳ năm 2020)."
    )


def test_the_other_units_a_sentence_counts_are_named_in_a_footnote():
    from ngoaivu.reporting.outlines.consular import FISHERMEN

    many = ["Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]
    figures = boats(Figure(0, 3, 0, 0), Figure(0, 27, 0, 0))
    context = compiled({"boats_detained": set()}, **figures)
    context.own_contributes = {"boats_detained": (False, False)}
    context.whole_contributors = {"boats_detained": (set(), many)}
    paragraph = write_section(FISHERMEN, context)[0]
    assert "Tính chung trong 9 tháng, theo số liệu của 03 đơn vị khác[[fn:1]], có 03 tàu cá" in paragraph
    assert context.footnotes == [
        "Các đơn vị khác gồm: Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh, Bộ Chỉ huy Bộ đội Biên phòng tỉnh."
    ]
