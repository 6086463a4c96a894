"""The list page of an area: filters, search, pages found from the row they follow (never by counting
the whole table), and a query count that does not grow."""

import base64
import re
from datetime import date
from html import unescape
from urllib.parse import parse_qs

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.core.models import LegalDocument
from ngoaivu.register.models import IncomingDelegation


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


def test_a_search_pasted_with_unseen_characters_finds_as_typed(client_for, incoming):
    incoming(title="Lưu học sinh tỉnh Sekong")
    incoming(title="Đoàn JICA")
    client = client_for("viewer")
    for query in ("Sek\u200bong", "tỉnh\u00a0Sekong", "\ufeffSekong\t"):
        assert titles(client.get("/so-theo-doi/doan-vao/", {"q": query})) == ["Lưu học sinh tỉnh Sekong"], query


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


def test_a_period_that_ends_before_it_starts_is_told_beside_its_end_not_shown_as_an_empty_list(client_for, incoming):
    incoming(title="A", start_date=date(2021, 3, 1))
    client = client_for("officer")
    page = client.get("/so-theo-doi/doan-vao/", {"date_from": "01/05/2021", "date_to": "01/01/2021"})
    assert page.context["filter"].form.errors == {"date_to": ["«Đến ngày» phải từ «Từ ngày» trở về sau."]}
    export = client.get("/so-theo-doi/doan-vao/xuat.csv", {"date_from": "01/05/2021", "date_to": "01/01/2021"})
    assert export.status_code == 400 and "«Đến ngày» phải từ «Từ ngày» trở về sau." in export.content.decode()


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
    first = client.get("/so-theo-doi/doan-vao/")
    assert len(first.context["rows"]) == 50
    second = client.get(f"/so-theo-doi/doan-vao/?{first.context['next_query']}")
    assert len(second.context["rows"]) == 5


def links(response):
    """The pager's links as (text, query string)."""
    page = response.content.decode()
    nav = page.split('<nav class="pager"', 1)[1].split("</nav>", 1)[0] if '<nav class="pager"' in page else ""
    return {text.strip(): unescape(href) for href, text in re.findall(r'<a href="\?([^"]*)"[^>]*>([^<]*)</a>', nav)}


def follow(client, url, response, text):
    return client.get(f"{url}?{links(response)[text]}")


def test_next_and_previous_pages_follow_the_ordering_with_ties_broken_by_id(client_for, incoming):
    # 120 rows on 7 days: many share a start date, which only the id orders.
    made = [incoming(title=f"Đoàn {n:03d}", start_date=date(2021, 3, 1 + n % 7)) for n in range(120)]
    expected = [r.title for r in sorted(made, key=lambda r: (-r.start_date.toordinal(), r.pk))]
    client, url = client_for("officer"), "/so-theo-doi/doan-vao/"
    page = client.get(url)
    assert "‹ Trang trước" not in links(page) and "Trang sau ›" in links(page)
    pages = [page]
    while "Trang sau ›" in links(pages[-1]):
        pages.append(follow(client, url, pages[-1], "Trang sau ›"))
    seen = [record.title for p in pages for record, _cells in p.context["rows"]]
    assert seen == expected and [len(p.context["rows"]) for p in pages] == [50, 50, 20]
    # Back from the last page: the same pages, the first one with no way further back.
    back = follow(client, url, pages[2], "‹ Trang trước")
    assert [r.title for r, _c in back.context["rows"]] == expected[50:100]
    back = follow(client, url, back, "‹ Trang trước")
    assert [r.title for r, _c in back.context["rows"]] == expected[:50]
    assert "‹ Trang trước" not in links(back)
    assert [r.title for r, _c in follow(client, url, pages[2], "« Trang đầu").context["rows"]] == expected[:50]


def test_a_searched_list_pages_in_the_lists_order(client_for, incoming, units):
    made = [incoming(title=f"Đoàn Lào {n:03d}", start_date=date(2021, 3, 1 + n % 7)) for n in range(70)]
    for n in range(30):
        incoming(title=f"Đoàn Nhật {n:02d}", start_date=date(2021, 3, 1 + n % 7))
    expected = [r.title for r in sorted(made, key=lambda r: (-r.start_date.toordinal(), r.pk))]
    client, url = client_for("officer"), "/so-theo-doi/doan-vao/"
    first = client.get(url, {"q": "lao"})
    second = follow(client, url, first, "Trang sau ›")
    assert [r.title for p in (first, second) for r, _c in p.context["rows"]] == expected
    back = follow(client, url, second, "‹ Trang trước")
    assert [r.title for r, _c in back.context["rows"]] == expected[:50]


