"""A list sorted by the column whose heading was clicked: ascending, then the other way; the pages follow
that ordering with the id breaking ties, the filters and the unit's scope hold, and a ?sort= that names
no sortable column is refused in words, never a 500."""

import base64
import re
from datetime import date
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs

import pytest

from ngoaivu.register.models import Agreement, EconomicDiplomacyEvent, ForeignAid, IntegrationActivity

URL = "/so-theo-doi/doan-vao/"


def shown(response):
    return [record for record, _cells in response.context["rows"]]


def titles(response):
    return [record.title for record in shown(response)]


def heading(response, text):
    """The <th> whose text starts with text, as written."""
    page = response.content.decode()
    head = page.split("<thead>", 1)[1].split("</thead>", 1)[0]
    return next(th for th in re.findall(r"<th[^>]*>.*?</th>", head) if re.sub(r"<[^>]+>", "", th).startswith(text))


def heading_query(response, text):
    href = re.search(r'href="\?([^"]*)"', heading(response, text))
    return unescape(href.group(1)) if href else None


def next_query(response):
    page = response.content.decode()
    link = re.search(r'<a href="\?([^"]*)" rel="next">', page)
    return unescape(link.group(1)) if link else None


def every_page(client, url, query):
    """The rows of every page from the first, following «Trang sau ›», and the pages."""
    pages = [client.get(f"{url}?{query}")]
    while next_query(pages[-1]):
        pages.append(client.get(f"{url}?{next_query(pages[-1])}"))
    return [record for page in pages for record in shown(page)], pages


def test_a_date_column_sorts_ascending_then_descending_from_its_heading(client_for, incoming):
    for day in (12, 3, 25, 7):
        incoming(title=f"Đoàn ngày {day:02d}", start_date=date(2021, 3, day))
    client = client_for("officer")
    default = client.get(URL)
    # The list's own ordering is the newest first: its heading says so, and a click sorts it the other way.
    assert 'aria-sort="descending"' in heading(default, "Ngày đến") and "▼" in heading(default, "Ngày đến")
    assert heading_query(default, "Ngày đến") == "sort=start_date"
    ascending = client.get(URL, {"sort": "start_date"})
    assert titles(ascending) == ["Đoàn ngày 03", "Đoàn ngày 07", "Đoàn ngày 12", "Đoàn ngày 25"]
    assert 'aria-sort="ascending"' in heading(ascending, "Ngày đến") and "▲" in heading(ascending, "Ngày đến")
    assert heading_query(ascending, "Ngày đến") == "sort=-start_date"
    assert "aria-sort" not in heading(ascending, "Tên đoàn")
    descending = client.get(f"{URL}?{heading_query(ascending, 'Ngày đến')}")
    assert titles(descending) == ["Đoàn ngày 25", "Đoàn ngày 12", "Đoàn ngày 07", "Đoàn ngày 03"]
    assert 'aria-sort="descending"' in heading(descending, "Ngày đến")


def test_a_number_column_sorts_by_value_not_as_text(client_for, units):
    for value in (900, 10_000, 2_000_000, 35_000):
        ForeignAid.objects.create(
            unit=units["sngv"],
            title=f"Viện trợ {value}",
            donor="KOICA",
            country="KR",
            kind="project",
            value_vnd=Decimal(value),
            approved_on=date(2021, 3, 4),
        )
    client = client_for("officer")
    ascending = client.get("/so-theo-doi/vien-tro/", {"sort": "value_vnd"})
    assert [r.value_vnd for r in shown(ascending)] == [900, 10_000, 35_000, 2_000_000]
    descending = client.get("/so-theo-doi/vien-tro/", {"sort": "-value_vnd"})
    assert [r.value_vnd for r in shown(descending)] == [2_000_000, 35_000, 10_000, 900]


def test_a_text_column_sorts_as_the_database_does(client_for, incoming):
    for title in ("Charlie", "Alpha", "Delta", "Bravo"):
        incoming(title=title)
    client = client_for("officer")
    assert titles(client.get(URL, {"sort": "title"})) == ["Alpha", "Bravo", "Charlie", "Delta"]
    assert titles(client.get(URL, {"sort": "-title"})) == ["Delta", "Charlie", "Bravo", "Alpha"]


