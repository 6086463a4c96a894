"""A citation typed by a unit's reporter is judged against the register without telling of the documents of
other units it may not read (core register_clash); and a row's document sent back unchanged by an export
imported back is kept as the edit form keeps it (core kept_citation)."""

import io
from datetime import date

import openpyxl
import pytest

from ngoaivu.core.models import LegalDocument, Succession
from ngoaivu.register.models import OutgoingDelegation
from ngoaivu.reporting.models import Report
from tests.register.rows import kept_before_the_sos_end
from tests.register.test_create import errors_of, outgoing_data
from tests.register.test_import import outgoing_workbook

pytestmark = pytest.mark.django_db

HIDDEN = (
    "Số, ký hiệu 99/SNgV-LS đã có trong sổ văn bản với ngày ban hành hoặc cơ quan ban hành khác với văn bản đã "
    "ghi; đề nghị kiểm tra lại."
)
INCOMPLETE = (
    "Số, ký hiệu 99/SNgV-LS đã có trong sổ văn bản: ghi đủ loại văn bản, ngày ban hành và cơ quan ban hành của "
    "văn bản, theo mẫu: Quyết định số 06/2021/QĐ-UBND ngày 18/3/2021 của UBND tỉnh"
)
HEADERS = ["Tên đoàn", "Số người", "Nước đến", "Ngày đi", "Quyết định cử đi", "Đơn vị"]


@pytest.fixture
def theirs(units):
    """The Sở Ngoại vụ's own letter, which the Văn phòng's reporter may not read."""
    return LegalDocument.objects.create(
        doc_type="Công văn", number="99/SNgV-LS", issued_on=date(2021, 2, 7), issuer="Sở Ngoại vụ", unit=units["sngv"]
    )


def _new_outgoing(client, units, cited):
    return client.post("/so-theo-doi/doan-ra/them/", outgoing_data(units, dispatch_decision=cited, unit=units["vp"].pk))


@pytest.mark.parametrize(
    ("cited", "said"),
    [
        ("Công văn số 99/SNgV-LS ngày 01/01/2021", HIDDEN),  # another date
        ("Công văn số 99/SNgV-LS ngày 07/02/2021 của UBND tỉnh", HIDDEN),  # another issuer
        ("Công văn số 99/SNgV-LS", INCOMPLETE),  # linked, the row would show its date and issuer
        ("Văn bản số 99/SNgV-LS ngày 07/02/2021 của Sở Ngoại vụ", INCOMPLETE),  # … its kind
    ],
)
def test_a_reporter_is_not_told_another_units_document_by_a_refusal_or_a_link(client_for, units, theirs, cited, said):
    client = client_for("reporter")
    assert client.get(f"/so-theo-doi/van-ban/{theirs.pk}/").status_code == 404
    response = _new_outgoing(client, units, cited)
    assert errors_of(response)["dispatch_decision"] == said
    page = response.content.decode()
    assert theirs.citation() not in page and "Sổ văn bản đã có" not in page
    assert not OutgoingDelegation.objects.exists() and list(LegalDocument.objects.all()) == [theirs]


def test_a_reporters_citation_saying_all_of_another_units_document_names_it(client_for, units, theirs):
    response = _new_outgoing(client_for("reporter"), units, "Công văn số 99/SNgV-LS ngày 07/02/2021 của Sở Ngoại vụ")
    assert response.status_code == 302, errors_of(response)
    assert OutgoingDelegation.objects.get().dispatch_decision == theirs


def test_whoever_reads_the_document_or_a_shared_one_is_told_its_details(client_for, units, theirs):
    cited = "Công văn số 99/SNgV-LS ngày 01/01/2021"
    told = "Sổ văn bản đã có Công văn số 99/SNgV-LS ngày 07/02/2021 của Sở Ngoại vụ, khác với văn bản đã ghi"
    assert errors_of(_new_outgoing(client_for("officer"), units, cited))["dispatch_decision"].startswith(told)
    LegalDocument.objects.filter(pk=theirs.pk).update(unit=None)  # shared: everyone reads it
    assert errors_of(_new_outgoing(client_for("reporter"), units, cited))["dispatch_decision"].startswith(told)
    linked = _new_outgoing(client_for("reporter"), units, "Công văn số 99/SNgV-LS")  # completed from the register
    assert linked.status_code == 302 and OutgoingDelegation.objects.get().dispatch_decision_id == theirs.pk


