"""A boat is reported with its crew, a consular case with its people, a bulletin with its number; a
file not yet decided has no decision date. Each is refused beside its field, by the form and the database."""

from datetime import date

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from ngoaivu.register.models import AbtcApplication, Bulletin, ConsularCase, FishingIncident

DAY = date(2026, 11, 3)

CASES = [
    (
        FishingIncident,
        {"boat_number": "QNg 96789 TS", "kind": "detained", "country": "TH", "occurred_on": DAY, "fishermen": 0},
        "fishermen",
        "Số ngư dân phải từ 01 trở lên.",
    ),
    (
        ConsularCase,
        {"title": "Công dân gặp nạn", "country": "LA", "occurred_on": DAY, "persons": 0},
        "persons",
        "Số người liên quan phải từ 01 trở lên.",
    ),
    (Bulletin, {"issue_number": 0, "published_on": DAY}, "issue_number", "Số bản tin phải từ 01 trở lên."),
    (
        AbtcApplication,
        {"enterprise": "Công ty A", "businesspeople": 2, "received_on": DAY, "status": "received", "decided_on": DAY},
        "decided_on",
        "Hồ sơ chưa có quyết định thì chưa có ngày quyết định",
    ),
]


@pytest.mark.parametrize("model, fields, field, message", CASES, ids=[c[0].__name__ for c in CASES])
def test_refused_beside_its_field_and_by_the_database(units, model, fields, field, message):
    row = model(unit=units["sngv"], **fields)
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert any(message in text for text in refused.value.message_dict[field])
    with pytest.raises(IntegrityError), transaction.atomic():
        row.save()


def test_a_decided_file_keeps_its_decision_date(units):
    AbtcApplication(
        unit=units["sngv"], enterprise="Công ty B", businesspeople=1, received_on=DAY, status="approved", decided_on=DAY
    ).full_clean()


def test_a_form_writes_the_least_count_as_every_message_does():
    from ngoaivu.core.forms import figure_formfield

    field = figure_formfield(AbtcApplication._meta.get_field("businesspeople"))
    with pytest.raises(ValidationError) as refused:
        field.clean("0")
    assert refused.value.messages == ["Số phải từ 01 trở lên."]


def test_a_model_says_its_least_count_in_the_forms_words_for_an_import_or_the_api(units):
    row = AbtcApplication(unit=units["sngv"], enterprise="Công ty A", businesspeople=0, received_on=DAY)
    with pytest.raises(ValidationError) as refused:
        row.full_clean()
    assert refused.value.message_dict["businesspeople"] == ["Số phải từ 01 trở lên."]
