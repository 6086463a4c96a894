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
