"""The terms a search takes as one (ngoaivu.pure.search_terms)."""

import hashlib

from ngoaivu.pure.search_terms import EQUIVALENT_TERMS, holds, search_terms
from ngoaivu.pure.text import fold, fold_table, words


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
    assert search_terms("visage") == [[["visage"]]]


def test_an_english_plural_is_also_its_singular_and_a_term_in_the_plural_is_the_term():
    assert search_terms("workers") == [[["workers"], ["worker"]]]
    assert search_terms("addresses copies") == [[["addresses"], ["address"]], [["copies"], ["copy"]]]
    (visas,) = search_terms("visas")
    assert visas[0] == ["visas"] and ["thi thuc"] in visas and ["ビザ"] in visas
    (permits,) = search_terms("Work Permits")
    assert permits[0] == ["work", "permits"] and ["giay phep lao dong"] in permits
    assert holds("cap giay phep lao dong cho nguoi nuoc ngoai", "giay phep lao dong")


def test_a_word_that_is_no_plural_is_searched_as_typed():
    for word in ("this", "process", "status", "basis", "nguoi"):
        assert search_terms(word) == [[[fold(word)]]], word


def test_a_term_in_a_script_without_spaces_is_found_inside_a_word():
    (alternatives,) = search_terms("ビザの発給")
    assert alternatives[0] == [words("ビザの発給")[0]]
    assert ["査証の発給"] in alternatives
    # a Latin equivalent is put only for the term alone, not inside a longer word
    assert ["visa"] not in alternatives and not any("visa" in text for (text,) in alternatives)
    assert ["visa"] in search_terms("ビザ")[0] and ["thi thuc"] in search_terms("ビザ")[0]


def test_a_japanese_voicing_mark_is_kept_and_a_width_is_folded():
    # «ピザ» (pizza) is not «ビザ» (visa): the marks that voice a kana are part of it.
    assert fold("ピザ") != fold("ビザ") != fold("ヒサ")
    assert fold("ﾋﾞｻﾞ") == fold("ビザ") and fold("ＶＩＳＡ") == "visa"  # half-width, full-width
    assert fold("ビザ") == "ビザ" and fold("비자") == "비자"  # composed, as a database holds them
    assert search_terms("ピザ") == [[["ピザ"]]]
    assert ["査証"] in search_terms("ﾋﾞｻﾞ")[0]


def test_vietnamese_and_other_latin_letters_are_folded_as_before():
    assert fold("Đổi GIẤY PHÉP lái xe của nước ngoài") == "doi giay phep lai xe cua nuoc ngoai"
    assert fold("Ho\u0300a Bi\u0300nh Curaçao Åland") == "hoa binh curacao aland"  # typed decomposed too
    assert search_terms("thị thực")[0][:2] == [["thi", "thuc"], ["visa"]]


def test_the_database_folds_latin_letters_as_before():
    # fold_table is in the expression of the trigram indexes (core/search.py): a change leaves them unused.
    letters, folded = fold_table()
    assert hashlib.sha1(f"{letters}|{folded}".encode()).hexdigest() == "7f844e1a6517cc36989169168095017c961a4993"
    assert all(fold(letter) == mark for letter, mark in zip(letters, folded, strict=True))


def test_a_korean_term_is_found_at_the_start_of_a_word_alone_or_with_its_particles():
    for text in ("외국인의 비자 발급", "비자를 발급", "비자가 만료된 경우", "비자에서는", "(비자)", "e-비자"):
        assert holds(fold(text), "비자"), text
    # «비자금» (a slush fund), «비자이민»: another word that begins so; «전자비자»: a compound
    for text in ("비자금 조성", "비자이민", "전자비자", "비자를를를"):
        assert not holds(fold(text), "비자"), text
    # a word that is no term is found anywhere, as before; so is a Chinese or Japanese term
    assert holds("비자금 조성", "비자금") and holds("사증명", "증명") and holds("ビザ申請", "ビザ")


def test_a_korean_term_typed_with_a_particle_is_the_term():
    (alternatives,) = search_terms("비자를")
    assert alternatives[0] == ["비자를"] and ["비자"] in alternatives and ["visa"] in alternatives
    assert search_terms("비자금") == [[["비자금"]]]  # not «사증금», «签证금»
    # a Korean term is not put inside a Japanese word: Korean parts its words by spaces
    assert not any("비자" in text for (text,) in search_terms("ビザの発給")[0])


def test_a_chinese_term_in_traditional_writing_is_the_term():
    # a search does not fold Traditional into Simplified: each writing is a term of its line
    for traditional, simplified in (("簽證", "签证"), ("護照", "护照"), ("工作許可證", "工作许可证"), ("駕照", "驾照")):
        (alternatives,) = search_terms(traditional)
        assert [simplified] in alternatives, traditional
    assert ["thi thuc"] in search_terms("簽證")[0] and ["visa"] in search_terms("簽證")[0]
    assert ["簽證"] in search_terms("thị thực")[0] and ["簽證"] in search_terms("签证")[0]


def test_a_work_permit_is_found_by_its_common_chinese_names():
    for typed in ("工作许可", "工作許可", "劳动许可", "勞動許可"):
        (alternatives,) = search_terms(typed)
        assert ["giay phep lao dong"] in alternatives and ["劳动许可证"] in alternatives, typed
    # inside a longer word, the longest term is put as its equivalents
    assert ["申请劳动许可证"] in search_terms("申请工作许可证")[0]


def test_the_everyday_name_of_a_driving_licence_is_the_term():
    (licence,) = search_terms("bằng lái")
    assert licence[0] == ["bang", "lai"] and ["giay phep lai xe"] in licence and ["driving licence"] in licence
