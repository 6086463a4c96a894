"""Sentence patterns (pure): counts, amounts, comparisons, conditions, citations, footnotes."""

import pytest

from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.wording import format_money
from ngoaivu.reporting.paragraphs import write_section
from ngoaivu.reporting.sentences import (
    Context,
    PatternError,
    fill,
    holds,
)
from ngoaivu.reporting.sentence_lists import join_vi


def context(**figures):
    values = {
        "incoming_delegations": {"groups": Figure(0, 19, 0, 16), "persons": Figure(0, 54, 0, 43)},
        "aid": {"count": Figure(3, 3, 1, 1), "value": Figure(7037000000, 7037000000, 0, 0)},
    }
    values.update(figures)
    return Context(
        figures=values,
        period={"in_word": "Trong tháng", "ytd_label": "8 tháng", "last_year": 2020, "has_ytd": True},
        unit={"name": "Sở Ngoại vụ", "short": "Sở"},
        citations={"22-NQ/TW": ("Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị", "Nghị quyết số 22-NQ/TW")},
    )


def test_amounts_as_reports_write_them():
    assert format_money(7037000000) == "7,037 tỷ đồng"
    assert format_money(58300000000) == "58,3 tỷ đồng"
    assert format_money(850000000) == "850 triệu đồng"
    assert format_money(25500000) == "25.500.000 đồng"


def test_a_zero_takes_the_else_sentence():
    body = [
        {
            "if": "incoming_delegations.groups.period",
            "text": "{period.in_word}, có {incoming_delegations.groups.period} đoàn.",
            "else": "{period.in_word}, không có người nước ngoài đến làm việc trên địa bàn tỉnh.",
        },
        {
            "if": "period.has_ytd",
            "paragraph": False,
            "text": "Tính chung {period.ytd_label}, {unit.short} quản lý {incoming_delegations.groups.ytd} đoàn với "
            "{incoming_delegations.persons.ytd} lượt người ({incoming_delegations.ytd_compare}).",
        },
    ]
    assert write_section(body, context()) == [
        "Trong tháng, không có người nước ngoài đến làm việc trên địa bàn tỉnh. Tính chung 8 tháng, Sở quản lý "
        "19 đoàn với 54 lượt người (tăng 03 đoàn với 11 lượt người so với cùng kỳ năm 2020)."
    ]


def test_a_comparison_of_one_measure_leaves_the_others_out():
    whole = fill("{incoming_delegations.ytd_compare}", context())
    assert whole == "tăng 03 đoàn với 11 lượt người so với cùng kỳ năm 2020"
    assert fill("{incoming_delegations.groups.ytd_compare}", context()) == "tăng 03 đoàn so với cùng kỳ năm 2020"
    with pytest.raises(PatternError, match="guests"):
        fill("{incoming_delegations.guests.compare}", context())


def test_a_comparison_names_its_measures_in_the_order_the_sentence_does():
    """«09 doanh nhân của 03 doanh nghiệp (giảm 01 doanh nhân với 02 doanh nghiệp …)», not the catalogue's order."""
    cards = context(abtc={"enterprises": Figure(1, 3, 2, 5), "businesspeople": Figure(2, 9, 2, 10)})
    assert fill("{abtc.ytd_compare}", cards) == "giảm 02 doanh nghiệp với 01 doanh nhân so với cùng kỳ năm 2020"
    assert (
        fill("{abtc.businesspeople,enterprises.ytd_compare}", cards)
        == "giảm 01 doanh nhân với 02 doanh nghiệp so với cùng kỳ năm 2020"
    )
    assert (
        fill("{abtc.businesspeople,enterprises.compare}", cards)
        == "bằng về số doanh nhân, giảm 01 doanh nghiệp so với cùng kỳ năm 2020"
    )
    with pytest.raises(PatternError, match="«persons» của chỉ tiêu «abtc»"):
        fill("{abtc.businesspeople,persons.compare}", cards)


def test_counts_under_ten_and_money():
    text = fill("{aid.count.period} khoản viện trợ với tổng giá trị {aid.value.period:money}", context())
    assert text == "03 khoản viện trợ với tổng giá trị 7,037 tỷ đồng"


def test_conditions_combine_and_negate():
    ctx = context()
    assert holds(["period.has_ytd", "incoming_delegations.groups.ytd"], ctx)
    assert not holds(["period.has_ytd", "not incoming_delegations.groups.ytd"], ctx)
    assert holds("not incoming_delegations.groups.period", ctx)


def test_a_document_is_cited_in_full_once_then_short():
    ctx = context()
    first = fill("Thực hiện {cite:22-NQ/TW} về hội nhập quốc tế", ctx)
    again = fill("chương trình thực hiện {cite:22-NQ/TW}", ctx)
    assert first == "Thực hiện Nghị quyết số 22-NQ/TW ngày 10/4/2013 của Bộ Chính trị về hội nhập quốc tế"
    assert again == "chương trình thực hiện Nghị quyết số 22-NQ/TW"


def test_footnotes_are_collected_and_marked_before_the_stop():
    ctx = context()
    paragraphs = write_section(
        [
            {
                "text": "Đã trình UBND tỉnh dự thảo Kế hoạch hợp tác.",
                "footnote": "Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ.",
            }
        ],
        ctx,
    )
    assert paragraphs == ["Đã trình UBND tỉnh dự thảo Kế hoạch hợp tác[[fn:1]]."]
    assert ctx.footnotes == ["Công văn số 49/SNgV-HTQT ngày 31/5/2021 của Sở Ngoại vụ."]


