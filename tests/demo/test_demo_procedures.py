"""Every text of the demo's procedures is translated into the four languages, the required documents
and the legal basis included, and the public pages show the translation, never the Vietnamese."""

import pytest

from ngoaivu.demo.procedures import PROCEDURES
from ngoaivu.procedures.models import TEXT_FIELDS, Language, Procedure, Translation
from ngoaivu.procedures.publishing import in_language

VI_MARK = "Chưa có bản dịch – nội dung tiếng Việt"


def test_every_procedure_has_documents_and_legal_basis_in_four_languages(loaded):
    assert Procedure.objects.count() == len(PROCEDURES) == 22
    for procedure in Procedure.objects.all():
        translations = {t.language: t for t in procedure.translations.all()}
        assert set(translations) == set(Language.values), procedure.code
        for lang, translation in translations.items():
            assert translation.status == Translation.Status.PUBLISHED
            for name in ("documents", "legal_basis"):
                text = getattr(translation, name).strip()
                assert text and text != getattr(procedure, name).strip(), (procedure.code, lang, name)
            for name in TEXT_FIELDS:  # no text falls back to Vietnamese
                if getattr(procedure, name):
                    assert not translation.text(name)[1], (procedure.code, lang, name)


@pytest.mark.parametrize("lang", Language.values)
def test_the_public_page_shows_no_vietnamese_fallback(client, loaded, lang):
    for code in ("1.000105", "2.001961", "1.003160"):
        html = client.get(f"/tthc/{lang}/{code}/").content.decode()
        assert "vi-fallback" not in html and in_language(lang, VI_MARK) not in html, (lang, code)


def test_the_english_page_shows_the_english_documents_and_legal_basis(client, loaded):
    procedure = Procedure.objects.get(code="1.000105")
    english = procedure.translations.get(language="en")
    html = client.get("/tthc/en/1.000105/").content.decode()
    assert "Health certificate" in html and "Criminal record certificate" in html
    assert "Nghị định 152/2020/NĐ-CP (Decree on foreign workers in Viet Nam)" in html
    assert english.legal_basis in html
    assert procedure.documents not in html and "Phiếu lý lịch tư pháp" not in html


def test_each_foreign_affairs_procedure_cites_its_own_legal_basis(loaded):
    basis = dict(Procedure.objects.filter(field="Ngoại vụ").values_list("code", "legal_basis"))
    assert "45/2006/QĐ-TTg" in basis["2.001961"] and "06/2020" not in basis["2.001961"]  # the ABTC
    assert "06/2020/QĐ-TTg" in basis["2.002124"] and "45/2006" not in basis["2.002124"]  # a conference
    assert "45/2006" not in basis["1.004651"] and "06/2020" not in basis["1.004651"]  # foreigners at work
