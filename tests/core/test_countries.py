"""The country lists: one name per country, in Vietnamese and in English."""

from collections import Counter

import pytest
from django.conf import settings
from django.utils import translation
from django_countries import countries

from ngoaivu.core.countries import country_code


@pytest.mark.parametrize("language", ["vi", "en"])
def test_no_two_countries_share_a_name(language):
    with translation.override(language):
        counts = Counter(str(name) for _code, name in countries)
    assert [name for name, count in counts.items() if count > 1] == []


def test_the_corrected_names_are_read_back():
    assert [country_code(name) for name in ("Ai-xơ-len", "Ai-len", "Áo", "Ni-giê", "Nigeria")] == [
        "IS",
        "IE",
        "AT",
        "NE",
        "NG",
    ]


def test_no_name_is_translated_word_by_word():
    with translation.override("vi"):
        names = dict(countries)
        assert [str(names[code]) for code in ("SZ", "RE", "PS", "BL", "LC")] == [
            "Eswatini",
            "Réunion",
            "Palestine",
            "Saint Barthélemy",
            "Saint Lucia",
        ]
        assert not any(str(name).startswith(("Tiếng ", "Thánh ")) for name in names.values())


def test_countries_are_listed_in_vietnamese_alphabetical_order():
    from ngoaivu.register.models import IncomingDelegation

    with translation.override("vi"):
        listed = [str(name) for _code, name in countries][len(settings.COUNTRIES_FIRST) :]
        offered = [str(name) for _code, name in IncomingDelegation._meta.get_field("country").formfield().choices]
    assert listed.index("Cuba") < listed.index("Đan Mạch") < listed.index("Ecuador")  # đ after d, not after z
    assert listed.index("Thụy Điển") < listed.index("Thụy Sĩ")
    assert listed.index("Zimbabwe") == len(listed) - 1
    assert offered[-len(listed) :] == listed
