"""The largest figure the register takes, and which fields are figures at all."""

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from ngoaivu.core.figure_limits import check_size, figure_kind
from ngoaivu.register.models import DelegationPlan, ForeignAid, IncomingDelegation, OutgoingDelegation


def test_a_count_above_ten_million_and_an_amount_above_a_million_billion_are_refused_in_words():
    check_size(10_000_000)
    check_size(Decimal(10) ** 15, money=True)
    with pytest.raises(ValidationError) as refused:
        check_size(10_000_001)
    assert refused.value.messages == ["Số 10.000.001 lớn bất thường (tối đa 10.000.000); vui lòng kiểm tra lại."]
    with pytest.raises(ValidationError):
        check_size(Decimal(10) ** 15 + 1, money=True)
    with pytest.raises(ValidationError) as lower:
        check_size(300, ceiling=200)  # a field's own maximum, when lower
    assert "tối đa 200" in lower.value.messages[0]


def test_what_is_no_number_yet_is_left_to_the_fields_own_validation():
    for value in (None, "5000000000000", True):
        check_size(value)


def test_years_choices_and_keys_are_no_figures():
    assert figure_kind(IncomingDelegation._meta.get_field("person_visits")) == "count"
    assert figure_kind(ForeignAid._meta.get_field("value_vnd")) == "money"
    assert figure_kind(DelegationPlan._meta.get_field("year")) is None  # "năm 2021", not a count
    assert figure_kind(IncomingDelegation._meta.get_field("id")) is None
    assert figure_kind(OutgoingDelegation._meta.get_field("title")) is None
