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
