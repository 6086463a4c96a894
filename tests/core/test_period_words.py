"""A period in words in the interface's language: the report's Vietnamese wording, or English when chosen."""

import pytest
from django.utils import translation

from ngoaivu.core.period_field import in_words, label_or_code
from ngoaivu.pure.period_parsing import parse

CODES = ["2021-08", "2021-Q2", "2021-H1", "2021-H2", "2021-9M", "2021", "2021-01-03..2021-02-05"]
ENGLISH = [
    "August 2021",
    "Quarter II 2021",
    "first half of 2021",
    "second half of 2021",
    "first nine months of 2021",
    "2021",
    "from 03/01/2021 to 05/02/2021",
]


@pytest.mark.parametrize("code", CODES)
def test_in_vietnamese_the_words_are_those_of_the_report(code):
    with translation.override("vi"):
        assert in_words(parse(code)) == parse(code).label()


@pytest.mark.parametrize(("code", "words"), list(zip(CODES, ENGLISH, strict=True)))
def test_in_english_the_period_is_named_in_english(code, words):
    with translation.override("en"):
        assert in_words(parse(code)) == words
    assert parse(code).label() != words  # the report itself keeps its Vietnamese


def test_a_stored_code_that_does_not_read_is_shown_as_it_is():
    with translation.override("en"):
        assert label_or_code("2021-Q7", lambda: parse("2021-Q7")) == "2021-Q7"


def test_a_range_is_named_with_screen_dates_where_the_report_keeps_its_own():
    """The screens (the figure sources' «Thời gian») write dates dd/mm/yyyy; the report's text «30/9/2026»."""
    period = parse("2026-07-01..2026-09-30")
    with translation.override("vi"):
        assert in_words(period) == "từ ngày 01/07/2026 đến ngày 30/09/2026"
    assert period.label() == "từ ngày 01/7/2026 đến ngày 30/9/2026"
