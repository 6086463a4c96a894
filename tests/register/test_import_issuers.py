"""An imported row citing a document whose issuer did not exist on its date (core/issuers.py) is refused beside
its row, as the forms refuse it, and nothing of the file is saved."""

from datetime import date

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.models import LegalDocument, Succession
from ngoaivu.register.models import OutgoingDelegation
from tests.register.test_import import outgoing_workbook

HEADERS = ["Tên đoàn", "Số người", "Nước đến", "Ngày đi", "Quyết định cử đi", "Đơn vị"]


def _sngv_ends_in_february_2025(units):
    sngv, vp = units["sngv"], units["vp"]
    sngv.ended_on, sngv.is_active = date(2025, 3, 1), False
    sngv.save()
    Succession.objects.create(
        predecessor=sngv, successor=vp, kind=Succession.Kind.DUTIES, effective_on=date(2025, 3, 1), legal_basis="x"
    )


def _import(client, decisions, first=0):
    rows = [[f"Đoàn {first + n}", 5, "Lào", "10/11/2025", decision, "VP"] for n, decision in enumerate(decisions)]
    return client.post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, HEADERS)})


def test_a_decision_of_the_sngv_dated_after_it_ended_is_a_row_error_and_nothing_is_saved(client_for, units):
    _sngv_ends_in_february_2025(units)
    response = _import(
        client_for("officer"),
        [
            "Quyết định số 120/QĐ-SNgV ngày 10/02/2025 của Sở Ngoại vụ",  # while it existed
            "Quyết định số 1353/QĐ-SNgV ngày 09/11/2025 của Sở Ngoại vụ",
        ],
    )
    assert response.status_code == 200
    assert response.context["problems"] == [
        (
            3,
            "Quyết định cử đi",
            "Sở Ngoại vụ chỉ hoạt động đến ngày 28/02/2025 (công việc do Văn phòng UBND tỉnh tiếp "
            "nhận), nên không thể ban hành văn bản ngày 09/11/2025. Kiểm tra lại cơ quan ban hành hoặc ngày ban hành.",
        )
    ]
    assert OutgoingDelegation.objects.count() == 0 and LegalDocument.objects.count() == 0


def test_decisions_of_an_existing_issuer_or_one_outside_the_register_are_imported(client_for, units):
    _sngv_ends_in_february_2025(units)
    response = _import(
        client_for("officer"),
        [
            "Quyết định số 120/QĐ-SNgV ngày 10/02/2025 của Sở Ngoại vụ",
            "Quyết định số 88/QĐ-UBND ngày 09/11/2025 của Văn phòng UBND tỉnh",
            "Quyết định số 1353/QĐ-BNG ngày 09/11/2025 của Bộ Ngoại giao",
        ],
    )
    assert response.status_code == 302, response.context["problems"]
    assert OutgoingDelegation.objects.count() == 3


def test_a_decision_of_a_body_dated_before_the_body_was_created_is_a_row_error(client_for, units):
    units["vp"].started_on = date(2025, 3, 1)
    units["vp"].save()
    rows = [
        ["Đoàn A", 5, "Lào", "10/11/2025", "Quyết định số 15/QĐ-VP ngày 15/02/2025 của Văn phòng UBND tỉnh", "SNgV"],
        ["Đoàn B", 5, "Lào", "10/11/2025", "Quyết định số 16/QĐ-VP ngày 01/03/2025 của Văn phòng UBND tỉnh", "SNgV"],
    ]
    response = client_for("officer").post("/so-theo-doi/doan-ra/nhap/", {"file": outgoing_workbook(rows, HEADERS)})
    assert response.context["problems"] == [
        (
            2,
            "Quyết định cử đi",
            "Văn phòng UBND tỉnh bắt đầu hoạt động từ ngày 01/03/2025, nên không thể ban hành văn "
            "bản ngày 15/02/2025. Kiểm tra lại cơ quan ban hành hoặc ngày ban hành.",
        )
    ]
    assert OutgoingDelegation.objects.count() == 0


def _unit_reads(client, first, count):
    """The queries reading the units while a file of count rows, each citing its own decision, is imported."""
    numbers = range(first + 1, first + count + 1)
    decisions = [f"Quyết định số {n}/QĐ-SNgV ngày 10/02/2025 của Sở Ngoại vụ" for n in numbers]
    with CaptureQueriesContext(connection) as queries:
        response = _import(client, decisions, first)
    assert response.status_code == 302, response.context["problems"]
    return [query["sql"] for query in queries.captured_queries if 'FROM "core_unit"' in query["sql"]]


def test_the_issuers_are_read_once_per_import_not_once_per_row(client_for, units):
    client = client_for("officer")
    few, many = _unit_reads(client, 0, 5), _unit_reads(client, 5, 50)
    assert OutgoingDelegation.objects.count() == 55
    assert len(many) == len(few), many
