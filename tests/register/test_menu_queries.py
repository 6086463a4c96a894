"""The menu costs a unit reporter one query a page, whatever asks whether an area is offered."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.register.rows import keep_a_procedure


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


def test_the_translations_page_and_the_menu_ask_the_one_rule_once(client_for, units):
    # procedures/models.sees_translations is the register's rule (register/offering.offers), not a copy:
    # the page's own check and the menu's two entries share one answer a request.

    keep_a_procedure(units["dh"])
    client = client_for("other_reporter")
    client.get("/thu-tuc/")
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/thu-tuc/")
    assert response.status_code == 200 and "Công nhận văn bằng" in response.content.decode()
    asked = [
        q["sql"] for q in queries.captured_queries if q["sql"].startswith('SELECT 1 AS "a" FROM "procedures_procedure"')
    ]
    assert len(asked) == 1
