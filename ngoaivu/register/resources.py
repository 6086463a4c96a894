"""XLSX/CSV export and import of any area, with Vietnamese column names and values.

Import is all or nothing: every row is validated first, every bad row is reported with
its reason, and nothing is saved while any row is bad.
"""

import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from babel.numbers import NumberFormatError, parse_decimal
from django.db import models, transaction
from django.utils.translation import gettext as _
from django_countries.fields import CountryField
from import_export import fields, resources, widgets

from ngoaivu.core.countries import country_code, country_name
from ngoaivu.core.models import LegalDocument, PartnerLocality, Unit
from ngoaivu.core.permissions import is_unit_bound, scope

from .forms import resolve_document


def _nfc(value):
    return unicodedata.normalize("NFC", str(value)).strip()


def _blank(value):
    return value is None or _nfc(value) == ""


class DateWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return None
        if isinstance(value, datetime):
            return value.date()
        if isinstance(value, date):
            return value
        for pattern in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
            try:
                return datetime.strptime(_nfc(value), pattern).date()
            except ValueError:
                continue
        raise ValueError(_("Ngày «%(value)s» không hợp lệ, ghi theo dạng dd/mm/yyyy.") % {"value": value})

    def render(self, value, obj=None, **kwargs):
        return value.strftime("%d/%m/%Y") if value else ""


class NumberWidget(widgets.Widget):
    """Accepts Excel numbers and Vietnamese-formatted text ("7.037.000.000", "2,5")."""

    def __init__(self, integer=False, **kwargs):
        self.integer = integer
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return None
        try:
            number = Decimal(str(value)) if isinstance(value, (int, float, Decimal)) else parse_decimal(_nfc(value), locale="vi", strict=True)
        except (NumberFormatError, InvalidOperation):
            raise ValueError(_("«%(value)s» không phải là số.") % {"value": value}) from None
        if self.integer:
            if number != number.to_integral_value():
                raise ValueError(_("«%(value)s» phải là số nguyên.") % {"value": value})
            return int(number)
        return number

    def render(self, value, obj=None, **kwargs):
        return "" if value is None else value


class ChoiceWidget(widgets.Widget):
    def __init__(self, choices, **kwargs):
        self.by_key = {}
        for value, label in choices:
            self.by_key[_nfc(value).casefold()] = value
            self.by_key[_nfc(label).casefold()] = value
        self.labels = dict(choices)
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return None
        try:
            return self.by_key[_nfc(value).casefold()]
        except KeyError:
            allowed = ", ".join(str(label) for label in self.labels.values())
            raise ValueError(_("Giá trị «%(value)s» không hợp lệ; chọn một trong: %(allowed)s.") % {"value": value, "allowed": allowed}) from None

    def render(self, value, obj=None, **kwargs):
        return str(self.labels.get(value, value or ""))


class BooleanWidget(widgets.Widget):
    TRUE = {"có", "x", "1", "true", "yes", "đúng"}
    FALSE = {"không", "0", "false", "no", "sai", ""}

    def clean(self, value, row=None, **kwargs):
        if isinstance(value, bool):
            return value
        key = "" if value is None else _nfc(value).casefold()
        if key in self.TRUE:
            return True
        if key in self.FALSE:
            return False
        raise ValueError(_("«%(value)s» phải là Có hoặc Không.") % {"value": value})

    def render(self, value, obj=None, **kwargs):
        return _("Có") if value else _("Không")


class CountryWidget(widgets.Widget):
    def __init__(self, multiple=False, **kwargs):
        self.multiple = multiple
        super().__init__(**kwargs)

    def _code(self, name):
        code = country_code(name)
        if code is None:
            raise ValueError(_("Không rõ quốc gia «%(name)s».") % {"name": name})
        return code

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return [] if self.multiple else ""
        if self.multiple:
            return [self._code(part) for part in _nfc(value).replace(";", ",").split(",") if part.strip()]
        return self._code(value)

    def render(self, value, obj=None, **kwargs):
        if self.multiple:
            return ", ".join(str(country.name) for country in value or [])
        return str(country_name(value.code if hasattr(value, "code") else value))


class UnitWidget(widgets.Widget):
    """A unit by its code (SNgV) or its name; a unit reporter may name only its own."""

    def __init__(self, user, **kwargs):
        self.user = user
        super().__init__(**kwargs)

    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            if self.user is not None and is_unit_bound(self.user):
                return self.user.unit
            return None
        key = _nfc(value)
        unit = Unit.objects.filter(code__iexact=key).first() or Unit.objects.filter(name__iexact=key).first()
        if unit is None:
            raise ValueError(_("Không có đơn vị «%(value)s».") % {"value": value})
        if self.user is not None and is_unit_bound(self.user) and unit.pk != self.user.unit_id:
            raise ValueError(_("Bạn chỉ được nhập dữ liệu của đơn vị mình."))
        return unit

    def render(self, value, obj=None, **kwargs):
        return value.code if value else ""


