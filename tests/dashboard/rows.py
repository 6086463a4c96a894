"""Rows that the dashboard's tests set up more than once: delegations of any unit, ABTC applications, boats
detained, a request for the integration report."""

from datetime import date

from ngoaivu.collection.models import ReportRequest
from ngoaivu.register.models import AbtcApplication, FishingIncident, IncomingDelegation
from ngoaivu.reporting.models import ReportTemplate


def delegation_of(unit, title, day, person_visits=1):
    """An incoming delegation of unit, any Unit (the conftest's incoming() takes the set-up's units only)."""
    return IncomingDelegation.objects.create(
        unit=unit, title=title, country="KR", start_date=day, person_visits=person_visits
    )


def abtc(unit, enterprise, received_on, businesspeople=1, **decision):
    """An ABTC application received on received_on; decision: decided_on and status, when decided."""
    return AbtcApplication.objects.create(
        unit=unit, enterprise=enterprise, businesspeople=businesspeople, received_on=received_on, **decision
    )


def detained(unit, boat_number, released_on, fishermen):
    """A boat held in China's waters from 01/02/2021 until released_on."""
    return FishingIncident.objects.create(
        unit=unit,
        boat_number=boat_number,
        country="CN",
        occurred_on=date(2021, 2, 1),
        released_on=released_on,
        fishermen=fishermen,
    )


def integration_request(unit):
    """unit's request to the units for the integration report of 2023, due 20/11/2023."""
    return ReportRequest.objects.create(
        direction="outgoing",
        subject="Báo cáo hội nhập quốc tế",
        unit=unit,
        template=ReportTemplate.objects.get(code="integration"),
        period_code="2023",
        deadline=date(2023, 11, 20),
    )
