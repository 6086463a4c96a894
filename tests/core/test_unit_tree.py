"""The unit tree as of a day (/don-vi/) and a unit's page with its predecessors and successors."""

from datetime import date
from html.parser import HTMLParser

import pytest

from ngoaivu.core.models import Succession, Unit

RESOLUTION = "Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội"


class TreeDepths(HTMLParser):
    """{link text: how many lists deep} for the links inside the page's unit tree."""

    def __init__(self):
        super().__init__()
        self.depth, self.in_tree, self.link, self.depths = 0, False, False, {}

    def handle_starttag(self, tag, attrs):
        if tag == "ul" and (self.in_tree or ("class", "unit-tree") in attrs):
            self.in_tree, self.depth = True, self.depth + 1
        self.link = tag == "a" and self.in_tree

    def handle_endtag(self, tag):
        if tag == "ul" and self.in_tree:
            self.depth -= 1
            self.in_tree = self.depth > 0
        self.link = False

    def handle_data(self, data):
        if self.link:
            self.depths[data] = self.depth - 1


def depths(response):
    parser = TreeDepths()
    parser.feed(response.content.decode())
    return parser.depths


@pytest.fixture
def merger(units):
    """Tỉnh Kon Tum (with its Sở Ngoại vụ) merged into tỉnh Quảng Ngãi on 01/7/2025; a Sở Nội vụ set
    up on 01/3/2025 took over the Sở Ngoại vụ's duties on the same day."""
    kon_tum = Unit.objects.create(
        name="Tỉnh Kon Tum", code="KT", kind=Unit.Kind.PROVINCE, ended_on=date(2025, 7, 1), is_active=False
    )
    kt_sngv = Unit.objects.create(
        name="Sở Ngoại vụ tỉnh Kon Tum", code="KTSNgV", parent=kon_tum, ended_on=date(2025, 7, 1), is_active=False
    )
    snv = Unit.objects.create(name="Sở Nội vụ", code="SNV", parent=units["committee"], started_on=date(2025, 3, 1))
    merge = Succession.objects.create(
        predecessor=kon_tum,
        successor=units["province"],
        kind=Succession.Kind.MERGE,
        effective_on=date(2025, 7, 1),
        legal_basis=RESOLUTION,
    )
    duties = Succession.objects.create(
        predecessor=kt_sngv,
        successor=snv,
        kind=Succession.Kind.DUTIES,
        effective_on=date(2025, 7, 1),
        legal_basis="Quyết định số 12/QĐ-UBND ngày 20/6/2025 của UBND tỉnh",
        duties="Quản lý đoàn ra, đoàn vào",
    )
    return {"kon_tum": kon_tum, "kt_sngv": kt_sngv, "snv": snv, "merge": merge, "duties": duties}


def test_the_tree_on_the_last_day_before_a_merger_and_on_its_first_day(client_for, merger):
    client = client_for("officer")
    before = client.get("/don-vi/", {"as_of": "30/06/2025"})
    page = before.content.decode()
    assert "Cây đơn vị tại ngày 30/06/2025" in page
    assert depths(before) == {
        "Tỉnh Kon Tum": 0,
        "Sở Ngoại vụ tỉnh Kon Tum": 1,
        "Tỉnh Quảng Ngãi": 0,
        "Trường Đại học Phạm Văn Đồng": 1,
        "UBND tỉnh Quảng Ngãi": 1,
        "Sở Ngoại vụ": 2,
        "Sở Nội vụ": 2,
        "Văn phòng UBND tỉnh": 2,
    }
    # ended_on is the first day without the unit: its last day is the day before.
    assert "Tỉnh · KT · đến 30/06/2025" in page and "Sở Nội vụ</a> · Sở, ban, ngành · SNV · từ 01/03/2025" in page
    after = client.get("/don-vi/", {"as_of": "01/07/2025"})
    assert "Cây đơn vị tại ngày 01/07/2025" in after.content.decode()
    assert "Tỉnh Kon Tum" not in depths(after) and "Sở Ngoại vụ tỉnh Kon Tum" not in depths(after)
    assert depths(after)["Sở Nội vụ"] == 2
    # Before the Sở Nội vụ was set up it is not in the tree.
    assert "Sở Nội vụ" not in depths(client.get("/don-vi/", {"as_of": "28/02/2025"}))


