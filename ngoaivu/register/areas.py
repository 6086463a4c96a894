"""The register's areas, declared once (the way ModelAdmin declares an admin page).

One set of views, forms, filters, exports and imports serves every area; adding an area
is a model plus an entry here, or, for a package above the register, an entry in its own
areas.py, imported from its AppConfig.ready() (see ngoaivu/procedures/areas.py).
"""

from dataclasses import dataclass, field

from django.db import models
from django.utils.translation import gettext_lazy as _

from ngoaivu.core.models import LegalDocument

from . import models as m
from .sortable import sortable_columns

# Fields every record carries that a person never types.
HIDDEN_FIELDS = {"id", "created_at", "updated_at", "created_by", "issued_year", "version", "deadline_on"}


@dataclass
class Area:
    model: type
    slug: str
    group: str
    list_display: list
    date_field: str | None = None
    search_fields: list = field(default_factory=list)
    filter_fields: list = field(default_factory=list)
    country_field: str | None = None
    parent_field: str | None = None
    children: list = field(default_factory=list)
    shared_when_null: bool = False  # rows without a unit are reference data everyone reads
    # Model methods (labelled by short_description) shown after the fields on the list and the
    # detail page: what follows from the fields and today, such as a task being late.
    computed_columns: list = field(default_factory=list)
    overdue_filter: bool = False  # the model's queryset has overdue(): the list filters by it
    # A list of hundreds of thousands of rows in the national register: its headings sort it only by the
    # columns an index (column, id) of the model orders (sortable.index_orders), so that no sorted page reads
    # the whole table. Not by a choice (ordered by its label), yes or no, nor the unit (by its name): the
    # list filters by them.
    sorted_by_index: bool = False

    @property
    def title(self):
        return self.model._meta.verbose_name_plural

    @property
    def verbose_name(self):
        return self.model._meta.verbose_name

    def column_labels(self):
        """The list's column headings: the fields', then the computed columns'."""
        fields = [self.model._meta.get_field(name).verbose_name for name in self.list_display]
        return fields + [getattr(self.model, name).short_description for name in self.computed_columns]

    def sortable_columns(self):
        """The list columns whose heading sorts the list (sortable.sortable_columns)."""
        return sortable_columns(self)

    @property
    def link_column(self):
        """The list column that links to the row: its name or title (the first plain text), else the first."""
        for index, name in enumerate(self.list_display):
            field = self.model._meta.get_field(name)
            if isinstance(field, (models.CharField, models.TextField)) and not field.choices:
                return index
        return 0

    def form_fields(self):
        names = []
        for f in self.model._meta.get_fields():
            if not getattr(f, "concrete", False) or f.auto_created or f.name in HIDDEN_FIELDS:
                continue
            if not f.editable or (f.name == "unit" and self.parent_field):
                continue
            names.append(f.name)
        # What the row is about first; who owns it and free notes last.
        tail = [n for n in ("unit", "notes") if n in names]
        return [n for n in names if n not in tail] + tail

    def related_fields(self):
        """Foreign keys shown on the list page, fetched in the same query."""
        names = {"unit"}
        for name in set(self.list_display) | ({self.parent_field} if self.parent_field else set()):
            f = self.model._meta.get_field(name)
            if f.many_to_one:
                names.add(name)
                # A parent's name often says whose it is ("… – Sở Ngoại vụ").
                if any(rf.name == "unit" for rf in f.related_model._meta.get_fields()):
                    names.add(f"{name}__unit")
        return sorted(names)


AREAS: dict[str, Area] = {}
GROUPS: list[tuple] = []  # [(group name, [areas])]; names stay lazy so the menu follows the language


def area_of(model):
    """The area whose rows are model's, or None."""
    return next((area for area in AREAS.values() if area.model is model), None)


def date_field_of(model):
    """The field that dates a row of model (its area's date_field), or None."""
    area = area_of(model)
    return area.date_field if area else None


def register(area):
    AREAS[area.slug] = area
    for group, areas in GROUPS:
        if group is area.group:
            areas.append(area)
            break
    else:
        GROUPS.append((area.group, [area]))
    return area


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
