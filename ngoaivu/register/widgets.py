"""How each kind of field is read from a sheet and written to one (django-import-export widgets): widget_for
chooses, and the cells that name another row are read here.

A unit is named by its name or its code (SNgV), a legal document by its citation, a partner locality by its
name, a parent row (a plan, an agreement) by its number, each among the rows the user may give or read. The
cells that hold a value (dates, numbers, choices, countries, tax codes) are value_widgets.py's.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F
from django.utils.translation import gettext as _
from django_countries.fields import CountryField
from import_export import widgets

from ngoaivu.core.citations import kept_citation
from ngoaivu.core.figure_limits import PLAIN_NUMBER_FIELDS
from ngoaivu.core.issuers import Issuers
from ngoaivu.core.models import LegalDocument, PartnerLocality, Unit
from ngoaivu.core.permissions import may_give_unit, scope

from .forms import ASKED_ANSWERS, citation_problem, resolve_document
from .models.consular import TAX_CODE_FORMAT
from .value_widgets import (
    BooleanWidget,
    ChoiceWidget,
    CountryWidget,
    DateWidget,
    NumberWidget,
    TaxCodeWidget,
    is_blank,
    nfc,
)


class UnitWidget(widgets.Widget):
    """The «Đơn vị» column: a unit by its name or its code (SNgV).

    The «Ký hiệu đơn vị» column, when the sheet has it, is read with it: either may be
    blank, and both filled must name the same unit. A unit reporter may name only its own.
    """

    def __init__(self, user, name_column=None, code_column=None, **kwargs):
        self.user = user
        self.name_column, self.code_column = name_column, code_column
        self._units = None
        super().__init__(**kwargs)

    def _lookup(self):
        # Loaded once per import and matched in Python: SQLite's iexact folds ASCII letters only.
        # A name may be borne by an ended unit and by today's (the new tỉnh Quảng Ngãi): today's
        # first, so that a name alone means the unit that bears it now; a code tells them apart.
        if self._units is None:
            self._units = {}
            for unit in Unit.objects.order_by(F("ended_on").desc(nulls_first=True), "pk"):
                self._units.setdefault(("code", nfc(unit.code).casefold()), []).append(unit)
                self._units.setdefault(("name", nfc(unit.name).casefold()), []).append(unit)
                if unit.short_name:
                    self._units.setdefault(("short", nfc(unit.short_name).casefold()), []).append(unit)
        return self._units

    def _find(self, value, kinds):
        """The units the value names, today's first."""
        key = nfc(value).casefold()
        for kind in kinds:
            units = self._lookup().get((kind, key))
            if units:
                return units
        return []

    def _own(self, unit):
        if not may_give_unit(self.user, unit.pk):
            raise ValueError(_("Bạn chỉ được nhập dữ liệu của đơn vị mình."))
        return unit

    def resolve(self, name, code, own=True):
        """The unit named by the two columns (either may be blank), or None for a blank pair. own: one the
        user may give a row; not asked of a row only compared with the stored one (for_comparison)."""
        by_code, named = None, []
        if not is_blank(code):
            found = self._find(code, ("code",))
            if not found:
                raise ValueError(_("Không có đơn vị ký hiệu «%(value)s».") % {"value": code})
            by_code = found[0]
        if not is_blank(name):
            named = self._find(name, ("name", "code", "short"))
            if not named:
                raise ValueError(_("Không có đơn vị «%(value)s».") % {"value": name})
        if by_code and named and by_code not in named:
            raise ValueError(
                _("«%(name)s» có ký hiệu «%(actual)s», không phải «%(code)s».")
                % {"name": name, "actual": named[0].code, "code": code}
            )
        unit = by_code or (named[0] if named else None)
        if unit is None or not own:
            return unit  # none named: the resource gives owning_unit()
        return self._own(unit)

    def clean(self, value, row=None, **kwargs):
        code = (row or {}).get(self.code_column) if self.code_column else None
        return self.resolve(value, code, own=not kwargs.get("for_comparison"))

    def render(self, value, obj=None, **kwargs):
        return value.name if value else ""


