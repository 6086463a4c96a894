from .base import ActivityStatus
from .consular import AbtcApplication, ConsularCase, FishingIncident, ForeignAid
from .cooperation import Agreement, AgreementStep, Conference, EconomicDiplomacyEvent, IntegrationActivity
from .delegations import CourtesyReception, DelegationPlan, DelegationPlanItem, IncomingDelegation, OutgoingDelegation
from .information import Article, BorderActivity, Bulletin, CulturalEvent, PressCrew
from .people import ForeignResident, OverseasVietnameseActivity, StaffMember
from .pending import DroppedImport, PendingImport
from .readings import ReportReading
from .tasks import AssignedTask

__all__ = [
    "AbtcApplication",
    "ActivityStatus",
    "Agreement",
    "AgreementStep",
    "Article",
    "AssignedTask",
    "BorderActivity",
    "Bulletin",
    "Conference",
    "ConsularCase",
    "CourtesyReception",
    "CulturalEvent",
    "DroppedImport",
    "DelegationPlan",
    "DelegationPlanItem",
    "EconomicDiplomacyEvent",
    "FishingIncident",
    "ForeignAid",
    "ForeignResident",
    "IncomingDelegation",
    "IntegrationActivity",
    "OutgoingDelegation",
    "OverseasVietnameseActivity",
    "PendingImport",
    "PressCrew",
    "ReportReading",
    "StaffMember",
]