def test_a_choice_column_sorts_by_the_label_it_shows_not_its_code(client_for, units):
    for kind in ("promotion", "business", "projects", "other"):
        EconomicDiplomacyEvent.objects.create(unit=units["sngv"], title=kind, kind=kind, held_on=date(2021, 3, 4))
    client, url = client_for("officer"), "/so-theo-doi/ngoai-giao-kinh-te/"
    # Danh mục dự án…, Hội nghị doanh nghiệp, Khác, Xúc tiến đầu tư (the codes would put business first)
    assert titles(client.get(url, {"sort": "kind"})) == ["projects", "business", "other", "promotion"]
    assert titles(client.get(url, {"sort": "-kind"})) == ["promotion", "other", "business", "projects"]


def test_pages_of_a_sorted_list_lose_and_repeat_no_row(client_for, incoming):
    # 120 rows, many sharing a title and a number: only the id tells them apart.
    made = [incoming(title=f"Đoàn {n % 9}", person_visits=1 + n % 5, start_date=date(2021, 3, 1)) for n in range(120)]
    client = client_for("officer")
    for sort, key in (  # the other way is the same list reversed, the id too
        ("title", lambda r: (r.title, r.pk)),
        ("-title", lambda r: (-ord(r.title[-1]), -r.pk)),
        ("-person_visits", lambda r: (-r.person_visits, -r.pk)),
        ("start_date", lambda r: (r.start_date, -r.pk)),  # down (-start_date, id) backwards
    ):
        rows, pages = every_page(client, URL, f"sort={sort}")
        assert [r.pk for r in rows] == [r.pk for r in sorted(made, key=key)], sort
        assert [len(p.context["rows"]) for p in pages] == [50, 50, 20]
        assert all(parse_qs(next_query(p))["sort"] == [sort] for p in pages[:-1])
        # Back from the last page: the second, in the same order.
        previous = re.search(r'<a href="\?([^"]*)" rel="prev">', pages[2].content.decode()).group(1)
        back = client.get(f"{URL}?{unescape(previous)}")
        assert [r.pk for r in shown(back)] == [r.pk for r in sorted(made, key=key)][50:100], sort


def test_a_column_that_may_be_empty_pages_with_the_empty_ones_after_the_dated_ascending(client_for, units):
    # As core/keyset.py orders NULL: after every date ascending, so before them descending.
    for n in range(60):
        signed = date(2020, 1, 1 + n % 20) if n % 3 else None
        Agreement.objects.create(
            unit=units["sngv"],
            title=f"Thỏa thuận {n}",
            partner="Tỉnh Champasak",
            country="LA",
            signed_on=signed,
            status="signed" if signed else "drafting",
        )
    client, url = client_for("officer"), "/so-theo-doi/thoa-thuan/"
    everything = list(Agreement.objects.all())
    rows, _pages = every_page(client, url, "sort=signed_on")
    assert [a.pk for a in rows] == [
        a.pk for a in sorted(everything, key=lambda a: (a.signed_on is None, a.signed_on or date.min, a.pk))
    ]
    rows, _pages = every_page(client, url, "sort=-signed_on")
    assert [a.pk for a in rows] == [
        a.pk
        for a in sorted(
            everything, key=lambda a: (a.signed_on is not None, -(a.signed_on or date.min).toordinal(), -a.pk)
        )
    ]


def test_sorting_keeps_the_filters_and_starts_from_the_first_page(client_for, incoming):
    for n in range(60):
        incoming(title=f"Đoàn Lào {n:02d}", country="LA", start_date=date(2021, 3, 1 + n % 20))
        incoming(title=f"Đoàn Nhật {n:02d}", country="JP")
    client = client_for("officer")
    first = client.get(URL, {"country": "LA"})
    second = client.get(f"{URL}?{next_query(first)}")
    query = parse_qs(heading_query(second, "Tên đoàn"))
    assert query == {"country": ["LA"], "sort": ["title"]}  # no page position: a new ordering starts over
    rows, _pages = every_page(client, URL, heading_query(second, "Tên đoàn"))
    assert [r.title for r in rows] == [f"Đoàn Lào {n:02d}" for n in range(60)]
    # «Lọc» keeps the order chosen; the exports take it too.
    page = client.get(URL, {"country": "LA", "sort": "-title"}).content.decode()
    assert '<input type="hidden" name="sort" value="-title">' in page
    assert "xuat.csv?country=LA&amp;sort=-title" in page


def test_an_export_keeps_the_lists_order(client_for, incoming):
    for title in ("Charlie", "Alpha", "Bravo"):
        incoming(title=title)
    client = client_for("officer")
    csv = client.get("/so-theo-doi/doan-vao/xuat.csv", {"sort": "-title"}).content.decode()
    assert csv.index("Charlie") < csv.index("Bravo") < csv.index("Alpha")
    csv = client.get("/so-theo-doi/doan-vao/xuat.csv", {"sort": "title"}).content.decode()
    assert csv.index("Alpha") < csv.index("Bravo") < csv.index("Charlie")


