"""Statements of none (reading/nones.py): the digits of a time are no figure, the scope is a fact's,
and the application reads its own sentences of none (the areas of reporting/outlines/) back."""

from collections import defaultdict

import pytest

from ngoaivu.pure.indicator_types import Figure
from ngoaivu.pure.indicators import BY_CODE
from ngoaivu.pure.periods import HALF, MONTH, Period
from ngoaivu.reading import lexicon
from ngoaivu.reading.nones import nones, stated_none
from ngoaivu.reading.reader import read_text
from ngoaivu.reporting.drafting import period_words
from ngoaivu.reporting.outlines.administration import INSTITUTIONS
from ngoaivu.reporting.outlines.consular import FISHERMEN, STUDENTS
from ngoaivu.reporting.outlines.cooperation import AID, INTEGRATION
from ngoaivu.reporting.outlines.delegations import DELEGATIONS_IN, DELEGATIONS_OUT
from ngoaivu.reporting.paragraphs import as_counted, write_section
from ngoaivu.reporting.sentences import Context

SEPTEMBER = Period(MONTH, 2021, 9)


def read(sentence, period=SEPTEMBER):
    return [(n["indicator"], n["scope"]) for n in nones(sentence, period)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong tháng 9/2021, không có tàu cá của tỉnh bị nước ngoài bắt giữ.",
        "Trong tháng 9 năm 2021, không có tàu cá của tỉnh bị nước ngoài bắt giữ.",
        "Trong quý III năm 2021, không có tàu cá của tỉnh bị nước ngoài bắt giữ.",
        "Trong năm 2021, không có tàu cá của tỉnh bị nước ngoài bắt giữ.",
        "Từ ngày 01/9/2021 đến ngày 30/9/2021, không có tàu cá của tỉnh bị nước ngoài bắt giữ.",
        "Trong tháng, theo báo cáo của 02 đơn vị, không có tàu và ngư dân bị nước ngoài bắt giữ.",
    ],
)
def test_the_digits_of_a_time_are_no_figure(sentence):
    assert [code for code, _scope in read(sentence)] == ["boats_detained"]


def test_a_figure_still_says_more_than_none():
    assert read("Không có 3 đoàn nào.") == []
    assert read("Trong tháng, 02 tàu cá không có giấy phép bị nước ngoài bắt giữ.") == []
    # the units a compiled report counts are not its figure; any other count of units is
    assert read("Trong tháng, 02 đơn vị không có tàu cá bị nước ngoài bắt giữ.") == []


def test_the_scope_of_a_none_is_read_as_a_fact_s():
    assert read("Từ đầu năm đến nay, không có tàu cá của tỉnh bị nước ngoài bắt giữ.") == [("boats_detained", "ytd")]
    assert read("Lũy kế 9 tháng, không có tàu cá của tỉnh bị nước ngoài bắt giữ.") == [("boats_detained", "ytd")]
    assert read("Tính chung 9 tháng, không có tàu cá của tỉnh bị nước ngoài bắt giữ.") == [("boats_detained", "ytd")]
    assert read("Trong 6 tháng đầu năm, không có tàu cá của tỉnh bị nước ngoài bắt giữ.") == [("boats_detained", "ytd")]
    # in a report of the first half, its 6 months are its period
    assert read(
        "Trong 6 tháng đầu năm, toàn tỉnh không có tàu và ngư dân bị nước ngoài bắt giữ.", Period(HALF, 2021)
    ) == [("boats_detained", "period")]
    assert read("Trong tháng, không có tàu cá của tỉnh bị nước ngoài bắt giữ.") == [("boats_detained", "period")]
    # the year the sentence names
    found = nones("Trong tháng 9/2020, không có tàu cá của tỉnh bị nước ngoài bắt giữ.", SEPTEMBER)
    assert found[0]["year"] == 2020


def test_a_report_s_none_of_the_year_to_date_keeps_its_scope_and_its_full_stop():
    text = (
        "BÁO CÁO\nCông tác đối ngoại tháng 9/2021\n"
        "Từ đầu năm đến nay, không có tàu cá của tỉnh bị nước ngoài bắt giữ.\n"
    )
    (none,) = read_text(text)["nones"]
    assert none == {
        "indicator": "boats_detained",
        "scope": "ytd",
        "boats": 0,
        "fishermen": 0,
        "text": "Từ đầu năm đến nay, không có tàu cá của tỉnh bị nước ngoài bắt giữ.",
    }


