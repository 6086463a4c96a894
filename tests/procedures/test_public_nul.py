"""A NUL character in the public list's search: refused as the register lists refuse it, nothing searched.

PostgreSQL refuses a NUL in a query (a 500); SQLite searched it and listed nothing or everything."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from ngoaivu.procedures.models import Translation

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("name", ["q", "field", "agency"])
@pytest.mark.parametrize(("lang", "said"), [("vi", "Không được chứa ký tự rỗng (null)."), ("en", "Null characters")])
def test_a_nul_in_the_public_search_is_refused_and_no_query_holds_it(client, procedure, name, lang, said):
    procedure(translations={"en": (Translation.Status.PUBLISHED, "Work permit")})
    with CaptureQueriesContext(connection) as queries:
        response = client.get(f"/tthc/{lang}/", {name: "a\x00b"})
    page = response.content.decode()
    assert response.status_code == 200 and said in page and "\x00" not in page
    assert not response.context["rows"] and "1.000105" not in page
    assert not [query["sql"] for query in queries if "\x00" in query["sql"]]
    assert 'value="ab"' in page or name != "q"  # shown back without the character


def test_the_staff_qr_sheet_and_unit_search_refuse_a_nul_and_no_query_holds_it(client_for, procedure, units):
    procedure()
    client = client_for("officer")
    said = "Không được chứa ký tự rỗng (null)."
    with CaptureQueriesContext(connection) as queries:
        sheet = client.get("/thu-tuc/ma-qr/", {"field": "a\x00b"})
        found = client.get("/don-vi/tim/", {"q": "a\x00b"})
    assert sheet.status_code == 400 and sheet.content.decode() == said
    assert found.status_code == 400 and found.json() == {"detail": said}
    assert not [query["sql"] for query in queries if "\x00" in query["sql"]]
