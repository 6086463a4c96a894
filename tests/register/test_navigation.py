"""The sidebar links only to pages the user may open."""

import re

import pytest
from tests.register.rows import keep_a_procedure


@pytest.mark.parametrize("role", ["viewer", "leader", "reporter", "officer", "admin"])
def test_every_sidebar_link_opens(client_for, role):
    client = client_for(role)
    page = client.get("/so-theo-doi/doan-vao/").content.decode()
    sidebar = page.split('<nav class="sidebar"', 1)[1].split("</nav>", 1)[0]
    links = re.findall(r'href="([^"#]+)"', sidebar)
    assert len(links) > 20
    assert [(href, code) for href in links if (code := client.get(href).status_code) >= 400] == []


def sidebar_links(client):
    page = client.get("/").content.decode()
    return re.findall(r'href="([^"#]+)"', page.split('<nav class="sidebar"', 1)[1].split("</nav>", 1)[0])


def test_the_procedures_are_offered_to_a_unit_reporter_only_while_its_unit_keeps_some(client_for, units):
    # A university's reporter may not open the translations (403) and adds no procedure (office_writes):
    # the catalogue's entry, an empty list for it, goes with the translations' (core/permissions.reads_any).

    client = client_for("other_reporter")
    links = sidebar_links(client)
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" not in links and "/thu-tuc/" not in links
    assert "/so-theo-doi/doan-vao/" in links  # what it writes stays
    keep_a_procedure(units["dh"])
    links = sidebar_links(client)
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" in links and "/thu-tuc/" in links
    # the translations under the procedures' heading, beside their catalogue
    assert links.index("/thu-tuc/") == links.index("/so-theo-doi/thu-tuc-hanh-chinh/") + 1
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" in sidebar_links(client_for("viewer"))


def test_the_catalogue_typed_by_a_unit_reporter_whose_units_keep_none_is_refused_as_the_menu_says(client_for, units):
    # The menu does not offer it; typed in, the list is refused (403 with its Vietnamese page), as the
    # translations' pages are, rather than shown empty with no word of why. Once the unit keeps one, it lists it.

    client = client_for("other_reporter")
    for url in (
        "/so-theo-doi/thu-tuc-hanh-chinh/",
        "/so-theo-doi/thu-tuc-hanh-chinh/da-xoa/",
        "/so-theo-doi/thu-tuc-hanh-chinh/xuat.csv",
        "/so-theo-doi/thu-tuc-hanh-chinh/mau-nhap.xlsx",  # the import template, as the list and import page
    ):
        response = client.get(url)
        assert response.status_code == 403, url
    assert "Bạn không có quyền" in client.get("/so-theo-doi/thu-tuc-hanh-chinh/").content.decode()
    assert client.get("/thu-tuc/").status_code == 403
    keep_a_procedure(units["dh"])
    page = client.get("/so-theo-doi/thu-tuc-hanh-chinh/")
    assert page.status_code == 200 and "Công nhận văn bằng" in page.content.decode()
    assert client.get("/so-theo-doi/thu-tuc-hanh-chinh/mau-nhap.xlsx").status_code == 200
    assert client.get("/so-theo-doi/doan-vao/").status_code == 200  # what it writes stays open