def _zeros():
    return {code: {m.name: Figure(0, 0, 0, 0) for m in indicator.measures} for code, indicator in BY_CODE.items()}


# The areas' bodies, by the names below.
BODIES = dict(
    DELEGATIONS_OUT=DELEGATIONS_OUT,
    DELEGATIONS_IN=DELEGATIONS_IN,
    AID=AID,
    FISHERMEN=FISHERMEN,
    STUDENTS=STUDENTS,
    INTEGRATION=INTEGRATION,
    INSTITUTIONS=INSTITUTIONS,
)
# Each section of the outline with a sentence of none, and what the application means by it (then,
# after a period that is not the year's first, by its sentence of the year to date).
DRAFTED = {
    "DELEGATIONS_OUT": ["outgoing_delegations"],
    "DELEGATIONS_IN": ["incoming_delegations"],
    "AID": ["aid"],
    "FISHERMEN": ["boats_detained"],
    "STUDENTS": ["foreign_students"],
    "INTEGRATION": ["training_courses"],
    "INSTITUTIONS": ["documents_issued"],
}
YEAR_TO_DATE = {
    "DELEGATIONS_OUT": ["outgoing_delegations", "private_trips"],
    "DELEGATIONS_IN": ["incoming_delegations"],
    "AID": ["aid"],
    "FISHERMEN": ["boats_detained"],
}


@pytest.mark.parametrize("focal", [True, False])
@pytest.mark.parametrize("period", [SEPTEMBER, Period(HALF, 2021)], ids=["month", "half"])
@pytest.mark.parametrize("across", ["", "theo báo cáo của 02 đơn vị,"])
def test_the_application_reads_its_own_sentences_of_none_back(focal, period, across):
    unit = {"name": "Sở Ngoại vụ tỉnh Quảng Ngãi", "short": "Sở Ngoại vụ", "focal": focal}
    for name, wanted in DRAFTED.items():
        lists = defaultdict(list)
        context = Context(figures=_zeros(), period=period_words(period), unit=unit, lists=lists, across=across)
        text = "\n".join(as_counted(str(p), context) for p in write_section(BODIES[name], context))
        found = nones(text, period)
        codes = [n["indicator"] for n in found]
        # a unit that is not the focal point says nothing of the province's boats
        expected = wanted + (YEAR_TO_DATE.get(name, []) if period.kind == MONTH else [])
        expected = [c for c in expected if focal or c != "boats_detained"]
        assert sorted(codes) == sorted(expected), (name, text)
        for none in found:
            ytd = none["text"].startswith(("Tính chung", "Trong 9 tháng,", "Trong 6 tháng,"))
            assert none["scope"] in (("ytd",) if ytd and period.kind == MONTH else ("period", "stock")), none


@pytest.mark.parametrize(
    ("sentence", "wanted"),
    [
        ("Trong tháng, chưa tiếp nhận đoàn nào.", "incoming_delegations"),
        ("Trong tháng, không có vụ việc lãnh sự nào.", "consular_cases"),
        ("Trong tháng, không có tàu cá nào được thả.", "boats_released"),
        ("Trong tháng, không có cán bộ đi nước ngoài về việc riêng.", "private_trips"),
        ("Trong tháng, chưa có thỏa thuận quốc tế nào được ký kết.", "agreements_signed"),
        # what is counted named by the indicator's words alone says nothing sure ("người nước ngoài"
        # may be a delegation's or a consular case's); nor people sent to attend a course
        ("Trong tháng, không có người nước ngoài vi phạm.", None),
        ("Trong tháng, Sở không cử cán bộ tham gia lớp tập huấn.", None),
    ],
)
def test_the_words_of_the_lexicon_name_the_indicator_of_a_none(sentence, wanted):
    assert stated_none(sentence) == wanted


def test_a_word_added_to_the_lexicon_names_its_indicator_in_a_none():
    sentence = "Trong tháng, Sở không tổ chức diễn đàn hợp tác nào."
    assert stated_none(sentence) is None
    with lexicon.extended({"conferences": ["diễn đàn hợp tác"]}):
        assert read(sentence) == [("conferences", "period")]
    assert stated_none(sentence) is None  # the shipped words again
