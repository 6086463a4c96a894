"""The translations page (/thu-tuc/) and its menu entry: for those who may have translations to see."""

import pytest

ENTRY = '<a href="/thu-tuc/">Bản dịch thủ tục hành chính</a>'


@pytest.mark.parametrize("role", ["admin", "officer", "leader", "viewer"])
def test_whoever_reads_every_unit_finds_the_page_even_before_any_procedure(client_for, role):
    client = client_for(role)
    assert ENTRY in client.get("/").content.decode()
    assert client.get("/thu-tuc/").status_code == 200


def test_a_reporter_of_a_unit_that_keeps_no_procedures_is_neither_offered_nor_shown_the_page(client_for, procedure):
    procedure(unit="sngv")  # the Sở's, which the university's reporter does not read
    client = client_for("other_reporter")
    assert ENTRY not in client.get("/").content.decode()
    refused = client.get("/thu-tuc/")
    assert refused.status_code == 403 and "Bạn không có quyền thực hiện thao tác này" in refused.content.decode()
    assert client.get("/thu-tuc/ma-qr/").status_code == 403  # the page's QR sheet, empty for it too


def test_a_reporter_of_a_unit_that_keeps_procedures_reads_their_translations(client_for, procedure):
    item = procedure(unit="dh")
    client = client_for("other_reporter")
    assert ENTRY in client.get("/").content.decode()
    page = client.get("/thu-tuc/")
    assert page.status_code == 200 and item.code in page.content.decode()
