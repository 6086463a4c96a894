"""Figures with their units in the interface: the reports' words in Vietnamese, English words in English."""

import pytest
from django.utils import translation

from ngoaivu.core.amounts import UNIT_WORDS, amount_shown, amounts_shown, change_shown, unit_shown
from ngoaivu.pure.indicator_types import Figure, Measure
from ngoaivu.pure.indicators import CATALOGUE
from ngoaivu.pure.changes import change_phrase

GROUPS, PERSONS, MONEY = Measure("groups", "đoàn"), Measure("persons", "lượt người"), Measure("value", "đồng")
BOATS, FISHERMEN = Measure("count", "tàu cá"), Measure("fishermen", "ngư dân")

CHANGES = [
    # (pairs, compared)
    ([(GROUPS, Figure(5, 9, 2, 9)), (PERSONS, Figure(17, 40, 6, 40))], True),  # both up
    ([(GROUPS, Figure(1, 9, 4, 9)), (PERSONS, Figure(3, 40, 16, 40))], True),  # both down
    ([(BOATS, Figure(2, 2, 1, 1)), (FISHERMEN, Figure(8, 8, 8, 8))], True),  # one up, one equal
    ([(BOATS, Figure(1, 2, 2, 1)), (FISHERMEN, Figure(9, 8, 8, 8))], True),  # one down, one up
    ([(GROUPS, Figure(3, 3, 3, 3))], True),  # equal
    ([(MONEY, Figure(7_310_000_000, 0, 7_310_000_000, 0)), (GROUPS, Figure(2, 0, 1, 0))], True),  # same value
    ([(GROUPS, Figure(3, 3, 0, 0))], False),  # last year not in the register
]


def test_every_unit_word_of_the_catalogue_has_its_english_words():
    units = {measure.unit for indicator in CATALOGUE for measure in indicator.measures}
    assert units <= set(UNIT_WORDS)


def test_every_indicator_name_is_translated():
    with translation.override("en"):
        untranslated = [i.name for i in CATALOGUE if translation.gettext(i.name) == i.name]
    assert untranslated == []


@pytest.mark.parametrize(("pairs", "compared"), CHANGES)
def test_in_vietnamese_a_change_reads_as_the_reports_write_it(pairs, compared):
    with translation.override("vi"):
        assert change_shown(pairs, 2020, compared=compared) == change_phrase(pairs, 2020, compared=compared)


def test_in_vietnamese_amounts_are_the_reports_amounts():
    with translation.override("vi"):
        assert amounts_shown([(3, "đoàn"), (11, "lượt người")]) == "03 đoàn, 11 lượt người"
        assert amount_shown(7_310_000_000, "đồng") == "7,31 tỷ đồng"
        assert amounts_shown([(0, "đoàn"), (0, "lượt người")]) == "không có"
        assert unit_shown("tàu cá") == "tàu cá"


def test_in_english_amounts_take_english_words_and_their_plural():
    with translation.override("en"):
        assert amount_shown(1, "đoàn") == "1 delegation"
        assert amounts_shown([(3, "đoàn"), (1_250, "lượt người")]) == "3 delegations, 1,250 person-visits"
        assert amount_shown(4_600_000_000, "đồng") == "4,600,000,000 VND"
        assert amounts_shown([(0, "tàu cá")]) == "none"
        assert unit_shown("ngư dân") == "fishermen"


def test_in_english_changes_are_worded_in_english():
    with translation.override("en"):
        shown = [change_shown(pairs, 2020, compared=compared) for pairs, compared in CHANGES]
    assert shown == [
        "up 3 delegations and 11 person-visits on the same period of 2020",
        "down 3 delegations and 13 person-visits on the same period of 2020",
        "up 1 fishing boat, the same number of fishermen on the same period of 2020",
        "down 1 fishing boat, up 1 fisherman on the same period of 2020",
        "the same as in the same period of 2020",
        "the same value, up 1 delegation on the same period of 2020",
        "no figures for the same period of 2020 to compare with",
    ]
