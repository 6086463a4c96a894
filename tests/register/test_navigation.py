"""The sidebar links only to pages the user may open."""

import re

import pytest


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
    from ngoaivu.procedures.models import Procedure

    client = client_for("other_reporter")
    links = sidebar_links(client)
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" not in links and "/thu-tuc/" not in links
    assert "/so-theo-doi/doan-vao/" in links  # what it writes stays
    Procedure.objects.create(
        unit=units["dh"],
        code="1.000105",
        name="Công nhận văn bằng",
        field="Giáo dục",
        agency="Trường",
        processing_time="05 ngày",
    )
    links = sidebar_links(client)
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" in links and "/thu-tuc/" in links
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" in sidebar_links(client_for("viewer"))
