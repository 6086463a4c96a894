"""The terms a search takes as one (ngoaivu.pure.search_terms)."""

from ngoaivu.pure.search_terms import EQUIVALENT_TERMS, search_terms
from ngoaivu.pure.text import words


def test_a_term_is_on_one_line_only():
    folded = [" ".join(words(term)) for line in EQUIVALENT_TERMS for term in line]
    assert len(folded) == len(set(folded))


def test_a_search_without_a_term_is_its_words():
    assert search_terms("Nông  nghiệp Nhật") == [[["nong"]], [["nghiep"]], [["nhat"]]]


def test_a_latin_term_is_taken_as_whole_words_the_typed_words_searched_as_before():
    parts = search_terms("Gia hạn giấy phép lao động")
    assert parts[:2] == [[["gia"]], [["han"]]]
    assert parts[2][0] == ["giay", "phep", "lao", "dong"]  # the typed words, each anywhere, as before
    assert ["work permit"] in parts[2] and ["労働許可"] in parts[2]
    assert len(parts) == 3
    # a word that only begins like a term is not it
    assert search_terms("visas") == [[["visas"]]]


def test_a_term_in_a_script_without_spaces_is_found_inside_a_word():
    (alternatives,) = search_terms("ビザの発給")
    assert alternatives[0] == [words("ビザの発給")[0]]
    assert ["査証の発給"] in alternatives
    # a Latin equivalent is put only for the term alone, not inside a longer word
    assert ["visa"] not in alternatives and not any("visa" in text for (text,) in alternatives)
    assert ["visa"] in search_terms("ビザ")[0] and ["thi thuc"] in search_terms("ビザ")[0]
