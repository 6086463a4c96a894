"""The public search in English: a word in British or American spelling, or by a common synonym, finds the
procedures the other writing does (pure/search_terms.py)."""

import re

import pytest

from ngoaivu.procedures.models import Translation

pytestmark = pytest.mark.django_db
PUB = Translation.Status.PUBLISHED

# The English names as a translator may write them, one spelling each.
NAMES = {
    "2.000619": "Licence to establish a representative office of a foreign trader in Viet Nam",
    "2.000633": "Business license for a foreign-invested economic organization trading in goods",
    "2.001961": "Permission to use the APEC Business Travel Card (ABTC)",
    "2.002124": "Authorisation to hold an international conference",
    "1.002809": "Exchange of a foreign driving licence",
    "2.000603": "Extension of the licence of a representative office of a foreign trader",
}


@pytest.fixture
def catalogue(procedure):
    for code, english in NAMES.items():
        procedure(code=code, name=f"Thủ tục {code}", translations={"en": (PUB, english)})


def listed(client, query):
    page = client.get("/tthc/en/", {"q": query}).content.decode()
    return set(re.findall(r'href="/tthc/en/([0-9.]+)/"', page))


@pytest.mark.parametrize(
    ("british", "american", "found"),
    [
        ("licence", "license", {"2.000619", "2.000633", "1.002809", "2.000603"}),
        ("licences", "licenses", {"2.000619", "2.000633", "1.002809", "2.000603"}),
        ("driving licence", "driver license", {"1.002809"}),
        ("authorisation", "authorization", {"2.001961", "2.002124"}),
        ("organisation", "organization", {"2.000633"}),
        ("extension", "renewal", {"2.000603"}),
        ("office in Viet Nam", "office in Vietnam", {"2.000619"}),
    ],
)
def test_both_spellings_find_the_same_procedures(client, catalogue, british, american, found):
    assert listed(client, british) == listed(client, american) == found


def test_a_synonym_is_no_part_of_an_unrelated_word(client, catalogue):
    # «change» would be inside «Exchange»: an amendment is not found as the exchange of a driving licence
    assert listed(client, "amendment") == set()


@pytest.mark.parametrize(
    ("plural", "found"),
    [
        ("representative offices", {"2.000619", "2.000603"}),
        ("conferences", {"2.002124"}),
        ("business travel cards", {"2.001961"}),
        ("foreign traders", {"2.000619", "2.000603"}),
        ("driving licences", {"1.002809"}),
    ],
)
def test_a_plural_finds_the_procedures_its_singular_names(client, catalogue, plural, found):
    assert listed(client, plural) == found
