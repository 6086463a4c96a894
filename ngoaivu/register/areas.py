"""The register's areas, declared once (the way ModelAdmin declares an admin page).

One set of views, forms, filters, exports and imports serves every area; adding an area
is a model plus an entry here, or, for a package above the register, an entry in its own
areas.py, imported from its AppConfig.ready() (see ngoaivu/procedures/areas.py). What an
area declares, and where the areas are kept, is area_registry.py.
"""

from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import LegalDocument

from . import models as m
from .area_registry import Area, register

DELEGATIONS = _("Lễ tân, đoàn ra, đoàn vào")
COOPERATION = _("Hợp tác, hội nhập quốc tế")
CONSULAR = _("Lãnh sự, viện trợ, ngư dân")
PEOPLE = _("Người nước ngoài, NVNONN")
INFORMATION = _("Thông tin đối ngoại, văn hóa")
ADMINISTRATION = _("Thể chế, nhiệm vụ, nội bộ")

register(
    Area(
        m.CourtesyReception,
        "le-tan",
        DELEGATIONS,
        ["received_on", "mission", "country", "received_by", "unit"],
        date_field="received_on",
        search_fields=["mission", "received_by", "content"],
        country_field="country",
        sorted_by_index=True,
    )
)
register(
    Area(
        m.OutgoingDelegation,
        "doan-ra",
        DELEGATIONS,
        ["start_date", "title", "countries", "persons", "nature", "in_annual_plan", "unit"],
        date_field="start_date",
        search_fields=["title", "head", "members", "purpose"],
        filter_fields=["nature", "in_annual_plan"],
        country_field="countries",
        sorted_by_index=True,
    )
)
register(
    Area(
        m.IncomingDelegation,
        "doan-vao",
        DELEGATIONS,
        ["start_date", "title", "country", "groups", "person_visits", "host_level", "purpose", "unit"],
        date_field="start_date",
        search_fields=["title", "organisation", "content"],
        filter_fields=["host_level", "purpose"],
        country_field="country",
        sorted_by_index=True,
    )
)
register(
    Area(
        m.DelegationPlan,
        "ke-hoach-doan",
        DELEGATIONS,
        ["year", "unit", "status", "approval_decision"],
        filter_fields=["status"],
        children=["ke-hoach-doan-muc"],
    )
)
register(
    Area(
        m.DelegationPlanItem,
        "ke-hoach-doan-muc",
        DELEGATIONS,
        ["plan", "direction", "country", "planned_period", "persons", "status"],
        search_fields=["purpose"],
        filter_fields=["direction", "status"],
        country_field="country",
        parent_field="plan",
    )
)
register(
    Area(
        m.Agreement,
        "thoa-thuan",
        COOPERATION,
        ["title", "partner", "country", "status", "signed_on", "unit"],
        date_field="signed_on",
        search_fields=["title", "partner", "content"],
        filter_fields=["kind", "status"],
        country_field="country",
        children=["thoa-thuan-buoc"],
    )
)
register(
    Area(
        m.AgreementStep,
        "thoa-thuan-buoc",
        COOPERATION,
        ["agreement", "step", "done_on", "document"],
        date_field="done_on",
        filter_fields=["step"],
        parent_field="agreement",
    )
)
register(
    Area(
        m.Conference,
        "hoi-nghi",
        COOPERATION,
        ["start_date", "title", "organiser", "country", "format", "foreign_participants", "status", "unit"],
        date_field="start_date",
        search_fields=["title", "organiser", "sponsor"],
        filter_fields=["format", "status"],
        country_field="country",
    )
)
register(
    Area(
        m.IntegrationActivity,
        "hoi-nhap",
        COOPERATION,
        ["start_date", "title", "kind", "role", "participants", "unit"],
        date_field="start_date",
        search_fields=["title", "organiser"],
        filter_fields=["kind", "role"],
    )
)
register(
    Area(
        m.EconomicDiplomacyEvent,
        "ngoai-giao-kinh-te",
        COOPERATION,
        ["held_on", "title", "kind", "partner", "country", "status", "unit"],
        date_field="held_on",
        search_fields=["title", "partner", "projects"],
        filter_fields=["kind", "status"],
        country_field="country",
    )
)
register(
    Area(
        m.AbtcApplication,
        "abtc",
        CONSULAR,
        ["received_on", "enterprise", "businesspeople", "status", "decided_on", "unit"],
        date_field="received_on",
        search_fields=["enterprise", "names", "tax_code"],
        filter_fields=["status"],
        sorted_by_index=True,
    )
)
register(
    Area(
        m.ForeignAid,
        "vien-tro",
        CONSULAR,
        ["approved_on", "title", "donor", "country", "kind", "value_vnd", "unit"],
        date_field="approved_on",
        search_fields=["title", "donor", "sector"],
        filter_fields=["kind"],
        country_field="country",
    )
)
register(
    Area(
        m.ConsularCase,
        "lanh-su",
        CONSULAR,
        ["occurred_on", "title", "kind", "country", "status", "unit"],
        date_field="occurred_on",
        search_fields=["title"],
        filter_fields=["kind", "status"],
        country_field="country",
        sorted_by_index=True,
    )
)
register(
    Area(
        m.FishingIncident,
        "ngu-dan",
        CONSULAR,
        ["occurred_on", "boat_number", "kind", "country", "fishermen", "released_on", "unit"],
        date_field="occurred_on",
        search_fields=["boat_number", "owner", "location"],
        filter_fields=["kind"],
        country_field="country",
    )
)
register(
    Area(
        m.ForeignResident,
        "nguoi-nuoc-ngoai",
        PEOPLE,
        ["arrived_on", "name", "kind", "country", "home_province", "institution", "persons", "unit"],
        date_field="arrived_on",
        search_fields=["name", "home_province", "institution"],
        filter_fields=["kind", "arrival"],
        country_field="country",
        sorted_by_index=True,
    )
)
register(
    Area(
        m.OverseasVietnameseActivity,
        "nvnonn",
        PEOPLE,
        ["held_on", "title", "kind", "country", "unit"],
        date_field="held_on",
        search_fields=["title"],
        filter_fields=["kind"],
        country_field="country",
    )
)
register(
    Area(
        m.Bulletin,
        "ban-tin",
        INFORMATION,
        ["published_on", "title", "issue_number", "copies", "unit"],
        date_field="published_on",
        search_fields=["title"],
    )
)
register(
    Area(
        m.Article,
        "tin-bai",
        INFORMATION,
        ["published_on", "title", "language", "channel", "unit"],
        date_field="published_on",
        search_fields=["title"],
        filter_fields=["language"],
        sorted_by_index=True,
    )
)
register(
    Area(
        m.PressCrew,
        "bao-chi",
        INFORMATION,
        ["start_date", "outlet", "country", "persons", "unit"],
        date_field="start_date",
        search_fields=["outlet", "topic"],
        country_field="country",
    )
)
register(
    Area(
        m.CulturalEvent,
        "ngoai-giao-van-hoa",
        INFORMATION,
        ["held_on", "title", "location", "country", "status", "unit"],
        date_field="held_on",
        search_fields=["title", "location"],
        filter_fields=["status"],
        country_field="country",
    )
)
register(
    Area(
        m.BorderActivity,
        "bien-gioi",
        INFORMATION,
        ["held_on", "title", "kind", "status", "unit"],
        date_field="held_on",
        search_fields=["title", "location"],
        filter_fields=["kind", "status"],
    )
)
register(
    Area(
        LegalDocument,
        "van-ban",
        ADMINISTRATION,
        ["issued_on", "doc_type", "number", "issuer", "status", "issued_by_unit", "unit"],
        date_field="issued_on",
        search_fields=["number", "summary", "issuer", "doc_type"],
        filter_fields=["status"],
        shared_when_null=True,
    )
)
register(
    Area(
        m.AssignedTask,
        "nhiem-vu",
        ADMINISTRATION,
        ["year", "title", "due", "progress", "unit"],
        search_fields=["title", "progress_note"],
        filter_fields=["source", "due", "progress"],
        computed_columns=["deadline_status"],
        overdue_filter=True,
    )
)
register(
    Area(
        m.StaffMember,
        "noi-bo",
        ADMINISTRATION,
        ["name", "position", "division", "joined_on", "unit"],
        date_field="joined_on",
        search_fields=["name", "position", "division"],
    )
)
