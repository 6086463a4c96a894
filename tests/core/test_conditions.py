"""A rule decided in Python (core/conditions.py) is decided as the database decides it.

Every CheckConstraint of every model of the project is tried on instances whose fields take edge
values (empty, equal, one above, one below); the verdict in memory must be the verdict of Django's
own query, and the register's rules, which imports check on thousands of rows, must all be decided
in memory.
"""

import itertools
import random
from datetime import date
from decimal import Decimal

import pytest
from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models

from ngoaivu.core.conditions import UNDECIDED, decide
from ngoaivu.core.constraints import referenced_fields

CHECKS = [
    (model, constraint)
    for model in apps.get_models()
    if model._meta.app_config.name.startswith("ngoaivu.")
    for constraint in model._meta.constraints
    if isinstance(constraint, models.CheckConstraint)
]


def samples(model, name):
    field = model._meta.pk if name == "pk" else model._meta.get_field(name)
    if field.choices:
        return [None, "", *[value for value, _label in field.flatchoices]]
    if isinstance(field, (models.BooleanField,)):
        return [None, True, False]
    if isinstance(field, models.DateTimeField):
        return [None]
    if isinstance(field, models.DateField):
        return [None, date(2020, 12, 31), date(2021, 1, 1), date(2021, 6, 1), date(2022, 1, 1)]
    if isinstance(field, models.DecimalField):
        return [None, Decimal("-1"), Decimal("0"), Decimal("2.5")]
    if isinstance(field, (models.IntegerField, models.AutoField, models.ForeignKey)):
        return [None, -1, 0, 1, 2, 2021, 2022]
    if isinstance(field, (models.CharField, models.TextField)):
        return [None, "", "a", "b"]
    return [None]


def instances(model, constraint, limit=200):
    names = sorted(referenced_fields(model, constraint))
    combinations = list(itertools.product(*(samples(model, name) for name in names)))
    random.Random(constraint.name).shuffle(combinations)
    for values in combinations[:limit]:
        instance = model()
        for name, value in zip(names, values):
            field = model._meta.pk if name == "pk" else model._meta.get_field(name)
            setattr(instance, field.attname, value)
        yield instance, names


def djangos_verdict(model, constraint, instance, exclude=None):
    try:
        models.CheckConstraint.validate(constraint, model, instance, exclude=exclude)
    except ValidationError:
        return False
    return True


@pytest.mark.django_db
@pytest.mark.parametrize(("model", "constraint"), CHECKS, ids=[c.name for _m, c in CHECKS])
def test_every_rule_is_decided_in_memory_as_the_database_decides_it(model, constraint):
    register = model._meta.app_label == "register"
    seen = set()
    for instance, names in instances(model, constraint):
        verdict = decide(constraint, model, instance)
        seen.add(verdict)
        if register:
            assert verdict is not UNDECIDED, (constraint.name, vars(instance))
        if verdict is not UNDECIDED:
            assert verdict == djangos_verdict(model, constraint, instance), (constraint.name, vars(instance))
        # a rule on a field left out of validation is not checked, in memory as by Django
        excluded = {names[0]}
        left_out = decide(constraint, model, instance, exclude=excluded)
        if left_out is not UNDECIDED:
            assert left_out == djangos_verdict(model, constraint, instance, exclude=excluded)
    if register:
        assert seen == {True, False}  # the samples both keep and break the rule


@pytest.mark.django_db
def test_what_is_not_known_here_is_left_to_the_database():
    from ngoaivu.register.models import IncomingDelegation

    rule = models.CheckConstraint(condition=models.Q(title__gt="M"), name="title_ordered")  # a collation's matter
    assert decide(rule, IncomingDelegation, IncomingDelegation(title="Đoàn")) is UNDECIDED
    rule = models.CheckConstraint(condition=models.Q(title__startswith="Đ"), name="title_starts")
    assert decide(rule, IncomingDelegation, IncomingDelegation(title="Đoàn")) is UNDECIDED
    rule = models.CheckConstraint(condition=models.Q(groups__gte="1"), name="figure_as_text")
    assert decide(rule, IncomingDelegation, IncomingDelegation(groups=2)) is UNDECIDED
