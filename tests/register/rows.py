"""One valid row of any register model, for tests that need a row in every area."""

import itertools
from datetime import date
from decimal import Decimal

from ngoaivu.core.models import LegalDocument, Unit
from ngoaivu.procedures.models import Procedure
from ngoaivu.register import models as m
from ngoaivu.register.area_registry import AREAS

DAY = date(2021, 3, 10)
_seq = itertools.count(1)


def _required(model, unit, n):
    """The fields a row of model needs; a child gets a parent of the same unit first."""
    title = f"Hoạt động thử {n}"
    return {
        m.CourtesyReception: lambda: {"received_on": DAY, "mission": title, "country": "RU"},
        m.OutgoingDelegation: lambda: {"title": title, "countries": ["JP"], "start_date": DAY},
        m.IncomingDelegation: lambda: {"title": title, "country": "JP", "start_date": DAY, "person_visits": 3},
        m.DelegationPlan: lambda: {"year": 2000 + n % 100},
        m.DelegationPlanItem: lambda: {
            "plan": make(m.DelegationPlan, unit),
            "direction": "out",
            "country": "LA",
            "purpose": "Học tập kinh nghiệm",
            "planned_period": "Quý III",
        },
        m.Agreement: lambda: {"title": title, "partner": "Tỉnh Champasak", "country": "LA"},
        m.AgreementStep: lambda: {"agreement": make(m.Agreement, unit), "step": "mofa", "done_on": DAY},
        m.Conference: lambda: {"title": title, "organiser": "Sở Ngoại vụ", "start_date": DAY},
        m.IntegrationActivity: lambda: {"title": title, "start_date": DAY},
        m.EconomicDiplomacyEvent: lambda: {"title": title, "held_on": DAY},
        m.AbtcApplication: lambda: {"enterprise": title, "businesspeople": 2, "received_on": DAY},
        m.ForeignAid: lambda: {
            "title": title,
            "donor": "KOICA",
            "country": "KR",
            "value_vnd": Decimal(1000000),
            "approved_on": DAY,
        },
        m.ConsularCase: lambda: {"title": title, "country": "CN", "occurred_on": DAY},
        m.FishingIncident: lambda: {"boat_number": f"QNg {n} TS", "country": "CN", "occurred_on": DAY, "fishermen": 6},
        m.ForeignResident: lambda: {"name": title, "country": "LA", "arrived_on": DAY},
        m.OverseasVietnameseActivity: lambda: {"title": title, "held_on": DAY},
        m.Bulletin: lambda: {"issue_number": n, "published_on": DAY},
        m.Article: lambda: {"title": title, "published_on": DAY},
        m.PressCrew: lambda: {"outlet": title, "country": "JP", "start_date": DAY},
        m.CulturalEvent: lambda: {"title": title, "held_on": DAY},
        m.BorderActivity: lambda: {"title": title, "held_on": DAY},
        LegalDocument: lambda: {"doc_type": "Quyết định", "number": f"{n}/QĐ-UBND", "issued_on": DAY},
        m.AssignedTask: lambda: {"title": title, "year": 2021},
        m.StaffMember: lambda: {"name": title, "joined_on": DAY},
        Procedure: lambda: {
            "code": f"9.{n:06d}",  # shaped as the national database writes codes
            "name": title,
            "field": "Việc làm",
            "agency": "Sở Nội vụ",
            "processing_time": "05 ngày làm việc",
        },
    }[model]()


def mark_field(model):
    """A free-text field every row exports, holding a text unique to the row."""
    return "summary" if model is LegalDocument else "notes"


def make(model, unit):
    n = next(_seq)
    fields = _required(model, unit, n)
    fields[mark_field(model)] = f"dấu-{unit.code if unit else 'chung'}-{n}"
    return model.objects.create(unit=unit, **fields)


def make_row(slug, unit):
    return make(AREAS[slug].model, unit)


def delegation_form(units, **overrides):
    """What an officer types into the form of a new incoming delegation (/so-theo-doi/doan-vao/them/)."""
    data = {
        "title": "Đoàn Đại sứ quán Lào",
        "country": "LA",
        "host_level": "provincial",
        "purpose": "work",
        "start_date": "12/3/2021",
        "groups": "1",
        "person_visits": "4",
        "unit": units["sngv"].pk,
    }
    data.update(overrides)
    return data


def keep_a_procedure(unit):
    """A procedure the unit keeps: the register's catalogue is then offered to its reporters."""
    return Procedure.objects.create(
        unit=unit,
        code="1.000105",
        name="Công nhận văn bằng",
        field="Giáo dục",
        agency="Trường",
        processing_time="05 ngày",
    )


def kept_before_the_sos_end(units):
    """(row, letter): the Văn phòng's outgoing delegation citing the Sở Ngoại vụ's letter of 10/03/2025, kept
    before the Sở's end on 01/03/2025 was recorded, which then ends it: a citation the rules now refuse."""
    letter = LegalDocument.objects.create(
        doc_type="Công văn", number="8/SNgV-VP", issued_on=date(2025, 3, 10), issuer="Sở Ngoại vụ"
    )
    row = m.OutgoingDelegation.objects.create(
        unit=units["vp"],
        title="Đoàn công tác Champasak",
        persons=5,
        start_date=date(2025, 3, 12),
        end_date=date(2025, 3, 14),
        purpose="Hội đàm",
        countries=["LA"],
        dispatch_decision=letter,
    )
    Unit.objects.filter(pk=units["sngv"].pk).update(ended_on=date(2025, 3, 1), is_active=False)
    return row, letter


def by_row(problems):
    """{sheet row: message} of an import's errors [(row, column, message)], the last of a row's."""
    return {row: message for row, _column, message in problems}
