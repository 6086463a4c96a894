"""Whose unit a row is: the one rule (core/permissions.py) that forms, imports and the API follow."""

import pytest

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.core.permissions import owning_unit, unit_choices
from ngoaivu.register.models import DelegationPlan, DelegationPlanItem, IncomingDelegation


@pytest.fixture
def plans(units):
    return {code: DelegationPlan.objects.create(year=2021, unit=units[code]) for code in ("vp", "dh")}


@pytest.mark.parametrize("role", ["admin", "officer"])
def test_an_officers_row_keeps_the_unit_it_names(role, users, units):
    user = users[role]
    assert owning_unit(user, IncomingDelegation(unit=units["dh"])) == units["dh"].pk  # not the officer's own
    assert owning_unit(user, IncomingDelegation()) is None  # naming none is the form's «required» to say
    assert owning_unit(user, LegalDocument()) is None  # a shared document has no unit


def test_a_reporters_new_row_without_a_unit_is_its_own(users, units):
    reporter = users["reporter"]
    assert owning_unit(reporter, IncomingDelegation()) == units["vp"].pk
    assert owning_unit(reporter, LegalDocument()) == units["vp"].pk
    assert owning_unit(users["other_reporter"], IncomingDelegation()) == units["dh"].pk
    assert owning_unit(reporter, IncomingDelegation(unit=units["vp"])) == units["vp"].pk


def test_a_saved_row_keeps_its_unit(users, units):
    row = IncomingDelegation(pk=7, unit=units["vp"])
    assert owning_unit(users["reporter"], row) == units["vp"].pk
    assert owning_unit(users["officer"], row) == units["vp"].pk


@pytest.mark.parametrize("role", ["admin", "officer", "reporter", "other_reporter", None])
def test_a_child_row_takes_its_parents_unit_whoever_writes_it(role, users, units, plans):
    user = users[role] if role else None
    for code, plan in plans.items():
        # Whatever unit the child names, and whether new or saved.
        for child in (
            DelegationPlanItem(plan=plan),
            DelegationPlanItem(plan=plan, unit=units["sngv"]),
            DelegationPlanItem(pk=3, plan=plan, unit=units["sngv"]),
        ):
            assert owning_unit(user, child, plan) == units[code].pk


def test_a_child_row_without_its_parent_keeps_its_unit(users, units):
    item = DelegationPlanItem(pk=3, unit=units["dh"])
    assert owning_unit(users["reporter"], item) == units["dh"].pk


def test_a_reporter_is_offered_its_own_unit_only(users, units):
    everything = Unit.objects.all()
    assert set(unit_choices(users["reporter"], everything)) == {units["vp"]}
    assert set(unit_choices(users["other_reporter"], everything)) == {units["dh"]}
    for role in ("admin", "officer"):
        assert set(unit_choices(users[role], everything)) == set(everything)
    assert set(unit_choices(None, everything)) == set(everything)
