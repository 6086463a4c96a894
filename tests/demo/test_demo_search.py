"""The public search finds the demo's procedures by any usual name of their key terms, in each of the
five languages (ngoaivu.pure.search_terms): «ビザ» finds the procedure whose Japanese name says «査証»."""

import pytest

from ngoaivu.procedures.publishing import published, search

VISA, WORK_PERMIT, FOREIGN_LICENCE, LICENCE = "1.003160", "1.000105", "1.002809", "1.002804"


def found(lang, query):
    return set(listed(lang, query))


def listed(lang, query):
    return list(search(published(lang), lang, query).values_list("code", flat=True))


@pytest.mark.parametrize(
    ("lang", "query", "code"),
    [
        ("ja", "ビザ", VISA),  # the Japanese name says 査証
        ("ja", "ビザの発給", VISA),
        ("ko", "사증", VISA),  # the Korean name says 비자
        ("vi", "visa", VISA),  # the Vietnamese name says thị thực
        ("en", "thị thực", VISA),
        ("zh", "工作许可证", WORK_PERMIT),  # the Chinese name says 劳动许可证
        ("ko", "취업허가", WORK_PERMIT),
        ("ja", "就労許可", WORK_PERMIT),
        ("en", "driver's license", FOREIGN_LICENCE),  # the English name says driving licence
        ("zh", "驾照", FOREIGN_LICENCE),
    ],
)
def test_a_term_finds_the_procedure_that_names_it_otherwise(loaded, lang, query, code):
    assert code in found(lang, query)


def test_the_japanese_visa_search_lists_the_visa_procedure_first(loaded, client):
    """Then those asking for a copy of a visa among their documents: the driving licences'."""
    assert listed("ja", "ビザ") == [VISA, LICENCE, FOREIGN_LICENCE]
    page = client.get("/tthc/ja/", {"q": "ビザ"}).content.decode()
    assert "ベトナム滞在中の外国人への査証の発給" in page
    assert "労働許可証" not in page


def test_the_typed_words_are_still_searched_as_before(loaded):
    assert found("vi", "lao động giấy phép cấp lại") == found("vi", "cấp lại giấy phép lao động") != set()
    assert found("ja", "査証") == {VISA, LICENCE, FOREIGN_LICENCE}


@pytest.mark.parametrize(("lang", "query"), [("vi", "hộ chiếu"), ("en", "passport"), ("en", "hộ chiếu")])
def test_a_required_document_finds_the_procedures_asking_for_it(loaded, lang, query):
    assert VISA in found(lang, query) and WORK_PERMIT in found(lang, query)