class UnitCodeWidget(UnitWidget):
    """The «Ký hiệu đơn vị» column; read on its own only when the sheet has no «Đơn vị» column."""

    def clean(self, value, row=None, **kwargs):
        if row is not None and self.name_column in row:
            return None  # the «Đơn vị» column has read both
        return self.resolve(None, value, own=not kwargs.get("for_comparison"))

    def render(self, value, obj=None, **kwargs):
        return value.code if value else ""


class CitationWidget(widgets.Widget):
    """A legal document typed as it is cited, read as the form's CitationField reads it, for user: the row's
    stored document (attname, of the row_instance the resource passes on update) sent back as exported is kept
    as it is, not judged again (core kept_citation)."""

    def __init__(self, user=None, attname=None, **kwargs):
        self.user, self.attname = user, attname
        self._issuers = None  # the units a citation may name as its issuer, read once per import, not per row
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        instance = kwargs.get("row_instance")
        if instance is not None and instance.pk is not None and self.attname:
            kept = kept_citation(nfc(value), getattr(instance, self.attname, None))
            if kept is not None:
                return kept
        try:
            document = LegalDocument.from_citation(nfc(value), self.user)
            if document is None or not document.number:
                raise ValueError(_("Không nhận ra văn bản «%(value)s».") % {"value": value})
            if self._issuers is None:
                self._issuers = Issuers()
            problem = citation_problem(value, document, self.user, self._issuers)
            if problem:
                raise ValueError(problem)
            return resolve_document(document, self.user)
        except ValidationError as error:  # said as the others are, after the column's name (resources.py)
            raise ValueError(" ".join(error.messages)) from None

    def render(self, value, obj=None, **kwargs):
        return value.citation() if value else ""


class PartnerLocalityWidget(widgets.ForeignKeyWidget):
    def __init__(self, **kwargs):
        super().__init__(PartnerLocality, field="name", **kwargs)

    def clean(self, value, row=None, **kwargs):
        if is_blank(value):
            return None
        locality = PartnerLocality.objects.filter(name=nfc(value)).first()
        if locality is None:
            raise ValueError(_("Không có địa phương đối tác «%(value)s».") % {"value": value})
        return locality


class ScopedForeignKeyWidget(widgets.ForeignKeyWidget):
    """A parent row (a plan, an agreement) by its number, among the rows the user may read."""

    def __init__(self, model, user, **kwargs):
        self.user = user
        super().__init__(model, **kwargs)

    def get_queryset(self, value, row, *args, **kwargs):
        return scope(self.model.objects.all(), self.user)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except (self.model.DoesNotExist, ValueError):
            raise ValueError(
                _("Không tìm thấy %(what)s số «%(value)s».") % {"what": self.model._meta.verbose_name, "value": value}
            ) from None


def widget_for(model_field, user):
    if isinstance(model_field, CountryField):
        return CountryWidget(multiple=model_field.multiple)
    if model_field.choices:
        return ChoiceWidget(model_field.choices)
    if isinstance(model_field, models.ForeignKey):
        related = model_field.related_model
        if related is Unit:
            return UnitWidget(user)
        if related is LegalDocument:
            return CitationWidget(user, model_field.attname)
        if related is PartnerLocality:
            return PartnerLocalityWidget()
        return ScopedForeignKeyWidget(related, user)
    if isinstance(model_field, models.BooleanField):
        return BooleanWidget(asked=model_field.name in ASKED_ANSWERS)
    if TAX_CODE_FORMAT in model_field.validators:
        return TaxCodeWidget()
    if isinstance(model_field, models.DateField):
        return DateWidget()
    if isinstance(model_field, (models.IntegerField, models.DecimalField)):
        return NumberWidget(
            integer=isinstance(model_field, models.IntegerField),
            grouped=model_field.name not in PLAIN_NUMBER_FIELDS,
            decimal_places=getattr(model_field, "decimal_places", 0),
        )
    return widgets.CharWidget(allow_blank=True)