def test_the_years_of_a_number_are_named_only_to_whoever_reads_each_document(client_for, units, theirs):
    LegalDocument.objects.create(doc_type="Công văn", number="99/SNgV-LS", issued_on=date(2022, 5, 3))
    response = _new_outgoing(client_for("reporter"), units, "Công văn số 99/SNgV-LS")
    assert errors_of(response)["dispatch_decision"] == (
        "Sổ văn bản có Công văn số 99/SNgV-LS của nhiều năm: ghi thêm ngày ban hành để chọn đúng văn bản."
    )
    response = _new_outgoing(client_for("officer"), units, "Công văn số 99/SNgV-LS")
    assert "của các năm 2021, 2022" in errors_of(response)["dispatch_decision"]


def test_an_import_tells_a_reporter_nothing_of_another_units_document_and_names_its_column(client_for, units, theirs):
    rows = [["Đoàn A", 5, "Lào", "10/11/2021", "Công văn số 99/SNgV-LS ngày 01/01/2021", "VP"]]
    response = client_for("reporter").post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, HEADERS)})
    assert response.context["problems"] == [(2, "Quyết định cử đi", HIDDEN)]
    assert not OutgoingDelegation.objects.exists()


def test_an_imported_citation_clashing_with_the_register_is_said_after_its_column(client_for, units, theirs):
    rows = [["Đoàn A", 5, "Lào", "10/11/2021", "Công văn số 99/SNgV-LS ngày 01/01/2021", "SNgV"]]
    response = client_for("officer").post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, HEADERS)})
    [(row, column, said)] = response.context["problems"]
    assert (row, column) == (2, "Quyết định cử đi") and said.startswith(
        "Sổ văn bản đã có Công văn số 99/SNgV-LS ngày 07/02/2021"
    )


def test_the_api_tells_a_reporter_nothing_of_another_units_letter(api, units, theirs):
    data = {"template": "integration", "period_code": "2021", "letter": "Công văn số 99/SNgV-LS ngày 01/01/2021"}
    response = api("reporter").post("/api/reports/", data, format="json")
    assert response.status_code == 400 and response.json()["letter"] == [HIDDEN]
    assert not Report.objects.exists()


def test_an_export_imported_back_keeps_a_rows_document_the_rules_now_refuse_as_the_form_does(client_for, units):
    """The row was kept before the Sở's end was recorded: changing only «Số người» saves, the citation unjudged."""
    row, letter = kept_before_the_sos_end(units)
    # its duties passed to the Văn phòng: a refusal then names who carries its work
    Succession.objects.create(
        predecessor=units["sngv"],
        successor=units["vp"],
        kind=Succession.Kind.DUTIES,
        effective_on=date(2025, 3, 1),
        legal_basis="x",
    )
    client = client_for("officer")
    book = openpyxl.load_workbook(io.BytesIO(client.get("/so-theo-doi/doan-ra/xuat.xlsx").content))
    sheet = book.active
    headers = [cell.value for cell in sheet[1]]
    sheet.cell(row=2, column=headers.index("Số người") + 1, value=6)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    buffer.name = "doan-ra.xlsx"
    response = client.post("/so-theo-doi/doan-ra/nhap/", {"file": buffer})
    assert response.status_code == 302, response.context["problems"]
    row.refresh_from_db()
    assert (row.persons, row.dispatch_decision_id) == (6, letter.pk)
    # a citation changed in the file is judged: that of a body ended before its date is refused
    rows = [["Đoàn B", 5, "Lào", "10/11/2025", "Quyết định số 9/QĐ-SNgV ngày 10/03/2025 của Sở Ngoại vụ", "VP"]]
    response = client.post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, HEADERS)})
    [(_row, column, said)] = response.context["problems"]
    assert column == "Quyết định cử đi" and said.startswith("Sở Ngoại vụ chỉ hoạt động đến ngày 28/02/2025")