class CitationWidget(widgets.Widget):
    def clean(self, value, row=None, **kwargs):
        if _blank(value):
            return None
        document = LegalDocument.from_citation(_nfc(value))
        if document is None or not document.number:
            raise ValueError(_("Không nhận ra văn bản «%(value)s».") % {"value": value})
        return resolve_document(document)

    def render(self, value, obj=None, **kwargs):
        return value.citation() if value else ""


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
            raise ValueError(_("Không tìm thấy %(what)s số «%(value)s».") % {"what": self.model._meta.verbose_name, "value": value}) from None


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
            return CitationWidget()
        if related is PartnerLocality:
            return widgets.ForeignKeyWidget(PartnerLocality, field="name")
        return ScopedForeignKeyWidget(related, user)
    if isinstance(model_field, models.BooleanField):
        return BooleanWidget()
    if isinstance(model_field, models.DateField):
        return DateWidget()
    if isinstance(model_field, (models.IntegerField, models.DecimalField)):
        return NumberWidget(integer=isinstance(model_field, models.IntegerField))
    return widgets.CharWidget(allow_blank=True)


class RecordResource(resources.ModelResource):
    def __init__(self, user=None, **kwargs):
        self.user = user
        super().__init__(**kwargs)

    def get_queryset(self):
        return scope(self._meta.model.objects.all(), self.user)

    def get_instance(self, instance_loader, row):
        """A row with a number updates that record, which must be one the user may see."""
        number = row.get(self.fields["id"].column_name)
        if _blank(number):
            return None
        instance = super().get_instance(instance_loader, row)
        if instance is None:
            raise ValueError(_("Không có bản ghi mã «%(value)s» trong dữ liệu bạn được sửa.") % {"value": number})
        return instance

    def import_instance(self, instance, row, **kwargs):
        super().import_instance(instance, row, **kwargs)
        # Children take their parent's unit, as in the form.
        parent_field = getattr(self, "parent_field", None)
        if parent_field and getattr(instance, f"{parent_field}_id", None):
            instance.unit_id = getattr(instance, parent_field).unit_id
        if self.user is not None and not instance.pk and hasattr(instance, "created_by_id"):
            instance.created_by = self.user


def resource_class(area, user):
    attrs = {"parent_field": area.parent_field}
    names = ["id"]
    attrs["id"] = fields.Field(attribute="id", column_name=_("Mã"), widget=NumberWidget(integer=True))
    for name in area.form_fields() + ([area.parent_field] if area.parent_field else []):
        if name in attrs:
            continue
        model_field = area.model._meta.get_field(name)
        attrs[name] = fields.Field(
            attribute=name, column_name=str(model_field.verbose_name).capitalize(),
            widget=widget_for(model_field, user), default=None if model_field.null else model_field.get_default(),
        )
        names.append(name)
    attrs["Meta"] = type("Meta", (), {
        "model": area.model, "fields": names, "import_id_fields": ["id"],
        "clean_model_instances": True, "skip_unchanged": False, "use_transactions": True,
    })
    return type(f"{area.model.__name__}Resource", (RecordResource,), attrs)


def row_problems(result, resource):
    """[(row number in the sheet, message)] for every bad row of an import result."""
    columns = {name: field.column_name for name, field in resource.fields.items()}
    problems = []
    for number, errors in result.row_errors():
        for error in errors:
            problems.append((number + 1, str(error.error)))
    for invalid in result.invalid_rows:
        for field_name, messages in invalid.error_dict.items():
            label = columns.get(field_name, field_name)
            for message in messages:
                problems.append((invalid.number + 1, f"{label}: {message}" if label != "__all__" else str(message)))
    return sorted(problems, key=lambda p: p[0])


def header_problems(resource, headers):
    """Columns the sheet has that the area does not know, and required columns it lacks."""
    known = {field.column_name: name for name, field in resource.fields.items()}
    headers = [_nfc(h) for h in headers if not _blank(h)]
    problems = [(1, _("Cột «%(column)s» không có trong mẫu của mục này.") % {"column": h})
                for h in headers if h not in known]
    model = resource._meta.model
    for column, name in known.items():
        field = model._meta.get_field(name)
        required = not (field.blank or field.has_default() or field.null or name == "id")
        if required and column not in headers and not (name == "unit" and is_unit_bound(resource.user)):
            problems.append((1, _("Thiếu cột bắt buộc «%(column)s».") % {"column": column}))
    return problems


def import_rows(area, user, dataset):
    """Validate every row, then save all or nothing. Returns (saved count, problems)."""
    resource = resource_class(area, user)(user=user)
    problems = header_problems(resource, dataset.headers)
    if problems:
        return 0, problems
    if not len(dataset):
        return 0, [(2, _("Tệp không có dòng dữ liệu nào."))]
    with transaction.atomic():
        result = resource.import_data(dataset, dry_run=True, raise_errors=False, collect_failed_rows=True)
        problems = row_problems(result, resource)
        if problems:
            return 0, problems
    with transaction.atomic():
        result = resource.import_data(dataset, dry_run=False, raise_errors=False, use_transactions=True)
        problems = row_problems(result, resource)
        if problems:
            transaction.set_rollback(True)
            return 0, problems
    return result.totals.get("new", 0) + result.totals.get("update", 0), []
