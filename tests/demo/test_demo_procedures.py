"""Every text of the demo's procedures is translated into the four languages, the required documents
and the legal basis included, and the public pages show the translation, never the Vietnamese."""

import json

import pytest

from django.utils import timezone

from ngoaivu.core.models import Unit
from ngoaivu.demo.procedures import PROCEDURES
from ngoaivu.procedures.agencies import ended_agencies
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
    assert "09/2023/QĐ-TTg" in basis["2.001961"] and "06/2020" not in basis["2.001961"]  # the ABTC
    assert "06/2020/QĐ-TTg" in basis["2.002124"] and "09/2023" not in basis["2.002124"]  # a conference
    assert "09/2023" not in basis["1.004651"] and "06/2020" not in basis["1.004651"]  # foreigners at work


# Documents no longer in force in December 2026, which the demo's procedures must not cite as they stand:
# the Luật Giao thông đường bộ 2008 (replaced from 01/01/2025 by the Luật Trật tự, an toàn giao thông đường bộ
# 2024), Thông tư 12/2017/TT-BGTVT (driving licences, the police's under Thông tư 12/2025/TT-BCA from 01/3/2025)
# and Quyết định 45/2006/QĐ-TTg (the ABTC, replaced by Quyết định 09/2023/QĐ-TTg).
REPLACED = ("Luật Giao thông đường bộ 2008", "23/2008/QH12", "12/2017/TT-BGTVT", "45/2006/QĐ-TTg")
# Agencies no longer in being: their work is another's (the demo's reorganization; Thông tư 12/2025/TT-BCA).
ENDED_AGENCIES = ("Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Lao động - Thương binh và Xã hội")


def test_the_procedures_cite_no_replaced_document(loaded):
    texts = [
        text
        for procedure in Procedure.objects.prefetch_related("translations")
        for row in (procedure, *procedure.translations.all())
        for text in (row.legal_basis, row.fees)
    ]
    assert not [(text, gone) for text in texts for gone in REPLACED if gone in text]
    assert not Procedure.objects.filter(agency__in=ENDED_AGENCIES).exists()
    # the fees of an immigration procedure name the circular with its amendment
    assert all("62/2023/TT-BTC" in text for text in texts if "25/2021/TT-BTC" in text)


# The names the pages gave the Sở Lao động - Thương binh và Xã hội, in the five languages.
LABOUR = ("Thương binh", "Labour, Invalids", "劳动荣军", "노동보훈", "労働・傷病兵")
HOME_AFFAIRS = {
    "vi": "Sở Nội vụ",
    "en": "Department of Home Affairs",
    "zh": "内务厅",
    "ko": "내무국",
    "ja": "内務局",
}


def test_every_agency_is_a_unit_in_being_today(loaded):
    """Written as the register names the unit (one dash, one spelling), and not one that has ended: the
    work permits are the Sở Nội vụ's since 01/3/2025 (Nghị định 45/2025/NĐ-CP)."""
    today = timezone.localdate()
    in_being = {unit.short_name or unit.name for unit in Unit.objects.all() if unit.exists_on(today)}
    agencies = set(Procedure.objects.values_list("agency", flat=True))
    assert agencies <= in_being, agencies - in_being
    assert ended_agencies(Procedure.objects.all()) == {}  # the staff list warns of none
    permit = Procedure.objects.get(code="1.000105")
    names = {t.language: t.agency for t in permit.translations.all()}
    assert {"vi": permit.agency, **names} == HOME_AFFAIRS


@pytest.mark.parametrize("lang", ["vi", *Language.values])
def test_the_public_pages_and_the_kiosk_name_no_ended_agency(client, loaded, lang):
    pages = [client.get(f"/tthc/{lang}/").content.decode(), client.get(f"/tthc/{lang}/1.000105/").content.decode()]
    assert all(HOME_AFFAIRS[lang] in page for page in pages)
    assert not [name for page in pages for name in (*LABOUR, *ENDED_AGENCIES) if name in page]
    feed = json.dumps(client.get("/tthc/man-hinh/du-lieu.json").json(), ensure_ascii=False)
    assert "Sở Nội vụ" in feed and not [name for name in (*LABOUR, *ENDED_AGENCIES) if name in feed]


def test_the_demo_has_one_translation_published_before_a_second_persons_review(client, loaded):
    # The translations' page lists it under «Đã công bố, chưa được người thứ hai rà soát», to be settled.
    from ngoaivu.core.models import User
    from ngoaivu.procedures.models import awaiting_second_review

    awaiting = Translation.objects.filter(awaiting_second_review())
    assert [(t.procedure.code, t.language, t.reviewer) for t in awaiting] == [("2.001961", "ko", None)]
    client.force_login(User.objects.get(username="chuyenvien"))
    page = client.get("/thu-tuc/", {"show": "unreviewed"})
    assert [procedure.code for procedure, _warning, _cells in page.context["rows"]] == ["2.001961"]
    assert "Đã công bố, chưa được người thứ hai rà soát (01)" in page.content.decode()
    assert client.get("/tthc/ko/2.001961/").status_code == 200  # the public page keeps showing it
