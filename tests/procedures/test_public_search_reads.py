"""What the public search reads of a procedure (texts.SEARCHED): its name, field and agency and the documents
it asks for, in Vietnamese and in the published translation; not its steps or legal basis, written alike
across the catalogue. The procedures whose name holds the search come first."""

import importlib
import re

import pytest
from django.apps import apps

from ngoaivu.procedures.models import TEXT_FIELDS, Procedure, Translation
from ngoaivu.pure.text import fold

pytestmark = pytest.mark.django_db
PUB, DRAFT = Translation.Status.PUBLISHED, Translation.Status.DRAFT
WORK, VISA, LOST, LICENCE, FOREIGN_LICENCE = "1.000105", "1.003160", "2.002000", "1.002804", "1.002809"

STEPS = (
    "1. Nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trên Cổng dịch vụ công.\n"
    "2. Cơ quan chuyên môn thẩm định hồ sơ.\n3. Nhận kết quả tại Trung tâm hoặc qua bưu chính."
)
STEPS_EN = (
    "1. File the application at the provincial public-service centre or on the online portal.\n"
    "2. The agency examines the file.\n3. Collect the result at the centre or by post."
)
IMMIGRATION_LAW = "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam 2014."
IMMIGRATION_LAW_EN = "Luật Nhập cảnh… 2014 (Law on the entry, exit, transit and residence of foreigners in Viet Nam)."


@pytest.fixture
def catalogue(procedure):
    procedure(
        code=WORK,
        documents="1. Văn bản đề nghị theo mẫu.\n2. Giấy chứng nhận sức khỏe.\n3. Bản sao hộ chiếu.",
        steps=STEPS,
        legal_basis="Bộ luật Lao động 2019; Nghị định 152/2020/NĐ-CP.",
        translations={
            "en": (
                PUB,
                "Issuance of a work permit to a foreign worker in Viet Nam",
                {
                    "documents": "1. Application on the prescribed form.\n2. Health certificate.\n"
                    "3. Copy of the passport.\n4. Declaration of a lost permit, if any.",
                    "steps": STEPS_EN,
                    "legal_basis": "Bộ luật Lao động 2019 (Labour Code, 2019).",
                },
            )
        },
    )
    immigration = {"field": "Xuất nhập cảnh", "agency": "Công an tỉnh", "steps": STEPS}
    procedure(
        code=VISA,
        name="Cấp thị thực cho người nước ngoài tại Việt Nam",
        documents="1. Tờ khai đề nghị.\n2. Hộ chiếu.\n3. Văn bản đề nghị của cơ quan, tổ chức bảo lãnh.",
        legal_basis=IMMIGRATION_LAW,
        translations={
            "en": (
                PUB,
                "Issuance of a visa to a foreigner in Viet Nam",
                {
                    "documents": "1. Application form.\n2. Passport.\n3. Written request of the sponsor.",
                    "steps": STEPS_EN,
                    "legal_basis": IMMIGRATION_LAW_EN,
                },
            )
        },
        **immigration,
    )
    procedure(
        code=LOST,
        name="Xác nhận trình báo mất hộ chiếu của người nước ngoài",
        documents="1. Đơn trình báo.",
        legal_basis=IMMIGRATION_LAW,
        translations={"en": (PUB, "Confirmation of a lost passport report", {"legal_basis": IMMIGRATION_LAW_EN})},
        **immigration,
    )
    road = {"field": "Đường bộ", "agency": "Công an tỉnh", "steps": STEPS}
    procedure(
        code=LICENCE,
        name="Đổi giấy phép lái xe do ngành Giao thông vận tải cấp cho người nước ngoài",
        documents="1. Đơn đề nghị đổi giấy phép lái xe.",
        **road,
    )
    procedure(code=FOREIGN_LICENCE, name="Đổi giấy phép lái xe hoặc bằng lái xe của nước ngoài", **road)


def listed(client, lang, query=None):
    """The codes the public list in lang shows for query, in its order."""
    page = client.get(f"/tthc/{lang}/", {"q": query} if query else {}).content.decode()
    return re.findall(rf'href="/tthc/{lang}/([0-9.]+)/"', page)


def in_catalogue_order(client, lang, codes):
    return [code for code in listed(client, lang) if code in codes]


@pytest.mark.parametrize("query", ["hộ chiếu", "ho chieu", "HỘ CHIẾU"])
def test_a_required_document_finds_its_procedures_those_named_by_it_first(client, catalogue, query):
    found = listed(client, "vi", query)
    assert found == [LOST, *in_catalogue_order(client, "vi", {WORK, VISA})]


