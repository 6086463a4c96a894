"""The floors of an answer's figures, read from the register models' own check constraints."""

from django.db.models import Q

from ngoaivu.core.constraints import Check
from ngoaivu.register.measure_floors import floor_errors, floors, rule_message
from ngoaivu.register.models import IncomingDelegation


def test_the_floors_follow_the_models_rules():
    # IncomingDelegation: person_visits >= groups on every row.
    assert floors("incoming_delegations") == [("persons", "groups")]
    # OutgoingDelegation: persons >= 1 on every row, so at least one person per delegation counted.
    assert floors("outgoing_delegations") == [("persons", "groups")]
    # AbtcApplication: businesspeople >= 1, so at least one businessperson per enterprise.
    assert floors("abtc") == [("businesspeople", "enterprises")]
    # A conference may have no foreign participant: no floor.
    assert floors("conferences") == []


def test_a_total_below_its_floor_is_named_with_both_figures():
    values = {"incoming_delegations": {"groups": 3, "persons": 1}}
    assert floor_errors(values) == {
        ("incoming_delegations", "persons"): "Số lượt người (01) không được ít hơn số đoàn (03)."
    }


def test_equal_blank_or_unknown_figures_pass():
    assert floor_errors({"incoming_delegations": {"groups": 3, "persons": 3}}) == {}
    assert floor_errors({"incoming_delegations": {"groups": 3}}) == {}
    assert floor_errors({"no_such_indicator": {"persons": 0, "groups": 9}}) == {}


def test_a_figure_above_0_needs_a_row_so_its_count_and_floored_sums_are_at_least_1():
    # IncomingDelegation keeps groups >= 1 on every row: the model's own words, not written again.
    assert floor_errors({"incoming_delegations": {"groups": 0, "persons": 14}}) == {
        ("incoming_delegations", "groups"): "Số đoàn phải từ 01 trở lên."
    }
    # An aid's value with no aid counted: the count of rows is at least 1.
    assert floor_errors({"aid": {"count": 0, "value": 1_500_000_000}}) == {
        ("aid", "count"): "Số khoản viện trợ phải từ 01 trở lên: đã ghi 1.500.000.000 đồng."
    }
    # Nothing at all, a count with no value (in kind), and a blank count are not refused.
    assert floor_errors({"incoming_delegations": {"groups": 0, "persons": 0}}) == {}
    assert floor_errors({"aid": {"count": 1, "value": 0}}) == {}
    assert floor_errors({"aid": {"value": 1_500_000_000}}) == {}


def test_a_rules_words_are_given_as_the_registers_form_gives_them():
    # A rule's message may name its fields by placeholder (core.constraints): filled in, as the form shows it.
    rule = Check(
        condition=Q(groups__gte=1),
        name="groups_from_one",
        on="groups",
        labels={"field": "groups"},
        violation_error_message="%(field)s phải từ 01 trở lên.",
    )
    assert rule_message(rule, IncomingDelegation) == "Số đoàn phải từ 01 trở lên."
    # the register's own rules: the words its form refuses a row with
    rule = next(c for c in IncomingDelegation._meta.constraints if c.name == "incoming_groups_positive")
    assert rule_message(rule, IncomingDelegation) == "Số đoàn phải từ 01 trở lên."


def test_a_course_has_at_least_one_participant_as_a_delegation_has_one_person():
    # The catalogue's rule (Measure.at_least_one_each): the model lets participants be 0, not known.
    assert floors("training_courses") == [("participants", "count")]
    assert floors("training_attended") == [("participants", "count")]
    assert floor_errors({"training_courses": {"count": 3, "participants": 1}}) == {
        ("training_courses", "participants"): "Số lượt người (01) không được ít hơn số lớp (03)."
    }
    assert floor_errors({"training_attended": {"count": 5, "participants": 2}}) == {
        ("training_attended", "participants"): "Số lượt người (02) không được ít hơn số lớp (05)."
    }
    # as many people as courses or more, participants left at 0 (not known) or blank: not refused
    for participants in (3, 125, 0, None):
        assert floor_errors({"training_courses": {"count": 3, "participants": participants}}) == {}, participants
    # people without a course counted are refused as for a delegation
    assert floor_errors({"training_courses": {"count": 0, "participants": 14}}) == {
        ("training_courses", "count"): "Số lớp phải từ 01 trở lên: đã ghi 14 lượt người."
    }
