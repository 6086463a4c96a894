"""The menu costs a unit reporter one query a page, whatever asks whether an area is offered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext


def menu_queries(client, url="/so-theo-doi/doan-vao/"):
    client.get(url)  # the session and caches settle
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return [q["sql"] for q in queries.captured_queries if "procedures_procedure" in q["sql"]], len(queries)


def test_a_unit_reporters_menu_asks_about_the_procedures_once(client_for):
    # The register's menu and the translations' entry ask the same question (reads_any): once a request.
    asked, total = menu_queries(client_for("other_reporter"))
    assert len(asked) == 1
    assert total <= 9


@pytest.mark.parametrize("role", ["officer", "viewer"])
def test_the_office_menu_asks_nothing(client_for, role):
    asked, total = menu_queries(client_for(role))
    assert asked == []
    assert total <= 8
