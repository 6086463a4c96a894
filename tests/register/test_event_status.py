"""An event recorded ahead, postponed or cancelled is kept in the register and never counted as held."""

from datetime import date

from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate
from ngoaivu.register.models import ActivityStatus, Conference, CulturalEvent
from ngoaivu.reporting.lists import build_lists


def test_only_events_done_are_counted_and_listed(units):
    unit = units["sngv"]
    for title, status in (("Giao lưu văn hóa", "done"), ("Homestay", "planned"), ("Lễ hội", "cancelled")):
        CulturalEvent.objects.create(unit=unit, title=title, held_on=date(2021, 8, 18), status=status)
    Conference.objects.create(
        unit=unit, title="Hội thảo", organiser="Sở", start_date=date(2021, 8, 5), status="postponed"
    )
    Conference.objects.create(
        unit=unit,
        title="Hội nghị",
        organiser="Sở",
        start_date=date(2021, 8, 6),
        participants=40,
        foreign_participants=5,
    )
    period = parse("2021-08")
    figures = evaluate(["cultural_events", "conferences", "conferences_with_foreigners"], period, [unit.pk])
    assert figures["cultural_events"]["count"].period == 1
    assert figures["conferences"]["count"].period == 1
    assert figures["conferences_with_foreigners"]["count"].period == 1
    listed = build_lists([unit.pk], period, ["cultural_events"])["cultural_events"]
    assert [row["title"] for row in listed] == ["Giao lưu văn hóa"]


def test_a_new_event_is_done_unless_said_otherwise(units):
    event = CulturalEvent.objects.create(unit=units["sngv"], title="Giao lưu", held_on=date(2021, 8, 18))
    assert event.status == ActivityStatus.DONE


def test_the_list_filters_by_status(client_for, units):
    for title, status in (("Giao lưu văn hóa", "done"), ("Homestay", "planned")):
        CulturalEvent.objects.create(unit=units["sngv"], title=title, held_on=date(2021, 8, 18), status=status)
    response = client_for("viewer").get("/so-theo-doi/ngoai-giao-van-hoa/", {"status": "planned"})
    assert [record.title for record, _cells in response.context["rows"]] == ["Homestay"]
    assert "Theo kế hoạch" in response.content.decode()