def test_paging_keeps_the_filters(client_for, incoming, units):
    for n in range(60):
        incoming(title=f"Đoàn Lào {n:02d}", country="LA", unit="vp" if n % 2 else "sngv")
        incoming(title=f"Đoàn Nhật {n:02d}", country="JP")
    client, url = client_for("officer"), "/so-theo-doi/doan-vao/"
    first = client.get(url, {"country": "LA", "unit": units["vp"].pk, "q": "lao"})
    assert len(first.context["rows"]) == 30 and "Trang sau ›" not in links(first)
    first = client.get(url, {"country": "LA"})
    second = follow(client, url, first, "Trang sau ›")
    assert parse_qs(links(first)["Trang sau ›"])["country"] == ["LA"]
    rows = first.context["rows"] + second.context["rows"]
    assert len(rows) == 60 and {record.country.code for record, _cells in rows} == {"LA"}
    # The exports take the filters, never the page's position.
    page = second.content.decode()
    assert "xuat.csv?country=LA" in page and "after=" not in page.split("xuat.csv", 1)[1].split('"', 1)[0]


def test_a_link_that_is_not_the_pagers_shows_the_first_page(client_for, incoming):
    for n in range(3):
        incoming(title=f"Đoàn {n}")
    client = client_for("viewer")
    nested = base64.urlsafe_b64encode(b"[" * 1490).decode()  # within the link's 2.000 characters; too deep for json
    for query in (
        {"after": "khong-phai"},
        {"before": "%%%"},
        {"after": "W10"},
        {"after": "x" * 3900},
        {"after": nested},
        {"before": nested},
    ):
        response = client.get("/so-theo-doi/doan-vao/", query)
        assert response.status_code == 200 and len(response.context["rows"]) == 3, query


def test_an_area_ordered_by_a_column_that_may_be_empty_and_a_title(client_for, units):
    from ngoaivu.register.models import Agreement

    # Agreements: those not signed yet first, as PostgreSQL orders a descending column's empty values
    # (now SQLite too), then the newest signed; by title within a day.
    for n in range(60):
        signed = date(2020, 1, 1 + n % 20) if n % 3 else None
        Agreement.objects.create(
            unit=units["sngv"],
            title=f"Thỏa thuận {n % 7}",
            partner="Tỉnh Champasak",
            country="LA",
            signed_on=signed,
            status="signed" if signed else "drafting",
        )
    client, url = client_for("officer"), "/so-theo-doi/thoa-thuan/"
    first = client.get(url)
    second = follow(client, url, first, "Trang sau ›")
    seen = [record for page in (first, second) for record, _cells in page.context["rows"]]
    expected = sorted(
        Agreement.objects.all(),
        key=lambda a: (a.signed_on is not None, -(a.signed_on or date.min).toordinal(), a.title, a.pk),
    )
    assert [a.pk for a in seen] == [a.pk for a in expected]
    back = follow(client, url, second, "‹ Trang trước")
    assert [r.pk for r, _c in back.context["rows"]] == [a.pk for a in expected[:50]]


def test_the_number_of_rows_is_said_where_it_is_cheap(client_for, incoming):
    for n in range(3):
        incoming(title=f"Đoàn {n}")
    client = client_for("officer")
    assert client.get("/so-theo-doi/doan-vao/").context["count"] == "03 bản ghi"
    for n in range(60):
        incoming(title=f"Đoàn thêm {n}")
    assert client.get("/so-theo-doi/doan-vao/").context["count"] == "63 bản ghi"  # counted up to 1.000 rows


def test_a_filter_that_finds_nothing_says_so_in_words_not_as_0(client_for, incoming):
    incoming(title="Đoàn Đại sứ quán Lào")
    response = client_for("officer").get("/so-theo-doi/doan-vao/", {"q": "Champasak"})
    assert response.status_code == 200 and not response.context["rows"]
    assert response.context["count"] == "Không có bản ghi nào"
    page = response.content.decode()
    assert "0 bản ghi" not in page and page.count("Không có bản ghi nào") == 1  # said once, by the table


def test_beyond_a_thousand_rows_the_number_is_an_estimate_said_to_be_one(client_for, units):
    from ngoaivu.core import keyset

    rows = [
        IncomingDelegation(
            unit=units["sngv"], title=f"Đoàn {n}", country="JP", start_date=date(2021, 1, 1), person_visits=1
        )
        for n in range(1005)
    ]
    IncomingDelegation.objects.bulk_create(rows)
    client = client_for("officer")
    assert client.get("/so-theo-doi/doan-vao/").context["count"] == "hơn 1.000 bản ghi"
    if connection.vendor == "postgresql":
        # Once PostgreSQL has statistics on the table, its planner's estimate, said to be one.
        with connection.cursor() as cursor:
            cursor.execute(f"ANALYZE {IncomingDelegation._meta.db_table}")
        assert client.get("/so-theo-doi/doan-vao/").context["count"] == "khoảng 1.005 bản ghi"
    assert keyset.COUNT_CAP == 1000


