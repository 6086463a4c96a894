"""The public search in Japanese and Korean: a voicing mark makes another word («ピザ» is not «ビザ»), and a
Korean term is a word, not the beginning of another («비자» is not in «비자금») (pure/search_terms.py)."""

import importlib

import pytest
from django.apps import apps

from ngoaivu.core.search import matching
from ngoaivu.procedures.models import TEXT_FIELDS, Procedure, Translation

pytestmark = pytest.mark.django_db
PUB = Translation.Status.PUBLISHED
VISA, PIZZA, FUND = "1.003160", "2.000001", "2.000002"


@pytest.fixture
def catalogue(procedure):
    procedure(
        code=VISA,
        name="Cấp thị thực cho người nước ngoài đang ở Việt Nam",
        translations={
            "ja": (PUB, "ベトナム滞在中の外国人へのビザの発給"),
            "ko": (PUB, "베트남 체류 외국인의 비자 발급"),
        },
    )
    procedure(
        code=PIZZA,
        name="Cấp giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm",
        translations={"ja": (PUB, "ピザ店等の食品安全適合証明書の発行")},
    )
    procedure(
        code=FUND,
        name="Tiếp nhận tố giác quỹ đen",
        translations={"ko": (PUB, "비자금 조성 신고 접수")},
    )


def listed(client, lang, query):
    page = client.get(f"/tthc/{lang}/", {"q": query}).content.decode()
    return {code for code in (VISA, PIZZA, FUND) if f"/tthc/{lang}/{code}/" in page}


def test_a_voicing_mark_makes_another_word(client, catalogue):
    assert listed(client, "ja", "ピザ") == {PIZZA}
    assert listed(client, "ja", "ビザ") == {VISA}
    assert listed(client, "ja", "ﾋﾞｻﾞ") == {VISA}  # typed in half-width kana


def test_a_korean_term_is_a_word_not_the_start_of_another(client, catalogue):
    assert listed(client, "ko", "비자") == {VISA}
    assert listed(client, "ko", "비자를") == {VISA}  # with a particle: the term
    assert listed(client, "ko", "비자금") == {FUND}  # a word that is no term: found as typed


def test_the_stored_search_texts_are_folded_again(client, catalogue):
    """Texts stored by the fold that dropped the voicing marks and parted the Korean syllables into jamo."""
    visa = Procedure.objects.get(code=VISA)
    ja = Translation.objects.get(procedure=visa, language="ja")
    kept = {**dict.fromkeys(TEXT_FIELDS, ""), "name": "ビザの発給", "published_on": "2026-01-05"}
    Translation.objects.filter(pk=ja.pk).update(  # a revision pending: foreigners read the kept version
        status=Translation.Status.DRAFT, search_text="ヒサ", published_text={**kept, "search_text": "ヒサの発給"}
    )
    jamo = "\u1107\u1175\u110c\u1161 \u1107\u1161\u11af\u1100\u1173\u11b8"  # «비자 발급» as NFD stored it
    Translation.objects.filter(procedure=visa, language="ko").update(search_text=jamo)
    Procedure.objects.filter(pk=visa.pk).update(search_text="1.003160")
    assert listed(client, "ja", "ビザ") == listed(client, "ko", "비자") == set()
    importlib.import_module("ngoaivu.procedures.migrations.0011_refold_search_text").refold(apps, None)
    ja.refresh_from_db()
    assert ja.search_text.startswith("ベトナム滞在中の外国人へのビザの発給")
    assert ja.published_text["search_text"].strip() == "ビザの発給"
    assert (
        Translation.objects.get(procedure=visa, language="ko").search_text.strip() == "베트남 체류 외국인의 비자 발급"
    )
    assert Procedure.objects.get(pk=visa.pk).search_text.startswith("1.003160 cap thi thuc")
    assert listed(client, "ja", "ビザ") == listed(client, "ko", "비자") == {VISA}


def test_the_staff_search_finds_a_korean_term_and_a_kana_word_as_the_public_one(procedure):
    """core/search.matching (the register's lists) folds each field in the database as it is read."""
    procedure(code=VISA, name="Hướng dẫn 비자를 발급 (ビザ)")
    procedure(code=FUND, name="Tiếp nhận 비자금 (ピザ)")
    procedures = Procedure.objects.all()
    assert set(matching(procedures, ["name"], "비자").values_list("code", flat=True)) == {VISA}
    assert set(matching(procedures, ["name"], "ピザ").values_list("code", flat=True)) == {FUND}
    assert set(matching(procedures, ["name"], "visa").values_list("code", flat=True)) == {VISA}
