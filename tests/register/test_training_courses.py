"""A course the unit held and one it only sent officials to are two figures."""

from datetime import date

from ngoaivu.pure.period_parsing import parse
from ngoaivu.register.engine import evaluate
from ngoaivu.register.models import IntegrationActivity


def test_held_and_attended_courses_are_counted_apart(units):
    unit = units["sngv"]
    for role, participants in (("organised", 60), ("attended", 3), ("attended", 2)):
        IntegrationActivity.objects.create(
            unit=unit,
            title="Lớp tập huấn",
            kind="training",
            role=role,
            start_date=date(2021, 8, 5),
            participants=participants,
        )
    figures = evaluate(["training_courses", "training_attended"], parse("2021-08"), [unit.pk])
    assert (figures["training_courses"]["count"].period, figures["training_courses"]["participants"].period) == (1, 60)
    assert (figures["training_attended"]["count"].period, figures["training_attended"]["participants"].period) == (2, 5)