def test_unknown_names_are_explained():
    with pytest.raises(PatternError, match="Không có chỉ tiêu «doan_vao»"):
        fill("{doan_vao.groups.period}", context())
    with pytest.raises(PatternError, match="chưa được tính"):
        fill("{bulletins.count.period}", context())


def test_enumerations():
    assert join_vi([22, 23, 24]) == "22, 23 và 24"
    assert join_vi(["Champasak"]) == "Champasak"


def test_the_letter_is_named_letter_and_still_request_in_older_templates():
    ctx = context()
    ctx.letter = {"citation": "Công văn số 1874/SNgV-ĐN ngày 12/11/2024 của Sở Ngoại vụ", "issuer": "Sở Ngoại vụ"}
    for name in ("letter", "request"):
        assert fill(f"Thực hiện {{{name}.citation}}.", ctx) == f"Thực hiện {ctx.letter['citation']}."
        assert holds(f"{name}.issuer", ctx)
    assert not holds("letter.issuer", context())


def test_courses_whose_participants_are_not_known_say_no_zero():
    from ngoaivu.reporting.outlines import INTEGRATION

    def course(participants):
        figures = {"training_courses": {"count": Figure(1, 1, 0, 0), "participants": Figure(participants, 0, 0, 0)}}
        return write_section(INTEGRATION[1:2], context(**figures))

    assert course(0) == ["Tổ chức 01 lớp tập huấn về hội nhập quốc tế."]
    assert course(40) == ["Tổ chức 01 lớp tập huấn về hội nhập quốc tế với 40 lượt người tham dự."]


def test_a_sentence_speaking_for_the_province_says_whose_reports_it_counts():
    # {across}: nothing when the figures are the province's; in a compilation of some units' answers, theirs.
    pattern = "Tính đến cuối kỳ báo cáo, {across}có 05 lưu học sinh đang học tập trên địa bàn tỉnh."
    whole, partial = context(), context()
    partial.across = "theo báo cáo của 02 đơn vị,"
    assert fill(pattern, whole) == "Tính đến cuối kỳ báo cáo, có 05 lưu học sinh đang học tập trên địa bàn tỉnh."
    assert (
        fill(pattern, partial)
        == "Tính đến cuối kỳ báo cáo, theo báo cáo của 02 đơn vị, có 05 lưu học sinh đang học tập trên địa bàn tỉnh."
    )
    opening = {"if": "across", "text": "- {period.in_word}, {across}có ", "else": "- Có "}
    assert fill([opening, "02 tàu cá."], whole) == "- Có 02 tàu cá."
    assert fill([opening, "02 tàu cá."], partial) == "- Trong tháng, theo báo cáo của 02 đơn vị, có 02 tàu cá."
    assert holds("not across", whole) and holds("across", partial)


def test_a_count_names_the_unit_only_when_the_rows_are_its_own():
    # One rule (sentences.counted) for who a count sentence says did the work.
    pattern = {"if": "counted.own", "text": "Sở cử 02 đoàn.", "else": "{across}có 02 đoàn."}
    own, province, answers, some = context(), context(), context(), context()
    province.unit = {**province.unit, "focal": True}
    answers.answers = 2  # a compilation: the university's delegations are not the Sở's
    some.unit, some.across = {**some.unit, "focal": True}, "theo báo cáo của 02 đơn vị,"
    assert fill(pattern, own) == "Sở cử 02 đoàn."
    assert fill(pattern, answers) == "có 02 đoàn."
    assert fill(pattern, some) == "theo báo cáo của 02 đơn vị, có 02 đoàn."
    assert holds("counted.province", province) and not holds("counted.province", some)
    assert holds("counted.units", some) and holds("counted.units", answers) and not holds("counted.units", province)
    with pytest.raises(PatternError, match="counted.own"):
        holds("counted.mine", own)


def test_a_count_without_a_subject_says_whose_work_it_counts_by_the_same_rule():
    # «Quản lý 02 hội nghị…» names no one: of the unit's own or the province's figures it is theirs, as
    # written; of other units' work too (counted.units) it says whose reports it counts, as {across} does.
    spec = {"if": "conferences.count.period", "text": "Quản lý {conferences.count.period} hội nghị, hội thảo quốc tế."}
    timed = {"text": "{period.in_word}, tiếp nhận {conferences.count.period} hồ sơ.", "paragraph": False}
    figures = {"conferences": {"count": Figure(2, 2, 0, 0)}}
    own, province, some = context(**figures), context(**figures), context(**figures)
    province.unit = {**province.unit, "focal": True}
    some.answers, some.across = 2, "theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị,"
    assert write_section([spec], own) == write_section([spec], province) == ["Quản lý 02 hội nghị, hội thảo quốc tế."]
    assert write_section([spec, timed], some) == [
        "Theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, quản lý 02 hội nghị, hội thảo quốc tế. "
        "Trong tháng, theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, tiếp nhận 02 hồ sơ."
    ]
    # A sentence that says whose work it counts, or counts nothing, is written as it is; its «toàn tỉnh» is
    # said as whose figures they are (paragraphs.as_counted).
    said = ["{across}có {conferences.count.period} hội nghị.", "Tiếp tục theo dõi.", "Toàn tỉnh có 02 hội nghị."]
    assert write_section(said, some)[1:] == [
        "Tiếp tục theo dõi.",
        "Theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, có 02 hội nghị.",
    ]
    assert write_section(said, some)[0] == "theo số liệu của Sở Ngoại vụ và theo báo cáo của 02 đơn vị, có 02 hội nghị."