@pytest.mark.parametrize(
    "value",
    [
        "unit__name",  # a path through a relation
        "unit__users__password",
        "created_by",  # a field the list does not show
        "content",
        "country",  # shown, but stored as its code
        "id",
        "--title",
        "title;DROP",
        "?",
        "\u202etitle",
    ],
)
def test_a_sort_that_names_no_sortable_column_is_refused_in_words(client_for, incoming, value):
    incoming(title="B", start_date=date(2021, 3, 1))
    incoming(title="A", start_date=date(2021, 3, 2))
    client = client_for("officer")
    response = client.get(URL, {"sort": value})
    assert response.status_code == 200
    assert titles(response) == ["A", "B"]  # the list's own ordering, newest first
    page = response.content.decode()
    assert "Không sắp xếp được theo «" in page and "Danh sách đang xếp theo thứ tự mặc định." in page
    assert f'value="{value}"' not in page  # the filter form does not carry it on
    assert client.get("/so-theo-doi/doan-vao/xuat.csv", {"sort": value}).status_code == 200


@pytest.mark.parametrize("value", ["1e999", "Infinity", "-Infinity"])
def test_a_forged_position_beyond_any_number_starts_the_list_again(client_for, incoming, value):
    incoming(title="B", start_date=date(2021, 3, 1))
    incoming(title="A", start_date=date(2021, 3, 2))
    forged = base64.urlsafe_b64encode(f"[{value},1]".encode()).decode().rstrip("=")
    response = client_for("officer").get(URL, {"sort": "person_visits", "after": forged})
    assert response.status_code == 200
    assert sorted(titles(response)) == ["A", "B"]


def test_a_computed_column_and_a_country_have_no_link_to_sort(client_for, units):
    from tests.register.rows import make_row

    make_row("nhiem-vu", units["sngv"])
    client = client_for("officer")
    tasks = client.get("/so-theo-doi/nhiem-vu/")
    assert heading_query(tasks, "Thời hạn") is None
    assert client.get("/so-theo-doi/nhiem-vu/", {"sort": "deadline_status"}).status_code == 200
    assert "Không sắp xếp được" in client.get("/so-theo-doi/nhiem-vu/", {"sort": "deadline_status"}).content.decode()
    assert heading_query(client.get(URL), "Quốc tịch") is None


def test_a_unit_reporter_sorted_list_holds_only_their_units_rows(client_for, incoming):
    for n in range(30):
        incoming(title=f"Đoàn VP {n:02d}", unit="vp", person_visits=n + 1)
        incoming(title=f"Đoàn Sở {n:02d}", unit="sngv", person_visits=n + 1)
        incoming(title=f"Đoàn ĐH {n:02d}", unit="dh", person_visits=n + 1)
    client = client_for("reporter")  # Văn phòng UBND tỉnh
    for sort in ("title", "-title", "-person_visits", "start_date"):
        rows, _pages = every_page(client, URL, f"sort={sort}")
        assert len(rows) == 30 and {r.unit.code for r in rows} == {"VP"}, sort
    csv = client.get("/so-theo-doi/doan-vao/xuat.csv", {"sort": "-title"}).content.decode()
    assert "Đoàn Sở" not in csv and "Đoàn ĐH" not in csv and "Đoàn VP 00" in csv


def test_the_unit_column_sorts_by_the_units_name(client_for, units):
    for unit, title in (("sngv", "Sở"), ("dh", "Trường"), ("vp", "Văn phòng")):
        IntegrationActivity.objects.create(unit=units[unit], title=title, start_date=date(2021, 3, 4))
    client, url = client_for("officer"), "/so-theo-doi/hoi-nhap/"
    assert titles(client.get(url, {"sort": "unit"})) == ["Sở", "Trường", "Văn phòng"]
    assert titles(client.get(url, {"sort": "-unit"})) == ["Văn phòng", "Trường", "Sở"]
    reporter = client_for("reporter")  # Văn phòng UBND tỉnh: its own rows only, sorted as they may be
    assert titles(reporter.get(url, {"sort": "-unit"})) == ["Văn phòng"]
    csv = reporter.get(f"{url}xuat.csv", {"sort": "-unit"}).content.decode()
    assert "Văn phòng" in csv and "Trường" not in csv
