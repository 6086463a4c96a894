"""The list page of an area: filters, search, pagination, and a query count that does not grow."""

from datetime import date

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


def titles(response):
    return sorted(record.title for record, _cells in response.context["rows"])


def test_filters_by_period_country_unit_and_host_level(client_for, incoming, units):
    incoming(title="A", start_date=date(2021, 1, 5), country="LA")
    incoming(title="B", start_date=date(2021, 8, 5), country="JP", host_level="provincial")
    incoming(title="C", start_date=date(2020, 8, 5), country="LA", unit="vp")
    client = client_for("officer")
    url = "/so-theo-doi/doan-vao/"
    assert titles(client.get(url)) == ["A", "B", "C"]
    assert titles(client.get(url, {"date_from": "01/01/2021", "date_to": "31/07/2021"})) == ["A"]
    assert titles(client.get(url, {"country": "LA"})) == ["A", "C"]
    assert titles(client.get(url, {"unit": units["vp"].pk})) == ["C"]
    assert titles(client.get(url, {"host_level": "provincial"})) == ["B"]


def test_search_finds_vietnamese_text(client_for, incoming):
    incoming(title="Đoàn Đại học Khon Kaen")
    incoming(title="Đoàn JICA")
    response = client_for("viewer").get("/so-theo-doi/doan-vao/", {"q": "khon kaen"})
    assert titles(response) == ["Đoàn Đại học Khon Kaen"]
    # Vietnamese capitals fold on SQLite as on PostgreSQL.
    response = client_for("viewer").get("/so-theo-doi/doan-vao/", {"q": "đại học"})
    assert titles(response) == ["Đoàn Đại học Khon Kaen"]


def test_search_is_by_words_in_any_order_with_or_without_accents(client_for, incoming):
    incoming(title="Đoàn Bộ Nông nghiệp Lào")
    incoming(title="Đoàn Đại học Nông Lâm Huế")
    incoming(title="Đoàn JICA", content="Khảo sát dự án nông nghiệp")
    client = client_for("viewer")
    url = "/so-theo-doi/doan-vao/"
    for query in ("nong nghiep", "nông nghiệp", "NGHIỆP nông", "Nong  Nghiep"):
        assert titles(client.get(url, {"q": query})) == ["Đoàn Bộ Nông nghiệp Lào", "Đoàn JICA"], query
    assert titles(client.get(url, {"q": "nong lao"})) == ["Đoàn Bộ Nông nghiệp Lào"]  # words in one field or another
    assert titles(client.get(url, {"q": "dai hoc hue"})) == ["Đoàn Đại học Nông Lâm Huế"]
    assert titles(client.get(url, {"q": "100%_"})) == []  # LIKE's wildcards are letters here


def test_a_row_links_by_its_title(client_for, incoming):
    record = incoming(title="Đoàn JICA")
    page = client_for("viewer").get("/so-theo-doi/doan-vao/").content.decode()
    assert f'<a href="/so-theo-doi/doan-vao/{record.pk}/">Đoàn JICA</a>' in page


def test_every_filter_offers_all_rows_in_words(client_for):
    page = client_for("officer").get("/so-theo-doi/doan-vao/").content.decode()
    form = page.split('<form class="filters"', 1)[1].split("</form>", 1)[0]
    assert "---------" not in form
    assert form.count("<select") >= 3
    assert form.count('<option value="" selected>Tất cả</option>') == form.count("<select")


def test_an_invalid_filter_shows_the_message_and_the_whole_list(client_for, incoming):
    incoming(title="A")
    response = client_for("officer").get("/so-theo-doi/doan-vao/", {"date_from": "31/02/2021"})
    assert response.status_code == 200
    assert "date_from" in response.context["filter"].form.errors


def test_dates_and_numbers_read_the_vietnamese_way(client_for, units):
    from ngoaivu.register.models import ForeignAid

    ForeignAid.objects.create(
        unit=units["sngv"],
        title="Cứu trợ bão lũ",
        donor="Water Mission",
        country="US",
        kind="emergency",
        value_vnd=7037000000,
        approved_on=date(2021, 3, 4),
    )
    body = client_for("officer").get("/so-theo-doi/vien-tro/").content.decode()
    assert "04/03/2021" in body and "7.037.000.000" in body and "Viện trợ khẩn cấp" in body


@pytest.mark.parametrize("slug", ["doan-vao", "doan-ra", "thoa-thuan", "ke-hoach-doan-muc"])
def test_queries_do_not_grow_with_rows(client_for, units, slug):
    from tests.register.rows import make_row

    client = client_for("officer")

    def count_queries():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(f"/so-theo-doi/{slug}/").status_code == 200
        return len(queries)

    make_row(slug, units["sngv"])
    few = count_queries()
    for _ in range(12):
        make_row(slug, units["vp"])
    assert count_queries() == few


def test_pages_hold_fifty_rows(client_for, incoming):
    for n in range(55):
        incoming(title=f"Đoàn {n:02d}")
    client = client_for("officer")
    assert len(client.get("/so-theo-doi/doan-vao/").context["rows"]) == 50
    assert len(client.get("/so-theo-doi/doan-vao/", {"page": 2}).context["rows"]) == 5