@pytest.mark.parametrize("slug", ["doan-vao", "doan-ra", "thoa-thuan", "ke-hoach-doan"])
def test_no_page_counts_the_whole_table(client_for, units, slug):
    """The pages of a long list: no COUNT(*) but over at most 1.001 rows, no OFFSET, and as many
    queries on the third page as on the first."""
    from tests.register.rows import make_row

    for n in range(120):  # over three units: a plan is one a unit and year
        make_row(slug, units[("sngv", "vp", "dh")[n % 3]])
    client, url = client_for("officer"), f"/so-theo-doi/{slug}/"

    def visit(query=""):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{url}?{query}")
            assert response.status_code == 200
        return response, [q["sql"].upper() for q in queries]

    first, first_sql = visit()
    second, _sql = visit(links(first)["Trang sau ›"])
    third, third_sql = visit(links(second)["Trang sau ›"])
    for sql in first_sql + third_sql:
        assert "OFFSET" not in sql, sql
        if "COUNT(" in sql:
            assert "LIMIT 1001" in sql, sql
    assert len(third_sql) == len(first_sql)
    assert len(third.context["rows"]) == 20


def test_an_ended_unit_is_named_with_its_dates(client_for, incoming, units):
    incoming(title="Đoàn Lào")
    units["sngv"].ended_on, units["sngv"].is_active = date(2025, 3, 1), False
    units["sngv"].save()
    html = client_for("officer").get("/so-theo-doi/doan-vao/").content.decode()
    assert "Sở Ngoại vụ (đến 28/02/2025)" in html


def test_a_filter_that_cannot_be_read_lists_nothing_and_exports_nothing(client_for, units):
    from datetime import date

    from ngoaivu.register.models import FishingIncident

    FishingIncident.objects.create(
        unit=units["sngv"],
        boat_number="QNg 1 TS",
        kind="detained",
        country="CN",
        occurred_on=date(2026, 11, 8),
        fishermen=5,
    )
    client = client_for("officer")
    page = client.get("/so-theo-doi/ngu-dan/", {"date_from": "31/02/2026", "date_to": "30/11/2026"})
    assert page.status_code == 200 and page.context["rows"] == []
    assert "Ngày 31/02/2026 không có: tháng 2/2026 chỉ có 28 ngày." in page.content.decode()
    # The empty table says the filter was not applied, not that there are no rows.
    assert "Chưa lọc được vì bộ lọc có ô chưa đúng" in page.content.decode()
    assert "Không có bản ghi nào." not in page.content.decode()
    assert client.get("/so-theo-doi/ngu-dan/", {"date_to": "30/11/2026"}).context["rows"]
    export = client.get("/so-theo-doi/ngu-dan/xuat.csv", {"date_from": "abc"})
    assert export.status_code == 400 and "Bộ lọc không hợp lệ, chưa xuất tệp" in export.content.decode()


@pytest.mark.parametrize(("slug", "name"), [("doan-ra", "in_annual_plan"), ("nhiem-vu", "overdue")])
def test_a_yes_or_no_filter_that_is_neither_lists_nothing_and_says_so(client_for, units, slug, name):
    from tests.register.rows import make_row

    make_row(slug, units["sngv"])
    client = client_for("officer")
    url = f"/so-theo-doi/{slug}/"
    assert client.get(url).context["rows"]
    page = client.get(url, {name: "maybe"})
    assert page.status_code == 200 and page.context["rows"] == []
    html = page.content.decode()
    assert "Hãy chọn một lựa chọn hợp lệ. «maybe» không có trong danh sách." in html
    assert "Chưa lọc được vì bộ lọc có ô chưa đúng" in html
    for value in ("true", "false", ""):  # Có, Không, Tất cả: read as before
        assert client.get(url, {name: value}).status_code == 200
        assert not client.get(url, {name: value}).context["filter_refused"]


@pytest.mark.parametrize("query", ["77/VP-HCQT", "77 /VP – HCQT", "77/VP–HCQT", "77/vp-hcqt"])
def test_the_documents_register_finds_a_number_however_it_is_spaced_or_dashed(client_for, units, query):
    LegalDocument.objects.create(doc_type="Công văn", number="77/VP-HCQT", issued_on=date(2026, 1, 15))
    LegalDocument.objects.create(doc_type="Công văn", number="78/VP-HCQT", issued_on=date(2026, 1, 16))
    response = client_for("viewer").get("/so-theo-doi/van-ban/", {"q": query})
    assert [record.number for record, _cells in response.context["rows"]] == ["77/VP-HCQT"]