@pytest.mark.parametrize("query", ["passport", "Passports", "hộ chiếu"])
def test_a_required_document_finds_its_procedures_in_english(client, catalogue, query):
    """In the published translation's documents, and through the Vietnamese ones as the term «hộ chiếu»."""
    assert listed(client, "en", query) == [LOST, *in_catalogue_order(client, "en", {WORK, VISA})]


def test_a_document_in_the_translation_alone_is_found_in_its_language_only(client, catalogue):
    assert listed(client, "en", "health certificate") == [WORK]
    assert listed(client, "vi", "health certificate") == []
    assert listed(client, "vi", "sức khỏe") == listed(client, "en", "suc khoe") == [WORK]


def test_steps_and_legal_basis_are_not_searched(client, catalogue):
    """Written alike from one procedure to the next: their words would list the whole catalogue."""
    for lang, query in (
        ("vi", "cư trú"),
        ("vi", "cu tru"),
        ("vi", "luật"),
        ("vi", "nghị định"),
        ("vi", "trung tâm"),
        ("vi", "bưu chính"),
        ("en", "residence"),
        ("en", "law"),
        ("en", "centre"),
        ("en", "portal"),
        ("en", "labour code"),
    ):
        assert listed(client, lang, query) == [], (lang, query)


def test_a_translated_name_holding_the_search_comes_first(client, catalogue):
    """«lost» is in the work permit's documents and in the lost passport's English name: the name first,
    though the catalogue lists the work permit before it; still while a revision of that name is drafted
    (the kept published name is what foreigners read)."""
    assert in_catalogue_order(client, "en", {WORK, LOST}) == [WORK, LOST]
    assert listed(client, "en", "lost") == [LOST, WORK]
    revised = Translation.objects.get(procedure__code=LOST, language="en")
    revised.name, revised.status = "Confirmation of a report on a missing travel document", DRAFT
    revised.save()
    assert revised.published_text["name"] == "Confirmation of a lost passport report"
    assert listed(client, "en", "lost") == [LOST, WORK]
    assert listed(client, "en", "missing travel") == []  # the draft is not public


def test_the_kept_published_documents_are_searched_during_a_revision(client, catalogue):
    revised = Translation.objects.get(procedure__code=WORK, language="en")
    revised.documents, revised.status = "1. Medical certificate.", DRAFT
    revised.save()
    assert listed(client, "en", "health certificate") == [WORK]
    assert listed(client, "en", "medical") == []


def test_a_term_finds_every_name_of_it_and_a_word_alone_is_searched_as_typed(client, catalogue):
    """«bằng lái xe», «bằng lái» and «giấy phép lái xe» are one term (pure/search_terms.py): each finds both
    licence procedures. «bằng» alone is no term: it is searched as typed, and the procedure that never says
    it is not found."""
    both = in_catalogue_order(client, "vi", {LICENCE, FOREIGN_LICENCE})
    assert listed(client, "vi", "bằng lái xe") == listed(client, "vi", "giấy phép lái xe") == both
    assert listed(client, "vi", "bằng lái") == both
    assert listed(client, "vi", "bằng") == [FOREIGN_LICENCE]


def test_the_stored_search_texts_are_written_anew(client, catalogue):
    """Texts stored when the search read the name, field and agency alone: migration 0013 adds the documents."""
    visa = Procedure.objects.get(code=VISA)
    Procedure.objects.filter(pk=visa.pk).update(
        search_text=fold(" ".join([visa.code, visa.name, visa.field, visa.agency]))
    )
    english = Translation.objects.get(procedure=visa, language="en")
    kept = {name: getattr(english, name) for name in TEXT_FIELDS}
    Translation.objects.filter(pk=english.pk).update(
        status=DRAFT,
        search_text=fold(english.name),
        published_text={**kept, "published_on": "2026-01-05", "search_text": fold(english.name)},
    )
    assert VISA not in listed(client, "vi", "tờ khai") and VISA not in listed(client, "en", "sponsor")
    importlib.import_module("ngoaivu.procedures.migrations.0013_search_documents").rewrite(apps, None)
    assert Procedure.objects.get(pk=visa.pk).search_text == visa.search_text
    english.refresh_from_db()
    assert "written request of the sponsor" in english.published_text["search_text"]
    assert listed(client, "vi", "tờ khai") == listed(client, "en", "sponsor") == [VISA]