def test_without_a_date_the_tree_is_todays(client_for, merger, clock):
    clock(2026, 1, 5)
    response = client_for("viewer").get("/don-vi/")
    assert "Cây đơn vị tại ngày 05/01/2026" in response.content.decode()
    assert "Tỉnh Kon Tum" not in depths(response) and "Sở Nội vụ" in depths(response)


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("31/02/2025", "Ngày 31/02/2025 không có: tháng 2/2025 chỉ có 28 ngày."),
        ("hôm qua", "Ngày «hôm qua» không hợp lệ, ghi theo dạng dd/mm/yyyy."),
        ("2025-13-01", "Ngày «2025-13-01» không hợp lệ, ghi theo dạng dd/mm/yyyy."),
        ("1" * 300, f"Ngày «{'1' * 29}…» không hợp lệ, ghi theo dạng dd/mm/yyyy."),  # not a page of ones
    ],
)
def test_a_bad_date_is_answered_beside_the_field_as_every_date_box_says_it(client_for, merger, typed, said):
    response = client_for("officer").get("/don-vi/", {"as_of": typed})
    page = response.content.decode()
    assert response.status_code == 200
    assert f'<span class="error" id="id_as_of_error">{said}</span>' in page
    assert not depths(response)


def test_a_unit_page_lists_its_successors_and_predecessors_linked(client_for, units, merger):
    client = client_for("officer")
    page = client.get(f"/don-vi/{merger['kon_tum'].pk}/").content.decode()
    assert "Tỉnh Kon Tum" in page and "KT" in page and "đến 30/06/2025" in page
    assert f'<a href="/don-vi/{units["province"].pk}/">Tỉnh Quảng Ngãi</a>' in page
    assert "Sáp nhập, hợp nhất" in page and "01/07/2025" in page and RESOLUTION in page
    assert f'<a href="/don-vi/{merger["kt_sngv"].pk}/">Sở Ngoại vụ tỉnh Kon Tum</a>' in page  # a child
    assert "/don-vi/?as_of=2025-06-30" in page  # the tree on its last day
    province = client.get(f"/don-vi/{units['province'].pk}/").content.decode()
    assert f'<a href="/don-vi/{merger["kon_tum"].pk}/">Tỉnh Kon Tum</a>' in province
    snv = client.get(f"/don-vi/{merger['snv'].pk}/").content.decode()
    assert "Chuyển giao chức năng, nhiệm vụ" in snv and "Quản lý đoàn ra, đoàn vào" in snv
    assert "Quyết định số 12/QĐ-UBND ngày 20/6/2025 của UBND tỉnh" in snv and "từ 01/03/2025" in snv
    assert f'<a href="/don-vi/{units["committee"].pk}/">UBND tỉnh Quảng Ngãi</a>' in snv  # its parent


def test_every_signed_in_user_reads_the_units_and_no_one_else(client, client_for, units, merger):
    assert client.get("/don-vi/")["Location"].startswith("/dang-nhap/")
    assert client.get(f"/don-vi/{units['dh'].pk}/").status_code == 302
    reporter = client_for("reporter")  # a unit reporter of the Văn phòng: unit names are not secret
    assert "Tỉnh Kon Tum" in reporter.get("/don-vi/", {"as_of": "30/06/2025"}).content.decode()
    assert reporter.get(f"/don-vi/{units['dh'].pk}/").status_code == 200
    assert reporter.get("/don-vi/999999/").status_code == 404
    assert 'href="/don-vi/"' in reporter.get("/").content.decode()  # in the navigation


def test_the_pages_take_a_fixed_number_of_queries(client_for, units, merger, django_assert_max_num_queries):
    client = client_for("officer")
    province = units["province"]
    with django_assert_max_num_queries(10) as few:
        client.get("/don-vi/", {"as_of": "30/06/2025"})
    with django_assert_max_num_queries(10) as few_detail:
        client.get(f"/don-vi/{province.pk}/")
    for n in range(8):
        old = Unit.objects.create(
            name=f"Tỉnh Cũ {n}", code=f"C{n}", kind=Unit.Kind.PROVINCE, ended_on=date(2025, 7, 1), is_active=False
        )
        Unit.objects.create(name=f"Sở {n}", code=f"S{n}", parent=old, ended_on=date(2025, 7, 1), is_active=False)
        Unit.objects.create(name=f"Trường {n}", code=f"TR{n}", parent=province)
        Succession.objects.create(
            predecessor=old,
            successor=province,
            kind=Succession.Kind.MERGE,
            effective_on=date(2025, 7, 1),
            legal_basis=RESOLUTION,
        )
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get("/don-vi/", {"as_of": "30/06/2025"}).content.decode()
    assert "Tỉnh Cũ 7" in page and "Sở 7" in page
    with django_assert_max_num_queries(len(few_detail.captured_queries)):
        page = client.get(f"/don-vi/{province.pk}/").content.decode()
    assert "Tỉnh Cũ 7" in page and "Trường 7" in page


def test_the_administrator_finds_the_transfer_from_the_unit_page(client_for, merger):
    link = Succession.objects.get(predecessor=merger["kon_tum"])
    transfer = f'href="/yeu-cau/chuyen-giao/{link.pk}/"'
    assert transfer in client_for("admin").get(f"/don-vi/{merger['kon_tum'].pk}/").content.decode()
    assert transfer not in client_for("officer").get(f"/don-vi/{merger['kon_tum'].pk}/").content.decode()
