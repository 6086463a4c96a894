"""The list's search finds a field whatever width it was written in: full-width digits and letters, half-width
kana, as ngoaivu.pure.text.fold folds the query (NFKC), on SQLite and PostgreSQL alike (./test runs it on both)."""

import pytest

from ngoaivu.register.models import IncomingDelegation

URL = "/so-theo-doi/doan-vao/"


def titles(response):
    return sorted(record.title for record, _cells in response.context["rows"])


@pytest.mark.parametrize(
    "stored, typed",
    [
        ("Đoàn số １２３", "123"),  # full-width digits
        ("Đoàn ＪＩＣＡ", "jica"),  # full-width letters
        ("Hỗ trợ ｳﾞｨｻﾞ lao động", "ヴィザ"),  # half-width kana, its voicing mark a letter apart
        ("Đoàn số 123", "１２３"),  # and the other way: the query folded as the field is
        ("Hỗ trợ ヴィザ lao động", "ｳﾞｨｻﾞ"),
    ],
)
def test_a_field_in_another_width_is_found_by_its_usual_form(client_for, incoming, stored, typed):
    incoming(title=stored)
    incoming(title="Đoàn khác")
    assert IncomingDelegation.objects.filter(title=stored).exists()  # stored as written, not normalized
    assert titles(client_for("officer").get(URL, {"q": typed})) == [stored]


def test_a_field_in_another_width_is_found_in_any_searched_field(client_for, incoming):
    incoming(title="Đoàn doanh nghiệp", content="Khảo sát dự án số ４５６")
    assert titles(client_for("viewer").get(URL, {"q": "du an 456"})) == ["Đoàn doanh nghiệp"]
