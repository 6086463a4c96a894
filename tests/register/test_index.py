"""The register's index (/so-theo-doi/) links to the areas the sidebar offers, every one of which opens."""

import re

import pytest
from tests.register.rows import keep_a_procedure


def content_links(client):
    page = client.get("/so-theo-doi/")
    assert page.status_code == 200
    content = page.content.decode().split("</nav>")[-1]  # after the sidebar
    return re.findall(r'href="(/so-theo-doi/[^"#?]+)"', content)


def test_a_unit_reporter_whose_units_keep_no_procedures_is_not_led_to_the_catalogue(client_for, units):
    client = client_for("other_reporter")
    links = content_links(client)
    assert "/so-theo-doi/doan-vao/" in links  # what it writes stays
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" not in links
    assert [(href, code) for href in links if (code := client.get(href).status_code) >= 400] == []
    keep_a_procedure(units["dh"])
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" in content_links(client)


@pytest.mark.parametrize("role", ["viewer", "officer"])
def test_the_office_and_readers_are_led_to_every_area_including_the_catalogue(client_for, role):
    client = client_for(role)
    links = content_links(client)
    assert "/so-theo-doi/thu-tuc-hanh-chinh/" in links and "/so-theo-doi/doan-vao/" in links
    assert [(href, code) for href in links if (code := client.get(href).status_code) >= 400] == []
